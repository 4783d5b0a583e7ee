"""Attribution families beyond "cue verb + complement" (PolNeAR long tail), each a generator
over one parsed paragraph yielding :class:`~annotate.extract.candidate.Candidate` objects.

- ``passive_agent``: "The registration issue was first reported by The Washington Post"
  (content: the passive subject; source: the agent).
- ``claim_noun``: "Trump's claim that C", "a New York Times report that C" (content: the
  'that' clause; source: the possessor or a proper-noun modifier; none: no statement).
- ``in_document``: "In this poll, C" / "C, in a statement" (content: the rest of the sentence;
  source: the poll, survey, statement ... phrase).
- ``in_poll``: "Trump leads Cruz by 9 points in the latest poll" (content: the verb's clause without the
  phrase; source: the poll phrase).
- ``seems``: "X seems to be Y" (content: subject and complement; no source).
- ``made_clear``: "S made (it) clear (at the meeting) that C" (content: the 'that' clause to
  the end of the sentence).
- ``possessed_noun``: "his comment about C" (content: the noun's complement; source: the possessor).
- ``light_noun``: "S raised questions about C", "S sounded a call for C", "S has no illusions about C".
- ``topic_noun``: "questions about C", "criticism of C" (content: the object; source: the
  possessor or none).
- ``asked_about``: "Asked about C, S said ...", "When pressed on why C, S ..." (content: the question's
  object or "to" complement; source: the "by S" agent or none).
- ``stance_predicate``: "S is a staunch opponent of C", "S has been critical of C" (content: the
  object of "of/about/on"; source: the copula's subject).
- ``passive_belief``: "X is said to V", "X was widely believed to be Y" (content: the subject through the
  "to" complement; source: the "by" agent or none); "X is expected to V" too (and "which is expected to V"), unless the
  sentence answers the one before ("Instead, X is expected to V").
- ``documents_show``: "C, campaign finance records show." with "show" misread as a noun (content: the sentence
  to the comma; source: the document phrase).
- ``trailing_participle``: "could be heard grousing that C", "it means admitting that C" (content: the
  participle's clause; no source), where the cue-verb rules find no source for the participle.
- ``passive_as``: "X is widely seen as Y", "X was criticized by S as Z", "X is best known for Y", "X was
  considered unclean by S" (content: the subject through the predicate; source: the "by" agent or none).

Limits: rules trust the parse (tags and dependencies only); the lexicons are the named
constants below, kept to well-known noun and verb classes. These families have lower
priority than verb and quotation rules (declared with each generator, see :mod:`annotate.extract.registry`).
"""

from __future__ import annotations

from typing import Iterator

from annotate.extract.noun_lexicons import ATTITUDE_ADJECTIVES, ATTITUDE_PREPS
from annotate.extract.lexicons import (
    ACCORDING_TO, CLAIM_NOUNS, CLAUSE_FORMS, CUE_FORMS, HELD_LIGHT_NOUNS, LIGHT_NOUNS, LIGHT_PREPS, LIGHT_VERBS,
    SEEM_FORMS, STANCE_ADJECTIVES, STANCE_NOUNS,
)
from annotate.extract.registry import MINOR, OTHER, SPEECH, Rule, rule
from annotate.extract.extents import (
    SUBJECT_DEPS, _nominal, content_range, content_range_from, second_conjunct, source_range, subtree_without,
    trim_appended, without_appositions,
)
from annotate.extract.frames import MEAN_FORMS, _verb_cue
from annotate.extract.noun_cues import bound_subject, possessor_tokens, short_object
from annotate.extract.object_frames import _without_asides
from annotate.extract.rules import HAVE_FORMS, Candidate
from annotate.extract.subjects import agentive, finite_complement, subject_of
from annotate.extract.spans import largest_run, token_range
from annotate.extract.tokens import children, kids, sentence, words
from annotate.lexicon import verb_forms

# Passive participles of cue verbs whose agent ("by S") is the source.
PASSIVE_AGENT_CUES = frozenset(
    """
    reported endorsed supported backed criticized criticised praised written described announced confirmed
    denied condemned rejected opposed questioned challenged disputed welcomed echoed urged
    proposed predicted estimated documented detailed revealed disclosed claimed alleged stated noted
    highlighted dismissed attacked defended mocked ridiculed slammed blasted
    """.split()
)

# Document and survey nouns that are sources in "In <noun>, C" and "C, in a <noun>".
DOCUMENT_NOUNS = frozenset(
    """
    poll polls survey surveys statement statements interview interviews report reports study studies letter
    email memo tweet tweets post op-ed column speech filing filings book article editorial ad video analysis
    testimony remarks memoir complaint lawsuit ruling opinion essay
    """.split()
)


# Question verbs whose subjectless passive participle opens a clause: "Asked about C, S said ...".
ASKED_FORMS = frozenset("asked pressed questioned".split())


# Links from an "about" phrase up through the occasion phrase the parser hung it on ("Asked at a briefing Monday in
# Washington about C": "about" on "Washington").
_OCCASION_DEPS = frozenset(("prep", "pobj"))


def _occasion_about(tok):
    """An "about" phrase after the participle ``tok`` that the parser hung inside an occasion phrase on it ("Asked at
    a briefing Monday in Washington about C", "When asked at the business conference about C"), reached through
    prepositions and their objects only; None if there is none. Limit: an "about" phrase that modifies the
    occasion's noun ("asked at a hearing about the budget, which ...") is read as the question too."""
    for t in tok.subtree:
        if t.i <= tok.i or t.lower_ != "about" or t.dep_ != "prep":
            continue
        if not any(o_dep in ("pobj", "pcomp") for o_dep, o in kids(t)):
            continue
        node = t
        while node.head != tok and node.dep_ in _OCCASION_DEPS and node.head != node:
            node = node.head
        if node.head == tok and node.dep_ == "prep" and node is not t:
            return t
    return None


