"""Span labels and pulled gold without a server: the config fragment, the regions pushed, the regions
read back, which annotation becomes gold, and `annotate evaluate` on a pulled attributions file."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import UsageError
from annotate.evaluate import evaluate, read_gold
from annotate.labelstudio.config import config_differences, labeling_config
from annotate.labelstudio.gold import PulledGold, extraction_line, pulled_gold
from annotate.labelstudio.spans import read_regions, span_results
from annotate.labelstudio.tasks import task_data
from annotate.readers import iter_articles
from annotate.records import Statement
from annotate.schema import load_schema

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds():
    from annotate.extract import Extractor

    articles = list(iter_articles([SEEDS]))
    statements = [s for s in Extractor().extract_many(articles) if s.content is not None]
    return {a.id: a.text for a in articles}, statements


def test_span_labels_in_the_config_come_from_the_schema():
    schema = load_schema()
    root = ET.fromstring(labeling_config(schema))
    labels = root.find("Labels[@name='spans']")
    assert labels.get("toName") == "context" and root.find("Text[@name='context']").get("value") == "$context"
    shown = [(l.get("value"), l.get("hotkey"), l.get("background")) for l in labels.iter("Label")]
    assert [(v, k) for v, k, _ in shown] == [("Source", "z"), ("Cue", "x"), ("Content", "c"), ("Via", "v")]
    assert len({colour for _, _, colour in shown}) == 4  # a distinct colour each
    # No hotkey is taken twice across the whole screen.
    keys = [e.get("hotkey") for e in root.iter() if e.get("hotkey")]
    assert len(keys) == len(set(keys)) and {"f", "g"} <= set(keys)
    attribution = [c.get("value") for c in root.find("Choices[@name='attribution']").iter("Choice")]
    assert attribution[-2:] == ["wrong_span", "no_source_in_text"]
    # A server config without the span labels is told apart; a recoloured label is only layout.
    ours = labeling_config(schema)
    without = ET.tostring(root, encoding="unicode").replace(ET.tostring(labels, encoding="unicode"), "")
    assert "field 'spans' missing on the server" in config_differences(without, ours)
    assert config_differences(ours.replace(schema.spans.labels[0].background, "#000000"), ours) == ["layout/hints/hotkeys differ"]
    assert config_differences(ours.replace('value="Via"', 'value="Outlet"'), ours) == [
        "field 'spans' lacks label(s) Via on the server", "field 'spans' has extra label(s) Outlet on the server",
    ]


def test_every_seed_statement_gets_regions_at_its_exact_offsets(seeds):
    texts, statements = seeds
    schema = load_schema()
    for statement in statements:
        data = task_data(statement, "claim")
        assert texts[statement.article_id][data["context_start"]:data["context_start"] + len(data["context"])] == data["context"]
        regions = {r["value"]["labels"][0]: r["value"] for r in span_results(data, schema)}
        assert "Content" in regions, statement.id
        for label, name in (("Content", "content"), ("Source", "source"), ("Cue", "cue"), ("Via", "via")):
            span = getattr(statement, name)
            if label in regions:
                value = regions[label]
                assert (data["context_start"] + value["start"], data["context_start"] + value["end"], value["text"]) == (span.start, span.end, span.text)
            elif span is not None:  # only a span outside the context window is left out
                assert not data["context_start"] <= span.start < span.end <= data["context_start"] + len(data["context"])


def test_a_region_whose_text_is_not_its_slice_is_refused():
    schema = load_schema()
    context = "Officials said the talks failed."
    good = {"from_name": "spans", "type": "labels", "value": {"start": 0, "end": 9, "text": "Officials", "labels": ["Source"]}}
    shifted = {"from_name": "spans", "type": "labels", "value": {"start": 1, "end": 10, "text": "Officials", "labels": ["Source"]}}
    outside = {"from_name": "spans", "type": "labels", "value": {"start": 20, "end": 40, "text": "x", "labels": ["Content"]}}
    regions, problems = read_regions([good, shifted, outside], schema, context)
    assert [(r.field, r.start, r.end) for r in regions] == [("source", 0, 9)]
    assert problems == [
        "Source span 1-10 reads 'fficials ' in the context, not 'Officials'",
        "Content span 20-40 is outside the context (32 characters)",
    ]


def _task(task_id, data, *annotations):
    return {"id": task_id, "data": data, "annotations": list(annotations), "predictions": []}


def _annotation(annotation_id, updated, regions, attribution=None, cancelled=False):
    result = [
        {"from_name": "spans", "to_name": "context", "type": "labels",
         "value": {"start": s, "end": e, "text": t, "labels": [label]}}
        for label, s, e, t in regions
    ]
    if attribution:
        result.append({"from_name": "attribution", "to_name": "statement", "type": "choices", "value": {"choices": [attribution]}})
    return {"id": annotation_id, "updated_at": updated, "created_at": updated, "result": result, "was_cancelled": cancelled}


def test_pulled_gold_takes_the_newest_annotation_and_reads_the_choices(seeds):
    texts, statements = seeds
    schema = load_schema()
    statement = next(s for s in statements if s.source is not None and s.cue is not None)
    data = task_data(statement, "claim")
    spans = {i["field"]: i for i in data["extracted_spans"]}
    as_shown = [(label, spans[f]["start"], spans[f]["end"], spans[f]["text"]) for label, f in (("Content", "content"), ("Source", "source"), ("Cue", "cue"))]
    content = spans["content"]
    shorter = ("Content", content["start"], content["end"] - 1, data["context"][content["start"]:content["end"] - 1])
    old_layout = {"statement_id": "st_old", "article_id": "a", "text": "x", "context": "<mark>x</mark>"}
    tasks = [
        _task(1, data,
              _annotation(10, "2030-01-01T00:00:00Z", as_shown, "correct"),
              _annotation(11, "2030-01-02T00:00:00Z", [shorter, *as_shown[1:]], "no_source_in_text"),
              _annotation(12, "2030-01-03T00:00:00Z", [], cancelled=True)),
        _task(2, {**data, "target": "another claim"}, _annotation(13, "2029-12-31T00:00:00Z", as_shown, "not_a_statement")),
        _task(3, old_layout, {"id": 14, "result": [], "was_cancelled": False}),
    ]
    gold = pulled_gold(tasks, schema)
    assert (gold.annotated_tasks, gold.without_spans, gold.warnings) == (2, 1, [])
    (judged,) = gold.judged  # one statement, two tasks (old layout: one per target): annotation 11 is the newest
    assert judged.annotation_id == 11 and judged.gold.id == statement.id
    assert judged.gold.content.end == statement.content.end - 1 and judged.gold.content.start == statement.content.start
    assert judged.gold.source is None and judged.gold.cue == statement.cue  # no_source_in_text drops the Source region
    assert texts[statement.article_id][judged.gold.content.start:judged.gold.content.end] == judged.gold.content.text
    assert judged.extracted.content == statement.content and judged.extracted.source == statement.source
    line = extraction_line(gold)
    assert line == "extraction on 2 annotated tasks (1 statements): content P 0.00 R 0.00, source P 0.00 R 0.00, cue P 0.00 R 0.00 (exact content match)"
    # A shifted region is refused, named, and the statement left out.
    bad = ("Content", content["start"] + 1, content["end"], content["text"])
    refused = pulled_gold([_task(4, data, _annotation(15, "2030-01-01T00:00:00Z", [bad], "wrong_span"))], schema)
    assert refused.judged == [] and refused.warnings == [
        f"warning: task 4 annotation 15: Content span {bad[1]}-{bad[2]} reads {data['context'][bad[1]:bad[2]]!r} in the context, "
        f"not {content['text']!r}; statement {statement.id} left out of the attributions"
    ]
    assert extraction_line(PulledGold()) is None


def test_evaluate_reads_pulled_attributions_as_a_partial_gold(seeds, tmp_path):
    texts, statements = seeds
    schema = load_schema()
    article = statements[0].article_id
    mine = [s for s in statements if s.article_id == article][:3]
    tasks = []
    for number, statement in enumerate(mine):
        data = task_data(statement, "claim")
        regions = [(label, i["start"], i["end"], i["text"]) for i in data["extracted_spans"]
                   for label in [{"content": "Content", "source": "Source", "cue": "Cue", "via": "Via"}.get(i["field"])] if label]
        choice = "not_a_statement" if number == 2 else "correct"
        tasks.append(_task(number, data, _annotation(number, "2030-01-01T00:00:00Z", regions, choice)))
    gold_file = tmp_path / "p-20300101T000000Z-attributions.jsonl"
    gold_file.write_bytes(pulled_gold(tasks, schema).jsonl())
    gold = read_gold(gold_file)
    assert (gold.format, gold.attributions, len(gold.judged)) == ("statements", 2, 3)
    report = evaluate(gold, statements)
    exact = report.modes["exact"].fields["content"]
    assert (exact.tp, exact.predicted, exact.gold) == (2, 3, 2)  # the rejected one is a false positive
    assert report.predictions_ignored == len(statements) - 3
    assert report.notes[-1] == f"{sum(1 for s in statements if s.article_id == article) - 3} predictions in the gold's articles were not judged by an annotator: ignored"
    # A line whose offsets do not span its text is refused with file:line.
    record = json.loads(gold_file.read_text().splitlines()[0])
    record["content"]["end"] += 1
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(record) + "\n")
    with pytest.raises(UsageError, match=rf"^{broken}:1: 'content' offsets \d+-\d+ do not span its text \(\d+ characters\); fix that line$"):
        read_gold(broken)
    not_a_statement = tmp_path / "other.jsonl"
    not_a_statement.write_text(json.dumps({"id": "x", "article_id": "a", "content": "text"}) + "\n")
    result = runner.invoke(app, ["evaluate", str(gold_file), "--gold", str(not_a_statement)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {not_a_statement}:1: not a Statement (content: ")
