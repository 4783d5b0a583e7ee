"""Dependency rules over one spaCy-parsed paragraph: cue -> source -> content.

Each rule is a generator over a parsed ``doc`` (text starting at article offset
``base``) yielding :class:`Candidate` objects with article offsets. Quotations are
joined to these candidates afterwards (see :mod:`annotate.extract.attach`).

Limits: rules trust spaCy's ``en_core_web_sm`` parse; a wrong attachment gives a wrong
source or content boundary. Nominal cues ("in a statement"), colon and dash cues of
interview transcripts, and beliefs without a complement clause are not covered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator, Optional

from annotate.extract.lexicons import (
    CLAIM_NOUNS,
    CUE_FORMS,
    OBJECT_FORMS,
    PHRASAL_CUES,
    PARTICIPLE_CUES,
    PASSIVE_FRAMES,
    REPORTEDLY,
    SPEECH_FORMS,
    XCOMP_FORMS,
)
from annotate.extract.spans import largest_run, token_range

Range = tuple[int, int]

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Children of a source head dropped from the source mention (relative clauses, participles).
SOURCE_DROP_DEPS = ("relcl", "acl", "punct", "cc", "advmod")
CLAUSE_DEPS = ("ccomp",)
CONTENT_DROP_START = ("punct", "cc")
# Clauses under these marks are hypothetical, not reported ("if the government wants to ...").
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})


@dataclass(frozen=True)
class Candidate:
    content: Range
    source: Optional[Range]
    cue: Optional[Range]
    kind: str
    rule: str
    cue_i: Optional[int] = None  # token index of the cue head in its doc

    def with_(self, **changes) -> "Candidate":
        return replace(self, **changes)


def _subtree(tok, drop: tuple[str, ...] = ()) -> list:
    out = [tok]
    for child in tok.children:
        if child.dep_ in drop:
            continue
        out.extend(child.subtree)
    return out


def source_range(head, base: int) -> Optional[Range]:
    """The source mention headed by ``head``: its subtree without relative clauses."""
    return token_range(_subtree(head, SOURCE_DROP_DEPS if head.pos_ in ("NOUN", "PROPN") else ("punct",)), base)


def _nested_cut(head) -> Optional[int]:
    """Index where a nested participle cue (", saying C'") starts inside ``head``'s clause."""
    for tok in head.subtree:
        if tok is not head and tok.i > head.i and tok.lower_ in PARTICIPLE_CUES and tok.dep_ in ("advcl", "xcomp", "conj"):
            cut = tok.left_edge.i
            doc = tok.doc
            while cut > head.i and doc[cut - 1].is_punct:
                cut -= 1
            return cut
    return None


def content_range(head, base: int, skip: Optional[set[int]] = None, toks: Optional[list] = None) -> Optional[Range]:
    """The clause headed by ``head`` minus leading 'that'/punctuation, nested participle cues and ``skip`` tokens."""
    toks = sorted(head.subtree if toks is None else toks, key=lambda t: t.i)
    cut = _nested_cut(head)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
    if skip:
        toks = largest_run(toks, skip)
    while toks and (toks[0].lower_ == "that" or toks[0].dep_ in CONTENT_DROP_START) and toks[0].head.i >= toks[0].i:
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return token_range(toks, base)


def _object_tokens(verb, obj) -> list:
    """The object and the complements right of it ("blamed Hamas for the failure")."""
    toks = list(obj.subtree)
    for child in verb.children:
        if child.i > obj.i and child.dep_ in ("prep", "oprd", "advcl", "xcomp", "ccomp", "dative", "acomp", "npadvmod"):
            if any(t.is_punct and t.text == "," for t in verb.doc[obj.right_edge.i + 1:child.i]):
                break
            toks.extend(child.subtree)
    return toks