@rule(Rule("asked_about", priority=1, role=OTHER))
def asked_about(doc, base: int) -> Iterator[Candidate]:
    """"Asked about C, S said ...", "When pressed on why C, S ...", "Asked to describe C, S said ...": the question
    put to the main clause's subject. Content: the object of "about" (or of "on" after "pressed" and "questioned":
    after "asked" it names the occasion or medium, "Asked on Monday", "Asked on Fox News") or the "to" complement,
    else an "about" phrase the parser hung inside the occasion phrase (:func:`_occasion_about`); source: the agent
    ("pressed by Holt about C") or none (PolNeAR leaves the asker unnamed).

    After its main clause the participle needs "when" ("he said when asked about Trump's temperament").

    Limits: only a participle clause without its own subject; "Asked if C" and "Asked whether C" are not
    covered."""
    for tok in words(doc, ASKED_FORMS):
        if tok.tag_ != "VBN" or tok.dep_ != "advcl":
            continue
        if tok.i > tok.head.i and not any(c_dep == "advmod" and c.lower_ == "when" for c_dep, c in kids(tok)):
            continue
        if any(c_dep in ("nsubj", "nsubjpass", "auxpass") for c_dep, c in kids(tok)):
            continue
        comp = None
        for c in children(tok):
            if c.dep_ == "prep" and (c.lower_ == "about" or c.lower_ == "on" and tok.lower_ != "asked") and c.i > tok.i:
                obj = next((o for o_dep, o in kids(c) if o_dep in ("pobj", "pcomp")), None)
                if obj is not None:
                    comp, cue = trim_appended(obj), [tok, c]
                    break
            if c.dep_ == "xcomp" and c.i > tok.i and c.left_edge.lower_ == "to":
                comp, cue = list(c.subtree), [tok]
                break
        if not comp:
            about = _occasion_about(tok)
            if about is None:
                continue
            obj = next(o for o_dep, o in kids(about) if o_dep in ("pobj", "pcomp"))
            comp, cue = trim_appended(obj), [tok, about]
        content = content_range_from(comp, base)
        if content is None:
            continue
        agent = next((c for c_dep, c in kids(tok) if c_dep == "agent"), None)
        pobj = next((c for c_dep, c in kids(agent) if c_dep == "pobj"), None) if agent is not None else None
        source = token_range(subtree_without(pobj, ("punct",)), base) if pobj is not None else None
        yield Candidate(content, source, token_range(cue, base), "indirect", "asked_about", tok.i)


# "a book written by X": authorship, not an attribution, when the participle modifies a noun.
AUTHORSHIP_FORMS = frozenset(("written",))


def _cited_source(noun) -> bool:
    """``noun`` is the object of "according to" ("according to court documents reported previously by The Post").

    Limits: the phrase is read as the parser hangs it (the noun a ``pobj`` of "to" right after "according")."""
    to = noun.head
    return noun.dep_ == "pobj" and to.i > 0 and (to.doc[to.i - 1].lower_, to.lower_) == ACCORDING_TO


@rule(Rule("passive_agent", priority=2, role=MINOR))
def passive_agent(doc, base: int) -> Iterator[Candidate]:
    """"C was reported by S": content is the passive subject (with an apposition after a comma, as the noun frames
    keep it: "Mr. Bush, the former governor of Florida, had been soundly rejected by ..."), source the agent's
    object."""
    for tok in words(doc, PASSIVE_AGENT_CUES):
        if tok.tag_ != "VBN":
            continue
        subj = next((c for c_dep, c in kids(tok) if c_dep == "nsubjpass"), None)
        agent = next((c for c_dep, c in kids(tok) if c_dep == "agent" and c.i > tok.i), None)
        pobj = next((c for c_dep, c in kids(agent) if c_dep == "pobj"), None) if agent is not None else None
        reduced = subj is None and tok.dep_ == "acl" and tok.head.i < tok.i and _nominal(tok.head) and tok.lower_ not in AUTHORSHIP_FORMS
        if reduced and _cited_source(tok.head):
            continue  # "according to exit polls reported by CNN": the noun is the writer's source, not content
        if reduced:  # "a fact first reported by The Post", "The bill, opposed by House Republicans,": the noun
            subj = tok.head
        if subj is None or pobj is None or subj.lower_ in ("it", "which", "that", "who"):
            continue
        aux = [c for c_dep, c in kids(tok) if c_dep in ("aux", "auxpass", "neg", "advmod") and subj.i < c.i < tok.i]
        toks = trim_appended(subj, appositions=True)  # "Mr. Bush, the former governor of Florida, had been rejected by"
        if reduced:
            toks = [t for t in toks if t.i < tok.left_edge.i]
        content = content_range_from(toks, base)
        if content is None:
            continue
        source = token_range(subtree_without(pobj, ("relcl", "acl", "punct")), base)
        yield Candidate(content, source, token_range([*aux, tok, agent], base), "indirect", "passive_agent", tok.i)


