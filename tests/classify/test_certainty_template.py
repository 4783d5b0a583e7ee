"""Certainty reads the structure template's n-grams (session 19): hedge and weasel words with the shape around them."""

from __future__ import annotations

import numpy as np

from annotate.classify.corpora import read_csv
from annotate.classify.features import feature_frame
from annotate.classify.model import build_pipeline
from conftest import need_corpus


def test_the_certainty_pipeline_has_the_template_block_and_stance_keeps_its_own():
    for field in ("certainty", "stance"):
        blocks = {name: column for name, _, column in build_pipeline(field, 10).named_steps["features"].transformers}
        assert blocks["template"] == "template"
    assert "words" in {name for name, _, _ in build_pipeline("certainty", 10).named_steps["features"].transformers}


def test_template_ngrams_that_mark_weasel_sentences_hedged_keep_their_weasel_words():
    """Fitted on 1,600 Wikipedia weasel sentences, the template n-grams that push hardest toward ``hedged`` are
    built on hedge and weasel words ("may", "some", "said", "believed"), with the topic words reduced to ``_x_``."""
    corpus = read_csv(need_corpus("wikiweasel") / "train.csv")
    rows = list(range(0, len(corpus), 4))[:1600]  # every 4th sentence: both classes (the file is sorted by label)
    items, labels = [corpus.items[i] for i in rows], np.asarray([corpus.labels[i] for i in rows])
    pipeline = build_pipeline("certainty", 10)
    features = pipeline.named_steps["features"]
    X = features.fit_transform(feature_frame(items))
    svm = pipeline.named_steps["classifier"].estimator.fit(X, labels)
    names = features.get_feature_names_out()
    template = np.array([n.startswith("template__") for n in names])
    sign = 1.0 if svm.classes_[1] == "hedged" else -1.0
    weights = sign * svm.coef_[0]
    top = [names[i].removeprefix("template__") for i in np.argsort(-weights) if template[i]][:25]
    hedge_words = {"may", "might", "could", "some", "many", "said", "believed", "considered", "most", "often", "widely", "regarded", "possibly", "perhaps", "likely", "claimed", "seems", "appears", "reportedly", "one"}
    assert sum(any(word in hedge_words for word in gram.split()) for gram in top) >= 10, top
