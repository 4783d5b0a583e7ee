"""Who the source is: the subject of a cue verb, climbed to, or read to its left where the parser missed it.

:func:`agentive` (a name, a personal pronoun, or a person / body / media / document noun: ``_SOURCE_HEADS``),
:func:`subject_of`, :func:`_climb_subject` (up participles and conjuncts), :func:`_infinitive_subject` (up a control
chain), readings left of the verb for misparsed subjects (:func:`_left_name`, :func:`_left_segment`,
:func:`_relative_left_subject`, :func:`_participle_clause_subject`, :func:`_listed_verb_subject`) and
:func:`_cue_subject`, which tries them for a cue. Pure functions of tokens; no rule is declared here.

Limits: tags and dependencies only (no NER, no coreference): a pronoun source stays a pronoun, a name tagged as an
adverb before an imperative is missed, and ``agentive`` knows only the closed lists of head nouns.
"""

from __future__ import annotations

from annotate.extract import source_lexicons
from annotate.extract.extents import CIRCUMSTANCE_NOUNS, CLAUSE_DEPS, SUBJECT_DEPS, _nominal, _verbal
from annotate.extract.lexicons import (
    AGENT_PRONOUNS, HUMAN_NOUNS, INSTRUMENT_FORMS, PARTICIPLE_CUES, PUBLISH_FORMS, SPEECH_FORMS,
)
from annotate.extract.tokens import TENSED_VERB_TAGS, kids, sentence

_SOURCE_HEADS = frozenset(
    set(HUMAN_NOUNS) | set(source_lexicons.ROLE_HEADS) | source_lexicons.INSTITUTION_HEADS
    | source_lexicons.ORGANISATION_HEADS | source_lexicons.DOCUMENT_HEADS | source_lexicons.MEDIA_NOUNS
)


def agentive(subj, active: bool = False) -> bool:
    """A plausible source: an active subject that is a name, a personal pronoun or a person/body/document noun.
    ``active``: the mention is read as the subject of another, active verb (the antecedent of a relative pronoun, the
    shared subject of an active conjunct), so a passive subject of its own verb is no bar."""
    if subj.dep_ == "nsubjpass" and not active:
        return False
    if subj.lower_ in AGENT_PRONOUNS or subj.tag_ in ("NNP", "NNPS"):
        return True
    if subj.tag_ == "NN" and subj.text[:1].isupper() and subj.text[1:].islower() and not any(c_dep == "det" for c_dep, c in kids(subj)):
        return True  # a name tagged as a common noun ("Trump/NN has tried ..."), with no determiner
    if subj.tag_ == "NNS" and _plural_tagged_name(subj):
        return True
    if subj.tag_ in VERB_TAGGED_NAME_TAGS and _verb_tagged_name(subj):
        return True
    if subj.lower_ in PARTITIVE_HEADS:
        return _partitive_agent(subj)
    if subj.tag_ == "NNS" and subj.lower_ not in _SOURCE_HEADS:
        return _singular(subj.lower_) in _SOURCE_HEADS  # "spokesmen", "committees": the plural of a listed head
    return subj.tag_ in ("NN", "NNS") and subj.lower_ in _SOURCE_HEADS


