"""Placeholder pipeline: direct quotes only. Replaced by the rule-based extractor."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from annotate.records import Article, Span, Statement, statement_id

_QUOTE = re.compile(r"[\"“]([^\"”]{20,})[\"”]")


class Extractor:
    def extract(self, article: Article) -> Iterator[Statement]:
        for match in _QUOTE.finditer(article.text):
            start, end = match.span(1)
            yield Statement(
                id=statement_id(article.id, start, end),
                article_id=article.id,
                content=Span(start=start, end=end, text=article.text[start:end]),
                source=None,
                cue=None,
                kind="direct",
                rule="placeholder_quote",
            )

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Statement]:
        for article in articles:
            yield from self.extract(article)


def extract_articles(articles: Iterable[Article]) -> Iterator[Statement]:
    return Extractor().extract_many(articles)
