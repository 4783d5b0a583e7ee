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
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Generator, Iterator, Optional

from annotate.extract import source_lexicons
from annotate.extract.registry import MINOR, OTHER, SPEECH, Rule, declare, frame, rule
from annotate.extract.lexicons import (
    AGENT_PRONOUNS,
    CORE_OBJECT_FORMS,
    EVIDENCE_FORMS,
    CORE_XCOMP_FORMS,
    HUMAN_NOUNS,
    INSTRUMENT_FORMS,
    PUBLISH_FORMS,
    CLAIM_NOUNS,
    INQUIRY_FORMS,
    QUESTION_OPENERS,
    OBJECT_PREPS,
    CLAUSE_FORMS,
    CUE_FORMS,
    OBJECT_FORMS,
    OBJECT_TOPIC_FORMS,
    OBJECT_TOPIC_PREPS,
    PHRASAL_CUES,
    PARTICIPLE_CUES,
    PARTICLE_OBJECT_CUES,
    TOPIC_PARTICIPLES,
    OWN_CLAUSE_FORMS,
    PASSIVE_FRAMES,
    PERCEPTION_FORMS,
    PRED_OBJECT_FORMS,
    PREDICATE_FORMS,
    PUBLISH_OBJECT_FORMS,
    REPORTEDLY,
    SAY_FORMS,
    SPEECH_FORMS,
    SPEECH_OBJECT_FORMS,
    XCOMP_FORMS,
)
from annotate.extract.spans import largest_run, token_range
from annotate.extract.tokens import children, kids, per_token, sentence, texts, words

Range = tuple[int, int]

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Punctuation that ends a phrase before what follows it ("called him, ..."; "urged X -- to ...").
CLAUSE_BREAKS = (",", ";", "—", "--", "–")
# Children of a source head dropped from the source mention (relative clauses, participles).
SOURCE_DROP_DEPS = ("relcl", "acl", "punct", "cc", "advmod")
CLAUSE_DEPS = ("ccomp",)
CONTENT_DROP_START = ("punct", "cc")
# Clauses under these marks are hypothetical, not reported ("if the government wants to ...").
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Concessive clauses after a comma are the writer's, not the reported content ("C, although he ...").
CONCESSIVE_MARKS = frozenset({"although", "though", "whereas"})
# Words that set a second source's report against the first (", while 22 percent said C2").
CONTRAST_MARKS = frozenset({"while", "whereas"})


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


def _nominal(tok) -> bool:
    """A common or proper noun (from the fine-grained tag: the pipeline runs without the attribute ruler)."""
    return tok.tag_ in ("NN", "NNS", "NNP", "NNPS")


def _verbal(tok) -> bool:
    """A verb or auxiliary (any VB* or MD tag)."""
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def subtree_without(tok, drop: tuple[str, ...] = ()) -> list:
    out = [tok]
    for dep, child in kids(tok):
        if dep in drop:
            continue
        out.extend(child.subtree)
    return out


def source_range(head, base: int) -> Optional[Range]:
    """The source mention headed by ``head``: its subtree without relative clauses, nor a list
    set off by dashes ("The heads of the services — Barnea, Bar and Halevi — made it clear").
    Read once per token (verb cues, bare cues and families ask for the same subjects)."""
    memo = per_token(head.doc, "source_range")
    key = (head.i, base)
    found = memo.get(key, memo)
    if found is memo:
        found = memo[key] = _source_range(head, base)
    return found


def _source_range(head, base: int) -> Optional[Range]:
    toks = subtree_without(head, SOURCE_DROP_DEPS if _nominal(head) else ("punct",))
    doc = head.doc
    if head.dep_ == "csubj" and not _nominal(head):
        # A clause misparsed as the subject ("As X appears set to veto Y, Democratic nominee Hillary Clinton
        # disagrees with Z"): the noun phrase after its last comma is the source.
        commas = [t.i for t in doc[head.left_edge.i:head.right_edge.i + 1] if t.text == ","]
        tail = [t for t in toks if commas and t.i > commas[-1]]
        if any(_nominal(t) for t in tail):
            toks = tail
    for tok in list(toks):
        if tok.dep_ == "appos" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text in ("—", "--", "–"):
            drop = {t.i for t in tok.subtree} | {tok.left_edge.i - 1, tok.right_edge.i + 1}
            toks = [t for t in toks if t.i not in drop]
    return token_range(toks, base)


def _conjoined_speech(tok) -> bool:
    """A finite speech verb conjoined without its own subject ("C and says C'"): misparsed into the
    content clause, it belongs to the speaker's clause, so the content stops before it."""
    return (
        tok.dep_ == "conj" and tok.lower_ in SPEECH_FORMS and tok.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c_dep in SUBJECT_DEPS for c_dep, c in kids(tok))
    )


# Forms that can open a nested cue inside a content clause: participle cues and (conjoined) speech verbs.
_NESTED_FORMS = PARTICIPLE_CUES | frozenset(SPEECH_FORMS)


def _nested_cut(head) -> Optional[int]:
    """Index where a nested participle cue (", saying C'") or a conjoined speech verb ("C and says
    C'") starts inside ``head``'s clause."""
    # Only words of _NESTED_FORMS can start one: found through the word index, not by walking the subtree.
    found = [t for t in words(head.doc, _NESTED_FORMS) if t.i > head.i and head.is_ancestor(t)]
    if len(found) > 1:  # the first in subtree order wins
        found = [t for t in head.subtree if t.i > head.i and t.lower_ in _NESTED_FORMS]
    for tok in found:
        cut = _nested_cut_at(head, tok)
        if cut is not None:
            return cut
    return None


def _nested_cut_at(head, tok) -> Optional[int]:
    if tok.lower_ in PARTICIPLE_CUES and tok.dep_ in ("advcl", "xcomp", "conj"):
        cut = tok.left_edge.i
        doc = tok.doc
        if cut == 0 or not doc[cut - 1].is_punct:
            return None  # "expects the campaign to continue calling out ...": not a nested cue
        while cut > head.i and doc[cut - 1].is_punct:
            cut -= 1
        return cut
    if _conjoined_speech(tok):
        cut = tok.left_edge.i
        doc = tok.doc
        while cut > head.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
            cut -= 1
        return cut
    return None


def content_range(head, base: int, skip: Optional[set[int]] = None, toks: Optional[list] = None) -> Optional[Range]:
    """The clause headed by ``head`` minus leading 'that'/punctuation, trailing punctuation and whitespace, nested
    participle cues and ``skip`` tokens."""
    toks = sorted(head.subtree if toks is None else toks, key=lambda t: t.i)
    cut = _nested_cut(head)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
    if skip:
        toks = largest_run(toks, skip)
    while toks and (toks[0].lower_ == "that" or toks[0].dep_ in CONTENT_DROP_START) and toks[0].head.i >= toks[0].i:
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return token_range(toks, base)


# Prepositions whose phrase on a cue verb tells when, where or why the cue happened, never what was said.
CIRCUMSTANCE_PREPS = frozenset("during since until till before after at throughout amid amidst because despite".split())
# Heads of a phrase "in/on <noun>" that is the occasion, medium or time of the cue ("attacked X in early-morning
# tweets", "cited the figure at a forum", "endorsed one in July") rather than part of the content.
CIRCUMSTANCE_NOUNS = frozenset(
    """
    tweet tweets post posts interview interviews statement statements speech speeches remarks remark article
    articles op-ed column editorial ruling rulings letter letters email emails video videos ad ads book memoir
    debate debates forum forums rally rallies event events hearing hearings meeting meetings conference
    broadcast show program appearance testimony filing filings report reports call calls message messages
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december morning afternoon evening night day days week weeks month
    months year years weekend past time times occasion moment
    """.split()
)


def _circumstance(prep) -> bool:
    """True for a prepositional phrase on a cue verb that is a circumstance of the cue (time, place,
    occasion, medium: "in a ruling released Thursday", "during the debates", "since Monday"), which the
    content leaves out; other phrases after the object belong to it ("reported its smallest profit in 17 years")."""
    if prep.lower_ in CIRCUMSTANCE_PREPS:
        return True
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.tag_ == "NNS" and any(c.dep_ == "nummod" for c in pobj.children):
        return False  # "its smallest profit in 17 years": a stretch of time measured, not the cue's date
    return pobj is None or pobj.lower_ in CIRCUMSTANCE_NOUNS or pobj.like_num or pobj.tag_ == "NNP" and prep.lower_ in ("in", "on")


def _clausal_phrase(prep) -> bool:
    """A preposition whose object is a clause or adjective phrase (``pcomp``: "in supporting the war", "on
    “knuckleheaded Democratic politicians”" misparsed) and which is not one of :data:`CIRCUMSTANCE_PREPS` ("before
    backing X"): after a verb's object it belongs to the content ("questioning X's judgment in supporting the war")."""
    return prep.lower_ not in CIRCUMSTANCE_PREPS and any(c.dep_ == "pcomp" for c in prep.children)


def _broken(span) -> bool:
    """A punctuation mark of :data:`CLAUSE_BREAKS` in ``span`` (tokens between two parts of a phrase)."""
    return any(t.is_punct and t.text in CLAUSE_BREAKS for t in span)


