"""Training on the seeds gold (as a Label Studio export), refusals, and safe model files."""

from __future__ import annotations

import json
import shutil

import pytest
import skops.io
from conftest import EMERGENT, SEEDS_GOLD
from typer.testing import CliRunner

from annotate.classify import load_predictor
from annotate.classify.datasets import seeds_gold_records
from annotate.classify.store import MODEL_FILE, METADATA_FILE, TRUSTED_TYPES, current_version, load_pipelines, save_model, sha256_file
from annotate.cli import app
from annotate.errors import ModelError
from annotate.labelstudio.export import build_export
from annotate.records import PredictItem
from annotate.schema import load_schema

runner = CliRunner()
TARGET = "Hamas has moved its political bureau from Qatar to Turkey."
TOO_FEW = (
    "error: too few labels to train (minimum 3 per class): certainty needs 2 more 'uncommitted' (has 1); "
    "label more in Label Studio, or train the other fields only with --fields\n"
)


def write_export(path, drop=()):
    records = [{k: v for k, v in r.items() if k not in drop} for r in seeds_gold_records(SEEDS_GOLD)]
    path.write_text(json.dumps(build_export(records)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """`annotate train` on the seeds gold with certainty labels removed: stance is trained, certainty skipped."""
    work = tmp_path_factory.mktemp("train")
    export = write_export(work / "stance-only.json", drop=("certainty",))
    model_dir = work / "models" / "seeds"
    result = runner.invoke(app, ["train", "--annotations", str(export), "--model-dir", str(model_dir)])
    return result, model_dir


def test_train_saves_a_model_that_loads_and_predicts_valid_classes(trained):
    result, model_dir = trained
    assert result.exit_code == 0, result.output
    assert "certainty: no labels in" in result.stderr and "skipped (the rule priors keep predicting it)" in result.stderr
    metadata = json.loads(result.stdout)
    version = current_version(model_dir)
    assert metadata["version"] == version
    assert metadata["schema_hash"] == load_schema().hash()
    assert metadata["training_data"]["examples"] == 46
    assert metadata["fields"]["certainty"] == {"trained": False, "reason": "no labels", "schema_classes": ["certain", "hedged", "uncommitted"]}
    stance = metadata["fields"]["stance"]
    assert stance["counts"] == {"neutral": 9, "oppose": 17, "support": 4, "unrelated": 16}
    assert stance["calibration"] == "sigmoid" and stance["cv"]["scheme"] == "stratified 4-fold"
    assert set(stance["cv"]) >= {"model", "majority", "rules"}
    assert stance["cv"]["majority"]["accuracy"] == pytest.approx(17 / 46, abs=1e-3)
    assert (model_dir / version / "README.md").read_text().startswith(f"# Model card: seeds / {version}")

    predictor = load_predictor(model_dir)
    assert predictor.model_version == f"seeds/{version}+rules-1"
    items = [
        PredictItem(statement_id="a", text="Hamas denied that its bureau had moved to Turkey", cue="denied", target=TARGET),
        PredictItem(statement_id="b", text="the reports", target=None),
    ]
    first, second = predictor.predict(items)
    schema = load_schema()
    assert first.stance.label in schema.classes("stance") and list(first.stance.probabilities) == schema.classes("stance")
    assert sum(first.stance.probabilities.values()) == pytest.approx(1.0)
    assert first.stance.score == max(first.stance.probabilities.values())
    assert sum(first.certainty.probabilities.values()) == pytest.approx(1.0)
    assert second.stance is None and second.certainty is not None


def test_too_few_labels_stops_with_what_is_missing_and_writes_nothing(tmp_path):
    export = write_export(tmp_path / "export.json")
    model_dir = tmp_path / "models" / "m"
    result = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(model_dir)])
    assert result.exit_code == 4
    assert result.stderr == TOO_FEW
    assert not model_dir.exists() or not any(model_dir.iterdir())


def test_min_per_class_is_configurable(tmp_path):
    export = write_export(tmp_path / "export.json", drop=("certainty",))
    result = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(tmp_path / "m"), "--min-per-class", "10"])
    assert result.exit_code == 4
    assert result.stderr == (
        "error: too few labels to train (minimum 10 per class): stance needs 1 more 'neutral' (has 9), 6 more 'support' (has 4); "
        "label more in Label Studio, or lower --min-per-class (at least 3)\n"
    )


def copy_model(model_dir, tmp_path):
    target = tmp_path / "copy"
    shutil.copytree(model_dir, target)
    return target, target / current_version(target)


