"""Issue 12, session 30 (headlines, third round), on real PolNeAR train title lines; each positive fails on the code
before its change (81affec for the first table, d29c6d8 for the second; the last negative fails on
e23e94d) and passes after.

- A title with no cue word at all ("Clinton swipes at Trump over Brexit", "Conservative Heavyweights Come Out Against
  Trump") was never parsed, so ``headlines.headline_verb`` never saw it; now such a title is parsed and read for an
  act aimed at someone through a preposition (``headlines.TARGET_PREPOSITIONS``) alone. Its other acts stay
  unread ("Hillary Clinton Wins South Dakota Primary": an event, not an attribution).
- A title with no cue word whose act is an aim put as a "to" clause ("Cruz looks to ease bad blood with GOP
  establishment", "Kevin McCarthy signs up to be a Trump delegate"): the first table's shape alone read no clause
  object; now an xcomp with "to" is read too, but not after a participle root ("Golf Courses Forced to Reach Into
  Bag of Tricks", an event)."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, title_statements  # noqa: F401 - extractor is a fixture


# (title, expected (rule, source, cue, content) among the title's statements)
AIMED_ACT_CASES = [
    pytest.param("Clinton swipes at Trump over Brexit.",
                 ("headline_verb", "Clinton", "swipes at", "Trump over Brexit"), id="swipes-at"),
    pytest.param("Conservative Heavyweights Come Out Against Trump.",
                 ("headline_verb", "Conservative Heavyweights", "Come Out Against", "Trump"), id="come-out-against"),
    pytest.param("Jeb Bush, helped by George, goes after Trump.",
                 ("headline_verb", "Jeb Bush", "goes after", "Trump"), id="goes-after"),
    pytest.param("Families of mass shooting victims sound off on Sanders.",
                 ("headline_verb", "Families of mass shooting victims", "sound off on", "Sanders"), id="sound-off-on"),
]


@pytest.mark.parametrize("title,expected", AIMED_ACT_CASES)
def test_uncued_title_aimed_act(extractor, title, expected):
    assert expected in title_statements(extractor, title)


@pytest.mark.parametrize("title", [
    "Hillary Clinton Wins South Dakota Primary.",
    "Anthony Weiner Receives More Bad News After Separation From Wife Huma Abedin.",
])
def test_uncued_title_event_gives_nothing(extractor, title):
    assert title_statements(extractor, title) == []


# (title, expected (rule, source, cue, content) among the title's statements)
# (title, expected (rule, source, cue, content) among the title's statements)
UNCUED_TO_CLAUSE_CASES = [
    pytest.param("Cruz looks to ease bad blood with GOP establishment.",
                 ("headline_verb", "Cruz", "looks", "to ease bad blood with GOP establishment"), id="looks-to"),
    pytest.param("Kevin McCarthy signs up to be a Trump delegate.",
                 ("headline_verb", "Kevin McCarthy", "signs up", "to be a Trump delegate"), id="signs-up-to"),
]


@pytest.mark.parametrize("title,expected", UNCUED_TO_CLAUSE_CASES)
def test_uncued_title_to_clause(extractor, title, expected):
    assert expected in title_statements(extractor, title)


def test_uncued_title_participle_to_clause_gives_nothing(extractor):
    assert title_statements(extractor, "Golf Courses Forced to Reach Into Bag of Tricks.") == []
