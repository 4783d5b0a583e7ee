"""Split articles into attributed statements.

Public API:
- :class:`Extractor` holds the (lazily loaded) parser; ``Extractor().extract(article)``
  is a generator of :class:`~annotate.records.Statement`, ``extract_many`` streams many.
"""

from __future__ import annotations

from annotate.extract.pipeline import Extractor, extract_articles

__all__ = ["Extractor", "extract_articles"]
