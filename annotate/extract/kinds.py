"""Statement kinds and the ``--kinds`` filter of `annotate extract` and `annotate push`.

A kinds spec is a comma-separated list of :data:`KINDS` ("direct,indirect,mixed"); ``speech``
stands for the speech quotes a quote-tracking project wants: direct and mixed statements, and the
indirect statements that report speech (:func:`reports_speech`: a speech-verb cue or a quotation in
the content), not "according to" attributions nor the broader indirect ones (beliefs, stances, noun
cues: "X believes C", "support for C", "criticism of C"). Naming ``indirect`` too keeps every indirect
statement.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional, get_args

from annotate.errors import UsageError
from annotate.records import Kind, Statement

KINDS: tuple[str, ...] = get_args(Kind)
SPEECH = "speech"
ALIASES: dict[str, frozenset[str]] = {SPEECH: frozenset({"direct", "indirect", "mixed"})}
# Rules whose cue is a speech act though no word of it is a speech verb ("made it clear that C").
SPEECH_RULES = frozenset({"made_clear"})
_WORD = re.compile(r"[A-Za-z]+")
_QUOTE_MARKS = ("\"", "“", "”", "''", "«", "»")


def parse_kinds(spec: Optional[str]) -> Optional[frozenset[str]]:
    """The kinds named in ``spec`` (None: no filter); a UsageError naming the valid kinds otherwise.

    With ``speech`` and not ``indirect``, the set also holds ``"speech"``: indirect statements are then
    kept only when they report speech (:func:`keep_kinds`)."""
    if spec is None:
        return None
    kinds: set[str] = set()
    named: set[str] = set()
    for word in (w.strip() for w in spec.split(",")):
        if word in KINDS:
            kinds.add(word)
            named.add(word)
        elif word in ALIASES:
            kinds |= ALIASES[word] | {word}
        else:
            valid = ", ".join((*KINDS, *ALIASES))
            raise UsageError(f"--kinds {spec!r}: unknown kind {word!r}; use a comma-separated list of {valid}")
    if "indirect" in named:
        kinds.discard(SPEECH)
    return frozenset(kinds)


def reports_speech(statement: Statement) -> bool:
    """True for a statement of a speech verb (its cue holds a form of :data:`annotate.extract.lexicons.SPEECH_VERBS`:
    said, told, argued, tweeted ...) or of a :data:`SPEECH_RULES` rule, or whose content holds a quotation mark.

    Limits: the cue is read word by word, so a phrasal cue counts when any of its words is a speech-verb form."""
    from annotate.extract.lexicons import SPEECH_FORMS  # the extractor's lexicon, loaded only when filtering

    if statement.rule in SPEECH_RULES:
        return True
    if statement.cue is not None and any(w.lower() in SPEECH_FORMS for w in _WORD.findall(statement.cue.text)):
        return True
    return any(mark in statement.content.text for mark in _QUOTE_MARKS)


def keep_kinds(statements: Iterable[Statement], kinds: Optional[frozenset[str]]) -> Iterator[Statement]:
    """The statements whose kind is in ``kinds`` (all of them when ``kinds`` is None); with ``"speech"`` in
    ``kinds``, an indirect statement only when it :func:`reports_speech`."""
    for statement in statements:
        if kinds is None:
            yield statement
        elif statement.kind in kinds and (statement.kind != "indirect" or SPEECH not in kinds or reports_speech(statement)):
            yield statement
