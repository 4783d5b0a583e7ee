"""Source enrichment: normalised label, type, anonymity, antecedent and via for each statement.

``enrich(article, statements)`` is called once per article by the extractor, with the
content, source, cue and kind of every statement already filled. It works from the
text alone (no parse), with the lexicons of :mod:`annotate.extract.source_lexicons`:

- ``source_label``: nationality + role ("An Israeli official speaking on condition of
  anonymity" -> "Israeli official"), "<nationality> media" for outlets and reports,
  "<nationality> government" for a state or capital used as a source ("Ankara"), the
  body for a named spokesperson ("U.S. State Department spokesman Matt Miller" ->
  "US State Department"), "<nationality> <office>" for a named office holder
  ("Israeli Prime Minister Benjamin Netanyahu"), the name for other named people.
- ``source_type``: one of :data:`~annotate.extract.source_lexicons.SOURCE_TYPES`.
- ``anonymous``: an unnamed person ("a senior official", "sources"), unnamed media
  ("Israeli media outlets"), or an anonymity marker next to the mention.
- ``resolves_to``: for "the official", "the source", "the website", "he", "they" and a
  bare surname that continues an attribution chain, the antecedent mention: the nearest
  earlier statement source of the same kind and number (followed to its own antecedent).
  Pronouns with no such statement source fall back to the nearest earlier person name.
- ``via``: the outlet in "cited by X as saying", "who spoke to X", "quoted in X",
  "confirmed this to X", "X quoted <source>", "according to X, citing <source>" and
  "..., <source> said, according to X".

Limits: rules, not a parser. Coreference is by recency and kind only (no gender,
no semantics), so "the official" after two officials links to the nearer one.
Nationality comes from the mention, its prepositional phrase, the outlet it spoke to,
or (for a bare office title) an earlier "<Demonym> <Title>" in the article.
Names missing from the lexicons are recognised by capitalisation only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Callable, Collection, Optional, Sequence

from annotate.extract import source_lexicons as lex
from annotate.extract.source_via import (
    CLAUSE_CUT,
    OUTLET_NOUN_RE,
    last_outlet_before,
    outlets_in,
    text_span,
    find_via,
    outlet_at,
)
from annotate.lexicon import QUOTE_CHARS, SINGLE_QUOTES
from annotate.records import Article, Span, Statement

__all__ = ["Mention", "analyse_mention", "enrich", "find_via", "outlet_at", "source_fields"]

_QUOTE_CHARS = QUOTE_CHARS + SINGLE_QUOTES
_TOKEN = re.compile(r"[\w][\w.'’&-]*")
_PREPOSITIONS = frozenset("in at from of for with by on inside within to close".split())
_LEADING_DROP = frozenset(
    """
    a an the another other at least one two three some several many few both all these those this that same more
    multiple various
    """.split()
)
_DEFINITE = frozenset("the this that these those".split())
_PERSON_ANAPHOR_HEADS = frozenset(
    """
    official officials source sources diplomat diplomats minister spokesman spokeswoman spokesperson envoy
    ambassador aide aides officer officers insider insiders person people adviser advisor man woman president
    lawmaker senator candidate nominee chief director leader general
    """.split()
)
_BODY_ANAPHOR_HEADS = frozenset("group movement organisation organization ministry government company party".split())
_PLURAL_HEADS = frozenset(
    """
    officials sources diplomats aides officers insiders people media outlets reports authorities heads chiefs
    they them individuals analysts experts advisers advisors websites newspapers forces services staffers
    witnesses residents
    """.split()
)
_APPOSITIVE_NAME = re.compile(r"^([^,]+),\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+)\s*(?:,|$)")
_TITLE_WORDS = frozenset(
    t.lower() for t in lex.OFFICE_TITLES + lex.SPOKESPERSON_TITLES + lex.OTHER_TITLES if " " not in t
)
_NAME_PARTICLE = re.compile(
    r"^(?:(?:al|el|ad|ash|abu|bin|ibn|bint|de|del|della|da|di|du|van|von|der|den|le|la)(?:-\w+)?)$"
)
_TITLE_PARTS = frozenset(
    w.lower() for t in lex.OFFICE_TITLES + lex.SPOKESPERSON_TITLES + lex.OTHER_TITLES for w in t.split()
)
_HONORIFICS = frozenset("mr. mrs. ms. dr. mr mrs ms dr prof. sir".split())
_INSTITUTION_RENAMES = {"residence": "office", "palace": "office"}
_STATEMENT_NOUNS = frozenset("statement statements communique communiqué announcement letter release memo".split())
_HEADS_OF = re.compile(
    r"^(?:heads|chiefs|directors|leaders|commanders)\s+of\s+(?:the\s+)?(?P<rest>.+?)\s+(?:services|agencies|forces|establishment|apparatus|bodies)$",
    re.IGNORECASE,
)


#: How far back (characters) the rules look for titles, names and outlets.
_CONTEXT_CHARS = 20_000


@dataclass(frozen=True)
class Mention:
    """What the rules read from one source mention."""

    label: Optional[str]
    source_type: Optional[str]
    anonymous: bool
    number: str = "sg"  # "sg" or "pl"
    category: str = "person"  # "person", "media", "body" or "any"
    anaphoric: bool = False
    surname: Optional[str] = None
    needs_nationality: bool = False  # an unnamed role whose label would gain a demonym from its via


_QUOTES_TO_SPACES = str.maketrans({ch: " " for ch in _QUOTE_CHARS})


def _strip_quotes(text: str) -> str:
    return text.translate(_QUOTES_TO_SPACES)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_strip_quotes(text))


@lru_cache(maxsize=65536)
def _bare(token: str) -> str:
    """Token without a possessive ending."""
    if token.endswith(("'s", "’s")):
        return token[:-2]
    return token.rstrip("'’")


def _is_cap(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def _nationality(tokens: list[str]) -> tuple[Optional[str], set[int]]:
    """The first demonym or country named in the tokens, with the indexes it covers."""
    n = len(tokens)
    for i in range(n):
        for width in (4, 3, 2, 1):
            if i + width > n:
                continue
            words = [_bare(t) for t in tokens[i : i + width]]
            phrase = " ".join(words)
            if width == 1:
                raw = tokens[i]
                if raw in lex.DEMONYM_FORMS:
                    return lex.DEMONYM_FORMS[raw], {i}
                if phrase in lex.DEMONYM_FORMS:
                    return lex.DEMONYM_FORMS[phrase], {i}
            if phrase in lex.COUNTRY_DEMONYMS:
                return lex.COUNTRY_DEMONYMS[phrase], set(range(i, i + width))
    return None, set()


def _find_title(tokens: list[str], titles: tuple[str, ...]) -> Optional[tuple[int, int, str]]:
    """(start, end, title) of the first title from ``titles`` in the tokens."""
    bare = [_bare(t.lower()) for t in tokens]
    by_first = _titles_by_first_word(titles)
    # Only titles whose first word is present can match; taken in the order of ``titles``.
    entries = sorted(entry for word in set(bare).intersection(by_first) for entry in by_first[word])
    if "" in by_first and "" not in bare:  # a title with no words is never skipped
        entries = sorted(entries + by_first[""])
    best: Optional[tuple[int, int, str]] = None
    for _, parts, title in entries:
        w = len(parts)
        for i in range(len(tokens) - w + 1):
            if bare[i : i + w] == parts:
                if best is None or i < best[0] or (i == best[0] and w > best[1] - best[0]):
                    best = (i, i + w, title)
                break
    return best


# (title lexicon, its titles by lower-cased first word as (position, words, title)), by the lexicon's id
_TITLE_INDEX: dict[int, tuple[tuple[str, ...], dict[str, list[tuple[int, list[str], str]]]]] = {}


def _titles_by_first_word(titles: tuple[str, ...]) -> dict[str, list[tuple[int, list[str], str]]]:
    entry = _TITLE_INDEX.get(id(titles))
    if entry is None or entry[0] is not titles:
        if len(_TITLE_INDEX) >= 64:  # title lexicons are module constants
            _TITLE_INDEX.clear()
        index: dict[str, list[tuple[int, list[str], str]]] = {}
        for n, title in enumerate(titles):
            parts = title.lower().split()
            index.setdefault(parts[0] if parts else "", []).append((n, parts, title))
        entry = _TITLE_INDEX[id(titles)] = (titles, index)
    return entry[1]


def _trailing_name(tokens: list[str]) -> int:
    """Index where the trailing run of capitalised name tokens starts (len(tokens) if none)."""
    titles = _TITLE_PARTS
    i = len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        if _NAME_PARTICLE.match(tok) and ((i < len(tokens) and i > 1) or re.match(r"^\w+-[A-Z]", tok)):
            # "Majed al-Ansari", "Mohammed bin Salman"
            i -= 1
            continue
        if not tok[0].isupper() or tok.lower() in titles or tok in lex.DEMONYM_FORMS:
            break
        if _bare(tok) in lex.COUNTRY_DEMONYMS:  # "Jim Jordan" is a name, "Türkiye" alone is not
            prev = tokens[i - 2] if i >= 2 else ""
            if not (
                prev[:1].isupper()
                and prev.lower() not in titles
                and prev not in lex.DEMONYM_FORMS
                and prev not in lex.NOT_NAMES
            ):
                break
        if tok.lower() in lex.INSTITUTION_HEADS or tok.lower() in lex.MEDIA_NOUNS:
            break
        i -= 1
    return i


def _context_nationality(before: str, title: str) -> Optional[str]:
    """Demonym of the nearest earlier "<Demonym> <Title>" in the article ("Israeli President")."""
    pattern = re.compile(r"([\w.’'-]+)\s+" + re.escape(title) + r"\b", re.IGNORECASE)
    found = None
    for match in pattern.finditer(before):
        word = match.group(1)
        nat = lex.DEMONYM_FORMS.get(word) or lex.COUNTRY_DEMONYMS.get(_bare(word))
        if nat:
            found = nat
    return found


def _join(nat: Optional[str], words: list[str]) -> str:
    return " ".join(([nat] if nat else []) + words).strip()


def _media_mention(tokens: list[str], pre_low: list[str], phrase: str, marker: bool) -> Mention:
    """Outlets and reports: "<nationality> media", or the outlet name when its country is unknown."""
    nat, used = _nationality(tokens)
    head = pre_low[-1]
    number = "pl" if head in _PLURAL_HEADS else "sg"
    names = [o[2] for o in outlets_in(phrase)]
    if not names:  # "website Walla", "the "Caliber" website"
        capped = [
            t
            for i, t in enumerate(tokens)
            if _is_cap(t) and i not in used and t.lower() not in lex.MEDIA_NOUNS and t not in lex.NOT_NAMES
        ]
        names = [" ".join(capped)] if capped else []
    if nat is None:
        nats = {lex.OUTLETS.get(n) for n in names}
        if len(nats) == 1 and None not in nats:
            nat = nats.pop()
    if nat:
        label = f"{nat} media"
    elif len(names) == 1:
        label = names[0]
    else:
        label = "media"
    return Mention(label, "media", marker or not names, number, "media")


@dataclass(frozen=True)
class _Reading:
    """One source mention cut into tokens, as the recognisers of :data:`RECOGNISERS` read it."""

    raw: str
    context: str  # the article text before the mention; read it through ``before``
    marker: bool  # an anonymity marker ("speaking on condition of anonymity")
    tokens: list[str]  # without leading determiners and quantifiers
    definite: bool  # the mention opened with "the", "this", ...
    context_read: list[bool] = field(default_factory=lambda: [False], compare=False)

    @property
    def before(self) -> str:
        """The article text before the mention; reading it makes the result depend on more than the mention."""
        self.context_read[0] = True
        return self.context

    @cached_property
    def lowered(self) -> list[str]:
        return [t.lower() for t in self.tokens]

    @cached_property
    def phrase(self) -> str:
        return " ".join(self.tokens)

    @cached_property
    def bare_phrase(self) -> str:
        return " ".join(_bare(t) for t in self.tokens)

    @cached_property
    def cut(self) -> int:
        """Index of the first preposition after the first token (len(tokens) if none)."""
        return next((i for i, t in enumerate(self.lowered) if i > 0 and t in _PREPOSITIONS), len(self.tokens))

    @property
    def pre(self) -> list[str]:
        return self.tokens[: self.cut]

    @property
    def pre_low(self) -> list[str]:
        return self.lowered[: self.cut]

    @property
    def head(self) -> str:
        return self.pre_low[-1]

    @property
    def number(self) -> str:
        return "pl" if self.head in _PLURAL_HEADS else "sg"

    @cached_property
    def head_nationality(self) -> tuple[Optional[str], set[int]]:
        """Nationality of the words before the first preposition (indexes into ``pre``), else of the
        words after it, else of a capital named after it."""
        nat, used = _nationality(self.pre)
        if nat is None:
            nat, _ = _nationality(self.tokens[self.cut :])
        if nat is None:
            nat = next(
                (lex.CAPITAL_DEMONYMS[_bare(t)] for t in self.tokens[self.cut :] if _bare(t) in lex.CAPITAL_DEMONYMS), None
            )
        return nat, used


def _read(text: str, before: str) -> _Reading:
    raw = text.strip()
    low = raw.lower()
    marker = any(m in low for m in lex.ANONYMITY_MARKERS)
    core = CLAUSE_CUT.split(_strip_quotes(raw).strip(), maxsplit=1)[0].strip()
    appositive = _APPOSITIVE_NAME.match(_strip_quotes(raw).strip())
    if appositive and not _trailing_name(_tokens(appositive.group(1))) < len(_tokens(appositive.group(1))):
        core = f"{appositive.group(1)} {appositive.group(2)}"
    tokens = _tokens(core)
    if not tokens:
        return _Reading(raw, before, marker, [], False)
    definite = tokens[0].lower() in _DEFINITE
    while len(tokens) > 1 and tokens[0].lower() in _LEADING_DROP:
        tokens = tokens[1:]
    return _Reading(raw, before, marker, tokens, definite)


def _pronoun(m: _Reading) -> Optional[Mention]:
    """"he", "they": anaphoric; "I", "we": unresolvable."""
    if len(m.tokens) == 1 and m.lowered[0] in lex.PRONOUNS and not m.definite:
        number, category = lex.PRONOUNS[m.lowered[0]]
        return Mention(None, None, m.marker, number, category, anaphoric=True)
    if len(m.tokens) == 1 and m.lowered[0] in lex.UNRESOLVABLE_PRONOUNS:
        return Mention(None, None, m.marker, "sg", "person")
    return None


def _definite_description(m: _Reading) -> Optional[Mention]:
    """"the official", "The website", "the group": anaphoric by their head."""
    content_words = [t for t in m.lowered if t not in lex.DROP_MODIFIERS]
    if not (
        m.definite
        and content_words
        and len(content_words) <= 2
        and not any(_is_cap(t) for t in m.tokens if t.lower() in content_words)
    ):
        return None
    head = content_words[-1]
    number = "pl" if head in _PLURAL_HEADS else "sg"
    if head in _PERSON_ANAPHOR_HEADS:
        return Mention(None, None, m.marker, number, "person", anaphoric=True)
    if head in lex.MEDIA_ANAPHORS:
        return Mention(None, None, m.marker, number, "media", anaphoric=True)
    if head in _BODY_ANAPHOR_HEADS:
        return Mention(None, None, m.marker, number, "body", anaphoric=True)
    return None


def _state_or_capital(m: _Reading) -> Optional[Mention]:
    """A state or capital standing for its government ("Ankara has denied")."""
    for table in (lex.COUNTRY_DEMONYMS, lex.CAPITAL_DEMONYMS):
        if m.bare_phrase in table and len(m.tokens) <= 4:
            return Mention(f"{table[m.bare_phrase]} government", "government", False, "sg", "body")
    return None


def _known_name(m: _Reading) -> Optional[Mention]:
    """An organisation, outlet or government body of the gazetteers."""
    if m.phrase in lex.ORGANISATIONS:
        return Mention(lex.ORGANISATIONS[m.phrase], "organisation", False, "sg", "body")
    for name in (m.phrase, f"The {m.phrase}"):
        if name in lex.OUTLETS:
            nat = lex.OUTLETS[name]
            return Mention(f"{nat} media" if nat else name, "media", False, "sg", "media")
    if m.bare_phrase in lex.GOVERNMENT_BODIES:
        return Mention(lex.GOVERNMENT_BODIES[m.bare_phrase], "government", False, "sg", "body")
    return None


def _heads_of(m: _Reading) -> Optional[Mention]:
    """"The heads of the Israeli security services" -> "Israeli security chiefs"."""
    heads_of = _HEADS_OF.match(m.phrase)
    if not heads_of:
        return None
    rest = _tokens(heads_of.group("rest"))
    nat, used = _nationality(rest)
    words = _kept(rest, used)
    return Mention(_join(nat, words + ["chiefs"]), "official", False, "pl", "person")


def _statement_from(m: _Reading) -> Optional[Mention]:
    """"A statement from the President's residence" -> the body that issued it."""
    if not (m.lowered[0] in _STATEMENT_NOUNS and len(m.tokens) > 2 and m.lowered[1] in {"from", "by", "of", "issued"}):
        return None
    rest = " ".join(m.tokens[2:] if m.lowered[1] != "issued" else m.tokens[3:])
    inner = analyse_mention(rest, m.before)
    if inner.label:
        return replace(inner, anaphoric=False, source_type=inner.source_type or "document")
    return Mention(m.phrase, "document", False, "sg", "body")


def _media(m: _Reading) -> Optional[Mention]:
    """Outlets, reports and media ("reports by Walla and Yedioth Aharanoth", "Israeli website Walla")."""
    pre_outlets = outlets_in(" ".join(m.pre))
    if (pre_outlets or any(t in lex.MEDIA_NOUNS for t in m.pre_low)) and not _find_title(m.tokens, lex.SPOKESPERSON_TITLES):
        return _media_mention(m.tokens, m.pre_low, m.phrase, m.marker)
    return None


def _capitalised_name(m: _Reading) -> Optional[Mention]:
    """Named organisations ("the Central and East European Coalition", "the S.E.C.") and lists of states."""
    tokens, bare_phrase = m.tokens, m.bare_phrase
    if not all(_is_cap(t) or t.lower() in {"of", "for", "and", "the"} for t in tokens):
        return None
    if bare_phrase in lex.ORGANISATIONS:
        return Mention(lex.ORGANISATIONS[bare_phrase], "organisation", False, "sg", "body")
    if (
        _bare(tokens[-1]) in lex.ORGANISATION_SUFFIXES
        or _bare(m.pre[-1]) in lex.ORGANISATION_SUFFIXES
        or (len(tokens) == 1 and _is_acronym(tokens[0]))
    ):
        return Mention(m.phrase, "organisation", False, "sg", "body")
    parts = [p.strip() for p in re.split(r"\band\b|,", bare_phrase) if p.strip()]
    if len(parts) > 1 and all(p in lex.COUNTRY_DEMONYMS or p in lex.CAPITAL_DEMONYMS for p in parts):
        nats = [lex.COUNTRY_DEMONYMS.get(p) or lex.CAPITAL_DEMONYMS[p] for p in parts]
        return Mention(" and ".join(nats) + " governments", "government", False, "pl", "body")
    return None


def _titled_name(m: _Reading) -> Optional[Mention]:
    """Title + name: "U.S. State Department spokesman Matt Miller", "Israeli Prime Minister Benjamin Netanyahu"."""
    tokens = m.tokens
    named = tokens
    name_start = _trailing_name(named)
    if 0 < name_start < len(named) and named[name_start - 1].lower() in _PREPOSITIONS and m.cut < len(tokens):
        named = tokens[: m.cut]
        name_start = _trailing_name(named)
    if not (name_start < len(named) and (name_start > 0 or len(named) > 1 or named[0] not in lex.NOT_NAMES)):
        return None
    name_words = [t for t in named[name_start:] if t.lower() not in _HONORIFICS]
    surname = _bare(named[-1])
    name = " ".join(name_words[:-1] + [surname]) if name_words else surname
    prefix = named[:name_start]
    nat, used = _nationality(prefix)
    spokes = _find_title(prefix, lex.SPOKESPERSON_TITLES)
    office = _find_title(prefix, lex.OFFICE_TITLES)
    if spokes:
        body = _kept(prefix[: spokes[0]], used)
        if body:
            return Mention(_join(nat, body), "spokesperson", False, "sg", "person", surname=surname)
    elif office:
        words = _kept(prefix[: office[1]], used)
        words = [_bare(w) if i == len(words) - 1 else w for i, w in enumerate(words)]
        if not nat and len(words) == office[1] - office[0]:
            nat = _context_nationality(m.before, " ".join(prefix[office[0] : office[1]]))
        if nat:
            return Mention(_join(nat, words), "official", False, "sg", "person", surname=surname)
    if name_start > 0 or len(named) > 1 or _bare(named[0]) not in lex.ORGANISATIONS:
        single = len(name_words) <= 1
        return Mention(name, "person", False, "sg", "person", surname=surname if single else None, needs_nationality=False)
    return None


def _role_head(m: _Reading) -> Optional[Mention]:
    """"a senior Israeli official", "sources": a role noun, labelled with nationality and modifiers."""
    if m.head not in lex.ROLE_HEADS:
        return None
    nat, used = m.head_nationality
    mods = _kept(m.pre[:-1], used)
    singular, stype = lex.ROLE_HEADS[m.head]
    mod_words = [w if _is_cap(w) else w.lower() for w in mods]
    if mod_words:
        mod_words = _lower_first(" ".join(mod_words), m.before).split()
    if "diplomatic" in (w.lower() for w in mods):
        stype = "diplomat"
    anonymous = m.marker or singular in lex.ANONYMOUS_HEADS
    if nat or mod_words:
        label = _join(nat, mod_words + [singular])
    else:
        label = f"unnamed {singular}"
    return Mention(label, stype, anonymous, m.number, "person", needs_nationality=not nat)


def _institution(m: _Reading) -> Optional[Mention]:
    """"the Turkish Foreign Ministry", "the Prime Minister's Office": a government body."""
    head = m.head
    if not (head in lex.INSTITUTION_HEADS or _bare(head) in lex.INSTITUTION_HEADS):
        return None
    nat, used = m.head_nationality
    words = _kept(m.pre, used)
    words = [_INSTITUTION_RENAMES.get(w.lower(), w) for w in words]
    if not nat and words:
        title = _find_title(words, lex.OFFICE_TITLES)
        if title:
            nat = _context_nationality(
                m.before, _bare(words[title[0]]) if title[1] - title[0] == 1 else " ".join(words[title[0] : title[1]])
            )
    label = _join(nat, words) if nat else _lower_first(" ".join(words), m.before)
    return Mention(label, "government", m.marker, m.number, "body")


def _office(m: _Reading) -> Optional[Mention]:
    """"Turkey's foreign minister", "the Prime Minister"."""
    office = _find_title(m.pre, lex.OFFICE_TITLES)
    if not office:
        return None
    nat, used = m.head_nationality
    words = _kept(m.pre, used)
    if not nat:
        nat = _context_nationality(m.before, " ".join(m.pre[office[0] : office[1]]))
    return Mention(_join(nat, words), "official", m.marker, m.number, "person")


def _spokesperson(m: _Reading) -> Optional[Mention]:
    """"a spokesman for Hamas", "a White House spokesperson"."""
    spokes = _find_title(m.pre, lex.SPOKESPERSON_TITLES)
    if not spokes:
        return None
    nat, used = m.head_nationality
    body = _kept(m.pre[: spokes[0]], used)
    if not body and m.cut < len(m.tokens):
        inner = analyse_mention(" ".join(m.tokens[m.cut + 1 :]), m.before)
        if inner.label:
            return Mention(inner.label, "spokesperson", m.marker, m.number, "person")
    if body or nat:
        return Mention(_join(nat, body), "spokesperson", m.marker, m.number, "person")
    return None


def _title_word(m: _Reading) -> Optional[Mention]:
    """"The Democratic nominee", "the senator"."""
    if m.head not in _TITLE_WORDS:
        return None
    return Mention(" ".join(_kept(m.pre)), "person", m.marker, m.number, "person")


def _organisation_head(m: _Reading) -> Optional[Mention]:
    """"Hillary Clinton's campaign", "the union"."""
    if m.head not in lex.ORGANISATION_HEADS:
        return None
    words = [_bare(t) for t in _kept(m.pre)]
    return Mention(" ".join(words), "organisation", m.marker, m.number, "body")


def _document_head(m: _Reading) -> Optional[Mention]:
    """"the poll", "court rulings", "The ad"."""
    if m.head not in lex.DOCUMENT_HEADS:
        return None
    return Mention(_lower_first(" ".join(_kept(m.pre)), m.before), "document", False, m.number, "document")


def _other(m: _Reading) -> Mention:
    """Anything else: the words before the first preposition."""
    words = _kept(m.pre) or m.tokens
    return Mention(_lower_first(" ".join(words), m.before), "other", m.marker, m.number, "any")


#: The recognisers :func:`analyse_mention` tries in order; the first that returns a Mention wins.
RECOGNISERS: tuple[Callable[[_Reading], Optional[Mention]], ...] = (
    _pronoun,
    _definite_description,
    _state_or_capital,
    _known_name,
    _heads_of,
    _statement_from,
    _media,
    _capitalised_name,
    _titled_name,
    _role_head,
    _institution,
    _office,
    _spokesperson,
    _title_word,
    _organisation_head,
    _document_head,
    _other,
)


# Mentions read without looking at the text before them, by mention text ("he", "Donald Trump" recur
# across articles); bounded, and Mention is immutable.
_MENTIONS: dict[str, Mention] = {}
_MENTIONS_MAX = 8192


def analyse_mention(text: str, before: str = "") -> Mention:
    """Read one source mention; ``before`` is the article text before it (for context)."""
    known = _MENTIONS.get(text)
    if known is not None:
        return known
    reading = _read(text, before)
    mention = _recognise(reading)
    if not reading.context_read[0]:  # the same for any ``before``: the recognisers are deterministic
        if len(_MENTIONS) >= _MENTIONS_MAX:
            _MENTIONS.clear()
        _MENTIONS[text] = mention
    return mention


def _recognise(reading: _Reading) -> Mention:
    if not reading.tokens:
        return Mention(None, None, reading.marker)
    for recognise in RECOGNISERS:
        mention = recognise(reading)
        if mention is not None:
            return mention
    raise AssertionError("the last recogniser always answers")


def _kept(tokens: list[str], used: Collection[int] = ()) -> list[str]:
    """The tokens that carry a label: not the nationality words at ``used``, not a DROP_MODIFIERS word."""
    return [t for i, t in enumerate(tokens) if i not in used and t.lower() not in lex.DROP_MODIFIERS]


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "").replace("&", "")
    return len(letters) > 1 and letters.isupper()


def _lower_first(label: str, context: str) -> str:
    """Lower-case a label's first word when it is capitalised only because it opened a sentence."""
    first, _, rest = label.partition(" ")
    if first[:1].isupper() and first[1:].islower() and re.search(r"\b" + re.escape(first.lower()) + r"\b", context):
        return (first.lower() + " " + rest).strip()
    return label


