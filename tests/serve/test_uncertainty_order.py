"""Active learning: the labelling order (least confident first, one in five random), the "Least confident
first" Data Manager tab and `annotate push --order uncertainty`, against the REAL Label Studio of the session
fixture (no mocks)."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from annotate.classify.rules import RulePredictor
from annotate.classify.uncertainty import confidence, labelling_order, random_slots
from annotate.cli import app
from annotate.labelstudio.push import push_statements
from annotate.labelstudio.ranking import RANK_KEY, RANKED_BY_KEY, VIEW_TITLE, find_view, rank_project, ranks_by_key
from annotate.labelstudio.tasks import predict_item
from annotate.records import FieldPrediction, Prediction

pytestmark = pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated:DeprecationWarning")


def test_least_confident_first_with_one_slot_in_five_random():
    confidences = [0.9, 0.1, 0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 0.0, 0.95, 0.05]
    order = labelling_order(confidences, random_share=0.2, seed=3)
    assert sorted(order) == list(range(len(confidences)))  # a permutation
    assert random_slots(10) == [False, False, False, False, True] * 2
    chosen = [i for i, is_random in zip(order, random_slots(len(order))) if not is_random]
    # The uncertainty slots take the least confident task not placed yet, so they come in ascending confidence.
    assert [confidences[i] for i in chosen] == sorted(confidences[i] for i in chosen)
    assert chosen[:4] == [9, 11, 1, 5] or 9 in order[4:5]  # 0.0, 0.05, 0.1, 0.2 unless slot 5 drew one of them
    assert labelling_order(confidences, 0.2, seed=3) == order  # reproducible
    assert labelling_order(confidences, 0.0) == sorted(range(len(confidences)), key=confidences.__getitem__)
    with pytest.raises(ValueError):
        random_slots(3, 1.5)


def test_ranks_do_not_depend_on_the_order_tasks_come_in():
    scores = {(f"s{i}", "claim"): (i * 7 % 11) / 11 for i in range(30)}
    shuffled = dict(sorted(scores.items(), key=lambda kv: kv[1]))
    assert ranks_by_key(scores) == ranks_by_key(shuffled)
    assert sorted(ranks_by_key(scores).values()) == list(range(1, 31))


def test_confidence_is_the_mean_probability_of_the_predicted_labels():
    def field(label, p):
        return FieldPrediction(label=label, score=p, probabilities={label: p})

    prediction = Prediction(statement_id="s", target="t", stance=field("oppose", 0.6), certainty=field("certain", 0.8), model_version="m")
    assert confidence(prediction) == pytest.approx(0.7)
    assert confidence(prediction, ("stance",)) == pytest.approx(0.6)
    assert confidence(prediction.model_copy(update={"stance": None})) == pytest.approx(0.8)
    assert confidence(None) == 0.0


def seeds_statements():
    from annotate.extract import Extractor
    from annotate.readers import iter_articles

    return [s for s in Extractor().extract_many(iter_articles([SEEDS])) if s.content is not None]


def view_order(client, project_id) -> list:
    view = find_view(client, project_id)
    assert view is not None, "no 'Least confident first' tab"
    ids = client.task_ids_in_view(project_id, view.id)
    data = {ref.id: data for ref, data in client.iter_task_data(project_id)}
    return [(task_id, data[task_id]) for task_id in ids]


def scores_by_task(client, project_id) -> dict[int, float]:
    return {t.id: t.predictions[0]["score"] if isinstance(t.predictions[0], dict) else t.predictions[0].score
            for t in client.sdk.tasks.list(project=project_id, fields="all", page_size=1000)}


@pytest.mark.labelstudio
def test_push_ranks_the_tasks_and_the_tab_lists_them_least_confident_first(ls_server, gold_targets):
    client = ls_server.client()
    report = push_statements(seeds_statements(), gold_targets, "Active learning tab", RulePredictor(), client=client)
    assert report.tasks_created > 40 and report.predictions_added == report.tasks_created
    project_id = report.project_id
    view = find_view(client, project_id)
    assert view.data["title"] == VIEW_TITLE
    assert view.data["ordering"] == [f"tasks:data.{RANK_KEY}"]
    assert view.data["columnsDisplayType"] == {f"tasks:data.{RANK_KEY}": "Number"}
    assert view.data[RANKED_BY_KEY] == "rules-1"
    listed = view_order(client, project_id)
    assert len(listed) == report.tasks_created
    # The tab's order is the rank's, as a number (rank 10 after 9, not after 1).
    assert [data[RANK_KEY] for _, data in listed] == list(range(1, len(listed) + 1))
    scores = scores_by_task(client, project_id)
    slots = random_slots(len(listed))
    chosen = [scores[task_id] for (task_id, _), is_random in zip(listed, slots) if not is_random]
    assert chosen == sorted(chosen)  # least confident first, outside the random slots
    assert len(set(chosen)) >= 3  # the rules' scores do vary on the seeds: the order is not a tie
    assert min(scores.values()) == scores[listed[0][0]]

    # Pushing the same again changes nothing; an annotated task leaves the tab.
    again = push_statements(seeds_statements(), gold_targets, "Active learning tab", RulePredictor(), client=client)
    assert again.tasks_created == 0 and again.tasks_reranked == 0
    first = listed[0][0]
    client.create_annotation(first, result=[{"from_name": "stance", "to_name": "statement", "type": "choices", "value": {"choices": ["neutral"]}}])
    assert first not in [task_id for task_id, _ in view_order(client, project_id)]


class Reversed:
    """A predictor as sure as the rules are unsure (what a promoted model does to the order)."""

    model_version = "reversed/1"

    def predict(self, items):
        out = []
        for p in RulePredictor().predict(items):
            fields = {name: FieldPrediction(label=f.label, score=1.0 - f.score, probabilities=f.probabilities)
                      for name in ("stance", "certainty") if (f := getattr(p, name)) is not None}
            out.append(p.model_copy(update={**fields, "model_version": self.model_version}))
        return out


@pytest.mark.labelstudio
def test_push_order_uncertainty_imports_least_confident_first_and_a_new_model_reranks(ls_env, gold_targets, tmp_path):
    statements = tmp_path / "statements.jsonl"
    statements.write_text("".join(s.model_dump_json() + "\n" for s in seeds_statements()), encoding="utf-8")
    args = ["push", str(statements), "--project", "Uncertainty import order", "--rules", "--quiet", "--order", "uncertainty"]
    for target in gold_targets:
        args += ["--target", target]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    client = ls_env.client()
    project_id = report["project_id"]
    by_id = sorted((ref.id, data) for ref, data in client.iter_task_data(project_id))
    # Imported in labelling order: task ids (import order) follow the ranks.
    assert [data[RANK_KEY] for _, data in by_id] == list(range(1, len(by_id) + 1))
    scores = scores_by_task(client, project_id)
    chosen = [scores[task_id] for (task_id, _), is_random in zip(by_id, random_slots(len(by_id))) if not is_random]
    assert chosen == sorted(chosen)

    # A different model (as after a promotion) re-ranks the unannotated tasks; the tab follows it.
    updated = rank_project(client, project_id, Reversed().predict, Reversed.model_version, only_if_stale=True)
    assert updated > len(by_id) // 2
    assert find_view(client, project_id).data[RANKED_BY_KEY] == "reversed/1"
    listed = view_order(client, project_id)
    chosen = [1.0 - scores[task_id] for (task_id, _), is_random in zip(listed, random_slots(len(listed))) if not is_random]
    assert chosen == pytest.approx(sorted(chosen), abs=1e-3)
    assert rank_project(client, project_id, Reversed().predict, Reversed.model_version, only_if_stale=True) == 0

    bad = CliRunner().invoke(app, ["push", str(statements), "-p", "Uncertainty import order", "-t", "x", "--no-predictions", "--order", "uncertainty"])
    assert bad.exit_code == 2 and "--order uncertainty needs predictions to rank by; drop --no-predictions" in bad.output
