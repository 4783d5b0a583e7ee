"""The object frames of the cue verbs: a direct object (``verb_object``, ``object_topic``), a predicate
(``verb_predicate``), a prepositional object (``verb_prep_object``), an infinitive or "-ing" complement
(``verb_xcomp``) and a relative clause on the object (``relative_object``).

Each is a generator over a :class:`~annotate.extract.frames.VerbCue` that returns whether it took the cue, declared
with ``@frame``; :func:`annotate.extract.rules.verb_cues` tries them after the clause frames
(:data:`~annotate.extract.rules.VERB_FRAMES`).

Limits: the object classes are the closed lists of :mod:`annotate.extract.lexicons`; the content is the object's
extent (:func:`annotate.extract.extents._object_tokens`), so a misattached object gives a wrong boundary.
"""

from __future__ import annotations

from typing import Generator

from annotate.extract.candidate import Candidate
from annotate.extract.extents import (
    CIRCUMSTANCE_PREPS, CLAUSE_BREAKS, REACTION_DEPS, SUBJECT_DEPS, _CLAUSE_BREAKS, _NESTED_FORMS, _broken,
    _circumstance, _coordinated_object, _examples, _nominal, _object_tokens, _to_sentence_end, _verbal, content_range,
    _trailing_relative, content_range_from, through_examples, trim_appended,
)
from annotate.extract.frames import TELL_FORMS, VerbCue
from annotate.extract.lexicons import (
    AGENT_PRONOUNS, CLAIM_NOUNS, CORE_OBJECT_FORMS, CORE_XCOMP_FORMS, CUE_FORMS, EVIDENCE_FORMS, INTENTION_VERBS,
    OBJECT_FORMS, OBJECT_PREPS, OBJECT_TOPIC_FORMS, OBJECT_TOPIC_PREPS, PARTICLE_OBJECT_CUES, PHRASAL_CUES,
    PREDICATE_FORMS, PRED_OBJECT_FORMS, PUBLISH_OBJECT_FORMS, QUESTION_OPENERS, SAY_FORMS, SPEECH_OBJECT_FORMS,
    TOPIC_OBJECT_NOUNS, TOPIC_OBJECT_PREPS, TOPIC_PARTICIPLES, XCOMP_FORMS,
)
from annotate.extract.registry import MINOR, Rule, frame
from annotate.extract.spans import token_range
from annotate.extract.tokens import kids, sentence
from annotate.extract.verb_classes import TRY_61
from annotate.lexicon import verb_forms


def _particle(verb, dep: str, child) -> bool:
    """``child`` is the verb's particle: a ``prt``, or an adverb right after the verb (the parser reads the "back" of
    "later walked back his comments" as an ``advmod``)."""
    return dep == "prt" or (dep == "advmod" and child.i == verb.i + 1)


def _speech_object(verb, obj, agent: bool) -> bool:
    """A speech verb from :data:`SPEECH_OBJECT_FORMS` with a noun object and an agentive subject ("claimed vast
    wealth", "declared bankruptcy", "answering questions about C"); "point" only as "point out X" ("point to X"
    is a phrasal cue). A publishing verb of :data:`PUBLISH_OBJECT_FORMS` ("tweeted a chart") takes a noun or
    determiner object, not a pronoun ("posted it") nor the first of two objects. Limits: what was posted is
    content even when it is only a photo or a link ("posted a video")."""
    if obj is None or not agent or obj.tag_ in ("WP", "WDT"):
        return False
    if any(_particle(verb, c_dep, c) and (verb.lower_, c.lower_) in PARTICLE_OBJECT_CUES for c_dep, c in kids(verb)):
        return True  # "laid out his plan", "shrugged off the criticism" (:data:`PARTICLE_OBJECT_CUES`)
    if verb.lower_ in SPEECH_OBJECT_FORMS and SPEECH_OBJECT_FORMS[verb.lower_] != "point":
        return True
    # "tweeted a chart of ...", "posted a photo of herself": what was published, a noun or determiner object
    return verb.lower_ in PUBLISH_OBJECT_FORMS and obj.tag_ in ("NN", "NNS", "NNP", "NNPS", "DT") and not any(c_dep == "dative" for c_dep, c in kids(verb))


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