# --- coreference ----------------------------------------------------------------------

_PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?){1,2}\b")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the office and spokesperson titles, lower-cased."""
    return frozenset(w.lower() for t in lex.OFFICE_TITLES + lex.SPOKESPERSON_TITLES for w in t.split())


@lru_cache(maxsize=1)
def _titles_lower() -> frozenset[str]:
    return frozenset(t.lower() for t in lex.OFFICE_TITLES + lex.SPOKESPERSON_TITLES)


@lru_cache(maxsize=1)
def _title_widths() -> tuple[int, ...]:
    """The numbers of words of the titles of :func:`_titles_lower`."""
    return tuple(sorted({len(t.split()) for t in _titles_lower()}))


def _expand_left(text: str, start: int) -> int:
    """Grow a name mention leftwards over titles, demonyms and capitalised words."""
    titles = _title_words()
    pos = start
    while True:
        m = re.search(r"([\w.’'-]+)[ \t]+$", text[max(0, pos - 40) : pos])
        if not m:
            return pos
        word = m.group(1)
        if not (_is_cap(word) or word.lower() in titles) or word in lex.NOT_NAMES:
            return pos
        if word.endswith(".") and not (
            re.fullmatch(r"(?:[A-Z]\.)+", word)
            or word.lower() in titles
            or word.lower() in _HONORIFICS
            or len(word) <= 4
        ):
            return pos
        pos = pos - len(m.group(0))


