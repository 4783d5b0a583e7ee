"""Anchors for quotations whose speaker the cue rules miss, read from tags and token order, not the parse tree.

- After a quotation: ``"Q," Trump barked``, ``"Q!" beamed Donald Hartley``, ``"Q," said Robert Reich, who ...``:
  a noun phrase and a finite verb (either order) right after a quotation closed by a comma, "?" or "!".
  Any verb counts (manner-of-speaking verbs are not in the cue lexicon: barked, beamed, fumed, riffed), and
  the speaker is read from token order, so a parse that hangs the name on a later verb still gives it; a clause
  verb the tagger read as a noun closing the phrase counts too (``"Q," the email read.``, ``"Q," Bozell answers.``).
- Before a colon: ``Mr. Christie gloated: "Q"``, ``Trump went even further: "Q"``, ``She went on:`` closing a
  paragraph that the next one's quotation continues: a subject, an optional apposition and a finite verb
  opening the clause that ends in a colon right before a quotation (or at the paragraph end).
- Before a comma: ``Hillary shot back, "Q"``, ``telling reporters, "Q"``, ``He went on to say, "Q"``: a clause
  verb a few tokens before the comma that opens a quotation, or any finite verb right before it, whose subject
  (by the parse) is a name, a pronoun or a person noun.
- Before an exclamation or question: ``a man yelled "Stay there!"``: a clause verb right before a quotation of at
  most :data:`MAX_BARE_UTTERANCE` characters that closes on "!" or "?", with no comma between (rule ``comma_bare``
  too, its content the space).

Both are anchors (like :func:`annotate.extract.rules.bare_cues`): they make no statement of their own;
:func:`annotate.extract.attach.attach` joins an anchor to the speech quotation next to it. A colon anchor
(rule ``colon_bare``, ``comma_bare`` before a comma) carries the colon or comma as its content, so it joins only
the quotation right after it;
an anchor after a quotation (rule ``after_bare``) joins only a quotation long enough to be speech
(:data:`annotate.extract.lexicons.MIN_QUOTE_WORDS`): a title or scare quote before any verb is not speech.

Limits: English news prose; the noun phrase is a run of determiners, adjectives, numbers, names and nouns
(or one personal pronoun) of at most :data:`MAX_NAME_TOKENS` tokens, and one comma apposition
("Ramos, 58, told"); a colon clause's subject must be a name, a pronoun or a person, body or document noun,
and its verb no copula ("The question ... is:"). A speaker label with no verb ("Donald Trump: "Q"") is not read.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from annotate.extract.lexicons import CLAUSE_FORMS, VOCAL_FORMS
from annotate.extract.registry import OTHER, Rule, declare
from annotate.extract.extents import source_range
from annotate.extract.rules import Candidate
from annotate.extract.subjects import _SOURCE_HEADS, _climb_subject, agentive, subject_of
from annotate.extract.tokens import TENSED_VERB_TAGS, sentence

declare(Rule("colon_bare", priority=0, role=OTHER), Rule("after_bare", priority=0, role=OTHER), Rule("comma_bare", priority=0, role=OTHER))
# Most tokens between a speech verb and the comma before a quotation ("telling reporters, "Q"").
MAX_COMMA_GAP = 5

# Tags of the tokens of a noun phrase used as a speaker, and of its last token.
NAME_TAGS = frozenset(("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP$", "POS", "CD", "HYPH"))
NOUN_TAGS = frozenset(("NNP", "NNPS", "NN", "NNS"))
SUBJECT_PRONOUNS = frozenset("he she they we i it".split())
MAX_NAME_TOKENS = 8
MAX_APPOSITION_TOKENS = 16
# Finite verbs; VBN too: the small model tags a past form after a name as a participle ("Trump barked/VBN").
VERB_TAGS = frozenset(("VBD", "VBZ", "VBP", "VBN"))
# In an "as" clause before a colon ("As John Cornyn, the No. 2 in the GOP leadership, put it:") a past form the
# small model tags as a base form (put/VB) is the clause's verb too.
AS_CLAUSE_VERB_TAGS = VERB_TAGS | {"VB"}
# Forms that are no speech act on their own: copulas and auxiliaries without a main verb after them.
COPULAS = frozenset("is was were are be been 's am".split())
AUXILIARIES = frozenset("has have had will would did does do could can may might should must".split())
# Words that open a clause before its subject ("And Mr. Christie gloated:").
CLAUSE_OPENERS = frozenset("and but so then yet or as".split())
# Tags of quotation marks: a clause read from the parse before a colon may hold none after its subject.
QUOTE_MARK_TAGS = frozenset(("``", "''"))
# Dashes before a name label ("Headline - HuffPollster:"): a clause read from the parse may hold none, spaced, after
# its verb (a hyphen inside a word, "three-word", does not count).
LABEL_DASHES = frozenset(("-", "–", "—"))
# The most heads climbed from the word before a colon to the verb of its clause (:func:`_parsed_colon_clause`).
MAX_COLON_CLIMB = 8

_CLOSING = re.compile(r"[,?!](?:[\"”»]|'')(?=\s)|(?:[\"”»]|'')\s*,")
_COLON = re.compile(r":")
_OPENING = re.compile(r"\s*(?:[\"“«]|'')")


def _token_at(doc, offset: int) -> Optional[int]:
    """Index of the token starting at character ``offset`` of the doc, or of the first token after it."""
    text = doc.text
    while offset < len(text) and text[offset].isspace():
        offset += 1
    if offset >= len(text):
        return None
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def _name_run(doc, i: int) -> Optional[tuple[int, int]]:
    """Tokens [i, j) of a speaker noun phrase starting at token ``i``, ending on a noun; or one subject pronoun."""
    if i >= len(doc):
        return None
    if doc[i].tag_ == "PRP":
        return (i, i + 1) if doc[i].lower_ in SUBJECT_PRONOUNS else None
    j = i
    while j < len(doc) and j - i < MAX_NAME_TOKENS and doc[j].tag_ in NAME_TAGS:
        j += 1
    while j > i and doc[j - 1].tag_ not in NOUN_TAGS:
        j -= 1
    return (i, j) if j > i else None


def _after_apposition(doc, j: int) -> int:
    """The token after a comma apposition starting at ``j`` (", 58," / ", the 2012 nominee," / ", who signed ...,"),
    else ``j``."""
    if j < len(doc) and doc[j].text == ",":
        relative = j + 1 < len(doc) and doc[j + 1].lower_ in ("who", "which")
        for k in range(j + 1, min(len(doc), j + 1 + MAX_APPOSITION_TOKENS)):
            if doc[k].text == ",":
                return k + 1
            if doc[k].text in (".", ":", ";", "!", "?") or (doc[k].tag_ in TENSED_VERB_TAGS and not relative):
                break
    return j


def _verb_at(doc, j: int, tags: frozenset = VERB_TAGS) -> Optional[int]:
    """The main verb at token ``j`` after at most two auxiliaries or adverbs ("has since apologized", "later said")."""
    for k in range(j, min(len(doc), j + 3)):
        tok = doc[k]
        if tok.tag_ in tags and tok.lower_ not in COPULAS and tok.lower_ not in AUXILIARIES:
            return k
        if not (tok.tag_ in ("RB", "MD") or tok.lower_ in AUXILIARIES or tok.lower_ in COPULAS):
            return None
    return None


def _span(doc, base: int, i: int, j: int) -> tuple[int, int]:
    return base + doc[i].idx, base + doc[j - 1].idx + len(doc[j - 1].text)


def _cue(doc, base: int, verb: int) -> tuple[int, int]:
    end = verb + 1 if verb + 1 < len(doc) and doc[verb + 1].tag_ == "RP" else verb  # "shot back", "went on"
    return _span(doc, base, verb, end + 1)


def _subject_verb(doc, i: int, tags: frozenset = VERB_TAGS) -> Optional[tuple[tuple[int, int], int]]:
    """(speaker tokens, verb index) of "NAME [, apposition,] [aux/adverb] VERB" starting at token ``i``."""
    run = _name_run(doc, i)
    if run is None:
        return None
    verb = _verb_at(doc, _after_apposition(doc, run[1]), tags)
    return (run, verb) if verb is not None else None


def _tagged_noun_verb(doc, i: int) -> Optional[tuple[tuple[int, int], int]]:
    """(speaker tokens, verb index) of a noun phrase whose last word is a clause verb the tagger read as a noun,
    closing its clause ('"Q," the email read.', '"Q," the document states,'): at least a noun before it."""
    run = _name_run(doc, i)
    if run is None or run[1] - run[0] < 2 or run[1] >= len(doc) or doc[run[1]].text not in (".", ","):
        return None
    last = doc[run[1] - 1]
    if last.tag_ not in ("NN", "NNS") or last.lower_ not in CLAUSE_FORMS or doc[run[1] - 2].tag_ not in NOUN_TAGS:
        return None
    return (run[0], run[1] - 1), run[1] - 1


def after_quote(doc, base: int) -> Iterator[Candidate]:
    """Anchors right after a quotation closed by a comma, "?" or "!" (see the module docstring)."""
    for match in _CLOSING.finditer(doc.text):
        k = _token_at(doc, match.end())
        if k is None or doc[k].idx - match.end() > 1 or "\n" in doc.text[match.end():doc[k].idx]:
            continue
        tok = doc[k]
        if tok.tag_ in ("VBD", "VBZ") and tok.lower_ not in COPULAS and tok.lower_ not in AUXILIARIES:
            run = _name_run(doc, k + 1)  # "said Robert Reich"
            if run is not None:
                cue = _cue(doc, base, k)
                yield Candidate(cue, _span(doc, base, *run), cue, "direct", "after_bare", k)
            continue
        found = _subject_verb(doc, k) or _tagged_noun_verb(doc, k)
        if found is not None:  # "Trump barked", "Ramos, 58, told", "the email read"
            run, verb = found
            cue = _cue(doc, base, verb)
            yield Candidate(cue, _span(doc, base, *run), cue, "direct", "after_bare", verb)


def _agentive_run(doc, run: tuple[int, int]) -> bool:
    """A name, a pronoun ("who" too), or a person, body or document noun as the run's last word."""
    last = doc[run[1] - 1]
    return last.tag_ in ("NNP", "NNPS", "PRP") or last.lower_ in _SOURCE_HEADS or last.lower_ == "who" or agentive(last)


