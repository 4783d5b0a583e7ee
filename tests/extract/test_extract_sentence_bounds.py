"""tokens.sentence gives what spaCy's Token.sent gives (bounds, characters, tokens), on the seeds."""

from __future__ import annotations

from annotate.extract import Extractor
from annotate.extract.quotes import paragraphs
from annotate.extract.tokens import sentence
from annotate.paths import ROOT
from annotate.readers import iter_articles


def test_sentence_matches_token_sent_on_seeds():
    nlp = Extractor().nlp
    paras = [a.text[s:e] for a in iter_articles([ROOT / "seeds"]) for s, e in paragraphs(a.text)]
    multi = 0
    for doc in nlp.pipe(paras):
        for tok in doc:
            sent, mine = tok.sent, sentence(tok)
            assert (mine.start, mine.end, mine.start_char, mine.end_char) == (sent.start, sent.end, sent.start_char, sent.end_char)
            assert [t.i for t in mine] == [t.i for t in sent] and len(mine) == len(sent)
        multi += len(list(doc.sents)) > 1
    assert multi > 10  # paragraphs of several sentences: the bounds are not the whole doc


def test_sentence_of_an_unparsed_doc_raises_spacys_error():
    import pytest
    import spacy

    doc = spacy.blank("en")("No parse here. None at all.")
    with pytest.raises(ValueError, match="E030"):
        sentence(doc[0])


def test_ends_with_matches_the_stripped_sentence_text_on_seeds():
    nlp = Extractor().nlp
    paras = [a.text[s:e] for a in iter_articles([ROOT / "seeds"]) for s, e in paragraphs(a.text)]
    paras += ['Do you think so?" he asked.', 'Is it "true?"  ', "Why? No.", "He asked: \u201cwhy?\u201d"]
    questions = 0
    for doc in nlp.pipe(paras):
        for sent in doc.sents:
            mine = sentence(sent[0])
            for char, strip in (("?", " \"\u201d'\u2019"), ("?", ""), (".", " \"\u201d'\u2019"), ('"', "")):
                assert mine.ends_with(char, strip) == sent.text.rstrip(strip).endswith(char), (sent.text, char, strip)
            questions += sent.text.rstrip(" \"\u201d'\u2019").endswith("?")
    assert questions >= 3
