"""The speech-quote proxy (annotate/evaluate/quotes.py) on a real seed article and its gold: which gold counts as a
quote, which predictions are ignored, and the speaker match by span or by text."""

from __future__ import annotations

import json

from conftest import SEEDS, SEEDS_GOLD

from annotate.evaluate import read_gold
from annotate.evaluate.quotes import main, score_quotes, split_gold
from annotate.readers import iter_articles
from annotate.records import Span, Statement, statement_id

DOC = "002_230740f0fec52f44"  # three gold quotes (two direct, one mixed) and twelve other attributions


def _article():
    return next(a for a in iter_articles([SEEDS]) if a.id == DOC)


def _span(text: str, part: str | None) -> Span | None:
    if part is None:
        return None
    s = text.index(part)
    return Span(start=s, end=s + len(part), text=part)


def _statement(text: str, content: str, source: str | None, kind: str, cue: str | None = None) -> Statement:
    span = _span(text, content)
    return Statement(
        id=statement_id(DOC, span.start, span.end), article_id=DOC,
        content=span, source=_span(text, source), cue=_span(text, cue), kind=kind, rule="test",
    )


def test_gold_quotes_are_the_direct_and_mixed_constructions():
    article, gold = _article(), read_gold(SEEDS_GOLD)
    quotes, types, others = split_gold(gold.documents[DOC], article.text, 0)
    assert sorted(types) == ["direct", "direct", "mixed"]
    assert len(others) == len(gold.documents[DOC]) - 3


def test_counts_ignored_predictions_and_speaker_match():
    article, gold = _article(), read_gold(SEEDS_GOLD)
    text = article.text
    statements = [
        # the gold quote; its speaker named at another mention ("Prime Minister Benjamin Netanyahu"): same text
        _statement(text, "“Anyone who claims that Israel is responsible for the failure of the deal is harming the negotiations.”",
                   "Netanyahu", "direct"),
        # the gold quote of Hamas, with a wrong speaker
        _statement(text, "mere rumours that the [Israeli] occupation tries to promote from time to time.", "Reuters", "direct"),
        # overlaps a non-quote gold attribution (an indirect one): ignored, not a false positive
        _statement(text, "Turkiye will not assume the role of mediator", "A senior Israeli official", "indirect", "explained"),
        # an indirect statement that reports no speech: left out by `--kinds speech`, so not counted at all
        _statement(text, "the Israeli strategy", "Mossad spy chief David Barnea", "indirect", "presented"),
        # the teaser line: a false positive
        _statement(text, "70,000 civilians in northern Gaza are at risk of starvation and deadly thirst", None, "direct"),
        # not a speech kind: not counted at all either
        _statement(text, "Bar provided details of his talks in Turkiye", "the sources", "according_to"),
    ]
    scores = score_quotes(gold, statements, {DOC: text})
    for mode in ("overlap", "dice"):
        s = scores[mode]
        assert (s.gold, s.tp, s.predicted, s.ignored) == (3, 2, 3, 1)
        assert (s.speaker_gold, s.speaker_correct, s.speaker_overlap) == (2, 1, 0)
        assert (s.direct_gold, s.direct_found, s.mixed_gold, s.mixed_found) == (2, 2, 1, 0)
        assert round(s.f1, 4) == round(2 * (2 / 3) * (2 / 3) / (4 / 3), 4)


def test_command_line_reads_a_jsonl_gold_with_its_texts(tmp_path, capsys):
    article = _article()
    text = article.text
    predictions = tmp_path / "out.jsonl"
    quote = "“Anyone who claims that Israel is responsible for the failure of the deal is harming the negotiations.”"
    predictions.write_text(_statement(text, quote, "Netanyahu", "direct").model_dump_json() + "\n", encoding="utf-8")
    assert main([str(SEEDS_GOLD), str(predictions)]) == 2  # a JSONL gold needs --texts
    capsys.readouterr()
    assert main([str(SEEDS_GOLD), str(predictions), "--texts", str(SEEDS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overlap"]["tp"] == 1 and data["overlap"]["predicted"] == 1 and data["overlap"]["speaker_match"] == 1.0
