"""Where a content or a source mention starts and ends, over one spaCy-parsed paragraph.

Pure helpers; no rule is declared here. :func:`source_range` is a source head's subtree without its relative
clauses and participles; :func:`content_range` a complement's subtree, cut before nested speech; and
:func:`content_range_from` any token set, trimmed of punctuation. :func:`_to_sentence_end` runs a content to the
sentence end but stops at a clause break (:func:`_clause_break`): a second attribution, "according to", a
comparison, a concessive or new clause, a trailing relative clause. :func:`_object_tokens` is the extent of an
object (circumstances and coordinated objects left out). The word lists are named module constants
(``CIRCUMSTANCE_PREPS``, ``CIRCUMSTANCE_NOUNS``, ``CONTRAST_MARKS``, ...).

Limits: extents follow spaCy's ``en_core_web_sm`` parse (tags and dependencies only) and those closed lists; a wrong
attachment gives a wrong boundary, and a clause end is read from punctuation and tags, not from the discourse.
"""

from __future__ import annotations

from typing import Optional

from annotate.extract.candidate import Range
from annotate.extract.lexicons import CLAUSE_FORMS, CUE_FORMS, OBJECT_PREPS, PARTICIPLE_CUES, SPEECH_FORMS
from annotate.extract.spans import largest_run, token_range
from annotate.extract.tokens import FINITE_TAGS, TENSED_VERB_TAGS, children, kids, per_token, sentence, texts, words

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Punctuation that ends a phrase before what follows it ("called him, ..."; "urged X -- to ...").
CLAUSE_BREAKS = (",", ";", "—", "--", "–")
# Children of a source head dropped from the source mention (relative clauses, participles).
SOURCE_DROP_DEPS = ("relcl", "acl", "punct", "cc", "advmod")
CLAUSE_DEPS = ("ccomp",)
CONTENT_DROP_START = ("punct", "cc")
# Concessive clauses after a comma are the writer's, not the reported content ("C, although he ...").
CONCESSIVE_MARKS = frozenset({"although", "though", "whereas"})
# Words that set a second source's report against the first (", while 22 percent said C2").
CONTRAST_MARKS = frozenset({"while", "whereas"})


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
        tok.dep_ == "conj" and tok.lower_ in SPEECH_FORMS and tok.tag_ in TENSED_VERB_TAGS
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
    if toks:
        toks += _infinitive_list_rest(toks)
    return token_range(toks, base)


def _infinitive_list_rest(toks) -> list:
    """The rest of a list of infinitives that the parser broke off after the first item ("urged the party to ax its
    superdelegate system, replace the committee's leadership, open up same-day registration, and make ..."; "needed to
    develop a vaccine, educate the public and learn more about the virus"): when the content holds "to" + a base
    verb and is followed by a comma and a base verb with no subject whose phrase joins base verbs with "and" / "or",
    that phrase is added. Limits: the list must have at least three items (two commas or a comma and "and")."""
    doc = toks[0].doc
    last = toks[-1].i
    if last + 2 >= len(doc) or doc[last + 1].text != "," or doc[last + 2].tag_ != "VB":
        return []
    if not any(t.tag_ == "VB" and t.i > 0 and doc[t.i - 1].lower_ == "to" for t in toks):
        return []
    verb = doc[last + 2]
    if verb.left_edge.i != verb.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    rest = [t for t in verb.subtree]
    joined = (
        t for t in rest if t.dep_ == "cc" and t.lower_ in ("and", "or")
        and any(c.dep_ == "conj" and c.tag_ == "VB" for c in t.head.children)
    )
    if next(joined, None) is None:
        return []
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    return list(doc[last + 1:rest[-1].i + 1]) if rest else []


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


# Dependents of a verb after its object that complete it: a predicate, a clause, a second object ("offering Kasich
# the second spot on the ticket", "calling him a very intelligent man" with both nouns read as ``dobj``).
OBJECT_COMPLEMENT_DEPS = ("prep", "oprd", "xcomp", "ccomp", "dative", "acomp", "dobj")