def _singular(word: str) -> str:
    """The singular of a regular English plural ("committees", "agencies", "spokesmen", "wives"); the word itself when
    it does not end like one. Limit: spelling rules only, so an irregular plural ("people") or a noun in "-ss" stays."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ves"):
        return word[:-3] + "fe"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# Quantity heads of a subject whose "of" phrase names who: "Most of the vulnerable Senate Republicans have said",
# "some of his supporters ..., citing trust".
PARTITIVE_HEADS = frozenset("some many most few several all both others majority minority number half percent %".split())


def _partitive_agent(subj) -> bool:
    """A quantity subject (:data:`PARTITIVE_HEADS`) is a source when its "of" object is one.

    Limits: a bare quantity is no source ("Many thought", "42% prefer"); taking it lowered the odd dev half
    (round r5 of session 19 in docs/experiments-extraction.md)."""
    prep = next((c for c_dep, c in kids(subj) if c_dep == "prep" and c.lower_ == "of"), None)
    if prep is not None:
        pobj = next((c for c_dep, c in kids(prep) if c_dep == "pobj"), None)
        return pobj is not None and pobj.lower_ not in PARTITIVE_HEADS and agentive(pobj)
    return False


# Verb tags the parser gives a capitalised surname that it still reads as the subject ("Trump/VB subsequently
# defended X", "Schlafly/VB then discussed X").
VERB_TAGGED_NAME_TAGS = frozenset({"VB", "VBP"})


def _verb_tagged_name(tok) -> bool:
    """A surname tagged as a base-form verb that the parser made a clause's subject ("Trump/VB subsequently
    defended X"): an ``nsubj``, capitalised with the rest lower case, with no children of its own. Limit: a
    capitalised verb misparsed as a subject would pass too."""
    text = tok.text
    return tok.dep_ == "nsubj" and text[:1].isupper() and text[1:].islower() and not list(tok.children)


def _plural_tagged_name(tok) -> bool:
    """A surname ending in "s" tagged as a plural noun ("Sanders/NNS instead delivered ..."): capitalised, with no
    determiner, adjective or number of its own. A plural common noun opening a sentence passes too ("Experts
    warn ..."): as the subject of a cue verb it is a source more often than not (docs/experiments-extraction.md)."""
    text = tok.text
    if not (text[:1].isupper() and text[1:].islower() and text.endswith("s")):
        return False
    if any(c_dep in ("det", "amod", "nummod") for c_dep, c in kids(tok)):
        return False
    return True


def _after_according(tok) -> bool:
    """True for a cue right after an "according to X," phrase of its sentence (no verb in between)."""
    for prev in reversed(tok.doc[sentence(tok).start:tok.i]):
        if prev.lower_ == "according":
            return True
        if _verbal(prev):
            return False
    return False


def _clause_of(verb):
    """The verb's clausal complement: the first one after it, else one before it in the same clause
    (not across a semicolon: "S1 noted X; however, S2 clarified that C")."""
    comps = [c for c_dep, c in kids(verb) if c_dep in CLAUSE_DEPS]
    after = [c for c in comps if c.i > verb.i]
    if after:
        return after[0]
    if verb.lower_ in SPEECH_FORMS:
        for c_dep, c in kids(verb):  # "said after the convention he would ...": a complement parsed as advcl
            if c_dep == "advcl" and c.i > verb.i and _verbal(c) and any(k_dep == "nsubj" for k_dep, k in kids(c)):
                if not any(k_dep in ("mark", "advmod") and k.i < c.i and k.lower_ != "that" for k_dep, k in kids(c)):
                    return c
    doc = verb.doc
    for comp in comps:
        if not any(t.text == ";" for t in doc[comp.right_edge.i + 1:verb.i]):
            return comp
    return None


def subject_of(verb):
    """The subject of ``verb``; of two before it, the nearer one: the parser reads a place before a comma as a
    second subject ("Speaking at an event in Salem, New Hampshire, Trump went after Bush": Trump, not Hampshire).
    A floating quantifier ("Republican establishment figures - ... - both suggested C") is no nearer subject."""
    subjects = [child for dep, child in kids(verb) if dep in SUBJECT_DEPS]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        return ([c for c in before if c.tag_ not in ("DT", "PDT")] or before)[-1]
    return subjects[0] if subjects else None


def _own_clause_subject(verb):
    """The subject of an adverbial, relative or conjoined clause's verb when it, or the antecedent of a relative
    subject, is a person, body or document ("when Trump spotted X", "Mr. McConnell, who has endorsed X", "Sanders
    let Kingson speak first, and then he spent his speech praising X"); else None."""
    subj = subject_of(verb)
    if subj is None or verb.dep_ not in ("advcl", "relcl", "conj") or not _verbal(verb):
        return None
    relative = subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl"
    if relative:
        return subj if subj.lower_ == "who" or agentive(verb.head, active=True) else None
    return subj if agentive(subj) else None


def _climb_subject(tok):
    """Subject of the clause a participle or conjunct hangs from ("S denied X, saying C"): the first verb above it
    that speaks, is the root, or heads an adverbial, relative or conjoined clause with a subject of its own
    (:func:`_own_clause_subject`: "because he favors X and opposes Y", "when he went on the record endorsing X",
    "Mrs. Clinton, who was distracted while saying goodbye": who). Not a complement clause's verb, where the
    parser hangs the speaker's second verb or participle ("He said that he would offer X and said C")."""
    node = tok
    for _ in range(6):
        if node.head == node:
            break
        node = node.head
        # Not "a statement saying C" with the noun as source: the subject of the clause is the speaker.
        subj = subject_of(node)
        if subj is not None and (node.lower_ in SPEECH_FORMS or node.dep_ == "ROOT"):
            return subj
        own = _own_clause_subject(node)
        if own is not None:
            return own
    return subject_of(node)


def _speech_purpose(tok, obj) -> bool:
    """A speech verb's purpose infinitive after an object that names no one ("Obama held an impromptu press briefing
    to brag that C", "descended an escalator to declare X"): the governing verb's subject speaks, not the object."""
    return tok.lower_ in SPEECH_FORMS and not agentive(obj, active=True)


def _to_marked(tok) -> bool:
    """``tok`` is a verb with the infinitive marker "to" before it ("to say", "to know")."""
    return any(c_dep == "aux" and c.lower_ == "to" and c.i < tok.i for c_dep, c in kids(tok))


def _infinitive_subject(tok):
    """Subject of a to-infinitive cue: the object of an object-control verb ("forced Stumpf to
    admit C", "led X to fear Y"), else the subject of the governing verb, through an adjective
    ("was able to tout X", "went on to explain how C", "gathered Friday to discuss X")."""
    head = tok.head
    means = head.lower_ in INSTRUMENT_FORMS  # "used the comments to urge X": the object is the means, not the agent
    if tok.dep_ == "xcomp" and not means:
        obj = next((c for c_dep, c in kids(head) if c_dep == "dobj" and c.i < tok.i), None)
        if obj is not None:
            return obj
    elif not means and any(c_dep == "dobj" and not _speech_purpose(tok, c) for c_dep, c in kids(head)):
        return None  # "held a meeting to discuss X": the purpose may be the object's (seeds gold)
    if head.dep_ == "acomp":
        head = head.head
    for _ in range(3):  # "was making a pitch, refusing to concede C", "moved to emphasize X": up a control chain
        subj = subject_of(head)
        if subj is not None or head.dep_ not in ("xcomp", "advcl") or not _verbal(head) or head.head == head:
            return subj
        if head.dep_ == "xcomp" and any(c_dep == "dobj" and c.i < head.i for c_dep, c in kids(head.head)):
            return None
        head = head.head
    return subject_of(head)


# Links from a noun up to the verb whose phrase it is in ("went out of [his way]", "had [reason]").
_NOUN_UP_DEPS = frozenset({"pobj", "prep", "dobj"})


def _infinitive_relative_subject(tok):
    """Subject of a to-infinitive cue parsed as a relative clause on a noun that names no one ("He went out of his
    way to say C", "Manafort had reason to know X", "in a bid to persuade X"): the subject of the verb whose object
    or prepositional phrase the noun is. None for a person, body or document noun ("the first candidate to weigh
    in": the noun's own rules), or when no verb with a subject is reached. Limit: the parser's reading is
    trusted, so a purpose clause hung on an object ("held a meeting to discuss X") reads as the holder's."""
    if tok.dep_ not in ("relcl", "acl"):
        return None
    if not _to_marked(tok):
        return None
    noun = tok.head
    if not _nominal(noun) or noun.i > tok.i or agentive(noun, active=True):
        return None
    node = noun
    for _ in range(4):
        if node.dep_ not in _NOUN_UP_DEPS or node.head == node:
            return None
        node = node.head
        if _verbal(node):
            return subject_of(node)
    return None


# Tags of a sentence's first word that the parser gives a capitalised surname before a root speech verb
# ("Jolly/RB said C"): :func:`_left_name` reads such a word as the name.
OPENING_NAME_TAGS = frozenset({"RB", "NN", "JJ", "UH"})
# Verb tags that need a subject before them: a past or third-person form ("Jolly said"), not an imperative
# ("Now tell us C") or a plural present that an opening adverb may front.
FINITE_NAME_VERB_TAGS = frozenset({"VBD", "VBZ"})


def _before_brackets(verb):
    """The token before ``verb``, past one bracketed aside that ends right before it ("Sen. Elizabeth Warren
    (D-MA) said": "Warren"); None at the start of the sentence or for an unclosed bracket."""
    doc = verb.doc
    start = sentence(verb).start
    j = verb.i - 1
    if j >= start and doc[j].text == ")":
        while j >= start and doc[j].text != "(":
            j -= 1
        j -= 1
    return doc[j] if j >= start else None


def _participle_clause_subject(verb):
    """The subject of a finite cue verb that the parser gave to a participle on it, making the participle the
    clause ("Majorities of Democrats in five states going to the polls Tuesday say C": "going" the root with
    "Majorities" its subject and "say" its ``dep``; "Republican activists clamoring to block X say C": "clamoring"
    the verb's ``csubj``). Takes a gerund with no auxiliary before the verb and a noun subject of its own; None
    otherwise. Limit: trusts the parser's subject of the participle."""
    if verb.tag_ not in TENSED_VERB_TAGS:
        return None
    heads = [c for c_dep, c in kids(verb) if c_dep == "csubj"]
    if verb.dep_ == "dep":
        heads.append(verb.head)
    for part in heads:
        if part.tag_ != "VBG" or part.i > verb.i or any(c_dep in ("aux", "auxpass") for c_dep, c in kids(part)):
            continue
        subj = subject_of(part)
        if subj is not None and _nominal(subj) and subj.i < part.i:
            return subj
    return None


def _relative_left_subject(verb):
    """The noun of a "who" clause that ends right before a subjectless verb (past one comma), when the parser hung
    the noun elsewhere: the relative clause set on a noun of the phrase before ("..., a White House official who
    spoke anonymously to discuss internal strategy said C": "official" an apposition), or the "who" clause made the
    verb's complement with the noun as a second subject ("Sanders, meanwhile, who sits at zero such endorsements,
    said C"). None otherwise. Limit: a "who" clause on an object before the verb would give that object."""
    doc = verb.doc
    start = sentence(verb).start
    j = verb.i - 1
    if j >= start and doc[j].text == ",":
        j -= 1
    if j < start:
        return None
    node = doc[j]
    for _ in range(8):
        if node.dep_ == "relcl" and node.right_edge.i == j and node.head.i < node.i and _nominal(node.head):
            if any(c_dep == "nsubj" and c.lower_ == "who" for c_dep, c in kids(node)):
                return node.head
        if node.head == node or node.head.i >= verb.i:
            break
        node = node.head
    for c_dep, clause in kids(verb):
        if c_dep == "ccomp" and clause.i < verb.i and clause.right_edge.i == j:
            subjects = [c for c_dep2, c in kids(clause) if c_dep2 == "nsubj"]
            if len(subjects) == 2 and subjects[1].lower_ == "who" and _nominal(subjects[0]):
                return subjects[0]
    return None


def _listed_verb_subject(verb):
    """The subject of a finite verb before a finite cue verb that the parser hung on it as a ``dep``, the second
    of a list of the source's acts with no "and" ("The State Department repeatedly obfuscated facts, admitted C");
    None otherwise. Limit: trusts that a ``dep`` finite verb after a finite verb shares its subject."""
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in FINITE_NAME_VERB_TAGS:
        return None
    if head.i > verb.i or head.tag_ not in FINITE_NAME_VERB_TAGS:
        return None
    subj = subject_of(head)
    return subj if subj is not None and subj.dep_ == "nsubj" else None


def _left_name(verb):
    """A name or pronoun right before a subjectless cue verb, misparsed into the phrase before it
    ("a meeting with the editorial board of the Washington Post Trump said C"), also before a bracketed aside
    ("Sen. Elizabeth Warren (D-MA) said C"), or a capitalised first word of the sentence that the parser made
    an adverb or a modifier before a past or third-person verb ("Jolly said C"). Limit: a sentence-opening
    capitalised adverb before a subjectless past or third-person speech verb would be read as a name."""
    prev = _before_brackets(verb)
    if prev is None:
        return None
    if prev.tag_ in ("NNP", "NNPS", "PRP") and prev.dep_ in ("pobj", "compound", "appos", "dobj") and prev.lower_ != "it":
        return prev
    if (
        prev.i == sentence(verb).start and prev.i == verb.i - 1 and prev.is_title and prev.tag_ in OPENING_NAME_TAGS
        and prev.head.i == verb.i and verb.tag_ in FINITE_NAME_VERB_TAGS
    ):
        return prev
    return None


# Punctuation that closes the phrase before a subjectless cue verb (:func:`_left_segment`).
SEGMENT_BREAKS = frozenset({",", "—", "–", "--", "-", ":", ";", "(", ")"})
_SEGMENT_SKIP_DEPS = frozenset({"advmod", "aux", "neg"})
_SEGMENT_HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})