def _name_mention(text: str, surname: str, end: int) -> Optional[Span]:
    """The fullest earlier mention ending in ``surname`` ("Israeli Prime Minister Benjamin Netanyahu")."""
    titled: Optional[Span] = None
    plain: Optional[Span] = None
    titles = _titles_lower()
    pattern = re.compile(r"(?<![\w])" + re.escape(surname) + r"(?![\w])")
    for m in pattern.finditer(text, max(0, end - _CONTEXT_CHARS), end):
        start = _expand_left(text, m.start())
        if start >= m.start() or len(text[start : m.end()].split()) > 7:
            continue
        words = text[start : m.start()].split()
        if titled is None and not titles.isdisjoint(
            " ".join(words[i : i + width]).lower() for width in _title_widths() for i in range(len(words))
        ):
            titled = text_span(text, start, m.end())
        if plain is None:
            first = re.search(r"([A-Z][\w’'-]+(?:[ \t]+[A-Z]\.)?)[ \t]+$", text[max(0, m.start() - 30) : m.start()])
            if first and first.group(1) not in lex.NOT_NAMES and first.group(1).lower() not in _HONORIFICS:
                plain = text_span(text, m.start() - len(first.group(0)), m.end())
    return titled or plain


def _last_person_before(text: str, pos: int) -> Optional[Span]:
    skip = (
        set(lex.COUNTRY_DEMONYMS)
        | set(lex.DEMONYM_FORMS)
        | set(lex.OUTLETS)
        | set(lex.ORGANISATIONS)
        | set(lex.CAPITAL_DEMONYMS)
    )
    best = None
    for m in _PERSON_NAME.finditer(text[max(0, pos - 1500) : pos]):
        words = m.group(0).split()
        if words[0] in lex.NOT_NAMES or any(w in skip for w in words) or _bare(words[-1]) in lex.ORGANISATION_SUFFIXES:
            continue
        best = m
    if best is None:
        return None
    base = max(0, pos - 1500)
    start = _expand_left(text, base + best.start())
    return text_span(text, start, base + best.end())