def _object_tokens(verb, obj, adjuncts: bool = True, places: bool = False) -> list:
    """The object and the complements right of it ("blamed Hamas for the failure", "likened RT to the BBC").

    Other prepositional phrases on the verb after the object join it ("reported its smallest profit in 17
    years"), unless a comma or dash comes between the object and the phrase's first word (a comma inside the
    phrase does not count: "called him a kind, loving and admirable person"). A phrase with a clause for its object
    joins too (:func:`_clausal_phrase`: "questioning X's judgment in supporting the war"). Left out: a relative clause or
    apposition after a comma or dash ("..., which ..."), and circumstances of the cue: time, place, occasion,
    reason ("attacked Machado in early-morning tweets", "during the debate": :func:`_circumstance`).
    A second direct object joins too (:data:`OBJECT_COMPLEMENT_DEPS`: "offering Kasich the second spot"), when it
    follows the first right away (quote marks aside; after a phrase, a hyphen or a comma it is an apposition).
    ``adjuncts=False``: only the predicates, second objects and :data:`OBJECT_PREPS` phrases ("described it as a
    ploy"). ``places``: a bare name after a comma and a "where" clause stay in the object (:func:`trim_appended`).
    """
    toks = trim_appended(obj, lists=True, places=places)
    if obj.right_edge.i + 1 == sentence(obj).end and _sentence_end(obj) > sentence(obj).end:
        return toks + list(verb.doc[sentence(obj).end:_sentence_end(obj)])  # a misparsed sentence break
    for dep, child in kids(verb):
        if child.i > obj.i and dep == "conj" and _coordinated_object(child):
            toks.extend(t for t in verb.doc[obj.right_edge.i + 1:child.right_edge.i + 1])
            continue
        as_predicate = (
            dep == "advcl" and child.left_edge.lower_ == "as" and child.left_edge.i > obj.right_edge.i
            and child.tag_ not in FINITE_TAGS and not any(k_dep == "agent" for k_dep, k in kids(child))
        )  # not "as Trump consolidates X" (a time clause) nor "as shown by X"
        if child.i > obj.i and (dep in OBJECT_COMPLEMENT_DEPS or as_predicate):
            # as_predicate: "described her as likable", "portray Sanders as focused on X" (parsed as an adverbial clause)
            if dep == "prep" and child.lower_ not in OBJECT_PREPS and (not adjuncts or _circumstance(child) and not _clausal_phrase(child)):
                continue
            between = verb.doc[obj.right_edge.i + 1:child.left_edge.i]
            if dep == "dobj" and [t.text for t in between if t.is_punct] == [","] and _list_item(child):
                # "challenges reductions in early voting, restrictions on X and Y": a list of objects
                toks.extend(t for t in verb.doc[obj.right_edge.i + 1:child.right_edge.i + 1])
                continue
            if _examples(child) and verb.doc[child.left_edge.i - 1].text == "," and not _broken(between[:-1]):
                toks.extend(through_examples(obj.right_edge.i, child))
                continue  # "favor spending projects, like building infrastructure": examples of the object
            if _broken(between):
                break
            if dep == "dobj" and not all(t.is_quote for t in between):
                continue  # "praised Pence for cutting taxes - moves that ...": an apposition, not a second object
            toks.extend(child.subtree)
    return toks


def _examples(prep) -> bool:
    """A phrase that lists examples of what comes before it: "like X", "such as X", "including X"; after a comma it
    still belongs to a verb's object (without its own relative clauses and appositions: :func:`trim_appended`)."""
    if prep.dep_ != "prep":
        return False
    return prep.lower_ in ("like", "including") or (prep.lower_ == "as" and prep.left_edge.lower_ == "such")


def through_examples(last: int, prep) -> list:
    """The tokens after ``last`` (the content's last token) through an examples phrase ``prep`` (:func:`_examples`),
    the comma before it included and the phrase's own relative clauses and appositions left out
    (:func:`trim_appended`)."""
    return list(prep.doc[last + 1:max(t.i for t in trim_appended(prep)) + 1])


