"""Certainty of what annotators met: uncommitted and hedging phrases, and weasel constructions in context."""

from __future__ import annotations

import pytest

from annotate.classify.features import feature_row, lexical
from annotate.classify.rules import RulePredictor
from annotate.records import PredictItem

TARGET = "Turkey will act as a mediator in the Gaza hostage negotiations."

#: (statement, cue, certainty the rule priors must give)
CERTAINTY_TABLE = [
    ("The foreign ministry declined to confirm or deny the report", None, "uncommitted"),
    ("the report", "declined to confirm or deny", "uncommitted"),
    ("A spokesman declined to either confirm or deny that talks took place", None, "uncommitted"),
    ("Officials refused to confirm or deny the meeting", None, "uncommitted"),
    ("the United States could neither confirm nor deny reports of Hamas leaders relocating to Türkiye", None, "uncommitted"),
    ("Officials are cautiously optimistic about the talks", None, "hedged"),
    ("the talks will succeed", "said he was cautiously optimistic that", "hedged"),
    ("It remains to be seen whether Ankara will host the talks", None, "hedged"),
    ("Turkey will host the talks next week", "said", "certain"),
    ("Turkey will not serve as a mediator in any hostage negotiations", "clarified", "certain"),
]


@pytest.mark.parametrize(("text", "cue", "expected"), CERTAINTY_TABLE)
def test_rule_priors_certainty_table(text, cue, expected):
    (prediction,) = RulePredictor().predict([PredictItem(statement_id="x", text=text, cue=cue, target=TARGET)])
    assert prediction.certainty.label == expected


def test_uncommitted_phrases_take_no_stance():
    (prediction,) = RulePredictor().predict([PredictItem(statement_id="x", text="Ankara declined to confirm or deny that it will act as a mediator", target=TARGET)])
    assert prediction.stance.label == "neutral"


#: (sentence, weasel kind that must be found)
WEASEL_TABLE = [
    ("Some critics say the bridge is unsafe.", "weasel_vague_source"),
    ("Many people believe the tea eases nausea.", "weasel_vague_source"),
    ("He is widely regarded as the founder of the genre.", "weasel_passive_attribution"),
    ("It is said to ease irritable bowel syndrome.", "weasel_passive_attribution"),
    ("It is one of the most famous bridges in Europe.", "weasel_superlative"),
    ("It is believed that the tomb was looted.", "weasel_impersonal"),
    ("There is a perception that the relationship is one-way.", "weasel_impersonal"),
    ("The agent had probably already amassed a fortune.", "weasel_modal"),
]


@pytest.mark.parametrize(("text", "kind"), WEASEL_TABLE)
def test_weasel_constructions_are_found_in_context(text, kind):
    row = feature_row(PredictItem(statement_id="x", text=text))
    assert row[kind] >= 1.0


def test_weasel_words_without_their_context_are_not_constructions():
    # "some of the" is a quantity here, not a vague source
    row = feature_row(PredictItem(statement_id="x", text="Some of the trains were regarded by engineers with care."))
    assert row["weasel_vague_source"] == 0.0
    assert lexical("The train left at noon.").weasels == 0
