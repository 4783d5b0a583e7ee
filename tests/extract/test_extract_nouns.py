"""Noun and predicate families: claim nouns, possessed nouns, topic nouns, light verbs, stance predicates, ...

Tests on real sentences and articles from the seeds and PolNeAR dev."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule) -- real sentences, seeds then PolNeAR.
CASES = [
    pytest.param(
        "The registration issue was first reported by The Washington Post.",
        "was first reported by", "The Washington Post", "The registration issue", "indirect", "passive_agent",
        id="passive-agent",
    ),
    pytest.param(
        "Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago this year alone.",
        "claim", "Trump", "that there have been “thousands of shootings” in Chicago this year alone", "indirect",
        "claim_noun", id="claim-noun-possessor",
    ),
    pytest.param(
        "Now Melania seems to have vanished from the campaign trail.",
        "seems", None, "Melania seems to have vanished from the campaign trail", "indirect", "seems",
        id="seems-no-source",
    ),
    pytest.param(
        "Romney was never able to shake that image, which was cemented with his infamous comment about 47 percent of "
        "the country being willfully dependent on the government.",
        "comment about", "his", "47 percent of the country being willfully dependent on the government", "indirect",
        "possessed_noun", id="possessed-noun-about",
    ),
    pytest.param(
        "His promises to stick it to the rich notwithstanding, independent analyses agree the top 1 percent would be "
        "the biggest beneficiaries of his plans to cut individual, business and capital gains rates.",
        "promises", "His", "to stick it to the rich", "indirect", "possessed_noun",
        id="possessed-noun-to-infinitive",
    ),
    pytest.param(
        "He made clear that he would not accept the deal.",
        "made clear", "He", "he would not accept the deal", "indirect", "made_clear", id="made-clear-that",
    ),
    pytest.param(
        "Graham has been critical of Trump since they both were competing in the GOP presidential primary.",
        "has been critical of", "Graham", "Trump", "indirect", "stance_predicate", id="stance-adjective-of",
    ),
    pytest.param(
        "Hillary Clinton, a longtime member of the Senate Armed Services Committee, has been a consistent and "
        "outspoken supporter of NATO and of U.S. solidarity with its allies.",
        "has been a consistent and outspoken supporter of",
        "Hillary Clinton, a longtime member of the Senate Armed Services Committee",
        "NATO and of U.S. solidarity with its allies", "indirect", "stance_predicate", id="stance-noun-of-conjoined",
    ),
    pytest.param(
        "Republicans weren’t too concerned about this shift in strategy.",
        "weren’t too concerned about", "Republicans", "this shift in strategy", "indirect", "stance_predicate",
        id="stance-negated-adjective-about",
    ),
    pytest.param(
        "Donald Trump is raising questions about his microphone problems during Monday’s debate with Hillary Clinton.",
        "raising questions about", "Donald Trump", "his microphone problems", "indirect", "light_noun",
        id="light-verb-raise-questions-about",
    ),
    pytest.param(
        "President Barack Obama sounded a call for the United States to accept more Muslim refugees on Monday.",
        "sounded a call for", "President Barack Obama", "the United States to accept more Muslim refugees on Monday",
        "indirect", "light_noun", id="light-verb-call-for-to-clause",
    ),
    pytest.param(
        "Clinton has been a consistent and outspoken supporter of NATO. "  # a stance word: the paragraph is parsed
        "She has no illusions about Putin’s threat to Eastern and Northern Europe countries.",
        "has no illusions about", "She", "Putin’s threat to Eastern and Northern Europe countries", "indirect",
        "light_noun", id="light-verb-have-illusions-about",
    ),
    pytest.param(
        "The proposals, including a Franco-German idea to create a centralized European military headquarters in "
        "Brussels, were part of a wide-ranging conclave held in Bratislava, Slovakia, on how to combat a rising tide of "
        "public skepticism about the European Union's value.",
        "skepticism about", None, "the European Union's value", "indirect", "topic_noun", id="topic-noun-about",
    ),
    pytest.param(
        "Asked about Trump's declaration that it had been a bomb, Clinton said, \u201cI think it\u2019s important to "
        "know the facts about any incident like this.\u201d",
        "Asked about", None, "Trump's declaration that it had been a bomb", "indirect", "asked_about",
        id="asked-about",
    ),
    pytest.param(
        "When pressed by Holt about how he would actually bring jobs back to the United States, his best response "
        "was to say he would prevent more from leaving.",
        "pressed by Holt about", "Holt", "how he would actually bring jobs back to the United States", "indirect",
        "asked_about", id="pressed-by-about",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_stance_word_with_a_stranded_preposition_is_not_a_statement(extractor):
    # PolNeAR huff-post: "that" is the relative pronoun, not the content.
    text = (
        "If there’s one thing that Ava DuVernay is more passionate about than the present-day reality of black life in "
        "America, it’s her push to help people understand the past."
    )
    assert "stance_predicate" not in [s.rule for s in run(extractor, text)]