def _compatible(anaphor: Mention, candidate: Mention) -> bool:
    if candidate.label is None:
        return False
    if anaphor.category == "any":  # "they": plural people or a body
        return candidate.number == "pl" or candidate.category == "body"
    if anaphor.category == "body":
        return candidate.category == "body"
    return candidate.category == anaphor.category and candidate.number == anaphor.number


@dataclass(frozen=True)
class _Resolved:
    mention: Mention
    root: Span  # the mention that gives the label (itself when not anaphoric)


def enrich(article: Article, statements: list[Statement]) -> list[Statement]:
    """Return the statements of one article with their source fields filled in.

    Statements come back in the order given; each is a copy (the inputs are not changed). An input may also
    be a draft, a namespace of a Statement's other fields (the extractor's): its Statement is then built
    once, with the source fields, instead of built and copied.
    """
    return [
        st.model_copy(update=fields) if isinstance(st, Statement) else Statement(**vars(st), **fields)
        for st, fields in zip(statements, source_fields(article, statements))
    ]


def source_fields(article: Article, statements: Sequence) -> list[dict]:
    """The fields :func:`enrich` fills in (``source_label``, ``source_type``, ``anonymous``, ``via`` and, for a
    statement with a source, ``resolves_to``), for each statement in the order given. A statement here is
    anything with the ``content``, ``source`` and ``cue`` spans of a :class:`Statement` (the extractor passes
    its drafts, so each Statement is built once)."""
    text = article.text
    order = sorted(
        range(len(statements)),
        key=lambda i: (statements[i].source or statements[i].content or Span(start=0, end=0, text="")).start,
    )
    history: list[tuple[Span, _Resolved]] = []
    by_span: dict[tuple[int, int], _Resolved] = {}
    out: dict[int, dict] = {}
    for i in order:
        st = statements[i]
        source = st.source
        via = find_via(text, st)
        if source is None:
            out[i] = {"source_label": None, "source_type": None, "anonymous": True, "via": via}
            continue
        key = (source.start, source.end)
        resolved = by_span.get(key)
        if resolved is None:
            resolved = _resolve(text, source, history)
            by_span[key] = resolved
        mention = resolved.mention
        if mention.needs_nationality and via is not None and resolved.root == source:
            nat = lex.OUTLETS.get(via.text) or _outlet_nationality(text, via)
            if nat and mention.label and mention.label.startswith("unnamed "):
                mention = replace(mention, label=f"{nat} {mention.label[len('unnamed '):]}")
        resolves_to = _without_relative(text, resolved.root) if resolved.root != source else None
        out[i] = {
            "source_label": mention.label,
            "source_type": mention.source_type,
            "anonymous": mention.anonymous,
            "resolves_to": resolves_to,
            "via": via,
        }
        history.append((source, _Resolved(mention, resolved.root)))
    return [out[i] for i in range(len(statements))]