def _relative_subject_verb(doc, i: int) -> Optional[tuple[tuple[int, int], int]]:
    """(speaker tokens, verb index) of a relative clause opened by "who" after a comma ('Lynch, who told Congress
    when asked ...: "Q"', 'Santilli, who responds enthusiastically: "Q"'): the speaker is "who", as PolNeAR marks it.
    Limit: "who" is not resolved to the name before it here."""
    if i == 0 or i >= len(doc) or doc[i].lower_ != "who" or doc[i - 1].text != ",":
        return None
    verb = _verb_at(doc, i + 1)
    return ((i, i + 1), verb) if verb is not None else None


def before_colon(doc, base: int) -> Iterator[Candidate]:
    """Anchors for a clause ending in a colon before a quotation or at the paragraph end (module docstring)."""
    text = doc.text
    for match in _COLON.finditer(text):
        rest = text[match.end():]
        if rest.strip() and not _OPENING.match(rest):
            continue
        c = _token_at(doc, match.start())
        if c is None or doc[c].text != ":":
            continue
        start = c
        while start > 0 and doc[start - 1].text not in (".", "!", "?", ":", ";") and c - start < 60:
            start -= 1
        # The subject opens the clause, or follows an opening phrase set off by a comma ("In a Fox interview, Trump ...").
        for i in [start] + [t + 1 for t in range(start, c) if doc[t].text == ","][:2]:
            tags = VERB_TAGS
            if i < c and doc[i].lower_ in CLAUSE_OPENERS:  # "And Mr. Christie gloated:", "As Professor Foner put it:"
                if doc[i].lower_ == "as":
                    tags = AS_CLAUSE_VERB_TAGS
                i += 1
            found = _subject_verb(doc, i, tags) or _relative_subject_verb(doc, i)
            if found is not None and found[1] < c and _agentive_run(doc, found[0]):
                run, verb = found
                cue = _cue(doc, base, verb)
                yield Candidate((base + match.start(), base + match.end()), _span(doc, base, *run), cue, "direct", "colon_bare", verb)
                break
        else:
            anchor = _participle_before_colon(doc, base, c, start, match.start()) or _inverted_colon(
                doc, base, c, start, match) or _parsed_colon_clause(doc, base, c, start, match)
            if anchor is not None:
                yield anchor