def test_tampered_model_file_is_refused(trained, tmp_path):
    model_dir, version_dir = copy_model(trained[1], tmp_path)
    with open(version_dir / MODEL_FILE, "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match="SHA-256 differs from metadata.json"):
        load_predictor(model_dir)


def test_untrusted_type_is_refused_before_anything_is_built(trained, tmp_path, monkeypatch):
    from sklearn.preprocessing import FunctionTransformer

    model_dir, version_dir = copy_model(trained[1], tmp_path)
    skops.io.dump({"stance": FunctionTransformer(func=eval)}, version_dir / MODEL_FILE)
    metadata = json.loads((version_dir / METADATA_FILE).read_text())
    metadata["model_sha256"] = sha256_file(version_dir / MODEL_FILE)  # a careful tamperer fixes the hash too
    (version_dir / METADATA_FILE).write_text(json.dumps(metadata))
    called = []
    monkeypatch.setattr(skops.io, "load", lambda *a, **k: called.append(a))
    with pytest.raises(ModelError) as err:
        load_predictor(model_dir)
    assert "holds untrusted types (builtins.eval" in str(err.value) and "nothing was executed" in str(err.value)
    assert called == []


def test_corrupt_model_file_and_schema_mismatch_exit_4(trained, tmp_path):
    model_dir, version_dir = copy_model(trained[1], tmp_path)
    (version_dir / MODEL_FILE).write_bytes(b"not a zip file")
    metadata = json.loads((version_dir / METADATA_FILE).read_text())
    metadata["model_sha256"] = sha256_file(version_dir / MODEL_FILE)
    (version_dir / METADATA_FILE).write_text(json.dumps(metadata))
    with pytest.raises(ModelError, match=r"model.skops: not a readable skops file \(BadZipFile\); re-run `annotate train`"):
        load_predictor(model_dir)
    metadata["schema_hash"] = "0" * 16
    (version_dir / METADATA_FILE).write_text(json.dumps(metadata))
    statements = tmp_path / "s.csv"
    statements.write_text("text\nHamas denied it\n", encoding="utf-8")
    result = runner.invoke(app, ["prelabel", str(statements), "--model-dir", str(model_dir), "-q"])
    assert result.exit_code == 4
    assert result.stderr.startswith(f"error: {version_dir}: model was trained for label schema annotate-stance v1 (hash 0000000000000000)")
    assert result.stderr.endswith("retrain with `annotate train`\n")


@pytest.mark.slow
def test_failed_save_leaves_current_untouched_and_success_switches_it(trained, tmp_path, monkeypatch):
    model_dir, version_dir = copy_model(trained[1], tmp_path)
    before = current_version(model_dir)
    metadata = json.loads((version_dir / METADATA_FILE).read_text())
    pipelines = load_pipelines(version_dir / MODEL_FILE, metadata["model_sha256"])
    real_dump = skops.io.dump

    def full_disk(obj, file, **kwargs):
        real_dump(obj, file, **kwargs)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(skops.io, "dump", full_disk)
    with pytest.raises(OSError):
        save_model(model_dir, "v-failed", pipelines, metadata, "card")
    assert current_version(model_dir) == before
    assert sorted(p.name for p in model_dir.iterdir()) == sorted(["current", before])
    assert load_predictor(model_dir).model_version.startswith(f"seeds/{before}")

    monkeypatch.setattr(skops.io, "dump", real_dump)
    save_model(model_dir, "v-next", pipelines, metadata, "card")
    assert current_version(model_dir) == "v-next"
    assert (model_dir / before / MODEL_FILE).is_file()  # older versions are kept


def test_trusted_list_covers_a_freshly_trained_model(trained):
    model_dir = trained[1]
    untrusted = skops.io.get_untrusted_types(file=model_dir / current_version(model_dir) / MODEL_FILE)
    assert set(untrusted) <= set(TRUSTED_TYPES)


def test_stance_reads_the_claim_masked_so_it_carries_over_to_unseen_claims(trained):
    # The same statement about two claims of the same shape: only the claims' own words differ, and those are
    # masked (`_t_`) in every text block of the stance pipeline, so the stance probabilities are the same.
    # Raw-text n-grams would tell "Hamas"/"Turkey" from "Fatah"/"Jordan" and move them apart.
    _, model_dir = trained
    predictor = load_predictor(model_dir)
    pairs = [
        ("Officials denied that Hamas moved its bureau to Turkey", "Hamas moved its bureau to Turkey"),
        ("Officials denied that Fatah moved its bureau to Jordan", "Fatah moved its bureau to Jordan"),
    ]
    items = [PredictItem(statement_id=str(i), text=text, cue="denied", target=target) for i, (text, target) in enumerate(pairs)]
    first, second = predictor.predict(items)
    for name, p in first.stance.probabilities.items():
        assert second.stance.probabilities[name] == pytest.approx(p, abs=1e-6), name  # raw n-grams: ~0.006 apart


@pytest.mark.slow
def test_grouped_cv_can_shuffle_the_groups_into_folds(emergent):
    # Emergent's first 600 headlines (about 70 claims), grouped by claim: the deterministic split and a shuffled one.
    from annotate.classify.datasets import emergent_records
    from annotate.classify.train import cross_validate

    records = list(emergent_records(EMERGENT))[:600]
    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"]) for r in records]
    y = [r["stance"] for r in records]
    groups = [r["claim_id"] for r in records]
    classes = load_schema().classes("stance")
    fixed = cross_validate("stance", items, y, classes, groups)
    shuffled = cross_validate("stance", items, y, classes, groups, shuffle_seed=0)
    assert fixed["scheme"] == "grouped 5-fold" and shuffled["scheme"] == "grouped (shuffled, seed 0) 5-fold"
    assert fixed["model"]["n"] == shuffled["model"]["n"] == 600
    # Another assignment of claims to folds gives other out-of-fold predictions (and the model beats the majority).
    assert fixed["model"]["confusion"] != shuffled["model"]["confusion"]
    assert shuffled["model"]["accuracy"] > shuffled["majority"]["accuracy"] + 0.1
