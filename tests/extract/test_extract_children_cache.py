"""tokens.children / tokens.kids give what spaCy's Token.children gives (same tokens, same order, same labels), on the seeds."""

from __future__ import annotations

from annotate.extract import Extractor
from annotate.extract.quotes import paragraphs
from annotate.extract.tokens import children, kids
from annotate.paths import ROOT
from annotate.readers import iter_articles


def test_children_and_kids_match_token_children_on_seeds():
    nlp = Extractor().nlp
    paras = [a.text[s:e] for a in iter_articles([ROOT / "seeds"]) for s, e in paragraphs(a.text)]
    branching = 0
    for doc in nlp.pipe(paras):
        for tok in doc:
            expected = [(c.i, c.dep_) for c in tok.children]
            assert [(c.i, c.dep_) for c in children(tok)] == expected
            assert [(c.i, dep) for dep, c in kids(tok)] == expected
            assert all(c.doc is doc and c == doc[c.i] for c in children(tok))
            assert children(tok) is children(doc[tok.i])  # read once per token, whichever Token object asks
            branching += len(expected) > 2
    assert branching > 50  # verbs with several children: not a trivially empty check
