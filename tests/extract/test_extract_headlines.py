"""Headlines and title lines.

Tests on real sentences and articles from the seeds and PolNeAR dev."""

from __future__ import annotations

import pytest

from annotate.records import Article
from extract_helpers import by_cue, extractor, run  # noqa: F401 - extractor is a fixture


@pytest.mark.parametrize(
    "title, cue, source, content",
    [
        pytest.param(
            "Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.",
            "Says", "Lindsey Graham", "Trump ‘The Dealmaker’ Could Address Clean Energy", id="title-case-says",
        ),
        pytest.param(
            "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Real Estate Developers.",
            "Vows", "Sanders", "To Eliminate Tax Breaks Used By Real Estate Developers", id="title-case-vows",
        ),
        pytest.param(
            "Popular Website Shows Bias When It Comes To ‘Fact-Checking’ Republicans.",
            "Shows", "Popular Website", "Bias When It Comes To ‘Fact-Checking’ Republicans", id="object-runs-to-line-end",
        ),
        pytest.param(
            "Ah, friends once more: Ted Cruz endorses Trump, who says he is honored.",
            "endorses", "Ted Cruz", "Trump", id="object-stops-at-comma",
        ),
        pytest.param(
            "A lesson from Loretta Lynch: 'Be the voice that people hear.'",
            ":", "Loretta Lynch", "'Be the voice that people hear.'", id="quotation-after-title-colon",
        ),
    ],
)
def test_headlines(extractor, title, cue, source, content):
    # PolNeAR dev titles: title-case cue words are read as verbs; an object's content runs on in a headline.
    article = Article(id="t", text=f"{title}\n\nBody.", title=title)
    statement = by_cue(list(extractor.extract(article)), cue)
    assert (statement.source.text, statement.content.text) == (source, content)


def test_headline_case_keeps_offsets():
    from annotate.extract.pipeline import headline_case

    line = "Clinton Hid Past Health Problems From Public, Former White House Doctor Says."
    assert headline_case(line) == "Clinton Hid Past Health Problems from Public, Former White House Doctor says."
    assert headline_case("Flynn says Trump 'absolutely right' in saying generals reduced to rubble.") == (
        "Flynn says Trump 'absolutely right' in saying generals reduced to rubble."
    )


def test_title_line_source_colon(extractor):
    # PolNeAR breitbart title: "Pence: <headline>" attributes the headline to Pence; body lines never do.
    title = "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp."
    body = "Partial transcript as follows: the interview ran long."
    statements = list(extractor.extract(Article(id="t", text=f"{title}\n\n{body}\n", title=title)))
    (statement,) = [s for s in statements if s.rule == "title_colon"]
    assert statement.source.text == "Pence"
    assert statement.cue.text == ":"
    assert statement.content.text == "Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp"
    assert not [s for s in run(extractor, body) if s.rule == "title_colon"]
