"""`make bench` section: push and pull 2,000 and 20,000 statements; seconds and peak RSS of each.

Each push and pull is the real CLI (`annotate push ... --rules`, `annotate pull`) in a child
process against a real local Label Studio started from the migrated template on a free port;
its peak RSS is the child's own ``ru_maxrss`` (``os.wait4``). Target: both stream, so the peak
RSS for 20,000 statements is within 10% of that for 2,000. The tasks are not annotated: pull
reads and writes the full snapshot (data, context, predictions of every task), and the flat
tables hold no rows; annotations themselves are kept in memory (agreement needs all of them).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotate.bench.push import TARGET, bench_statements
from annotate.labelstudio import server
from annotate.output import write_jsonl

SIZES = (2_000, 20_000)
MAX_GROWTH = 1.10


#: The child writes its own VmHWM at exit: Linux keeps ``ru_maxrss`` across fork+exec, so a child's
#: ``ru_maxrss`` is never below the parent's RSS at fork (this bench holds 20,000 statements: ~330 MB).
CHILD = (
    "import atexit, os\n"
    "def _hwm(path=os.environ['ANNOTATE_BENCH_HWM']):\n"
    "    with open('/proc/self/status') as status, open(path, 'w') as out:\n"
    "        out.write(next(line.split()[1] for line in status if line.startswith('VmHWM')))\n"
    "atexit.register(_hwm)\n"
    "from annotate.cli import main; main()\n"
)


def run_measured(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of ``annotate ARGS`` in a child process."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as hwm:
        process = subprocess.Popen(
            [sys.executable, "-c", CHILD, *args],
            env={**env, "ANNOTATE_BENCH_HWM": hwm.name}, stdout=subprocess.DEVNULL, stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        process.returncode = code
        if code != 0:
            errors.seek(0)
            print(f"  annotate {args[0]} failed (exit {code}): {errors.read().decode(errors='replace')[-400:]}", flush=True)
        own = hwm.read().strip()
    return seconds, (int(own) if own.isdigit() else usage.ru_maxrss) / 1024, code


def main() -> int:
    figures: dict[int, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="annotate-bench-load-") as tmp:
        work = Path(tmp)
        statements = bench_statements(max(SIZES))
        data_dir = server.copy_template(work / "data")
        state = server.start(data_dir, port=server.free_port())
        try:
            credentials = server.read_credentials(data_dir)
            env = {**os.environ, "LABEL_STUDIO_URL": state.url, "LABEL_STUDIO_API_KEY": credentials.api_key.get_secret_value()}
            for size in SIZES:
                path = work / f"statements-{size}.jsonl"
                write_jsonl(statements[:size], path)
                push = run_measured(["push", str(path), "--project", f"load {size}", "--target", TARGET, "--rules", "--timeout", "600", "-q"], env)
                pull = run_measured(["pull", "--project", f"load {size}", "--out-dir", str(work / f"pulled-{size}"), "--timeout", "600", "-q"], env)
                if push[2] or pull[2]:
                    return 1
                figures[size] = {"push": push[:2], "pull": pull[:2]}
                print(
                    f"{size:>6,} statements: push {push[0]:5.1f} s, peak RSS {push[1]:4.0f} MB; "
                    f"pull {pull[0]:5.1f} s, peak RSS {pull[1]:4.0f} MB",
                    flush=True,
                )
        finally:
            server.stop(data_dir)
    small, large = figures[SIZES[0]], figures[SIZES[-1]]
    missed = 0
    for step in ("push", "pull"):
        ratio = large[step][1] / small[step][1]
        ok = ratio <= MAX_GROWTH
        missed += not ok
        print(
            f"{step} peak RSS {SIZES[-1]:,} / {SIZES[0]:,}: {ratio:.2f} (target <= {MAX_GROWTH:.2f}: {'ok' if ok else 'MISSED'})",
            flush=True,
        )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