def second_conjunct(toks) -> list:
    """A second object joined right after a noun cue's content ``toks`` that the parser hung elsewhere: "and" / "or"
    (after a comma too) and a conjunct that is a preposition ("opinions about Mrs. Clinton | and about powerful women
    in general", "concern over the case, | and of Emanuel's situation") or an "-ing" form with no subject or
    auxiliary of its own ("proposals for mass deportations | and stripping citizenship from illegal immigrants'
    children"): the tokens after the content through the conjunct, else []. Limits: a noun conjunct is not read (",
    and his promise to build a wall" is as often a second subject), nor one after an adverb or aside."""
    doc = toks[0].doc
    last = max(t.i for t in toks)
    i = last + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "or"):
        return []
    conj = doc[i + 1]
    if conj.dep_ != "conj" or conj.left_edge.i != conj.i:
        return []
    own = [c_dep for c_dep, c in kids(conj)]
    gerund = conj.tag_ == "VBG" and not any(dep in SUBJECT_DEPS + ("aux", "auxpass") for dep in own)
    if not (conj.tag_ == "IN" or gerund):
        return []
    rest = list(doc[last + 1:conj.right_edge.i + 1])
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    return rest


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


def _list_item(tok) -> bool:
    """A noun after a comma that begins the rest of a list ("thanked his parents, his siblings, his wife and his
    children", "challenges reductions in early voting, restrictions on voter registration and the ID requirement"):
    its subtree holds an "and" / "or" joining two nouns. Limits: an apposition with a coordination of nouns in it
    ("Clinton, the former secretary of state and senator") reads as a list too."""
    if not _nominal(tok) or tok.dep_ not in ("appos", "dobj"):
        return False
    return any(
        t.dep_ == "cc" and t.lower_ in ("and", "or") and _nominal(t.head)
        and any(c.dep_ == "conj" and _nominal(c) and c.i > t.i for c in t.head.children)
        for t in tok.subtree
    )


def trim_appended(head, lists: bool = False, appositions: bool = False, places: bool = False) -> list:
    """``head``'s subtree without relative clauses and appositions set off by a comma or dash; ``lists``: an
    apposition of ``head`` itself after a comma that continues a list (:func:`_list_item`) stays (one on a noun
    inside ``head``'s phrase is a description: "criticism from X and Harold Doley, a banker and former official");
    ``appositions``: an apposition after a comma that names or describes a noun ("the activism of Erica Smegielski,
    the daughter of slain Sandy Hook Elementary School principal Dawn Hochsprung") stays, without its own relative
    clauses, but not an indefinite noun with a clause of its own (", a charge that Mrs. Clinton has faced": the
    writer's comment, :func:`_summary_apposition`'s shape); ``places``: a relative clause opened by ", where" stays
    (what happened at the place named: "a mass shooting in San Bernardino, California, where authorities reported
    ..."), and so does an apposition after a comma that is a bare proper name (:func:`_bare_name`: "San Bernardino,
    California", "Clinton's successor, John F. Kerry")."""
    doc = head.doc
    drop: set[int] = set()
    for tok in head.subtree:
        if tok.dep_ in ("relcl", "appos", "acl") and tok.i > head.i and tok.left_edge.i > 0:
            before = doc[tok.left_edge.i - 1]
            if lists and tok.head.i == head.i and before.text == "," and _list_item(tok):
                continue
            if places and tok.dep_ == "relcl" and tok.left_edge.lower_ == "where" and before.text == ",":
                continue
            if places and tok.dep_ == "appos" and before.text == "," and _bare_name(tok):
                continue
            if appositions and tok.dep_ == "appos" and before.text == "," and _nominal(tok.head) and not (
                tok.left_edge.lower_ in ("a", "an") and any(c.dep_ in ("relcl", "acl") for c in tok.children)
            ):
                continue
            if before.text in (",", "—", "--", "–", "(", ";"):
                drop.update(t.i for t in tok.subtree)
                drop.add(before.i)
    return [t for t in head.subtree if t.i not in drop]


def _bare_name(appos) -> bool:
    """An apposition that is a proper name alone, a place or a person ("California", "Calif.", "John F. Kerry"): every
    word of it a proper noun, save a "where" clause of its own (:func:`trim_appended`'s ``places``). Limit: a name the
    writer adds as an aside stays too."""
    where = {t.i for c in appos.children if c.dep_ == "relcl" and c.left_edge.lower_ == "where" for t in c.subtree}
    return all(t.tag_ in ("NNP", "NNPS") or t.text in (".", ",") or t.i in where for t in appos.subtree)


