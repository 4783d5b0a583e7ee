"""`make bench` section: push 10,000 statements with predictions to a real local Label Studio.

Starts its own server on a copy of the migrated template data dir (as the test fixture
does), on a free port, and stops it by pid afterwards. Prints seconds for the bulk push
(target < 30 s) and the per-task ratio against one-task-per-call import on a sample.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from annotate.labelstudio import server
from annotate.labelstudio.client import Client, Connection
from annotate.labelstudio.layout import statement_prediction, statement_task_data, task_items
from annotate.labelstudio.push import push_statements
from annotate.paths import SEEDS_DIR
from annotate.records import Span, Statement, statement_id
from annotate.schema import load_schema

N_STATEMENTS = 10_000
SAMPLE = 50
TARGET_S = 30.0
TARGET = "Turkey will act as a mediator in the Gaza hostage negotiations."


def bench_statements(n: int = N_STATEMENTS) -> list[Statement]:
    """``n`` distinct statements: the seed statements repeated under copy article ids."""
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    seeds = [s for s in Extractor().extract_many(iter_articles([SEEDS_DIR])) if s.content is not None]
    out: list[Statement] = []
    copy = 0
    while len(out) < n:
        for seed in seeds:
            if len(out) == n:
                break
            article_id = f"{seed.article_id}-copy{copy}"
            content: Span = seed.content
            out.append(seed.model_copy(update={"article_id": article_id, "id": statement_id(article_id, content.start, content.end)}))
        copy += 1
    return out


def predictor():
    try:
        from annotate.classify import load_predictor

        return load_predictor(None)
    except ImportError:
        from annotate.classify import RulePredictor

        return RulePredictor()


def main() -> int:
    statements = bench_statements()
    model = predictor()
    schema = load_schema()
    with tempfile.TemporaryDirectory(prefix="annotate-bench-ls-") as tmp:
        data_dir = server.copy_template(Path(tmp) / "data")
        started = time.perf_counter()
        state = server.start(data_dir, port=server.free_port())
        print(f"server restart from template: {time.perf_counter() - started:.1f} s", flush=True)
        try:
            credentials = server.read_credentials(data_dir)
            client = Client(Connection(state.url, credentials.api_key.get_secret_value(), "bench"), timeout=300)
            started = time.perf_counter()
            report = push_statements(statements, [TARGET], "bench bulk", model, client=client)
            bulk = time.perf_counter() - started
            assert report.tasks_created == N_STATEMENTS, report.summary()
            print(
                f"push {N_STATEMENTS:,} statements with predictions ({report.model_version}): {bulk:.1f} s "
                f"(target < {TARGET_S:.0f} s: {'ok' if bulk < TARGET_S else 'MISSED'}); {report.batches} batches",
                flush=True,
            )
            started = time.perf_counter()
            again = push_statements(statements, [TARGET], "bench bulk", model, client=client)
            print(f"re-push (nothing to do, {again.tasks_existing:,} found): {time.perf_counter() - started:.1f} s", flush=True)

            project = client.create_project("bench single", client.get_project(report.project_id).label_config)
            sample = statements[:SAMPLE]
            per_task = []
            for statement in sample:
                # The statement layout, as push makes it (one task per statement, a stance control per target).
                data = statement_task_data(statement, {"stance_1": TARGET}, ["stance_1"], schema)
                items = task_items(data, statement.kind)
                prediction = statement_prediction(list(zip([c for c, _ in items], model.predict([i for _, i in items]))), schema, data=data)
                task = {"data": data, "predictions": [prediction] if prediction else []}
                t0 = time.perf_counter()
                client.create_task(project.id, task)
                per_task.append(time.perf_counter() - t0)
            single = statistics.median(per_task)
            bulk_per_task = bulk / N_STATEMENTS
            print(
                f"one task per call ({SAMPLE} sample, task + prediction): median {single * 1000:.0f} ms/task "
                f"-> {single * N_STATEMENTS:.0f} s for {N_STATEMENTS:,}; bulk {bulk_per_task * 1000:.2f} ms/task; "
                f"ratio {single / bulk_per_task:.0f}x",
                flush=True,
            )
        finally:
            server.stop(data_dir)
    return 0 if bulk < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
