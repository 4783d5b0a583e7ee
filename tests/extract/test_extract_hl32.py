"""Issue 12, session 32 (headlines, fourth round), on real PolNeAR train title lines; each positive fails on the code
before its change (main 2092c5f for the first table) and passes after.

- A "Rubric: ..." title whose part after the colon is a topic, not a statement: it opens with an article and has no
  verb ("Delegate Update: The latest count in the Democratic race", "Netanyahu and Obama: A tortured relationship").
  ``title_colon`` read the words before the colon as a source; now it gives no statement there
  (``headlines.topic_line``). A part with a verb ("Trump: My immigration plans aren't set in stone"), or a verbless
  one that opens otherwise ("Lynch: No outside influence on FBI probe into Clinton emails"), keeps its statement."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, title_statements  # noqa: F401 - extractor is a fixture

# (title): a rubric or pairing before the colon, a topic after it: no title_colon statement
TOPIC_LINE_CASES = [
    pytest.param("Delegate Update: The latest count in the Democratic race.", id="delegate-update"),
    pytest.param("Netanyahu and Obama: A tortured relationship;", id="pairing"),
    pytest.param("Breitbart News Daily: A World at War.", id="outlet-rubric"),
]


@pytest.mark.parametrize("title", TOPIC_LINE_CASES)
def test_title_colon_topic_line_gives_nothing(extractor, title):
    assert not [row for row in title_statements(extractor, title) if row[0] == "title_colon"]


# (title, expected (rule, source, cue, content) among the title's statements)
TITLE_COLON_KEPT_CASES = [
    pytest.param("Trump: My immigration plans aren't set in stone.",
                 ("title_colon", "Trump", ":", "My immigration plans aren't set in stone"), id="with-verb"),
    pytest.param("Lynch: No outside influence on FBI probe into Clinton emails.",
                 ("title_colon", "Lynch", ":", "No outside influence on FBI probe into Clinton emails"),
                 id="verbless-no-article"),
]


@pytest.mark.parametrize("title,expected", TITLE_COLON_KEPT_CASES)
def test_title_colon_statement_kept(extractor, title, expected):
    assert expected in title_statements(extractor, title)
