"""Label Studio pieces that need no server: generated config, task data, relation rule, agreement maths."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import InputError
from annotate.labelstudio.agreement import aggregate, field_agreement
from annotate.labelstudio.config import LABELING_CONFIG_PATH, config_differences, labeling_config
from annotate.labelstudio.export import TASK_DATA_KEYS
from annotate.labelstudio.tasks import EXTRA_TASK_KEYS, TASK_KEYS, RelationRule, Target, pairs, read_targets, task_data
from annotate.records import Annotation, Span, Statement
from annotate.schema import load_schema

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_statements() -> list[Statement]:
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return list(Extractor().extract_many(iter_articles([SEEDS])))


def test_checked_in_labeling_config_is_not_stale():
    assert LABELING_CONFIG_PATH.read_text(encoding="utf-8") == labeling_config(), (
        "schemas/labeling_config.xml is stale: run `annotate schema`"
    )
    result = runner.invoke(app, ["schema", "--check"])
    assert result.exit_code == 0, result.output


def test_schema_check_fails_on_a_stale_file(tmp_path):
    stale = tmp_path / "labeling_config.xml"
    stale.write_text(labeling_config().replace('value="unrelated"', 'value="off_topic"'), encoding="utf-8")
    result = runner.invoke(app, ["schema", "--check", "--output", str(stale)])
    assert result.exit_code == 1
    assert f"error: {stale} is stale; run `annotate schema`" in result.output


def test_config_has_every_schema_label_with_hint_and_hotkey():
    root = ET.fromstring(labeling_config())
    schema = load_schema()
    assert root.find("Text[@name='statement']").get("value") == "$text"
    for field in schema.fields:
        control = root.find(f"*[@name='{field.name}']")
        assert control.get("toName") == "statement"
        shown = [(c.get("value"), c.get("hotkey"), c.get("hint")) for c in control.iter("Choice")]
        assert shown == [(label.value, label.hotkey, label.hint) for label in field.labels]


def test_config_differences_say_what_differs():
    ours = labeling_config()
    assert config_differences(ours, ours) == []
    assert config_differences(ours.replace("\n", "\n  "), ours) == []
    fewer = ours.replace('    <Choice value="unrelated" hotkey="4" hint="The statement is not about the target claim." />\n', "")
    assert config_differences(fewer, ours) == ["field 'stance' lacks label(s) unrelated on the server"]
    renamed = ours.replace('name="certainty"', 'name="confidence"')
    assert config_differences(renamed, ours) == ["field 'certainty' missing on the server", "server has extra field 'confidence'"]
    assert config_differences(ours.replace('hotkey="1"', 'hotkey="9"'), ours) == ["layout/hints/hotkeys differ"]


def test_task_data_keys_and_plain_context_with_extracted_spans(seed_statements, gold_targets):
    statement = next(s for s in seed_statements if s.context is not None and s.content is not None and s.source is not None)
    data = task_data(statement, gold_targets[0])
    assert tuple(data) == TASK_KEYS + EXTRA_TASK_KEYS
    assert set(TASK_KEYS) <= set(TASK_DATA_KEYS)  # what the export parser reads
    assert data["text"] == statement.content.text
    assert data["target"] == gold_targets[0]
    assert (data["context"], data["context_start"]) == (statement.context.text, statement.context.start)
    spans = {item["field"]: item for item in data["extracted_spans"]}
    for name in ("content", "source", "cue"):
        span = getattr(statement, name)
        item = spans[name]
        assert data["context"][item["start"]:item["end"]] == item["text"] == span.text
        assert data["context_start"] + item["start"] == span.start


def test_article_markup_cannot_inject_into_context(seed_statements):
    real = seed_statements[0]
    paragraph = '<img src=x onerror="alert(1)"> ' + real.context.text
    shift = len(paragraph) - len(real.context.text)
    content = real.content
    hostile = real.model_copy(
        update={
            "context": Span(start=real.context.start, end=real.context.end + shift, text=paragraph),
            "content": Span(start=content.start + shift, end=content.end + shift, text=content.text),
        }
    )
    data = task_data(hostile, "claim")
    # The context is shown by a Text tag (plain text, never rendered as HTML); offsets still fit.
    assert data["context"] == paragraph
    root = ET.fromstring(labeling_config())
    assert root.find("Text[@name='context']").get("value") == "$context" and root.find("HyperText") is None
    content_span = next(item for item in data["extracted_spans"] if item["field"] == "content")
    assert data["context"][content_span["start"]:content_span["end"]] == content.text


def test_relation_rules_on_the_seeds(seed_statements, gold_targets):
    targets = [Target(t) for t in gold_targets]
    every = list(pairs(seed_statements, targets, RelationRule("all")))
    assert len(every) == 2 * sum(1 for s in seed_statements if s.content is not None)
    overlap = list(pairs(seed_statements, targets, RelationRule("overlap", min_overlap=2)))
    assert 0 < len(overlap) < len(every)
    # Hamas/Turkey/Qatar words in the paragraph relate a statement to the bureau claim.
    assert any(target == gold_targets[1] for _, target in overlap)
    scoped = [Target(gold_targets[0], frozenset({"000_86151a200f2d23fc"}))]
    assert {s.article_id for s, _ in pairs(seed_statements, scoped)} == {"000_86151a200f2d23fc"}


def test_targets_file_text_and_jsonl(tmp_path):
    path = tmp_path / "targets.txt"
    path.write_text('# claims\nTurkey will mediate.\n{"target": "Hamas moved.", "article_ids": ["a1"]}\n', encoding="utf-8")
    assert read_targets(path) == [Target("Turkey will mediate."), Target("Hamas moved.", frozenset({"a1"}))]
    path.write_text('{"article_ids": ["a1"]}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"targets.txt:1: missing 'target' text"):
        read_targets(path)


def _annotation(item: int, who: str, stance: str | None, certainty: str | None = "certain", cancelled: bool = False) -> Annotation:
    return Annotation(
        statement_id=f"st_{item}", target="claim", text=f"statement {item}", annotator=who,
        labels={"stance": stance, "certainty": certainty}, was_cancelled=cancelled,
    )


def test_agreement_matches_hand_computation():
    a = ["support", "oppose", "neutral", "oppose"]
    b = ["support", "oppose", "oppose", "oppose"]
    annotations = [_annotation(i, "a", s) for i, s in enumerate(a)] + [_annotation(i, "b", s) for i, s in enumerate(b)]
    annotations.append(_annotation(9, "a", "support"))
    annotations.append(_annotation(9, "b", None, None, cancelled=True))  # skipped: not a label
    stance = field_agreement(annotations, "stance", load_schema().classes("stance"))
    # po = 3/4, pe = (1*1 + 2*3 + 1*0)/16 = 7/16 -> kappa = (12/16 - 7/16)/(9/16) = 5/9
    assert stance.pairwise[0].items == 4
    assert stance.pairwise[0].kappa == pytest.approx(5 / 9)
    # nominal alpha: n = 8 values, Do = 2/8, De = (64 - (2^2 + 5^2 + 1^2))/(8*7) = 34/56 -> 1 - 14/34
    assert stance.alpha == pytest.approx(1 - 14 / 34)
    certainty = field_agreement(annotations, "certainty")
    assert certainty.pairwise[0].kappa is None  # everyone said "certain": chance agreement is 1
    rows = {row["statement_id"]: row for row in aggregate(annotations, ["stance", "certainty"])}
    assert rows["st_2"]["stance"] is None and rows["st_2"]["stance_tie"] and rows["st_2"]["disagreement"]
    assert rows["st_0"]["stance"] == "support" and rows["st_0"]["stance_share"] == 1.0 and not rows["st_0"]["disagreement"]
    assert rows["st_9"]["annotations"] == 1 and rows["st_9"]["cancelled"] == 1 and rows["st_9"]["stance_votes"] == 1


def test_config_never_shows_dollar_source_which_label_studio_renders_as_the_raw_task_json(seed_statements):
    # Seen in a screenshot of Label Studio 1.23.2: a Text tag with value="$source" shows the task's raw JSON.
    from annotate.labelstudio.tasks import task_data

    assert 'value="$source"' not in labeling_config()
    assert 'value="$source_mention"' in labeling_config()
    with_source = next(s for s in seed_statements if s.source is not None)
    data = task_data(with_source, "a claim")
    assert data["source_mention"] == data["source"] == with_source.source.text
