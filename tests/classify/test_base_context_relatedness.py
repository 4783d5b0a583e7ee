"""The base model's relatedness reads the statement's paragraph (PredictItem.context) when it is known."""

from __future__ import annotations

import numpy as np
import pytest

from annotate.classify.base import STANCE_CLASSES, BasePredictor, load_base, seeds_items, stack_features
from annotate.classify.prelabel import statement_item
from annotate.classify.relatedness import relatedness_frame
from annotate.classify.train import item_key
from annotate.labelstudio.tasks import predict_item
from annotate.records import PredictItem, Span, Statement


@pytest.fixture(scope="module")
def base() -> BasePredictor:
    return load_base()


@pytest.fixture(scope="module")
def seeds():
    items, labels, articles = seeds_items(context=True)
    return items, np.asarray(labels), np.asarray(articles)


def _auc(related: np.ndarray, score: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(related, score))


def test_every_seeds_statement_gets_the_paragraph_that_holds_it(seeds):
    items, _, _ = seeds
    assert all(item.context and item.text in item.context and "\n" not in item.context for item in items)
    assert all(item.context is None for item in seeds_items()[0])


def test_the_paragraph_separates_related_from_unrelated_better_than_the_statement(base, seeds):
    items, labels, articles = seeds
    related = (labels != "unrelated").astype(int)
    alone = base.related([item.model_copy(update={"context": None}) for item in items])
    with_paragraph = base.related(items)
    assert np.all(with_paragraph >= alone)
    assert _auc(related, alone) < 0.75  # the statement's own words: 0.71
    assert _auc(related, with_paragraph) >= 0.8  # with its paragraph: 0.83


def test_a_bare_mention_of_the_claim_is_related_through_its_paragraph(base, seeds):
    items, labels, articles = seeds
    for text in ("the reports", "these allegations", "members of the organization were merely visiting"):
        item = next(i for i in items if i.text == text)
        assert base.related([item.model_copy(update={"context": None})])[0] < 0.5
        assert base.related([item])[0] > 0.75  # 0.80-0.86
        proba, _, _ = base.stance_probabilities([item])
        assert STANCE_CLASSES[int(proba[0].argmax())] != "unrelated"
    # the Herzog-flight statements of article 001 stay unrelated to the bureau claim: their paragraphs are about the flight
    herzog = [i for i, label, article in zip(items, labels, articles) if label == "unrelated" and article.startswith("001_")]
    assert len(herzog) >= 5 and np.all(base.related(herzog) < 0.5)


def test_without_a_paragraph_nothing_changes(base, seeds):
    items, _, _ = seeds
    bare = [item.model_copy(update={"context": None}) for item in items]
    own = base.relatedness.predict_proba(relatedness_frame(bare))[:, 1]
    assert np.array_equal(base.related(bare), own)
    X = stack_features(base, bare)
    assert np.allclose(X[:, -1], np.log(np.clip(own, 1e-4, 1.0)))


def test_context_reaches_the_classifier_from_statements_and_tasks_but_not_the_example_key():
    text = "Turkey denied the reports. It said they were rumours."
    statement = Statement(
        id="s1",
        article_id="a",
        content=Span(start=27, end=53, text=text[27:53]),
        source=Span(start=27, end=29, text="It"),
        cue=Span(start=30, end=34, text="said"),
        kind="indirect",
        rule="test",
        context=Span(start=0, end=len(text), text=text),
    )
    item = statement_item(statement, "Hamas moved its bureau.")
    assert item.context == text
    assert predict_item({"statement_id": "s1", "text": "x", "context": text}).context == text
    assert predict_item({"statement_id": "s1", "text": "x"}).context is None
    assert item_key(item) == item_key(item.model_copy(update={"context": None}))
    assert "context" not in PredictItem(statement_id="s", text="t", context="c").model_dump()
