"""The shipped base stance model: useful on a story's claims before it has any labels of its own.

Three parts, each stock scikit-learn or a fixed rule, combined by :func:`combine`:

1. relatedness (:mod:`annotate.classify.relatedness`): P(the statement is about the claim), the larger
   of the statement's and its paragraph's (``PredictItem.context``, when known); its complement is the
   ``unrelated`` probability;
2. the stance pipeline of :func:`annotate.classify.model.build_pipeline` trained on public
   support/oppose pairs (PERSPECTRUM and IBM claim stance only: their licences allow shipping,
   :data:`annotate.classify.corpora.SHIPPABLE`): the direction, when the statement takes one;
3. the rule priors (:mod:`annotate.classify.rules`): uncommitted phrases, denial cues and
   refutations near the claim's terms, which the public sets (debate perspectives) barely have.

Between 2 and 3, the sentiment-agreement vote (:func:`sentiment_vote`) moves the support/oppose
odds toward "support" when the statement's valence has the sign of the claim's polarity (Bar-Haim
et al. 2017's sign convention; nothing fitted per topic), with the fixed weight
``metadata["sentiment_weight"]`` (0 in the shipped model and in models built before the vote).

Certainty comes from the rule priors. :func:`stack_features` turns the base model's output into
features for a small model fitted on a project's own labels (stacking, see
``docs/classifier-carryover.md`` for why stacking rather than warm start or sample weighting).

Files: ``models/stance-base/model.skops`` (``{"stance": Pipeline, "relatedness": Pipeline}``),
``metadata.json`` (training sets, licences, versions, figures) and ``README.md`` (model card).
Loaded with skops and :data:`TRUSTED_TYPES`; refused when its feature version is not ours.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any, Optional, Sequence

import numpy as np

from annotate.classify.features import FEATURES_VERSION, READABLE_FEATURES_VERSIONS, TargetCache, feature_frame, lexicals
from annotate.classify.relatedness import build_relatedness, relatedness_frame, training_pairs
from annotate.classify.rules import CERTAINTY_CONFIDENCE, STANCE_CONFIDENCE, RulePredictor, spread, stance_rule
from annotate.errors import ModelError
from annotate.records import FieldPrediction, Prediction, PredictItem

BASE_NAME = "stance-base"
BASE_FILE = "model.skops"
BASE_FORMAT = 1
STANCE_CLASSES = ("support", "oppose", "neutral", "unrelated")
#: Share of a related statement's probability that goes to ``neutral`` when no rule takes a side:
#: in news most related statements report without taking a side (seeds gold: 9 of 30).
NEUTRAL_SHARE = 0.5
#: Weight of a rule that takes a side (denial cue, refutation near the claim) against the base model.
RULE_WEIGHT = 0.7
#: Weight of the sentiment-agreement vote on the support/oppose log-odds, per unit of
#: ``sentiment_agree`` (clipped to +-SENTIMENT_CLIP). 0 in the shipped model: weight 1 lifts the debate
#: sets (IBM by topic, PERSPECTRUM dev) but lowers the seeds gold's stacking figures, because a news
#: statement's wording is not its stance (docs/experiments-stance.md, session 19). A built model's
#: weight is set with ``python -m annotate.classify.base --reweigh W``.
SENTIMENT_WEIGHT = 0.0
SENTIMENT_CLIP = 2.0

#: Types a base model file may hold (skops refuses anything else before building an object).
TRUSTED_TYPES: tuple[str, ...] = (
    "builtins.dict", "builtins.list", "builtins.str", "builtins.tuple", "numpy.dtype", "numpy.float64",
    "numpy.int64", "numpy.ndarray", "numpy.str_", "scipy.sparse._csr.csr_matrix",
    "sklearn.calibration.CalibratedClassifierCV", "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration", "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfTransformer", "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.isotonic.IsotonicRegression", "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.svm._classes.LinearSVC", "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._encoders.OneHotEncoder", "sklearn.preprocessing._data.StandardScaler",
    "sklearn.model_selection._split.StratifiedKFold",
)

#: Vocabulary caps of the base stance pipeline's n-gram blocks: the file stays a few MB (uncapped: 140 MB).
BASE_VOCABULARY: dict[str, int] = {"pair": 30_000, "chars": 20_000, "template": 20_000}

_SIDE_RULES = {"refuted_near_target", "denial_cue", "negated_target_refuted", "confirmed_near_target"}


def base_dir(models_dir: Optional[Path] = None) -> Path:
    from annotate.classify import MODELS_DIR

    return Path(models_dir or MODELS_DIR) / BASE_NAME


def combine(p_related: np.ndarray, p_polar: np.ndarray, rules: Sequence[Optional[str]]) -> np.ndarray:
    """Probabilities over STANCE_CLASSES from P(related), base P(support), P(oppose) and the rule fired.

    ``p_polar`` has columns (support, oppose) summing to 1. A side-taking rule moves RULE_WEIGHT of
    the related mass to its side; an uncommitted phrase moves it to neutral; otherwise NEUTRAL_SHARE
    goes to neutral and the rest follows the base model.
    """
    out = np.zeros((len(rules), len(STANCE_CLASSES)))
    for i, rule in enumerate(rules):
        related = float(p_related[i])
        side = np.array([p_polar[i, 0], p_polar[i, 1], 0.0]) * (1.0 - NEUTRAL_SHARE) + np.array([0.0, 0.0, NEUTRAL_SHARE])
        if rule in _SIDE_RULES or rule == "uncommitted_phrase":
            label = STANCE_CONFIDENCE[rule][0]
            ruled = np.array([label == "support", label == "oppose", label == "neutral"], dtype=float)
            side = RULE_WEIGHT * ruled + (1.0 - RULE_WEIGHT) * side
            if rule != "uncommitted_phrase":
                related = max(related, 0.5)  # a denial of "the reports" is about the claim even with no shared word
        out[i, :3] = related * side
        out[i, 3] = 1.0 - related
    return out


def sentiment_vote(polar: np.ndarray, agree: np.ndarray, weight: float) -> np.ndarray:
    """P(support, oppose) with ``weight * clip(agree)`` added to the support log-odds.

    ``agree`` is the ``sentiment_agree`` feature column: the claim's polarity times the statement's net
    valence (positive: the statement's words lean the way the claim does). 0 (no scored word) leaves
    the model's odds as they are; weight 0 returns ``polar`` unchanged.
    """
    if not weight:
        return polar
    p = np.clip(polar[:, 0], 1e-6, 1.0 - 1e-6)
    odds = np.log(p / (1.0 - p)) + weight * np.clip(np.asarray(agree, dtype=float), -SENTIMENT_CLIP, SENTIMENT_CLIP)
    support = 1.0 / (1.0 + np.exp(-odds))
    return np.column_stack([support, 1.0 - support])


class BasePredictor:
    """Predictor of the shipped base model (``model_version`` ``stance-base/<version>``)."""

    def __init__(self, parts: dict, metadata: dict[str, Any], schema_classes: Optional[dict[str, list[str]]] = None) -> None:
        from annotate.schema import load_schema

        self.stance = parts["stance"]
        self.relatedness = parts["relatedness"]
        self.metadata = metadata
        self.model_version = f"{BASE_NAME}/{metadata['version']}"
        self.sentiment_weight = float(metadata.get("sentiment_weight", 0.0))
        schema = load_schema()
        self.classes = schema_classes or {"stance": schema.classes("stance"), "certainty": schema.classes("certainty")}
        self.rules = RulePredictor()

    def stance_probabilities(self, items: list[PredictItem], lexes=None) -> tuple[np.ndarray, np.ndarray, list[Optional[str]]]:
        """(probabilities over STANCE_CLASSES, P(support, oppose) of the base model, rule fired) per item."""
        lexes = lexes or lexicals(item.text for item in items)
        frame = feature_frame(items, lexes)
        proba = self.stance.predict_proba(frame)
        order = [list(self.stance.classes_).index(c) for c in ("support", "oppose")]
        polar = proba[:, order]
        polar = polar / np.clip(polar.sum(axis=1, keepdims=True), 1e-12, None)
        polar = sentiment_vote(polar, frame["sentiment_agree"].to_numpy(), self.sentiment_weight)
        related = self.related(items, [lex.toks for lex in lexes])
        known = TargetCache()
        rules = [stance_rule(item, lex, known(item.target)) for item, lex in zip(items, lexes)]
        return combine(related, polar, rules), polar, rules

    def related(self, items: list[PredictItem], toks=None) -> np.ndarray:
        """P(related) per item: the larger of the relatedness of the statement and of its paragraph
        (``item.context``, when known), both read by the same classifier (see :func:`context_related`)."""
        return np.maximum(self.relatedness.predict_proba(relatedness_frame(items, toks))[:, 1], self.context_related(items))

    def context_related(self, items: list[PredictItem]) -> np.ndarray:
        """P(related) of each item's paragraph to its claim; 0 for items without a context."""
        out = np.zeros(len(items))
        rows = [i for i, item in enumerate(items) if item.context and item.target]
        if rows:
            paragraphs = [items[i].model_copy(update={"text": items[i].context}) for i in rows]
            out[rows] = self.relatedness.predict_proba(relatedness_frame(paragraphs))[:, 1]
        return out

    def predict(self, items: list[PredictItem]) -> list[Prediction]:
        if not items:
            return []
        lexes = lexicals(item.text for item in items)
        rows = [i for i, item in enumerate(items) if item.target]
        stance: list[Optional[FieldPrediction]] = [None] * len(items)
        if rows:
            proba, _, _ = self.stance_probabilities([items[i] for i in rows], [lexes[i] for i in rows])
            classes = self.classes["stance"]
            for i, row in zip(rows, proba):
                probabilities = {c: float(row[STANCE_CLASSES.index(c)]) if c in STANCE_CLASSES else 0.0 for c in classes}
                best = max(probabilities, key=probabilities.get)
                stance[i] = FieldPrediction(label=best, score=probabilities[best], probabilities=probabilities)
        certainty = self.rules.predict_field("certainty", items, lexes)
        return [
            Prediction(statement_id=item.statement_id, target=item.target, stance=stance[i], certainty=certainty[i], model_version=self.model_version)
            for i, item in enumerate(items)
        ]


def compact(pipeline) -> None:
    """Shrink a fitted pipeline's file: drop ``stop_words_`` (kept for introspection only) and store
    vocabularies as plain ints (skops writes each numpy int as its own file: 64,000 files, 13 MB)."""
    for _, transformer, _ in pipeline.named_steps["features"].transformers_:
        if hasattr(transformer, "stop_words_"):
            del transformer.stop_words_
        if hasattr(transformer, "vocabulary_"):
            transformer.vocabulary_ = {str(k): int(v) for k, v in transformer.vocabulary_.items()}


def fit_base_stance(frame, labels: list[str]):
    """The base model's support/oppose pipeline fitted on a feature ``frame``
    (:func:`~annotate.classify.features.feature_frame`) and its labels, vocabularies capped at
    :data:`BASE_VOCABULARY` and compacted."""
    from annotate.classify.model import build_pipeline

    stance = build_pipeline("stance", min(Counter(labels).values()))
    stance.set_params(**{f"features__{name}__max_features": n for name, n in BASE_VOCABULARY.items()})
    stance.fit(frame, np.asarray(labels))
    compact(stance)
    return stance


def fit_parts(items: list[PredictItem], labels: list[str], groups: list[str]) -> dict:
    """Fit the base stance pipeline (support/oppose) and the relatedness classifier."""
    stance = fit_base_stance(feature_frame(items), labels)
    pairs, related = training_pairs(items, groups)
    relatedness = build_relatedness()
    relatedness.fit(relatedness_frame(pairs), np.asarray(related))
    return {"stance": stance, "relatedness": relatedness}


def save_base(parts: dict, metadata: dict[str, Any], card: str, directory: Path) -> Path:
    """Write model.skops, metadata.json and README.md into ``directory`` (files replaced atomically)."""
    import skops.io as sio

    from annotate.classify.store import sha256_file
    from annotate.output import atomic_writer

    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / (BASE_FILE + ".tmp")
    sio.dump(parts, tmp, compression=zipfile.ZIP_DEFLATED)
    metadata = dict(metadata, sha256=sha256_file(tmp), size_bytes=tmp.stat().st_size)
    tmp.replace(directory / BASE_FILE)
    with atomic_writer(directory / "metadata.json") as handle:
        handle.write(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
    with atomic_writer(directory / "README.md") as handle:
        handle.write(card)
    return directory


def load_base(directory: Optional[Path] = None) -> BasePredictor:
    """The shipped base model; ModelError when missing, altered, untrusted or built for other features."""
    import skops.io as sio

    from annotate.classify.store import sha256_file

    directory = Path(directory) if directory is not None else base_dir()
    path, meta_path = directory / BASE_FILE, directory / "metadata.json"
    if not path.is_file() or not meta_path.is_file():
        raise ModelError(f"{directory}: no base model (model.skops + metadata.json); run `python -m annotate.classify.base` to build it")
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    if metadata.get("features_version") not in READABLE_FEATURES_VERSIONS:
        raise ModelError(f"{meta_path}: base model uses features v{metadata.get('features_version')}, this annotate computes v{FEATURES_VERSION}; rebuild it with `python -m annotate.classify.base`")
    if sha256_file(path) != metadata.get("sha256"):
        raise ModelError(f"{path}: file does not match the sha256 in metadata.json; rebuild it with `python -m annotate.classify.base`")
    untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
    if untrusted:
        raise ModelError(f"{path}: untrusted types {untrusted}; refusing to load it")
    parts = sio.load(path, trusted=list(TRUSTED_TYPES))
    return BasePredictor(parts, metadata)


# -- adaptation to a project's own labels: stacking --------------------------------------------

_RULE_NAMES = tuple(STANCE_CONFIDENCE)


def stack_features(base: BasePredictor, items: list[PredictItem]) -> np.ndarray:
    """Per item: log of the base probabilities, P(support) of the base model, the rule fired (one-hot),
    and the log of the paragraph's relatedness (:meth:`BasePredictor.context_related`; the statement's
    own when the item has no context)."""
    proba, polar, rules = base.stance_probabilities(items)
    onehot = np.array([[rule == name for name in _RULE_NAMES] for rule in rules], dtype=float)
    context = base.context_related(items)
    own = [i for i, item in enumerate(items) if not (item.context and item.target)]
    if own:
        context[own] = base.relatedness.predict_proba(relatedness_frame([items[i] for i in own]))[:, 1]
    return np.hstack([np.log(np.clip(proba, 1e-4, 1.0)), polar[:, :1], onehot, np.log(np.clip(context, 1e-4, 1.0))[:, None]])


def stacked_fold_accuracy(X: np.ndarray, y: np.ndarray, seed: int) -> float:
    """Out-of-fold accuracy of :func:`build_adapter` on stacked features, stratified 4-fold shuffled by ``seed``."""
    from sklearn.model_selection import StratifiedKFold

    out = np.empty(len(y), dtype=object)
    for train, test in StratifiedKFold(4, shuffle=True, random_state=seed).split(X, y):
        out[test] = build_adapter().fit(X[train], y[train]).predict(X[test])
    return float(np.mean(out == y))


def by_article_accuracy(X: np.ndarray, y: np.ndarray, articles: Sequence[str]) -> float:
    """Out-of-fold accuracy of :func:`build_adapter` with each article held out in turn (its statements never trained on)."""
    from sklearn.model_selection import LeaveOneGroupOut

    out = np.empty(len(y), dtype=object)
    for train, test in LeaveOneGroupOut().split(X, y, np.asarray(articles)):
        out[test] = build_adapter().fit(X[train], y[train]).predict(X[test])
    return float(np.mean(out == y))


def build_adapter():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000)


# -- figures on the seeds gold ------------------------------------------------------------------


def seeds_items(context: bool = False) -> tuple[list[PredictItem], list[str], list[str]]:
    """The seeds gold's (statement, claim) items, stance labels and article ids; with ``context``, each item
    carries the text of the article paragraph (line) that holds the statement's content, as
    ``Statement.context`` gives it to ``prelabel``."""
    from annotate.classify.datasets import seeds_gold_records
    from annotate.records import statement_id
    from annotate.paths import SEEDS_DIR, SEEDS_GOLD

    records = [r for r in seeds_gold_records(SEEDS_GOLD) if r.get("stance") and r.get("target")]
    items = [
        PredictItem(statement_id=r["statement_id"], text=r["text"], target=r["target"], cue=r["cue"], kind=r["kind"], anonymous=r["anonymous"])
        for r in records
    ]
    if context:
        gold = [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
        spans = {statement_id(Path(g["doc"]).stem, g["content_start"], g["content_end"]): (g["doc"], g["content_start"]) for g in gold}
        texts: dict[str, str] = {}
        for k, record in enumerate(records):
            doc, start = spans[record["statement_id"]]
            text = texts.setdefault(doc, (Path(SEEDS_DIR) / doc).read_text(encoding="utf-8"))
            begin = text.rfind("\n", 0, start) + 1
            end = text.find("\n", start)
            items[k] = items[k].model_copy(update={"context": text[begin : end if end >= 0 else len(text)]})
    return items, [r["stance"] for r in records], [r["article_id"] for r in records]


def seeds_figures(base: Optional[BasePredictor] = None, seeds: range = range(5)) -> dict[str, Any]:
    """Zero-shot accuracy of the base model and of the rule priors, ``unrelated`` P/R, the AUC of P(related)
    against gold related/unrelated, and stacking in 4-fold CV (stratified, ``seeds`` shuffles) and with each
    article held out in turn. Items carry their article paragraph (``seeds_items(context=True)``)."""
    from sklearn.metrics import roc_auc_score

    base = base or load_base()
    items, y, articles = seeds_items(context=True)
    y = np.asarray(y)
    proba, _, rules = base.stance_probabilities(items)
    predicted = np.asarray(STANCE_CLASSES)[proba.argmax(axis=1)]
    rule_labels = np.asarray([STANCE_CONFIDENCE[r][0] for r in rules])
    bare = [item.model_copy(update={"cue": None, "kind": None, "anonymous": None}) for item in items]
    bare_proba, _, bare_rules = base.stance_probabilities(bare)
    bare_predicted = np.asarray(STANCE_CLASSES)[bare_proba.argmax(axis=1)]
    bare_rule_labels = np.asarray([STANCE_CONFIDENCE[r][0] for r in bare_rules])
    X = stack_features(base, items)
    related = (y != "unrelated").astype(int)
    accuracies = [stacked_fold_accuracy(X, y, seed) for seed in seeds]
    unrelated_tp = int(np.sum((predicted == "unrelated") & (y == "unrelated")))
    return {
        "n": int(len(y)),
        "zero_shot_accuracy": float(np.mean(predicted == y)),
        "rules_accuracy": float(np.mean(rule_labels == y)),
        "zero_shot_no_cue": float(np.mean(bare_predicted == y)),
        "rules_no_cue": float(np.mean(bare_rule_labels == y)),
        "unrelated_precision": unrelated_tp / max(1, int(np.sum(predicted == "unrelated"))),
        "unrelated_recall": unrelated_tp / max(1, int(np.sum(y == "unrelated"))),
        "related_auc": float(roc_auc_score(related, 1.0 - proba[:, STANCE_CLASSES.index("unrelated")])),
        "four_fold_accuracy": float(np.mean(accuracies)),
        "four_fold_min": float(min(accuracies)),
        "by_article_accuracy": by_article_accuracy(X, y, articles),
    }


# -- building the shipped model -----------------------------------------------------------------

TRAINING_SETS: tuple[tuple[str, str], ...] = (
    ("perspectrum", "train.csv"),
    ("perspectrum", "dev.csv"),
    ("ibmcs", "train.csv"),
)


def base_card(metadata: dict[str, Any]) -> str:
    figures = metadata.get("seeds", {})
    lines = [
        f"# Model card: {BASE_NAME} / {metadata['version']}",
        "",
        "Base stance model of `annotate`: what `annotate prelabel` and `push` use when a project has no trained",
        "model of its own yet. Relatedness (is the statement about the claim?), a support/oppose pipeline and the",
        "rule priors, combined by fixed weights (`annotate/classify/base.py`). Certainty: the rule priors.",
        "",
        f"Fixed weights: neutral share {metadata.get('neutral_share', NEUTRAL_SHARE)}, side-taking rule "
        f"{metadata.get('rule_weight', RULE_WEIGHT)}, sentiment-agreement vote {metadata.get('sentiment_weight', 0.0)} "
        "(per unit of agreement, on the support/oppose log-odds).",
        "",
        "## Training data and licences",
        "",
    ]
    for entry in metadata["training_data"]:
        lines.append(f"- `{entry['set']}/{entry['file']}`: {entry['examples']} statement/claim pairs, {entry['licence']}")
    lines += [
        "",
        "No other data: no Emergent, no PolNeAR, no project annotations. The model file is a derivative of the",
        "CC BY-SA sets above and is shared under CC BY-SA 4.0.",
        "",
        "## Figures (the project's seeds gold, never trained on)",
        "",
    ]
    for key, value in figures.items():
        lines.append(f"- {key}: {value:.3f}" if isinstance(value, float) else f"- {key}: {value}")
    lines += [
        "",
        "## Limits",
        "",
        "- Debate perspectives and claims are not news: the support/oppose part has never seen a news report,",
        "  and `neutral` comes from the fixed NEUTRAL_SHARE, not from data.",
        "- Relatedness is lexical (shared terms, names, numbers); paraphrases look unrelated. When the statement's",
        "  paragraph is known (`Statement.context`, a task's `context`), P(related) is the larger of the statement's and",
        "  the paragraph's: a statement that does not name the claim's terms but sits among sentences that do counts as",
        "  related. Statements from a CSV have no paragraph.",
        f"- Features v{metadata['features_version']}; scikit-learn {metadata['versions'].get('scikit-learn')}.",
        "",
    ]
    return "\n".join(lines)


def build_base(directory: Optional[Path] = None, shared: Optional[Path] = None) -> dict[str, Any]:
    """Train on TRAINING_SETS (shippable corpora only), measure on the seeds gold, write the model."""
    from annotate.classify.corpora import SHIPPABLE, read_csv
    from annotate.classify.store import package_versions
    from annotate.paths import shared_dir

    root = Path(shared or shared_dir()) / "data"
    items, labels, groups, described = [], [], [], []
    for name, file in TRAINING_SETS:
        if name not in SHIPPABLE:
            raise ModelError(f"{name}: its licence does not allow a shipped model; train the base model on {', '.join(SHIPPABLE)} only")
        corpus = read_csv(root / name / file, name)
        items += corpus.items
        labels += corpus.labels
        groups += [f"{name}:{g}" for g in corpus.groups]
        described.append({"set": name, "file": file, "examples": len(corpus), "licence": SHIPPABLE[name]})
    parts = fit_parts(items, labels, groups)
    now = dt.datetime.now(dt.timezone.utc)
    metadata: dict[str, Any] = {
        "format": BASE_FORMAT,
        "name": BASE_NAME,
        "version": f"{now:%Y%m%d}",
        "created": now.isoformat(timespec="seconds"),
        "features_version": FEATURES_VERSION,
        "training_data": described,
        "licence": "CC BY-SA 4.0 (derivative of the training sets)",
        "neutral_share": NEUTRAL_SHARE,
        "rule_weight": RULE_WEIGHT,
        "sentiment_weight": SENTIMENT_WEIGHT,
        "versions": package_versions(),
    }
    metadata["seeds"] = seeds_figures(BasePredictor(parts, metadata))
    directory = Path(directory) if directory is not None else base_dir()
    save_base(parts, metadata, base_card(metadata), directory)
    return metadata


def reweigh(directory: Optional[Path] = None, sentiment_weight: float = SENTIMENT_WEIGHT) -> dict[str, Any]:
    """Set the sentiment vote's weight of an already built base model (same fitted parts, model.skops
    untouched), re-measure it on the seeds gold and rewrite metadata.json and the card."""
    from annotate.output import atomic_writer

    directory = Path(directory) if directory is not None else base_dir()
    loaded = load_base(directory)
    metadata = dict(loaded.metadata, sentiment_weight=sentiment_weight)
    metadata["seeds"] = seeds_figures(BasePredictor({"stance": loaded.stance, "relatedness": loaded.relatedness}, metadata))
    with atomic_writer(directory / "metadata.json") as handle:
        handle.write(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
    with atomic_writer(directory / "README.md") as handle:
        handle.write(base_card(metadata))
    return metadata


def recompact(source: Path, directory: Optional[Path] = None) -> Path:
    """Re-save an already built base model (same fit, same figures) through :func:`compact`."""
    import skops.io as sio

    source = Path(source)
    metadata = json.loads((source / "metadata.json").read_text(encoding="utf-8"))
    parts = sio.load(source / BASE_FILE, trusted=list(TRUSTED_TYPES))
    compact(parts["stance"])
    metadata.pop("sha256", None)
    metadata.pop("size_bytes", None)
    return save_base(parts, metadata, base_card(metadata), Path(directory) if directory is not None else base_dir())


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1 and sys.argv[1] == "--reweigh":  # --reweigh [WEIGHT [DIR]]
        weight = float(sys.argv[2]) if len(sys.argv) > 2 else SENTIMENT_WEIGHT
        print(json.dumps(reweigh(Path(sys.argv[3]) if len(sys.argv) > 3 else None, weight)["seeds"], indent=2))
        raise SystemExit(0)
    if len(sys.argv) > 2 and sys.argv[1] == "--recompact":
        print(recompact(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None))
        raise SystemExit(0)
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    result = build_base(target)
    print(json.dumps({k: result[k] for k in ("version", "training_data", "seeds")}, indent=2))
