"""Spans corrected in place come back as gold: push the seeds, correct spans through the API of the
REAL Label Studio (fixture ``ls_server``), pull, and score the extractor against the pulled file."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.cli import app
from annotate.labelstudio.pull import pull_project
from annotate.labelstudio.push import push_statements
from annotate.output import write_jsonl
from annotate.readers import iter_articles
from annotate.records import FieldPrediction, Prediction, Statement

pytestmark = [
    pytest.mark.labelstudio,
    pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning"),
]
runner = CliRunner()
TITLE = "spans-roundtrip"


class Opposes:
    model_version = "spans-test-1"

    def predict(self, items):
        return [
            Prediction(
                statement_id=item.statement_id, target=item.target, model_version=self.model_version,
                stance=FieldPrediction(label="oppose", score=0.8, probabilities={"oppose": 0.8, "support": 0.2}),
            )
            for item in items
        ]


@pytest.fixture(scope="module")
def seeds():
    from annotate.extract import Extractor

    articles = list(iter_articles([SEEDS]))
    statements = [s for s in Extractor().extract_many(articles) if s.content is not None]
    return {a.id: a.text for a in articles}, statements


def _regions(result):
    return {r["value"]["labels"][0]: r for r in result if r["type"] == "labels"}


def _choice(name, value):
    return {"from_name": name, "to_name": "statement", "type": "choices", "value": {"choices": [value]}}


def test_corrected_spans_round_trip_to_gold_and_evaluate(ls_env, seeds, gold_targets, tmp_path):
    texts, statements = seeds
    client = ls_env.client()
    # Four statements of one seed article that have a source and a cue.
    article = statements[0].article_id
    chosen = [s for s in statements if s.article_id == article and s.source is not None and s.cue is not None][:4]
    assert len(chosen) == 4
    push_statements(chosen, gold_targets[:1], TITLE, Opposes(), client=client)
    project = client.require_project(TITLE)
    tasks = {t.data["statement_id"]: t for t in client.sdk.tasks.list(project=project.id, fields="all", page_size=100)}
    assert len(tasks) == 4

    # The prediction carries the extractor's spans as regions of the context, offsets exact.
    for statement in chosen:
        task = tasks[statement.id]
        (prediction,) = task.predictions
        regions = _regions(prediction.result)
        assert set(regions) == {"Content", "Source", "Cue"} | ({"Via"} if statement.via else set())
        for label, span in (("Content", statement.content), ("Source", statement.source), ("Cue", statement.cue)):
            value = regions[label]["value"]
            assert (regions[label]["from_name"], regions[label]["to_name"]) == ("spans", "context")
            assert task.data["context"][value["start"]:value["end"]] == value["text"] == span.text
            assert task.data["context_start"] + value["start"] == span.start

    me = client.whoami().id
    accepted, moved, sourceless, rejected = chosen
    # 1: the prediction accepted as it is.
    task = tasks[accepted.id]
    client.create_annotation(task.id, [*task.predictions[0].result, _choice("attribution", "correct")], completed_by=me)
    # 2: the content span moved: its last word cut off (the extractor took one word too many).
    task = tasks[moved.id]
    result = [dict(r) for r in task.predictions[0].result if r["type"] == "labels"]
    content = next(r for r in result if r["value"]["labels"] == ["Content"])
    start, end = content["value"]["start"], content["value"]["end"]
    new_end = task.data["context"].rindex(" ", start, end)
    content["value"] = {**content["value"], "end": new_end, "text": task.data["context"][start:new_end]}
    client.create_annotation(task.id, [*result, _choice("stance_1", "oppose"), _choice("attribution", "wrong_span")], completed_by=me)
    # 3: the source span deleted: no source in the text.
    task = tasks[sourceless.id]
    result = [r for r in task.predictions[0].result if r["type"] == "labels" and r["value"]["labels"] != ["Source"]]
    client.create_annotation(task.id, [*result, _choice("attribution", "no_source_in_text")], completed_by=me)
    # 4: not a statement at all.
    task = tasks[rejected.id]
    kept = [r for r in task.predictions[0].result if r["from_name"] != "attribution"]  # the pre-filled 'correct' is replaced
    client.create_annotation(task.id, [*kept, _choice("attribution", "not_a_statement")], completed_by=me)

    result = pull_project(TITLE, tmp_path, client=client)
    assert result.attributions.name == result.snapshot.name.replace(".json", "-attributions.jsonl")
    gold = [Statement.model_validate_json(line) for line in result.attributions.read_text(encoding="utf-8").splitlines()]
    by_id = {s.id: s for s in gold}
    assert list(by_id) == [s.id for s in chosen]
    # Offsets index the article text as read.
    for statement in gold:
        for name in ("content", "source", "cue", "context"):
            span = getattr(statement, name)
            if span is not None:
                assert texts[statement.article_id][span.start:span.end] == span.text
    assert by_id[accepted.id].content == accepted.content and by_id[accepted.id].source == accepted.source
    assert by_id[moved.id].content.start == moved.content.start and by_id[moved.id].content.end < moved.content.end
    assert by_id[sourceless.id].source is None and by_id[sourceless.id].cue == sourceless.cue
    assert by_id[rejected.id].content is None and by_id[rejected.id].rule == "annotation"
    # Exact content match: 2 of the 4 shown statements are gold as they were (P 2/4), of 3 gold (R 2/3);
    # source on matched pairs: 4 predicted, 2 gold (one deleted), 1 matched in exact mode.
    assert result.extraction == (
        "extraction on 4 annotated tasks (4 statements): content P 0.50 R 0.67, source P 0.25 R 0.50, "
        "cue P 0.50 R 0.67 (exact content match)"
    )

    predictions = tmp_path / "extracted.jsonl"
    write_jsonl(statements, predictions)
    scored = runner.invoke(app, ["evaluate", str(predictions), "--gold", str(result.attributions), "--json"])
    assert scored.exit_code == 0, scored.output
    report = json.loads(scored.stdout)
    assert report["gold_format"] == "statements" and report["gold_attributions"] == 3
    assert report["predictions_scored"] == 4  # the other statements of the seeds were not judged
    assert report["predictions_ignored"] == len(statements) - 4
    exact, overlap = report["modes"]["exact"], report["modes"]["overlap"]
    assert (exact["content"]["tp"], exact["content"]["predicted"], exact["content"]["gold"]) == (2, 4, 3)
    assert (overlap["content"]["tp"], overlap["content"]["predicted"], overlap["content"]["gold"]) == (3, 4, 3)
    assert (exact["source"]["tp"], exact["source"]["predicted"], exact["source"]["gold"]) == (1, 4, 2)
    assert (overlap["source"]["tp"], overlap["source"]["predicted"], overlap["source"]["gold"]) == (2, 4, 2)

    # The CLI: the attributions file is among the written paths; the extraction line is on stderr.
    cli = runner.invoke(app, ["pull", "--project", TITLE, "--out-dir", str(tmp_path / "cli")])
    assert cli.exit_code == 0, cli.output
    assert any(line.startswith("wrote ") and line.endswith("-attributions.jsonl") for line in cli.stdout.splitlines())
    assert result.extraction + "\n" in cli.stderr