def _before_adjuncts(verb, start: int) -> int:
    """The index of the token before ``verb``'s adverbs, auxiliaries and negation (:data:`_SEGMENT_SKIP_DEPS`) that
    stand right before it, not before ``start`` (``start - 1`` when they reach it)."""
    doc = verb.doc
    j = verb.i - 1
    while j >= start and doc[j].dep_ in _SEGMENT_SKIP_DEPS and doc[j].head.i == verb.i:
        j -= 1
    return j


def _names_nothing(heads) -> bool:
    """True when a segment's head words (:data:`_SEGMENT_HEAD_TAGS`) are none, or only an expletive or a
    demonstrative ("it", "there", "that", "this")."""
    return not heads or all(t.lower_ in ("it", "there", "that", "this") for t in heads)


def _segment_break(tok) -> bool:
    """A phrase break of :data:`SEGMENT_BREAKS`; a hyphen only with a space before it (not "Ros-Lehtinen")."""
    return tok.text in SEGMENT_BREAKS and (tok.text != "-" or tok.i == 0 or bool(tok.doc[tok.i - 1].whitespace_))


def _left_segment(verb) -> list:
    """The noun phrase before a subjectless root cue verb that the parser hung elsewhere ("Alarmed by the
    unrest, Senator Harry Reid, the minority leader, said C"; "About 4 in 10 say C"): the tokens back to the
    previous comma, dash or sentence start, past the verb's adverbs and auxiliaries. Empty unless that phrase
    has a noun, number or pronoun and no verb, and does not open with a preposition. A bare name before it
    ("Reid, the minority leader,") is taken as an apposition. Limits: a name the parser tagged as an adverb
    ("Jolly said") is not found."""
    doc = verb.doc
    start = sentence(verb).start
    j = _before_adjuncts(verb, start)
    if j >= start and doc[j].text == ",":
        j -= 1
    k = j
    while k >= start and not _segment_break(doc[k]):
        k -= 1
    seg = list(doc[k + 1:j + 1])
    if not seg or seg[0].tag_ in ("IN", "TO", "WRB", "WDT", "WP") or any(_verbal(t) for t in seg):
        return []
    if _names_nothing([t for t in seg if t.tag_ in _SEGMENT_HEAD_TAGS]):
        return []
    if k > start and doc[k].text == ",":
        m = k - 1
        while m >= start and doc[m].tag_ in ("NNP", "NNPS"):
            m -= 1
        if m < k - 1 and (m < start or _segment_break(doc[m])):
            seg = list(doc[m + 1:k]) + [doc[k]] + seg
    return seg


