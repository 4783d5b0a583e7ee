"""Statement kinds and the ``--kinds`` filter of `annotate extract` and `annotate push`.

A kinds spec is a comma-separated list of :data:`KINDS` ("direct,indirect,mixed"); ``speech``
stands for the speech quotes a quote-tracking project wants: direct and mixed statements, and the
indirect statements that report speech (:func:`reports_speech`: a quotation in the content, or a
reporting verb with its clause), not "according to" attributions nor the broader indirect ones
(beliefs, evidence, stances, objects and noun cues: "X believes C", "the poll shows C", "denied the
reports", "support for C", "criticism of C"). Naming ``indirect`` too keeps every indirect statement.
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
# Verbs of :data:`annotate.extract.lexicons.SPEECH_VERBS` that report a belief, knowledge or evidence, not speech
# ("Clinton allies believe C", "the discovery showed how ...").
NOT_SPEECH_VERBS = frozenset(
    "believe think know feel fear worry hope expect understand learn find show suspect guess wonder".split()
)
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
    """True for a statement whose content holds a quotation mark, of a :data:`SPEECH_RULES` rule, or of a
    reporting verb (a form of :data:`annotate.extract.lexicons.SPEECH_VERBS` but :data:`NOT_SPEECH_VERBS`: said,
    told, argued, tweeted ...) by a rule that is not an object, infinitive or noun rule (role ``minor``,
    :mod:`annotate.extract.registry`): "X said that C", not "X denied the reports".

    Limits: the cue is read word by word, so a phrasal cue counts when any of its words is a reporting-verb form."""
    from annotate.extract import pipeline  # noqa: F401 - declares every rule
    from annotate.extract.lexicons import SPEECH_FORMS  # the extractor's lexicon, loaded only when filtering
    from annotate.extract.registry import MINOR, names

    if any(mark in statement.content.text for mark in _QUOTE_MARKS) or statement.rule in SPEECH_RULES:
        return True
    if statement.cue is None or statement.rule in names(MINOR):
        return False
    return any(SPEECH_FORMS.get(w.lower(), "-") not in NOT_SPEECH_VERBS for w in _WORD.findall(statement.cue.text) if w.lower() in SPEECH_FORMS)


def keep_kinds(statements: Iterable[Statement], kinds: Optional[frozenset[str]]) -> Iterator[Statement]:
    """The statements whose kind is in ``kinds`` (all of them when ``kinds`` is None); with ``"speech"`` in
    ``kinds``, an indirect statement only when it :func:`reports_speech`."""
    for statement in statements:
        if kinds is None:
            yield statement
        elif statement.kind in kinds and (statement.kind != "indirect" or SPEECH not in kinds or reports_speech(statement)):
            yield statement
