"""analyse_mention memoises a mention by its text only when no recogniser read the text before it."""

from __future__ import annotations

from annotate.extract import Extractor, sources
from annotate.extract.sources import analyse_mention
from annotate.paths import ROOT
from annotate.readers import iter_articles


def test_a_mention_read_from_the_text_before_it_is_not_memoised():
    sources._MENTIONS.clear()
    israeli = analyse_mention("the Prime Minister", "Israeli Prime Minister Benjamin Netanyahu said on Sunday. ")
    turkish = analyse_mention("the Prime Minister", "Turkish Prime Minister Binali Yildirim said on Sunday. ")
    assert (israeli.label, turkish.label) == ("Israeli Prime Minister", "Turkish Prime Minister")
    assert "the Prime Minister" not in sources._MENTIONS
    assert analyse_mention("Donald Trump", "anything") == analyse_mention("Donald Trump", "")
    assert "Donald Trump" in sources._MENTIONS


def test_memoised_mentions_equal_fresh_readings_on_the_seeds():
    articles = list(iter_articles([ROOT / "seeds"]))
    mentions = [
        (s.source.text, article.text[max(0, s.source.start - 20_000):s.source.start])
        for article in articles
        for s in Extractor().extract_many([article])
        if s.source is not None
    ]
    assert len(mentions) > 40
    fresh = []
    for text, before in mentions:
        sources._MENTIONS.clear()
        fresh.append(analyse_mention(text, before))
    sources._MENTIONS.clear()
    warm = [analyse_mention(text, before) for text, before in mentions]
    assert warm == fresh
    assert 0 < len(sources._MENTIONS) < len(mentions)  # some were memoised and reused
