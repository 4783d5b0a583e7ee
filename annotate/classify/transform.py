"""The feature step of several fitted pipelines over one batch, with each text column analysed once.

A fused stance model applies two pipelines (the trained one and the shipped base model's) to the
same feature frame, and their TF-IDF blocks read the same columns with the same analysers: only the
vocabularies differ. :func:`transform_all` splits each distinct (column, analyser) pair of a batch
into n-gram counts once and maps them onto every vocabulary that reads it; every other block is the
pipeline's own transformer. The matrices are those the pipelines' own ``ColumnTransformer`` gives
(same counts, same TF-IDF step, same stacking), so predictions do not change
(tests/classify/test_classify_speed_equivalence.py compares them exactly).

Limits: only fitted ``Pipeline`` s whose first step is a ``ColumnTransformer`` over a DataFrame with
no transformer weights; TF-IDF blocks with ``binary=True`` or a callable analyser are left to the
pipeline's own transform (no sharing). Anything else is refused with ValueError rather than guessed.
It calls two private scikit-learn members, the vectorizer's ``_tfidf`` and the ColumnTransformer's
``_hstack`` (scikit-learn 1.9, as locked), so that the arithmetic is theirs; the equivalence test is
what catches a scikit-learn upgrade that changes them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

#: The TF-IDF parameters that decide what the analyser yields for a document.
ANALYSER_PARAMS: tuple[str, ...] = (
    "input", "encoding", "decode_error", "strip_accents", "lowercase", "preprocessor", "tokenizer",
    "stop_words", "token_pattern", "ngram_range", "analyzer",
)


def analyser_key(vectorizer: TfidfVectorizer) -> tuple | None:
    """What makes two vectorizers' analysers yield the same n-grams; None when it cannot be told (callables)."""
    params = vectorizer.get_params(deep=False)
    values = tuple(params[name] for name in ANALYSER_PARAMS)
    if any(callable(v) for v in values) or vectorizer.binary:
        return None
    return tuple(tuple(v) if isinstance(v, list) else v for v in values)


class Analysed(NamedTuple):
    """A batch's n-gram counts under one analyser, in CSR layout over the batch's own n-gram ids."""

    ngrams: list[str]  # id -> n-gram, every n-gram of the batch (in or out of any vocabulary)
    ids: np.ndarray  # per row, its distinct n-grams' ids
    counts: np.ndarray  # and how often each occurs in the row
    indptr: np.ndarray  # row i is ids[indptr[i]:indptr[i + 1]]


def analyse_batch(vectorizer: TfidfVectorizer, documents: Sequence[str]) -> Analysed:
    """The n-gram counts of ``documents`` under ``vectorizer``'s analyser (what its transform counts)."""
    analyse = vectorizer.build_analyzer()
    index: dict[str, int] = {}
    ids: list[int] = []
    counts: list[int] = []
    indptr = [0]
    seen: dict[str, tuple[list[int], list[int]]] = {}  # a document repeated in the batch is analysed once
    for doc in documents:
        row = seen.get(doc)
        if row is None:
            counter = Counter(analyse(doc))
            row = seen[doc] = ([index.setdefault(ngram, len(index)) for ngram in counter], list(counter.values()))
        ids.extend(row[0])
        counts.extend(row[1])
        indptr.append(len(ids))
    return Analysed(list(index), np.asarray(ids, dtype=np.int64), np.asarray(counts, dtype=np.int64), np.asarray(indptr, dtype=np.int64))


def count_matrix(analysed: Analysed, vocabulary: dict[str, int], dtype: Any) -> sp.csr_matrix:
    """The document-term matrix ``CountVectorizer.transform`` builds: in-vocabulary counts, indices sorted.

    Each n-gram of the batch is looked up in ``vocabulary`` once, not once per row it occurs in."""
    lookup = np.asarray([vocabulary.get(ngram, -1) for ngram in analysed.ngrams], dtype=np.int64)
    columns = lookup[analysed.ids] if len(analysed.ids) else np.zeros(0, dtype=np.int64)
    kept = columns >= 0
    indptr = np.concatenate(([0], np.cumsum(kept)))[analysed.indptr]
    matrix = sp.csr_matrix(
        (analysed.counts[kept].astype(np.intc), columns[kept].astype(np.int32), indptr.astype(np.int32)),
        shape=(len(analysed.indptr) - 1, len(vocabulary)),
        dtype=dtype,
    )
    matrix.sort_indices()
    return matrix


def transform_all(pipelines: Sequence[Any], frame) -> list:
    """Each pipeline's feature matrix for ``frame`` (what ``pipeline[:-1].transform(frame)`` gives)."""
    analysed: dict[tuple, Analysed] = {}
    out = []
    for pipeline in pipelines:
        features = pipeline.steps[0][1]
        if len(pipeline.steps) != 2 or not hasattr(features, "transformers_") or features.transformer_weights:
            raise ValueError("transform_all needs a fitted Pipeline([ColumnTransformer, classifier]) without transformer weights")
        blocks = []
        for name, transformer, columns in features.transformers_:
            if transformer == "drop" or (name == "remainder" and not len(columns)):
                continue
            key = analyser_key(transformer) if isinstance(transformer, TfidfVectorizer) and isinstance(columns, str) else None
            if key is None:
                blocks.append(transformer.transform(frame[columns]))
                continue
            if (columns, key) not in analysed:
                analysed[(columns, key)] = analyse_batch(transformer, frame[columns])
            counts = count_matrix(analysed[(columns, key)], transformer.vocabulary_, transformer.dtype)
            blocks.append(transformer._tfidf.transform(counts, copy=False))
        out.append(features._hstack(blocks, n_samples=len(frame)))
    return out


def predict_proba_all(pipelines: Sequence[Any], frame) -> list[np.ndarray]:
    """Each pipeline's ``predict_proba(frame)``, the text columns analysed once for all of them."""
    return [pipeline.steps[-1][1].predict_proba(X) for pipeline, X in zip(pipelines, transform_all(pipelines, frame))]
