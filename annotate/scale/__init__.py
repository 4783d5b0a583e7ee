"""Run extraction and pre-labelling on every core (:mod:`annotate.scale.local`) and past one
machine on Dask (:mod:`annotate.scale.dask_engine`). Design and figures: docs/scale.md.
"""

from __future__ import annotations

import os


def default_workers() -> int:
    """Cores this process may use (the CPU affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
