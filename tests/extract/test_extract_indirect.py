"""Indirect statements of issue 12 found on PolNeAR train: table tests with made-up news sentences
(positives and negatives). Figures per rule: docs/experiments-extraction.md, "Rounds (indirect, session 18)"."""

from __future__ import annotations

import pytest

from extract_helpers import extractor, found  # noqa: F401 - extractor is a fixture


def with_rule(extractor, text, rule):
    return [row[1:] for row in found(extractor, text) if row[0] == rule]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Asked whether he would endorse the governor, Ryan said he was not ready.",
            [(None, "Asked", "whether he would endorse the governor")],
            id="fronted-participle-no-asker",
        ),
        pytest.param(
            "Asked by a reporter if the primary had been rigged, the senator laughed.",
            [("a reporter", "Asked", "if the primary had been rigged")],
            id="fronted-participle-agent",
        ),
        pytest.param(
            "She was asked why the campaign had failed to respond to the ads.",
            [(None, "was asked", "why the campaign had failed to respond to the ads")],
            id="passive-addressee-is-not-source",
        ),
        pytest.param(
            "The mayor has repeatedly wondered whether the council will be fair to him, engaging in familiar tactics.",
            [("The mayor", "has repeatedly wondered", "whether the council will be fair to him")],
            id="perfect-is-active",
        ),
        pytest.param(
            "The union asked if candidates supported the bill.",
            [("The union", "asked", "if candidates supported the bill")],
            id="active-if",
        ),
        pytest.param(
            "Reporters kept asking whether she would pick a running mate from the Senate.",
            [("Reporters", "asking", "whether she would pick a running mate from the Senate")],
            id="participle-climbs-to-subject",
        ),
    ],
)
def test_inquiry_indirect_question(extractor, text, expected):
    assert with_rule(extractor, text, "inquiry") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("If you ask me, the plan was a mistake.", id="conditional-ask"),
        pytest.param("Asked whether to run again, he smiled.", id="no-subject-in-question"),
        pytest.param("They asked him, if it rained, to cancel the rally.", id="comma-before-if"),
        pytest.param("The committee questioned the witness for hours.", id="no-question-clause"),
    ],
)
def test_inquiry_negatives(extractor, text):
    assert with_rule(extractor, text, "inquiry") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "She also called for all candidates to lay out the cost of their plans.",
            [("She", "called for", "all candidates to lay out the cost of their plans")],
            id="called-for-to",
        ),
        pytest.param(
            "A lawmaker in Manila is calling for the tycoon to be banned from the country.",
            [("A lawmaker in Manila", "calling for", "the tycoon to be banned from the country")],
            id="calling-for-passive",
        ),
        pytest.param(
            "The mayor referred to the flooding as a wake-up call for the city.",
            [("The mayor", "referred to", "the flooding as a wake-up call for the city")],
            id="referred-to-as",
        ),
        pytest.param(
            "In his speech the governor alluded to his rival's remarks about the budget.",
            [("the governor", "alluded to", "his rival's remarks about the budget")],
            id="alluded-to",
        ),
    ],
)
def test_phrasal_cue_content(extractor, text, expected):
    assert with_rule(extractor, text, "verb_prep_object") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The senator waited for the vote to begin.", id="not-a-phrasal-cue"),
        pytest.param("The governor turned to the crowd and waved.", id="verb-not-a-reference-cue"),
    ],
)
def test_phrasal_cue_negatives(extractor, text):
    assert with_rule(extractor, text, "verb_prep_object") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Farm groups see the new tariff as a threat to their exports.",
            [("Farm groups", "see", "the new tariff as a threat to their exports")],
            id="see-as",
        ),
        pytest.param(
            "Many voters perceive the mayor as distant from their concerns.",
            [("Many voters", "perceive", "the mayor as distant from their concerns")],
            id="perceive-as",
        ),
    ],
)
def test_characterize_class_object_as(extractor, text, expected):
    assert with_rule(extractor, text, "verb_object") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Residents saw a sharp rise in prices last year.", id="see-without-predicate"),
        pytest.param("We remember the flood of 1993.", id="remember-without-predicate"),
    ],
)
def test_characterize_class_needs_a_predicate(extractor, text):
    assert with_rule(extractor, text, "verb_object") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The hacker, who U.S. officials say is tied to a foreign intelligence service, claimed credit for the breach.",
            [("U.S. officials", "say", "is tied to a foreign intelligence service")],
            id="who-officials-say",
        ),
        pytest.param(
            "The levy was what economists think is necessary to balance the budget.",
            [("economists", "think", "is necessary to balance the budget")],
            id="what-economists-think",
        ),
    ],
)
def test_relative_subject_before_the_cue_is_not_content(extractor, text, expected):
    assert with_rule(extractor, text, "said_clause") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Voters described her as likable and inspiring.",
            [("Voters", "described", "her as likable and inspiring")],
            id="as-adjective",
        ),
        pytest.param(
            "Critics portray the senator as singularly focused on economic issues.",
            [("Critics", "portray", "the senator as singularly focused on economic issues")],
            id="as-participle",
        ),
        pytest.param(
            "The council condemned the missile launch as the navy fired three more rockets into the sea.",
            [("The council", "condemned", "the missile launch")],
            id="as-time-clause-is-not-content",
        ),
    ],
)
def test_object_with_as_predicate(extractor, text, expected):
    assert with_rule(extractor, text, "verb_object") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The opposition said the minister had lied to parliament, an accusation the government dismissed as baseless.",
            [("said_clause", "The opposition", "said", "the minister had lied to parliament"),
             ("relative_object", "the government", "dismissed as", "baseless")],
            id="dismissed-as-adverb",
        ),
        pytest.param(
            "Officials said the army had fired on protesters, a claim the military denied.",
            [("said_clause", "Officials", "said", "the army had fired on protesters"),
             ("relative_object", "the military", "denied", "a claim")],
            id="claim-noun-unlabelled",
        ),
        pytest.param(
            "The report said the company hid its losses, a finding the firm disputed.",
            [("said_clause", "The report", "said", "the company hid its losses"),
             ("relative_object", "the firm", "disputed", "a finding")],
            id="reaction-parsed-as-adverbial",
        ),
        pytest.param(
            "The mayor said the budget would be balanced, a goal she first set in May.",
            [("said_clause", "The mayor", "said", "the budget would be balanced")],
            id="not-a-stance-verb",
        ),
    ],
)
def test_trailing_reaction_is_its_own_statement(extractor, text, expected):
    assert found(extractor, text) == expected
