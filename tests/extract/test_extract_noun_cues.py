"""Noun and preposition cue families (annotate/extract/noun_cues.py): "referring to X", "S sees X as Y",
"criticism of X" / "her warning that C". Made-up news sentences (no PolNeAR text), positives and negatives."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
# Since the indirect rules gained "refer to" as a phrasal cue and "see X as Y" in the characterize class, the verb
# rules make the first four statements (equal priority, so dedup keeps theirs); `see_as` still makes the ones the verb
# rules miss, and `referring_to` is gone (its statements were second statements of the verb rules' "refer to" cue).
CASES = [
    pytest.param(
        "The mayor was referring to the new budget plan.",
        "referring to", "The mayor", "the new budget plan", "indirect", "verb_prep_object", id="referring-to-finite",
    ),
    pytest.param(
        "The senator paused for a moment, referring to the closure of the steel mill in his district.",
        "referring to", "The senator", "the closure of the steel mill in his district", "indirect", "verb_prep_object",
        id="referring-to-participle-takes-the-clause-subject",
    ),
    pytest.param(
        "Mr. Lopez sees the proposal as a threat to small farmers.",
        "sees", "Mr. Lopez", "the proposal as a threat to small farmers", "indirect", "verb_object", id="see-as",
    ),
    pytest.param(
        "Many voters saw the deal as a betrayal of the party.",
        "saw", "Many voters", "the deal as a betrayal of the party", "indirect", "verb_object", id="see-as-past",
    ),
    pytest.param(
        "The agency's warning that the dam could fail went unheeded for months.",
        "warning", "The agency", "the dam could fail", "indirect", "cue_noun", id="cue-noun-that-clause-possessor",
    ),
    pytest.param(
        "The union's endorsement of the governor came as a surprise.",
        "endorsement of", "The union", "the governor", "indirect", "cue_noun", id="cue-noun-of-named-possessor",
    ),
    pytest.param(
        "Opposition to the proposed natural gas pipeline has grown in rural counties.",
        "Opposition to", None, "the proposed natural gas pipeline", "indirect", "cue_noun", id="cue-noun-to-no-source",
    ),
    pytest.param(
        "The request by the challengers to delay the hearing was denied on Friday.",
        "request", "the challengers", "to delay the hearing", "indirect", "cue_noun", id="cue-noun-to-infinitive-by-agent",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content", "kind", "rule"), CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (sentence, rule that must NOT fire)
NEGATIVES = [
    # Perception, not judgement: "see" without an "as" phrase.
    pytest.param("I saw him speak at the rally in Dayton.", "see_as", id="see-without-as"),
    # A passive of "see" is not "S sees X as Y".
    pytest.param("The governor was widely seen as a moderate before the vote.", "see_as", id="see-passive"),
    # "refer" with no agentive subject: map arrows say nothing.
    pytest.param("The arrows on the map refer to the evacuation routes.", "referring_to", id="refer-non-agentive"),
    # A topic holder: "position on X" names a topic, not what was said.
    pytest.param("His position on the tax bill remains unclear.", "cue_noun", id="position-on-is-a-topic"),
    # A noun of intention or decision: the seeds gold leaves these out.
    pytest.param("The council's decision to close the library angered parents.", "cue_noun", id="decision-not-a-cue-noun"),
    # A relative pronoun object is not content.
    pytest.param("It was the one proposal that nobody expressed criticism of.", "cue_noun", id="stranded-preposition"),
    # A light noun (lexicons.LIGHT_NOUNS) as the object of a light verb: light_noun reads it, not cue_noun.
    pytest.param("Senators raised concerns about the new rules.", "cue_noun", id="light-verb-object"),
]


@pytest.mark.parametrize(("text", "rule"), NEGATIVES)
def test_not_this_family(extractor, text, rule):
    assert rule not in [s.rule for s in run(extractor, text)]
