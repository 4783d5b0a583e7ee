"""Dependency rules over one spaCy-parsed paragraph: cue -> source -> content.

Each rule is a generator over a parsed ``doc`` (text starting at article offset
``base``) yielding :class:`Candidate` objects with article offsets. Quotations are
joined to these candidates afterwards (see :mod:`annotate.extract.attach`).

Cue classes (see :mod:`annotate.extract.lexicons`): reporting verbs accept any subject;
the broader PARC-style classes (extra speech acts, belief, evidence, stance, communication,
intention) and "-ing" participles outside ``PARTICIPLE_CUES`` need an agentive subject (a
name, a personal pronoun, or a person/body/media/document noun), so "The meeting
underscores X" is not an attribution.

Limits: rules trust spaCy's ``en_core_web_sm`` parse (tags and dependencies only; no
lemmas, NER or coarse POS); a wrong attachment gives a wrong source or content boundary.
Passive agents, claim nouns, "In <poll>, C", "X seems to", "made it clear", stance predicates
("is a critic of"), light verbs ("raised questions about") and topic nouns ("criticism of") are in
:mod:`annotate.extract.families`; other nominal cues ("plan to", "charges that") and beliefs
without a complement are not covered. Transcript turns, dash sign-offs and
"Source: headline" titles are parser-free (:mod:`annotate.extract.quotes`).

This module holds the rule entry points: :func:`verb_cues` (each cue verb through :data:`VERB_FRAMES`),
:func:`according_to`, :func:`reportedly`, :func:`inquiry` and the quotation anchors :func:`bare_cues`. Their parts
are in :mod:`annotate.extract.candidate` (:class:`Candidate`, imported from here by the other rule modules),
:mod:`annotate.extract.extents` (where a content or source starts and ends), :mod:`annotate.extract.subjects` (who
the source is), :mod:`annotate.extract.frames` (cue verbs and their clause frames) and
:mod:`annotate.extract.object_frames`.
"""

from __future__ import annotations

from typing import Iterator

from annotate.extract.candidate import Candidate
from annotate.extract.extents import (
    CLAUSE_BREAKS, SUBJECT_DEPS, _nominal, _to_sentence_end, _verbal, content_range, content_range_from, source_range,
    subtree_without,
)
from annotate.extract.frames import (
    _cue_range, _cue_token, _verb_cue, as_parenthetical, clause, clause_after_object, final_cue, inverted_parenthetical,
    misparsed_report, object_clause, parenthetical, passive_as_saying, verb_claim_noun,
)
from annotate.extract.lexicons import (
    CLAUSE_FORMS, CUE_FORMS, INQUIRY_FORMS, PARTICIPLE_CUES, QUESTION_OPENERS, REPORTEDLY, SPEECH_FORMS,
)
from annotate.extract.object_frames import (
    object_topic, relative_object, verb_object, verb_predicate, verb_prep_object, verb_xcomp,
)
from annotate.extract.registry import OTHER, Rule, SPEECH, declare, rule
from annotate.extract.spans import largest_run, runs, token_range
from annotate.extract.subjects import _climb_subject, _cue_subject, agentive, subject_of
from annotate.extract.tokens import children, kids, sentence, words

#: The frames of a cue verb, tried in order; the first that claims the cue ends the search.
VERB_FRAMES = (
    clause_after_object, object_clause, as_parenthetical, inverted_parenthetical, clause, parenthetical, final_cue,
    verb_claim_noun, object_topic,
    verb_object, verb_predicate, verb_prep_object, verb_xcomp, relative_object, misparsed_report,
)


@rule()
def verb_cues(doc, base: int) -> Iterator[Candidate]:
    """Cue verbs with a subject and a complement clause, object or xcomp (one :data:`VERB_FRAMES` frame each)."""
    for tok in words(doc, CUE_FORMS):
        if not _cue_token(tok):
            continue
        if (yield from passive_as_saying(tok, base)):
            continue
        cue = _verb_cue(tok, base)
        if cue is None:
            continue
        for verb_frame in VERB_FRAMES:
            if (yield from verb_frame(cue)):
                break


