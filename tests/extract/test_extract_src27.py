"""Issue 12, session 27, the source side: which mention a statement is attributed to. Real PolNeAR train
sentences whose gold holds the expected source; each positive fails on the code before its change.

- A noun cue with a "from" phrase naming a person, body or document after it ("an admission from Elizabeth Warren
  that C", "criticism from rivals that C"): the "from" object is the source, as a "by" agent was
  (``noun_cues._noun_holder``, :data:`~annotate.extract.noun_cues.HOLDER_PREPS`). Before, such a noun had no source
  (fail on efe5b46).
- A verb with two subjects before it, the parser's reading of a place, a fronted phrase or a quoted list before a
  comma ("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush"): the nearer subject is the
  source (``subjects.subject_of``). Before, the first was taken ("New Hampshire"; fail on fdc73cb). A floating
  quantifier read as the nearer subject is passed over ("Republican establishment figures - ... - both suggested
  C": Republican establishment figures; fail on 807c0b0, which gave "both")."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, by_cue, extractor, found, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
FROM_HOLDER_CASES = [
    pytest.param(
        "This column has spilled a lot of ink on the topic of Glass-Steagall over the years, including an admission "
        "from Elizabeth Warren that reinstating the law would not have prevented a crisis in 2008.",
        "admission", "Elizabeth Warren", "reinstating the law would not have prevented a crisis in 2008", "indirect",
        "cue_noun",
        id="admission-from",
    ),
    pytest.param(
        "Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment at his "
        "rallies.",
        "criticism", "rivals", "the tenor of his campaign has created an unsafe environment at his rallies", "indirect",
        "cue_noun",
        id="criticism-from",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", FROM_HOLDER_CASES)
def test_from_holder(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (sentence, cue, expected source, expected content, kind, rule)
NEARER_SUBJECT_CASES = [
    pytest.param(
        "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
        "calling", "Trump", "him “a total stiff.”", "indirect", "verb_object",
        id="place-before-subject",
    ),
    pytest.param(
        "Absent Sanders' campaign health care plan, which he has not introduced, Clinton pointed to the nine different "
        "times Sanders has laid out a health care plan before Congress.",
        "pointed", "Clinton", "Sanders has laid out a health care plan before Congress", "indirect", "said_clause",
        id="fronted-phrase-before-subject",
    ),
    pytest.param(
        "Cross-referencing congressional voting records and district-by-district patterns of job losses and other "
        "economic trends between 2002 and 2010, the researchers found that areas hardest hit by trade shocks were much "
        "more likely to move to the far right or the far left.",
        "found", "the researchers",
        "areas hardest hit by trade shocks were much more likely to move to the far right or the far left",
        "indirect", "said_clause",
        id="fronted-participle-before-subject",
    ),
    pytest.param(
        "Republican establishment figures — whose party was once respected for its discipline and public unity — both "
        "suggested Melania’s speechwriter be fired and defended Trump as a candidate.",
        "suggested", "Republican establishment figures", "Melania’s speechwriter be fired and defended Trump as a candidate",
        "indirect", "said_clause",
        id="floating-quantifier",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", NEARER_SUBJECT_CASES)
def test_nearer_subject(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# A demonstrative in a quote before the speaker is no subject of the speech verb (a negative for the quantifier rule).
def test_demonstrative_before_speaker(extractor):
    text = (
        "He denied that the exchange would encourage more Americans to be taken. ''That, unfortunately,'' he said, "
        "''is part of the reality of today's life on a global basis.''"
    )
    assert by_cue(run(extractor, text), "said").source.text == "he"
