"""Lexicons for source enrichment (see :mod:`annotate.extract.sources`).

All names are plain module constants (tuples, frozensets and read-only mappings), so
they can be read, extended in a fork, and tested. Limits: the lists cover the
international-politics news the tool was built for (Middle East, Europe, US, Russia,
China); a demonym, outlet or title that is missing here is still handled, only less
precisely (the source text is kept as the label instead of a normalised one).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from annotate.lexicon import load_data

_DATA = "annotate.extract"


def _table(name: str, pairs: bool = False, grouped: bool = False) -> Mapping:
    """A read-only gazetteer from ``annotate/extract/data/NAME.json``: ``pairs`` turns list values into
    tuples, ``grouped`` flattens ``{group: {name: value}}`` (outlets by country)."""
    data = load_data(_DATA, name)
    if grouped:
        data = {key: value for group in data.values() for key, value in group.items()}
    if pairs:
        data = {key: tuple(value) for key, value in data.items()}
    return MappingProxyType(data)

#: Closed list of ``Statement.source_type`` values.
#: - official: a (possibly unnamed) government, security or political official.
#: - diplomat: a diplomat or a diplomatic source.
#: - spokesperson: a named spokesperson (the label is the body they speak for).
#: - government: a state, capital, ministry, department, army, police or authority.
#: - media: outlets, reports, websites, broadcasters, news agencies.
#: - organisation: parties, movements, companies, NGOs, international bodies.
#: - person: a named person without an office that identifies a state body.
#: - unnamed source: "a source", "sources familiar with the matter", "insiders".
#: - document: a statement, communique, report or letter not attributed to a person.
#: - other: a mention none of the rules recognise.
SOURCE_TYPES = (
    "official",
    "diplomat",
    "spokesperson",
    "government",
    "media",
    "organisation",
    "person",
    "unnamed source",
    "document",
    "other",
)

#: Country or region names (as written, including possessive-free variants) -> demonym.
COUNTRY_DEMONYMS = _table("country_demonyms")

#: Demonyms (adjectives) as written -> the normalised demonym. Includes the demonyms
#: of :data:`COUNTRY_DEMONYMS` themselves and a few broader ones ("Arab", "Western").
DEMONYM_FORMS = MappingProxyType(
    {**{d: d for d in set(COUNTRY_DEMONYMS.values()) if d not in ("US", "EU")}, **load_data(_DATA, "demonym_forms")}
)

#: Capitals (and seats of government) used as metonyms for a government ("Ankara has denied").
CAPITAL_DEMONYMS = _table("capital_demonyms")

#: Outlet names as written -> the demonym of their country, or None for international
#: agencies (the label then keeps the outlet name: "Reuters").
OUTLETS = _table("outlets", grouped=True)

#: Common nouns for outlets and media ("the website", "media outlets", "Israeli reports").
MEDIA_NOUNS = frozenset(
    """
    media outlet outlets website websites site newspaper newspapers paper daily broadcaster channel television
    tv radio press report reports reporting news agency network magazine outlet's portal tabloid weekly
    """.split()
)

#: Media nouns that can start an anaphoric outlet mention ("the website", "the paper").
MEDIA_ANAPHORS = frozenset(
    """
    website site newspaper paper daily broadcaster channel network outlet magazine agency report portal tabloid
    weekly
    """.split()
)

#: Person-role heads -> (normalised singular, source_type). Unnamed they are anonymous.
ROLE_HEADS = _table("role_heads", pairs=True)

#: Role heads that make an unnamed mention anonymous ("a senior official", "sources").
ANONYMOUS_HEADS = frozenset(
    """
    official diplomat source insider aide officer person adviser staffer operative
    """.split()
)

#: Heads of government bodies; a mention ending in one is a government source.
INSTITUTION_HEADS = frozenset(
    """
    ministry department government authorities authority army military police cabinet parliament office
    presidency embassy consulate administration forces service services agency council court knesset pentagon
    kremlin idf committee commission residence palace mission directorate bureau command navy
    """.split()
) | {"prosecutor's office"}

#: Titles of offices. The first group (office titles) turns "Israeli Prime Minister
#: Benjamin Netanyahu" into "Israeli Prime Minister"; spokesperson titles turn
#: "U.S. State Department spokesman Matt Miller" into "US State Department".
OFFICE_TITLES = (
    "Prime Minister",
    "Deputy Prime Minister",
    "Vice President",
    "President",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Finance Minister",
    "Interior Minister",
    "Justice Minister",
    "Minister",
    "Secretary of State",
    "Foreign Secretary",
    "Defense Secretary",
    "Secretary-General",
    "Secretary General",
    "Chancellor",
    "King",
    "Emir",
    "Crown Prince",
    "Ambassador",
    "Envoy",
    "Chief of Staff",
    "chief",
    "head",
    "director",
    "minister",
    "ambassador",
    "envoy",
    "president",
    "prime minister",
    "foreign minister",
    "defense minister",
    "spy chief",
)

#: Titles whose holder speaks for a body: the label is the body.
SPOKESPERSON_TITLES = ("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "press secretary")

#: Other person titles (kept out of the label; a named holder keeps their name).
OTHER_TITLES = (
    "Sen.",
    "Senator",
    "Rep.",
    "Representative",
    "Gov.",
    "Governor",
    "Mayor",
    "Speaker",
    "Gen.",
    "General",
    "Col.",
    "Lt.",
    "Maj.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "chairman",
    "chairwoman",
    "CEO",
    "leader",
    "candidate",
    "nominee",
    "manager",
    "secretary",
    "commander",
    "lawmaker",
    "MP",
    "member",
)

#: Modifiers dropped from a normalised label ("A senior Israeli official" -> "Israeli official").
DROP_MODIFIERS = frozenset(
    """
    a an the another other one two three four several some many few multiple various least at more most numerous
    senior top high-ranking high-level highly placed well-placed informed well-informed anonymous unnamed
    unidentified local key knowledgeable reliable credible certain initial initially earlier also both all these
    those this that its their his her own current former further additional separate second third state-run
    state-owned officially
    """.split()
)

#: Phrases marking an unnamed, anonymous source, searched in the source mention and the
#: words right after it ("An Israeli official speaking on condition of anonymity").
ANONYMITY_MARKERS = (
    "condition of anonymity",
    "on condition that",
    "requested anonymity",
    "asked not to be named",
    "asked not to be identified",
    "declined to be named",
    "declined to be identified",
    "not authorized to speak",
    "not authorised to speak",
    "familiar with",
    "with knowledge of",
    "close to the",
    "briefed on",
    "unnamed",
    "anonymous",
    "insiders",
)

#: Personal pronouns that make a source anaphoric, with (number, category).
PRONOUNS = MappingProxyType(
    {
        "he": ("sg", "person"),
        "she": ("sg", "person"),
        "him": ("sg", "person"),
        "her": ("sg", "person"),
        "they": ("pl", "any"),
        "them": ("pl", "any"),
        "it": ("sg", "body"),
        "his": ("sg", "person"),
        "who": ("sg", "person"),
    }
)

#: First- and second-person pronouns: the speaker is inside the quote, not named by it.
UNRESOLVABLE_PRONOUNS = frozenset(
    """
    i we you me us our my
    """.split()
)

#: Heads of organisation mentions ("the campaign", "the union").
ORGANISATION_HEADS = frozenset(
    """
    campaign union unions company companies group groups party firm firms organisation organization
    organizations organisations movement coalition association foundation institute think tank charity team club
    league lobby board legislature faction camp church
    """.split()
)

#: Heads of document mentions ("the poll", "court rulings", "The ad").
DOCUMENT_HEADS = frozenset(
    """
    poll polls survey surveys study studies ruling rulings ad ads clip video videos letter memo filing filings
    lawsuit complaint tweet tweets post email emails book article estimate estimates figures data records
    finding findings research indictment documents document analysis analyses statement statements transcript
    audit assessment forecast projections numbers statistics census verdict decision order bill law resolution
    platform message messages headline headlines petition petitions photo photos caption captions column columns
    editorial editorials release releases results polling rule rules legislation regulation regulations guidelines
    provision provisions
    """.split()
)

#: Named organisations (not outlets, not state bodies) -> normalised label.
ORGANISATIONS = _table("organisations")

#: Named state bodies without a demonym in their name -> label (type government).
GOVERNMENT_BODIES = _table("government_bodies")

#: Words that end names of organisations ("... Party", "... Foundation").
ORGANISATION_SUFFIXES = frozenset(
    """
    Party Foundation Institute University Association Union Group Company Corporation Corp. Inc. Ltd Bank Fund
    Organization Organisation Movement Front Brigades Coalition Alliance Center Centre Council Committee
    Commission Campaign League Network Society Federation Board Authority
    """.split()
)

#: Capitalised words that are not names (sentence openers, months, days).
NOT_NAMES = frozenset(
    """
    The A An In On At By For But And Or If When While After Before As According However Meanwhile Earlier Later
    This That These Those It He She They We I You His Her Their Our Its Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December Mr.
    Mrs. Ms. Dr. Speaking Asked Despite Over Under With From Instead Still Yet So Also Then Now Today Yesterday
    Last Next READ Get
    """.split()
)