# Objects that stand for no content of their own when nothing goes with them: a free relative or question word
# ("That's what he said", "What does Bernie want?"), a reflexive pronoun ("he portrayed himself") and a day read as
# the object ("promised Sunday", "talked about today").
EMPTY_OBJECT_WORDS = frozenset(
    """
    what whatever myself yourself himself herself itself ourselves yourselves themselves
    today tonight yesterday monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def _empty_object(obj) -> bool:
    """True when ``obj`` is a word of :data:`EMPTY_OBJECT_WORDS`. Limit: the content the free relative points to
    ("X is what he said") is not read; the caller drops the statement only when the object has nothing with it."""
    return obj.lower_ in EMPTY_OBJECT_WORDS


@frame(Rule("verb_object", priority=1, role=MINOR, headline_object=True))
def verb_object(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"denied the reports", "mocked the idea", "described it as a ploy": the direct object and its complements.
    A personal pronoun object keeps its predicates and :data:`OBJECT_PREPS` phrases only, not the cue's other
    phrases ("opposed it on those grounds": "it"). A bare name after a comma and a ", where" clause stay in the object
    ("assailed a federal judge, Gonzalo P. Curiel"), other relative clauses and appositions after a comma do not; a
    "that" clause right after the object that the parser hung elsewhere joins it (:func:`_that_clause_after`). Limit:
    a phrase outside :data:`OBJECT_PREPS` that belongs to what was said is lost with them."""
    obj = v.obj
    if obj is None:
        return (yield from _clausal_object(v))
    object_cue = _object_cue(v, obj)
    # a personal pronoun object takes its predicate ("described it as a ploy") but not the cue's adjuncts
    # ("supported her in other states", "opposed it on those grounds")
    obj_toks = _object_tokens(v.tok, obj, adjuncts=obj.tag_ != "PRP", places=True)
    if not object_cue and v.form in PRED_OBJECT_FORMS and v.agent:
        # "described it as a ploy", not "pressed him" nor "find themselves in the thick of it" (an adjunct is no predicate)
        object_cue = max(t.i for t in _object_tokens(v.tok, obj, adjuncts=False)) > obj.right_edge.i
    if not object_cue or v.form in TELL_FORMS:
        return False
    if len(obj_toks) == 1 and _empty_object(obj):
        return True  # "That's what he said", "portrayed himself": the cue holds no content of its own here
    obj_toks += _infinitive_after(v.tok, max(t.i for t in obj_toks))
    if v.form in NAMING_FORMS:
        obj_toks += _quoted_predicate_after_aside(v.tok, max(t.i for t in obj_toks))
    if v.tok.lower_ in SHOW_FORMS and obj.tag_ not in ("WP", "WDT"):
        obj_toks += _small_clause_rest(v.tok, max(t.i for t in obj_toks))
    obj_toks += _that_clause_after(v.tok, max(t.i for t in obj_toks))
    topic = _topic_phrase(obj)
    if topic is not None:
        obj_toks = [t for t in obj_toks if t.i > topic.i]
    yield Candidate(content_range(obj, v.base, toks=obj_toks), v.source, v.cue, "indirect", "verb_object", v.tok.i)
    return True


# Verbs that give their object a name or label, the predicate often a quotation ("called him "a feminist."").
NAMING_FORMS = frozenset(
    form
    for verb in ("call", "describe", "portray", "label", "brand", "dub", "characterize", "depict", "term", "nickname")
    for form in verb_forms(verb)
)
# The longest aside between a naming verb's object and its quoted predicate (", who ended his bid for the White
# House Saturday,"), in tokens.
MAX_ASIDE_TOKENS = 12


def _quoted_predicate_after_aside(verb, last: int) -> list:
    """The quoted predicate of a naming verb (:data:`NAMING_FORMS`) after an aside between commas that the
    parser hung elsewhere ("calling him, among other things, “a failed candidate.”", "Trump called Clinton, his
    Democratic presidential challenger, an ISIS “co-founder.”"): the tokens after the content's last one (``last``)
    through the quotation's closing mark, when a comma follows ``last``, the aside (at most
    :data:`MAX_ASIDE_TOKENS` tokens, no quote mark and no verb) closes with a comma, and an opening quote mark comes
    within three words after it, "as" aside; or when the content already holds the aside and its comma is followed
    by "as" and the quotation ("portraying Mexican immigrants, in particular, as "rapists"").

    Limits: only a quoted predicate (an unquoted one after an aside stays out); an aside with a verb ("who ended his
    bid ...") stops it; the content ends at the closing mark ('as "rapists" and criminals who ...' loses its
    tail); the closing mark must be in the sentence or right after it."""
    doc = verb.doc
    sent = sentence(verb)
    while last > verb.i and doc[last].is_punct:
        last -= 1
    if last + 2 >= sent.end or doc[last + 1].text != ",":
        return []
    close = doc[last + 1]
    if doc[last + 2].lower_ != "as":  # "portraying Mexican immigrants, in particular, as "rapists"": the aside taken
        aside = doc[last + 2:min(sent.end, last + 2 + MAX_ASIDE_TOKENS)]
        close = next((t for t in aside if t.text == "," or t.is_quote or t.tag_.startswith(("VB", "MD"))), None)
        if close is None or close.text != ",":
            return []  # no aside, or a clause ("urged women to vote for X, saying, "Q"")
    start = close.i + 1 + (close.i + 1 < sent.end and doc[close.i + 1].lower_ == "as")
    opening = next((t for t in doc[start:min(sent.end, start + 3)] if t.is_quote or t.is_punct), None)
    if opening is None or not opening.is_quote or opening.tag_ != "``":
        return []
    closing = next((t for t in doc[opening.i + 1:min(len(doc), sent.end + 2)] if t.is_quote), None)
    if closing is None:
        return []
    return list(doc[last + 1:closing.i + 1])


# "Show" takes its object with a predicate ("the poll shows Cruz 16 points ahead"); dependents of the verb that,
# right after its object, say what is shown of it.
SHOW_FORMS = frozenset(verb_forms("show"))
SMALL_CLAUSE_DEPS = ("advmod", "npadvmod", "prep", "acl", "advcl", "oprd", "acomp")


def _small_clause_rest(verb, last: int) -> list:
    """The predicate of "show"'s object that the parser hung on the verb ("the poll shows Ted Cruz | 16 points
    ahead of Trump in Indiana", "showing her | well behind", "showed things | a little differently"): the verb's
    dependents of :data:`SMALL_CLAUSE_DEPS` that follow the content word after word, each whole, circumstances
    included. Limits: "show" only (other evidence verbs, "confirmed judges at the slowest pace", take no predicate);
    stops at the first punctuation mark or gap, so a predicate after a comma stays out."""
    toks = []
    for c_dep, c in kids(verb):
        if c.i <= last:
            continue
        if c_dep not in SMALL_CLAUSE_DEPS or c.left_edge.i != last + 1 or c.left_edge.is_punct:
            break
        toks.extend(c.subtree)
        last = c.right_edge.i
    return toks


def _topic_phrase(obj):
    """The preposition right after an object noun of :data:`TOPIC_OBJECT_NOUNS` that opens what the view is about
    ("offered an emotional defense of | the city", "expressed discomfort with | Trump"); the content starts after
    it, as PolNeAR's cue takes the noun. Limits: only a preposition of :data:`TOPIC_OBJECT_PREPS` hung on the noun
    itself, with a noun or clause object; a plural or an adjective between does not matter ("increasingly strident
    defenses of")."""
    if obj.lower_ not in TOPIC_OBJECT_NOUNS or not obj.tag_.startswith("NN"):
        return None
    prep = next((c for c_dep, c in kids(obj) if c_dep == "prep" and c.i == obj.i + 1), None)
    if prep is None or prep.lower_ not in TOPIC_OBJECT_PREPS:
        return None
    if not any(c_dep in ("pobj", "pcomp") for c_dep, c in kids(prep)):
        return None
    return prep


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

    The object's relative clauses and appositions after a comma or dash are left out, as for ``verb_object``
    (:func:`~annotate.extract.extents.trim_appended`: "railed against the Trans-Pacific Partnership, | the 12-country
    trade deal ..."), but not a bare proper name nor a "where" clause on a place ("reacted to a mass shooting in San
    Bernardino, California, where authorities reported ...").
    The verb's phrases after the object join it ("during the forum"), except an occasion, medium or time
    opened by a preposition outside :data:`CIRCUMSTANCE_PREPS` and :data:`OBJECT_PREPS` (``_circumstance``:
    "in July", "in remarks"), and a "to" clause or an "-ing" clause right after them (:func:`_infinitive_after`:
    "called for the former secretary of state to release X"; :func:`_gerund_after`: "pointed to Obama endorsing
    Clinton"; :func:`_that_clause_after`: "point to Saudi charities that fund organizations ..."). An object of
    :data:`EMPTY_OBJECT_WORDS` alone gives nothing ("talked about today"). Limit: the parser's attachment decides
    which phrases are the verb's, and a purpose clause of the cue itself is taken too ("sided with the state of Ohio
    to uphold a law")."""
    tok, form = v.tok, v.form
    if v.participle and form in TOPIC_PARTICIPLES:
        return False  # "held talks, focusing on a ceasefire": the talks' topic
    prep = next((c for c_dep, c in kids(tok) if c_dep == "prep" and c.i > tok.i and (form, c.lower_) in PHRASAL_CUES), None)
    pobj = next((c for c_dep, c in kids(prep) if c_dep in ("pobj", "pcomp")), None) if prep is not None else None
    if pobj is None:
        return (yield from _for_to_clause(v))
    # the object without its relative clauses and appositions after a comma or dash, as verb_object's ("railed
    # against the Trans-Pacific Partnership, the 12-country trade deal ..."), bare names and ", where" clauses aside
    toks = trim_appended(pobj, lists=True, places=True)
    kept_end = max(t.i for t in toks)
    toks += [t for c_dep, c in kids(tok) if c_dep in ("xcomp", "ccomp") and c.i > pobj.i for t in c.subtree]
    toks += [t for c_dep, c in kids(prep) if c_dep in ("xcomp", "ccomp") and c.i > pobj.i for t in c.subtree]
    toks += [t for c_dep, c in kids(pobj) if c_dep == "acl" and c.i > pobj.i and c.tag_ in ("VB",) for t in c.subtree]
    for c_dep, c in kids(tok):  # "decided against fact-checking Trump during the forum": the verb's adjuncts after it
        if c.i > prep.right_edge.i and c_dep in ("prep", "npadvmod"):
            if c_dep == "prep" and c.lower_ not in OBJECT_PREPS | CIRCUMSTANCE_PREPS and _circumstance(c):
                continue  # "called for the ban in December": an occasion or time in/on a noun, as for verb_object
            gap = [t.text for t in tok.doc[prep.right_edge.i + 1:c.left_edge.i]]
            if _examples(c) and gap == [","]:
                toks += through_examples(prep.right_edge.i, c)  # ", like NAFTA"
                continue
            if any(t.is_punct for t in tok.doc[min(prep.right_edge.i, kept_end) + 1:c.i]):
                break
            toks += list(c.subtree)
    toks += _infinitive_after(tok, max(t.i for t in toks))  # "called for the former secretary of state to release X"
    toks += _gerund_after(tok, max(t.i for t in toks))  # "pointed to Obama endorsing Clinton"
    toks += _second_prep_object(tok, max(t.i for t in toks))
    toks += _that_clause_after(tok, max(t.i for t in toks))
    if len(toks) == 1 and _empty_object(pobj):
        return True  # "talked about today", "distanced herself from what": no content of its own
    yield Candidate(content_range(pobj, v.base, toks=toks), v.source, token_range([tok, prep], v.base), "indirect", "verb_prep_object", tok.i)
    return True


def _that_clause_after(verb, last: int) -> list:
    """A "that" clause right after the content's last word, a noun, that the parser hung elsewhere ("respond to recent
    Clinton campaign accusations | that his backers are waging ... attacks", "critics point to Saudi charities | that
    fund organizations ..."): what the noun says or does, part of the content. Only with nothing between (no comma),
    a clause that opens with "that" and is no complement of the cue verb itself; else []. Limit: a relative clause on a
    noun before the content's last word ("an endorsement of Clinton that was more personal") is joined too."""
    doc = verb.doc
    if last + 2 >= len(doc) or doc[last + 1].lower_ != "that" or not doc[last].tag_.startswith("NN"):
        return []
    clause = doc[last + 1].head
    if clause.i <= last + 1 or clause.left_edge.i != last + 1 or clause.dep_ not in ("relcl", "ccomp", "acl", "dep"):
        return []
    if clause.head.i == verb.i and clause.dep_ == "ccomp":
        return []  # "convinced voters that C": the cue's own complement
    return list(doc[last + 1:clause.right_edge.i + 1])


def _gerund_after(verb, last: int) -> list:
    """An "-ing" clause right after the preposition's object that the parser hung on the cue verb ("pointed to Obama |
    endorsing Clinton on Thursday", "focused on his years | serving on the House Armed Services Committee"): what the
    object does, part of the content. Only with nothing between (no comma) and no mark or adverb of its own before
    it ("while reveling in ...", "when introducing ..." are the cue's circumstances)."""
    for c_dep, c in kids(verb):
        if c_dep == "advcl" and c.tag_ == "VBG" and c.left_edge.i == last + 1 and c.left_edge == c:
            return list(c.subtree)
    return []


def _second_prep_object(verb, last: int) -> list:
    """A second object of the preposition that the parser hung on the cue verb as a conjunct, right after "and" /
    "or" at the end of the content: a question clause ("talk about immigration and how it's transforming the
    country", also when hung on a verb above the cue) or a noun or "-ing" form with no subject of its own ("speaking
    about the assault and confronting the threat of terror": :func:`_coordinated_object`, with no auxiliary: "and is
    letting them know" is a second act). Limits: only right after the content, so a phrase between the object and
    "and" keeps the conjunct out; a second act of the cue's subject ("and urged X") stays out."""
    doc = verb.doc
    if last + 2 >= len(doc) or doc[last + 1].lower_ not in ("and", "or"):
        return []
    opener = doc[last + 2]
    conj = opener if opener.dep_ == "conj" else opener.head
    if conj.dep_ != "conj" or conj.left_edge.i != last + 2:
        return []
    finite = any(c_dep in ("aux", "auxpass") for c_dep, c in kids(conj))
    if conj.head.i == verb.i and _coordinated_object(conj) and not finite:
        return list(doc[last + 1:conj.right_edge.i + 1])
    above = conj.head.i == verb.i or conj.head.is_ancestor(verb)
    if opener.lower_ in QUESTION_OPENERS and opener.head.i == conj.i and above:
        return list(doc[last + 1:conj.right_edge.i + 1])  # the parser may hang the question on a verb above the cue
    return []


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


# "-ing" forms of the try class (VerbNet try-61) without a listed intention verb ("seeking" stays): "is trying to
# win over voters", "Clinton, trying to sell broccoli, ...", an effort under way that the writer describes.
ONGOING_TRY_FORMS = frozenset(
    form for base in TRY_61 - INTENTION_VERBS for form in verb_forms(base) if form.endswith("ing")
)
# Every form of the try class without a listed intention verb, and the most words (with "to") of a complement of
# theirs that names an act rather than a message (:func:`_attempted_act`).
TRY_FORMS = frozenset(form for base in TRY_61 - INTENTION_VERBS for form in verb_forms(base))
ATTEMPTED_ACT_WORDS = 7


def _attempted_act(xcomp, toks) -> bool:
    """True when a try-class complement is a short act (:data:`ATTEMPTED_ACT_WORDS` words at most) whose verb is no
    cue word: "tried to turn the tables", "tried to revive it", "will try to have it" describe what someone did, which
    PolNeAR seldom annotates; "tried to attack Trump", "tried to make the case that C" (a cue verb) and longer
    complements keep their statement. Limit: a short act the gold takes ("tried to empathize with their
    frustrations") is lost with it."""
    return xcomp.lower_ not in CUE_FORMS and len([t for t in toks if not t.is_punct]) <= ATTEMPTED_ACT_WORDS


@frame(Rule("verb_xcomp", priority=1, role=MINOR, headline_object=True))
def verb_xcomp(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"vowed to fight", "refused to comment": the "to" complement of an intention verb. An "-ing" form of the try
    class gives none (:data:`ONGOING_TRY_FORMS`); its other forms ("tried to", "tries to") still do, unless the
    complement is a short act (:func:`_attempted_act`)."""
    tok, form = v.tok, v.form
    xcomp = next((c for c_dep, c in kids(tok) if c_dep == "xcomp" and c.i > tok.i), None)
    if xcomp is None:
        return False
    if not (form in CORE_XCOMP_FORMS or (form in XCOMP_FORMS and v.agent) or _gerund_object(v, xcomp)):
        return False
    if form in ONGOING_TRY_FORMS:
        return False
    coordinated = _coordinated_complements(tok, xcomp)
    toks = list(xcomp.subtree) if coordinated else _without_asides(xcomp)
    for last in coordinated:  # "to cut taxes, build a wall and deport ..."
        toks.extend(tok.doc[toks[-1].i + 1:last + 1])
    if form in TRY_FORMS and _attempted_act(xcomp, toks):
        return False
    toks = _without_trailing_relative(xcomp, toks)
    yield Candidate(content_range(xcomp, v.base, toks=toks), v.source, v.cue, "indirect", "verb_xcomp", tok.i)
    return True


# Subordinating words of a clause that tells when or why something happened ("as she left the breakfast", "even as
# Clinton closed in on ..."): the writer's circumstance, not part of an intention's complement.
CIRCUMSTANCE_MARKS = frozenset(("as", "while", "when", "after", "before", "because", "since"))


def _without_asides(head) -> list:
    """``head``'s subtree without the writer's asides on it: a participle clause after a comma or dash (", reversing
    its decades-long pacifism", ", leaving Cleveland excited ...", ", potentially teeing up ...": :func:`_opens`) and
    a finite clause of time or reason on ``head`` (:data:`CIRCUMSTANCE_MARKS`: "to speak to reporters as she left
    the breakfast", with a measure before it: "a day after he said them"), with what follows them. Limit: a cue
    inside the part left out is no longer inside this content, so its own statement is kept ("after he said
    them")."""
    doc = head.doc
    toks = list(head.subtree)
    cut = None
    for dep, child in kids(head):
        if dep != "advcl" or child.i < head.i:
            continue
        before = doc[child.left_edge.i - 1]
        participle = (
            child.tag_ == "VBG" and _opens(child) and before.text in CLAUSE_BREAKS
            and not any(k_dep == "conj" for k_dep, k in kids(child))
        )  # not a list of "-ing" items ("three felonies, including conspiracy, violating X and lying to Y")
        marked = any(_circumstance_mark(child, k_dep, k) for k_dep, k in kids(child)) and _verbal(child) and any(
            k_dep in SUBJECT_DEPS for k_dep, k in kids(child)
        )
        if participle or marked:
            start = child.left_edge.i - 1 if before.is_punct or before.lower_ == "even" else child.left_edge.i
            measure = next((k for k_dep, k in kids(head) if k_dep == "npadvmod" and k.right_edge.i == start - 1), None)
            if marked and measure is not None:  # "a day after he said them"
                start = measure.left_edge.i
            cut = start if cut is None else min(cut, start)
    return [t for t in toks if cut is None or t.i < cut]


def _without_trailing_relative(xcomp, toks) -> list:
    """``toks`` without a non-restrictive "which" clause after a comma that closes the sentence ("to restart
    surveillance of mosques and the city's Muslim community, which the New York Police Department began shortly after
    the 9/11 attacks ...", "to collect though the carbon tax, which amounts to ..."): the writer's aside, left out
    as the clause rules leave it (:func:`~annotate.extract.extents._trailing_relative`). A "who" clause on a person
    stays (its cue would give a statement of its own). Limit: a relative clause the speaker's words go on into ("to
    air a new ad, which paints Clinton as a job-killer") is left out too."""
    end = sentence(xcomp).end
    cut = next((t.i - 1 for t in toks if t.i > xcomp.i and t.tag_ == "WDT" and _trailing_relative(t, end)), None)
    return toks if cut is None else [t for t in toks if t.i < cut]


def _circumstance_mark(clause, dep: str, word) -> bool:
    """``word`` (a ``dep`` child of ``clause``) is a word of :data:`CIRCUMSTANCE_MARKS` that opens the clause: its
    ``mark``, or the adverb the parser reads in its place ("when" as ``advmod``: "to state a party | when they
    registered")."""
    return word.lower_ in CIRCUMSTANCE_MARKS and (dep == "mark" or (dep == "advmod" and word.i == clause.left_edge.i))


def _opens(verb) -> bool:
    """``verb`` is the first word of its clause, or comes right after an adverb of its own that opens it (",
    potentially teeing up ...")."""
    first = verb.left_edge
    return first == verb or (first.dep_ == "advmod" and first.head == verb and first.i + 1 == verb.i)


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
    if noun.dep_ not in REACTION_DEPS or noun.left_edge.i == 0 or tok.doc[noun.left_edge.i - 1].text not in _CLAUSE_BREAKS:
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
