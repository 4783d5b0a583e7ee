"""A clause placed in a survey by an "in <poll>" phrase anywhere on its verb (issue 12, session 25):
``families.in_poll`` ("Trump leads by 57 percent to 33 percent in the 50-state poll"; content: the verb's clause
without the phrase, source: the poll phrase, cue: "in"). Real PolNeAR train sentences whose gold attributes the
clause to the poll; each positive fails on the code before this round (main 88c8beb), where only a fronted "In
this poll, C" on a root verb outside the cue lexicon was taken (``families.in_document``)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
CASES = [
    pytest.param(
        "Trump leads by 57 percent to 33 percent in the 50-state poll.",
        "in", "the 50-state poll", "Trump leads by 57 percent to 33 percent", "according_to", "in_poll",
        id="poll-after-clause",
    ),
    pytest.param(
        "Kasich was at 25 percent support in the most recent Fox poll, up eight points from March.",
        "in", "the most recent Fox poll", "Kasich was at 25 percent support", "according_to", "in_poll",
        id="poll-on-object-noun",
    ),
    pytest.param(
        "The former Florida governor took just 6 percent of the national vote in a Washington Post-ABC News poll "
        "released Sunday.",
        "in", "a Washington Post-ABC News poll released Sunday",
        "The former Florida governor took just 6 percent of the national vote", "according_to", "in_poll",
        id="poll-climbs-nouns",
    ),
    pytest.param(
        "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 "
        "percent chose Trump.",
        "In", "an NBC News/Wall Street Journal poll released Monday",
        "50 percent of respondents chose Clinton while 40 percent chose Trump", "according_to", "in_poll",
        id="fronted-poll-on-cue-verb",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", CASES)
def test_in_poll(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# Left alone: plural "polls" (the generic "in the polls" is as often unannotated as annotated in PolNeAR), here
# also in a clause whose subject is a relative pronoun.
NEGATIVES = [
    pytest.param(
        "He will head to New Hampshire, where he has had a big lead in the most recent polls, needing to give his "
        "candidacy a shot of energy over the next week.",
        id="plural-polls",
    ),
    pytest.param(
        "Marco Rubio, the leading establishment candidate, is going all in to defeat Trump, who leads in the polls there.",
        id="plural-polls-relative-subject",
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_in_poll_negatives(extractor, text):
    assert not [row for row in found(extractor, text) if row[0] == "in_poll"]
