"""`annotate report --project` against the REAL Label Studio: annotations win over predictions,
progress and agreement come from the project."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.classify import RulePredictor
from annotate.cli import app
from annotate.labelstudio.push import push_statements
from annotate.output import write_jsonl
from annotate.report import SECTIONS, report_html
from annotate.report.project import from_project

pytestmark = [
    pytest.mark.labelstudio,
    pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning"),
]
TARGET = "Hamas has moved its political bureau from Qatar to Turkey."


def _choices(stance, certainty):
    return [
        {"from_name": "stance_1", "to_name": "statement", "type": "choices", "value": {"choices": [stance]}},
        {"from_name": "certainty", "to_name": "statement", "type": "choices", "value": {"choices": [certainty]}},
    ]


def test_project_report(ls_env, tmp_path):
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    statements = [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]
    client = ls_env.client()
    push_statements(statements, [TARGET], "report project", RulePredictor(), client=client)
    project = client.require_project("report project")
    tasks = list(client.sdk.tasks.list(project=project.id, include="id,data", page_size=100))
    other = client.sdk.users.create(username="reporter2", email="reporter2@annotate.local", password="second-pass-2")
    for task, (stance, certainty) in zip(tasks[:4], [("support", "hedged"), ("support", "hedged"), ("oppose", "certain"), ("neutral", "certain")]):
        client.create_annotation(task.id, _choices(stance, certainty))
        client.create_annotation(task.id, _choices(stance, "certain"), completed_by=other.id)

    data = from_project("report project", statements, client=client)
    assert data.progress == {"tasks": len(tasks), "annotated_tasks": 4, "annotations": 8, "cancelled": 0}
    assert data.labels_from.startswith("annotations (4 statement/target pairs") and "rules-1" in data.labels_from
    first = tasks[0].data["statement_id"]
    assert data.labels[first]["stance"][0].origin == "annotation" and data.labels[first]["stance"][0].label == "support"
    assert {a.field for a in data.agreement} >= {"stance", "certainty"}
    stance = next(a for a in data.agreement if a.field == "stance")
    assert stance.items == 4 and stance.annotators == 2
    page = report_html(data)
    for section in SECTIONS:
        assert f'<section id="{section}">' in page
    assert "Krippendorff alpha" in page and "8 annotations (0 cancelled/skipped) on 4 of" in page

    path = tmp_path / "s.jsonl"
    write_jsonl(statements, path)
    out = tmp_path / "project.html"
    result = CliRunner().invoke(app, ["report", "--project", "report project", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Annotation progress" in out.read_text(encoding="utf-8")
