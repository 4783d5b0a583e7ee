"""Attribution families whose cue is a noun or a prepositional verb rather than a cue verb with a
clause, each a generator over one parsed paragraph yielding :class:`~annotate.extract.candidate.Candidate`
objects, declared with :mod:`annotate.extract.registry`.

- ``cue_noun``: "criticism of X", "her warning that C", "Trump's endorsement of X" (content: the
  noun's complement; source: the possessor or the "by" / "from" agent, else the subject of the verb whose object the
  noun is, "Putin veered close to an admission that C", else none).
- ``backing_noun`` (rule ``cue_noun``): "Rubio has won overwhelming support from members of Congress" (content: the
  verb's subject; source: the group).
- ``about_noun``, ``that_noun``, ``held_noun`` (one generator, :func:`noun_frames`): "his remarks about C",
  "the notion that C", "Trump's attacks on X", "her plan to V".
- A possessive pronoun that agrees with the subject of the verb whose object the noun is gives way to that subject
  ("She escalated her attacks on X": She; :func:`bound_subject`).
- ``noun_copula``: "Her argument is that C", "My impression was that C".
- ``to_holder``: "To Ms. Gil, skateboarding represents a cry of dissent", "To them, it signals C".
- ``see_as``: "S sees X as Y", "Voters saw it as a betrayal" (content: X through the "as" phrase;
  source: the subject).

Limits: rules trust the parse (tags and dependencies only); lexicons are the named constants
of :mod:`annotate.extract.noun_lexicons`. Nouns of decision ("her decision to V", "his refusal to V") are not
covered: they lower the seeds score (docs/experiments-extraction.md); passive beliefs, expectations and judgements
("X is said to V", "X is expected to V", "X is seen as Y") are :mod:`annotate.extract.families`'
``passive_belief`` and ``passive_as``. "S referred to X (as Y)" is the verb rules' (``verb_prep_object``, "refer to"
a phrasal cue): a rule of its own for the object alone made a second statement of the same cue.
"""

from __future__ import annotations

from typing import Iterator

from annotate.extract.lexicons import CUE_FORMS, LIGHT_NOUNS, LIGHT_VERBS
from annotate.extract.noun_lexicons import (
    ABOUT_NOUNS, ABOUT_PREPS, BACKING_NOUNS, BACKING_VERBS, COMPOUND_PREPOSITIONS,
    HELD_BACKING_NOUNS, HELD_BACKING_PREPS, COPULA_NOUNS, CUE_NOUN_PREPS, CUE_NOUNS, FRAME_NOUN_WORDS,
    GOVERNED_HELD_NOUNS, HELD_NOUNS, NOUN_COPULAS, REQUEST_NOUN_PREPS, REQUEST_NOUNS,
    RECEIVE_FORMS, SEE_FORMS, TO_HOLDER_OPENERS, TO_HOLDER_PRONOUNS, VIOLENT_ATTACK_VERBS,
)
from annotate.extract.registry import MINOR, Rule, rule
from annotate.extract.extents import (
    content_range_from, second_conjunct, source_range, trim_appended, without_appositions,
)
from annotate.extract.rules import Candidate
from annotate.extract.subjects import agentive, subject_of
from annotate.extract.spans import token_range
from annotate.extract.tokens import children, kids, words


def _clause_subject(tok):
    """The subject of ``tok``, or of the clause a subjectless participle or conjunct hangs from
    ("Ramos said, referring to X": Ramos)."""
    subj = subject_of(tok)
    if subj is None and tok.dep_ in ("advcl", "xcomp", "conj", "acl") and tok.tag_ in ("VBG", "VBN", "VB"):
        subj = subject_of(tok.head)
    return subj


