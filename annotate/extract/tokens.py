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


def _index(doc) -> tuple[dict[int, list[int]], frozenset[int]]:
    """Token positions by the key of their lower-case form (``Token.lower``), and the set of those keys,
    made on the first call from the doc's array of LOWER keys, so no ``Token`` object (nor string) is made."""
    found = doc.user_data.get(_INDEX)
    if found is None:
        from spacy.attrs import LOWER  # spaCy is imported with the model, not with this module

        index: dict[int, list[int]] = {}
        for i, key in enumerate(doc.to_array(LOWER).tolist()):
            if key in index:
                index[key].append(i)
            else:
                index[key] = [i]
        found = doc.user_data[_INDEX] = (index, frozenset(index))
    return found


# Keys of each lexicon's forms, by the lexicon's id; the lexicon itself is kept so its id is not reused.
_LEXICON_KEYS: dict[int, tuple[Collection[str], frozenset[int]]] = {}


def _keys(doc, forms: Collection[str]) -> frozenset[int]:
    """The string-store keys of ``forms`` (the same for every spaCy vocabulary: a hash of the
    string, or the symbol id of symbol strings such as "agent"), computed once per lexicon."""
    entry = _LEXICON_KEYS.get(id(forms))
    if entry is None or entry[0] is not forms:
        if len(_LEXICON_KEYS) >= 256:  # lexicons are module constants: only throwaway collections get here
            _LEXICON_KEYS.clear()
        strings = doc.vocab.strings
        entry = _LEXICON_KEYS[id(forms)] = (forms, frozenset(strings[form] for form in forms))
    return entry[1]


def words(doc, forms: Collection[str]) -> list:
    """The tokens of ``doc`` whose lower-case form is in ``forms``, in text order."""
    index, present = _index(doc)
    found = _keys(doc, forms).intersection(present)  # two sets: iterates the smaller (paragraph or lexicon)
    if not found:
        return []
    if len(found) == 1:
        hits = index[next(iter(found))]
    else:
        hits = sorted(i for key in found for i in index[key])
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
    """``doc.text``, joined once from the token texts and their trailing spaces (spaCy makes a
    ``Token`` per word on each access)."""
    found = doc.user_data.get(_TEXT)
    if found is None:
        from spacy.attrs import SPACY

        found = doc.user_data[_TEXT] = "".join(
            [text + " " if space else text for text, space in zip(texts(doc), doc.to_array(SPACY).tolist())]
        )
    return found
