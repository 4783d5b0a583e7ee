"""The hotkey harness (annotate.bench.screen) against the real Label Studio: what it submits arrives.

Headless Chromium (Debian's ``chromium``) drives the label stream of the demo project pushed to the
session server. Without Chromium the browser test skips with one reason line, except under CI
(``CI`` or ``ANNOTATE_REQUIRE_CORPORA=1``), where .ci/run installs it and a missing browser fails.
"""

from __future__ import annotations

import os

import pytest

from annotate.bench import screen
from annotate.labelstudio import server

CI = any(os.environ.get(name, "") not in ("", "0") for name in ("CI", "ANNOTATE_REQUIRE_CORPORA"))
CONFIG = """<View><Text name="statement" value="$text"/>
<Choices name="stance" toName="statement" choice="single-radio">
  <Choice value="support" hotkey="1"/><Choice value="oppose" hotkey="2"/><Choice value="neutral"/>
</Choices>
<Choices name="certainty" toName="statement"><Choice value="certain" hotkey="q"/><Choice value="hedged" hotkey="w"/></Choices>
<TextArea name="note" toName="statement"/></View>"""


@pytest.fixture()
def browser_ready() -> None:
    """Skips the test (fails it under CI) when the browser cannot run."""
    from annotate.bench.browser import missing_browser

    why = missing_browser()
    if why is None:
        return
    if CI:
        pytest.fail(f"{why} (CI must run the browser tests: .ci/run installs chromium)", pytrace=False)
    pytest.skip(why)


def result_of(item) -> list[dict]:
    """The result list of an SDK annotation or prediction (a dict or a pydantic object, by SDK type)."""
    return item["result"] if isinstance(item, dict) else item.result


def test_plans_press_one_key_per_changed_control_and_submit() -> None:
    controls = screen.choice_controls(CONFIG)
    assert [control.name for control in controls] == ["stance", "certainty"]
    predicted = {"stance": "oppose"}
    change = screen.plan_answers(controls, predicted, "change")
    assert change == {"stance": "neutral", "certainty": "certain"}
    accept = screen.plan_answers(controls, predicted, "accept")
    assert accept == {"stance": "oppose", "certainty": "certain"}
    assert screen.keys_for(controls, predicted, accept) == ["q", "Control+Enter"]  # the pre-filled stance costs nothing
    with pytest.raises(Exception, match="'neutral' of control 'stance' has no hotkey"):
        screen.keys_for(controls, predicted, change)


def test_dynamic_controls_take_their_choices_and_keys_from_the_task() -> None:
    config = '<View><Text name="statement" value="$text"/><Choices name="stance_2" toName="statement" value="$stance_2_choices"/></View>'
    (control,) = screen.choice_controls(config)
    assert control.data_key == "stance_2_choices" and control.values == ()
    data = {"stance_2_choices": [{"value": "stance_2:support", "alias": "support", "hotkey": "shift+5"},
                                 {"value": "stance_2:oppose", "alias": "oppose", "hotkey": "shift+6"}]}
    shown = control.for_task(data)
    assert shown.values == ("support", "oppose")  # results hold the alias
    assert screen.keys_for([shown], {"stance_2": "support"}, {"stance_2": "oppose"}) == ["Shift+6", "Control+Enter"]
    assert control.for_task({"stance_2_choices": []}).values == ()  # a target not asked: no answer, no key
    assert screen.plan_answers([control.for_task({"stance_2_choices": []})], {}, "change") == {}


@pytest.mark.slow
@pytest.mark.labelstudio
def test_harness_submissions_arrive_with_the_chosen_labels(browser_ready, ls_server) -> None:
    from annotate.bench.browser import browser_page, login, push_demo

    client = ls_server.client(timeout=120)
    project_id = push_demo(client, "Screen harness test")
    config = client.get_project(project_id).label_config
    credentials = server.read_credentials(ls_server.data_dir)
    with browser_page() as page:
        login(page, ls_server.url, credentials.email, credentials.password.get_secret_value())
        run = screen.label_stream(page, ls_server.url, project_id, config, plan="change", limit=3)

    assert len(run.tasks) == 3
    # The label stream opens on the project's instructions; the harness closes them once, as an annotator does.
    assert run.session_keys == [screen.CLOSE_KEY] and run.summary()["session_keys"] == 1
    controls = screen.choice_controls(config)
    assert any(control.data_key for control in controls), "the statement layout's stance controls are dynamic"
    for task in run.tasks:
        stored = client.sdk.tasks.get(task.task_id)
        asked = [control.name for control in controls if control.for_task(stored.data).values]
        predicted = screen.selected(result_of(stored.predictions[0]) if stored.predictions else [])
        assert len(stored.annotations) == 1, f"task {task.task_id}: {len(stored.annotations)} annotations"
        arrived = screen.selected(result_of(stored.annotations[0]))
        # Every choice control answered, each with the label the harness chose by key, none the pre-annotation's.
        assert arrived == task.answers
        assert set(arrived) == set(asked) and "certainty" in arrived and any(name.startswith("stance_") for name in arrived)
        assert all(predicted.get(name) != value for name, value in arrived.items())
        assert task.keys[-1] == screen.SUBMIT_KEY and len(task.keys) == len(asked) + 1
    summary = run.summary()
    assert summary["keystrokes"] == sum(len(task.keys) for task in run.tasks)
    assert summary["median_task_s"] > 0


def test_nested_via_keeps_its_colour_and_a_typed_note_is_saved(browser_ready, ls_server) -> None:
    """What the screen shows and keeps: Via inside a Cue painted in Via's own colour, not the two mixed,
    and a note typed without "Add" saved with the annotation (Tab leaves the note, Ctrl+Enter submits)."""
    from annotate.bench.browser import browser_page, login, push_demo
    from annotate.bench.screenshots import richest_task
    from annotate.labelstudio.layout import _flat
    from annotate.schema import load_schema

    client = ls_server.client(timeout=120)
    project_id = push_demo(client, "Screen look test")
    task_id = richest_task(client, project_id)  # "An Israeli official ... was cited by Yedioth Aharanoth as saying"
    via = next(label for label in load_schema().spans.labels if label.value == "Via")
    credentials = server.read_credentials(ls_server.data_dir)
    with browser_page() as page:
        login(page, ls_server.url, credentials.email, credentials.password.get_secret_value())
        page.goto(f"{ls_server.url}/projects/{project_id}/data?task={task_id}")
        page.wait_for_selector("[data-testid=bottombar-submit-button]:not([disabled])")
        nested = page.wait_for_selector('.htx-highlight .htx-highlight[data-label$=":Via"]')
        shown = nested.evaluate("e => [e.textContent, getComputedStyle(e).backgroundColor]")
        page.locator("textarea").first.click()
        page.keyboard.type("source is the ministry, not an official")
        page.keyboard.press("Tab")
        page.keyboard.press(screen.SUBMIT_KEY)
        for _ in range(150):  # the save, read back through the API (up to 30 s)
            if client.sdk.tasks.get(task_id).annotations:
                break
            page.wait_for_timeout(200)
    value = _flat(via.background).lstrip("#")
    assert shown == ["Yedioth Aharanoth", "rgb({}, {}, {})".format(*(int(value[i:i + 2], 16) for i in (0, 2, 4)))]
    (annotation,) = client.sdk.tasks.get(task_id).annotations
    notes = [r["value"]["text"] for r in result_of(annotation) if r.get("from_name") == "note"]
    assert notes == [["source is the ministry, not an official"]]
