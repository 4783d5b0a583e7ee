"""A headline's own act (issue 12, session 22; :mod:`annotate.extract.headlines`): in a title line where no
other rule finds a statement, the root verb's subject, the verb and its object naming someone. Real PolNeAR
train headlines; each positive one is a gold attribution that no rule found before."""

from __future__ import annotations

import pytest

from extract_helpers import extractor  # noqa: F401 - extractor is a fixture

from annotate.records import Article


def headline_statements(extractor, title: str) -> list[tuple]:
    article = Article(id="t", text=f"{title}\n\nThe story follows.", title=title)
    return [(s.rule, s.source.text if s.source else None, s.cue.text, s.content.text) for s in extractor.extract(article)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Saudi prince mocks Trump on Twitter.", ("headline_verb", "Saudi prince", "mocks", "Trump"), id="mocks"),
        pytest.param(
            "Black Lives Matter seeks Clinton's ear;", ("headline_verb", "Black Lives Matter", "seeks", "Clinton's ear"), id="seeks"
        ),
        pytest.param(
            "Millennial Democratics prefer Bernie Sanders.",
            ("headline_verb", "Millennial Democratics", "prefer", "Bernie Sanders"),
            id="prefer",
        ),
        pytest.param(
            "Fundraisers, scorned by Trump on trail, rally behind him.",
            ("headline_verb", "Fundraisers", "rally behind", "him"),
            id="pronoun-object",
        ),
    ],
)
def test_headline_act(extractor, title, expected):
    assert headline_statements(extractor, title) == [expected]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Obama's Gitmo plan leaves everyone unhappy.\n\nThe story follows.", "Obama's Gitmo plan leaves everyone unhappy.", id="common-noun-object"),
        pytest.param("Clinton's missteps at debate arm her rivals.\n\nThe story follows.", "Clinton's missteps at debate arm her rivals.", id="her-as-determiner"),
        pytest.param("Headline.\n\nSaudi prince mocks Trump on Twitter.\n\nThe story follows.", "Headline.", id="not-a-title"),
    ],
)
def test_no_headline_act(extractor, text, title):
    article = Article(id="t", text=text, title=title)
    assert [s for s in extractor.extract(article) if s.rule == "headline_verb"] == []
