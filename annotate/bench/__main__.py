"""Run benchmark sections; each prints its own figures to stdout.

    python -m annotate.bench                      # every section in turn (what `make bench` runs)
    python -m annotate.bench extract classify     # only these sections
    python -m annotate.bench carryover ibmcs      # one section with its own arguments (sections that take them)
"""

from __future__ import annotations

import importlib
import inspect
import sys

SECTIONS = ("extract", "push", "classify", "load", "scale", "carryover", "curve", "screen")
# Run only when named, not by `make bench`: the rules' share of CPU time alone (the scale section measures it too).
ON_REQUEST = ("share",)


def main(argv: list[str]) -> int:
    if argv and argv[0] in SECTIONS + ON_REQUEST and any(arg not in SECTIONS + ON_REQUEST for arg in argv[1:]):
        wanted, extra = [argv[0]], argv[1:]  # "carryover ibmcs": the rest are the section's own arguments
    else:
        wanted, extra = argv or list(SECTIONS), []
    unknown = [name for name in wanted if name not in SECTIONS + ON_REQUEST]
    if unknown:
        print(f"unknown bench section {unknown[0]!r}; sections: {', '.join(SECTIONS)}", file=sys.stderr)
        return 2
    failed = 0
    for name in wanted:
        module = importlib.import_module(f"annotate.bench.{name}")
        takes_args = bool(inspect.signature(module.main).parameters)
        if extra and not takes_args:
            print(f"bench section {name!r} takes no arguments (got {' '.join(extra)})", file=sys.stderr)
            return 2
        print(f"== bench: {name}", flush=True)
        code = module.main(extra) if takes_args else module.main()
        failed = max(failed, int(code or 0))  # a section's usage error (2) stays 2
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
