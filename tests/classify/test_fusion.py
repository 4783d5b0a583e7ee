"""Late fusion of a trained stance model with the base model (annotate/classify/fusion.py).

On real data: IBM claim stance topics the project model never saw, scored through `train_model` and
`load_model` as `annotate train` and `annotate prelabel` use them, with a base model rebuilt without
those topics (PERSPECTRUM train + the training topics; the shipped base saw every IBM topic).
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from conftest import need_corpus

from annotate.classify.base import base_card, fit_base_stance, load_base, save_base
from annotate.classify.corpora import SHIPPABLE, read_csv
from annotate.classify.features import feature_frame
from annotate.classify.fusion import FUSION_WEIGHT, fuse
from annotate.classify.model import ModelPredictor
from annotate.classify.store import load_model, read_metadata
from annotate.classify.train import train_model
from annotate.errors import ModelError
from annotate.records import Annotation, PredictItem

#: Held-out IBM topics: every 5th topic in sorted order (5 of 25), a fixed grouped split.
HELD_OUT_EVERY = 5


def annotations(corpus, rows) -> list[Annotation]:
    return [
        Annotation(task_id=i, statement_id=corpus.items[i].statement_id, article_id=f"topic:{corpus.groups[i]}",
                   target=corpus.items[i].target, text=corpus.items[i].text, labels={"stance": corpus.labels[i]})
        for i in rows
    ]


@pytest.fixture(scope="module")
def ibm_split(tmp_path_factory):
    """(IBM corpus, held-out rows, a base model dir without the held-out topics, a model dir trained with fusion)."""
    root = need_corpus("ibmcs").parent
    ibm = read_csv(root / "ibmcs" / "train.csv", "ibmcs")
    perspectrum = read_csv(root / "perspectrum" / "train.csv", "perspectrum")
    topics = sorted(set(ibm.groups))
    held = set(topics[::HELD_OUT_EVERY])
    train_rows = [i for i, g in enumerate(ibm.groups) if g not in held]
    test_rows = [i for i, g in enumerate(ibm.groups) if g in held]
    shipped = load_base()
    stance = fit_base_stance(feature_frame(perspectrum.items + [ibm.items[i] for i in train_rows]), perspectrum.labels + [ibm.labels[i] for i in train_rows])
    metadata = dict(shipped.metadata, version="test-without-held-out-topics", training_data=[
        {"set": "perspectrum", "file": "train.csv", "examples": len(perspectrum), "licence": SHIPPABLE["perspectrum"]},
        {"set": "ibmcs", "file": "train.csv", "examples": len(train_rows), "licence": SHIPPABLE["ibmcs"]},
    ])
    metadata.pop("sha256", None)
    base_dir = save_base({"stance": stance, "relatedness": shipped.relatedness}, metadata, base_card(metadata), tmp_path_factory.mktemp("base"))
    model_dir = tmp_path_factory.mktemp("models") / "ibm"
    result = train_model(annotations(ibm, train_rows), model_dir, fields=("stance",), source="ibmcs-train-topics", base_directory=base_dir, force=True)
    return ibm, test_rows, base_dir, model_dir, result


def predicted(predictor, corpus, rows) -> list[str]:
    return [p.stance.label for p in predictor.predict([corpus.items[i] for i in rows])]


@pytest.mark.slow
def test_fused_model_beats_the_unfused_one_on_unseen_ibm_topics(ibm_split):
    """Measured: 46 of 179 labels change, accuracy 0.492 -> 0.536; the test asks for half that gain."""
    ibm, test_rows, base_dir, model_dir, _ = ibm_split
    fused = load_model(model_dir, base_directory=base_dir)
    assert set(fused.fused) == {"stance"} and fused.fused["stance"][0] == FUSION_WEIGHT
    unfused = ModelPredictor(fused.pipelines, fused.schema_classes, "unfused", weights=fused.weights)
    gold = np.asarray([ibm.labels[i] for i in test_rows])
    with_fusion, without = np.asarray(predicted(fused, ibm, test_rows)), np.asarray(predicted(unfused, ibm, test_rows))
    changed = int(np.sum(with_fusion != without))
    assert changed >= 0.05 * len(test_rows), f"fusion changed {changed} of {len(test_rows)} labels"
    gain = float(np.mean(with_fusion == gold) - np.mean(without == gold))
    assert gain >= 0.02, f"fused accuracy {np.mean(with_fusion == gold):.3f} vs unfused {np.mean(without == gold):.3f}"


@pytest.mark.slow
def test_certainty_and_the_other_classes_mass_are_untouched(ibm_split):
    ibm, test_rows, base_dir, model_dir, _ = ibm_split
    fused = load_model(model_dir, base_directory=base_dir)
    unfused = ModelPredictor(fused.pipelines, fused.schema_classes, "unfused", weights=fused.weights)
    items = [ibm.items[i] for i in test_rows[:50]]
    for a, b in zip(fused.predict(items), unfused.predict(items)):
        pa, pb = a.stance.probabilities, b.stance.probabilities
        assert pa["support"] + pa["oppose"] == pytest.approx(pb["support"] + pb["oppose"], abs=1e-9)
        assert {c: pa[c] for c in pa if c not in ("support", "oppose")} == pytest.approx({c: pb[c] for c in pb if c not in ("support", "oppose")})
        assert a.certainty == b.certainty


@pytest.mark.slow
def test_card_and_metadata_record_the_weight_and_the_base_training_sets(ibm_split):
    _, _, base_dir, model_dir, result = ibm_split
    metadata = read_metadata(result.version_dir)
    fusion = metadata.fields["stance"].fusion
    assert fusion.weight == FUSION_WEIGHT and fusion.base_sha256 == load_base(base_dir).metadata["sha256"]
    assert [(e.set, e.file, e.licence) for e in fusion.base_training_data] == [
        ("perspectrum", "train.csv", SHIPPABLE["perspectrum"]), ("ibmcs", "train.csv", SHIPPABLE["ibmcs"])]
    assert metadata.fields["certainty"].fusion is None
    card = (result.version_dir / "README.md").read_text(encoding="utf-8")
    assert f"x {FUSION_WEIGHT} is added to the support/oppose log-odds" in card
    assert "`perspectrum/train.csv`" in card and SHIPPABLE["perspectrum"] in card and SHIPPABLE["ibmcs"] in card
    assert metadata.fields["stance"].cv.unfused is not None  # the gate's figures are the fused model's, the unfused beside them


@pytest.mark.slow
def test_a_model_saved_without_fusion_loads_and_predicts_as_before(ibm_split, tmp_path):
    """An older model's metadata has no `fusion` key: it must load and predict with its pipeline alone."""
    ibm, test_rows, base_dir, model_dir, result = ibm_split
    copy = tmp_path / "old"
    shutil.copytree(model_dir, copy)
    meta_path = copy / result.version_dir.name / "metadata.json"
    data = json.loads(meta_path.read_text(encoding="utf-8"))
    for info in data["fields"].values():
        info.pop("fusion", None)
    meta_path.write_text(json.dumps(data), encoding="utf-8")
    old = load_model(copy, base_directory=tmp_path / "no-base-here")  # no base model needed
    assert old.fused == {}
    fused = load_model(model_dir, base_directory=base_dir)
    before = ModelPredictor(fused.pipelines, fused.schema_classes, "before", weights=fused.weights)
    items = [ibm.items[i] for i in test_rows]
    assert [p.stance for p in old.predict(items)] == [p.stance for p in before.predict(items)]
    assert [p.stance for p in old.predict(items)] != [p.stance for p in fused.predict(items)]


