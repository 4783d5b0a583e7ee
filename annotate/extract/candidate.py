"""The record every extraction rule yields: :class:`Candidate`, the article character ranges of a content, its
source and its cue, with the kind and the rule that made it.

Candidates are joined to quotations and deduplicated afterwards (:mod:`annotate.extract.attach`); callers import
it through :mod:`annotate.extract.rules`, which loads (and so declares) the cue-verb rules first. Limits: offsets
only; a candidate keeps no tokens (the cue head's index ``cue_i`` aside), so what needs the parse is decided before
it is made.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

Range = tuple[int, int]


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