def _that_clause(verb):
    """A 'that' clause misattached below the verb's modifier ("stated during a conference that C")."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("prep", "npadvmod", "dobj", "dative"):
            continue
        for tok in child.subtree:
            if tok.dep_ in ("relcl", "acl", "ccomp") and tok.left_edge.lower_ == "that" and tok.left_edge.tag_ in ("IN", "WDT"):
                if tok.head.lower_ not in CLAIM_NOUNS:
                    return tok
    return None


def _to_sentence_end(comp) -> list:
    """From the complement's left edge to the end of its sentence (news content runs to the full stop)."""
    doc = comp.doc
    end = comp.sent.end
    return [doc[i] for i in range(comp.left_edge.i, end)]


def _from_sentence_start(comp, stop: int) -> list:
    """From the sentence start to just before the source/cue at ``stop`` ("C, S said")."""
    doc = comp.doc
    return [doc[i] for i in range(comp.sent.start, stop)]


def _subject(verb):
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _climb_subject(tok):
    """Subject of the clause a participle or conjunct hangs from ("S denied X, saying C")."""
    node = tok
    for _ in range(6):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and tok.dep_ == "acl" and node is tok.head:
            return node  # "a statement saying C": the noun is the source
        subj = _subject(node)
        if subj is not None and (node.lower_ in CUE_FORMS or node.dep_ == "ROOT"):
            return subj
    return _subject(node)


def _cue_range(tok, base: int, extra=()) -> Range:
    toks = [tok, *extra]
    toks += [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "prt") and c.i < tok.i and c.i >= tok.i - 3]
    return token_range(toks, base)


def verb_cues(doc, base: int) -> Iterator[Candidate]:
    """Cue verbs with a subject and a complement clause, object or xcomp."""
    for tok in doc:
        form = tok.lower_
        if form not in CUE_FORMS or not tok.tag_.startswith("VB") or tok.dep_ in ("amod", "aux", "auxpass"):
            continue
        if form == "saying" and tok.head.lower_ == "as" and tok.head.head.lower_ in PASSIVE_FRAMES:
            frame = tok.head.head  # "S was cited by Y as saying C"
            subj = _subject(frame)
            comp = next((c for c in tok.children if c.dep_ in CLAUSE_DEPS), None)
            if subj is not None and comp is not None:
                aux = [c for c in frame.children if c.dep_ in ("auxpass", "aux")]
                cue = token_range([*aux, frame, tok], base)
                yield Candidate(content_range(comp, base), source_range(subj, base), cue, "indirect", "passive_as_saying", tok.i)
            continue
        subj = _subject(tok)
        participle = form in PARTICIPLE_CUES and tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
        if subj is None and (participle or tok.dep_ == "conj"):
            subj = _climb_subject(tok)
        if subj is None or subj.lower_ in ("it", "there", "which", "that", "what"):
            continue
        if subj.lower_ == "you" and form == "know":
            continue  # the filler "you know"
        if subj.lower_ == "who" and tok.dep_ == "relcl":
            subj = tok.head
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            continue
        src = source_range(subj, base)
        comp = next((c for c in tok.children if c.dep_ in CLAUSE_DEPS), None)
        if comp is None and form in SPEECH_FORMS:
            comp = _that_clause(tok)
        if comp is not None and form in SPEECH_FORMS:
            if not any(c.dep_ in SUBJECT_DEPS + ("expl",) for c in comp.children) or tok.sent.text.rstrip(" \"”'’").endswith("?"):
                continue  # a subjectless fragment ("which they say could ...") or a question ("Do you think ...?")
            if comp.i > tok.i:
                rule = "participle" if participle else "said_clause"
                rng = content_range(comp, base, toks=_to_sentence_end(comp))
            else:
                rule = "clause_said"
                rng = content_range(comp, base, toks=_from_sentence_start(comp, min(subj.left_edge.i, tok.i)))
            yield Candidate(rng, src, _cue_range(tok, base), "indirect", rule, tok.i)
            continue
        if tok.dep_ == "parataxis" and form in SPEECH_FORMS and tok.head.pos_ in ("VERB", "AUX"):
            before = [t for t in tok.head.subtree if t.i < tok.left_edge.i]
            if any(t.dep_ in SUBJECT_DEPS for t in before) and any(t.pos_ in ("VERB", "AUX") for t in before):
                toks = before  # a complete clause before the parenthetical stands alone
            else:
                toks = list(tok.head.subtree)  # "The museum, he said, is ...": the whole sentence
            rng = content_range_from(toks, base)
            if rng:
                yield Candidate(rng, src, _cue_range(tok, base), "indirect", "parenthetical", tok.i)
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in CLAIM_NOUNS:
            clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > obj.i), None)
            if clause is not None and any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children):
                yield Candidate(content_range(clause, base), src, token_range([tok, obj], base), "indirect", "verb_claim_noun", tok.i)
                continue
        if obj is not None and form in OBJECT_FORMS and form not in ("told", "tell", "tells", "telling"):
            rng = content_range(obj, base, toks=_object_tokens(tok, obj))
            yield Candidate(rng, src, _cue_range(tok, base), "indirect", "verb_object", tok.i)
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and (form, c.lower_) in PHRASAL_CUES), None)
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is not None:
            yield Candidate(content_range(pobj, base), src, token_range([tok, prep], base), "indirect", "verb_prep_object", tok.i)
            continue
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
        if xcomp is not None and form in XCOMP_FORMS:
            yield Candidate(content_range(xcomp, base), src, _cue_range(tok, base), "indirect", "verb_xcomp", tok.i)


