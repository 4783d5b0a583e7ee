"""The classify speed-up changes no result.

1. The rule priors and the shipped base model predict exactly what they predicted before the speed-up
   (tests/classify/data/predictions-before-speedup.json, recorded with the previous code) on the seeds
   gold items (also against other claims and without a claim) and on the first 400 Emergent headlines.
2. The per-statement precomputation (:class:`StatementIndex`, cached trigrams and template parts) gives
   the same pair features as the direct per-(statement, target) definition kept below, so a model
   trained on the features sees the same input whatever it was trained on.
3. A trained stance model, fused with the base model and not, gives through ``ModelPredictor`` (each
   text column analysed once for both pipelines, :mod:`annotate.classify.transform`) exactly the
   probabilities of its pipelines' own ``predict_proba``.
"""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from annotate.classify import RulePredictor
from annotate.classify.base import load_base, seeds_items
from annotate.classify.datasets import emergent_records
from annotate.classify.features import (
    HEDGE_WORDS,
    NEGATION_WORDS,
    REFUTE_WORDS,
    STOPWORDS,
    SUPPORT_WORDS,
    WINDOW,
    SHARED_MARK,
    content_terms,
    feature_frame,
    lexical,
    normalise,
    pair,
    target_terms,
    template,
    term,
)
from annotate.classify.sentiment import CONTRAST_WORDS, _negated, sentiment, valences
from annotate.records import PredictItem

RECORDED = Path(__file__).parent / "data" / "predictions-before-speedup.json"


def recorded_items(emergent_csv: Path | None) -> list[PredictItem]:
    seeds, _, _ = seeds_items()
    targets = sorted({item.target for item in seeds})
    items = list(seeds)
    items += [item.model_copy(update={"target": target}) for item in seeds for target in targets]
    items += [item.model_copy(update={"target": None}) for item in seeds]
    if emergent_csv is not None:
        items += [
            PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"])
            for r in islice(emergent_records(emergent_csv), 400)
        ]
    return items


def compact(prediction) -> list:
    def field(value):
        return None if value is None else [value.label] + [round(p, 12) for p in value.probabilities.values()]

    return [field(prediction.stance), field(prediction.certainty)]


@pytest.fixture(scope="module")
def recorded() -> dict:
    return json.loads(RECORDED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["rules", "base"])
def test_seeds_predictions_unchanged(recorded, which):
    items = recorded_items(None)
    assert len(items) == recorded["seeds_items"]
    predictor = RulePredictor() if which == "rules" else load_base()
    got = [compact(p) for p in predictor.predict(items)]
    expected = recorded[which][: len(items)]
    changed = [i for i, (a, b) in enumerate(zip(got, expected)) if a != b]
    assert not changed, f"{which}: {len(changed)} of {len(items)} seeds predictions changed, first {items[changed[0]]}"


@pytest.mark.parametrize("which", ["rules", "base"])
def test_emergent_predictions_unchanged(recorded, which, emergent):
    items = recorded_items(emergent)
    assert len(items) == recorded["seeds_items"] + recorded["emergent_rows"]
    predictor = RulePredictor() if which == "rules" else load_base()
    got = [compact(p) for p in predictor.predict(items)]
    changed = [i for i, (a, b) in enumerate(zip(got, recorded[which])) if a != b]
    assert not changed, f"{which}: {len(changed)} of {len(items)} predictions changed, first {items[changed[0]]}"


def test_batching_does_not_change_rule_predictions():
    """Per-batch caches (targets, statements, cues) give what one item at a time gives."""
    items = recorded_items(None)
    rules = RulePredictor()
    assert [compact(p) for p in rules.predict(items)] == [compact(rules.predict_one(item)) for item in items]


# -- the direct definition of the pair features (one scan per (statement, target) pair) ----------


