"""Cue verbs and their clause frames.

:func:`_verb_cue` decides whether a word of ``CUE_FORMS`` is a cue and reads it as a :class:`VerbCue` (the verb, its
subject and source from :mod:`annotate.extract.subjects`, its complement). The frames here take a complement clause:
``passive_as_saying``, ``clause_after_object``, ``object_clause``, ``clause``, ``final_cue``, ``misparsed_report``,
``parenthetical``, ``as_parenthetical`` and ``verb_claim_noun``. Each is a generator of
:class:`~annotate.extract.candidate.Candidate` that returns whether it took the cue, declared with ``@frame``. The
object frames are in :mod:`annotate.extract.object_frames`; :func:`annotate.extract.rules.verb_cues` tries both in
:data:`~annotate.extract.rules.VERB_FRAMES` order.

Limits: frames trust spaCy's parse of the clause; a cue whose complement the parser hung elsewhere is taken only
where a frame reads that misparse (``misparsed_report``, ``final_cue``), otherwise it gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generator, Optional

from annotate.extract.candidate import Candidate, Range
from annotate.extract.extents import (
    CLAUSE_DEPS, SUBJECT_DEPS, _CLAUSE_BREAKS, _clause_break, _from_sentence_start, _nominal, _sentence_end,
    _to_sentence_end, _verbal, content_range, content_range_from, source_range, subtree_without,
)
from annotate.extract.lexicons import (
    CLAIM_NOUNS, CLAUSE_FORMS, CUE_FORMS, EVIDENCE_FORMS, INQUIRY_FORMS, OBJECT_FORMS, OWN_CLAUSE_FORMS,
    PARTICIPLE_CUES, PASSIVE_FRAMES, PERCEPTION_FORMS, PHRASAL_CUES, QUESTION_OPENERS, SPEECH_FORMS, XCOMP_FORMS,
)
from annotate.extract.registry import OTHER, Rule, SPEECH, frame
from annotate.extract.spans import token_range
from annotate.extract.subjects import (
    VERB_TAGGED_NAME_TAGS, _SEGMENT_HEAD_TAGS, _after_according, _clause_of, _cue_subject, _left_segment, _maker,
    agentive, compound_subject, opening_segment, passive_reading, poll_source, run_on_subject, subject_of,
)
from annotate.extract.tokens import FINITE_TAGS, TENSED_VERB_TAGS, kids, per_token, sentence, texts

# Clauses under these marks are hypothetical, not reported ("if the government wants to ...").
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
TELL_FORMS = frozenset("told tell tells telling".split())
# "mean" is a cue only with a person as subject ("I mean C", "he meant that C"): with anything else it states an
# implication ("Friday's ruling means the law is stillborn", "All those factors mean ..."), as "it means" does.
MEAN_FORMS = frozenset("mean means meant meaning".split())


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
    if first.is_punct or first.lower_ == "that" or first.tag_ in FINITE_TAGS or first.tag_ == "TO":
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
        t.tag_ in FINITE_TAGS or any(c_dep in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c_dep, c in kids(t))
        for t in rest[1:] if _verbal(t) and t.tag_ != "MD" and t.dep_ == "ccomp"
    )
    return rest if finite else []


def _buried_subject(comp, verb) -> bool:
    """A complement after the cue whose subject the parser hung below one of its other words ("Police said the
    girl/nsubjpass was peppered-sprayed": the subject of "peppered", itself under "sprayed")."""
    if comp.i <= verb.i or not _verbal(comp):
        return False
    return any(t.dep_ in SUBJECT_DEPS and t.head.i != comp.i and comp.is_ancestor(t) for t in verb.doc[verb.i + 1:comp.i])


def _verb_tagged_noun(tok) -> bool:
    """A present-tense cue verb tagged as a plural noun but parsed as a verb ("But Trump claims/NNS that C", "The
    campaign plans/NNS to employ X"): a subject before it and a clause or "to" complement after it; or, as the
    root of its sentence, with its subject read as a compound of it and a clause or direct object after it
    ("Trump/compound predicts/NNS that C", "Clinton Cash/compound details/NNS several incidents of X": see
    :func:`annotate.extract.subjects.compound_subject`). A sentence's root tagged as a singular or plural noun with a
    subject before it is a verb with a clause, "to" complement or direct object after it ("Audit files from NGP VAN
    show/NN that C", "Democrats on the House Select Committee on Benghazi plan/NN to release X", "Super PAC
    blasts/NNS Trump"). Limits: an object the parser read as an apposition ("Al-Awlaki extols/NNS Nidal
    Hasan/appos") and a subject read as a modifier ("Many/amod fear/NN C", "Some/det view/NN X as Y") are not
    taken."""
    if tok.tag_ not in ("NN", "NNS"):
        return False
    subject_before = any(c_dep == "nsubj" and c.i < tok.i for c_dep, c in kids(tok))
    if tok.dep_ == "ROOT" and subject_before:
        return any(c_dep in _ROOT_NOUN_COMPLEMENTS and c.i > tok.i for c_dep, c in kids(tok))
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    if subject_before:
        return any(c_dep in ("ccomp", "xcomp") and c.i > tok.i for c_dep, c in kids(tok))
    if compound_subject(tok) is None:
        return False
    return any(c_dep in ("ccomp", "dobj") and c.i > tok.i for c_dep, c in kids(tok))


# What a sentence's root cue word tagged as a noun but given a subject takes after it, read as a verb's complement.
_ROOT_NOUN_COMPLEMENTS = frozenset(("ccomp", "xcomp", "dobj"))


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


# Personal pronouns that name a speaker (not "it", "this", "that").
PERSONAL_PRONOUNS = frozenset("i you he she we they me him her us them".split())


def _personal(subj) -> bool:
    """True when ``subj`` names a person: a personal pronoun of :data:`PERSONAL_PRONOUNS` or a proper name. Limit: a
    common noun for a person ("the senator meant ...") is not read as one."""
    return subj.lower_ in PERSONAL_PRONOUNS or subj.tag_ in ("NNP", "NNPS")


def _finite_cue(tok) -> bool:
    """A past or third-person verb, or a base form after a finite "do" ("It did not admit wrongdoing")."""
    if tok.tag_ in ("VBZ", "VBD"):
        return True
    return tok.tag_ == "VB" and any(c_dep == "aux" and c.lower_ in ("did", "does") for c_dep, c in kids(tok))


def _it_body(tok) -> bool:
    """"it" as a body's or a document's pronoun: with a finite speech verb ("It says C", "It did not explain why")
    or a finite intention verb with a "to" complement ("it hopes to build X", "a fight it expects to last")."""
    if not _finite_cue(tok):
        return False
    if tok.lower_ in SPEECH_FORMS:
        return True
    return tok.lower_ in XCOMP_FORMS and any(
        c_dep == "xcomp" and c.i > tok.i and c.left_edge.lower_ == "to" for c_dep, c in kids(tok)
    )


def _perfect_participle(tok) -> bool:
    """A past participle after "having" heading an adverbial clause ("Having announced that C, Judge Berman
    proceeded", "Sanders started out ... -- having suggested in a recent speech that C --"): read as an "-ing"
    participle, so it takes the subject of the clause it hangs from. Limit: not after a preposition ("after having
    slammed X", a ``pcomp``), nor as a clause subject."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and any(
        c_dep == "aux" and c.lower_ == "having" and c.i < tok.i for c_dep, c in kids(tok)
    )


def _verb_cue(tok, base: int) -> Optional[VerbCue]:
    """``tok`` read as a cue verb with a source, or None when it is no attribution (no subject, a relative
    "which", "it means" or "mean" without a person as subject, the filler "you know", a conditional, a broader-class
    participle without an agent)."""
    form = tok.lower_
    participle = (form in PARTICIPLE_CUES or tok.tag_ == "VBG") and tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
    participle = participle or _perfect_participle(tok)
    subj = _cue_subject(tok, participle)
    segment = []
    if subj is None and tok.dep_ == "ROOT":
        segment = _left_segment(tok) or opening_segment(tok)
        subj = next((t for t in reversed(segment) if t.tag_ in _SEGMENT_HEAD_TAGS), None) or run_on_subject(tok)
    if subj is None or subj.lower_ in ("there", "what"):
        return None
    relative = None  # "a best seller, which explored C": the relative pronoun is the source mention
    pronoun = None
    clause = subj.head  # the cue's own relative clause, or the one it climbed to ("who endorsed X and criticized Y")
    if subj.lower_ in ("which", "that", "who") and clause.dep_ == "relcl" and _nominal(clause.head):
        maker = _maker(clause.head, subj)
        pronoun = subj
        relative, subj = (None, maker) if maker is not None else (subj, clause.head)
    elif subj.lower_ in ("which", "that"):
        return None
    passive = passive_reading(tok, subj, pronoun if relative is not None else None)
    it_stance = _it_stance(tok, subj) or (subj.lower_ == "it" and _it_body(tok))
    if subj.lower_ == "it" and not it_stance:
        return None  # "It says C" (a document, a body) but not "it shows", "it means"
    if form in MEAN_FORMS and not _personal(subj):
        return None  # "the ruling means C": an implication, not what anyone meant
    if subj.lower_ == "you" and (form == "know" or _asks_reader(tok)):
        return None  # the filler "you know"; a question put to the reader ("Do you support Donald Trump?")
    if any(c_dep == "mark" and c.lower_ in CONDITIONAL_MARKS for c_dep, c in kids(tok)):
        return None
    # The broader classes (belief, stance, evidence, intention) need a person, body or document source.
    # A "who" relative names a person whatever its antecedent's head ("The Romanian hacker who first revealed C").
    agent = agentive(subj, active=not passive) or it_stance or (relative is not None and relative.lower_ == "who")
    if participle and form not in PARTICIPLE_CUES and not agent:
        return None  # other "-ing" cues ("..., promising to ...") need a clear source
    if form == "citing" and _after_according(tok):
        return None  # "According to X, citing Y, C": handled by :func:`according_to`
    clause_cue = form in SPEECH_FORMS or (form in CLAUSE_FORMS and agent)
    src = token_range(segment, base) if segment else source_range(subj, base)
    # Also the cue's own passive with a relative or climbed subject ("delegates who are expected to V", "She is
    # moving ... but is expected to V"): :func:`~annotate.extract.subjects.passive_reading`.
    if passive:  # "X was accused of Y", "I was told that C": the one spoken of or to is no source
        by = next((c for c_dep, c in kids(tok) if c_dep == "agent"), None)
        pobj = next((c for c_dep, c in kids(by) if c_dep == "pobj"), None) if by is not None else None
        src = source_range(pobj, base) if pobj is not None else None
        relative = None
    if relative is not None and src is not None:
        src = (src[0], base + relative.idx + len(relative.text))  # "the book, which": both conventions overlap
    poll = poll_source(tok, subj) if src is not None and not passive else None
    if poll is not None:  # "In a CNN/ORC poll, 31% of Republicans said C": the poll, not its respondents
        src = token_range(subtree_without(poll, ("punct",)), base)
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
    if i >= len(doc) or doc[i].tag_ not in FINITE_TAGS:
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
    if comp is None and tok.dep_ == "relcl":
        comp = _finite_xcomp(tok)  # "which she said/relcl represented/xcomp all her ''work-related'' emails"
    if comp is None or not v.clause_cue:
        return False
    if not (any(c_dep in SUBJECT_DEPS + ("expl",) for c_dep, c in kids(comp)) or _that_marked(comp, tok) or _buried_subject(comp, tok)):
        if comp.i < tok.i and (yield from final_cue(v)):
            return True  # "C, S said." whose clause's subject the parser hung elsewhere
        if v.form not in PERCEPTION_FORMS and (_name_read_as_verb(comp, tok) or _quote_split_clause(comp, tok)):
            rng = content_range(comp, v.base, toks=_to_sentence_end(comp))
            if rng is not None:
                yield Candidate(rng, v.source, v.cue, "indirect", "said_clause", tok.i)
                return True
        if _relative_extraction(v, comp):  # "the vote, which she has repeatedly said was a mistake"
            rng = content_range(comp, v.base)
            if rng is not None:
                yield Candidate(rng, v.source, v.cue, "indirect", "said_clause", tok.i)
                return True
        obj = _object_read_as_subject(comp, tok) if v.form not in PERCEPTION_FORMS and comp.i > tok.i else None
        if obj is not None:  # "suggesting “Trumpization” in the form of X had started to seep into French politics"
            toks = list(tok.doc[obj.left_edge.i:comp.left_edge.i]) + _to_sentence_end(comp)
            rng = content_range(comp, v.base, toks=toks)
            if rng is not None:
                rule_name = "participle" if v.participle else "said_clause"
                yield Candidate(rng, v.source, v.cue, "indirect", rule_name, tok.i)
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
        if _elaborating_clause(v):
            return True
        rule_name = "clause_said"
        toks = _within_parenthesis(_from_sentence_start(comp, min(v.subj.left_edge.i, tok.i)))
        reason = _reason_after_tag(v)
        if reason is not None:  # "C, officials insist, because C2": the reason goes on with what they said
            toks = toks + [t for t in reason.subtree if t.i > tok.i]
        rng = content_range(comp, v.base, toks=toks)
    yield Candidate(rng, v.source, v.cue, "indirect", rule_name, tok.i)
    return True


#: Marks between a clause and the subject of a verb after it that make the second clause an elaboration of the
#: first, not its speech tag ("Nobody opposed him — he was confirmed 92 to 0"; "X is more radical: It often posts
#: ..."); a spaced hyphen counts as a dash.
ELABORATION_BREAKS = frozenset(("—", "–", "--", "-", ":", ";"))


def _elaborating_clause(v: VerbCue) -> bool:
    """A "C, S said" reading whose cue's subject follows a dash, colon or semicolon (:data:`ELABORATION_BREAKS`)
    rather than a comma or quote mark: the clause after the break goes on from C ("The club has been a significant
    money-maker for Trump, however — he reported earning $13 million"), so C is not what S said.

    Limits: reads the one token before the subject (and its adverbs, auxiliaries and negation before the cue); a
    speech tag set off by a dash ("C -- Smith said") is read as an elaboration too."""
    doc = v.tok.doc
    i = min(v.subj.left_edge.i, v.tok.i) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].text in ELABORATION_BREAKS


_TIME_PREPS = frozenset(("on", "in", "at"))
# Where the parser hangs a sentence-final "..., S said.": the root, or a relative clause on the noun before the comma
# ("an unfavorable view of Trump, the poll found.").
_FINAL_CUE_DEPS = frozenset(("ROOT", "relcl"))
# Where it also hangs one as a modifier of the clause before the comma, a finite form alone ("Nikki Haley should be
# deported, a provocative headline ... reads/conj in an article ...", "..., she said/advcl."; not "if Mr. Obama opted
# to make one, he should have insisted/conj on X", the clause's own verb).
_ATTACHED_FINAL_CUE_DEPS = frozenset(("conj", "advcl"))
_QUOTE_TOKENS = frozenset(('"', "''", "``", "“", "”", "‘", "’", "'"))


def _clause_before_final_cue(v: VerbCue) -> list:
    """The clause before a comma and the sentence-final cue, "C, police said." / "C, CNN reported on Tuesday.",
    when the parser hung that clause elsewhere (an adverbial clause of the cue, the cue's complement buried under a
    misread first word) and found no complement, or found one before the cue without its subject: the tokens from
    the sentence start to the comma; else [].

    Limits: the cue is its sentence's root (or a relative clause the parser made of it, :data:`_FINAL_CUE_DEPS`, or
    a finite conjunct or adverbial clause, :data:`_ATTACHED_FINAL_CUE_DEPS`) with a subject right after the comma
    and nothing after it but a full stop, a bare time noun, an adverb, an "on" / "in" / "at" phrase or, after a form
    of "tell", its listener ("..., Defense Secretary Ash Carter told a Senate panel Wednesday."); the part
    before the comma holds a verb with its own subject that opens no subordinate clause (a fronted "When S V, S2
    said" is S2's narration, not a report), and it neither opens nor ends on a quote mark (a quotation there is left
    to the quote rules); a quoted phrase inside it is kept ('Those who do take on heavy debt struggle, even with a
    "good" job, he said.')."""
    tok, subj = v.tok, v.subj
    if (v.comp is not None and v.comp.i > tok.i) or not v.clause_cue or v.participle or subj.i > tok.i:
        return []
    if tok.dep_ not in _FINAL_CUE_DEPS and not (tok.dep_ in _ATTACHED_FINAL_CUE_DEPS and tok.tag_ in FINITE_TAGS):
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
        if not (c_dep in ("npadvmod", "advmod") or (c_dep == "prep" and c.lower_ in _TIME_PREPS)
                or (c_dep == "dobj" and v.form in TELL_FORMS)):
            return []
        after.update(t.i for t in c.subtree)
    if [t.text for t in doc[tok.i + 1:sent.end] if not t.is_space and t.i not in after] != ["."]:
        return []
    before = list(doc[sent.start:comma])
    opens_on_quotation = bool(before) and before[0].text in _QUOTE_TOKENS and not _closes_inside(before)
    if before and (before[-1].text in _QUOTE_TOKENS or opens_on_quotation):
        return []
    if not any(_verbal(t) and any(c_dep in SUBJECT_DEPS for c_dep, c in kids(t)) and not _subordinate(t) for t in before):
        if v.comp is None or _subordinate(v.comp) or not _finite(v.comp):
            return []  # a complement with no subject counts when it is finite and opens no subordinate clause
    return before


def _closes_inside(before: list) -> bool:
    """True when the quotation opening clause ``before`` closes inside it with the writer's words after it ('"A big
    truck" plowed through security barriers ..., he said.'): the clause is no bare quotation for the quote rules."""
    closing = next((t for t in before[1:] if t.text in _QUOTE_TOKENS), None)
    return closing is not None and any(t.is_alpha for t in before[closing.i - before[0].i + 1:])


def _finite(verb) -> bool:
    """A finite verb, or a verb with a finite auxiliary ("could finally show")."""
    return verb.tag_ in FINITE_TAGS or any(c_dep in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c_dep, c in kids(verb))


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
    preposition phrase right after the verb, or inside the noun right after that phrase that it made the verb's
    complement ("said in an oral history of the Bill Clinton years/ccomp that C"). Content: the clause to the
    sentence end; else [].

    Limit: only a clause opened by 'that' (a bare "said in a statement the X was Y" is left)."""
    tok = v.tok
    if not _speech_after_subject(v) or tok.i + 1 >= len(tok.doc):
        return []
    prep = tok.doc[tok.i + 1]
    if prep.dep_ != "prep" or prep.head != tok:
        return []
    # The phrase's last noun may be read as the verb's complement instead ("said in an oral history of the Bill
    # Clinton years/ccomp that C"): its words are searched too.
    comp = v.comp
    nominal = comp is not None and comp.tag_.startswith("NN") and comp.left_edge.i == prep.right_edge.i + 1
    for t in [*prep.subtree, *(comp.subtree if nominal else ())]:
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


# Subjects of a relative clause's cue that speak inside the quotation holding it ("something I think will resonate
# with all women", "the same false attack that I don't think will ring true"): the quoted speaker's own hedge.
_HEDGING_PRONOUNS = frozenset(("i", "we", "you"))


def _finite_xcomp(verb):
    """A past or present verb the parser made an open complement (``xcomp``) of ``verb``, after it and with no
    subject: a finite clause misread, as no ``xcomp`` is finite; else None."""
    return next((c for c_dep, c in kids(verb) if c_dep == "xcomp" and c.i > verb.i and c.tag_ in TENSED_VERB_TAGS
                 and not any(k_dep in SUBJECT_DEPS + ("expl",) for k_dep, k in kids(c))), None)


def _relative_extraction(v: VerbCue, comp) -> bool:
    """A cue verb in a relative clause whose reported clause has the relative pronoun or the noun it modifies for its
    subject ("Mrs. Clinton's Iraq war vote, which she has repeatedly said was a mistake", "a probe the law enforcement
    agency said was ongoing as of earlier this month"): the cue (``relcl``) has its own subject, the complement
    ``comp`` after it (its ``ccomp``, or a finite ``xcomp``: :func:`_finite_xcomp`) is finite and has none. Limits:
    the content is the complement alone, without the relative pronoun or the noun PolNeAR joins to it; first- and
    second-person subjects (:data:`_HEDGING_PRONOUNS`) and "to" complements are left out; a wish or belief is read
    like a report ("the woman he hopes will succeed him", "a gift he knew would lift me out of my dark mood", which
    PolNeAR does not mark)."""
    tok, subj = v.tok, v.subj
    if tok.dep_ != "relcl" or comp.i < tok.i or not _verbal(comp) or not _finite(comp):
        return False
    own = subj.i < tok.i and subj.head == tok and subj.tag_ not in ("WDT", "WP")
    return own and subj.lower_ not in _HEDGING_PRONOUNS


def _name_read_as_verb(comp, cue) -> bool:
    """The cue's complement is a name right after it that the parser tagged as the clause's verb, with the rest of
    the small clause hung on it ("The new poll shows Trump/VBP far out in front of his opponents"): capitalised with
    the rest lower case, a VB / VBP tag (or a proper noun the parser made the head of a verbless clause: "shows
    Trump/NNP at the top with 36 percent"), and a dependent after it."""
    text = comp.text
    tags = VERB_TAGGED_NAME_TAGS | {"NNP"}
    return (comp.i == cue.i + 1 and comp.tag_ in tags and text[:1].isupper() and text[1:].islower()
            and any(c.i > comp.i for c in comp.children))


def _object_read_as_subject(comp, cue):
    """The cue's direct object before a complement that has no subject, when the parser split the reported clause
    into the two ("suggesting “Trumpization” in the form of X had/aux started/ccomp to seep into French politics",
    "claiming he/dobj above all others has/ccomp the capacity to V"): a noun or pronoun object after the cue, a
    verb complement after it and no verb between them; else None. Limits: an object that is the listener ("tell me
    which one") reads as the clause's subject too."""
    if not comp.tag_.startswith("VB"):
        return None
    obj = next((c for c_dep, c in kids(cue) if c_dep == "dobj" and cue.i < c.i < comp.i), None)
    if obj is None or not obj.tag_.startswith(("NN", "PRP")) or obj.right_edge.i >= comp.left_edge.i:
        return None
    if any(t.tag_.startswith(("VB", "MD")) for t in cue.doc[obj.right_edge.i + 1:comp.left_edge.i]):
        return None
    return obj


def _quote_split_clause(comp, cue) -> bool:
    """The cue's complement is a clause whose verb opens a quotation and was tagged as a noun, the subject before
    the quote mark hung on it ("Ryan said Obama’s words and actions “amount/NN to a form of intimidation ...”"): a
    speech verb's complement after it, a noun tag, an opening quote mark right before it and a noun dependent
    before that mark. Limits: only a noun-tagged verb right after the mark; a noun phrase that really opens the
    quotation ('said the group's “core mission ...”') reads as a clause too."""
    if comp.i <= cue.i + 1 or not comp.tag_.startswith("NN") or cue.lower_ not in SPEECH_FORMS:
        return False
    mark = comp.doc[comp.i - 1]
    if not (mark.is_quote and mark.tag_ == "``"):
        return False
    return any(c.i < mark.i and c.tag_.startswith(("NN", "PRP")) for c in comp.children)


def _perceived(comp) -> bool:
    """The clause of a perception verb (:data:`PERCEPTION_FORMS`) that reports what was perceived, not a belief: a
    small clause with no finite verb ("saw X get out", "to see X become Y", "noticed smoke rising") or an
    indirect question ("to see if C", "will see what happens")."""
    if comp.left_edge.lower_ in QUESTION_OPENERS and comp.left_edge.i < comp.i:
        return True
    if comp.left_edge.lower_ == "that" and comp.left_edge.dep_ == "mark":
        return False
    return comp.tag_ not in FINITE_TAGS and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in comp.children)


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


@frame(Rule("parenthetical", priority=3, role=SPEECH))
def inverted_parenthetical(v: VerbCue) -> Generator[Candidate, None, bool]:
    """"The contrast with Trump, said Doyle and others, would be clear": a speech tag with its subject after the
    verb, set into the clause it reports, that the parser read as "X, said C" (the clause's opening words as the
    cue's subject, the tag's subject as the subject of the rest). Read when a bare verb (no auxiliary) follows a
    comma that hangs on it and closes its subject, and its complement's subject starts right after it and ends with
    a comma of its own before the complement's verb (:func:`_inverted_tag`). Content: the whole sentence, as for
    :func:`parenthetical`; source: the words after the verb. Limits: one span, so the tag stays inside the content;
    a tag subject without a comma after it ("said Doyle would be clear") is not read."""
    tag = _inverted_tag(v)
    if tag is None:
        return False
    toks = [t for t in v.tok.doc[v.subj.left_edge.i:v.tok.i]] + _to_sentence_end(v.comp)
    rng = content_range_from(toks, v.base)
    src = source_range(tag, v.base)
    if rng is None or src is None:
        return False
    yield Candidate(rng, src, v.cue, "indirect", "parenthetical", v.tok.i)
    return True


def _inverted_tag(v: VerbCue):
    """The subject of the tag in "X, said S, C" that the parser made the subject of the cue's complement, or None:
    a speech verb with no auxiliary, a comma on the verb right before it that ends its subject's subtree, and a
    complement after it whose noun subject opens right after the verb and is followed by a comma, with only
    auxiliaries and negations between that comma and the complement's verb."""
    tok, comp, subj = v.tok, v.comp, v.subj
    doc = tok.doc
    if comp is None or comp.i < tok.i or v.form not in SPEECH_FORMS or tok.i < 2 or subj.i > tok.i:
        return None
    comma = doc[tok.i - 1]
    if comma.text != "," or comma.head.i != tok.i or subj.right_edge.i != tok.i - 2:
        return None
    if any(c_dep in ("aux", "auxpass", "neg") for c_dep, c in kids(tok)):
        return None
    tag = next((c for c_dep, c in kids(comp) if c_dep == "nsubj" and c.left_edge.i == tok.i + 1), None)
    if tag is None or not tag.tag_.startswith("NN"):
        return None
    end = tag.right_edge.i
    if doc[end].text != ",":
        if end + 1 >= len(doc) or doc[end + 1].text != ",":
            return None
        end += 1
    if any(t.i != comp.i and t.dep_ not in ("aux", "auxpass", "neg") for t in doc[end + 1:comp.i]):
        return None
    return tag


def _reason_after_tag(v: VerbCue):
    """The verb of a "because" clause right after the comma that closes a "C, S said" tag ("There is no chance of
    that level of violence, officials in both cities insist, because modern policing has evolved ...") and hangs on
    the cue or on C: the reason goes on with what was said, as after a parenthetical tag; else None. Limits: one
    span, so the tag stays inside the content; other clauses after the tag (", but ...", ", with ...") end it."""
    tok, comp = v.tok, v.comp
    doc = tok.doc
    end = max(tok.i, v.subj.right_edge.i)
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "because":
        return None
    mark = doc[end + 2]
    verb = mark.head
    if mark.dep_ != "mark" or verb.dep_ != "advcl" or verb.head not in (tok, comp) or verb.i <= mark.i:
        return None
    return verb


def _within_parenthesis(toks: list) -> list:
    """``toks`` (the words before a "C, S said" cue, in text order) from after the last opening parenthesis that no
    closing one follows: a speech tag inside parentheses reports what the parentheses hold ('... prompted some
    blowback from rank-and-file members ("I want my dues back," wrote X)', "her low approval ratings (at one point
    as low as 19%, Gutin says)"), not the sentence around them. Limits: round brackets only, and ``clause_said``
    only (a parenthetical tag, "(Mr. Mannix reported daily to ...)", keeps its whole sentence)."""
    last = None
    for n, t in enumerate(toks):
        if t.text == "(":
            last = n
        elif t.text == ")":
            last = None
    return toks if last is None else toks[last + 1:]


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