def _parsed_colon_clause(doc, base: int, c: int, start: int, match) -> Optional[Candidate]:
    """A ``colon_bare`` anchor read from the parse when the clause before the colon at token ``c`` does not open
    with its subject and verb ("... snark— Cruz called them on it: “Q”", "but he gave the Texan a back-handed
    compliment: "Q""): the first finite verb with a subject above the word before the colon, within the clause
    before the colon (climbing past a verb with no subject: "who told Congress when asked about X:"), when that
    subject is agentive, a personal pronoun or any noun subject (before a colon and a quotation the clause's subject
    is the one quoted: "A footnote in the report makes that clear:", "a familiar voice celebrated the attacks on
    Twitter:"), comes before the verb and has no quotation mark between it and the colon, nor a spaced dash between
    the verb and the colon (a rubric signed by a name label). Limits: the parse decides the verb and subject; a
    copula is no verb, the climb stops at a word outside the clause, and a noun subject is taken even when its
    clause only describes the quotation ("Obama's first five questioners ranged from skeptical to hostile:")."""
    node = doc[c - 1]
    for _ in range(MAX_COLON_CLIMB):
        if not start <= node.i < c:
            return None
        if _finite_verb(node):
            subj = subject_of(node)
            if subj is None and node.head != node:
                node = node.head  # a participle with no subject of its own ("who told Congress when asked about X:")
                continue
            if subj is None or subj.i >= node.i or subj.i < start:
                return None
            if any(doc[k].tag_ in QUOTE_MARK_TAGS for k in range(subj.i, c)):
                return None  # a verb inside a quoted title before the colon ('"X leaves Y," by Times' Z:')
            if any(doc[k].text in LABEL_DASHES and doc[k - 1].whitespace_ for k in range(node.i + 1, c)):
                return None  # a rubric signed after a dash ("Media shares blame in Iowa poll overhype - HuffPollster:")
            if not (agentive(subj) or subj.tag_ == "PRP" or (subj.tag_ in NOUN_TAGS and subj.dep_ == "nsubj")):
                return None
            src = source_range(subj, base)
            if src is None:
                return None
            return Candidate((base + match.start(), base + match.end()), src, _cue(doc, base, node.i),
                             "direct", "colon_bare", node.i)
        if node.head == node:
            return None
        node = node.head
    return None