def direct_pair(text: str, target: str) -> dict:
    lex = lexical(text)
    toks = lex.toks
    t_toks = [t for t in __import__("re").findall(r"[a-z0-9]+(?:n't|'[a-z]+)?", normalise(target))]
    t_terms = content_terms(t_toks)
    s_terms = content_terms(toks)
    shared = t_terms & s_terms
    anchors = [i for i, t in enumerate(toks) if term(t) in shared and t not in STOPWORDS]

    def near(words, negation=False):
        hits = [i for i, t in enumerate(toks) if t in words or (negation and t.endswith("n't"))]
        return sum(1 for p in hits if any(abs(p - a) <= WINDOW for a in anchors)) if anchors else 0

    def grams(s):
        s = f" {s} "
        return {s[i : i + 3] for i in range(len(s) - 2)}

    a, b = grams(lex.norm), grams(normalise(target))
    lexicon = valences()
    sentiment_near = 0.0
    if anchors:
        for i, tok in enumerate(toks):
            value = lexicon.get(tok)
            if value is not None and any(abs(i - x) <= WINDOW for x in anchors):
                sentiment_near += (-0.5 * value if _negated(toks, i) else value) / 4.0
    union = t_terms | s_terms
    return {
        "target_overlap": len(shared) / len(t_terms) if t_terms else 0.0,
        "statement_overlap": len(shared) / len(s_terms) if s_terms else 0.0,
        "jaccard": len(shared) / len(union) if union else 0.0,
        "char_similarity": len(a & b) / len(a | b) if a | b else 0.0,
        "refute_near": near(REFUTE_WORDS),
        "negation_near": near(NEGATION_WORDS, negation=True),
        "support_near": near(SUPPORT_WORDS),
        "hedge_near": near(HEDGE_WORDS),
        "contrast_near": near(CONTRAST_WORDS),
        "masked": " ".join(SHARED_MARK if i in set(anchors) else t for i, t in enumerate(toks)),
        "sentiment_near": sentiment_near,
        "template": template(lex.norm, t_terms),
        "sentiment": sentiment(toks),
    }


def test_precomputed_pair_features_equal_the_direct_definition():
    items = recorded_items(None)
    # the story's 2 claims, and other statements as claims (overlaps of every size, negations, numbers)
    targets = sorted({item.target for item in items if item.target}) + [item.text for item in items[:12]]
    checked = 0
    for item in items[:46]:
        lex = lexical(item.text)  # one Lexical, reused for every target: its caches must not leak between them
        for target in targets:
            expected = direct_pair(item.text, target)
            p = pair(lex, target, target_terms(target))
            got = {key: getattr(p, key) for key in expected if hasattr(p, key)}
            got["template"] = feature_frame([item.model_copy(update={"target": target})])["template"][0]
            got["sentiment"] = (lex.positive, lex.negative)
            assert got == expected, (item.text, target)
            checked += 1
    assert checked == 46 * 14
    # the rule priors' light pair agrees with the full one on what they read
    lite = pair(lex, targets[0], full=False)
    full = pair(lex, targets[0])
    assert (lite.target_overlap, lite.refute_near, lite.negation_near, lite.support_near, lite.target_negated) == (
        full.target_overlap, full.refute_near, full.negation_near, full.support_near, full.target_negated
    )


# -- a trained, fused stance model: the shared text analysis (annotate.classify.transform) -------------


def test_trained_model_predicts_what_its_pipelines_predict(emergent):
    """ModelPredictor analyses each text column once for the trained and the base pipeline; its
    probabilities equal, bit for bit, those of the pipelines' own ``predict_proba`` (fused as
    :func:`annotate.classify.fusion.fuse`, and unfused), on 4,000+ Emergent pairs: each headline
    with its claim, with another claim, and without one."""
    from annotate.classify.fusion import FUSION_WEIGHT, base_support, fuse
    from annotate.classify.model import ModelPredictor, full_probabilities
    from annotate.classify.train import fit_field
    from annotate.schema import load_schema

    records = list(emergent_records(emergent))
    items = [PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"]) for r in records]
    fitted = fit_field("stance", feature_frame(items[:800]), [r["stance"] for r in records[:800]], [r["claim_id"] for r in records[:800]])
    targets = sorted({item.target for item in items})
    scored = items + [item.model_copy(update={"target": targets[i * 7 % len(targets)]}) for i, item in enumerate(items)]
    scored += [item.model_copy(update={"target": None}) for item in items[:200]]
    classes = load_schema().classes("stance")
    base = load_base().stance
    for fused in (True, False):
        predictor = ModelPredictor(
            {"stance": fitted.pipeline}, {"stance": classes}, "equivalence", weights={"stance": fitted.weights(classes)},
            fused={"stance": (FUSION_WEIGHT, base)} if fused else None,
        )
        got, expected = [], []
        for start in range(0, len(scored), 1000):
            batch = scored[start : start + 1000]
            got += [p.stance.probabilities for p in predictor.predict(batch) if p.stance is not None]
            frame = feature_frame([item for item in batch if item.target])
            proba = full_probabilities(fitted.pipeline, frame, classes)
            if fused:
                proba = fuse(proba, classes, base_support(base, frame), FUSION_WEIGHT)
            expected += [dict(zip(classes, row.tolist())) for row in proba]
        assert len(got) == len(expected) == 2 * len(items)
        changed = sum(a != b for a, b in zip(got, expected))
        assert not changed, f"fused={fused}: {changed} of {len(got)} probability rows differ"
        assert len({max(p, key=p.get) for p in got}) >= 3
