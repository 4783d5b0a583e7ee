"""Where the project's own folders and the shared data (``../shared``) are."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The project's own annotation of its seed articles (format: docs/gold-format.md).
SEEDS_GOLD = ROOT / "data" / "gold" / "seeds-attributions.jsonl"


def shared_dir() -> Path:
    """The shared data folder: ``ANNOTATE_SHARED`` if set, else ``../shared`` beside the checkout."""
    return Path(os.environ.get("ANNOTATE_SHARED") or ROOT.parent / "shared").resolve()
