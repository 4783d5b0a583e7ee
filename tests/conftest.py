"""Shared test fixtures. Real data only: the seeds and their gold (in the repo), and the external
corpora from ``../shared/data`` (PolNeAR, Emergent, ...), which a plain clone does not have.

A test that needs a corpus asks for it through :func:`need_corpus` (or a fixture built on it): where the
corpus is missing the test is skipped with one reason line, and with ``ANNOTATE_REQUIRE_CORPORA=1`` (as
``.ci/run`` sets) it fails instead, so CI runs every test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotate.paths import ROOT, SEEDS_GOLD, shared_dir
from annotate.paths import SEEDS_DIR as SEEDS  # noqa: F401 - the tests import SEEDS from here

pytest_plugins = ["ls_server"]

SHARED = shared_dir()
POLNEAR = SHARED / "data" / "polnear-dev"
EMERGENT = SHARED / "data" / "emergent" / "train.csv"


REQUIRE_CORPORA = os.environ.get("ANNOTATE_REQUIRE_CORPORA", "") not in ("", "0")


def need_shared(*parts: str) -> Path:
    """``../shared/PARTS``; skips the calling test where it is missing (fails under ANNOTATE_REQUIRE_CORPORA=1)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"{'/'.join(parts)} not found at {path}: put ../shared beside the checkout or set ANNOTATE_SHARED"
        if REQUIRE_CORPORA:
            pytest.fail(f"{reason} (ANNOTATE_REQUIRE_CORPORA=1 turns this skip into a failure)", pytrace=False)
        pytest.skip(reason)
    return path


def need_corpus(name: str) -> Path:
    """The external corpus ``../shared/data/NAME`` (skip or fail as :func:`need_shared`)."""
    return need_shared("data", name)


@pytest.fixture(scope="session")
def polnear_dev() -> Path:
    """The PolNeAR dev split (brat folder)."""
    return need_corpus("polnear-dev")


@pytest.fixture(scope="session")
def shared_seeds() -> Path:
    """The original seed articles in ``../shared/seeds`` (the repo's ``seeds/`` are copies)."""
    return need_shared("seeds")


@pytest.fixture(scope="session")
def emergent() -> Path:
    """Emergent train.csv."""
    return need_corpus("emergent") / "train.csv"


@pytest.fixture(scope="session")
def gold_targets() -> list[str]:
    """The seed story's target claims, read from the seeds gold as `annotate demo` reads them."""
    from annotate.cli.demo import gold_targets as read_gold_targets

    return read_gold_targets(SEEDS_GOLD)
