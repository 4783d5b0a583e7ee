"""Issue 12, session 29 (non-verb cues: linking verbs of appearance, nouns, prepositions), on real PolNeAR train
sentences; each positive fails on the code before its change (main e00b972 for the first table, 713367e for the
second, 57632c4 for the third, 3455768 for
the fourth, 3b6e2d9 for the fifth) and passes after.

- Linking verbs of appearance (``families.seems``): a "like" phrase as the complement ("This seems like a fine and
  fair idea"), an "it" subject standing for a clause ("It appears, though, that C": the clause; "It may seem
  surprising that C": from the adjective on; "it must have seemed like a smart move": subject and "like" phrase), and
  a conjunct without a subject of its own ("Cruz mentioned CNN five times and seemed to blame X": the first verb's
  subject). Before, the rule needed a "to V" clause, an adjective or a predicate after a subject of its own other than
  "it". "it seems to V" and "there seems to be" still give no statement (the negatives).
- A cue noun as the subject of a copula with a 'that' clause (``noun_cues.noun_copula``): "Their fear is that C",
  "My impression is that C" (content: the clause; source: the possessor). Before, the noun rules read a complement
  of the noun itself only. Other nouns ("The problem is that C") give no statement (the negative).
- A cue noun as the object of a light verb ("made these same allegations against X", "has made veiled references to
  X", "make a formal endorsement of X"): ``cue_noun`` left every object of a light verb to ``light_noun``, which reads
  only its own nouns (questions, concerns, call ...), so neither rule took them; now ``cue_noun`` leaves only those
  (the negative: "raised questions about X" stays ``light_noun``'s). Source: the light verb's subject.
- Linking verbs of appearance over a participle the parse misreads (``families.seems``): "seemed" made an auxiliary
  of the participle ("he seemed rattled by X", "Democrats appeared headed for X") or the participle made an
  adverbial clause ("the Trump team appeared paralyzed"); before, no complement was found.
- A fronted "To S," whose object holds the view of the main clause (``noun_cues.to_holder``): "To Sexton, ...,
  Tuesday marked a turning point" (content: the main clause; source: the object). Before, no rule read it. "To date,
  C" (no person, body or document) gives no statement (the negative)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
SEEMS_CASES = [
    pytest.param(
        "This seems like a fine and fair idea.",
        "seems", None, "This seems like a fine and fair idea", "indirect", "seems", id="seems-like",
    ),
    pytest.param(
        "Berlin's hesitance may seem like little more than a snag in Germany's vaunted ''Energiewende.''",
        "seem", None, "Berlin's hesitance may seem like little more than a snag in Germany's vaunted ''Energiewende",
        "indirect", "seems", id="may-seem-like",
    ),
    pytest.param(
        "It appears, though, that the NFL championship game wasn’t boring to everyone.",
        "appears", None, "the NFL championship game wasn’t boring to everyone", "indirect", "seems",
        id="it-appears-that",
    ),
    pytest.param(
        "It may seem surprising that a Facebook or Twitter post could go unnoticed in a background screening.",
        "seem", None, "surprising that a Facebook or Twitter post could go unnoticed in a background screening",
        "indirect", "seems", id="it-seems-adjective-that",
    ),
    pytest.param(
        "To the leading lights of the Democratic Party, it must have seemed like a smart move.",
        "seemed", None, "it must have seemed like a smart move", "indirect", "seems", id="it-seemed-like",
    ),
    pytest.param(
        "In a two-minute response on the issue, Cruz mentioned CNN five times and seemed to blame the network for its "
        "reporting more than his own campaign.",
        "seemed", None,
        "Cruz mentioned CNN five times and seemed to blame the network for its reporting more than his own campaign",
        "indirect", "seems", id="conjunct-takes-first-subject",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", SEEMS_CASES)
def test_seems_shapes(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


@pytest.mark.parametrize("text", [
    pytest.param("\"For Republicans, it seems to be a moment of reckoning,\" Berkman said.", id="it-seems-to-v"),
    pytest.param("From the Luxor pyramid to the faux New York City skyline, there seems to be more interest in slot "
                 "machines and floor shows than presidential politics.", id="there-seems"),
])
def test_seems_left_out(extractor, text):
    assert not [row for row in found(extractor, text) if row[0] == "seems"]


COPULA_CASES = [
    pytest.param(
        "Their fear is that by the time their moment arrives, it could be too late.",
        "fear is", "Their", "by the time their moment arrives, it could be too late", "indirect", "noun_copula",
        id="fear-is-that",
    ),
    pytest.param(
        "My impression is that he doesn’t have that support.",
        "impression is", "My", "he doesn’t have that support", "indirect", "noun_copula", id="impression-is-that",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", COPULA_CASES)
def test_noun_copula(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_noun_copula_leaves_framing_nouns(extractor):
    text = ("The problem is that they are trying to make us respect them, and that's an interference with what we "
            "believe.")
    assert not [row for row in found(extractor, text) if row[0] == "noun_copula"]


LIGHT_VERB_OBJECT_CASES = [
    pytest.param(
        "The New York Times made these same allegations against the NRA in February, and Breitbart News responded:",
        "allegations against", "The New York Times", "the NRA", "indirect", "cue_noun", id="made-allegations-against",
    ),
    pytest.param(
        "Cruz has made veiled references to Rubio's spotty Senate voting record and his support for the immigration "
        "bill.",
        "references to", "Cruz", "Rubio's spotty Senate voting record", "indirect", "cue_noun", id="made-references-to",
    ),
    pytest.param(
        "Gore remains one of the last Democratic Party luminaries not to make a formal endorsement of Hillary Clinton.",
        "endorsement of", "Gore", "Hillary Clinton", "indirect", "cue_noun", id="make-an-endorsement-of",
    ),
    pytest.param(
        "Trump has raised questions about Obama’s birthplace and religion, falsely suggesting that Obama was born "
        "outside the United States and is a Muslim.",
        "raised questions about", "Trump", "Obama’s birthplace and religion", "indirect", "light_noun",
        id="light-noun-stays",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", LIGHT_VERB_OBJECT_CASES)
def test_cue_noun_after_light_verb(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


SEEMS_PARTICIPLE_CASES = [
    pytest.param(
        "He has drawn big and enthusiastic crowds to town halls, but he seemed rattled by attacks from New Jersey Gov. "
        "Chris Christie at the final debate Saturday.",
        "seemed", None, "he seemed rattled by attacks from New Jersey Gov. Chris Christie at the final debate Saturday",
        "indirect", "seems", id="seemed-as-auxiliary",
    ),
    pytest.param(
        "Democrats, too, appeared headed for a prolonged and spirited contest.",
        "appeared", None, "Democrats, too, appeared headed for a prolonged and spirited contest", "indirect", "seems",
        id="appeared-headed",
    ),
    pytest.param(
        "While the controversy burned and social media erupted with mocking commentary, the Trump team appeared "
        "paralyzed.",
        "appeared", None, "the Trump team appeared paralyzed", "indirect", "seems", id="participle-as-adverbial-clause",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", SEEMS_PARTICIPLE_CASES)
def test_seems_participle(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


TO_HOLDER_CASES = [
    pytest.param(
        "To Ms. Gil, skateboarding represents a cry of dissent against the city's gentrification.",
        "To", "Ms. Gil", "skateboarding represents a cry of dissent against the city's gentrification", "indirect",
        "to_holder", id="to-name",
    ),
    pytest.param(
        "To Sexton, who has made something of a study of Trump rallies, Tuesday marked a turning point.",
        "To", "Sexton", "Tuesday marked a turning point", "indirect", "to_holder", id="to-name-with-relative",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", TO_HOLDER_CASES)
def test_to_holder(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_to_holder_needs_a_holder(extractor):
    text = ("To date, Clinton remains far ahead in the overall delegate count due to early endorsements from "
            "superdelegates, or party leaders who can support the candidate of their choice, no matter whom voters "
            "back in primaries and caucuses.")
    assert not [row for row in found(extractor, text) if row[0] == "to_holder"]