def _finite_verb(tok) -> bool:
    """A finite verb that is no copula or auxiliary, or a base form under a modal ("could only quip:")."""
    if tok.lower_ in COPULAS or tok.lower_ in AUXILIARIES:
        return False
    return tok.tag_ in VERB_TAGS or (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children))


def _inverted_colon(doc, base: int, c: int, start: int, match) -> Optional[Candidate]:
    """A ``colon_bare`` anchor for a clause that puts its past-tense clause verb first and the speaker after it,
    closing on the colon at token ``c`` ("Continued Stone: “Q”", "Stated Stone:" before a quoted paragraph): the
    verb (:data:`annotate.extract.lexicons.CLAUSE_FORMS`, tagged VBD or VBN, or a capitalised "-ed" form the tagger
    read as a name: "Stated/NNP Stone:") opens the clause and a name run fills the rest. Limit: a name run only (no
    apposition, no pronoun: "Said he:" is not read)."""
    verb = doc[start]
    verbal = verb.tag_ in ("VBD", "VBN") or (verb.tag_ == "NNP" and verb.lower_.endswith("ed"))
    if c - start < 2 or not verbal or verb.lower_ not in CLAUSE_FORMS:
        return None
    run = _name_run(doc, start + 1)
    if run is None or run[1] != c or doc[run[0]].tag_ == "PRP" or not _agentive_run(doc, run):
        return None
    return Candidate((base + match.start(), base + match.end()), _span(doc, base, *run), _cue(doc, base, start),
                     "direct", "colon_bare", start)


def _participle_before_colon(doc, base: int, c: int, start: int, at: int) -> Optional[Candidate]:
    """A ``comma_bare`` anchor for a clause verb's participle after a comma within :data:`MAX_COMMA_GAP` tokens
    before the colon at token ``c`` ("Sen. Ted Cruz was also critical of Obama’s stance, telling Breitbart London:
    “Q”"), its speaker found as in :func:`_comma_bare` (climbing to the clause it hangs from). Limit: only an
    "-ing" form right after a comma."""
    for k in range(c - 1, max(start - 1, c - 1 - MAX_COMMA_GAP), -1):
        tok = doc[k]
        if tok.is_punct:
            return None
        if tok.tag_ == "VBG" and tok.lower_ in CLAUSE_FORMS and k > 0 and doc[k - 1].text == ",":
            return _comma_bare(doc, base, tok, at)
    return None


