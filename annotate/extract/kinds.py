"""Statement kinds and the ``--kinds`` filter of `annotate extract` and `annotate push`.

A kinds spec is a comma-separated list of :data:`KINDS` ("direct,indirect,mixed"); ``speech``
stands for the speech quotes a quote-tracking project wants (direct, indirect and mixed, not
"according to" attributions).
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, get_args

from annotate.errors import UsageError
from annotate.records import Kind, Statement

KINDS: tuple[str, ...] = get_args(Kind)
ALIASES: dict[str, frozenset[str]] = {"speech": frozenset({"direct", "indirect", "mixed"})}


def parse_kinds(spec: Optional[str]) -> Optional[frozenset[str]]:
    """The kinds named in ``spec`` (None: no filter); a UsageError naming the valid kinds otherwise."""
    if spec is None:
        return None
    kinds: set[str] = set()
    for word in (w.strip() for w in spec.split(",")):
        if word in KINDS:
            kinds.add(word)
        elif word in ALIASES:
            kinds |= ALIASES[word]
        else:
            valid = ", ".join((*KINDS, *ALIASES))
            raise UsageError(f"--kinds {spec!r}: unknown kind {word!r}; use a comma-separated list of {valid}")
    return frozenset(kinds)


def keep_kinds(statements: Iterable[Statement], kinds: Optional[frozenset[str]]) -> Iterator[Statement]:
    """The statements whose kind is in ``kinds`` (all of them when ``kinds`` is None)."""
    for statement in statements:
        if kinds is None or statement.kind in kinds:
            yield statement
