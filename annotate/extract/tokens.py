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


_SENTENCES = ("annotate", "sentences")


class Sentence:
    """A token's sentence as ``Token.sent`` bounds it (``start``, ``end``, ``start_char``, ``end_char``,
    iteration over its tokens), read from the doc's sentence starts once per paragraph: ``Token.sent``
    makes two ``Span`` objects and scans the whole doc on every call."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    @property
    def start_char(self) -> int:
        return self.doc[self.start].idx

    @property
    def end_char(self) -> int:
        last = self.doc[self.end - 1]
        return last.idx + len(last.text)

    def __iter__(self):
        doc = self.doc
        return (doc[i] for i in range(self.start, self.end))

    def ends_with(self, char: str, strip: str = "") -> bool:
        """``text.rstrip(strip).endswith(char)`` for the sentence's text and one character ``char``,
        reading only its last tokens (the sentence's text would make a ``Token`` per word)."""
        if len(char) != 1:
            raise ValueError("ends_with takes one character")
        doc = self.doc
        for i in range(self.end - 1, self.start - 1, -1):
            tok = doc[i]
            piece = (tok.text + tok.whitespace_ if i < self.end - 1 else tok.text).rstrip(strip)
            if piece:
                return piece.endswith(char)
        return False

    def __len__(self) -> int:
        return self.end - self.start


def sentence(tok) -> Sentence:
    """``tok.sent`` as a :class:`Sentence`: the same bounds (spaCy's ``Span.sent``: back to the nearest
    token with ``sent_start == 1``, forward to the next one), computed for the whole paragraph once."""
    doc = tok.doc
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None:
        if not doc.has_annotation("SENT_START"):
            sent = tok.sent  # raises spaCy's own error (E030)
            return Sentence(doc, sent.start, sent.end)
        from spacy.attrs import SENT_START

        starts = doc.to_array(SENT_START).astype("int64").tolist()
        n = len(starts)
        cuts = [0] + [k for k in range(1, n) if starts[k] == 1] + [n]
        bounds = [None] * n
        for a, b in zip(cuts, cuts[1:]):
            span = (a, b)
            for k in range(a, b):
                bounds[k] = span
        doc.user_data[_SENTENCES] = bounds
    start, end = bounds[tok.i]
    return Sentence(doc, start, end)


_CHILDREN = ("annotate", "children")


def _children_entry(tok) -> tuple[tuple, tuple]:
    """(children, their dependency labels) of ``tok``, made on the first call for that token."""
    cache = tok.doc.user_data.get(_CHILDREN)
    if cache is None:
        cache = tok.doc.user_data[_CHILDREN] = {}
    i = tok.i
    entry = cache.get(i)
    if entry is None:
        found = tuple(tok.children)
        entry = cache[i] = (found, tuple([(c.dep_, c) for c in found]))
    return entry


def children(tok) -> tuple:
    """``tuple(tok.children)`` (in text order), read once per token of the paragraph: spaCy walks the
    token's subtree edges and makes a new ``Token`` per child on every ``tok.children``. The tokens are
    the same objects on every call: compare tokens with ``==``, as for spaCy's own (never ``is``)."""
    return _children_entry(tok)[0]


def kids(tok) -> tuple:
    """``(child.dep_, child)`` for each of :func:`children`, so a rule that tests the labels of a verb's
    children ("its subject", "its first direct object") reads each label once per paragraph."""
    return _children_entry(tok)[1]
