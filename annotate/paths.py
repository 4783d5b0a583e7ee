"""Where the project's own folders and the shared data (``../shared``) are: every other module asks here."""

from __future__ import annotations

import os
from pathlib import Path

#: The checkout (the folder holding ``annotate/``, ``seeds/``, ``schemas/``, ``data/``).
ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
SCHEMAS_DIR = ROOT / "schemas"
MODELS_DIR = ROOT / "models"
DATA_DIR = ROOT / "data"
#: Where `annotate pull` writes its snapshots and `annotate train` reads them.
ANNOTATIONS_DIR = DATA_DIR / "annotations"
#: The project's own annotation of its seed articles (format: docs/gold-format.md).
SEEDS_GOLD = DATA_DIR / "gold" / "seeds-attributions.jsonl"


def shared_dir() -> Path:
    """The shared data folder: ``ANNOTATE_SHARED`` if set, else ``../shared`` beside the checkout."""
    return Path(os.environ.get("ANNOTATE_SHARED") or ROOT.parent / "shared").resolve()
