"""Lines that are not statements (teasers, links, bylines, credits, captions) and datelines never inside content."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, run  # noqa: F401 - extractor is a fixture

BODY = "The talks are over, the finance minister said on Monday."


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("READ MORE: Greece says the talks are over for good", id="read-more"),
        pytest.param("Related: Trump says he will win Florida by a landslide", id="related"),
        pytest.param("RELATED COVERAGE: Clinton says the emails were never classified", id="related-coverage"),
        pytest.param("WATCH: Clinton says she will not drop out of the race", id="watch"),
        pytest.param("Click here to read what the senator said about the deal.", id="click-here"),
        pytest.param("Watch the full interview with Podesta above.", id="watch-above"),
        pytest.param("Follow Pam Key on Twitter @pamkeyNEN.", id="follow-on-twitter"),
        pytest.param("By Jane Doe and John Roe", id="byline"),
        pytest.param("Reporting by Lesley Wroughton; Editing by Peter Cooney", id="credit-line"),
        pytest.param("Trump speaks at a rally in Iowa, where he said he would win. (AP Photo/Evan Vucci)", id="ap-photo-caption"),
        pytest.param("Supporters cheer as Clinton says she will fight on. Scott Olson via Getty Images.", id="getty-caption"),
        pytest.param("Photo: Reuters says the picture was taken on Monday", id="photo-credit"),
        pytest.param("WATCH | Trudeau says Canada will meet its climate targets", id="watch-pipe"),
        pytest.param("READ MORE | Poilievre says the carbon tax must go", id="read-more-pipe"),
        pytest.param("Click to play video: 'Ford says Ontario will not back down on Highway 413'", id="click-to-play-video"),
        pytest.param(
            "Health Minister Patty Hajdu said the agency will review its procedures. (Adrian Wyld/The Canadian Press)",
            id="canadian-press-caption",
        ),
        pytest.param("Trudeau says he will not resign. THE CANADIAN PRESS/Sean Kilpatrick", id="canadian-press-credit"),
    ],
)
def test_not_a_statement(extractor, line):
    statements = run(extractor, f"{BODY}\n{line}\n")
    assert [s.content.text for s in statements] == ["The talks are over"]


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param("ATHENS - The talks are over, the finance minister said on Monday.", "The talks are over", id="athens"),
        pytest.param(
            "WASHINGTON (Reuters) - The sanctions will stay in place, a State Department spokesman said.",
            "The sanctions will stay in place", id="washington-reuters",
        ),
        pytest.param("NEW YORK (AP) — Prices will rise, analysts said.", "Prices will rise", id="new-york-ap"),
        pytest.param("Cleveland (AFP) – The convention will go ahead, officials said.", "The convention will go ahead", id="cleveland-afp"),
        pytest.param("MANCHESTER, N.H. - The race is tightening, the pollster said.", "The race is tightening", id="manchester-nh"),
        pytest.param(
            "VANCOUVER/TORONTO — The housing crisis will worsen, economists said.", "The housing crisis will worsen",
            id="two-cities",
        ),
    ],
)
def test_dateline_is_not_inside_content(extractor, text, content):
    assert [s.content.text for s in run(extractor, text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("By the end of the year the plan will fail, officials said.", id="by-the-end"),
        pytest.param("More than 100 people said they were leaving the party.", id="more-than"),
        pytest.param("Related charges were dropped last week, prosecutors said.", id="related-charges"),
        pytest.param("Getty Images will appeal the ruling, the company said.", id="getty-company"),
        pytest.param("Clinton leads by five points in a Reuters/Ipsos poll, the pollster said.", id="reuters-ipsos"),
    ],
)
def test_look_alikes_are_still_statements(extractor, text):
    assert run(extractor, text), text