def _outlet_nationality(text: str, via: Span) -> Optional[str]:
    """Demonym written just before an outlet mention ("Israeli website Walla")."""
    m = re.search(r"([\w’'.-]+)\s+(?:[\w-]+\s+)?" + OUTLET_NOUN_RE + r"\s+$", text[max(0, via.start - 60) : via.start])
    if m:
        word = m.group(1)
        return lex.DEMONYM_FORMS.get(word) or lex.COUNTRY_DEMONYMS.get(_bare(word))
    return None


def _definite_fallback(text: str, mention: Mention) -> Mention:
    """An unresolved "the official" reads as an unnamed one; "the union" keeps its words."""
    words = [t for t in _tokens(text) if t.lower() not in lex.DROP_MODIFIERS and t.lower() not in _DEFINITE]
    head = words[-1].lower() if words else ""
    if head in lex.ROLE_HEADS:
        singular, stype = lex.ROLE_HEADS[head]
        return Mention(f"unnamed {singular}", stype, singular in lex.ANONYMOUS_HEADS, mention.number, mention.category)
    return Mention(" ".join(words) or None, "other", mention.anonymous, mention.number, mention.category)


_TRAILING_RELATIVE = re.compile(r"[\s,]+(?:who|which|that)$", re.IGNORECASE)


