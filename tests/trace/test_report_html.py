"""`annotate report` on the seeds: one self-contained HTML file holding every plot and the traced clusters."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from annotate.classify import RulePredictor
from annotate.cli import app
from annotate.extract import Extractor
from annotate.readers import iter_articles
from annotate.report import SECTIONS, from_statements, report_html
from conftest import SEEDS


@pytest.fixture(scope="module")
def seed_statements():
    def fail(problem):
        raise AssertionError(str(problem))

    return list(Extractor().extract_many(iter_articles([SEEDS], fail), fail))


@pytest.fixture(scope="module")
def page(seed_statements, gold_targets, tmp_path_factory):
    no_model = tmp_path_factory.mktemp("no-model")  # models/ of a working copy may hold a trained model
    return report_html(from_statements(seed_statements, targets=gold_targets, predictor=RulePredictor(), title="seeds", model_dir=no_model))


def test_report_names_no_external_url(page):
    assert not re.search(r"(?i)(https?:|ftp:|file:)?//[a-z0-9.-]+\.[a-z]{2,}", page), "the page names a URL"
    assert not re.search(r"(?i)<(script|link|img|iframe|object|embed)\b|\bsrc=|@import|url\((?!#)", page)  # url(#clip) is an in-page reference


def test_report_has_every_plot(page, gold_targets):
    for section in SECTIONS:
        assert f'<section id="{section}">' in page, section
    # sources by type, anonymous share, stance by type and by outlet for each target, certainty
    assert page.count("<svg") == 2 + 2 * len(gold_targets) + 1
    for title in ("Distinct sources per outlet", "Statements credited to anonymous sources", "By source type", "By outlet", "Certainty of statements"):
        assert title in page
    assert "predictions (rules-1)" in page
    assert "No Label Studio project given" in page and "no trained model in models/" in page


def test_report_shows_the_traced_clusters_with_differences(page):
    assert page.count('class="cluster-head"') == 3
    assert "Türkiye Foreign Ministry" in page and "Reuters" in page
    assert "named vs anonymous" in page and 'class="diff"' in page


def test_cli_report_writes_html(tmp_path, seed_statements, gold_targets):
    statements = tmp_path / "s.jsonl"
    statements.write_text("".join(s.model_dump_json() + "\n" for s in seed_statements), encoding="utf-8")
    out = tmp_path / "report.html"
    args = ["report", str(statements), "-o", str(out)] + [x for t in gold_targets for x in ("--target", t)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_report_needs_input(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "-o", str(out)])
    assert result.exit_code == 2 and "nothing to report on" in result.stderr
    assert not out.exists()


def test_model_section_shows_a_trained_models_figures_against_the_rules(seed_statements, gold_targets, tmp_path):
    """A real model trained on the seeds gold (stance only; certainty has too few labels), as `annotate train` saves it."""
    import json as _json

    from annotate.classify.datasets import seeds_gold_records
    from annotate.labelstudio.export import build_export
    from conftest import SEEDS_GOLD

    export = tmp_path / "gold.json"
    records = [{k: v for k, v in r.items() if k != "certainty"} for r in seeds_gold_records(SEEDS_GOLD)]
    export.write_text(_json.dumps(build_export(records)), encoding="utf-8")
    model_dir = tmp_path / "models" / "seeds"
    result = CliRunner().invoke(app, ["train", "--annotations", str(export), "--model-dir", str(model_dir)])
    assert result.exit_code == 0, result.output
    data = from_statements(seed_statements[:5], targets=gold_targets[:1], predictor=RulePredictor(), model_dir=model_dir)
    page = report_html(data)
    section = page[page.index('<section id="model">'):]
    assert "Out-of-fold accuracy and macro-F1" in section and section.count("<svg") == 1
    metadata = data.model_card["fields"]["stance"]["cv"]
    for who in ("model", "rules", "majority"):
        assert f"<td>stance</td><td>{metadata['scheme']}</td><td>{who}</td>" in section
        assert f"<td>{metadata[who]['accuracy']:.3f}</td>" in section
