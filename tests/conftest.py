"""Shared test fixtures. Real data only: the seeds, the seeds gold and PolNeAR dev from ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["ls_server"]

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ANNOTATE_SHARED", ROOT.parent / "shared")).resolve()
SEEDS = ROOT / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds-attributions.jsonl"
POLNEAR = SHARED / "data" / "polnear-dev"
EMERGENT = SHARED / "data" / "emergent" / "train.csv"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} not found: tests need ../shared beside the checkout (or ANNOTATE_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def gold_targets(shared) -> list[str]:
    """The seed story's target claims, read from the seeds gold as `annotate demo` reads them."""
    from annotate.cli.demo import gold_targets as read_gold_targets

    return read_gold_targets(SEEDS_GOLD)
