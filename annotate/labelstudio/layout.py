"""The statement layout: one Label Studio task per statement, one stance control per target claim.

Why: certainty, attribution, the note and the spans belong to the statement, not to a
(statement, target) pair; asking them once per target made annotators answer them twice with
two targets, five times with five. Stance is the only field that depends on the target
(:data:`PER_TARGET_FIELDS`).

The labeling config is generated from the label schema AND the project's targets
(:func:`statement_config`): target ``k`` (1-based, in the order targets were first pushed) gets
a ``Text`` tag ``target_k`` whose static value is the claim (so the config itself maps controls
to claims: :func:`target_controls`) and a ``Choices`` control ``stance_k``. A target added
later gets the next number; numbers are never reused or renumbered, so old annotations keep
their meaning.

Which targets are asked on which task: Label Studio 1.23.2 has no visibility condition on task
data (``visibleWhen`` reacts only to choices and regions), so each ``stance_k`` is a dynamic
``Choices`` (``value="$stance_k_choices"``): the task data lists the schema's stance labels (with
hint and hotkey) for a target the ``--relate`` rule relates to the statement, and ``[]`` for the
others, whose control then shows no choice, only the line ``target_k_status``. The cost: the
stance labels are copied into each task's data at push time (a label added to the schema later
reaches new tasks, and old ones when they are re-pushed), and the stance controls cannot be
``required`` (Label Studio would require the empty ones too): an unanswered stance is a missing
label at pull time, never a guess.

Task data of the statement layout (:func:`statement_task_data`): the pair layout's keys
without ``target``, plus ``target_controls`` ({control: claim} of the asked targets, what pull
reads), ``targets`` (for the Data Manager), ``stance_k_choices``
and ``target_k_status`` for every target of the project, ``show_source``, ``show_label``,
``show_cue``, ``show_via``: the values shown in the Source/Cue/Via grid, "—" when empty, and
``normalised_source`` (the Data Manager's column: ``source_label``, "—" when empty). ``targets`` is
one line per asked target, "k. claim", cut to :data:`TARGET_LINE_CHARS` (:func:`target_line`).

Each dynamic choice is ``{"value": "stance_k:<label>", "alias": "<label>", "html": "<label>", "hint", "hotkey"}``:
results and predictions use the alias (the schema's label); the value only keeps the radio inputs of two
targets apart (Label Studio names a radio input after its value, and the browser groups radios by name).

Hotkeys (:func:`stance_hotkeys`): target 1 takes the schema's stance keys (1-4), target 2 the
next digits (5-8), targets 3 and 4 the same digits with Shift; targets past that are clicked.
The other fields keep their schema keys (q w e, a s d f g, z x c v for spans), all distinct.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from typing import Iterable, Optional

from annotate.labelstudio.spans import span_task_data
from annotate.records import Prediction, PredictItem, Statement
from annotate.schema import LabelSchema, load_schema

#: Schema fields asked once per (statement, target); every other field is asked once per statement.
PER_TARGET_FIELDS: tuple[str, ...] = ("stance",)
STANCE_FIELD = "stance"
CONTROL = re.compile(r"^(?P<field>[a-z][a-z0-9_]*?)_(?P<number>[1-9][0-9]*)$")
TARGET_TEXT = "target_{k}"
STATUS_KEY = "target_{k}_status"
CHOICES_KEY = "{control}_choices"
EMPTY = "—"
NOT_ASKED = "not asked: this statement does not relate to this claim (relation rule)"
#: Digits handed out to targets, in order, and the modifiers that extend them.
HOTKEY_DIGITS = "1234567890"
HOTKEY_MODIFIERS = ("", "shift+")
#: Shown values: (header, data key, task value). Data keys other than ``$source``, which Label
#: Studio's front end resolves to the task's raw JSON.
SHOWN = (("Source", "show_source"), ("Normalised source", "show_label"), ("Cue", "show_cue"), ("Via", "show_via"))
#: One sans-serif font for the screen (the context was a serif HyperText frame before), values on their
#: labels' baseline in the grid (Label Studio gives each Header an inline 10px margin), and no empty
#: line where a target is asked. No ">" here: the XML writer escapes it, and a style element's text is
#: not unescaped. The span labels' rules are added per schema (:func:`style`).
STYLE = """
.lsf-richtext, .lsf-richtext__line, .htx-richtext { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.annotate-grid { display: grid; grid-template-columns: max-content 1fr; column-gap: 1em; row-gap: 2px; align-items: baseline; margin: 4px 0 8px; }
.annotate-grid h4 { margin: 0 !important; font-size: 14px !important; line-height: 22px !important; font-weight: 600; color: #555; }
.annotate-grid .lsf-richtext, .annotate-grid .lsf-richtext__container { margin: 0 !important; padding: 0 !important; line-height: 22px; }
.annotate-status .lsf-richtext { color: #888; font-style: italic; }
.annotate-status:has(.lsf-richtext__line:empty) { display: none; }
"""
#: Label Studio paints a region with its label's colour at this opacity (HighlightMixin, 1.23.2).
REGION_ALPHA = 0.3


def _flat(colour: str, alpha: float = REGION_ALPHA) -> str:
    """``colour`` (#rrggbb) at ``alpha`` over white, as an opaque colour."""
    value = colour.lstrip("#")
    rgb = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - alpha * (255 - c)):02x}" for c in rgb)


def style(schema: Optional[LabelSchema] = None) -> str:
    """The screen's stylesheet: :data:`STYLE` plus, per span label, the colour of a region nested inside
    another (Via inside a Cue): Label Studio stacks the two translucent colours into a third (orange over
    purple looked brown), so a nested region is painted in its own label's colour, opaque. Label Studio
    marks a region's last span with ``data-label="<index>:<label>"``; a region cut into several spans
    keeps the mix on the others. A selected region keeps Label Studio's own colour (its rule comes later)."""
    rules = [STYLE.rstrip("\n")]
    spans = schema.spans if schema is not None else None
    for label in spans.labels if spans is not None else ():
        if label.background and re.fullmatch(r"#[0-9a-fA-F]{6}", label.background):
            value = label.value
            nested = (f'.htx-highlight .htx-highlight[data-label$=":{value}"]:not(.__hidden), '
                      f'.htx-highlight .htx-highlight[data-label="{value}"]:not(.__hidden)')
            rules.append(f"{nested} {{ background-color: {_flat(label.background)} !important; }}")
    return "\n".join(rules) + "\n"


def control_name(k: int, field: str = STANCE_FIELD) -> str:
    return f"{field}_{k}"


def stance_hotkeys(k: int, labels: int) -> list[Optional[str]]:
    """Hotkeys of the ``labels`` stance choices of target ``k`` (1-based); None past the keyed targets."""
    per_row = len(HOTKEY_DIGITS) // labels if labels else 0
    if per_row == 0:
        return [None] * labels
    level, slot = divmod(k - 1, per_row)
    if level >= len(HOTKEY_MODIFIERS):
        return [None] * labels
    digits = HOTKEY_DIGITS[slot * labels : (slot + 1) * labels]
    return [HOTKEY_MODIFIERS[level] + digit for digit in digits]


def stance_choices(schema: LabelSchema, k: int) -> list[dict]:
    """The dynamic choices of ``stance_k`` for a task that asks target ``k``."""
    field = schema.field(STANCE_FIELD)
    keys = stance_hotkeys(k, len(field.labels))
    out = []
    for label, key in zip(field.labels, keys):
        # Label Studio names each radio input after its choice's value, and the browser groups radios by
        # name across the whole form: with "support" in two targets' controls, checking one unchecked
        # the other on screen. So the value is unique per control; the alias is what results hold (and
        # what predictions select), the html what is shown.
        choice = {"value": f"{control_name(k)}:{label.value}", "alias": label.value, "html": html.escape(label.value)}
        if label.hint:
            choice["hint"] = label.hint
        if key:
            choice["hotkey"] = key
        out.append(choice)
    return out


def _sub(parent: ET.Element, tag: str, **attrs: Optional[str]) -> ET.Element:
    return ET.SubElement(parent, tag, {key: value for key, value in attrs.items() if value is not None})


def instructions(schema: LabelSchema, targets: Iterable[str] = ()) -> str:
    """The project's labeling instructions (HTML), from the schema's questions and hints."""
    parts = ["<p>One task per statement. Check the spans in the context, then answer each question once; "
             "stance is asked per target claim, only for the claims this statement relates to. "
             "Ctrl+Enter submits. Esc closes these instructions; the Instructions button at the top reopens them.</p>",
             "<p><b>The answers are pre-filled from the model: press a key only to change an answer.</b> "
             "Pressing the key of the choice that is already selected clears it (the keys toggle).</p>",
             "<p>A note is saved with the annotation as typed. While the cursor is in the note, keys type text "
             "and Ctrl+Enter does nothing: press Tab, then Ctrl+Enter (or click Submit).</p>"]
    targets = list(targets)
    if targets:
        # Label Studio's instructions box drops list markers: the numbers are written out.
        parts.append("<h4>Target claims</h4><ol>" + "".join(f"<li>{k}. {html.escape(t)}</li>" for k, t in enumerate(targets, start=1)) + "</ol>")
    if schema.spans is not None:
        parts.append(f"<h4>{html.escape(schema.spans.question or 'Spans')}</h4><ul>")
        parts.extend(
            f"<li><b>{html.escape(l.value)}</b>{f' ({html.escape(l.hotkey)})' if l.hotkey else ''}: {html.escape(l.hint or '')}</li>"
            for l in schema.spans.labels
        )
        parts.append("</ul>")
    for field in schema.fields:
        parts.append(f"<h4>{html.escape(field.question or field.name)}</h4>")
        if field.name == STANCE_FIELD:
            parts.append("<p>Keys: target 1 uses 1-4, target 2 uses 5-8, targets 3 and 4 the same with Shift.</p>")
        if field.labels:
            parts.append("<ul>" + "".join(
                f"<li><b>{html.escape(l.value)}</b>{f' ({html.escape(l.hotkey)})' if l.hotkey and field.name != STANCE_FIELD else ''}: "
                f"{html.escape(l.hint or '')}</li>" for l in field.labels) + "</ul>")
    return "".join(parts)


def statement_config(targets: list[str], schema: Optional[LabelSchema] = None) -> str:
    """The labeling config XML of the statement layout for the project's ``targets`` (in control order)."""
    from annotate.labelstudio.config import CONTROL_TAGS, span_labels

    schema = schema or load_schema()
    obj = schema.object
    view = ET.Element("View")
    _sub(view, "Style").text = style(schema)
    _sub(view, "Header", value="Statement", size="5")
    _sub(view, obj.type, name=obj.name, value=obj.value)
    grid = _sub(view, "View", className="annotate-grid")
    for header, key in SHOWN:
        _sub(grid, "Header", value=header, size="6")
        _sub(grid, "Text", name=key, value=f"${key}")
    _sub(view, "Header", value="Context", size="5")
    span_labels(view, schema)
    _sub(view, "Text", name="context", value="$context")
    for field in schema.fields:
        if field.name in PER_TARGET_FIELDS:
            for k, claim in enumerate(targets, start=1):
                _sub(view, "Header", value=f"{field.question or field.name} (target {k})", size="5")
                _sub(view, "Text", name=TARGET_TEXT.format(k=k), value=claim)
                status = _sub(view, "View", className="annotate-status")
                _sub(status, "Text", name=STATUS_KEY.format(k=k), value="$" + STATUS_KEY.format(k=k))
                _sub(view, "Choices", name=control_name(k, field.name), toName=obj.name,
                     value="$" + CHOICES_KEY.format(control=control_name(k, field.name)),
                     choice="single-radio", showInline="true")
            continue
        _sub(view, "Header", value=field.question or field.name, size="5")
        tag = CONTROL_TAGS[field.type]
        if field.type == "choices":
            control = _sub(view, tag, name=field.name, toName=obj.name, choice="single-radio",
                           required="true" if field.required else None, showInline="true")
            for label in field.labels:
                _sub(control, "Choice", value=label.value, hotkey=label.hotkey, hint=label.hint)
        else:
            # No "Add" button: Label Studio saves the typed text with the annotation anyway (TextArea
            # beforeSend), and the button, "Press Shift+Enter to Add" and "0 / 1 submissions" read as if the
            # note were lost unless added (checked in the browser: docs/labelstudio.md).
            _sub(view, tag, name=field.name, toName=obj.name, rows="2", editable="true", maxSubmissions="1",
                 showSubmitButton="false", required="true" if field.required else None)
    ET.indent(view, space="  ")
    return ET.tostring(view, encoding="unicode") + "\n"


def target_controls(xml: str) -> Optional[dict[str, str]]:
    """{``stance_k``: claim} of a statement-layout config in control order; None for any other layout
    (the pair layout, with one ``stance`` control and ``$target``)."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return None
    claims = {el.get("name"): el.get("value", "") for el in root.iter("Text") if el.get("name")}
    out: dict[str, str] = {}
    for element in root.iter("Choices"):
        match = CONTROL.match(element.get("name") or "")
        if match and match["field"] in PER_TARGET_FIELDS:
            claim = claims.get(TARGET_TEXT.format(k=match["number"]))
            if claim is not None:
                out[element.get("name")] = claim
    return out or None


def is_statement_layout(xml: str) -> bool:
    return target_controls(xml) is not None


def per_target_field(name: str) -> Optional[str]:
    """``stance`` for ``stance_3``; None for a name that is not a per-target control."""
    match = CONTROL.match(name or "")
    return match["field"] if match and match["field"] in PER_TARGET_FIELDS else None


def _shown(value: Optional[str]) -> str:
    return value if value else EMPTY


def statement_task_data(statement: Statement, controls: dict[str, str], asked: Iterable[str], schema: LabelSchema) -> dict:
    """The ``data`` of a statement's task: ``controls`` is the project's {``stance_k``: claim},
    ``asked`` the controls whose targets relate to the statement."""
    asked = [c for c in controls if c in set(asked)]

    def span(value) -> str:
        return value.text if value is not None else ""

    data = {
        "statement_id": statement.id,
        "article_id": statement.article_id,
        "text": span(statement.content),
        "source": span(statement.source),
        "source_label": statement.source_label or "",
        "anonymous": bool(statement.anonymous),
        "cue": span(statement.cue),
        "via": span(statement.via),
        "title": statement.title or "",
        "outlet": statement.outlet or "",
        "date": statement.date or "",
        "kind": statement.kind,
        "source_mention": span(statement.source),
        "show_source": _shown(span(statement.source)),
        "show_label": _shown(statement.source_label),
        "show_cue": _shown(span(statement.cue)),
        "show_via": _shown(span(statement.via)),
        "normalised_source": _shown(statement.source_label),
        **span_task_data(statement),
    }
    data.update(ask_data(controls, asked, schema))
    return data


#: Characters of a claim shown per line in the Data Manager's ``targets`` column (its width fits them).
TARGET_LINE_CHARS = 60


def target_line(k: int, claim: str, width: int = TARGET_LINE_CHARS) -> str:
    """Target ``k``'s line in the Data Manager: "k. claim", cut at a word with "…" past ``width``
    characters, so that two to four asked targets fit the row (Label Studio shows about four lines
    of a cell); the whole claim is in ``target_controls`` and on the labeling screen."""
    claim = " ".join(claim.split())
    if len(claim) > width:
        cut = claim[: width - 1]
        claim = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:.") + "…"
    return f"{k}. {claim}"


def ask_data(controls: dict[str, str], asked: Iterable[str], schema: LabelSchema) -> dict:
    """The task data keys that say which targets a task asks (merged into existing tasks' data
    when a target is added)."""
    asked = [c for c in controls if c in set(asked)]
    data: dict = {
        "target_controls": {c: controls[c] for c in asked},
        "targets": "\n".join(target_line(int(CONTROL.match(c)["number"]), controls[c]) for c in asked),
    }
    for control in controls:
        k = int(CONTROL.match(control)["number"])
        data[CHOICES_KEY.format(control=control)] = stance_choices(schema, k) if control in asked else []
        data[STATUS_KEY.format(k=k)] = "" if control in asked else NOT_ASKED
    return data


def asked_targets(data: dict) -> Optional[dict[str, str]]:
    """{control: claim} a statement-layout task asks; None for a pair-layout task."""
    controls = data.get("target_controls") if isinstance(data, dict) else None
    if not isinstance(controls, dict):
        return None
    return {str(c): str(t) for c, t in controls.items() if per_target_field(str(c)) and isinstance(t, str)}


def task_items(data: dict, kind: Optional[str] = None) -> list[tuple[Optional[str], PredictItem]]:
    """What the classifier sees of a task: one item per asked target (control, item) in the
    statement layout; one item (None, item) in the pair layout."""
    from annotate.labelstudio.tasks import predict_item

    controls = asked_targets(data)
    if controls is None:
        return [(None, predict_item(data, kind=kind))]
    if not controls:  # no target asked: certainty is still predicted, against no target
        return [(None, predict_item({**data, "target": ""}, kind=kind))]
    return [(control, predict_item({**data, "target": claim}, kind=kind)) for control, claim in controls.items()]


def statement_prediction(per_control: list[tuple[Optional[str], Prediction]], schema: LabelSchema,
                         data: Optional[dict] = None, task_id: Optional[int] = None, attribution: bool = True) -> Optional[dict]:
    """One Label Studio prediction of a statement-layout task from its per-target predictions:
    ``stance_k`` of each asked target, certainty (of the first target's prediction: it does not
    depend on the target), attribution ``correct`` (what the extractor claims; not with
    ``attribution=False``), and the spans of ``data``."""
    from annotate.errors import ModelError
    from annotate.labelstudio.spans import span_results

    to_name = schema.object.name
    result, scores, version = [], [], None
    for control, prediction in per_control:
        version = version or prediction.model_version
        if control is not None and prediction.stance is not None and STANCE_FIELD in schema.choice_fields:
            _check(prediction, STANCE_FIELD, schema)
            result.append({"from_name": control, "to_name": to_name, "type": "choices",
                           "value": {"choices": [prediction.stance.label]}, "score": prediction.stance.score})
            scores.append(prediction.stance.score)
    first = per_control[0][1] if per_control else None
    if first is not None and first.certainty is not None and "certainty" in schema.choice_fields:
        _check(first, "certainty", schema)
        result.append({"from_name": "certainty", "to_name": to_name, "type": "choices",
                       "value": {"choices": [first.certainty.label]}, "score": first.certainty.score})
        scores.append(first.certainty.score)
    if attribution and "attribution" in schema.choice_fields and "correct" in schema.classes("attribution") and result:
        result.append({"from_name": "attribution", "to_name": to_name, "type": "choices", "value": {"choices": ["correct"]}})
    result.extend(span_results(data, schema) if data is not None else [])
    if not result or version is None:
        return None
    out = {"model_version": version, "score": round(sum(scores) / len(scores), 4) if scores else None, "result": result}
    if task_id is not None:
        out["task"] = task_id
    return out


def task_score(per_control: list[tuple[Optional[str], Prediction]]) -> float:
    """The score :func:`statement_prediction` gives a task (mean of each asked target's stance score and
    the certainty score), rounded as sent; what the uncertainty ranking orders by. 0.0 when none."""
    scores = [p.stance.score for c, p in per_control if c is not None and p.stance is not None]
    if per_control and per_control[0][1].certainty is not None:
        scores.append(per_control[0][1].certainty.score)
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def _check(prediction: Prediction, name: str, schema: LabelSchema) -> None:
    from annotate.errors import ModelError

    label = getattr(prediction, name).label
    if label not in schema.classes(name):
        raise ModelError(
            f"model {prediction.model_version} predicts {name}={label!r}, not in the label schema "
            f"({', '.join(schema.classes(name))}); retrain on the current schema"
        )


#: Data Manager columns a statement-layout project opens on (the rest are hidden, not removed). Data
#: columns are titled by their key: ``normalised_source`` is ``source_label`` with "—" when empty.
VIEW_COLUMNS: tuple[str, ...] = (
    "tasks:id", "tasks:data.text", "tasks:data.normalised_source", "tasks:data.targets", "tasks:predictions_score",
    "tasks:total_annotations", "tasks:annotators",
)
#: Their widths in pixels (the tab's ``columnsWidth``; Label Studio adds about 18 px of padding to each):
#: the statement and two targets' lines readable in a 1400 px window, where a cell shows four lines
#: (and a line break in a value shows as a space). Label Studio adds a last, header-less column of its own to every list: the
#: "View Task Source" button (``{ }``), which no tab setting hides.
VIEW_WIDTHS: dict[str, int] = {
    "tasks:id": 50, "tasks:total_annotations": 50, "tasks:annotators": 115, "tasks:predictions_score": 135,
    "tasks:data.text": 320, "tasks:data.normalised_source": 130, "tasks:data.targets": 310,
}
#: Label Studio 1.23.2's own task columns (label_studio/data_manager/functions.py: get_all_columns).
TASK_COLUMNS: tuple[str, ...] = (
    "id", "inner_id", "completed_at", "total_annotations", "cancelled_annotations", "total_predictions", "annotators",
    "annotations_results", "annotations_ids", "predictions_score", "predictions_model_versions", "predictions_results",
    "file_upload", "storage_filename", "created_at", "updated_at", "updated_by", "avg_lead_time", "draft_exists",
    "data",  # the raw data object ("{}"); its keys are columns of their own
)


def data_manager_view(data_keys: Iterable[str], title: str = "Statements") -> dict:
    """The ``data`` of the default Data Manager tab: :data:`VIEW_COLUMNS` shown, every other task
    column and data key hidden (in the list and beside the labeling screen)."""
    columns = [f"tasks:{name}" for name in TASK_COLUMNS] + [f"tasks:data.{key}" for key in data_keys]
    hidden = [column for column in dict.fromkeys(columns) if column not in VIEW_COLUMNS]
    return {
        "title": title, "type": "list", "target": "tasks",
        "hiddenColumns": {"explore": hidden, "labeling": hidden},
        "columnsWidth": dict(VIEW_WIDTHS),
        "filters": {"conjunction": "and", "items": []}, "ordering": [],
    }
