"""The sentiment-agreement vote of the base model (session 19): what it moves, what it leaves alone."""

from __future__ import annotations

import json

import numpy as np
import pytest

from annotate.classify.base import STANCE_CLASSES, BasePredictor, base_dir, load_base, seeds_figures, seeds_items, sentiment_vote
from annotate.classify.features import feature_frame


@pytest.fixture(scope="module")
def base() -> BasePredictor:
    return load_base()


def with_weight(base: BasePredictor, weight: float) -> BasePredictor:
    return BasePredictor({"stance": base.stance, "relatedness": base.relatedness}, dict(base.metadata, sentiment_weight=weight))


def test_the_shipped_model_carries_a_zero_vote_weight_and_its_card_says_so(base):
    metadata = json.loads((base_dir() / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["sentiment_weight"] == 0.0 and base.sentiment_weight == 0.0
    assert "sentiment-agreement vote 0.0" in (base_dir() / "README.md").read_text(encoding="utf-8")
    assert metadata["seeds"]["by_article_accuracy"] == pytest.approx(seeds_figures(base, seeds=range(1))["by_article_accuracy"])


def test_the_vote_moves_support_odds_by_the_agreement_and_weight_zero_changes_nothing():
    polar = np.array([[0.5, 0.5], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]])
    agree = np.array([1.0, -5.0, 0.0, 0.5])
    assert sentiment_vote(polar, agree, 0.0) is polar
    voted = sentiment_vote(polar, agree, 1.0)
    assert voted.sum(axis=1) == pytest.approx(np.ones(4))
    assert voted[0, 0] == pytest.approx(1 / (1 + np.exp(-1.0)))  # even odds + 1 unit of agreement
    assert voted[1, 0] == pytest.approx(1 / (1 + np.exp(-(np.log(4.0) - 2.0))))  # clipped at -2
    assert voted[2] == pytest.approx(polar[2])  # no scored word: the model's odds
    assert voted[3, 0] > polar[3, 0]


def test_on_the_seeds_the_vote_shifts_support_against_oppose_but_not_the_label(base):
    """Without a side-taking rule a related statement's support or oppose share never beats neutral
    (NEUTRAL_SHARE 0.5), so the vote cannot change a zero-shot label; it changes the probabilities."""
    items, _, _ = seeds_items()
    agree = feature_frame(items)["sentiment_agree"].to_numpy()
    plain, plain_polar, _ = base.stance_probabilities(items)
    voted, voted_polar, _ = with_weight(base, 1.0).stance_probabilities(items)
    assert (plain.argmax(axis=1) == voted.argmax(axis=1)).all()
    moved = agree != 0
    assert moved.sum() >= 20
    assert (np.sign(voted_polar[moved, 0] - plain_polar[moved, 0]) == np.sign(agree[moved])).all()
    assert voted_polar[~moved] == pytest.approx(plain_polar[~moved])
    assert voted[:, STANCE_CLASSES.index("unrelated")] == pytest.approx(plain[:, STANCE_CLASSES.index("unrelated")])