def _object_tokens(verb, obj, adjuncts: bool = True) -> list:
    """The object and the complements right of it ("blamed Hamas for the failure", "likened RT to the BBC").

    Other prepositional phrases on the verb after the object join it ("reported its smallest profit in 17
    years"), unless a comma or dash comes between the object and the phrase's first word (a comma inside the
    phrase does not count: "called him a kind, loving and admirable person"). A phrase with a clause for its object
    joins too (:func:`_clausal_phrase`: "questioning X's judgment in supporting the war"). Left out: a relative clause or
    apposition after a comma or dash ("..., which ..."), and circumstances of the cue: time, place, occasion,
    reason ("attacked Machado in early-morning tweets", "during the debate": :func:`_circumstance`).
    ``adjuncts=False``: only the predicates and :data:`OBJECT_PREPS` phrases ("described it as a ploy").
    """
    toks = trim_appended(obj)
    if obj.right_edge.i + 1 == sentence(obj).end and _sentence_end(obj) > sentence(obj).end:
        return toks + list(verb.doc[sentence(obj).end:_sentence_end(obj)])  # a misparsed sentence break
    for dep, child in kids(verb):
        if child.i > obj.i and dep == "conj" and _coordinated_object(child):
            toks.extend(t for t in verb.doc[obj.right_edge.i + 1:child.right_edge.i + 1])
            continue
        as_predicate = (
            dep == "advcl" and child.left_edge.lower_ == "as" and child.left_edge.i > obj.right_edge.i
            and child.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(k_dep == "agent" for k_dep, k in kids(child))
        )  # not "as Trump consolidates X" (a time clause) nor "as shown by X"
        if child.i > obj.i and (dep in ("prep", "oprd", "xcomp", "ccomp", "dative", "acomp") or as_predicate):
            # as_predicate: "described her as likable", "portray Sanders as focused on X" (parsed as an adverbial clause)
            if dep == "prep" and child.lower_ not in OBJECT_PREPS and (not adjuncts or _circumstance(child) and not _clausal_phrase(child)):
                continue
            if _broken(verb.doc[obj.right_edge.i + 1:child.left_edge.i]):
                break
            toks.extend(child.subtree)
    return toks


def _coordinated_object(conj) -> bool:
    """A second object misparsed as a conjunct of the verb ("emphasized fairness, and a need to
    ...", "mentioned refinancing loans and forcing universities to ..."): a noun or an "-ing"
    form with no subject of its own, joined by "and"/"or"."""
    if any(c_dep in SUBJECT_DEPS for c_dep, c in kids(conj)):
        return False
    if not (_nominal(conj) or conj.tag_ == "VBG") or conj.lower_ in CUE_FORMS:
        return False
    doc = conj.doc
    return conj.i > 0 and (doc[conj.left_edge.i - 1].lower_ in ("and", "or") or doc[conj.i - 1].lower_ in ("and", "or"))


def trim_appended(head) -> list:
    """``head``'s subtree without relative clauses and appositions set off by a comma or dash."""
    doc = head.doc
    drop: set[int] = set()
    for tok in head.subtree:
        if tok.dep_ in ("relcl", "appos", "acl") and tok.i > head.i and tok.left_edge.i > 0:
            before = doc[tok.left_edge.i - 1]
            if before.text in (",", "—", "--", "–", "(", ";"):
                drop.update(t.i for t in tok.subtree)
                drop.add(before.i)
    return [t for t in head.subtree if t.i not in drop]


def _that_clause(verb):
    """A 'that' clause misattached below the verb's modifier ("stated during a conference that C")."""
    for dep, child in kids(verb):
        if child.i < verb.i or dep not in ("prep", "npadvmod", "dobj", "dative"):
            continue
        for tok in child.subtree:
            if tok.dep_ in ("relcl", "acl", "ccomp") and tok.left_edge.lower_ == "that" and tok.left_edge.tag_ in ("IN", "WDT"):
                if tok.head.lower_ in CLAIM_NOUNS:
                    continue
                if tok.dep_ == "relcl" and tok.left_edge.dep_ in SUBJECT_DEPS and tok.left_edge.head == tok:
                    continue  # "stressed her support of the raid that killed X": a relative clause, not C
                if tok.dep_ == "ccomp" and tok.head.lower_ in CUE_FORMS and subject_of(tok.head) is not None:
                    continue  # "quoted sources, who said that C": the nested cue owns its clause
                return tok
    return None


_CLAUSE_BREAKS = frozenset((",", "—", "--", "–"))
_CLOSING_QUOTE_TOKENS = frozenset(('"', "''", "”", "’"))


def _quote_comma(text_of: list, i: int) -> bool:
    """A comma closed inside a quotation just before token ``i`` ('... "influence peddling," The Post reported')."""
    return i >= 2 and text_of[i - 1] in _CLOSING_QUOTE_TOKENS and text_of[i - 2] == ","


def _to_sentence_end(comp) -> list:
    """From the complement's left edge to the end of its sentence (news content runs to the full stop),
    stopping at a semicolon or at a new clause of the cue's own sentence after the complement
    (", but he said ...", "— and he noted ...", ", implicitly putting ...", ", as has X": :func:`_comparison_after`)."""
    doc = comp.doc
    end = _sentence_end(comp)
    cue = comp.head
    if cue.dep_ in ("relcl", "acl") and cue.right_edge.i < sentence(cue).end - 1:
        end = min(end, cue.right_edge.i + 1)  # "Mr. Obama, who understood that C, told ...": C ends with the relative clause
    fronted = _fronted_clause(cue)
    if fronted is not None:  # "As Obama announces that C, he is set to ...": C ends with the fronted clause
        end = min(end, fronted.right_edge.i + 1)
    text_of = texts(doc)
    right = comp.right_edge.i
    for i in range(comp.left_edge.i + 1, end):
        if text_of[i] == ";":
            end = i
            break
        stop = _clause_break(doc, text_of, i, cue, end, comparison=True) if i > comp.i else None
        if stop is not None:
            end = stop
            break
        if i <= right:
            continue
        tok = doc[i]
        if tok.head == cue and doc[i - 1].text == "," and tok.dep_ not in ("punct", "cc", "conj", "ccomp"):
            end = i - 1  # ", especially given ...", ", in an interview": the cue's own modifier
            break
        if tok.head == cue and tok.dep_ in ("cc", "conj", "advcl", "parataxis", "npadvmod"):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if tok.dep_ == "cc" and not (nxt is not None and nxt.head == cue and nxt.dep_ == "conj"):
                continue
            end = i
            break
    return [doc[i] for i in range(comp.left_edge.i, end)]


def _clause_break(doc, text_of: list, i: int, cue, end: int, comparison: bool = False) -> Optional[int]:
    """Where a content of ``cue`` ending before ``end`` stops at token ``i`` after a comma or dash (or a comma closed
    inside a quotation); other tokens are not looked at: at ``i`` for a new clause (:func:`_new_clause_at`), before
    the comma for a trailing relative clause, a second attribution or "according to" (and, with ``comparison``, the
    writer's ", as has X": :func:`_comparison_after`); None when the content goes on."""
    if not (text_of[i - 1] in _CLAUSE_BREAKS or _quote_comma(text_of, i)):
        return None
    tok = doc[i]
    if _new_clause_at(tok):
        return i
    if _trailing_relative(tok, end) or _second_attribution(tok, cue, end) or _according_after(tok):
        return i - 1
    if comparison and _comparison_after(tok):
        return i - 1
    return None


def _fronted_clause(cue):
    """The adverbial clause holding ``cue`` (the cue itself or a clause above it) that stands before the verb it
    modifies ("When Trump suggested that C, Rubio fired back", "As Obama announces that C, he is set to ..."), else
    None: the main clause after it is the writer's, not part of C."""
    tok = cue
    while tok.head.i != tok.i:
        if tok.dep_ == "advcl" and tok.head.i > tok.right_edge.i:
            return tok
        tok = tok.head
    return None


