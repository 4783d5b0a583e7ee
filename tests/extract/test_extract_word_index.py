"""The shared word index (annotate/extract/tokens.py) gives exactly what walking the Doc gives, on the seeds."""

from __future__ import annotations

from annotate.extract import Extractor
from annotate.extract.families import STANCE_WORDS, TOPIC_NOUNS
from annotate.extract.lexicons import CLAUSE_FORMS, CUE_FORMS
from annotate.extract.quotes import paragraphs
from annotate.extract.tokens import doc_text, texts, words
from annotate.paths import ROOT
from annotate.readers import iter_articles


def test_word_index_matches_doc_walk_on_seeds():
    nlp = Extractor().nlp
    paras = [a.text[s:e] for a in iter_articles([ROOT / "seeds"]) for s, e in paragraphs(a.text)]
    assert len(paras) >= 40
    hits = 0
    for doc in nlp.pipe(paras):
        for forms in (CUE_FORMS, CLAUSE_FORMS, TOPIC_NOUNS, STANCE_WORDS, ("in",), ("according", "reported")):
            expected = [t.i for t in doc if t.lower_ in forms]
            assert [t.i for t in words(doc, forms)] == expected, (doc.text, forms)
            hits += len(expected)
        assert texts(doc) == [t.text for t in doc]
        assert doc_text(doc) == doc.text
    assert hits > 100  # the seeds hold many cue words: the comparison is not vacuous


def test_word_index_on_an_empty_paragraph():
    doc = Extractor().nlp("")
    assert words(doc, CUE_FORMS) == [] and texts(doc) == []
