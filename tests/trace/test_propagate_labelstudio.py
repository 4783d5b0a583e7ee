"""Label propagation: annotate one statement in the REAL Label Studio, push again, its near-duplicate's task
carries the propagated prediction."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from annotate.labelstudio.push import push_statements
from annotate.records import Annotation, Statement
from annotate.trace.propagate import near_duplicates, propagate, propagated_version

TARGET = "Hamas has moved its political bureau from Qatar to Turkey."
QUOTE = "Members of Hamas"


@pytest.fixture(scope="module")
def seed_statements() -> list[Statement]:
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]


def _quote(statements, article):
    return next(s for s in statements if s.article_id.startswith(article) and s.content.text.startswith(QUOTE))


def test_propagate_gives_the_label_to_near_duplicates_in_other_articles(seed_statements):
    source, twin = _quote(seed_statements, "000"), _quote(seed_statements, "001")
    assert twin.id in dict(near_duplicates(seed_statements)[source.id])
    annotation = Annotation(statement_id=source.id, target=TARGET, text=source.content.text, labels={"stance": "oppose", "certainty": "certain"})
    predictions = {p.statement_id: p for p in propagate(seed_statements, [annotation])}
    assert predictions[twin.id].stance.label == "oppose" and predictions[twin.id].certainty.label == "certain"
    assert predictions[twin.id].model_version == propagated_version(source.id) and predictions[twin.id].target == TARGET
    assert predictions[twin.id].stance.score >= 0.99  # the same quote word for word
    assert source.id not in predictions  # the annotated statement itself gets nothing
    assert all(seed_statements_by_id(seed_statements)[sid].article_id != source.article_id for sid in predictions)
    unrelated = next(s for s in seed_statements if s.article_id.startswith("004"))
    assert unrelated.id not in predictions


def seed_statements_by_id(statements):
    return {s.id: s for s in statements}


@pytest.mark.labelstudio
@pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning")
def test_push_after_an_annotation_propagates_it(ls_server, seed_statements):
    client = ls_server.client()
    title = "propagation"
    first = push_statements(seed_statements, [TARGET], title, None, client=client)
    assert first.predictions_propagated == 0
    project = client.require_project(title)
    tasks = {t.data["statement_id"]: t for t in client.sdk.tasks.list(project=project.id, include="id,data", page_size=100)}
    source, twin = _quote(seed_statements, "000"), _quote(seed_statements, "001")
    client.create_annotation(tasks[source.id].id, [
        {"from_name": "stance_1", "to_name": "statement", "type": "choices", "value": {"choices": ["oppose"]}},
        {"from_name": "certainty", "to_name": "statement", "type": "choices", "value": {"choices": ["certain"]}},
    ])

    second = push_statements(seed_statements, [TARGET], title, None, client=client)
    assert second.tasks_created == 0 and second.predictions_propagated >= 1
    predictions = client.sdk.predictions.list(task=tasks[twin.id].id)
    propagated = [p for p in predictions if p.model_version == propagated_version(source.id)]
    assert len(propagated) == 1
    labels = {r["from_name"]: r["value"]["choices"][0] for r in propagated[0].result}
    assert labels == {"stance_1": "oppose", "certainty": "certain"}  # one task per statement: target 1's control
    assert not client.sdk.predictions.list(task=tasks[source.id].id)  # the annotated task is left alone

    third = push_statements(seed_statements, [TARGET], title, None, client=client)
    assert third.predictions_propagated == 0  # idempotent: already there
    assert len([p for p in client.sdk.predictions.list(task=tasks[twin.id].id) if p.model_version.startswith("propagated-")]) == 1