def _without_relative(text: str, span: Span) -> Span:
    """``span`` without a trailing relative pronoun ("“informed” sources, who" -> "“informed” sources")."""
    match = _TRAILING_RELATIVE.search(span.text)
    if match is None or match.start() == 0:
        return span
    end = span.start + match.start()
    return Span(start=span.start, end=end, text=text[span.start:end])


def _resolve(text: str, source: Span, history: list[tuple[Span, _Resolved]]) -> _Resolved:
    before = text[max(0, source.start - _CONTEXT_CHARS) : source.start]
    mention = analyse_mention(source.text, before)
    earlier = [(span, r) for span, r in history if span.start < source.start]
    if mention.anaphoric:
        for span, cand in reversed(earlier):
            if _compatible(mention, cand.mention):
                return _Resolved(cand.mention, cand.root)
        if mention.category == "media":
            outlet = last_outlet_before(text, source.start)
            if outlet is not None:
                return _Resolved(
                    analyse_mention(outlet.text, text[max(0, outlet.start - _CONTEXT_CHARS) : outlet.start]), outlet
                )
        if mention.category == "person" and mention.number == "sg" and source.text.strip().lower() in lex.PRONOUNS:
            person = _last_person_before(text, source.start)
            if person is not None:
                return _Resolved(
                    analyse_mention(person.text, text[max(0, person.start - _CONTEXT_CHARS) : person.start]), person
                )
        if source.text.strip().lower() in lex.PRONOUNS:
            return _Resolved(
                Mention(None, None, mention.anonymous, mention.number, mention.category, anaphoric=True), source
            )
        return _Resolved(_definite_fallback(source.text, mention), source)
    if mention.surname and len([t for t in _tokens(source.text) if t.lower() not in _HONORIFICS]) == 1:
        ends_in_surname = re.compile(r"(?<![\w])" + re.escape(mention.surname) + r"\W*$")
        for span, cand in reversed(earlier):
            if (
                ends_in_surname.search(span.text.strip())
                and span.text.strip() != source.text.strip()
                and " and " not in span.text
            ):
                return _Resolved(cand.mention, cand.root)
        full = _name_mention(text, mention.surname, source.start)
        if full is not None:
            fuller = analyse_mention(full.text, text[max(0, full.start - _CONTEXT_CHARS) : full.start])
            if fuller.label:
                return _Resolved(replace(fuller, surname=mention.surname), source)
    return _Resolved(mention, source)
