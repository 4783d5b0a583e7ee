"""Run every benchmark section in turn; each prints its own figures to stdout."""

from __future__ import annotations

import importlib
import sys

SECTIONS = ("extract", "push", "classify", "load", "scale", "carryover", "curve", "screen")


def main(argv: list[str]) -> int:
    wanted = argv or list(SECTIONS)
    failed = 0
    for name in wanted:
        try:
            module = importlib.import_module(f"annotate.bench.{name}")
        except ModuleNotFoundError:
            print(f"[{name}] not built yet", flush=True)
            continue
        print(f"== bench: {name}", flush=True)
        failed |= bool(module.main())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