def passive_reading(tok, subj, relative=None) -> bool:
    """The cue verb ``tok`` is read as a passive, so its subject ``subj`` is the one spoken of or to, no source
    ("X was accused of Y", "I was told that C"): the cue has a passive auxiliary of its own other than a contracted
    "'s", or its subject is a passive subject. For a relative clause the relative pronoun's role counts, not its
    antecedent's role in the main clause ("Curiel, who ... declined to comment, was born in X"), and a relative
    pronoun the cue climbed to keeps the active reading ("Mrs. Clinton, who was distracted while saying goodbye").
    A contracted "'s" (:func:`_contracted_perfect`) is read as "has" ("he's said he'll fight", "who's called for X").
    A finite conjunct with no auxiliary of its own shares a passive verb's subject as its agent ("FBI officials were
    angered by the deal and predicted C"), as does a participle opened by a time word ("was booed ... after telling
    X C": :func:`_time_participle`); another participle climbed to a passive subject stays passive ("X was
    criticized by Y, saying C" is not read)."""
    if any(c_dep == "auxpass" and c.lower_ not in CONTRACTED_S for c_dep, c in kids(tok)):
        return True
    own = relative if relative is not None else subj
    if own.dep_ != "nsubjpass":
        return False
    if own.head.i == tok.i:
        return not (relative is not None or _contracted_perfect(tok))
    if relative is not None:
        return False
    return not (_active_conjunct(tok, subj) or _time_participle(tok))


