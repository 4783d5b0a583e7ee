"""The Label Studio labeling config, generated from the label schema (never edited by hand).

``labeling_config(schema)`` renders the XML checked in as ``schemas/labeling_config.xml``
(``annotate schema`` rewrites it; a test fails when it is stale). ``config_differences``
compares a server's config with ours field by field and says what differs.

Layout: the target claim, the statement (object tag ``statement``, value ``$text``), who
said it, the context (a plain ``Text`` tag, so article text cannot inject markup) with the
span labels over it (:func:`span_labels`: Source, Cue, Content, Via, pre-filled from the
extractor as regions, which is also what colours them), then one control per schema field
with each label's hint and hotkey.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Optional

from annotate.schema import DEFAULT_SCHEMA_PATH, LabelSchema, load_schema

LABELING_CONFIG_PATH = DEFAULT_SCHEMA_PATH.parent / "labeling_config.xml"
#: Task data shown besides the statement: (header, data key, tag).
SHOWN_DATA = (
    ("Source", "source_mention", "Text"),  # not "$source": Label Studio shows the raw task JSON for it
    ("Normalised source", "source_label", "Text"),
    ("Cue", "cue", "Text"),
    ("Via", "via", "Text"),
)
CONTROL_TAGS = {"choices": "Choices", "textarea": "TextArea"}
#: Control tags compared by :func:`config_differences` (the schema's fields, and the span labels).
COMPARED_TAGS = (*CONTROL_TAGS.values(), "Labels")


def _sub(parent: ET.Element, tag: str, **attrs: Optional[str]) -> ET.Element:
    return ET.SubElement(parent, tag, {key: value for key, value in attrs.items() if value is not None})


def labeling_config(schema: Optional[LabelSchema] = None) -> str:
    """The labeling config XML for ``schema`` (default: ``schemas/label_schema.json``)."""
    schema = schema or load_schema()
    obj = schema.object
    view = ET.Element("View")
    _sub(view, "Header", value="Target claim", size="5")
    _sub(view, "Text", name="target", value="$target")
    _sub(view, "Header", value="Statement", size="5")
    _sub(view, obj.type, name=obj.name, value=obj.value)
    info = _sub(view, "View", style="display: grid; grid-template-columns: max-content 1fr; column-gap: 1em; font-size: 90%")
    for header, key, tag in SHOWN_DATA:
        _sub(info, "Header", value=header, size="6")
        _sub(info, tag, name=key, value=f"${key}")
    _sub(view, "Header", value="Context", size="5")
    span_labels(view, schema)
    _sub(view, "Text", name="context", value="$context")
    for field in schema.fields:
        _sub(view, "Header", value=field.question or field.name, size="5")
        tag = CONTROL_TAGS[field.type]
        if field.type == "choices":
            control = _sub(
                view, tag, name=field.name, toName=obj.name, choice="single-radio",
                required="true" if field.required else None, showInline="true",
            )
            for label in field.labels:
                _sub(control, "Choice", value=label.value, hotkey=label.hotkey, hint=label.hint)
        else:
            _sub(view, tag, name=field.name, toName=obj.name, rows="2", editable="true", maxSubmissions="1",
                 required="true" if field.required else None)
    ET.indent(view, space="  ")
    return ET.tostring(view, encoding="unicode") + "\n"


def span_labels(parent: ET.Element, schema: LabelSchema) -> Optional[ET.Element]:
    """Append the schema's span ``Labels`` control (Source, Cue, Content, Via, each with its colour,
    hotkey and hint) to ``parent``; place it just before the object tag it labels (``context``).
    Nothing when the schema has no ``spans`` section."""
    spans = schema.spans
    if spans is None:
        return None
    control = _sub(parent, "Labels", name=spans.name, toName=spans.to_name, showInline="true")
    for label in spans.labels:
        _sub(control, "Label", value=label.value, hotkey=label.hotkey, background=label.background, hint=label.hint)
    return control


def write_labeling_config(path: Path = LABELING_CONFIG_PATH, schema: Optional[LabelSchema] = None) -> Path:
    from annotate.output import atomic_writer

    with atomic_writer(Path(path)) as handle:
        handle.write(labeling_config(schema))
    return Path(path)


def _controls(xml: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """name -> (tag, toName, choice values) for every control tag in ``xml``."""
    root = ET.fromstring(xml)
    controls = {}
    for element in root.iter():
        if element.tag in COMPARED_TAGS and element.get("name"):
            values = tuple(choice.get("value", "") for choice in element.iter() if choice.tag in ("Choice", "Label"))
            controls[element.get("name")] = (element.tag, element.get("toName", ""), values)
    return controls


def _objects(xml: str) -> dict[str, str]:
    root = ET.fromstring(xml)
    return {
        element.get("name"): element.get("value", "")
        for element in root.iter()
        if element.get("value", "").startswith("$") and element.get("name") and element.tag not in COMPARED_TAGS
    }


def removed_labels(server_xml: str, ours: str) -> dict[str, Optional[tuple[str, ...]]]:
    """What replacing the server's config with ours would remove: field -> its labels that go,
    or None when the whole field goes."""
    try:
        theirs = _controls(server_xml)
    except ET.ParseError:
        return {}
    mine = _controls(ours)
    removed: dict[str, Optional[tuple[str, ...]]] = {}
    for name, (_, _, values) in theirs.items():
        if name not in mine:
            removed[name] = None
            continue
        gone = tuple(v for v in values if v not in mine[name][2])
        if gone:
            removed[name] = gone
    return removed


def config_differences(server_xml: str, ours: str) -> list[str]:
    """What differs between the server's labeling config and ours, one short phrase each.

    Compares controls (names, tags, target object, choice values in order) and the data
    each object tag shows. Layout, hints and hotkeys differing alone give
    ``["layout/hints/hotkeys differ"]``; identical configs give ``[]``.
    """
    if " ".join(server_xml.split()) == " ".join(ours.split()):
        return []
    try:
        theirs_controls, theirs_objects = _controls(server_xml), _objects(server_xml)
    except ET.ParseError as err:
        return [f"server config is not valid XML ({err})"]
    our_controls, our_objects = _controls(ours), _objects(ours)
    out: list[str] = []
    for name in our_controls:
        if name not in theirs_controls:
            out.append(f"field {name!r} missing on the server")
    for name in theirs_controls:
        if name not in our_controls:
            out.append(f"server has extra field {name!r}")
    for name, (tag, to_name, values) in our_controls.items():
        if name not in theirs_controls:
            continue
        their_tag, their_to, their_values = theirs_controls[name]
        if their_tag != tag:
            out.append(f"field {name!r} is {their_tag} on the server, {tag} in the schema")
        if their_to != to_name:
            out.append(f"field {name!r} points at {their_to!r} on the server, {to_name!r} in the schema")
        missing = [v for v in values if v not in their_values]
        extra = [v for v in their_values if v not in values]
        if missing:
            out.append(f"field {name!r} lacks label(s) {', '.join(missing)} on the server")
        if extra:
            out.append(f"field {name!r} has extra label(s) {', '.join(extra)} on the server")
        if not missing and not extra and values != their_values:
            out.append(f"field {name!r} lists its labels in another order on the server")
    for name, value in our_objects.items():
        if theirs_objects.get(name) != value:
            out.append(f"object {name!r} shows {theirs_objects.get(name)!r} on the server, {value!r} in the schema")
    return out or ["layout/hints/hotkeys differ"]
