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
