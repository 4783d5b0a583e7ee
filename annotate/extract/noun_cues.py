"""Attribution families whose cue is a noun or a prepositional verb rather than a cue verb with a
clause, each a generator over one parsed paragraph yielding :class:`~annotate.extract.rules.Candidate`
objects, declared with :mod:`annotate.extract.registry`.

- ``referring_to``: "S said, referring to X", "S was referring to X" (content: the object of "to";
  source: the subject of "refer" or of the clause the participle hangs from).
- ``cue_noun``: "criticism of X", "her warning that C", "Trump's endorsement of X" (content: the
  noun's complement; source: the possessor or the "by" agent, else none).
- ``see_as``: "S sees X as Y", "Voters saw it as a betrayal" (content: X through the "as" phrase;
  source: the subject).

Limits: rules trust the parse (tags and dependencies only); lexicons are the named constants
of :mod:`annotate.extract.noun_lexicons`. Nouns of intention ("her decision to V") and expectations ("X is
expected to V") are not covered: both lower the seeds score (docs/experiments-extraction.md); other passive
beliefs and judgements ("X is said to V", "X is seen as Y") are :mod:`annotate.extract.families`'
``passive_belief`` and ``passive_as``.
"""

from __future__ import annotations

from typing import Iterator

from annotate.extract.lexicons import CUE_FORMS, LIGHT_VERBS
from annotate.extract.noun_lexicons import CUE_NOUN_PREPS, CUE_NOUNS, REFER_FORMS, SEE_FORMS
from annotate.extract.registry import MINOR, Rule, rule
from annotate.extract.rules import Candidate, agentive, content_range_from, source_range, subject_of, trim_appended
from annotate.extract.spans import token_range
from annotate.extract.tokens import children, kids, words


def _clause_subject(tok):
    """The subject of ``tok``, or of the clause a subjectless participle or conjunct hangs from
    ("Ramos said, referring to X": Ramos)."""
    subj = subject_of(tok)
    if subj is None and tok.dep_ in ("advcl", "xcomp", "conj", "acl") and tok.tag_ in ("VBG", "VBN", "VB"):
        subj = subject_of(tok.head)
    return subj


@rule(Rule("referring_to", priority=1, role=MINOR))
def referring_to(doc, base: int) -> Iterator[Candidate]:
    """"S said, referring to X", "S was referring to X": a form of "refer" with a "to" object. Content: the
    object; source: the subject (of "refer" or of the clause it hangs from), a person, body or document.

    Limits: passives ("X was referred to as Y") and "in reference to" are not covered."""
    for tok in words(doc, REFER_FORMS):
        if not tok.tag_.startswith("VB") or any(c_dep == "auxpass" for c_dep, c in kids(tok)):
            continue
        prep = next((c for c_dep, c in kids(tok) if c_dep == "prep" and c.lower_ == "to" and c.i > tok.i), None)
        obj = next((o for o_dep, o in kids(prep) if o_dep in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None or obj.tag_ in ("WDT", "WP"):
            continue
        subj = _clause_subject(tok)
        if subj is None or not agentive(subj):
            continue
        content = content_range_from([t for t in trim_appended(prep) if t.i != prep.i], base)
        if content is None:
            continue
        aux = [c for c_dep, c in kids(tok) if c_dep in ("aux", "neg") and c.i < tok.i]
        yield Candidate(content, source_range(subj, base), token_range([*aux, tok, prep], base), "indirect", "referring_to", tok.i)


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


def _noun_complement(noun):
    """The content tokens and last cue token of a cue noun's complement right after it: an object of
    :data:`CUE_NOUN_PREPS`, a "to V" clause or a 'that' clause; (None, None) when there is none."""
    for c in children(noun):
        if c.i <= noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in CUE_NOUN_PREPS and c.i == noun.i + 1:
            obj = next((o for o_dep, o in kids(c) if o_dep in ("pobj", "pcomp")), None)
            if obj is None or obj.tag_ in ("WDT", "WP", "PRP"):
                return None, None
            return [t for t in trim_appended(c) if t.i != c.i], c
        if c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux":
            return list(c.subtree), noun
        if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
            if any(t.dep_ == "prep" and not any(True for _ in children(t)) for t in c.subtree):
                return None, None  # a relative clause read as a 'that' clause: "the proposal that nobody objected to"
            return [t for t in c.subtree if t.i != c.left_edge.i], noun
    return None, None


def _noun_holder(noun):
    """Who holds or voices ``noun``: its possessor ("the DNC's decision"), else its "by" object; None if neither."""
    poss = next((c for c_dep, c in kids(noun) if c_dep == "poss"), None)
    if poss is not None:
        return [t for t in poss.subtree if t.dep_ != "case" and t.text not in ("'s", "’s", "'", "’")]
    by = next((c for c_dep, c in kids(noun) if c_dep == "prep" and c.lower_ == "by" and c.i > noun.i), None)
    obj = next((o for o_dep, o in kids(by) if o_dep == "pobj"), None) if by is not None else None
    return trim_appended(obj) if obj is not None else None


@rule(Rule("cue_noun", priority=0, role=MINOR))
def cue_noun(doc, base: int) -> Iterator[Candidate]:
    """"criticism of X", "her warning that C", "their request to V", "opposition to X by S": a noun from
    :data:`CUE_NOUNS` with its complement right after it. Content: the complement; source: the possessor
    or the "by" agent, else none (PolNeAR annotates the noun's content without a source too).

    Limits: the complement must follow the noun directly; a noun that is the object of a cue or light verb
    ("raised concerns about") is left to those rules."""
    for tok in words(doc, CUE_NOUNS):
        if not tok.tag_.startswith("NN"):
            continue
        if tok.dep_ == "dobj" and (tok.head.lower_ in LIGHT_VERBS or tok.head.lower_ in CUE_FORMS):
            continue
        comp, last = _noun_complement(tok)
        if not comp:
            continue
        holder = _noun_holder(tok)
        content = content_range_from(comp, base)
        if content is None:
            continue
        source = token_range(holder, base) if holder else None
        yield Candidate(content, source, token_range([tok, last], base), "indirect", "cue_noun", tok.i)