def content_range_from(toks, base: int) -> Optional[Range]:
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return token_range(toks, base)


def according_to(doc, base: int) -> Iterator[Candidate]:
    """"According to S, C" / "C, according to S" / "C, as reported by S"."""
    for tok in doc:
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
            if to is None:
                continue
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
            cue = token_range([tok, to], base)
            rule = "according_to"
        elif tok.lower_ == "reported" and tok.i > 0 and doc[tok.i - 1].lower_ == "as":
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is None:
                continue
            phrase = {t.i for t in tok.subtree} | {tok.i - 1}
            cue = token_range([doc[tok.i - 1], tok, agent], base)
            rule = "as_reported_by"
        else:
            continue
        sent = tok.sent
        toks = largest_run([t for t in sent], phrase)
        rng = content_range_from(toks, base)
        if rng is None:
            continue
        src = token_range(_subtree(pobj, ("relcl", "acl")), base)
        yield Candidate(rng, src, cue, "according_to", rule, tok.i)


def reportedly(doc, base: int) -> Iterator[Candidate]:
    """Bare "reportedly": the clause it modifies, with no source."""
    for tok in doc:
        if tok.lower_ in REPORTEDLY and tok.dep_ == "advmod":
            rng = content_range_from([t for t in tok.head.subtree if t.i != tok.i], base)
            if rng:
                yield Candidate(rng, None, token_range([tok], base), "indirect", "reportedly", tok.i)


def bare_cues(doc, base: int) -> Iterator[Candidate]:
    """Every speech verb with a subject, complement or not: anchors for quotations."""
    for tok in doc:
        if tok.lower_ in SPEECH_FORMS and tok.tag_.startswith("VB") and tok.dep_ not in ("amod", "aux", "auxpass"):
            subj = _subject(tok)
            if subj is None and tok.lower_ in PARTICIPLE_CUES:
                subj = _climb_subject(tok)
            if subj is not None:
                cue = _cue_range(tok, base)
                yield Candidate(cue, source_range(subj, base), cue, "direct", "bare", tok.i)


RULES = (verb_cues, according_to, reportedly)


def candidates(doc, base: int) -> Iterator[Candidate]:
    """All rule candidates of one parsed paragraph."""
    for rule in RULES:
        for cand in rule(doc, base):
            if cand.content is not None:
                yield cand