def without_appositions(toks) -> list:
    """``toks`` without the appositions set off by a comma or dash (:data:`_CLAUSE_BREAKS`) on a word among them, nor
    the mark before each: the bare phrase of an object read with ``trim_appended(..., appositions=True)`` ("mogul
    Donald Trump" of "mogul Donald Trump, now the Republican Party's nominee")."""
    ids = {t.i for t in toks}
    drop: set[int] = set()
    for tok in toks:
        if tok.dep_ == "appos" and tok.head.i in ids and tok.left_edge.i > 0:
            before = tok.doc[tok.left_edge.i - 1]
            if before.text in _CLAUSE_BREAKS:
                drop.update(t.i for t in tok.subtree)
                drop.add(before.i)
    return [t for t in toks if t.i not in drop]


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
    governing = _governing_clause_start(cue, comp)
    if governing is not None:  # "Kasich, suggesting C, was tepid about ...": C ends before the clause above the cue
        end = min(end, governing)
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
            if tok.dep_ == "conj" and (_second_that_clause(tok) or _reported_conjunct(tok, right)):
                continue  # "predicted that C, but that C2": a second complement of the cue
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
    if comparison and (_comparison_after(tok) or _summary_apposition(tok)):
        return i - 1
    return None


# What the parser hangs a noun phrase summing up the clause before it on (", a move that ...").
SUMMARY_DEPS = ("npadvmod", "dobj", "dep", "advcl")


def _summary_apposition(tok) -> bool:
    """", a move that angered ..." / ", a mass layoff rivaling ..." / ", an increase of almost $200 million" after a
    comma or dash: an indefinite common noun hung on a verb (not on a noun: ", a former nominee who ..." describes
    that noun) with a relative clause or participle of its own, or after a comma a prepositional phrase, the
    writer's comment on the clause before it, not part of what the source said. Limits: the parser's attachment
    decides (an apposition it hangs on the last noun, ", a proportion that ...", stays in the content), and a
    comment the source made itself is cut too."""
    head = tok.head
    return (
        tok.lower_ in ("a", "an") and head.tag_ in ("NN", "NNS") and head.left_edge.i == tok.i
        and head.dep_ in SUMMARY_DEPS and head.head.tag_.startswith("VB")
        and any(dep in ("relcl", "acl") or dep == "prep" and tok.doc[tok.i - 1].text == "," for dep, _ in kids(head))
    )


def _governing_clause_start(cue, comp) -> Optional[int]:
    """Where the words of a clause above ``cue`` go on after its complement ``comp`` ("Kasich, suggesting the U.S.
    outsource the fight to Syria and Russia, | was tepid about ...", "..., saying he was nervous to ask a question, |
    the man ended up ..."): a verb the cue hangs under (directly or through other heads), or a verb conjoined to one
    of those, that comes after the complement, from its subject, auxiliaries or other words before it, when a comma
    or dash comes right before them (or before the "and" / "but" that joins it); else None. The content is what the
    cue's source said, never the clause the cue is part of. Limits: the parser's heads decide; a second verb it
    hangs on the complement itself stays in the content."""
    doc = cue.doc
    last = comp.right_edge.i
    found = []
    tok = cue
    while tok.head.i != tok.i:
        tok = tok.head
        verbs = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.i > last]
        for verb in verbs:
            if verb.i <= last or not _verbal(verb) or _second_that_clause(verb):
                continue  # ", and that C2": a second complement (:func:`_second_that_clause`)
            start = min([verb.i] + [c.left_edge.i for c in verb.children if last < c.i < verb.i and not c.is_punct])
            if start > 0 and doc[start - 1].dep_ == "cc" and doc[start - 1].head == tok:
                start -= 1
            if start > 0 and doc[start - 1].text in _CLAUSE_BREAKS:
                found.append(start - 1)
    return min(found) if found else None


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
    (", a charge the foreign ministry rejected as ..."). The content ends before it. A first-person aside of the
    speaker is no second attribution (:func:`_speaker_aside`)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text not in _CLAUSE_BREAKS and not _quote_comma(texts(doc), tok.i):
        return False
    # ", while 22 percent said C2", ", and three-quarters said C2": a subject right after the mark (a capitalised
    # "But" opens a quotation's next sentence, '," "But I do know that ...': not read so)
    joins = tok.text in _JOINING_MARKS and doc[tok.i - 1].text == ","
    opens = (tok.i, tok.i + 1) if tok.lower_ in CONTRAST_MARKS or joins else (tok.i,)
    for s in doc[tok.i:min(tok.i + 8, end)]:
        verb = s.head
        if s.dep_ in SUBJECT_DEPS and s.left_edge.i in opens and verb.i > s.i and verb != cue:
            if _speaker_aside(s, verb):
                return False
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
# Subjects of a speaker's own aside inside what he says (", I think, ...", ", we know there are ...").
SPEAKER_PRONOUNS = frozenset(("i", "we"))


