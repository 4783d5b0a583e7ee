"""The resolved class of a statement's source: (affiliation, group), used to break ties.

Two statements whose contents are only moderately alike are taken for the same utterance
when their sources are of one class: the same affiliation ("Turkish diplomat", "Turkish
diplomatic source" and "Turkish Foreign Ministry" are all Turkish) and the same group of
source types (officials, diplomats, governments and spokespeople speak for a state; media
report; other kinds stand alone).

Limits: the affiliation is read from the first word of the normalised ``source_label``
through :data:`AFFILIATIONS` (demonyms, countries, capitals of this corpus's region and a
few more); a label outside it is its own affiliation (its lower-cased text), so "Hamas"
matches only "Hamas". A statement without a source (bare "reportedly") is treated as an
unattributed media report of unknown affiliation, which matches any media source.
"""

from __future__ import annotations

import unicodedata
from typing import Optional

from annotate.records import Statement

#: Words that name an affiliation -> the affiliation they name.
AFFILIATIONS: dict[str, str] = {
    **dict.fromkeys(("turkish", "turkey", "turkiye", "ankara"), "turkey"),
    **dict.fromkeys(("israeli", "israel", "jerusalem", "shin", "mossad", "idf"), "israel"),
    **dict.fromkeys(("us", "u.s.", "american", "washington", "white"), "united states"),
    **dict.fromkeys(("azerbaijani", "azerbaijan", "baku"), "azerbaijan"),
    **dict.fromkeys(("qatari", "qatar", "doha"), "qatar"),
    **dict.fromkeys(("egyptian", "egypt", "cairo"), "egypt"),
    **dict.fromkeys(("palestinian", "palestine", "gaza"), "palestine"),
    **dict.fromkeys(("iranian", "iran", "tehran"), "iran"),
    **dict.fromkeys(("russian", "russia", "moscow", "kremlin"), "russia"),
    **dict.fromkeys(("british", "uk", "britain", "london"), "united kingdom"),
    **dict.fromkeys(("arab",), "arab"),
}
#: source_type -> the group it belongs to.
TYPE_GROUPS: dict[str, str] = {
    **dict.fromkeys(("official", "diplomat", "government", "spokesperson", "ministry", "military"), "state"),
    **dict.fromkeys(("media", "outlet", "newspaper", "agency"), "media"),
}
UNATTRIBUTED = (None, "media")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def source_class(statement: Statement) -> tuple[Optional[str], Optional[str]]:
    """``(affiliation, group)`` of the statement's (resolved) source; see the module docstring."""
    label = statement.source_label
    if not label and statement.source is None:
        return UNATTRIBUTED
    words = _plain(label or statement.source.text).replace("'s", " ").split()  # type: ignore[union-attr]
    affiliation = next((AFFILIATIONS[w] for w in words[:2] if w in AFFILIATIONS), None)
    if affiliation is None:
        affiliation = " ".join(words) or None
    kind = (statement.source_type or "").lower()
    group = TYPE_GROUPS.get(kind, kind or None)
    if group == "unnamed source":  # "Israeli sources", "Azerbaijani sources": unnamed people of that side
        group = "state"
    return affiliation, group


def compatible(a: tuple[Optional[str], Optional[str]], b: tuple[Optional[str], Optional[str]]) -> bool:
    """True when two source classes can be one speaker's (an unknown affiliation matches any)."""
    if a[1] != b[1] or a[1] is None:
        return False
    return a[0] is None or b[0] is None or a[0] == b[0]