@rule(Rule("according_to", priority=2, role=SPEECH), Rule("as_reported_by", priority=2, role=SPEECH))
def according_to(doc, base: int) -> Iterator[Candidate]:
    """"According to S, C" / "C, according to S" / "C, as reported by S"."""
    for tok in words(doc, ("according", "reported")):
        if tok.lower_ == "according":
            to = next((c for c in children(tok) if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
            if to is None:
                continue
            # "according to show/VB insiders": the source misparsed as a clause (pcomp)
            pobj = next((c for c_dep, c in kids(to) if c_dep == "pobj"), None) or next((c for c_dep, c in kids(to) if c_dep == "pcomp"), None)
            if pobj is None:
                continue
            # Not the whole subtree of "according" when the parser made it the head of the sentence.
            phrase = {tok.i} | {c.i for c in children(tok) if c.is_punct} | {t.i for t in to.subtree}
            cue = token_range([tok, to], base)
            rule = "according_to"
            citing = _citing_after(doc, max(phrase))
            if citing is not None:  # "According to X, citing Y, C": Y is the source, X the via outlet
                verb, pobj = citing
                phrase |= set(range(max(phrase) + 1, pobj.right_edge.i + 1))
                cue = token_range([tok, to, verb], base)
        elif tok.lower_ == "reported" and tok.i > 0 and doc[tok.i - 1].lower_ == "as":
            agent = next((c for c_dep, c in kids(tok) if c_dep == "agent"), None)
            pobj = next((c for c_dep, c in kids(agent) if c_dep == "pobj"), None) if agent is not None else None
            if pobj is None:
                continue
            phrase = {t.i for t in tok.subtree} | {tok.i - 1}
            cue = token_range([doc[tok.i - 1], tok, agent], base)
            rule = "as_reported_by"
        else:
            continue
        sent = sentence(tok)
        toks = _modified_clause_run(tok, sent, phrase) or largest_run([t for t in sent], phrase)
        if not any(_verbal(t) or _nominal(t) or t.tag_ in ("PRP", "CD") for t in toks):
            continue  # "According to MSNBC, basically.": no content
        rng = content_range_from(toks, base)
        if rng is None:
            continue
        src = token_range(subtree_without(pobj, ("relcl", "acl")), base)
        yield Candidate(rng, src, cue, "according_to", rule, tok.i)


def _modified_clause_run(tok, sent, phrase: set[int]) -> list:
    """Where an "according to X" phrase splits its sentence in two, the part that holds the verb the phrase hangs
    on (the first verb above "according" in the parse): "Trump leads by 15 points in Indiana, according to the
    50-state poll, and has a small lead in Ohio" reports the first part, not the longer conjunct after it; "The AP
    reported that, according to an analysis, 85 of the 154 meetings ..." the part after. Empty when the phrase
    leaves one part only, or no verb is found outside the phrase (the longest part is then the content).

    Limits: trusts the parser's attachment of the phrase; a phrase inside a relative clause gives the part that
    holds the relative clause's verb, with its antecedent cut off when that lies on the other side."""
    parts = runs(sent, phrase)
    if len(parts) < 2:
        return []
    verb = tok.head
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
        verb = verb.head
    if not verb.tag_.startswith("VB") or verb.i in phrase:
        return []
    return next((r for r in parts if r[0].i <= verb.i <= r[-1].i), [])


def _citing_after(doc, last: int):
    """``(citing, its object)`` right after an "according to X" phrase ending at token ``last``."""
    i = last + 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if i >= len(doc) or doc[i].lower_ != "citing":
        return None
    obj = next((c for c in doc[i].children if c.dep_ in ("dobj", "pobj")), None)
    if obj is None and i + 1 < len(doc):
        obj = doc[i + 1]
    return (doc[i], obj) if obj is not None else None


# Dependencies of a word "reportedly" may hang on whose subtree is no clause: an auxiliary, an adjectival participle.
FRAGMENT_HEAD_DEPS = frozenset({"aux", "auxpass", "amod"})


@rule(Rule("reportedly", priority=0, role=OTHER))
def reportedly(doc, base: int) -> Iterator[Candidate]:
    """Bare "reportedly": the clause it modifies, with no source.

    Limits: only a clause's verb is read; "reportedly" on a noun ("including - allegedly - groups like ISIS"), an
    auxiliary ("who reportedly has been itching": the parse gives "has been") or a participle used as an adjective
    gives nothing, since its subtree is a fragment."""
    for tok in words(doc, REPORTEDLY):
        if tok.dep_ == "advmod" and tok.head.tag_.startswith("VB") and tok.head.dep_ not in FRAGMENT_HEAD_DEPS:
            rng = content_range_from([t for t in tok.head.subtree if t.i != tok.i], base)
            if rng:
                yield Candidate(rng, None, token_range([tok], base), "indirect", "reportedly", tok.i)


HAVE_FORMS = frozenset("have has had having 've 'd".split())


def _question_clause(verb):
    """The indirect question a verb takes: a clause after it (no comma between) opened by "whether", "if" or a
    wh-word, with a subject of its own ("whether he would run", "if she had been told", "who was responsible")."""
    doc = verb.doc
    for c_dep, c in kids(verb):
        if c.i <= verb.i or c_dep not in ("ccomp", "advcl", "xcomp") or not _verbal(c):
            continue
        first = c.left_edge
        if first.lower_ not in QUESTION_OPENERS or any(t.text in CLAUSE_BREAKS for t in doc[verb.i + 1:first.i]):
            continue
        if any(k_dep in SUBJECT_DEPS + ("expl",) for k_dep, k in kids(c)):
            return c
    return None


@rule(Rule("inquiry", priority=4, role=SPEECH))
def inquiry(doc, base: int) -> Iterator[Candidate]:
    """"S asked whether C", "Asked if C, S said ...", "S was asked why C", "..., wondering how C": an inquiry verb
    (Levin 37.1.2) whose complement is an indirect question. Content: from the question word to the end of its
    clause. Source: the asker (the subject of an active verb, of the clause a participle hangs from, or the
    controller of "to ask"), else the agent of a passive ("was asked by a reporter whether C"), else none: the
    one asked is not the source, and PolNeAR leaves an unnamed asker out ("Asked whether C, Trump said ...").

    Limits: questions in quote marks are quotations; "asked about X" is :func:`annotate.extract.families.asked_about`;
    a question with no subject of its own ("asked whether to run") is not covered."""
    for tok in words(doc, INQUIRY_FORMS):
        if not tok.tag_.startswith("VB") or tok.dep_ in ("amod", "aux", "auxpass"):
            continue
        comp = _question_clause(tok)
        if comp is None:
            continue
        perfect = any(c_dep == "aux" and c.lower_ in HAVE_FORMS for c_dep, c in kids(tok))
        # "Asked/VBD what C, S said", "when asked/VBD how C": a subjectless participle clause tagged as a past tense
        participle_clause = tok.tag_ == "VBD" and tok.dep_ == "advcl" and subject_of(tok) is None
        if (tok.tag_ == "VBN" or participle_clause) and not perfect:  # passive or a participle clause: the subject, if any, is the one asked
            agent = next((c for c_dep, c in kids(tok) if c_dep == "agent"), None)
            pobj = next((c for c_dep, c in kids(agent) if c_dep == "pobj"), None) if agent is not None else None
            source = source_range(pobj, base) if pobj is not None else None
        else:
            participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
            subj = _cue_subject(tok, participle)
            if subj is None or subj.lower_ in ("there", "what", "which", "that", "it"):
                continue
            source = source_range(subj, base)
        toks = _to_sentence_end(comp)
        if tok.i < tok.head.i:  # "Asked whether C, S said ...": the question ends with its own clause
            toks = list(doc[comp.left_edge.i:_fronted_end(tok, comp)])
        rng = content_range(comp, base, toks=toks)
        if rng is not None:
            yield Candidate(rng, source, _cue_range(tok, base), "indirect", "inquiry", tok.i)


def _fronted_end(tok, comp) -> int:
    """Where the question of a fronted inquiry clause ("Asked if it had appeared he was encouraging violence with his
    initial statement, Trump replied, ...") ends: before the subject of the clause it hangs from (or of a clause
    above it), when a comma comes right before that subject (the parser may hang the question's last words on the
    main verb); else after the question's own subtree. Limits: an aside between the question and the subject ("Asked
    X, in an interview, Trump said") stays in the question, and the breaks of ``_to_sentence_end`` are not read
    there."""
    doc = tok.doc
    head = tok.head
    while True:  # the parser may hang the participle on a verb of the question itself: climb to the main clause
        subj = next((c for c_dep, c in kids(head) if c_dep in SUBJECT_DEPS and c.i > comp.right_edge.i), None)
        if subj is not None and doc[subj.left_edge.i - 1].text == ",":
            return subj.left_edge.i - 1
        if head.head.i == head.i:
            return comp.right_edge.i + 1
        head = head.head


# Anchors only: a bare cue never becomes a statement by itself.
declare(Rule("bare", priority=0, role=OTHER))


def bare_cues(doc, base: int) -> Iterator[Candidate]:
    """Every speech verb with a subject (other clause verbs with an agentive one), complement or not:
    anchors for quotations."""
    for tok in words(doc, CLAUSE_FORMS):
        if tok.tag_.startswith("VB") and tok.dep_ not in ("amod", "aux", "auxpass"):
            subj = subject_of(tok)
            if subj is None and tok.lower_ in PARTICIPLE_CUES:
                subj = _climb_subject(tok)
            if subj is not None and (tok.lower_ in SPEECH_FORMS or agentive(subj)):  # '"Q?" Vitter demanded.'
                cue = _cue_range(tok, base)
                yield Candidate(cue, source_range(subj, base), cue, "direct", "bare", tok.i)


# Past forms of naming verbs the tagger reads as a participle on the noun before them when object and predicate
# follow ("One lawmaker called/VBN Trump "the orange prince ..."", "Beruff, a Scott ally, called Florida's standards
# "strong."").
NAMING_PAST_FORMS = frozenset(("called", "dubbed", "labeled", "labelled", "branded", "termed", "nicknamed"))


@rule()
def naming_participle(doc, base: int) -> Iterator[Candidate]:
    """"One lawmaker called Trump "the orange prince of American self-publicity."": a verb of
    :data:`NAMING_PAST_FORMS` parsed as a participle (``acl``) on a subject noun before it, read as the clause verb
    it is when an object of at least one word and then an opening quote mark follow in its sentence. Source: the
    noun's phrase up to the verb (from the verbless root's phrase when the noun is not the subject); content: from
    the verb's next word to the quotation's closing mark (the ``verb_predicate`` statement the active parse gives).

    Limits: the noun must be the sentence's root or a subject, or the sentence's root no verb ("Stuart Stevens,
    who served ... during the 2012 campaign, called X "childish.""), and the verb must have no "by" agent or
    auxiliary; a noun or pronoun must come before the quotation (the object);
    the words between verb and quotation may hold commas but no verb or other break; a reduced relative with two
    noun phrases after it ("a group called its rally the "Freedom Fest"") is read as naming too; the content stops
    at the closing mark, so a clause after the quotation ("a "rush to judgment," because ...") is left out."""
    for tok in words(doc, NAMING_PAST_FORMS):
        head = tok.head
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or head.i > tok.i or not _nominal(head):
            continue
        if any(c_dep in ("agent", "aux", "auxpass") for c_dep, c in kids(tok)):
            continue
        sent, root = sentence(tok), head
        while root.head.i != root.i:
            root = root.head
        if head.dep_ not in ("ROOT", "nsubj") and root.tag_.startswith("VB"):
            continue  # the sentence has its clause verb elsewhere: a reduced relative ("an event called X")
        opening = next((t for t in doc[tok.i + 2:sent.end] if t.is_quote), None)
        if opening is None or opening.tag_ != "``":
            continue
        between = doc[tok.i + 1:opening.i]
        if not any(t.tag_.startswith("NN") or t.tag_ == "PRP" for t in between):
            continue  # "a group called the "We The People Foundation."": a name, not an object and its predicate
        if any(t.tag_.startswith("VB") or t.tag_ == "MD" or (t.is_punct and t.text in CLAUSE_BREAKS and t.text != ",")
               for t in between):
            continue
        closing = next((t for t in doc[opening.i + 1:min(len(doc), sent.end + 2)] if t.is_quote), None)
        end = closing.i if closing is not None else sent.end - 1
        content = content_range_from(list(doc[tok.i + 1:end + 1]), base)
        start = head.left_edge.i if head.dep_ in ("ROOT", "nsubj") else root.left_edge.i
        source = token_range([t for t in doc[start:tok.i] if not t.is_punct or t.i < tok.i - 1], base)
        if content is None or source is None:
            continue
        yield Candidate(content, source, _cue_range(tok, base), "indirect", "verb_predicate", tok.i)