# A contracted auxiliary the parser reads as a passive "is" where it is mostly "has" ("he's said", "who's called").
CONTRACTED_S = frozenset({"'s", "’s"})


def _contracted_perfect(tok) -> bool:
    """A verb whose passive auxiliary is a contracted "'s", read as a perfect "has" when a clausal complement follows
    it ("he's said he'll fight"). Limits: not before an infinitive, where "'s" is as often the passive "is" ("he's
    almost guaranteed to attract X", "he's said to be X") as "has" ("he's wanted to hold X"), nor a bare participle
    ("it's called X")."""
    if not any(c_dep == "auxpass" and c.lower_ in CONTRACTED_S for c_dep, c in kids(tok)):
        return False
    return any(c_dep == "ccomp" and c.i > tok.i for c_dep, c in kids(tok))


# Prepositions and subordinators of time that open a participle clause whose agent is the clause's subject, passive or
# not ("Silverman was booed ... after telling holdouts C", "she was distracted while saying goodbye").
TIME_OPENERS = frozenset("after before while when since upon".split())


def _time_participle(tok) -> bool:
    """An "-ing" cue opened by a time preposition or subordinator (:data:`TIME_OPENERS`): "after telling X", "while
    saying Y"."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in TIME_OPENERS:
        return True
    return tok.dep_ == "advcl" and any(c_dep == "mark" and c.lower_ in TIME_OPENERS for c_dep, c in kids(tok))


def _active_conjunct(tok, subj) -> bool:
    """A finite verb conjoined to the verb whose passive subject ``subj`` is, with no auxiliary of its own."""
    return (
        subj.head.i != tok.i and tok.dep_ == "conj" and tok.tag_ in TENSED_VERB_TAGS
        and not any(c_dep in ("aux", "auxpass") for c_dep, c in kids(tok))
    )


def opening_segment(verb) -> list:
    """The noun phrase that opens the sentence of a subjectless root cue verb, when an aside set off by commas stands
    between it and the verb and the parser made the phrase the subject of a verb inside the aside ("One attendee, who
    like others spoke on the condition of anonymity, said C"; "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to
    organize the boycott, said C"): the tokens before the sentence's first comma. Empty unless a comma stands right
    before the verb (past its adverbs and auxiliaries) and the phrase has a noun, number or pronoun, no verb, and
    does not open with a preposition or a question word ("In U.S. District Court in Alexandria, Va., Lazar, ...,
    said" is left) nor end in a time or occasion noun (:data:`~annotate.extract.extents.CIRCUMSTANCE_NOUNS`).
    Limit: the aside is not read, so a sentence whose opening phrase is a fronted object or topic would be misread."""
    doc = verb.doc
    start = sentence(verb).start
    j = _before_adjuncts(verb, start)
    if j <= start or doc[j].text != ",":
        return []
    first = next((t.i for t in doc[start:j] if t.text == ","), None)
    if first is None or first == start:
        return []
    seg = list(doc[start:first])
    if seg[0].tag_ in ("IN", "TO", "WRB", "WDT", "WP", "CC", "RB") or any(_verbal(t) for t in seg):
        return []
    heads = [t for t in seg if t.tag_ in _SEGMENT_HEAD_TAGS]
    if _names_nothing(heads):
        return []
    return [] if heads[-1].lower_ in CIRCUMSTANCE_NOUNS else seg  # "Friday, Texas, leading a coalition, asked X"


def _modified_noun(tok) -> bool:
    """A participle cue on a noun that is no object of its clause's verb, a person, body or document or with a
    speech participle: the noun is the source ("to a group backing Bush", "In a statement defending X", "polls
    showing C", "Like others defending X"). An object's participle is left to the clause's subject ("issued a
    statement saying C", "wrote a letter asking X": the issuer is the source in PolNeAR)."""
    return _participle_on_noun(tok) and tok.head.dep_ != "dobj" and (tok.lower_ in PARTICIPLE_CUES or agentive(tok.head))


def run_on_subject(verb):
    """The subject of a subjectless past or third-person root cue verb that follows a comma and carries on the
    clause before it, which the parser hung on it as a complement ("Kasich jokingly offered the man a job as
    Secretary of Defense, then says he'll welcome advice", "she has also promised X, opposed his signature
    Trans-Pacific trade deal"): that clause's subject, not a first or second person pronoun or an expletive, when the
    clause opens no subordinate clause and the verb has a complement after it; else None. Limit: the two clauses are
    not checked for a shared subject ("He also had a voice in X, said a former spokesman" gives "He")."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_NAME_VERB_TAGS:
        return None
    j = _before_adjuncts(verb, 0)
    if j < 0 or doc[j].text != ",":
        return None
    if not any(c_dep in _RUN_ON_COMPLEMENTS and c.i > verb.i for c_dep, c in kids(verb)):
        return None
    clause = next((c for c_dep, c in kids(verb) if c_dep in ("ccomp", "conj", "parataxis") and c.i < verb.i), None)
    if clause is None or not _verbal(clause) or any(
            c_dep == "mark" or (c_dep == "advmod" and c.tag_ == "WRB") for c_dep, c in kids(clause)):
        return None
    subj = next((c for c_dep, c in kids(clause) if c_dep == "nsubj" and c.i < clause.i), None)
    if subj is None or subj.lower_ in _RUN_ON_NON_SUBJECTS:
        return None
    return subj


# What a run-on cue verb must take after it (:func:`run_on_subject`), and the subjects it does not inherit.
_RUN_ON_COMPLEMENTS = frozenset(("ccomp", "xcomp", "dobj", "prep"))
_RUN_ON_NON_SUBJECTS = frozenset("i we you it there this that what who which".split())


def _finite_on_root_noun(tok) -> bool:
    """A past or third-person cue verb that the parser made a modifier (``acl``) of the noun before it, that noun
    being its sentence's root ("Donald Trump called/VBD/acl Wednesday for X", "The Vermont senator aimed/acl to win"):
    the sentence has no other verb, so the noun is the verb's subject. Not a noun elsewhere in the sentence ("a
    website linked to a group" is a participle). A form tagged as a participle counts too when it has no auxiliary
    and a finite clause after it (:func:`finite_complement`: "A Qunnipiac University poll found/VBN/acl last week
    that C"), which a passive participle on a noun does not take. Limit: "the message sent/VBN/acl Tuesday that C"
    would be read as the noun's report."""
    head = tok.head
    if tok.dep_ != "acl" or not (head.dep_ == "ROOT" and _nominal(head) and head.i < tok.i):
        return False
    if tok.tag_ == "VBN":
        return not any(c_dep in ("aux", "auxpass") for c_dep, c in kids(tok)) and finite_complement(tok) is not None
    return tok.tag_ in FINITE_NAME_VERB_TAGS


def finite_complement(verb, subject_deps=SUBJECT_DEPS, openers=("that",)):
    """The first clausal complement (``ccomp``) of ``verb`` after it with a subject of its own (a dependency in
    ``subject_deps``) or opened by a word of ``openers`` (its ``mark``); None if there is none."""
    for c_dep, c in kids(verb):
        if c_dep == "ccomp" and c.i > verb.i and any(
            k_dep in subject_deps or (k_dep == "mark" and k.lower_ in openers) for k_dep, k in kids(c)
        ):
            return c
    return None


def _participle_on_noun(tok) -> bool:
    """An "-ing" participle modifying a noun before it ("the super PAC supporting Jeb Bush", "polls showing C")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and _nominal(tok.head) and tok.head.i < tok.i


def _maker(noun, relative):
    """Who made public the thing a restrictive "that" clause has speak: the agentive subject of the publishing verb
    (:data:`~annotate.extract.lexicons.PUBLISH_FORMS`) whose object ``noun`` is ("Sen. Rand Paul has released a Web
    video that accuses Cruz of X": PolNeAR's source is the publisher, as for "issued a statement saying C"); None
    for a person or a name, a "which" clause, or another verb ("withheld a key email that would have revealed X",
    and, left out with the class, "ran a piece that noted C", "launched an ad campaign that attacked X")."""
    if relative.lower_ != "that" or noun.dep_ != "dobj" or noun.head.lower_ not in PUBLISH_FORMS:
        return None
    if noun.tag_ in ("NNP", "NNPS") or noun.lower_ in HUMAN_NOUNS:
        return None
    subj = subject_of(noun.head)
    return subj if subj is not None and agentive(subj) else None


def compound_subject(tok):
    """The subject of a root cue verb tagged as a plural noun that the parser read as the last word of its subject's
    noun phrase ("Trump/compound predicts/NNS that C"): the compound right before it, when nothing but compounds,
    determiners and modifiers of them stand before it in the sentence; else None."""
    if tok.dep_ != "ROOT" or tok.tag_ != "NNS" or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ != "compound" or prev.head != tok or not prev.tag_.startswith("NN"):
        return None
    if any(c_dep not in _COMPOUND_SUBJECT_DEPS for c_dep, c in kids(tok) if c.i < tok.i):
        return None
    return prev


# What may stand before a verb-tagged noun whose subject is read as its compound (:func:`compound_subject`).
_COMPOUND_SUBJECT_DEPS = frozenset(("compound", "det", "amod", "nummod", "poss", "punct"))


# Heads of a subject that counts respondents ("79 percent of Democrats", "31% of voters", "a majority"), and the survey
# nouns of an "in" phrase that places their answer in a poll (:func:`poll_source`).
RESPONDENT_HEADS = frozenset(PARTITIVE_HEADS | {"plurality", "third", "thirds", "quarter"})
SURVEY_NOUNS = frozenset("poll survey".split())


def poll_source(tok, subj):
    """The survey a speech verb's respondents answered in: for a subject that counts respondents
    (:data:`RESPONDENT_HEADS` or a number) and an "in <poll>" phrase on the verb ("In a New York Times/CBS News survey
    released last Thursday, 79 percent of Democrats said C", "Sixty-seven percent of Americans said C in a Washington
    Post-ABC News poll"), the poll noun, which PolNeAR takes as the source; else None. Limits: speech verbs only
    (:data:`~annotate.extract.lexicons.SPEECH_FORMS`; "73 percent of Americans accepted that C" keeps its subject); the
    singular :data:`SURVEY_NOUNS` only; a poll inside the subject ("20 percent of people in a recent poll said") is
    left to the subject, whose span holds it."""
    if tok.lower_ not in SPEECH_FORMS or not (subj.lower_ in RESPONDENT_HEADS or subj.tag_ == "CD"):
        return None
    for c_dep, prep in kids(tok):
        if c_dep == "prep" and prep.lower_ == "in":
            pobj = next((c for p_dep, c in kids(prep) if p_dep == "pobj"), None)
            if pobj is not None and pobj.lower_ in SURVEY_NOUNS:
                return pobj
    return None


def _cue_subject(tok, participle: bool):
    """The subject of a cue verb: its own, else the clause a participle or conjunct hangs from, a name misparsed
    before a root speech verb or the noun of a "who" clause right before it, a subject the parser gave to a
    participle on it, or the controller of a to-infinitive."""
    subj = subject_of(tok)
    if subj is None:
        subj = compound_subject(tok)
    if subj is None and _modified_noun(tok):
        subj = tok.head
    if subj is None and (participle or tok.dep_ == "conj"):
        subj = _climb_subject(tok)
    if subj is None and _participle_on_noun(tok):
        subj = tok.head  # "the super PAC supporting Jeb Bush", "polls showing C": the noun the participle modifies
    if subj is None and _finite_on_root_noun(tok):
        subj = tok.head  # "Donald Trump called/acl Wednesday for X": the sentence's verb read as a modifier
    if subj is None and tok.dep_ == "ROOT" and tok.lower_ in SPEECH_FORMS:
        subj = _left_name(tok) or _relative_left_subject(tok)
    if subj is None:
        subj = _participle_clause_subject(tok) or _listed_verb_subject(tok)
    if subj is None and tok.dep_ in ("xcomp", "advcl") and _to_marked(tok):
        subj = _infinitive_subject(tok)
    if subj is None:
        subj = _infinitive_relative_subject(tok)
    return subj
