"""An index of lower-case forms made once per parsed paragraph, shared by every rule.

spaCy makes a new ``Token`` object each time a ``Doc`` is iterated or indexed; with a dozen rule
generators each walking every paragraph, that object creation was the largest non-parse cost of
extraction (docs/scale.md). :func:`words` gives the tokens whose lower-case form is in a lexicon, in text order (where every
rule's walk starts), from an index of lower-case forms made once per paragraph and kept in
``doc.user_data``, so a rule makes ``Token`` objects only for the words it looks at.

Limits: the cache assumes the ``Doc`` is not changed after the first call (rules never retokenize).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Collection

#: Penn tags of a tensed verb: past, third-person present, other present.
TENSED_VERB_TAGS = frozenset(("VBD", "VBZ", "VBP"))
#: Penn tags of a finite verb: a tensed verb or a modal.
FINITE_TAGS = TENSED_VERB_TAGS | {"MD"}

_INDEX = ("annotate", "index")
_STARTS = ("annotate", "sentence-starts")
_SENTENCES = ("annotate", "sentences")
_TEXTS = ("annotate", "texts")
_TEXT = ("annotate", "text")


def _index(doc) -> tuple[list[int], frozenset[int]]:
    """The key of every token's lower-case form (``Token.lower``) in text order, and the set of those keys,
    made on the first call from one array of the doc (with the sentence starts :func:`sentence` reads), so
    no ``Token`` object (nor string) is made."""
    found = doc.user_data.get(_INDEX)
    if found is None:
        from spacy.attrs import LOWER, SENT_START  # spaCy is imported with the model, not with this module

        lower, starts = doc.to_array([LOWER, SENT_START]).T
        keys = lower.tolist()
        found = doc.user_data[_INDEX] = (keys, frozenset(keys))
        doc.user_data[_STARTS] = starts
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
    keys, present = _index(doc)
    found = _keys(doc, forms).intersection(present)  # two sets: iterates the smaller (paragraph or lexicon)
    if not found:
        return []
    if len(found) == 1:
        (key,) = found
        return [doc[i] for i, k in enumerate(keys) if k == key]
    return [doc[i] for i, k in enumerate(keys) if k in found]


# Strings of string-store keys: a key is the hash of its string in every vocabulary, and a dict lookup
# is cheaper than the string store's; bounded (cleared when full).
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 200_000


def _string(strings, key: int) -> str:
    if len(_STRINGS) >= _STRINGS_MAX:
        _STRINGS.clear()
    found = _STRINGS[key] = strings[key]
    return found


def texts(doc) -> list[str]:
    """The text of every token of ``doc`` (``Token.text``), made on the first call without ``Token`` objects."""
    found = doc.user_data.get(_TEXTS)
    if found is None:
        from spacy.attrs import ORTH

        strings, known = doc.vocab.strings, _STRINGS
        found = doc.user_data[_TEXTS] = [known.get(key) or _string(strings, key) for key in doc.to_array(ORTH).tolist()]
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
    token with ``sent_start == 1``, forward to the next one), from the paragraph's sentence starts read once."""
    doc = tok.doc
    cuts = doc.user_data.get(_SENTENCES)
    if cuts is None:
        if not doc.has_annotation("SENT_START"):
            sent = tok.sent  # raises spaCy's own error (E030)
            return Sentence(doc, sent.start, sent.end)
        _index(doc)  # reads the sentence starts with the word keys
        starts = doc.user_data[_STARTS]
        later = ((starts[1:] == 1).nonzero()[0] + 1).tolist()  # a first token is a sentence start whatever its flag
        cuts = doc.user_data[_SENTENCES] = [0, *later, len(starts)]
    i = tok.i
    k = bisect_right(cuts, i)
    return Sentence(doc, cuts[k - 1], cuts[k])


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
        strings, known = tok.doc.vocab.strings, _STRINGS
        entry = cache[i] = (found, tuple([(known.get(c.dep) or _string(strings, c.dep), c) for c in found]))
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


def per_token(doc, name: str) -> dict:
    """A dict kept with ``doc`` under ``name``, for results a rule computes once per token of the paragraph
    (keyed by ``token.i``: spaCy makes a new ``Token`` object per access, so never key on the object)."""
    key = ("annotate", name)
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = {}
    return found
