"""An index of lower-case forms made once per parsed paragraph, shared by every rule.

spaCy makes a new ``Token`` object each time a ``Doc`` is iterated or indexed; with a dozen rule
generators each walking every paragraph, that object creation was the largest non-parse cost of
extraction (docs/scale.md). :func:`words` gives the tokens whose lower-case form is in a lexicon, in text order (where every
rule's walk starts), from an index of lower-case forms made once per paragraph and kept in
``doc.user_data``, so a rule makes ``Token`` objects only for the words it looks at.

Limits: the cache assumes the ``Doc`` is not changed after the first call (rules never retokenize).
"""

from __future__ import annotations

from typing import Collection

_INDEX = ("annotate", "index")
_TEXTS = ("annotate", "texts")
_TEXT = ("annotate", "text")


def _index(doc) -> dict[str, list[int]]:
    """Token positions by lower-case form (``Token.lower_``), made on the first call from the doc's
    array of LOWER hashes, so no ``Token`` object is made for it."""
    found = doc.user_data.get(_INDEX)
    if found is None:
        from spacy.attrs import LOWER  # spaCy is imported with the model, not with this module

        by_hash: dict[int, list[int]] = {}
        for i, key in enumerate(doc.to_array(LOWER).tolist()):
            if key in by_hash:
                by_hash[key].append(i)
            else:
                by_hash[key] = [i]
        strings = doc.vocab.strings
        found = doc.user_data[_INDEX] = {strings[key]: where for key, where in by_hash.items()}
    return found


def words(doc, forms: Collection[str]) -> list:
    """The tokens of ``doc`` whose lower-case form is in ``forms``, in text order."""
    index = _index(doc)
    found = [form for form in index if form in forms]
    if not found:
        return []
    hits = [i for form in found for i in index[form]]
    if len(found) > 1:
        hits.sort()
    return [doc[i] for i in hits]


def texts(doc) -> list[str]:
    """The text of every token of ``doc`` (``Token.text``), made on the first call without ``Token`` objects."""
    found = doc.user_data.get(_TEXTS)
    if found is None:
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        found = doc.user_data[_TEXTS] = [strings[key] for key in doc.to_array(ORTH).tolist()]
    return found


def doc_text(doc) -> str:
    """``doc.text``, joined once (spaCy joins every token's text on each access)."""
    found = doc.user_data.get(_TEXT)
    if found is None:
        found = doc.user_data[_TEXT] = doc.text
    return found