def _second_attribution(tok, cue, end: int) -> bool:
    """A new attribution after a comma or dash inside a content clause: another source's cue verb with its
    own subject (", Lewandowski said he ...", ", he clarified that ...", ", while 22 percent said ...":
    :data:`CONTRAST_MARKS`; ", and three-quarters said ...": a lower-case "and" / "but" after a comma, whose subject
    the parser may leave inside the complement) or a reaction in apposition
    (", a charge the foreign ministry rejected as ..."). The content ends before it."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text not in (",", "—", "--", "–") and not _quote_comma(texts(doc), tok.i):
        return False
    # ", while 22 percent said C2", ", and three-quarters said C2": a subject right after the mark (a capitalised
    # "But" opens a quotation's next sentence, '," "But I do know that ...': not read so)
    joins = tok.text in _JOINING_MARKS and doc[tok.i - 1].text == ","
    opens = (tok.i, tok.i + 1) if tok.lower_ in CONTRAST_MARKS or joins else (tok.i,)
    for s in doc[tok.i:min(tok.i + 8, end)]:
        verb = s.head
        if s.dep_ in SUBJECT_DEPS and s.left_edge.i in opens and verb.i > s.i and verb != cue:
            return verb.lower_ in CLAUSE_FORMS and verb.tag_.startswith("VB") and verb.dep_ != "relcl"
    if _relative_report(tok):
        return True
    if _nominal(tok.head) and tok.head.left_edge.i == tok.i and tok.head.dep_ in REACTION_DEPS:
        return any(
            c_dep == "relcl" and c.lower_ in CUE_FORMS and any(k_dep == "nsubj" and k.tag_ not in ("WDT", "WP") for k_dep, k in kids(c))
            for c_dep, c in kids(tok.head)
        )
    return False


_JOINING_MARKS = frozenset(("and", "but"))


def _relative_report(tok) -> bool:
    """A relative clause opened by ``tok`` ("which" / "whom" ...) whose verb is a cue with a subject of its own other
    than the relative word (", which he called “a cartel for higher education”", ", whom he described as
    “peaceful”"): another statement about the noun, not part of the content. A clause whose subject is the relative
    word (", who said C") is left to the other breaks."""
    if tok.tag_ not in ("WDT", "WP") or tok.dep_ in SUBJECT_DEPS:
        return False
    rel = tok.head
    return (
        rel.dep_ == "relcl" and rel.left_edge.i == tok.i and rel.lower_ in CUE_FORMS and rel.tag_.startswith("VB")
        and any(dep in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for dep, c in kids(rel))
    )


# How the parser attaches a reaction noun set off by a comma (", a claim the military denied"): as an apposition,
# a bare noun phrase modifier, an object, a conjunct, or an unlabelled dependent or adverbial clause.
REACTION_DEPS = ("appos", "npadvmod", "dobj", "conj", "dep", "advcl")


_SENTENCE_FINAL = frozenset(".!?;:\"”’'")


def _according_after(tok) -> bool:
    """", according to X" after a comma: the writer's outer attribution of the whole sentence ("S said C,
    according to a poll"), not part of what S said; :func:`according_to` reports "S said C" as X's."""
    doc = tok.doc
    return tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


def _comparison_after(tok) -> bool:
    """", as has X" / ", as was the case with X" after a comma: the writer's comparison with others, not part of
    what the source said ("they will not back Mr. Trump, as has Carlos A. Gimenez")."""
    doc = tok.doc
    return tok.lower_ == "as" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _COMPARISON_VERBS


_COMPARISON_VERBS = frozenset("has have had did does do was is were are".split())


def _sentence_end(tok) -> int:
    """End of ``tok``'s sentence, read past parser sentence breaks that follow no final punctuation
    (a misparse splits "mentioned disparaging remarks Trump had made about X" in two). Whitespace the parser
    keeps at the end of a sentence (a no-break or double space after the full stop) is not read as its last word."""
    doc = tok.doc
    end = sentence(tok).end
    while end < len(doc) and not _ends_sentence(doc, end):
        end = sentence(doc[end]).end
    return end


def _ends_sentence(doc, end: int) -> bool:
    """The last word before ``end``, past whitespace tokens, closes a sentence (final punctuation or '')."""
    last = end - 1
    while last > 0 and doc[last].is_space:
        last -= 1
    return doc[last].text[-1] in _SENTENCE_FINAL or doc[last].text == "''"


def _new_clause_at(tok) -> bool:
    """A break inside a content clause: ", but <clause>", ", and he noted ...", ", contradicting ..."."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.text not in (",", "—", "--", "–") and not _quote_comma(texts(doc), tok.i):
        return False
    if tok.dep_ == "mark" and tok.lower_ in CONCESSIVE_MARKS:
        return True
    if tok.dep_ == "cc" and tok.lower_ in ("but", "and", "yet"):
        conj = next((t for t_dep, t in kids(tok.head) if t_dep == "conj" and t.i > tok.i), None)
        if conj is None or not any(c_dep in SUBJECT_DEPS for c_dep, c in kids(conj)):
            return False
        return tok.lower_ != "and" or conj.lower_ in CUE_FORMS or any(t.lower_ in CUE_FORMS for t in children(conj))
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" or (tok.dep_ == "advmod" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and tok.head.i > tok.i)


def _trailing_relative(tok, end: int) -> bool:
    """A non-restrictive relative clause that closes the sentence (", which lets the rest of the GOP off
    the hook", ", who has not been charged"): the writer's aside, left out of the content (PolNeAR gold). Closing
    marks after it (a full stop and a closing quotation mark: ', which he called “a cartel.”') still close it."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or tok.tag_ not in ("WDT", "WP"):
        return False
    rel = tok.head
    if rel.dep_ != "relcl" or rel.left_edge.i != tok.i:
        return False
    return rel.right_edge.i >= end - 2 or all(t.is_punct or t.is_space for t in doc[rel.right_edge.i + 1:end])


def _from_sentence_start(comp, stop: int) -> list:
    """From the sentence start to just before the source/cue at ``stop`` ("C, S said")."""
    doc = comp.doc
    return [doc[i] for i in range(sentence(comp).start, stop)]


_SOURCE_HEADS = frozenset(
    set(HUMAN_NOUNS) | set(source_lexicons.ROLE_HEADS) | source_lexicons.INSTITUTION_HEADS
    | source_lexicons.ORGANISATION_HEADS | source_lexicons.DOCUMENT_HEADS | source_lexicons.MEDIA_NOUNS
)


def agentive(subj) -> bool:
    """A plausible source: an active subject that is a name, a personal pronoun or a person/body/document noun."""
    if subj.dep_ == "nsubjpass":
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
    return subj.tag_ in ("NN", "NNS") and subj.lower_ in _SOURCE_HEADS


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
    return subj if agentive(verb.head if relative else subj) else None


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
    elif not means and any(c_dep == "dobj" for c_dep, c in kids(head)):
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


def _that_marked(comp, verb) -> bool:
    """A complement after the cue opened by 'that' whose subject the parser missed ("said that
    because X does not mean Y": a clausal subject)."""
    return comp.i > verb.i and comp.left_edge.lower_ == "that" and comp.left_edge.dep_ == "mark"


def _speech_after_subject(v) -> bool:
    """A speech verb (:data:`SPEECH_FORMS`, not "told X") that comes after its subject."""
    return v.form in SPEECH_FORMS and v.form not in TELL_FORMS and v.subj is not None and v.subj.i < v.tok.i


# Prepositions that open a quantity subject ("said about half of X reflected ...").
QUANTITY_PREPS = frozenset(("about", "around", "over", "under", "up"))
# Dependents of a speech verb that end what it reports ("He said X, and she left"; "said X, adding ...").
_REPORT_STOP_DEPS = frozenset(("conj", "cc", "punct", "parataxis", "advcl", "mark", "dative"))


def _report_after(v) -> list:
    """"He said legalizing it could put thousands to work", "say taxing consumption encourages savings",
    "Clinton promised her entire infrastructure program would be paid for through business tax reform": a speech
    verb (:data:`SPEECH_FORMS`, not "told X", not a participle or "to" infinitive) after its subject, whose
    reported clause the parser broke up (its subject hung on the verb as an object, "-ing" complement or
    preposition, its verb below that). The words right after the verb, to the first of its dependents in
    :data:`_REPORT_STOP_DEPS` (a second object too: "asked Republicans a question: ..."), when they open with no
    finite verb, punctuation or preposition (but a quantity's: :data:`QUANTITY_PREPS`) and a finite verb parsed
    as a clausal complement follows their first word; else [].

    Limits: the words are taken as one clause whatever the parse, so a time phrase right after the verb ("said
    Tuesday") stays in the content; a complement parsed with no finite clausal verb ("said Obama's words
    “amount/NN to ...”"), a speaker after the verb ("said Cruz, who had ...") and "said in a statement that C"
    give nothing; the outer statement over a relative clause with a speech verb of its own replaces that one
    ("worried some analysts and activists, who pointed out that C": PolNeAR's train gold has the outer one)."""
    tok = v.tok
    if not _speech_after_subject(v) or v.participle:
        return []
    if any(c_dep == "aux" and c.tag_ == "TO" for c_dep, c in kids(tok)):
        return []  # "to show X", "to find his voice": the infinitive's subject is borrowed from the clause above
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return []
    first = doc[tok.i + 1]
    if first.is_punct or first.lower_ == "that" or first.tag_ in _FINITE_TAGS or first.tag_ == "TO":
        return []  # "said, ...", "which she said were ...": no subject first
    if first.tag_ == "IN" and first.lower_ not in QUANTITY_PREPS:
        return []  # "said in a statement that ...": the parser's own reading
    covered = set()
    for c_dep, c in kids(tok):
        if c.i > tok.i and c_dep not in _REPORT_STOP_DEPS:
            covered.update(t.i for t in c.subtree)
    rest = []
    for t in doc[tok.i + 1:_sentence_end(tok)]:
        if t.i not in covered:
            break
        rest.append(t)
    finite = any(
        t.tag_ in _FINITE_TAGS or any(c_dep in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c_dep, c in kids(t))
        for t in rest[1:] if _verbal(t) and t.tag_ != "MD" and t.dep_ == "ccomp"
    )
    return rest if finite else []


def _buried_subject(comp, verb) -> bool:
    """A complement after the cue whose subject the parser hung below one of its other words ("Police said the
    girl/nsubjpass was peppered-sprayed": the subject of "peppered", itself under "sprayed")."""
    if comp.i <= verb.i or not _verbal(comp):
        return False
    return any(t.dep_ in SUBJECT_DEPS and t.head.i != comp.i and comp.is_ancestor(t) for t in verb.doc[verb.i + 1:comp.i])


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


# Tags of a finite cue verb whose subject the parser may hand to a participle phrase on that subject.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _participle_clause_subject(verb):
    """The subject of a finite cue verb that the parser gave to a participle on it, making the participle the
    clause ("Majorities of Democrats in five states going to the polls Tuesday say C": "going" the root with
    "Majorities" its subject and "say" its ``dep``; "Republican activists clamoring to block X say C": "clamoring"
    the verb's ``csubj``). Takes a gerund with no auxiliary before the verb and a noun subject of its own; None
    otherwise. Limit: trusts the parser's subject of the participle."""
    if verb.tag_ not in FINITE_VERB_TAGS:
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
    j = verb.i - 1
    while j >= start and doc[j].dep_ in _SEGMENT_SKIP_DEPS and doc[j].head.i == verb.i:
        j -= 1
    if j >= start and doc[j].text == ",":
        j -= 1
    k = j
    while k >= start and not _segment_break(doc[k]):
        k -= 1
    seg = list(doc[k + 1:j + 1])
    if not seg or seg[0].tag_ in ("IN", "TO", "WRB", "WDT", "WP") or any(_verbal(t) for t in seg):
        return []
    if not any(t.tag_ in _SEGMENT_HEAD_TAGS for t in seg) or all(t.lower_ in ("it", "there", "that", "this") for t in seg if t.tag_ in _SEGMENT_HEAD_TAGS):
        return []
    if k > start and doc[k].text == ",":
        m = k - 1
        while m >= start and doc[m].tag_ in ("NNP", "NNPS"):
            m -= 1
        if m < k - 1 and (m < start or _segment_break(doc[m])):
            seg = list(doc[m + 1:k]) + [doc[k]] + seg
    return seg


def _verb_tagged_noun(tok) -> bool:
    """A present-tense cue verb tagged as a plural noun but parsed as a verb ("But Trump claims/NNS that C", "The
    campaign plans/NNS to employ X"): a subject before it and a clause or "to" complement after it."""
    return (
        tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.dep_ in ("ROOT", "ccomp", "conj")
        and any(c_dep == "nsubj" and c.i < tok.i for c_dep, c in kids(tok))
        and any(c_dep in ("ccomp", "xcomp") and c.i > tok.i for c_dep, c in kids(tok))
    )


def _speech_object(verb, obj, agent: bool) -> bool:
    """A speech verb from :data:`SPEECH_OBJECT_FORMS` with a noun object and an agentive subject ("claimed vast
    wealth", "declared bankruptcy", "answering questions about C"); "point" only as "point out X" ("point to X"
    is a phrasal cue). A publishing verb of :data:`PUBLISH_OBJECT_FORMS` ("tweeted a chart") takes a noun or
    determiner object, not a pronoun ("posted it") nor the first of two objects. Limits: what was posted is
    content even when it is only a photo or a link ("posted a video")."""
    if obj is None or not agent or obj.tag_ in ("WP", "WDT"):
        return False
    if any(c_dep == "prt" and (verb.lower_, c.lower_) in PARTICLE_OBJECT_CUES for c_dep, c in kids(verb)):
        return True  # "laid out his plan", "shrugged off the criticism" (:data:`PARTICLE_OBJECT_CUES`)
    if verb.lower_ in SPEECH_OBJECT_FORMS and SPEECH_OBJECT_FORMS[verb.lower_] != "point":
        return True
    # "tweeted a chart of ...", "posted a photo of herself": what was published, a noun or determiner object
    return verb.lower_ in PUBLISH_OBJECT_FORMS and obj.tag_ in ("NN", "NNS", "NNP", "NNPS", "DT") and not any(c_dep == "dative" for c_dep, c in kids(verb))


def _cue_range(tok, base: int, extra=()) -> Range:
    if extra:
        return _cue_tokens_range(tok, base, extra)
    memo = per_token(tok.doc, "cue_range")  # verb cues and bare cues ask for the same verbs
    key = (tok.i, base)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _cue_tokens_range(tok, base, extra)
    return found


def _cue_tokens_range(tok, base: int, extra=()) -> Range:
    toks = [tok, *extra]
    i = tok.i
    for dep, c in kids(tok):  # one walk over the children (token_range does not depend on their order)
        if (dep in ("aux", "auxpass", "neg", "prt") and i - 3 <= c.i < i) or (dep == "prt" and c.i == i + 1):  # "pointed out"
            toks.append(c)
    return token_range(toks, base)


@dataclass(frozen=True)
class VerbCue:
    """A cue verb with its source, as the frames of :data:`VERB_FRAMES` read it.

    ``agent``: the subject is a plausible source of the broader classes (:func:`agentive`, or "it" with a
    stance verb); ``clause_cue``: the verb takes a content clause here; ``comp``: that clause, if any.
    """

    tok: Any
    base: int
    subj: Any
    source: Optional[Range]
    participle: bool
    agent: bool
    clause_cue: bool
    comp: Any

    @property
    def form(self) -> str:
        return self.tok.lower_

    @property
    def cue(self) -> Range:
        return _cue_range(self.tok, self.base)

    @property
    def obj(self):
        """The verb's first direct object, if any."""
        return next((c for c_dep, c in kids(self.tok) if c_dep == "dobj"), None)


def _cue_token(tok) -> bool:
    """A cue word used as a verb (not an adjective or auxiliary)."""
    return (
        tok.lower_ in CUE_FORMS
        and (tok.tag_.startswith("VB") or _verb_tagged_noun(tok))
        and tok.dep_ not in ("amod", "aux", "auxpass")
    )


def _modified_noun(tok) -> bool:
    """A participle cue on a noun that is no object of its clause's verb, a person, body or document or with a
    speech participle: the noun is the source ("to a group backing Bush", "In a statement defending X", "polls
    showing C", "Like others defending X"). An object's participle is left to the clause's subject ("issued a
    statement saying C", "wrote a letter asking X": the issuer is the source in PolNeAR)."""
    return _participle_on_noun(tok) and tok.head.dep_ != "dobj" and (tok.lower_ in PARTICIPLE_CUES or agentive(tok.head))


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


def _cue_subject(tok, participle: bool):
    """The subject of a cue verb: its own, else the clause a participle or conjunct hangs from, a name misparsed
    before a root speech verb or the noun of a "who" clause right before it, a subject the parser gave to a
    participle on it, or the controller of a to-infinitive."""
    subj = subject_of(tok)
    if subj is None and _modified_noun(tok):
        subj = tok.head
    if subj is None and (participle or tok.dep_ == "conj"):
        subj = _climb_subject(tok)
    if subj is None and _participle_on_noun(tok):
        subj = tok.head  # "the super PAC supporting Jeb Bush", "polls showing C": the noun the participle modifies
    if subj is None and tok.dep_ == "ROOT" and tok.lower_ in SPEECH_FORMS:
        subj = _left_name(tok) or _relative_left_subject(tok)
    if subj is None:
        subj = _participle_clause_subject(tok) or _listed_verb_subject(tok)
    if subj is None and tok.dep_ in ("xcomp", "advcl") and any(c_dep == "aux" and c.lower_ == "to" and c.i < tok.i for c_dep, c in kids(tok)):
        subj = _infinitive_subject(tok)
    return subj


def _asks_reader(tok) -> bool:
    """True when the sentence of a cue whose subject is "you" ends with a question mark ("Do you support Donald
    Trump?", "What do you think of X?", "Have you tried to start a business recently?"): the writer's question to
    the reader, no one's statement. Limit: a quoted question with "you" ('"Do you support X?" he asked') gives its
    quotation no verb-cue statement of "you" either (its quote statement comes from the asker's cue)."""
    return sentence(tok).ends_with("?", strip=" \"”'’")


def _it_stance(tok, subj) -> bool:
    """"after it backed Clinton", "it attacked Trump": "it" (a paper, a body) with a finite stance or
    communication verb and an object (not evidence: "it shows X")."""
    form = tok.lower_
    return (
        subj.lower_ == "it" and form in OBJECT_FORMS and form not in EVIDENCE_FORMS and tok.tag_ in ("VBZ", "VBD")
        and any(c_dep == "dobj" for c_dep, c in kids(tok))
    )


def _verb_cue(tok, base: int) -> Optional[VerbCue]:
    """``tok`` read as a cue verb with a source, or None when it is no attribution (no subject, a relative
    "which", "it means", the filler "you know", a conditional, a broader-class participle without an agent)."""
    form = tok.lower_
    participle = (form in PARTICIPLE_CUES or tok.tag_ == "VBG") and tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
    subj = _cue_subject(tok, participle)
    segment = []
    if subj is None and tok.dep_ == "ROOT" and form in CLAUSE_FORMS:
        segment = _left_segment(tok)
        subj = next((t for t in reversed(segment) if t.tag_ in _SEGMENT_HEAD_TAGS), None)
    if subj is None or subj.lower_ in ("there", "what"):
        return None
    relative = None  # "a best seller, which explored C": the relative pronoun is the source mention
    clause = subj.head  # the cue's own relative clause, or the one it climbed to ("who endorsed X and criticized Y")
    if subj.lower_ in ("which", "that", "who") and clause.dep_ == "relcl" and _nominal(clause.head):
        maker = _maker(clause.head, subj)
        relative, subj = (None, maker) if maker is not None else (subj, clause.head)
    elif subj.lower_ in ("which", "that"):
        return None
    it_stance = _it_stance(tok, subj)
    if subj.lower_ == "it" and not (form in SPEECH_FORMS and tok.tag_ in ("VBZ", "VBD")) and not it_stance:
        return None  # "It says C" (a document, a body) but not "it shows", "it means"
    if subj.lower_ == "you" and (form == "know" or _asks_reader(tok)):
        return None  # the filler "you know"; a question put to the reader ("Do you support Donald Trump?")
    if any(c_dep == "mark" and c.lower_ in CONDITIONAL_MARKS for c_dep, c in kids(tok)):
        return None
    # The broader classes (belief, stance, evidence, intention) need a person, body or document source.
    agent = agentive(subj) or it_stance
    if participle and form not in PARTICIPLE_CUES and not agent:
        return None  # other "-ing" cues ("..., promising to ...") need a clear source
    if form == "citing" and _after_according(tok):
        return None  # "According to X, citing Y, C": handled by :func:`according_to`
    clause_cue = form in SPEECH_FORMS or (form in CLAUSE_FORMS and agent)
    src = token_range(segment, base) if segment else source_range(subj, base)
    # Also the cue's own passive with a relative or climbed subject ("delegates who are expected to V", "She is
    # moving ... but is expected to V"); not a contracted "'s" ("who's called for X": has).
    passive = subj.dep_ == "nsubjpass" or any(
        c_dep == "auxpass" and c.lower_ not in ("'s", "’s") for c_dep, c in kids(tok)
    )
    if passive:  # "X was accused of Y", "I was told that C": the one spoken of or to is no source
        by = next((c for c_dep, c in kids(tok) if c_dep == "agent"), None)
        pobj = next((c for c_dep, c in kids(by) if c_dep == "pobj"), None) if by is not None else None
        src = source_range(pobj, base) if pobj is not None else None
        relative = None
    if relative is not None and src is not None:
        src = (src[0], base + relative.idx + len(relative.text))  # "the book, which": both conventions overlap
    comp = _clause_of(tok)
    if not clause_cue and comp is not None and comp.i > tok.i and _that_marked(comp, tok) and subj.tag_.startswith("NN"):
        clause_cue = True  # "The city of Phoenix is demanding that C": a 'that' clause makes the cue for a noun subject
    if comp is None and clause_cue and form not in OWN_CLAUSE_FORMS:
        comp = _that_clause(tok)
    return VerbCue(tok, base, subj, src, participle, agent, clause_cue, comp)


# Each frame is a generator over one :class:`VerbCue`: it yields the cue's statement, if any, and returns
# True when the cue is its own (the later frames are then not tried).


@frame(Rule("passive_as_saying", priority=4, role=SPEECH))
def passive_as_saying(tok, base: int) -> Generator[Candidate, None, bool]:
    """"S was cited by Y as saying C", "S was quoted as saying C" (run before the subject is read: the
    source is the subject of the passive frame)."""
    if not (tok.lower_ == "saying" and tok.head.lower_ == "as" and tok.head.head.lower_ in PASSIVE_FRAMES):
        return False
    frame_verb = tok.head.head
    subj = subject_of(frame_verb)
    comp = next((c for c_dep, c in kids(tok) if c_dep in CLAUSE_DEPS), None)
    if subj is not None and comp is not None:
        aux = [c for c_dep, c in kids(frame_verb) if c_dep in ("auxpass", "aux")]
        cue = token_range([*aux, frame_verb, tok], base)
        yield Candidate(content_range(comp, base), source_range(subj, base), cue, "indirect", "passive_as_saying", tok.i)
    return True


@frame(Rule("said_clause", priority=3, role=SPEECH))
def clause_after_object(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"is demanding President Barack Obama make a pledge": the clause's subject parsed as the verb's object."""
    tok, comp = v.tok, v.comp
    if not (comp is not None and v.clause_cue and comp.i > tok.i and comp.tag_ in ("VB", "VBP")):
        return False
    obj = next((c for c_dep, c in kids(tok) if c_dep == "dobj" and tok.i < c.i < comp.left_edge.i), None)
    if obj is None or obj.right_edge.i + 1 != comp.left_edge.i or any(c_dep in SUBJECT_DEPS for c_dep, c in kids(comp)):
        return False
    toks = [*obj.subtree, *_to_sentence_end(comp)]
    yield Candidate(content_range(comp, v.base, toks=toks), v.source, v.cue, "indirect", "said_clause", tok.i)
    return True


# Object-case pronouns: after a clause verb they are its listener or object ("warned them"), never the subject of
# a clause the parser broke up.
OBJECT_PRONOUNS = frozenset("me him us them whom".split())


def _verb_after_object(v: VerbCue):
    """The verb of a zero-'that' clause whose subject the parser took as the cue's direct object, wherever it hung
    that verb ("Christie say Marco Rubio, hasn't been tested", "bankers who concluded Obama would get X",
    "stating state and local authorities – and not the federal government – are in charge"): the object comes right
    after the cue, and right after it (or after one comma or dash) stands a finite verb or auxiliary whose verb has
    no subject of its own, comes after it, does not govern the cue and is no conjunct in a coordination with "and" /
    "or" (the source's next act: "recounted X, recited Y, and ripped into Z"). Else None.

    Limits: a clause cue with an agentive source (``v.clause_cue``), not "told X" nor an inquiry verb ("asked
    Trump"), and an object that is no object-case pronoun (:data:`OBJECT_PRONOUNS`); a time phrase between the cue
    and the object ("said Tuesday X would") is not passed over."""
    tok, obj = v.tok, v.obj
    if not v.clause_cue or v.form in TELL_FORMS or v.form in INQUIRY_FORMS or obj is None:
        return None
    if obj.left_edge.i != tok.i + 1 or obj.lower_ in OBJECT_PRONOUNS or obj.tag_ in ("WP", "WDT"):
        return None
    doc = tok.doc
    i = obj.right_edge.i + 1
    if i < len(doc) and doc[i].text in _CLAUSE_BREAKS:
        i += 1
    if i >= len(doc) or doc[i].tag_ not in _FINITE_TAGS:
        return None
    verb = doc[i].head if doc[i].dep_ in ("aux", "auxpass") else doc[i]
    if verb.i < i or verb == tok or verb.is_ancestor(tok) or not _verbal(verb) or verb.lower_ in CLAUSE_FORMS:
        return None  # "announced X and said C": a cue verb after the object is the source's second report
    if any(c_dep in SUBJECT_DEPS + ("expl",) for c_dep, c in kids(verb)):
        return None
    if verb.dep_ == "conj" and any(c_dep == "cc" for t in (verb, verb.head) for c_dep, c in kids(t)):
        return None  # "found the posting, reported it to the F.B.I., and removed it": the cue's own coordinated verbs
    return verb


@frame(Rule("said_clause", priority=3, role=SPEECH))
def object_clause(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"S said X(,) V ...": a zero-'that' clause whose subject the parser read as the cue's object and whose verb it
    hung elsewhere (:func:`_verb_after_object`). Content: the object to the end of that verb's clause
    (:func:`_to_sentence_end`)."""
    verb = _verb_after_object(v)
    if verb is None:
        return False
    rest = _to_sentence_end(verb)
    if not rest or rest[0].i <= v.obj.right_edge.i:
        return False
    toks = list(v.tok.doc[v.obj.left_edge.i:rest[-1].i + 1])
    rng = content_range_from(toks, v.base)
    if rng is None:
        return False
    yield Candidate(rng, v.source, v.cue, "indirect", "said_clause", v.tok.i)
    return True


@frame(
    Rule("participle", priority=3, role=SPEECH),
    Rule("said_clause", priority=3, role=SPEECH),
    Rule("clause_said", priority=3, role=SPEECH),
)
def clause(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"S said (that) C", "..., saying C" (participle), "C, S said" (clause_said). A subjectless fragment
    ("which they say could ...") or a question ("Do you think ...?") is no statement."""
    tok, comp = v.tok, v.comp
    if comp is None or not v.clause_cue:
        return False
    if not (any(c_dep in SUBJECT_DEPS + ("expl",) for c_dep, c in kids(comp)) or _that_marked(comp, tok) or _buried_subject(comp, tok)):
        if comp.i < tok.i and (yield from final_cue(v)):
            return True  # "C, S said." whose clause's subject the parser hung elsewhere
        if v.form not in PERCEPTION_FORMS and _name_read_as_verb(comp, tok):
            rng = content_range(comp, v.base, toks=_to_sentence_end(comp))
            if rng is not None:
                yield Candidate(rng, v.source, v.cue, "indirect", "said_clause", tok.i)
                return True
        return (yield from misparsed_report(v))
    if sentence(tok).ends_with("?", strip=" \"”'’"):
        return True
    if v.form in PERCEPTION_FORMS and _perceived(comp):
        return True
    if comp.i > tok.i:
        rule_name = "participle" if v.participle else "said_clause"
        toks = _to_sentence_end(comp)
        if comp.left_edge.i < tok.i:  # "who U.S. officials say is tied to X": the content is what follows the cue
            toks = [t for t in toks if t.i > tok.i]
        rng = content_range(comp, v.base, toks=toks)
    else:
        rule_name = "clause_said"
        rng = content_range(comp, v.base, toks=_from_sentence_start(comp, min(v.subj.left_edge.i, tok.i)))
    yield Candidate(rng, v.source, v.cue, "indirect", rule_name, tok.i)
    return True


_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))

_TIME_PREPS = frozenset(("on", "in", "at"))
# Where the parser hangs a sentence-final "..., S said.": the root, or a relative clause on the noun before the comma
# ("an unfavorable view of Trump, the poll found.").
_FINAL_CUE_DEPS = frozenset(("ROOT", "relcl"))
_QUOTE_TOKENS = frozenset(('"', "''", "``", "“", "”", "‘", "’", "'"))


def _clause_before_final_cue(v: VerbCue) -> list:
    """The clause before a comma and the sentence-final cue, "C, police said." / "C, CNN reported on Tuesday.",
    when the parser hung that clause elsewhere (an adverbial clause of the cue, the cue's complement buried under a
    misread first word) and found no complement, or found one before the cue without its subject: the tokens from
    the sentence start to the comma; else [].

    Limits: the cue is its sentence's root (or a relative clause the parser made of it, :data:`_FINAL_CUE_DEPS`)
    with a subject right after the comma and nothing after it but a full stop, a bare time noun, an adverb or an
    "on" / "in" / "at" phrase; the part before the comma holds a verb with its own subject that opens no
    subordinate clause (a fronted "When S V, S2 said" is S2's narration, not a report) and no quote mark
    (quotations are left to the quote rules)."""
    tok, subj = v.tok, v.subj
    if (v.comp is not None and v.comp.i > tok.i) or not v.clause_cue or v.participle or subj.i > tok.i:
        return []
    if tok.dep_ not in _FINAL_CUE_DEPS:
        return []
    doc = tok.doc
    sent = sentence(tok)
    comma = subj.left_edge.i - 1
    if comma < sent.start + 3 or doc[comma].text not in _CLAUSE_BREAKS:
        return []
    if not all(t.i <= subj.right_edge.i or (t.head == tok and t.dep_ in ("aux", "neg", "advmod")) for t in doc[comma + 1:tok.i]):
        return []
    after = set()
    for c_dep, c in kids(tok):
        if c.i < tok.i or c_dep == "punct":
            continue
        if not (c_dep in ("npadvmod", "advmod") or (c_dep == "prep" and c.lower_ in _TIME_PREPS)):
            return []
        after.update(t.i for t in c.subtree)
    if [t.text for t in doc[tok.i + 1:sent.end] if not t.is_space and t.i not in after] != ["."]:
        return []
    before = list(doc[sent.start:comma])
    if any(t.text in _QUOTE_TOKENS for t in before):
        return []
    if not any(_verbal(t) and any(c_dep in SUBJECT_DEPS for c_dep, c in kids(t)) and not _subordinate(t) for t in before):
        if v.comp is None or _subordinate(v.comp) or not _finite(v.comp):
            return []  # a complement with no subject counts when it is finite and opens no subordinate clause
    return before


def _finite(verb) -> bool:
    """A finite verb, or a verb with a finite auxiliary ("could finally show")."""
    return verb.tag_ in _FINITE_TAGS or any(c_dep in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c_dep, c in kids(verb))


def _subordinate(verb) -> bool:
    """A clause opened by a subordinating word ("when", "if", "as", "while", "after", "because" ...)."""
    return any(c_dep == "mark" or (c_dep == "advmod" and c.tag_ == "WRB") for c_dep, c in kids(verb))


@frame(Rule("clause_said", priority=3, role=SPEECH))
def final_cue(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"C, S said.": the clause before a sentence-final cue that the parser did not make its complement
    (:func:`_clause_before_final_cue`)."""
    toks = _clause_before_final_cue(v)
    if not toks:
        return False
    rng = content_range_from(toks, v.base)
    if rng is None:
        return False
    yield Candidate(rng, v.source, v.cue, "indirect", "clause_said", v.tok.i)
    return True


def _clause_in_phrase(v) -> list:
    """"said in a statement that C", "had said in an ABC interview taped before the attacks that C": the 'that'
    clause of a speech verb (:data:`SPEECH_FORMS`, after its subject, not "told") that the parser hung inside the
    preposition phrase right after the verb. Content: the clause to the sentence end; else [].

    Limit: only a clause opened by 'that' (a bare "said in a statement the X was Y" is left)."""
    tok = v.tok
    if not _speech_after_subject(v) or tok.i + 1 >= len(tok.doc):
        return []
    prep = tok.doc[tok.i + 1]
    if prep.dep_ != "prep" or prep.head != tok:
        return []
    for t in prep.subtree:
        if t.dep_ in ("acl", "ccomp", "relcl") and _verbal(t) and t.left_edge.lower_ == "that" and t.left_edge.dep_ == "mark":
            return _to_sentence_end(t)
    return []


def misparsed_report(v: VerbCue) -> Generator[Candidate, None, bool]:
    """The speech-verb report the parser broke up (:func:`_report_after`, :func:`_clause_in_phrase`), as a
    ``said_clause`` statement. Claims the cue either way: it is tried when :func:`clause` found only a subjectless
    complement, and last of the frames."""
    toks = _report_after(v) or _clause_in_phrase(v)
    if toks:
        rng = content_range(toks[0], v.base, toks=toks) if toks[0].lower_ == "that" else content_range_from(toks, v.base)
        if rng:
            yield Candidate(rng, v.source, v.cue, "indirect", "said_clause", v.tok.i)
    return True


def _name_read_as_verb(comp, cue) -> bool:
    """The cue's complement is a name right after it that the parser tagged as the clause's verb, with the rest of
    the small clause hung on it ("The new poll shows Trump/VBP far out in front of his opponents"): capitalised with
    the rest lower case, a VB / VBP tag (or a proper noun the parser made the head of a verbless clause: "shows
    Trump/NNP at the top with 36 percent"), and a dependent after it."""
    text = comp.text
    tags = VERB_TAGGED_NAME_TAGS | {"NNP"}
    return (comp.i == cue.i + 1 and comp.tag_ in tags and text[:1].isupper() and text[1:].islower()
            and any(c.i > comp.i for c in comp.children))


def _perceived(comp) -> bool:
    """The clause of a perception verb (:data:`PERCEPTION_FORMS`) that reports what was perceived, not a belief: a
    small clause with no finite verb ("saw X get out", "to see X become Y", "noticed smoke rising") or an
    indirect question ("to see if C", "will see what happens")."""
    if comp.left_edge.lower_ in QUESTION_OPENERS and comp.left_edge.i < comp.i:
        return True
    if comp.left_edge.lower_ == "that" and comp.left_edge.dep_ == "mark":
        return False
    return comp.tag_ not in _FINITE_TAGS and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in comp.children)


@frame(Rule("parenthetical", priority=3, role=SPEECH))
def parenthetical(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"The museum, he said, is ...": a speech verb set into the clause it reports.

    The part before the parenthetical is the content alone only when it holds the reported clause's own verb
    and subject ("The museum is closed, he said, ...") and that verb has no dependent after the parenthetical
    (:func:`_continues_after`); a fronted dependent clause ("When she got inside, she said, there were no
    ballots"), a bare subject or a clause that goes on after it ("The Murdoch outlets have been standing in the
    way, he said, by creating ...", "It was, he said, one of the bitterest failures") makes the content the whole
    sentence. Limit: one span, so the parenthetical "he said" stays inside that content."""
    tok = v.tok
    head = tok.head
    if not (tok.dep_ == "parataxis" and v.form in SPEECH_FORMS and _verbal(head)):
        return False
    before = [t for t in head.subtree if t.i < tok.left_edge.i]
    complete = head.i < tok.left_edge.i and any(c_dep in SUBJECT_DEPS and c.i < head.i for c_dep, c in kids(head))
    if complete and not _continues_after(head, tok):
        toks = before  # a complete clause before the parenthetical stands alone
    else:
        stop = _second_clause_after(tok, head.right_edge.i + 1)
        toks = [t for t in head.subtree if t.i < stop]  # the whole sentence, to a new clause after the parenthetical
    rng = content_range_from(toks, v.base)
    if rng:
        yield Candidate(rng, v.source, v.cue, "indirect", "parenthetical", tok.i)
    return True


def _second_clause_after(cue, end: int) -> int:
    """Where the sentence of a parenthetical speech verb ``cue`` goes on past its reported clause with a new one,
    after the parenthetical and the reported clause's verb (``cue.head``) and before ``end``: a semicolon, or after
    a comma or dash a clause of its own (the breaks of :func:`_to_sentence_end`: ", and most don't expect him to
    ...", "– although at the mention of email she laughed ...", a closing ", which ..."); else ``end``."""
    doc = cue.doc
    text_of = texts(doc)
    for i in range(max(cue.right_edge.i + 2, cue.head.i + 1), end):
        if text_of[i] == ";":
            return i
        stop = _clause_break(doc, text_of, i, cue, end)
        if stop is not None:
            return stop
    return end


def _continues_after(head, cue) -> bool:
    """True when the reported clause's verb ``head`` has a dependent after the parenthetical speech verb ``cue``
    ("It was, he said, one of the bitterest failures", "The Murdoch outlets have been standing in the way, he said,
    by creating ...", "..., they say, but he is still an effective advocate"): the clause goes on past the
    parenthetical. Not punctuation, nor an "-ing" clause, which is the speaker's own act ("Sales were great, he
    said, wiping sweat off his face")."""
    end = cue.right_edge.i
    return any(c.i > end and c_dep != "punct" and not (c_dep == "advcl" and c.tag_ == "VBG") for c_dep, c in kids(head))


# Complements that make an "as" clause a comparison rather than an aside: "as he said he would", "as Trump calls it",
# "as she described it".
_AS_CLAUSE_COMPLEMENTS = frozenset(("dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "dative"))


@frame(Rule("parenthetical", priority=3, role=SPEECH))
def as_parenthetical(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"As Clyburn noted, C" / "C, as The Times reported on Saturday": a speech verb (:data:`SPEECH_FORMS`) with an
    agentive source, opened by "as" and with no complement of its own (:data:`_AS_CLAUSE_COMPLEMENTS`) nor a phrasal
    cue's preposition, set as an adverbial clause on the clause it reports. Content: that clause on the other side of the "as" clause (after it when the "as"
    clause comes first, else before it).

    Limits: a passive ("as was reported") has no source and is left to :func:`according_to` ("as reported by X");
    the reported clause is the parser's head of the "as" clause, so "as S noted" hung on a word inside C gives only
    that word's clause."""
    tok = v.tok
    head = tok.head
    if not (tok.dep_ == "advcl" and v.form in SPEECH_FORMS and v.agent and v.source is not None and _verbal(head) and head != tok):
        return False  # not "As diplomatic efforts continue, C": a person, body or document source
    if not any(c_dep == "mark" and c.lower_ == "as" and c.i < tok.i for c_dep, c in kids(tok)):
        return False
    if v.comp is not None or any(c_dep in _AS_CLAUSE_COMPLEMENTS for c_dep, c in kids(tok)):
        return False
    if any(c_dep == "prep" and (v.form, c.lower_) in PHRASAL_CUES for c_dep, c in kids(tok)):
        return False  # "as Republicans responded to X, C": the phrasal cue's own object is its content
    first, last = tok.left_edge.i, tok.right_edge.i
    if last < head.i:
        toks = [t for t in head.subtree if t.i > last]
    else:
        toks = [t for t in head.subtree if t.i < first]
    rng = content_range_from(toks, v.base)
    if rng is None:
        return False
    yield Candidate(rng, v.source, v.cue, "indirect", "parenthetical", tok.i)
    return True


@frame(Rule("verb_claim_noun", priority=3, role=OTHER))
def verb_claim_noun(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"denied reports that C": a claim noun object with its 'that' clause."""
    obj = v.obj
    if obj is None or obj.lower_ not in CLAIM_NOUNS:
        return False
    clause = next((c for c_dep, c in kids(obj) if c_dep in ("acl", "ccomp", "relcl") and c.i > obj.i), None)
    if clause is None or not any(c.lower_ == "that" and c_dep == "mark" for c_dep, c in kids(clause)):
        return False
    yield Candidate(content_range(clause, v.base), v.source, token_range([v.tok, obj], v.base), "indirect", "verb_claim_noun", v.tok.i)
    return True


TELL_FORMS = frozenset("told tell tells telling".split())


def _object_cue(v: VerbCue, obj) -> bool:
    """True when the verb's direct object is its content (see :func:`verb_object`)."""
    tok, form = v.tok, v.form
    object_cue = form in CORE_OBJECT_FORMS or (form in OBJECT_FORMS and v.agent) or form in SAY_FORMS or _speech_object(tok, obj, v.agent)
    if form not in CORE_OBJECT_FORMS and form in EVIDENCE_FORMS and v.subj.lower_ in AGENT_PRONOUNS:
        object_cue = False  # "they show seriousness": evidence needs a document or named source
    if any(c_dep == "neg" for c_dep, c in kids(tok)) and any(c_dep == "aux" and (c.tag_ in ("MD", "TO") or c.lower_ == "to") for c_dep, c in kids(tok)):
        # "decided not to recommend charges", "can't blame this": an intention or a hypothetical, not a stance;
        # a plain negated act ("has not mentioned Machado") is kept.
        object_cue = False
    return object_cue


@frame(Rule("verb_object", priority=1, role=MINOR, headline_object=True))
def verb_object(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"denied the reports", "mocked the idea", "described it as a ploy": the direct object and its complements."""
    obj = v.obj
    if obj is None:
        return (yield from _clausal_object(v))
    object_cue = _object_cue(v, obj)
    obj_toks = _object_tokens(v.tok, obj)
    if not object_cue and v.form in PRED_OBJECT_FORMS and v.agent:
        # "described it as a ploy", not "pressed him" nor "find themselves in the thick of it" (an adjunct is no predicate)
        object_cue = max(t.i for t in _object_tokens(v.tok, obj, adjuncts=False)) > obj.right_edge.i
    if not object_cue or v.form in TELL_FORMS:
        return False
    obj_toks += _infinitive_after(v.tok, max(t.i for t in obj_toks))
    yield Candidate(content_range(obj, v.base, toks=obj_toks), v.source, v.cue, "indirect", "verb_object", v.tok.i)
    return True


@frame(Rule("verb_object", priority=1, role=MINOR, headline_object=True))
def object_topic(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"she reminded Trump of the actions of John Hinckley Jr.", "warned voters about the dangers": a verb of
    :data:`OBJECT_TOPIC_FORMS` with a direct object and an "of" / "about" phrase after it (on the verb or on the
    object). Content: the object through that phrase.

    Limits: the phrase must follow the object directly (nothing but the object between); the listener is kept
    in the content, as PolNeAR mostly does for a noun listener (it leaves a pronoun out, which Dice tolerates)."""
    tok, obj = v.tok, v.obj
    if v.form not in OBJECT_TOPIC_FORMS or obj is None or obj.i < tok.i:
        return False
    on_obj = next((c for c_dep, c in kids(obj) if c_dep == "prep" and c.i == obj.i + 1), None)
    on_verb = next((c for c_dep, c in kids(tok) if c_dep == "prep" and c.i == obj.right_edge.i + 1), None)
    prep = on_obj if on_obj is not None else on_verb
    if prep is None or prep.lower_ not in OBJECT_TOPIC_PREPS:
        return False
    if not any(c_dep in ("pobj", "pcomp") for c_dep, c in kids(prep)):
        return False
    rng = content_range_from(list(tok.doc[obj.left_edge.i:prep.right_edge.i + 1]), v.base)
    if rng is None:
        return False
    yield Candidate(rng, v.source, v.cue, "indirect", "verb_object", tok.i)
    return True


def _clausal_object(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"touted how far his campaign had come", "has yet to address how her administration would handle X", "did not
    dispute that he lends his thoughts to Mr. Trump": an object verb (as :func:`_object_cue`) with no direct object
    whose complement is a clause opened by a question word (:data:`QUESTION_OPENERS`) or a 'that' mark, right after
    it (nothing but adverbs between). Content: that clause to the end of the sentence (:func:`_to_sentence_end`).

    Limit: only a clause the parser made the verb's ``ccomp``."""
    tok = v.tok
    if not (v.form in CORE_OBJECT_FORMS or (v.form in OBJECT_FORMS and v.agent)):
        return False
    comp = next((c for c_dep, c in kids(tok) if c_dep == "ccomp" and c.i > tok.i), None)
    if comp is None or not _verbal(comp):
        return False
    first = comp.left_edge
    if not (first.lower_ in QUESTION_OPENERS or (first.lower_ == "that" and first.dep_ == "mark")):
        return False
    if any(not t.tag_.startswith("RB") for t in tok.doc[tok.i + 1:first.i]):
        return False
    rng = content_range(comp, v.base, toks=_to_sentence_end(comp))
    if rng is None:
        return False
    yield Candidate(rng, v.source, v.cue, "indirect", "verb_object", tok.i)
    return True


def _passive(tok) -> bool:
    """A passive verb ("has been called a Republican Obama", "are not considered contenders") or a passive
    participle on a noun ("the numbers generally considered the most accurate")."""
    return any(c_dep in ("auxpass", "nsubjpass") for c_dep, c in kids(tok)) or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"))


@frame(Rule("verb_predicate", priority=1, role=MINOR, headline_object=True))
def verb_predicate(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"called her “third-rate”", "called the Republican frontrunner “ISIS’ best recruiter”", "call Pfizer
    unpatriotic" parsed without a direct object: a naming or judging verb (:data:`PREDICATE_FORMS`, agentive
    subject) whose object the parser folded into the predicate (``oprd``). Content: every word from the verb to
    the predicate's end (the object and the predicate).

    Limits: only an active verb and a predicate right of it with no comma or dash between them; a verb with a
    direct object is :func:`verb_object`'s; a parse with neither (the verb read as a participle on a name) gives
    nothing; a name or object misparsed as the predicate is taken as content ("called Naghmeh Abedini" on the
    phone, "called an emergency session")."""
    tok = v.tok
    if v.form not in PREDICATE_FORMS or not v.agent or v.obj is not None or _passive(tok):
        return False
    pred = next((c for c_dep, c in kids(tok) if c_dep == "oprd" and c.i > tok.i), None)
    if pred is None:
        return False
    toks = list(tok.doc[tok.i + 1:pred.right_edge.i + 1])
    if _broken(tok.doc[tok.i + 1:pred.left_edge.i]):
        return False
    yield Candidate(content_range_from(toks, v.base), v.source, v.cue, "indirect", "verb_predicate", tok.i)
    return True


def _infinitive_after(verb, last: int) -> list:
    """A "to" clause right after the object, parsed as an adverbial clause of the cue verb ("defended his call
    to raise the minimum wage", "offering the exact same donation to help pay for both party's conventions",
    "criticized him for not doing more to help ..."): part of the content, as in PolNeAR's gold. Only with
    nothing between the object and "to" (not after a comma). Limit: a purpose clause of the cue itself ("cited
    the poll to argue ...") is taken too."""
    doc = verb.doc
    for c_dep, c in kids(verb):
        if c_dep != "advcl" or c.left_edge.i != last + 1:
            continue
        first = c.left_edge
        to = doc[first.i + 1] if first.lower_ == "not" and first.i + 1 < len(doc) else first
        if to.tag_ == "TO" and to.head == c and c.tag_ == "VB":
            return list(c.subtree)
    return []


@frame(Rule("verb_prep_object", priority=1, role=MINOR, headline_object=True))
def verb_prep_object(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"called for X", "warned of X": a phrasal cue of :data:`PHRASAL_CUES` and the preposition's object.

    The verb's phrases after the object join it ("during the forum"), except an occasion, medium or time
    opened by a preposition outside :data:`CIRCUMSTANCE_PREPS` and :data:`OBJECT_PREPS` (``_circumstance``:
    "in July", "in remarks"), and a "to" clause right after them (:func:`_infinitive_after`: "called for the former
    secretary of state to release X"). Limit: the parser's attachment decides which phrases are the verb's, and a
    purpose clause of the cue itself is taken too ("sided with the state of Ohio to uphold a law")."""
    tok, form = v.tok, v.form
    if v.participle and form in TOPIC_PARTICIPLES:
        return False  # "held talks, focusing on a ceasefire": the talks' topic
    prep = next((c for c_dep, c in kids(tok) if c_dep == "prep" and c.i > tok.i and (form, c.lower_) in PHRASAL_CUES), None)
    pobj = next((c for c_dep, c in kids(prep) if c_dep in ("pobj", "pcomp")), None) if prep is not None else None
    if pobj is None:
        return (yield from _for_to_clause(v))
    toks = list(pobj.subtree) + [t for c_dep, c in kids(tok) if c_dep in ("xcomp", "ccomp") and c.i > pobj.i for t in c.subtree]
    toks += [t for c_dep, c in kids(prep) if c_dep in ("xcomp", "ccomp") and c.i > pobj.i for t in c.subtree]
    toks += [t for c_dep, c in kids(pobj) if c_dep == "acl" and c.i > pobj.i and c.tag_ in ("VB",) for t in c.subtree]
    for c_dep, c in kids(tok):  # "decided against fact-checking Trump during the forum": the verb's adjuncts after it
        if c.i > prep.right_edge.i and c_dep in ("prep", "npadvmod"):
            if c_dep == "prep" and c.lower_ not in OBJECT_PREPS | CIRCUMSTANCE_PREPS and _circumstance(c):
                continue  # "called for the ban in December": an occasion or time in/on a noun, as for verb_object
            if any(t.is_punct for t in tok.doc[prep.right_edge.i + 1:c.i]):
                break
            toks += list(c.subtree)
    toks += _infinitive_after(tok, max(t.i for t in toks))  # "called for the former secretary of state to release X"
    yield Candidate(content_range(pobj, v.base, toks=toks), v.source, token_range([tok, prep], v.base), "indirect", "verb_prep_object", tok.i)
    return True


def _for_to_clause(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"called for all candidates to lay out their plans", "pushed for the Senate to vote": the phrasal cue's
    preposition parsed as the mark of a "for X to V" clause; the content is that clause without the mark."""
    tok = v.tok
    doc = tok.doc
    for c_dep, c in kids(tok):
        if c.i <= tok.i or c_dep not in ("advcl", "ccomp"):
            continue
        mark = c.left_edge
        if mark.dep_ != "mark" or mark.head != c or (v.form, mark.lower_) not in PHRASAL_CUES:
            continue
        if any(t.dep_ not in ("prt", "advmod") for t in doc[tok.i + 1:mark.i]):
            continue
        rng = content_range_from([t for t in c.subtree if t.i != mark.i], v.base)
        if rng is not None:
            yield Candidate(rng, v.source, token_range([tok, mark], v.base), "indirect", "verb_prep_object", tok.i)
            return True
    return False


def _gerund_object(v: VerbCue, xcomp) -> bool:
    """An "-ing" complement right after an object verb, parsed as xcomp, that is the verb's object: "support
    reforming the superdelegate system", "endorse putting body cameras on police officers" (no "to", no subject)."""
    form = v.form
    return (
        xcomp.tag_ == "VBG" and xcomp.i == xcomp.left_edge.i and (form in CORE_OBJECT_FORMS or (form in OBJECT_FORMS and v.agent))
        and not any(c_dep == "dobj" for c_dep, c in kids(v.tok))
    )


@frame(Rule("verb_xcomp", priority=1, role=MINOR, headline_object=True))
def verb_xcomp(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"vowed to fight", "refused to comment": the "to" complement of an intention verb."""
    tok, form = v.tok, v.form
    xcomp = next((c for c_dep, c in kids(tok) if c_dep == "xcomp" and c.i > tok.i), None)
    if xcomp is None:
        return False
    if not (form in CORE_XCOMP_FORMS or (form in XCOMP_FORMS and v.agent) or _gerund_object(v, xcomp)):
        return False
    coordinated = _coordinated_complements(tok, xcomp)
    toks = list(xcomp.subtree) if coordinated else _without_asides(xcomp)
    for last in coordinated:  # "to cut taxes, build a wall and deport ..."
        toks.extend(tok.doc[toks[-1].i + 1:last + 1])
    yield Candidate(content_range(xcomp, v.base, toks=toks), v.source, v.cue, "indirect", "verb_xcomp", tok.i)
    return True


# Subordinating words of a clause that tells when or why something happened ("as she left the breakfast", "even as
# Clinton closed in on ..."): the writer's circumstance, not part of an intention's complement.
CIRCUMSTANCE_MARKS = frozenset(("as", "while", "when", "after", "before", "because", "since"))


def _without_asides(head) -> list:
    """``head``'s subtree without the writer's asides on it: a participle clause after a comma or dash (", reversing
    its decades-long pacifism", ", leaving Cleveland excited ...") and a finite clause of time or reason on ``head``
    (:data:`CIRCUMSTANCE_MARKS`: "to speak to reporters as she left the breakfast", with a measure before it: "a
    day after he said them"), with what follows them. Limit: a cue inside the part left out is no longer inside
    this content, so its own statement is kept ("after he said them")."""
    doc = head.doc
    toks = list(head.subtree)
    cut = None
    for dep, child in kids(head):
        if dep != "advcl" or child.i < head.i:
            continue
        before = doc[child.left_edge.i - 1]
        participle = (
            child.tag_ == "VBG" and child.left_edge == child and before.text in CLAUSE_BREAKS
            and not any(k_dep == "conj" for k_dep, k in kids(child))
        )  # not a list of "-ing" items ("three felonies, including conspiracy, violating X and lying to Y")
        marked = any(k_dep == "mark" and k.lower_ in CIRCUMSTANCE_MARKS for k_dep, k in kids(child)) and _verbal(child) and any(
            k_dep in SUBJECT_DEPS for k_dep, k in kids(child)
        )
        if participle or marked:
            start = child.left_edge.i - 1 if before.is_punct or before.lower_ == "even" else child.left_edge.i
            measure = next((k for k_dep, k in kids(head) if k_dep == "npadvmod" and k.right_edge.i == start - 1), None)
            if marked and measure is not None:  # "a day after he said them"
                start = measure.left_edge.i
            cut = start if cut is None else min(cut, start)
    return [t for t in toks if cut is None or t.i < cut]


def _coordinated_complements(verb, xcomp) -> list:
    """Verb phrases coordinated with the complement but parsed as conjuncts or adverbial clauses of the cue verb
    ("pledged to enact judicial reform, fix the campaign finance system", "supported eliminating caucuses,
    limiting the number of unpledged delegates and binding delegates to the popular vote"): verbs of the
    complement's own form (base form after "to", "-ing" after an "-ing" complement) with no subject or
    subordinating mark of their own and not a cue opening a statement of its own (", saying C"), each right
    after the previous phrase with only a comma or "and"/"or" between; a conjunct of theirs with its own subject
    ("and he pledged ...") is a new clause and ends the phrase. Limit: a base-form second verb of the cue itself
    ("will vow to fight and win") is read as part of the complement."""
    found, end = [], xcomp.right_edge.i
    doc = verb.doc
    for c_dep, c in kids(verb):
        if c_dep not in ("conj", "advcl") or c.i <= end:
            continue
        if c.tag_ != xcomp.tag_ or c.tag_ not in ("VB", "VBG") or any(k_dep in SUBJECT_DEPS + ("mark",) for k_dep, k in kids(c)):
            break
        if c.lower_ in _NESTED_FORMS:
            break  # ", saying C": a nested cue of its own
        if not all(t.text == "," or t.lower_ in ("and", "or") for t in doc[end + 1:c.left_edge.i]):
            break
        last = c.right_edge.i
        for k_dep, k in kids(c):  # "fix X and he pledged Y": the conjunct's own new clause is left out
            if k_dep == "conj" and k.i > c.i and any(s_dep in SUBJECT_DEPS for s_dep, s in kids(k)):
                last = min(last, k.left_edge.i - 1)
        while last > c.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
            last -= 1
        found.append(last)
        end = last
        if last < c.right_edge.i:
            break
    return found


@frame(Rule("relative_object", priority=1, role=MINOR))
def relative_object(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"..., a charge the foreign ministry rejected as "completely false"": a stance verb in a relative clause
    whose object is the noun it modifies; the content is the verb's "as" complement, else that noun phrase: a
    reaction of its own (the content of the statement before it stops at the comma: :func:`_second_attribution`)."""
    tok = v.tok
    noun = tok.head
    if not (tok.dep_ == "relcl" and noun.i < tok.i and _nominal(noun) and v.form in OBJECT_FORMS and (v.agent or noun.lower_ in CLAIM_NOUNS)):
        return False
    if noun.dep_ not in REACTION_DEPS or noun.left_edge.i == 0 or tok.doc[noun.left_edge.i - 1].text not in (",", "—", "--", "–"):
        return False  # only a reaction set off after a comma, not "the issues he pushed"
    if v.subj == noun or any(c_dep in ("dobj", "ccomp", "xcomp") for c_dep, c in kids(tok)):
        return False
    comp = next((c for c_dep, c in kids(tok) if c.i > tok.i and (c_dep in ("oprd", "acomp") or (c_dep == "prep" and c.lower_ == "as"))), None)
    as_ = None
    if comp is None:  # "dismissed as baseless": "as" parsed as an adverb of the predicate
        comp = next((c for c_dep, c in kids(tok) if c_dep in ("advcl", "advmod") and c.left_edge.lower_ == "as" and c.left_edge.i == tok.i + 1), None)
        as_ = comp.left_edge if comp is not None else None
    if comp is not None:  # "rejected as "completely false"": what the source says of it
        if as_ is not None:
            toks, cue = [t for t in comp.subtree if t.i != as_.i], token_range([tok, as_], v.base)
        else:
            toks = [t for t in comp.subtree if t != comp] if comp.dep_ == "prep" else list(comp.subtree)
            cue = token_range([tok, comp] if comp.dep_ == "prep" else [tok], v.base)
    else:
        toks, cue = [t for t in noun.subtree if t.i <= noun.i], v.cue
    rng = content_range_from(toks, v.base)
    if rng:
        yield Candidate(rng, v.source, cue, "indirect", "relative_object", tok.i)
    return True


#: The frames of a cue verb, tried in order; the first that claims the cue ends the search.
VERB_FRAMES = (
    clause_after_object, object_clause, as_parenthetical, clause, parenthetical, final_cue, verb_claim_noun, object_topic,
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


def content_range_from(toks, base: int) -> Optional[Range]:
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return token_range(toks, base)


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
        toks = largest_run([t for t in sent], phrase)
        if not any(_verbal(t) or _nominal(t) or t.tag_ in ("PRP", "CD") for t in toks):
            continue  # "According to MSNBC, basically.": no content
        rng = content_range_from(toks, base)
        if rng is None:
            continue
        src = token_range(subtree_without(pobj, ("relcl", "acl")), base)
        yield Candidate(rng, src, cue, "according_to", rule, tok.i)


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


@rule(Rule("reportedly", priority=0, role=OTHER))
def reportedly(doc, base: int) -> Iterator[Candidate]:
    """Bare "reportedly": the clause it modifies, with no source."""
    for tok in words(doc, REPORTEDLY):
        if tok.dep_ == "advmod":
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
            toks = [t for t in toks if t.i <= comp.right_edge.i]
        rng = content_range(comp, base, toks=toks)
        if rng is not None:
            yield Candidate(rng, source, _cue_range(tok, base), "indirect", "inquiry", tok.i)


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
