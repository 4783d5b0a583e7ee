"""The promotion gate: a new model becomes current for a field only when it beats, on the same grouped
folds, the predictor it would replace; fields train independently (`annotate train` and `make train`)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import SEEDS_GOLD
from typer.testing import CliRunner

from annotate.classify import load_predictor
from annotate.classify.datasets import seeds_gold_records
from annotate.classify.rules import RULES_VERSION, RulePredictor
from annotate.classify.store import current_version, read_metadata
from annotate.cli import app
from annotate.labelstudio.export import build_export
from annotate.paths import ROOT
from annotate.records import PredictItem

runner = CliRunner()
CERTAINTY_SKIPPED = (
    "certainty: too few labels to train (minimum 3 per class): needs 2 more 'uncommitted' (has 1); "
    "skipped, rules-1 keeps predicting it"
)


def seeds_export(path: Path, relabel=None) -> Path:
    records = list(seeds_gold_records(SEEDS_GOLD))
    if relabel is not None:
        records = relabel(records)
    path.write_text(json.dumps(build_export(records)), encoding="utf-8")
    return path


def labelled_by_the_rules(records: list[dict]) -> list[dict]:
    """The seeds relabelled with the rule priors' own stance: the rules score macro-F1 1.0 on them, nothing beats that.

    (Classes the rules give fewer than 3 times are left out, so that stance can train.)
    """
    from collections import Counter

    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"], cue=r.get("cue"), kind=r.get("kind")) for r in records]
    stances = [p.stance.label for p in RulePredictor().predict(items)]
    counts = Counter(stances)
    return [{**r, "stance": s, "certainty": None} for r, s in zip(records, stances) if counts[s] >= 3]


def test_a_model_that_loses_to_the_rules_is_saved_but_not_promoted(tmp_path):
    export = seeds_export(tmp_path / "rule-labels.json", labelled_by_the_rules)
    model_dir = tmp_path / "models" / "gate"
    result = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(model_dir)])
    assert result.exit_code == 0, result.output
    metadata = json.loads(result.stdout)
    gate = metadata["fields"]["stance"]["gate"]
    assert gate["promoted"] is False and gate["baseline"] == RULES_VERSION and gate["baseline_macro_f1"] == 1.0
    assert gate["model_macro_f1"] < 1.0
    line = next(line for line in result.stderr.splitlines() if line.startswith("stance: not promoted"))
    assert line == (
        f"stance: not promoted: model macro-F1 {gate['model_macro_f1']:.3f} <= rules-1 1.000 on the same grouped 5-fold folds "
        f"(grouped by article); saved as {metadata['version']}, rules-1 keeps predicting stance (--force promotes it)"
    )
    assert f"saved {model_dir / metadata['version']} (not current: no field beat its predictor)" in result.stderr
    # Saved, with its card saying why, but nothing is current: pushes keep using the rules.
    assert (model_dir / metadata["version"] / "model.skops").is_file()
    assert current_version(model_dir) is None
    assert load_predictor(model_dir, rules_if_missing=True).model_version == RULES_VERSION
    card = (model_dir / metadata["version"] / "README.md").read_text()
    assert f"- `stance`: {line}" in card and "rule-labels.json" in card and str(tmp_path) not in card

    forced = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(model_dir), "--force"])
    assert forced.exit_code == 0, forced.output
    forced_meta = json.loads(forced.stdout)
    assert forced_meta["fields"]["stance"]["gate"]["forced"] is True
    assert current_version(model_dir) == forced_meta["version"]
    assert load_predictor(model_dir).model_version == f"gate/{forced_meta['version']}+{RULES_VERSION}"


def test_too_few_certainty_labels_trains_stance_only_and_exits_0(tmp_path):
    export = seeds_export(tmp_path / "seeds-export.json")
    model_dir = tmp_path / "models" / "seeds"
    result = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(model_dir), "--force"])
    assert result.exit_code == 0, result.output
    assert CERTAINTY_SKIPPED in result.stderr.splitlines()
    metadata = json.loads(result.stdout)
    assert metadata["fields"]["certainty"]["trained"] is False and metadata["fields"]["certainty"]["served_by"] == RULES_VERSION
    stance = metadata["fields"]["stance"]
    # Grouped so that no article is on both sides of a fold (the seeds' two claims are discussed by every article,
    # so grouping by article *and* claim leaves one group; the card says which grouping was used).
    assert stance["cv"]["grouping"] == "article" and stance["cv"]["scheme"] == "grouped 5-fold"
    assert metadata["training_data"]["source"] == "seeds-export.json"
    assert len(metadata["training_data"]["file_sha256"]) == 64
    assert f"grouped by article" in (model_dir / metadata["version"] / "README.md").read_text()


def test_grouping_keeps_each_article_and_claim_on_one_side():
    from annotate.classify.train import Examples, cv_groups, fold_splits

    items = [PredictItem(statement_id=str(i), text="x", target=f"claim {i % 4}") for i in range(16)]
    examples = Examples(items=items, keys=[str(i) for i in range(16)], articles=[f"art {i // 2}" for i in range(16)])
    groups, grouping = cv_groups("stance", examples, range(16))
    # Article k holds claims 2k%4 and (2k+1)%4: articles 0, 2, 4, 6 join claims 0 and 1, the others claims 2 and 3.
    assert grouping == "target claim"  # the article/claim clusters are only two
    import numpy as np

    for train, test in fold_splits(np.array(["a", "b"] * 8), groups)[0]:
        assert not {items[i].target for i in train} & {items[i].target for i in test}
    groups, grouping = cv_groups("certainty", examples, range(16))
    assert grouping == "article" and len(set(groups)) == 8


def test_the_next_model_competes_with_the_current_one(tmp_path):
    export = seeds_export(tmp_path / "seeds-export.json")
    model_dir = tmp_path / "models" / "seeds"
    first = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(model_dir), "--fields", "stance", "--force"])
    assert first.exit_code == 0, first.output
    version = json.loads(first.stdout)["version"]
    second = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(model_dir), "--fields", "stance"])
    assert second.exit_code == 0, second.output
    metadata = json.loads(second.stdout)
    gate, cv = metadata["fields"]["stance"]["gate"], metadata["fields"]["stance"]["cv"]
    assert gate["baseline"] == f"model {version}"
    # Same examples, same recipe, same folds: the previous model refitted per fold scores exactly as the new one,
    # and a tie does not promote.
    assert cv["previous"]["macro_f1"] == cv["model"]["macro_f1"] == gate["baseline_macro_f1"]
    assert gate["promoted"] is False and current_version(model_dir) == version
    assert read_metadata(model_dir / metadata["version"]).fields["stance"].served_by == version


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "annotate").exists(), reason="make train needs the project's .venv (make venv)")
def test_make_train_on_an_export_with_too_few_certainty_labels_trains_stance_and_exits_0(tmp_path):
    export = seeds_export(tmp_path / "seeds-export.json")
    model_dir = tmp_path / "models" / "seeds"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    done = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "train", f"ANNOTATIONS={export}", f"MODEL_DIR={model_dir}", "FORCE=1"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert CERTAINTY_SKIPPED in done.stderr.splitlines()
    metadata = json.loads(done.stdout.strip().splitlines()[-1])
    assert metadata["fields"]["stance"]["trained"] and not metadata["fields"]["certainty"]["trained"]
    assert current_version(model_dir) == metadata["version"]