_COMMA_QUOTE = re.compile(r",[ \t]*(?:[\"“«]|'')")


def _as_clause(doc, subj) -> bool:
    """True when the subject's phrase opens right after "as" ("As Akhil Reed Amar ... put it,")."""
    if subj is None:
        return False
    first = subj.left_edge.i
    return first > 0 and doc[first - 1].lower_ == "as"


def before_comma(doc, base: int) -> Iterator[Candidate]:
    """Anchors for a speech verb a few tokens before a comma that opens a quotation ('Hillary shot back, "Q"',
    'telling reporters, "Q"', 'went on to say, "Q"'): a clause verb (:data:`annotate.extract.lexicons.CLAUSE_FORMS`)
    within :data:`MAX_COMMA_GAP` tokens, or any finite verb right before the comma (a base form too when its subject
    opens an "as" clause: "As Akhil Reed Amar, ..., put it, ''Q''"), with a name, pronoun or person noun as its
    subject (found by the parse, climbing from a participle or infinitive)."""
    for match in _COMMA_QUOTE.finditer(doc.text):
        c = _token_at(doc, match.start())
        if c is None or doc[c].text != ",":
            continue
        verb = None
        for k in range(c - 1, max(-1, c - 1 - MAX_COMMA_GAP), -1):
            tok = doc[k]
            if tok.is_punct:
                break
            if tok.tag_.startswith("VB") and (tok.lower_ in CLAUSE_FORMS or tok.lower_ in VOCAL_FORMS):
                verb = tok
                break
            if k >= c - 2 and tok.tag_ in ("VBD", "VBZ") and tok.lower_ not in COPULAS and tok.lower_ not in AUXILIARIES:
                verb = tok  # "then boomed,", "shot back,"
                break
            if k >= c - 2 and tok.tag_ == "VB" and _as_clause(doc, subject_of(tok)):
                verb = tok  # a base form as the verb of an "as" clause ("As Akhil Reed Amar, ..., put it,")
                break
        if verb is None:
            anchor = _relative_before_comma(doc, base, c, match.start())
            if anchor is not None:
                yield anchor
            continue
        anchor = _comma_bare(doc, base, verb, match.start())
        if anchor is not None:
            yield anchor


# The most tokens between a relative clause's "who" and the comma before its quotation (:func:`_relative_before_comma`).
MAX_RELATIVE_GAP = 10


def _relative_before_comma(doc, base: int, c: int, at: int) -> Optional[Candidate]:
    """A ``comma_bare`` anchor for a relative clause opened by ", who" and a clause verb that runs up to the comma at
    token ``c`` before a quotation ("Mike Lee, who declared in the debate spin room, “Q”"): the speaker is "who", as
    PolNeAR marks it. Limits: the verb must be in :data:`annotate.extract.lexicons.CLAUSE_FORMS` right after "who";
    no punctuation between it and the comma."""
    for k in range(c - 1, max(0, c - MAX_RELATIVE_GAP), -1):
        tok = doc[k]
        if tok.is_punct:
            return None
        if tok.lower_ == "who" and doc[k - 1].text == "," and k + 1 < c:
            verb = doc[k + 1]
            if verb.tag_ in ("VBD", "VBZ") and verb.lower_ in CLAUSE_FORMS:
                return Candidate((base + at, base + at + 1), _span(doc, base, k, k + 1), _cue(doc, base, verb.i),
                                 "direct", "comma_bare", verb.i)
            return None
    return None


# Most characters of an exclamation or question quoted right after a verb with no comma (:func:`before_utterance`).
MAX_BARE_UTTERANCE = 200
# An exclamation or question opening right after a word, with no comma: 'a man yelled “Stay there!”'.
_BARE_UTTERANCE = re.compile(
    r"(?<=\w)[ \t]+(?:[\"“«]|'')(?P<words>[^\"“”«»\n]{1,%d}?[!?])(?:[\"”»]|'')" % MAX_BARE_UTTERANCE
)