def _speaker_aside(subj, verb) -> bool:
    """A first-person clause inside a content (", I don't think they've studied her adequately", "— I think the
    pressure's going to build on her —") or the filler "you know": the speaker's own words, not another source's
    attribution, so the content goes on. Limits: read from the pronoun alone, so a first-person writer's aside inside
    a reported clause is kept in the content too."""
    return subj.lower_ in SPEAKER_PRONOUNS or (subj.lower_ == "you" and verb.lower_ == "know")


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
    """A break inside a content clause: ", but <clause>", ", and he noted ...", ", contradicting ...", ", although
    <clause>". A concession with no clause of its own (", though not necessarily likely, that ...", ", although
    brief,") is part of what was said and does not break it."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.text not in _CLAUSE_BREAKS and not _quote_comma(texts(doc), tok.i):
        return False
    if tok.dep_ == "mark" and tok.lower_ in CONCESSIVE_MARKS:
        return _verbal(tok.head) and any(c_dep in SUBJECT_DEPS + ("expl",) for c_dep, c in kids(tok.head))
    if tok.dep_ == "cc" and tok.lower_ in ("but", "and", "yet"):
        conj = next((t for t_dep, t in kids(tok.head) if t_dep == "conj" and t.i > tok.i), None)
        if conj is not None and _second_that_clause(conj) and conj.left_edge.i == tok.i + 1:
            return False  # ", but that C2": the cue's second complement, not a new clause
        if conj is None or not any(c_dep in SUBJECT_DEPS for c_dep, c in kids(conj)):
            return False
        return tok.lower_ != "and" or conj.lower_ in CUE_FORMS or any(t.lower_ in CUE_FORMS for t in children(conj))
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" or (tok.dep_ == "advmod" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and tok.head.i > tok.i)


def _second_that_clause(conj) -> bool:
    """A conjunct clause opened by the complementiser "that" right after "and" / "but" ("predicted that base wages
    would fall, but that the higher overtime payments would more than offset any loss", "said the odds were very
    low, and that Americans should worry more about other things"): a second complement of the same cue, part of
    the content, not a new clause of the writer. Limits: the parser must mark "that" as the conjunct's ``mark``
    (a demonstrative, ", but that group was ...", is no mark); the "that" clause of another verb is taken too."""
    first = conj.left_edge
    doc = conj.doc
    return (
        conj.dep_ == "conj" and _verbal(conj) and first.lower_ == "that" and first.dep_ == "mark" and first.head == conj
        and first.i > 0 and doc[first.i - 1].lower_ in ("and", "but")
    )


def _reported_conjunct(conj, right: int) -> bool:
    """A conjunct clause the parser hung on the cue, with its own subject, joined by "and" / "but" with no comma or
    dash before it right after the complement (ending at ``right``), whose verb is no cue verb ("said he expects to
    win the primary and he is doing better against Trump", "says Mr. Gingrich is a very close friend and it's his
    business what favors he does"): the rest of the reported clause, not a second act of the source. Limits: the
    parser's subject decides; a second act with a subject of its own and no comma ("said C and she accused X") is
    read as reported too unless its verb is a cue verb (:data:`CUE_FORMS`)."""
    doc = conj.doc
    first = conj.left_edge.i
    joint = first if doc[first].lower_ in _JOINING_MARKS else first - 1  # the parser may hang "and" on the cue
    if conj.lower_ in CUE_FORMS or joint != right + 1 or doc[joint].lower_ not in _JOINING_MARKS:
        return False
    if doc[joint - 1].is_punct:
        return False
    return any(c_dep in ("nsubj", "nsubjpass", "expl") and joint < c.i < conj.i for c_dep, c in kids(conj))


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


def content_range_from(toks, base: int) -> Optional[Range]:
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return token_range(toks, base)