def _noun_source(noun):
    """The possessor ("Trump's claim") or proper-noun modifiers ("a New York Times report") of ``noun``."""
    poss = next((c for c_dep, c in kids(noun) if c_dep == "poss"), None)
    if poss is not None:
        return possessor_tokens(poss)
    names = [c for c_dep, c in kids(noun) if c_dep in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS") and c.i < noun.i]
    return [t for c in names for t in c.subtree] or None


@rule(Rule("claim_noun", priority=2, role=OTHER))
def claim_noun(doc, base: int) -> Iterator[Candidate]:
    """"S's claim that C" / "a report that C": a claim noun with a 'that' clause."""
    for tok in words(doc, CLAIM_NOUNS):
        if not tok.tag_.startswith("NN"):
            continue
        clause = next((c for c_dep, c in kids(tok) if c_dep in ("acl", "ccomp", "relcl") and c.i > tok.i), None)
        if clause is None or clause.left_edge.lower_ != "that" or clause.left_edge.dep_ != "mark":
            continue
        if tok.head.lower_ in CUE_FORMS and tok.dep_ == "dobj":
            continue  # "denied reports that C": the verb rule handles it
        content = content_range_from(list(clause.subtree), base)
        if content is None:
            continue
        src = _noun_source(tok)
        if not src:
            continue  # "reports that C" with no source: too often the article's own framing
        bound = bound_subject(tok)
        source = source_range(bound, base) if bound is not None else token_range(src, base)
        yield Candidate(content, source, token_range([tok], base), "indirect", "claim_noun", tok.i)


def _in_document_case(doc, tok) -> bool:
    """The "in" phrase ``tok`` heads is :func:`in_document`'s: on a root verb outside the cue lexicon that has a
    subject, at the sentence start or after a comma."""
    head = tok.head
    if not (head.tag_.startswith("VB") and head.dep_ == "ROOT") or head.lower_ in CUE_FORMS:
        return False
    if not any(c_dep in ("nsubj", "nsubjpass", "expl") for c_dep, c in kids(head)):
        return False
    sent = sentence(tok)
    return tok.i == sent.start or (tok.i > sent.start and doc[tok.i - 1].text == ",")


def _in_object(tok, nouns: frozenset):
    """The object of the "in" phrase ``tok`` when it is one of ``nouns``, else None."""
    if tok.dep_ != "prep":
        return None
    pobj = next((c for c_dep, c in kids(tok) if c_dep == "pobj"), None)
    return pobj if pobj is not None and pobj.lower_ in nouns else None


@rule(Rule("in_document", priority=0, role=MINOR))
def in_document(doc, base: int) -> Iterator[Candidate]:
    """"In this poll, C" / "C, in a statement": a document or survey phrase on a clause."""
    for tok in words(doc, ("in",)):
        pobj = _in_object(tok, DOCUMENT_NOUNS)
        if pobj is None or not _in_document_case(doc, tok):
            continue
        toks = largest_run(list(sentence(tok)), {t.i for t in tok.subtree})
        content = content_range_from(toks, base)
        if content is None:
            continue
        source = token_range(subtree_without(pobj, ("punct",)), base)
        yield Candidate(content, source, token_range([tok], base), "according_to", "in_document", tok.i)


# Survey nouns whose "in" phrase places a clause in the survey wherever it stands ("Trump leads in the poll"); the
# plural ("in the polls") is as often left unannotated as annotated in PolNeAR, so it is not taken.
POLL_NOUNS = frozenset("poll survey".split())

_SUBJECT_DEPS = SUBJECT_DEPS + ("expl",)
# Links climbed from the noun an "in <poll>" phrase hangs on to its verb, at most _POLL_CLIMB of them.
_POLL_CLIMB_DEPS = ("dobj", "pobj", "prep", "attr", "npadvmod", "nsubj", "nsubjpass", "compound")
_POLL_CLIMB = 4
# Words that open a subordinate clause and are no part of what the poll says ("where he has been leading").
_CLAUSE_OPENER_TAGS = ("WRB", "WDT", "WP")


def _poll_clause_verb(head):
    """The verb whose clause an "in <poll>" phrase hanging on ``head`` places: the first verb above ``head``
    through nouns and prepositions of its clause ("had 38 percent support in a Fox poll": "had"), when it has a
    subject or stands as a subjectless "to" complement of a verb that has one ("continues to lead in the poll");
    else None."""
    for _ in range(_POLL_CLIMB):
        if head.tag_.startswith("VB") or head.dep_ not in _POLL_CLIMB_DEPS:
            break
        head = head.head
    if not head.tag_.startswith("VB"):
        return None
    if any(c_dep in _SUBJECT_DEPS for c_dep, c in kids(head)):
        return head
    up = head.head
    if head.dep_ == "xcomp" and up.tag_.startswith("VB") and any(c_dep in _SUBJECT_DEPS for c_dep, c in kids(up)):
        return up
    return None


def _run_holding(verb, excluded: set[int]) -> list:
    """The run of consecutive tokens of ``verb``'s subtree, outside ``excluded``, that holds ``verb``."""
    run: list = []
    for tok in verb.subtree:
        if tok.i in excluded:
            if verb.i < tok.i:
                break
            run = []
        else:
            run.append(tok)
    return run


def _poll_clause(verb, phrase) -> list:
    """The tokens of ``verb``'s clause that an "in <poll>" ``phrase`` places: the run of the verb's subtree on the
    verb's side of the phrase, without a subordinating word ("where he has been leading"); from the subject's
    start when the phrase stands inside the subject ("his approval rating in the poll stands at 53%"). Empty when
    the run lacks the subject ("Trump, who leads in the poll": the subject is the relative pronoun) or the
    subject is itself a poll ("The poll was conducted in late October")."""
    subj = next((c for c_dep, c in kids(verb) if c_dep in _SUBJECT_DEPS), None)
    if subj is None or subj.lower_ in POLL_NOUNS:
        return []
    excluded = {t.i for t in phrase.subtree}
    run = _run_holding(verb, excluded)
    while run and (run[0].dep_ == "mark" or run[0].tag_ in _CLAUSE_OPENER_TAGS):
        run = run[1:]
    if subj.left_edge.i <= phrase.i <= subj.right_edge.i:
        return [t for t in verb.subtree if subj.left_edge.i <= t.i <= run[-1].i] if run else []
    return run if run and run[0].i <= subj.i else []


@rule(Rule("in_poll", priority=0, role=MINOR))
def in_poll(doc, base: int) -> Iterator[Candidate]:
    """"Trump leads by 57 percent to 33 percent in the 50-state poll", "Kasich was at 25 percent support in the
    most recent Fox poll", "In an NBC poll, 50 percent of respondents chose Clinton": a clause placed in a survey
    by an "in <poll>" phrase on its verb, or on a noun of its object ("took 6 percent of the vote in a Post-ABC
    poll"). Content: the verb's clause without the phrase (the part of it on the verb's side of the phrase);
    source: the survey phrase; cue: "in".

    Limits: only the singular :data:`POLL_NOUNS` head the phrase ("in the polls", "in national surveys", "the
    RealClearPolitics average of polls" are not taken); a fronted phrase on a root verb outside the cue lexicon
    is :func:`in_document`'s; the clause beyond the phrase is lost when the phrase stands inside it ("Kasich
    finished ahead of Clinton in a recent poll, by 8 points" gives "Kasich finished ahead of Clinton"); a
    paragraph with no cue word is never parsed, so "Cruz came in second in a poll." alone gives nothing; a poll
    the sentence merely mentions still sources its clause ("it has declined from 58 percent in the last poll to
    55 percent now")."""
    for tok in words(doc, ("in",)):
        pobj = _in_object(tok, POLL_NOUNS)
        if pobj is None or _in_document_case(doc, tok):
            continue
        verb = _poll_clause_verb(tok.head)
        if verb is None:
            continue
        run = _poll_clause(verb, tok)
        if not run:
            continue
        content = content_range_from(run, base)
        if content is None:
            continue
        source = token_range(subtree_without(pobj, ("punct",)), base)
        yield Candidate(content, source, token_range([tok], base), "according_to", "in_poll", tok.i)


def _seem_subject(tok):
    """The subject of a linking verb of appearance, or of the verb a subjectless conjunct of it hangs from ("Cruz
    mentioned CNN five times and seemed to blame the network": Cruz); None if neither has one before it."""
    subj = next((c for c_dep, c in kids(tok) if c_dep == "nsubj" and c.i < tok.i), None)
    if subj is None and tok.dep_ == "conj" and tok.head.tag_.startswith("VB") and tok.head.i < tok.i:
        subj = next((c for c_dep, c in kids(tok.head) if c_dep == "nsubj" and c.i < tok.head.i), None)
    return subj


#: Free-relative pronouns as the subject of "seems": "what seemed most relevant was ..." is a noun phrase of the
#: sentence around it, not a stance on something the clause names.
FREE_RELATIVE_SUBJECTS = frozenset({"what", "whatever"})


def _unnamed_seemer(subj) -> bool:
    """A subject that does not name what seems so: a free relative (:data:`FREE_RELATIVE_SUBJECTS`, "through what
    appeared to be a protracted fight") or the demonstrative pronoun "that" standing for an earlier clause ("but that
    seems to be a self-contained skill"). A relative "that" on a noun ("an economy that seems to reward only the
    rich") is tagged WDT and still counts."""
    return subj.lower_ in FREE_RELATIVE_SUBJECTS or (subj.lower_ == "that" and subj.tag_ == "DT")


@rule(Rule("seems", priority=0, role=MINOR))
def seems(doc, base: int) -> Iterator[Candidate]:
    """"X seems to be Y" / "X appears confident" / "This seems like a fair idea": the subject and its complement
    (a "to V" clause, an adjective or a "like" phrase), no source. With an "it" subject, the clause it stands for:
    "it appeared that C", "it seems C", "It may seem surprising that C" (content: from the adjective or noun before
    the clause, else the clause without "that"). A conjunct without a subject takes the subject of the verb it hangs
    from; a participle the parse made the head ("he seemed rattled by X", "seemed" an auxiliary) and a participle,
    adjective or "as if" clause read as an adverbial clause right after the verb ("appeared paralyzed") are the
    complement.

    Limits: "it seems to V" is left out ("it" there is mostly a thing, not the clause); "there seems to be" too."""
    for tok in words(doc, SEEM_FORMS):
        if not tok.tag_.startswith("VB"):
            continue
        if tok.dep_ in ("aux", "auxpass") and tok.head.i > tok.i and tok.head.tag_ in ("VBN", "VBG", "JJ"):
            head = tok.head  # "he seemed rattled by X": the parse made the participle the head
            subj = next((c for c_dep, c in kids(head) if c_dep in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is not None and subj.lower_ not in ("it", "there") and not _unnamed_seemer(subj):
                content = content_range_from([*subj.subtree, *doc[subj.right_edge.i + 1:head.right_edge.i + 1]], base)
                if content is not None:
                    yield Candidate(content, None, token_range([tok], base), "indirect", "seems", tok.i)
            continue
        subj = _seem_subject(tok)
        if subj is None or subj.lower_ == "there" or _unnamed_seemer(subj):
            continue
        after = [c for c_dep, c in kids(tok) if c.i > tok.i]
        comp = next((c for c in after if c.dep_ in ("xcomp", "acomp", "oprd")), None)
        if comp is None:  # "the Trump team appeared paralyzed": a participle or adjective read as an adverbial clause
            comp = next((c for c in after if c.dep_ == "advcl" and c.left_edge.i == tok.i + 1 and (
                c.tag_ in ("VBN", "JJ") and c.left_edge.dep_ != "mark"
                or doc[c.left_edge.i:c.left_edge.i + 2].text.lower() in ("as if", "as though"))), None)
        like = next((c for c in after if c.dep_ == "prep" and c.lower_ == "like" and any(
            o_dep in ("pobj", "pcomp") for o_dep, o in kids(c))), None)
        if subj.lower_ == "it":
            clause = next((c for c in after if c.dep_ == "ccomp"), None)
            if clause is not None:
                pred = comp if comp is not None and comp.dep_ in ("acomp", "oprd") and comp.i < clause.i else None
                if pred is not None:
                    toks = list(doc[pred.left_edge.i:clause.right_edge.i + 1])
                else:
                    toks = [t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "that")]
            elif like is not None and comp is None:
                toks = [subj, *doc[subj.i + 1:like.right_edge.i + 1]]
            else:
                continue
        elif comp is not None:
            toks = [*subj.subtree, *doc[subj.right_edge.i + 1:comp.right_edge.i + 1]]
        elif like is not None:
            toks = [*subj.subtree, *doc[subj.right_edge.i + 1:like.right_edge.i + 1]]
        else:
            continue
        content = content_range_from(toks, base)
        if content is not None:
            yield Candidate(content, None, token_range([tok], base), "indirect", "seems", tok.i)


MAKE_FORMS = frozenset("make makes made making".split())


@rule(Rule("made_clear", priority=3, role=SPEECH))
def made_clear(doc, base: int) -> Iterator[Candidate]:
    """"S made it clear that C": the light-verb phrase "make (it) clear" as a cue."""
    for tok in words(doc, MAKE_FORMS):
        if not tok.tag_.startswith("VB"):
            continue
        nxt = doc[tok.i + 1:tok.i + 3]
        clear = next((t for t in nxt if t.lower_ == "clear"), None)
        if clear is None or (clear.i == tok.i + 2 and doc[tok.i + 1].lower_ != "it"):
            continue
        subj = subject_of(tok)
        if subj is None or subj.lower_ in ("it", "which", "that", "there"):
            continue
        end = sentence(tok).end
        that = next((t for t in doc[clear.i + 1:end] if t.lower_ == "that" and t.dep_ == "mark"), None)
        if that is None:
            continue
        toks = [t for t in doc[that.i + 1:end]]
        content = content_range_from(toks, base)
        if content is not None:
            yield Candidate(content, source_range(subj, base), token_range(doc[tok.i:clear.i + 1], base), "indirect", "made_clear", tok.i)


# Communication and judgement nouns whose possessor is the source and whose complement
# ("that C", "of/about/for C", "to V") is the content: "his comment about C", "Trump's call for C".
NOMINAL_CUES = frozenset(
    """
    statement statements remarks comment comments claim claims assertion assertions accusation accusations
    criticism criticisms call calls demand demands warning warnings promise promises pledge pledges vow vows
    denial denials admission suggestion suggestions argument arguments insistence complaint complaints praise
    """.split()
)
# Prepositions introducing the content of a nominal cue.
NOMINAL_PREPS = frozenset("of about for".split())
# Possessive pronouns that name a person or group ("his comment", "their demand").
PERSON_POSSESSIVES = frozenset("his her their my our your".split())
# Postpositions that close a nominal cue's phrase without being content ("His promises to V notwithstanding").
POSTPOSITIONS = frozenset("notwithstanding aside".split())


def _person_possessor(noun):
    """The possessor of ``noun`` if it is a personal possessive pronoun ("his", "their"), else None."""
    poss = next((c for c_dep, c in kids(noun) if c_dep == "poss"), None)
    if poss is None:
        return None
    # Only pronouns: named possessors ("Trump's remarks") are too often the topic, not the speaker.
    if poss.lower_ in PERSON_POSSESSIVES:
        return poss
    return None


@rule(Rule("possessed_noun", priority=1, role=MINOR))
def possessed_noun(doc, base: int) -> Iterator[Candidate]:
    """"his comment about C", "Trump's call for C", "her promise to V", "Clinton's claim that C":
    a communication noun from :data:`NOMINAL_CUES` with a personal possessive pronoun.

    Limits: only pronoun possessors (not "Trump's remarks", not "remarks by S"); the complement must
    follow the noun directly in the parse.
    """
    for tok in words(doc, NOMINAL_CUES):
        if not tok.tag_.startswith("NN"):
            continue
        poss = _person_possessor(tok)
        if poss is None:
            continue
        comp, cue = None, [tok]
        for c in children(tok):
            if c.i <= tok.i:
                continue
            if c.dep_ == "prep" and c.lower_ in NOMINAL_PREPS:
                obj = next((o for o_dep, o in kids(c) if o_dep in ("pobj", "pcomp")), None)
                if obj is not None:
                    comp, cue = trim_appended(obj), [tok, c]
                    break
            if c.dep_ in ("acl", "relcl", "ccomp") and (c.left_edge.lower_ == "to" or (c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark")):
                comp = [t for t in c.subtree if not (t.lower_ == "that" and t.i == c.left_edge.i)]
                break
        while comp and comp[-1].lower_ in POSTPOSITIONS:
            comp = comp[:-1]  # a stranded postposition: "His promises to V notwithstanding"
        if not comp:
            continue
        content = content_range_from(comp, base)
        if content is None:
            continue
        bound = bound_subject(tok)
        src = possessor_tokens(poss)
        source = source_range(bound, base) if bound is not None else token_range(src, base)
        yield Candidate(content, source, token_range(cue, base), "indirect", "possessed_noun", tok.i)


# Stance predicates after a copula: "S is a staunch opponent of C", "S has been critical of C",
# "S were coy about C".
STANCE_PREPS = frozenset("of about on toward towards".split())
COPULAS = frozenset("is are was were be been being am 's 're remains remained become became".split())
STANCE_WORDS = STANCE_NOUNS | STANCE_ADJECTIVES


@rule(Rule("stance_predicate", priority=1, role=MINOR))
def stance_predicate(doc, base: int) -> Iterator[Candidate]:
    """"S is a staunch opponent of C", "S has been critical of C", "S were coy about C": a stance
    noun or adjective from :data:`STANCE_NOUNS` / :data:`STANCE_ADJECTIVES` after a copula, with a
    person, body or document subject; the content is the object of "of/about/on".

    Limits: only the copula frame (not "a critic of C" in apposition); the preposition must hang
    from the noun or adjective in the parse."""
    for tok in words(doc, STANCE_WORDS):
        if tok.dep_ not in ("attr", "acomp") or tok.head.lower_ not in COPULAS:
            continue
        noun = tok.lower_ in STANCE_NOUNS and tok.tag_.startswith("NN")
        adj = tok.lower_ in STANCE_ADJECTIVES and tok.tag_.startswith("JJ")
        if not (noun or adj):
            continue
        subj = subject_of(tok.head)
        if subj is None or not agentive(subj):
            continue
        prep = next((c for c_dep, c in kids(tok) if c_dep == "prep" and c.i > tok.i and c.lower_ in STANCE_PREPS), None)
        obj = next((o for o_dep, o in kids(prep) if o_dep in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None or obj.i < prep.i or obj.tag_ in ("WDT", "WP"):
            continue  # "the one thing that she is passionate about": a stranded preposition
        # The object with its conjoined prepositions ("supporter of NATO and of U.S. solidarity with its allies").
        content = content_range_from([t for t in trim_appended(prep, appositions=True) if t.i != prep.i], base)
        if content is None:
            continue
        first = min([tok.head.i] + [c.i for c_dep, c in kids(tok.head) if c_dep in ("aux", "neg") and c.i < tok.head.i])
        cue = token_range(doc[first:prep.i + 1], base)  # "has been a consistent and outspoken supporter of"
        yield Candidate(content, source_range(subj, base), cue, "indirect", "stance_predicate", tok.i)


ATTITUDE_COPULAS = COPULAS | frozenset("remain seem seems seemed".split())


@rule(Rule("attitude_adjective", priority=1, role=MINOR))
def attitude_adjective(doc, base: int) -> Iterator[Candidate]:
    """"S is confident that C", "S was adamant that C", "S is hopeful about C", "S remains worried over
    C": an adjective of attitude from :data:`~annotate.extract.noun_lexicons.ATTITUDE_ADJECTIVES` after
    a copula, with a person, body or document subject (the source); the content is the adjective's
    'that' clause or its "about/of/over/in" object.

    Limits: the clause or preposition must hang from the adjective in the parse; "of/about" objects
    of the adjectives that :func:`stance_predicate` also reads are left to it."""
    for tok in words(doc, ATTITUDE_ADJECTIVES):
        if tok.dep_ != "acomp" or not tok.tag_.startswith(("JJ", "VBN")) or tok.head.lower_ not in ATTITUDE_COPULAS:
            continue
        subj = subject_of(tok.head)
        if subj is None or not agentive(subj):
            continue
        comp, cue_end = None, tok
        # The 'that' clause hangs from the adjective or, in the parse, from the copula ("was adamant that C").
        after = [*kids(tok), *[(c_dep, c) for c_dep, c in kids(tok.head) if c_dep == "ccomp" and c.i > tok.i]]
        for c_dep, c in after:
            if c.i <= tok.i:
                continue
            if c_dep == "prep" and c.lower_ in ATTITUDE_PREPS:
                if tok.lower_ in STANCE_ADJECTIVES and c.lower_ in STANCE_PREPS:
                    break
                obj = next((o for o_dep, o in kids(c) if o_dep in ("pobj", "pcomp")), None)
                if obj is not None and obj.i > c.i and obj.tag_ not in ("WDT", "WP"):
                    comp, cue_end = [t for t in trim_appended(c, appositions=True) if t.i != c.i], c
                break
            if c_dep == "ccomp" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
                comp = [t for t in c.subtree if t.i != c.left_edge.i]
                break
        if not comp:
            continue
        content = content_range_from(comp, base)
        if content is None:
            continue
        first = min([tok.head.i] + [c.i for c_dep, c in kids(tok.head) if c_dep in ("aux", "neg") and c.i < tok.head.i])
        yield Candidate(content, source_range(subj, base), token_range(doc[first:cue_end.i + 1], base), "indirect",
                        "attitude_adjective", tok.i)


@rule(Rule("light_noun", priority=1, role=MINOR))
def light_noun(doc, base: int) -> Iterator[Candidate]:
    """"S raised questions about C", "S sounded a call for C", "S expressed concern that C", "S made the
    case for C": a light verb from :data:`LIGHT_VERBS` with a noun object from :data:`LIGHT_NOUNS`;
    the content is the noun's "about/of/for ..." object or its 'that' clause; the source, the verb's
    subject (a person, body or document).

    Also "S has no illusions about C", "S had such reservations about C" (forms of "have"), with a noun of a view or
    a feeling only (:data:`HELD_LIGHT_NOUNS`): "Clinton has the support of women" is what the women give.

    Limits: the complement must hang from the noun or directly from the verb after the noun; the
    paragraph must hold another cue word to be parsed at all."""
    for tok in words(doc, LIGHT_VERBS):
        if not tok.tag_.startswith("VB"):
            continue
        noun = next((c for c_dep, c in kids(tok) if c_dep == "dobj" and c.lower_ in LIGHT_NOUNS), None)
        if noun is None or (tok.lower_ in HAVE_FORMS and noun.lower_ not in HELD_LIGHT_NOUNS):
            continue
        subj = subject_of(tok)
        if subj is None and tok.dep_ in ("advcl", "xcomp", "conj", "acl") and tok.tag_ == "VBG":
            subj = subject_of(tok.head)
        if subj is None or not agentive(subj):
            continue
        comp, cue_end = None, noun
        for c in [*noun.children, *[k for k in children(tok) if k.i > noun.i]]:
            if c.i <= noun.i:
                continue
            if c.dep_ == "prep" and c.lower_ in LIGHT_PREPS:
                obj = next((o for o_dep, o in kids(c) if o_dep in ("pobj", "pcomp")), None)
                if obj is not None and obj.tag_ not in ("WDT", "WP"):
                    comp, cue_end = [t for t in trim_appended(c, appositions=True) if t.i != c.i], c
                    break
            if c.dep_ in ("acl", "ccomp", "advcl") and c.left_edge.lower_ in ("that", "for") and c.left_edge.dep_ == "mark":
                # "expressed concern that C"; "sounded a call for the United States to accept X" (for-to clause)
                comp = [t for t in c.subtree if t.i != c.left_edge.i]
                cue_end = c.left_edge if c.left_edge.lower_ == "for" else noun
                break
        if not comp:
            continue
        content = content_range_from(comp + second_conjunct(comp), base)
        if content is None:
            continue
        yield Candidate(content, source_range(subj, base), token_range(doc[tok.i:cue_end.i + 1], base), "indirect", "light_noun", tok.i)


# Communication nouns whose "about/of/over" object is the content, with or without a possessor:
# "questions about C", "criticism of C", "allegations of C".
TOPIC_NOUNS = frozenset(
    """
    questions criticism criticisms allegations allegation accusations accusation skepticism scepticism rhetoric
    complaints condemnation warnings doubts concerns discussion debate ideas claims reports talk
    """.split()
)
TOPIC_PREPS = frozenset("about of over".split())
# Most words a topic noun's object may have and still be a bare topic rather than what was said ("the debate over
# climate change", "questions of legality", "debate of the year").
BARE_TOPIC_WORDS = 2


def _bare_topic(obj) -> bool:
    """True when ``obj`` (a topic noun's object) is a short noun phrase (:data:`BARE_TOPIC_WORDS` words at most)
    with no possessor: it names a topic ("debate over abortion rights", "concerns over competitiveness") or an
    occasion ("debate over the weekend"), not a statement. Limit: a short topic the gold takes as the content
    ("questions about Clinton") is lost with it; a possessor keeps it ("questions about Sanders's viability")."""
    words = [t for t in obj.subtree if not t.is_punct]
    return len(words) <= BARE_TOPIC_WORDS and not any(t.dep_ == "poss" for t in words)


def _definite_of(noun, prep) -> bool:
    """"the N of X": a topic noun with the article "the" and an "of" object. X is as often who holds the noun ("the
    criticism of her party rival", "the core concerns of the party's base", "the rhetoric of her new Iowa ad") as what
    it is about, so it is no content. Limits: a topic the gold takes after "the" ("the concerns of federal employees")
    is lost too; "criticism of X", "reports of X" with no article are read as before."""
    return prep.lower_ == "of" and any(c_dep == "det" and c.lower_ == "the" for c_dep, c in kids(noun))


@rule(Rule("topic_noun", priority=0, role=MINOR))
def topic_noun(doc, base: int) -> Iterator[Candidate]:
    """"questions about C", "criticism of C", "allegations of C": a communication noun from
    :data:`TOPIC_NOUNS` with an "about/of/over" object right after it; the source is the possessor
    ("Trump's criticism of C"), if any.

    Limits: a noun that is the object of a cue verb is left to that verb's rule; a bare topic of two words at most
    (:func:`_bare_topic`) gives nothing, and so does an object of three words at most with no possessor when the noun
    has no source (:func:`~annotate.extract.noun_cues.short_object`), and "the N of X" (:func:`_definite_of`)."""
    for tok in words(doc, TOPIC_NOUNS):
        if not tok.tag_.startswith("NN"):
            continue
        if tok.dep_ == "dobj" and (tok.head.lower_ in LIGHT_VERBS or tok.head.lower_ in CUE_FORMS):
            continue  # "raised questions about C": :func:`light_noun` or the verb rules
        prep = next((c for c_dep, c in kids(tok) if c_dep == "prep" and c.i == tok.i + 1 and c.lower_ in TOPIC_PREPS), None)
        obj = next((o for o_dep, o in kids(prep) if o_dep in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None or obj.tag_ in ("WDT", "WP", "PRP") or _bare_topic(obj) or _definite_of(tok, prep):
            continue
        comp = [t for t in trim_appended(prep, appositions=True) if t.i != prep.i]
        content = content_range_from(comp + second_conjunct(comp), base)
        if content is None:
            continue
        poss = next((c for c_dep, c in kids(tok) if c_dep == "poss"), None)
        src = token_range([t for t in poss.subtree if t.dep_ != "case"], base) if poss is not None else None
        bound = bound_subject(tok)
        if bound is not None:
            src = source_range(bound, base)
        core = without_appositions(comp)  # "the rhetoric of mogul Donald Trump, now the Republican Party's nominee"
        if src is None and short_object(core) and not any(t.dep_ == "poss" for t in core):
            continue  # as ``cue_noun``: a short object of a noun nobody holds ("allegations of adultery against X")
        yield Candidate(content, src, token_range([tok, prep], base), "indirect", "topic_noun", tok.i)

# Passive cues with no source in the clause: "X is said to V", "X is widely seen as Y" (PolNeAR annotates them
# with the agent, if any, as source). Belief and report verbs with a "to" complement; the "as" frame only with
# verbs of judgement and characterisation (not "treated as", "revealed as", "defined as": no one's view).
PASSIVE_BELIEF_VERBS = frozenset("say believe think report rumor rumour allege know consider presume understand suspect expect".split())
PASSIVE_AS_VERBS = frozenset(
    """
    see view regard perceive consider describe portray characterize characterise depict paint cast brand label dub
    tout hail praise bill criticize criticise condemn denounce deride dismiss attack mock ridicule lambaste slam
    blast assail decry know
    """.split()
)
PASSIVE_BELIEF_FORMS = frozenset(f for b in PASSIVE_BELIEF_VERBS for f in verb_forms(b))
PASSIVE_AS_FORMS = frozenset(f for b in PASSIVE_AS_VERBS for f in verb_forms(b))
# Sentence openers that answer the sentence before ("Israel is not seeking X, the official added. Instead, Egypt is
# expected to ..."): an expectation after them carries on that sentence's statement rather than making one of its own.
ANSWERING_OPENERS = frozenset(("instead", "rather"))
EXPECT_FORMS = frozenset(verb_forms("expect"))
_RELATIVE_WORDS = frozenset("which that who whom what it there".split())
# Pronouns that open an expectation of their own ("the event, which is expected to draw 50,000 delegates", "It is
# expected to rise to 2.9 percent this year": PolNeAR takes the pronoun and the complement, with no source). An
# expletive "it is expected that C" has no "to" complement and gives no expectation.
_EXPECTED_RELATIVES = frozenset("which that who it".split())


def _passive_parts(tok, relative: frozenset = frozenset()):
    """(subject, agent object or None, cue tokens) of a passive participle with its own subject, else None; a
    relative pronoun is a subject only when it is in ``relative``."""
    if tok.tag_ != "VBN":
        return None
    auxpass = [c for c_dep, c in kids(tok) if c_dep == "auxpass"]
    subj = next((c for c_dep, c in kids(tok) if c_dep == "nsubjpass" and c.i < tok.i), None)
    if not auxpass or subj is None or (subj.lower_ in _RELATIVE_WORDS and subj.lower_ not in relative):
        return None
    agent = next((c for c_dep, c in kids(tok) if c_dep == "agent"), None)
    pobj = next((c for c_dep, c in kids(agent) if c_dep == "pobj"), None) if agent is not None else None
    cue = [c for c_dep, c in kids(tok) if c_dep in ("aux", "auxpass", "neg", "advmod") and subj.i < c.i < tok.i] + [tok]
    return subj, pobj, cue


def _passive_candidate(tok, subj, pobj, cue, last, base: int, rule_name: str, end=None) -> Iterator[Candidate]:
    """The statement of a passive cue ``tok``: content from its subject to the end of ``last`` (the complement or
    predicate; to token ``end`` when given), source the "by" agent ``pobj`` or none."""
    end = last.right_edge.i if end is None else end
    toks = list(trim_appended(subj)) + list(tok.doc[subj.right_edge.i + 1:end + 1])
    content = content_range_from(toks, base)
    if content is not None:
        source = source_range(pobj, base) if pobj is not None else None
        yield Candidate(content, source, token_range(cue, base), "indirect", rule_name, tok.i)


@rule(Rule("passive_belief", priority=1, role=MINOR))
def passive_belief(doc, base: int) -> Iterator[Candidate]:
    """"X is said to V", "X was widely believed to be Y", "X is thought by aides to V": a passive belief or
    report verb (:data:`PASSIVE_BELIEF_VERBS`) with a "to" complement. Content: from the subject to the end of the
    complement (the cue inside it); source: the "by" agent, else none.

    "X is expected to V" (PolNeAR annotates the expectation, with no source) is taken, except in a sentence
    opened by :data:`ANSWERING_OPENERS`, which carries on the statement before it (the seeds gold leaves
    "Instead, Egypt ... is expected to become the primary interlocuter" to the official quoted just before).

    The complement ends before the writer's asides on it: a participle clause after a comma or dash (", potentially
    teeing up a new law"), a time or reason clause, a relative clause or apposition set off by a comma or dash ("--
    the first wave in a total of 600 layoffs --"), as for :func:`~annotate.extract.object_frames.verb_xcomp`.

    Limits: the subject must be the passive's own, not a relative pronoun or "it", but for an expectation ("which /
    that / who / it is expected to V": from the pronoun); an expectation is taken whatever its complement, so a
    forecast of figures ("sales are expected to rise only 8 percent") is a statement too."""
    for tok in words(doc, PASSIVE_BELIEF_FORMS):
        parts = _passive_parts(tok, _EXPECTED_RELATIVES if tok.lower_ in EXPECT_FORMS else frozenset())
        if parts is None:
            continue
        if tok.lower_ in EXPECT_FORMS and doc[sentence(tok).start].lower_ in ANSWERING_OPENERS:
            continue
        subj, pobj, cue = parts
        xcomp = next((c for c_dep, c in kids(tok) if c_dep == "xcomp" and c.i > tok.i and c.left_edge.lower_ == "to"), None)
        if xcomp is None:
            continue
        kept = {t.i for t in trim_appended(xcomp)}.intersection(t.i for t in _without_asides(xcomp))
        yield from _passive_candidate(tok, subj, pobj, cue, xcomp, base, "passive_belief", end=max(kept))


# Judgement verbs whose passive takes a bare predicate as well: "Pigs are considered unclean by X", "X was deemed
# insufficient", "X was dubbed a liar".
PASSIVE_PRED_VERBS = frozenset("consider deem dub label brand call term".split())
PASSIVE_PRED_FORMS = frozenset(f for b in PASSIVE_PRED_VERBS for f in verb_forms(b))
KNOW_FORMS = frozenset(("known",))


def _as_predicate(tok):
    """The predicate of a passive judgement verb: its "as" phrase ("seen as a threat"; "known for X" too), else a
    bare predicate of a :data:`PASSIVE_PRED_VERBS` verb ("considered unclean", "dubbed a liar"); None if neither."""
    doc = tok.doc
    for c in children(tok):
        if c.i <= tok.i:
            continue
        if c.dep_ == "prep" and (c.lower_ == "as" or (c.lower_ == "for" and tok.lower_ in KNOW_FORMS)):
            if c.lower_ == "as" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "well":
                return None  # "as well as"
            if any(o_dep in ("pobj", "pcomp") for o_dep, o in kids(c)):
                return c
        if c.dep_ in ("oprd", "attr", "acomp") and tok.lower_ in PASSIVE_PRED_FORMS:
            return c
    return None


@rule(Rule("passive_as", priority=1, role=MINOR))
def passive_as(doc, base: int) -> Iterator[Candidate]:
    """"X is widely seen as Y", "X was criticized by S as Z", "X is best known for Y", "Pigs are considered unclean by
    some": a passive verb of judgement or characterisation (:data:`PASSIVE_AS_VERBS`) with its predicate
    (:func:`_as_predicate`). Content: from the subject to the end of the predicate; source: the "by" agent, else none.

    Limits: "as well as" and a finite "as" clause ("as he left") are not predicates; relative subjects ("which is
    seen as") are left out."""
    for tok in words(doc, PASSIVE_AS_FORMS):
        parts = _passive_parts(tok)
        if parts is None:
            continue
        subj, pobj, cue = parts
        pred = _as_predicate(tok)
        if pred is None:
            continue
        yield from _passive_candidate(tok, subj, pobj, cue, pred, base, "passive_as")


# The noun and passive-belief families live in their own module; importing it declares them.
from annotate.extract import noun_cues  # noqa: E402,F401


# Plural document nouns and survey nouns that end a "C, <documents> show." source phrase.
SHOWING_DOCUMENT_HEADS = frozenset(
    """
    records documents reports filings data figures numbers statistics poll polls survey surveys analysis
    study studies
    """.split()
)
SHOW_FORMS = frozenset(("show", "shows", "showed"))
# Tokens a misparsed "<documents> show" source phrase may hold besides nouns and adjectives.
_SOURCE_PHRASE_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "CC", "DT", "POS", "HYPH", "VBZ", "VBP", "VBG", "CD")


@rule(Rule("clause_said", priority=3, role=SPEECH))
def documents_show(doc, base: int) -> Iterator[Candidate]:
    """"C, Federal Election Commission records show.", "C, the Pew Research Center analysis shows.": the
    sentence-final "show" the parser read as a noun (a compound or an object of the clause before it) or as a verb
    without its subject, so no cue verb rule took it. Content: the sentence from its start to the comma; source: the words between the comma and
    "show".

    Limits: "show(s/ed)" only, as the sentence's last word before a full stop, right after a noun of
    :data:`SHOWING_DOCUMENT_HEADS`, with a comma at most eight words before it and only nouns, adjectives,
    determiners and conjunctions between (a noun the parser tagged as a verb, "records/VBZ", "fundraising/VBG",
    passes); where the cue-verb rules also read it, the two candidates coincide."""
    for tok in words(doc, SHOW_FORMS):
        sent = sentence(tok)
        rest = [t.text for t in doc[tok.i + 1:sent.end] if not t.is_space]
        if rest != ["."] or tok.i < 1 or doc[tok.i - 1].lower_ not in SHOWING_DOCUMENT_HEADS:
            continue
        comma = next((i for i in range(tok.i - 2, max(sent.start, tok.i - 10), -1) if doc[i].text == ","), None)
        if comma is None or comma - sent.start < 3:
            continue
        phrase = list(doc[comma + 1:tok.i])
        if not all(t.tag_ in _SOURCE_PHRASE_TAGS for t in phrase):
            continue
        content = content_range_from(list(doc[sent.start:comma]), base)
        if content is None or any(t.text in ('"', "“", "”", "''") for t in doc[sent.start:comma]):
            continue
        yield Candidate(content, token_range(phrase, base), token_range([tok], base), "indirect", "clause_said", tok.i)


# "-ing" forms of the clause verbs (speech, belief, evidence and the clause frames of the Levin / VerbNet classes), but
# "meaning": "..., meaning nearly half had no opinion" draws the writer's inference (:data:`frames.MEAN_FORMS`).
CLAUSE_PARTICIPLES = frozenset(form for form in CLAUSE_FORMS if form.endswith("ing")) - MEAN_FORMS
# Dependents that give a complement clause its own subject or open it ("that C", "whether C").
_CLAUSE_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "expl", "csubj"))
_CLAUSE_OPENERS = frozenset(("that", "whether", "if"))


def _expletive_copula(verb) -> bool:
    """A copula (:data:`COPULAS`) whose subject is "it" ("It's worth noting that C", "it is worth remembering
    that C")."""
    return verb.lower_ in COPULAS and any(c_dep == "nsubj" and c.lower_ == "it" for c_dep, c in kids(verb))


@rule(Rule("trailing_participle", priority=0, role=MINOR))
def trailing_participle(doc, base: int) -> Iterator[Candidate]:
    """"some Republicans could be heard grousing that C", "it means admitting that C", "are left wondering whether
    C": an "-ing" clause verb (:data:`CLAUSE_PARTICIPLES`) that hangs after the clause verb it follows (``advcl`` or
    ``xcomp``) with a finite clause complement, where the cue-verb rules find no source for it (no subject, "it", or
    a subject that names no person, body or document). Content: the complement; source: none (the clause's subject
    is the speaker as often as not: "the incident came ..., shouting C").

    Limits: a participle that opens its sentence ("Realizing that C, the delegates could ...") is left out, as
    PolNeAR leaves it, and so is one on an adjective or on a copula with "it" for subject ("It's worth noting that
    C", the writer's aside, which PolNeAR takes as often as not and the seeds gold leaves out); a complement without
    its own subject or "that" ("claiming he above all others has C", with "he" read as the object) is not read."""
    for tok in words(doc, CLAUSE_PARTICIPLES):
        if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp") or tok.i < tok.head.i:
            continue
        if not tok.head.tag_.startswith("VB") or _expletive_copula(tok.head):
            continue  # "It's worth noting that C": the writer's aside
        if any(c_dep in _CLAUSE_SUBJECT_DEPS for c_dep, _ in kids(tok)):
            continue
        comp = finite_complement(tok, _CLAUSE_SUBJECT_DEPS, _CLAUSE_OPENERS)
        if comp is None or _verb_cue(tok, base) is not None:
            continue
        content = content_range(comp, base)
        if content is not None:
            yield Candidate(content, None, token_range([tok], base), "indirect", "trailing_participle", tok.i)
