"""Issue 12, session 29 (headlines, second round), on real PolNeAR train title lines; each positive fails on the code
before its change (d13fdfd for the first table, b7ee45b for the second) and passes after. (The round's first kept change, a
title parsed again with a stand-in for the name "Trump", was taken out at merge: a per-name lexicon.)

- A title-case headline whose "-s" verb the parser tagged as a verb but gave no subject ("St. Paul Votes To Condemn
  Donald Trump's Muslim Ban": "Paul" hung elsewhere): ``headlines.headline_noun_verb`` read only an "-s" form the
  tagger took for a noun; now it also reads a VBZ without a subject of its own.
- A title whose root act holds another rule's cue in its object ("Wisconsin Elects A Supreme Court Justice Who Once
  Mocked 'Queers' ...", "Pastor Wants Girl Scout Leaders To Be Executed For Supporting Gays"): ``headline_verb`` ran
  only on a title where no other rule found a statement, so the nested act alone was given; now the root act is
  added when every other cue lies inside its content (``pipeline._with_root_act``). A title with a cue outside it
  keeps the other rules' statements ("Putin chides Turkey and praises Trump at news conference")."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, title_statements  # noqa: F401 - extractor is a fixture


# (title, expected (rule, source, cue, content) among the title's statements)
SUBJECTLESS_S_FORM_CASES = [
    pytest.param("St. Paul Votes To Condemn Donald Trump’s Muslim Ban.",
                 ("headline_noun_verb", "St. Paul", "Votes", "To Condemn Donald Trump’s Muslim Ban"), id="votes"),
]


@pytest.mark.parametrize("title,expected", SUBJECTLESS_S_FORM_CASES)
def test_subjectless_s_form_is_headline_verb(extractor, title, expected):
    assert expected in title_statements(extractor, title)


# (title, expected (rule, source, cue, content) among the title's statements)
ROOT_ACT_CASES = [
    pytest.param("Wisconsin Elects A Supreme Court Justice Who Once Mocked ‘Queers’ Who Get AIDS.",
                 ("headline_verb", "Wisconsin", "Elects",
                  "A Supreme Court Justice Who Once Mocked ‘Queers’ Who Get AIDS"), id="relative-clause"),
    pytest.param("Pastor Wants Girl Scout Leaders To Be Executed For Supporting Gays.",
                 ("headline_verb", "Pastor", "Wants", "Girl Scout Leaders To Be Executed For Supporting Gays"),
                 id="participle"),
]


@pytest.mark.parametrize("title,expected", ROOT_ACT_CASES)
def test_root_act_over_nested_cue(extractor, title, expected):
    assert expected in title_statements(extractor, title)


def test_cue_outside_root_act_keeps_other_statements(extractor):
    rows = title_statements(extractor, "Putin chides Turkey and praises Trump at news conference.")
    assert ("verb_object", "Putin", "chides", "Turkey") in rows
    assert not [row for row in rows if row[0] == "headline_verb"]