@pytest.mark.slow
def test_a_fused_model_refuses_a_different_base_model(ibm_split, tmp_path):
    _, _, base_dir, model_dir, _ = ibm_split
    with pytest.raises(ModelError, match="fused with base model"):
        load_model(model_dir)  # the shipped base is another file than the one this model was trained with


def test_fuse_keeps_the_mass_and_moves_the_odds_toward_the_base():
    classes = ["support", "oppose", "neutral", "unrelated"]
    proba = np.array([[0.3, 0.3, 0.2, 0.2], [0.0, 0.6, 0.4, 0.0]])
    out = fuse(proba, classes, np.array([0.9, 0.9]), 1.0)
    assert out[0, :2].sum() == pytest.approx(0.6) and out[0, 0] == pytest.approx(0.6 * 0.9)
    assert out[0, 2:] == pytest.approx(proba[0, 2:])
    assert out[1] == pytest.approx(proba[1])  # support never trained: left as it is
    assert fuse(proba, classes, np.array([0.9, 0.9]), 0.0) is proba


@pytest.mark.slow
def test_prelabel_predicts_with_the_fused_model(tmp_path):
    """`annotate train` fuses a new stance model with the shipped base model; `annotate prelabel` predicts with the fusion."""
    import csv

    from typer.testing import CliRunner

    from annotate.classify.base import seeds_items
    from annotate.classify.datasets import seeds_gold_records
    from annotate.cli import app
    from annotate.labelstudio.export import build_export
    from annotate.paths import SEEDS_GOLD

    runner = CliRunner()
    export = tmp_path / "seeds.json"
    export.write_text(json.dumps(build_export(list(seeds_gold_records(SEEDS_GOLD)))), encoding="utf-8")
    model_dir = tmp_path / "seeds-model"
    trained = runner.invoke(app, ["train", "-a", str(export), "--model-dir", str(model_dir), "--fields", "stance", "--force", "-q"])
    assert trained.exit_code == 0, trained.output
    assert json.loads(trained.stdout)["fields"]["stance"]["fusion"]["weight"] == FUSION_WEIGHT
    items, _, _ = seeds_items()
    source = tmp_path / "statements.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "target"])
        writer.writerows([item.statement_id, item.text, item.target] for item in items)
    result = runner.invoke(app, ["prelabel", str(source), "--model-dir", str(model_dir), "-q"])
    assert result.exit_code == 0, result.output
    classes = ["support", "oppose", "neutral", "unrelated"]
    shown = np.asarray([[json.loads(line)["stance"]["probabilities"][c] for c in classes] for line in result.stdout.splitlines()])
    fused = load_model(model_dir)
    unfused = ModelPredictor(fused.pipelines, fused.schema_classes, "unfused", weights=fused.weights)
    plain = [PredictItem(statement_id=i.statement_id, text=i.text, target=i.target) for i in items]

    def table(predictor):
        return np.asarray([[p.stance.probabilities[c] for c in classes] for p in predictor.predict(plain)])

    assert shown == pytest.approx(table(fused), abs=1e-9)
    assert np.abs(shown - table(unfused)).max() > 0.05