@rule(Rule("see_as", priority=1, role=MINOR))
def see_as(doc, base: int) -> Iterator[Candidate]:
    """"S sees X as Y", "Voters saw it as a betrayal": an active form of "see" with an object and an "as"
    phrase. Content: the object through the end of the "as" phrase; source: the subject, a person, body or
    document.

    Limits: "see" without "as" (perception: "saw him speak") is not a statement and is left out."""
    for tok in words(doc, SEE_FORMS):
        if not tok.tag_.startswith("VB") or any(c_dep == "auxpass" for c_dep, c in kids(tok)):
            continue
        obj = next((c for c_dep, c in kids(tok) if c_dep == "dobj" and c.i > tok.i), None)
        if obj is None:
            continue
        as_ = next((c for c in [*tok.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
        if as_ is None or not any(o_dep in ("pobj", "pcomp", "amod", "acomp") for o_dep, o in kids(as_)):
            continue
        subj = _clause_subject(tok)
        if subj is None or not agentive(subj):
            continue
        end = max(t.i for t in trim_appended(as_))
        content = content_range_from(list(doc[obj.left_edge.i:end + 1]), base)
        if content is None:
            continue
        yield Candidate(content, source_range(subj, base), token_range([tok], base), "indirect", "see_as", tok.i)


def _noun_complement(noun, preps=CUE_NOUN_PREPS, to_clause: bool = True, that_clause: bool = True):
    """The content tokens and last cue token of a cue noun's complement right after it: an object of one of
    ``preps``, a "to V" clause or a 'that' clause (each only if asked for); (None, None) when there is none."""
    for c in children(noun):
        if c.i <= noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in preps and c.i == noun.i + 1:
            obj = next((o for o_dep, o in kids(c) if o_dep in ("pobj", "pcomp")), None)
            if obj is None or obj.tag_ in ("WDT", "WP", "PRP"):
                return None, None
            return [t for t in trim_appended(c, appositions=True) if t.i != c.i], c
        if to_clause and c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux":
            return list(c.subtree), noun
        if that_clause and c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
            if any(t.dep_ == "prep" and not any(True for _ in children(t)) for t in c.subtree):
                return None, None  # a relative clause read as a 'that' clause: "the proposal that nobody objected to"
            return [t for t in c.subtree if t.i != c.left_edge.i], noun
    return None, None


# Prepositions after a noun cue whose object voices it: "opposition to X by S", "an admission from Elizabeth Warren
# that C", "complaints from his American counterpart that C".
HOLDER_PREPS = ("by", "from")


# The possessive ending of a possessor ("the DNC's", "Democrats'"), left out of the source.
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def possessor_tokens(poss) -> list:
    """The words of the possessor ``poss`` without its possessive ending (:data:`POSSESSIVE_ENDINGS`)."""
    return [t for t in poss.subtree if t.dep_ != "case" and t.text not in POSSESSIVE_ENDINGS]


def _noun_holder(noun):
    """Who holds or voices ``noun``: its possessor ("the DNC's decision"), else the object of a "by" or "from" phrase
    after it (:data:`HOLDER_PREPS`); None if neither. A "from" object must be a person, body or document
    (:func:`~annotate.extract.subjects.agentive`): "complaints from the 1990s" has no holder."""
    poss = next((c for c_dep, c in kids(noun) if c_dep == "poss"), None)
    if poss is not None:
        return possessor_tokens(poss)
    for prep in HOLDER_PREPS:
        head = next((c for c_dep, c in kids(noun) if c_dep == "prep" and c.lower_ == prep and c.i > noun.i), None)
        obj = next((o for o_dep, o in kids(head) if o_dep == "pobj"), None) if head is not None else None
        if obj is not None and (prep == "by" or agentive(obj)):
            return trim_appended(obj)
    return None


def governing_subject(noun):
    """The subject of the verb whose object ``noun`` is ("Putin veered close to an admission that C": Putin; "Rubio
    renewed his call for C"), a person, body or document; None when the verb receives the noun rather than voices
    it ("Trump faced criticism of X", "won the endorsement of X": :data:`RECEIVE_FORMS`) or there is no such verb."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.dep_ in ("advmod", "acomp") and verb.tag_ in ("RB", "JJ"):
            verb = verb.head  # "veered close to an admission"
    elif noun.dep_ != "dobj":
        return None
    if not verb.tag_.startswith("VB") or verb.lower_ in RECEIVE_FORMS or verb.i == noun.i:
        return None
    subj = _clause_subject(verb)
    return subj if subj is not None and agentive(subj) else None


# Possessive pronouns and the subjects they agree with in number (:func:`bound_subject`).
SINGULAR_POSSESSIVES = frozenset("his her".split())
PLURAL_POSSESSIVES = frozenset({"their"})
PLURAL_SUBJECT_PRONOUNS = frozenset("they we".split())
SINGULAR_SUBJECT_PRONOUNS = frozenset("he she".split())


def bound_subject(noun):
    """The subject of the verb whose direct object ``noun`` is, when the noun's possessor is a personal possessive
    pronoun that agrees with it in number ("He has stepped up his attacks on X", "Woods shared her belief that C",
    "Some of those surveyed shared their concerns about X": the subject, as PolNeAR marks it); None otherwise.

    Limits: number agreement only (gender is not checked: "Clinton ... his plan" would bind); a subject that is a
    pronoun must be "he" / "she" for "his" / "her" and "they" / "we" for "their"; the verb must take the noun as its
    ``dobj`` ("were unsparing in their criticism of X" keeps the possessor, as PolNeAR does as often as not); a
    subject the parser reaches through a control verb is taken too ("she needs to calibrate her attacks": she)."""
    poss = next((c for c_dep, c in kids(noun) if c_dep == "poss"), None)
    if poss is None or noun.dep_ != "dobj":
        return None
    word = poss.lower_
    if word not in SINGULAR_POSSESSIVES and word not in PLURAL_POSSESSIVES:
        return None
    subj = governing_subject(noun)
    if subj is None:
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in PLURAL_SUBJECT_PRONOUNS or any(
        c_dep == "conj" for c_dep, _ in kids(subj))
    if subj.tag_ == "PRP":
        pronouns = SINGULAR_SUBJECT_PRONOUNS if word in SINGULAR_POSSESSIVES else PLURAL_SUBJECT_PRONOUNS
        return subj if subj.lower_ in pronouns else None
    return subj if plural == (word in PLURAL_POSSESSIVES) else None


@rule(Rule("cue_noun", priority=0, role=MINOR))
def cue_noun(doc, base: int) -> Iterator[Candidate]:
    """"criticism of X", "her warning that C", "their request to V", "opposition to X by S": a noun from
    :data:`CUE_NOUNS` with its complement right after it (a noun of request, :data:`REQUEST_NOUNS`, takes only a
    "for" object or a clause: "an appeal to voters" names who is asked). Content: the complement; source: the possessor
    or the "by" / "from" agent (:func:`_noun_holder`), else the subject of the verb whose object the noun is
    ("Putin veered close to an admission that C"), else none (PolNeAR annotates the noun's content without a source too;
    a short object with no source gives nothing, :func:`short_object`).

    Limits: the complement must follow the noun directly; a noun that is the object of a cue verb, or a light
    noun (:data:`~annotate.extract.lexicons.LIGHT_NOUNS`) that is the object of a light verb ("raised concerns about"),
    is left to those rules, and backing received from a named group ("won the endorsement of the union") to
    :func:`backing_noun`; a noun that makes a preposition with the one before it (:data:`COMPOUND_PREPOSITIONS`, "in
    reference to X") gives nothing; other objects of a light verb are read here ("made allegations against X": the
    verb's subject is the source)."""
    for tok in words(doc, CUE_NOUNS):
        if not tok.tag_.startswith("NN"):
            continue
        light = tok.head.lower_ in LIGHT_VERBS and tok.lower_ in LIGHT_NOUNS
        if tok.dep_ == "dobj" and (light or tok.head.lower_ in CUE_FORMS) or _backing(tok) is not None:
            continue
        if tok.dep_ == "pobj" and (tok.head.lower_, tok.lower_) in COMPOUND_PREPOSITIONS:
            continue  # "in reference to X": a preposition
        comp, last = _noun_complement(tok, REQUEST_NOUN_PREPS if tok.lower_ in REQUEST_NOUNS else CUE_NOUN_PREPS)
        if not comp:
            continue
        comp = comp + second_conjunct(comp)
        holder = _noun_holder(tok)
        content = content_range_from(comp, base)
        if content is None:
            continue
        bound = bound_subject(tok)
        if bound is not None:
            source = source_range(bound, base)
        elif holder:
            source = token_range(holder, base)
        else:
            subj = governing_subject(tok)
            source = source_range(subj, base) if subj is not None else None
            if source is None and last is not tok and short_object(comp):
                continue
        yield Candidate(content, source, token_range([tok, last], base), "indirect", "cue_noun", tok.i)


# The most words of a prepositional object that names what a cue noun is about rather than what was said, when
# nobody holds the noun (:func:`short_object`).
SHORT_OBJECT_WORDS = 3


def short_object(comp) -> bool:
    """True when ``comp`` (a cue noun's prepositional object) is a noun phrase of :data:`SHORT_OBJECT_WORDS` words at
    most: with no possessor, agent or governing subject, "opposition to the Cadillac tax", "criticism of his wife",
    "accusations of scandals and schemes" mention a stance or a topic in passing, which PolNeAR seldom annotates.
    Limit: a short object the gold takes with no source ("denials of wrongdoing", "opposition to trade deals") is lost
    with it; a clause or "to V" complement, and any noun with a source, are kept. An apposition set off by a comma
    or dash ("the rhetoric of mogul Donald Trump, now the Republican Party's nominee") is not counted
    (:func:`~annotate.extract.extents.without_appositions`)."""
    return len([t for t in without_appositions(comp) if not t.is_punct]) <= SHORT_OBJECT_WORDS


def _backing_group(noun, verb):
    """The object of a phrase after ``noun`` that names the group giving it (the noun's prepositions in
    :data:`BACKING_NOUNS`), on the noun or on ``verb`` ("won support from members of Congress", "locked in support
    among Hispanics"); None when there is none."""
    for head in (noun, verb):
        for c_dep, prep in kids(head):
            if c_dep == "prep" and prep.i > noun.i and prep.lower_ in BACKING_NOUNS[noun.lower_]:
                obj = next((o for o_dep, o in kids(prep) if o_dep == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _backing(noun):
    """(verb, subject, group) when ``noun`` of :data:`BACKING_NOUNS` is the direct object of a verb of
    :data:`BACKING_VERBS` before it, with a subject (not "it") and a group phrase (:func:`_backing_group`); else
    None. A possessor on the noun ("Clinton's deep support") is not read."""
    verb = noun.head
    if noun.lower_ not in BACKING_NOUNS or not noun.tag_.startswith("NN") or noun.dep_ != "dobj":
        return None
    if verb.lower_ not in BACKING_VERBS or verb.i > noun.i or not verb.tag_.startswith("VB"):
        return None
    if any(c_dep == "poss" for c_dep, c in kids(noun)):
        return None
    group = _backing_group(noun, verb)
    subj = _clause_subject(verb)
    if group is None or subj is None or subj.lower_ == "it":
        return None
    return verb, subj, group


def _held_backing(noun, base: int):
    """"Clinton's deep support among black voters": a noun of :data:`HELD_BACKING_NOUNS` with a possessor and a
    :data:`HELD_BACKING_PREPS` phrase on it; the possessor is the content, the group the source, the noun the cue.
    None otherwise."""
    if noun.lower_ not in HELD_BACKING_NOUNS or not noun.tag_.startswith("NN"):
        return None
    poss = next((c for c_dep, c in kids(noun) if c_dep == "poss"), None)
    prep = next(
        (c for c_dep, c in kids(noun) if c_dep == "prep" and c.i > noun.i and c.lower_ in HELD_BACKING_PREPS), None
    )
    obj = next((o for o_dep, o in kids(prep) if o_dep == "pobj"), None) if prep is not None else None
    if poss is None or obj is None:
        return None
    holder = possessor_tokens(poss)
    content = content_range_from(holder, base)
    source = token_range(trim_appended(obj), base)
    if content is None or source is None:
        return None
    return Candidate(content, source, token_range([noun], base), "indirect", "cue_noun", noun.i)


@rule(Rule("cue_noun", priority=0, role=MINOR))
def backing_noun(doc, base: int) -> Iterator[Candidate]:
    """"Rubio has won overwhelming support from members of Congress", "she won the endorsement of the National
    Education Association", "The statement quickly drew sharp criticism from both sides of the abortion debate": a
    noun of :data:`BACKING_NOUNS` that is the direct object of a verb of :data:`BACKING_VERBS`, with a phrase after
    it naming the group that gives it (:func:`_backing`). Content: the verb's subject (who or what is backed or
    blamed, without an apposition set off by a comma); source: the group; cue: the verb through the noun (rule
    ``cue_noun``, which leaves such a noun to this rule).

    A possessor with an "among" group is the one backed (:func:`_held_backing`: "Clinton's deep support among black
    voters"). Limits: the group must be named ("Trump has substantial support" gives nothing); a percentage ("34%
    support among women") and a noun after a preposition ("locked in support") are not read; "criticism" and
    "praise" take a "from" group only."""
    for tok in words(doc, BACKING_NOUNS):
        found = _backing(tok)
        if found is None:
            held = _held_backing(tok, base)
            if held is not None:
                yield held
            continue
        verb, subj, group = found
        content = content_range_from(trim_appended(subj), base)
        source = token_range(trim_appended(group), base)
        if content is None or source is None:
            continue
        yield Candidate(content, source, token_range(list(doc[verb.i:tok.i + 1]), base), "indirect", "cue_noun", tok.i)


_NO_PREPS: frozenset[str] = frozenset()


def _attack_launcher(noun):
    """Who launches an attack noun (:data:`GOVERNED_HELD_NOUNS`) that is the direct object of a verb: that verb's
    agentive subject (:func:`governing_subject`: "Christie unleashed withering attacks against Rubio"); else None.
    Not with a verb of violence (:data:`VIOLENT_ATTACK_VERBS`: "Hamas launched an attack on Israel"), so "Trump
    launched a pre-emptive attack against Obama" is left too. Limit: the target is not checked ("unleashed an attack
    on the town" would count)."""
    if noun.lower_ not in GOVERNED_HELD_NOUNS or noun.dep_ != "dobj" or noun.head.lower_ in VIOLENT_ATTACK_VERBS:
        return None
    return governing_subject(noun)


@rule(Rule("held_noun", priority=0, role=MINOR), Rule("about_noun", priority=0, role=MINOR), Rule("that_noun", priority=0, role=MINOR))
def noun_frames(doc, base: int) -> Iterator[Candidate]:
    """Nouns whose complement is content in one frame only, :data:`ABOUT_NOUNS` ("his remarks about C", "doubts
    about C") and :data:`THAT_NOUNS` ("the notion that C", "her hope that C"), and nouns that are a statement only
    with a possessor or "by" agent, :data:`HELD_NOUNS` ("Trump's attacks on X", "her plan to V"; not "the attacks on
    Paris"), or, for an attack noun, with the agentive subject of the verb whose object it is ("Christie unleashed
    withering attacks against Rubio", :func:`_attack_launcher`; not a verb of violence, "launched"). Content: the
    complement; source: the possessor or "by" agent, else (about and that nouns, attack nouns) the subject of the
    verb whose object the noun is (:func:`governing_subject`), else none.

    Limits: as :func:`cue_noun`, the complement must follow the noun directly; a noun that is the object of a cue
    verb is left to the verb rules."""
    for tok in words(doc, FRAME_NOUN_WORDS):
        if not tok.tag_.startswith("NN") or (tok.dep_ == "dobj" and tok.head.lower_ in CUE_FORMS):
            continue
        word = tok.lower_
        if word in HELD_NOUNS:
            name, comp, last = "held_noun", *_noun_complement(tok, HELD_NOUNS[word], to_clause="to" in HELD_NOUNS[word], that_clause=False)
        elif word in ABOUT_NOUNS:
            name, comp, last = "about_noun", *_noun_complement(tok, ABOUT_PREPS, to_clause=False, that_clause=False)
        else:
            name, comp, last = "that_noun", *_noun_complement(tok, _NO_PREPS, to_clause=False, that_clause=True)
        if not comp:
            continue
        content = content_range_from(comp + second_conjunct(comp), base)
        if content is None:
            continue
        holder = _noun_holder(tok)
        bound = bound_subject(tok)
        if bound is not None:
            source = source_range(bound, base)
        elif holder:
            source = token_range(holder, base)
        elif name == "held_noun" and (governor := _attack_launcher(tok)) is not None:
            source = source_range(governor, base)  # "Trump unleashed a harsh attack on Ben Carson"
        elif name == "held_noun":
            continue  # "Hamas launched an attack on Israel", "made plans to V": the verb, not the noun, says who
        else:
            subj = governing_subject(tok)
            source = source_range(subj, base) if subj is not None else None
        yield Candidate(content, source, token_range([tok, last], base), "indirect", name, tok.i)


@rule(Rule("noun_copula", priority=0, role=MINOR))
def noun_copula(doc, base: int) -> Iterator[Candidate]:
    """"Her argument is that C", "My impression was that C", "The hope is C": a cue or frame noun
    (:data:`COPULA_NOUNS`) as the subject of a copula (:data:`NOUN_COPULAS`) whose clause follows it, opening with
    'that' or right after the copula. Content: the clause without 'that'; source: the noun's possessor or "by" /
    "from" agent (:func:`_noun_holder`), else none.

    Limits: the copula must head its sentence or a clause of its own (root, complement or conjunct); other nouns
    ("the problem is that C", "the question is whether C") are the writer's framing and left out."""
    for tok in words(doc, COPULA_NOUNS):
        if not tok.tag_.startswith("NN") or tok.dep_ != "nsubj":
            continue
        cop = tok.head
        if cop.lower_ not in NOUN_COPULAS or cop.i < tok.i or cop.dep_ not in ("ROOT", "ccomp", "conj"):
            continue
        clause = next((c for c_dep, c in kids(cop) if c_dep in ("ccomp", "attr", "advcl") and c.i > cop.i
                       and c.tag_.startswith("VB")), None)
        if clause is None:
            continue
        lead = clause.left_edge
        if lead.lower_ != "that" and not (clause.dep_ == "ccomp" and lead.i == cop.i + 1):
            continue
        content = content_range_from([t for t in clause.subtree if not (t.i == lead.i and t.lower_ == "that")], base)
        if content is None:
            continue
        holder = _noun_holder(tok)
        source = token_range(holder, base) if holder else None
        yield Candidate(content, source, token_range([tok, cop], base), "indirect", "noun_copula", tok.i)


@rule(Rule("to_holder", priority=0, role=MINOR))
def to_holder(doc, base: int) -> Iterator[Candidate]:
    """"To Ms. Gil, skateboarding represents a cry of dissent", "To them, it signals C": a "To" phrase opening the
    sentence (after "But / And / Yet" at most) and set off by a comma, on the verb of the main clause, whose object is
    a person, body or document (:func:`~annotate.extract.subjects.agentive`) or an object pronoun ("them"). Content: the
    main clause after the comma; source: the object.

    Limits: only sentences of a paragraph that holds another cue word are parsed at all; a "To" phrase of purpose
    or direction ("To win, S must ...", "To Iowa, ...") has no agentive object and is left out."""
    for tok in words(doc, ("to",)):
        start = tok.sent.start
        if tok.dep_ != "prep" or not (tok.i == start or tok.i == start + 1 and doc[start].lower_ in TO_HOLDER_OPENERS):
            continue
        verb = tok.head
        obj = next((c for c_dep, c in kids(tok) if c_dep == "pobj"), None)
        if obj is None or not verb.tag_.startswith("VB") or verb.dep_ != "ROOT":
            continue
        if not (obj.lower_ in TO_HOLDER_PRONOUNS or obj.tag_.startswith("NN") and agentive(obj)):
            continue
        comma = tok.right_edge.i + 1
        subj = next((c for c_dep, c in kids(verb) if c_dep in ("nsubj", "nsubjpass", "expl")), None)
        if comma >= len(doc) or doc[comma].text != "," or subj is None or subj.left_edge.i <= comma:
            continue
        content = content_range_from([t for t in verb.subtree if t.i > comma], base)
        if content is not None:
            yield Candidate(content, source_range(obj, base), token_range([tok], base), "indirect", "to_holder", tok.i)