def before_utterance(doc, base: int) -> Iterator[Candidate]:
    """Anchors for a clause verb (:data:`annotate.extract.lexicons.CLAUSE_FORMS`) right before a quoted exclamation
    or question with no comma between ('a man yelled “Stay there!”', 'cry “but they’re racist!”'): the quotation
    closes on "!" or "?" inside its mark (a full stop there often ends the sentence around a scare quote: 'what she
    calls “real solutions.”') within :data:`MAX_BARE_UTTERANCE` characters; the subject is found as in
    :func:`before_comma`. The anchor's content is the space before the quotation; a quotation too short for speech
    becomes speech through :func:`annotate.extract.attach._utterance_after`.
    Limit: a quotation closing on a full stop after a bare verb is left to the cue rules ("He said “Thank you.”" is
    not read)."""
    for match in _BARE_UTTERANCE.finditer(doc.text):
        k = _token_at(doc, match.start() - 1)
        if k is None or doc[k].idx + len(doc[k].text) != match.start():
            continue
        verb = doc[k]
        if not verb.tag_.startswith("VB") or (verb.lower_ not in CLAUSE_FORMS and verb.lower_ not in VOCAL_FORMS):
            continue
        anchor = _comma_bare(doc, base, verb, match.start())
        if anchor is not None:
            yield anchor


def _comma_bare(doc, base: int, verb, at: int) -> Optional[Candidate]:
    """A ``comma_bare`` anchor of ``verb`` whose content is the character at ``at`` (the comma or space before the
    quotation): None unless the verb has a subject before it that is agentive or a personal pronoun; a subject
    taken from another verb is read as active, and an infinitive under a passive verb takes that verb's subject
    ("was prompted to say, ''Q''")."""
    subj = subject_of(verb) or _climb_subject(verb)
    if (subj is None or subj.i >= verb.i) and verb.tag_ == "VBG" and verb.i > 0 and doc[verb.i - 1].text == ",":
        subj = _main_subject_before(verb)
    prompted = _passive_subject(verb.head) if verb.dep_ == "xcomp" else None
    if prompted is not None:
        subj = prompted  # "Mr. Trump was prompted to say, ''Q''": the one prompted speaks
    # a subject taken from another verb is read as the active speaker ("Silverman was joined ... and joked, “Q”")
    if subj is None or subj.i >= verb.i:
        return None
    vocal = verb.lower_ in VOCAL_FORMS and subj.head == verb  # "Some chanted “Q”": the crowd's cry is its own
    if not (vocal or agentive(subj, active=subj.head != verb) or subj.tag_ == "PRP"):
        return None
    src = source_range(subj, base)
    if src is None:
        return None
    return Candidate((base + at, base + at + 1), src, _cue(doc, base, verb.i), "direct", "comma_bare", verb.i)


def _passive_subject(verb):
    """The passive subject before ``verb`` ("Mr. Trump was prompted"), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)


def _main_subject_before(verb):
    """The subject of the clause a participle after a comma belongs to, when the parser hung the participle on the
    quotation's verb ('Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people
    get ...”'): the last subject before the participle in its sentence whose verb is before it too and heads a main
    or complement clause (root, ``ccomp``, ``conj``), not an adverbial or relative one; None if there is none.
    Limit: a complement clause's subject before the participle ("She said he was wrong, telling ...") is taken for
    the speaker."""
    doc = verb.doc
    for tok in reversed(doc[sentence(verb).start:verb.i]):
        if tok.dep_ == "nsubj" and tok.head.i < verb.i and tok.head.dep_ in ("ROOT", "ccomp", "conj"):
            return tok
    return None


def colon_before_quote(text: str, paras: list[tuple[int, int]], n: int) -> bool:
    """True when paragraph ``n`` ends in a colon and the next paragraph opens with a quote mark ("She went on:"):
    the pipeline parses it for :func:`before_colon` even without a cue word."""
    start, end = paras[n]
    return text[end - 1:end] == ":" and n + 1 < len(paras) and _OPENING.match(text, paras[n + 1][0]) is not None


def quote_anchors(doc, base: int) -> Iterator[Candidate]:
    """Every anchor of this module in one parsed paragraph (text at article offset ``base``)."""
    if not any(c in doc.text for c in "\"“”«»'"):
        if ":" not in doc.text:
            return
    yield from after_quote(doc, base)
    yield from before_colon(doc, base)
    yield from before_comma(doc, base)
    yield from before_utterance(doc, base)
