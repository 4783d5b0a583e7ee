"""The extraction rules, each declared once beside the code that makes its candidates.

A rule has a name (``Statement.rule``), a priority (when two candidates claim the same
content, the higher wins: :func:`annotate.extract.attach.dedup`) and a role:

- ``speech``: its content is reported speech, so a minor cue inside it is the speaker's own
  words (see :func:`annotate.extract.attach.attach`);
- ``minor``: an object, infinitive or noun cue of the broader classes, dropped inside speech;
- ``other``: neither.

``headline_object`` marks the object rules whose content runs on to the end of a headline.

Declare rules with the decorators, in the spirit of spaCy's ``@Language.factory``::

    @rule(Rule("passive_agent", priority=2, role=MINOR))
    def passive_agent(doc, base): ...          # run over every parsed paragraph

    @frame(Rule("verb_object", priority=1, role=MINOR, headline_object=True))
    def verb_object(cue): ...                  # one frame of the cue-verb rules

    declare(Rule("quote", priority=5, role=SPEECH))  # made outside the parse (quotations, layout)

Paragraph generators run in the order they are declared (:func:`generators`): rules in
:mod:`annotate.extract.rules`, then :mod:`annotate.extract.families`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Literal

Role = Literal["speech", "minor", "other"]
SPEECH: Role = "speech"
MINOR: Role = "minor"
OTHER: Role = "other"


@dataclass(frozen=True)
class Rule:
    """One extraction rule: its name, priority and role (see the module docstring)."""

    name: str
    priority: int
    role: Role = OTHER
    headline_object: bool = False


_RULES: dict[str, Rule] = {}
_GENERATORS: list[Callable[..., Iterator]] = []


def declare(*rules: Rule) -> None:
    """Declare rules; a name declared twice with different settings is a programming error."""
    for r in rules:
        known = _RULES.get(r.name)
        if known is not None and known != r:
            raise ValueError(f"extraction rule {r.name!r} declared twice: {known} and {r}")
        _RULES[r.name] = r


def rule(*rules: Rule) -> Callable:
    """Decorator: a generator ``(doc, base) -> Candidate`` run over every parsed paragraph, making ``rules``."""

    def register(fn: Callable[..., Iterator]) -> Callable[..., Iterator]:
        declare(*rules)
        if fn not in _GENERATORS:
            _GENERATORS.append(fn)
        return fn

    return register


def frame(*rules: Rule) -> Callable:
    """Decorator: a function of the cue-verb rules (not run on its own) making ``rules``."""

    def register(fn: Callable) -> Callable:
        declare(*rules)
        return fn

    return register


def generators() -> tuple[Callable[..., Iterator], ...]:
    """The paragraph generators in declaration order."""
    return tuple(_GENERATORS)


def get(name: str) -> Rule:
    """The declared rule called ``name`` (KeyError for an undeclared name)."""
    return _RULES[name]


def priority(name: str) -> int:
    return _RULES[name].priority


def names(role: Role | None = None) -> frozenset[str]:
    """Names of the declared rules, or of those with ``role``."""
    return frozenset(n for n, r in _RULES.items() if role is None or r.role == role)


def all_rules() -> tuple[Rule, ...]:
    return tuple(_RULES.values())
