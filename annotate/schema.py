"""The label schema (``schemas/label_schema.json``): the single source of truth for labels.

It fixes the class lists the classifier learns, the Label Studio labeling config
generated from it, and what an export may contain.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, Field, ValidationError

from annotate.errors import InputError
from annotate.paths import SCHEMAS_DIR

DEFAULT_SCHEMA_PATH = SCHEMAS_DIR / "label_schema.json"


class Label(BaseModel):
    value: str = Field(pattern=r"^[A-Za-z0-9_\-]+$")
    hotkey: Optional[str] = None
    hint: Optional[str] = None


class LabelField(BaseModel):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    type: Literal["choices", "textarea"]
    required: bool = False
    question: str = ""
    labels: list[Label] = Field(default_factory=list)


#: Statement fields a span label can stand for (see :class:`SpanLabel`).
SpanField = Literal["content", "source", "cue", "via", "resolves_to"]


class SpanLabel(Label):
    """A span label over the context: ``field`` is the Statement field its regions give."""

    field: SpanField
    background: Optional[str] = Field(default=None, pattern=r"^#[0-9A-Fa-f]{6}$")


class SpanLabels(BaseModel):
    """The span labels annotators correct in the context (a ``Labels`` control on ``to_name``).

    Not part of :meth:`LabelSchema.hash`: models learn no spans.
    """

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    to_name: str = "context"
    question: str = ""
    labels: list[SpanLabel]

    def label_for(self, field: str) -> Optional[SpanLabel]:
        return next((label for label in self.labels if label.field == field), None)

    def field_of(self, value: str) -> Optional[str]:
        return next((label.field for label in self.labels if label.value == value), None)


class ObjectTag(BaseModel):
    name: str
    type: str
    value: str


class LabelSchema(BaseModel):
    name: str
    version: int
    description: str = ""
    object: ObjectTag
    fields: list[LabelField]
    spans: Optional[SpanLabels] = None

    def field(self, name: str) -> LabelField:
        for field in self.fields:
            if field.name == name:
                return field
        raise InputError(f"label schema has no field {name!r}; fields are {', '.join(f.name for f in self.fields)}")

    def classes(self, name: str) -> list[str]:
        """The class list of a choices field, in schema order."""
        return [label.value for label in self.field(name).labels]

    @property
    def choice_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.type == "choices"]

    def hash(self) -> str:
        """Hash of the schema content that matters to models (names, types, labels)."""
        core = [(f.name, f.type, [label.value for label in f.labels]) for f in self.fields]
        return hashlib.sha256(json.dumps([self.object.name, core]).encode()).hexdigest()[:16]


def load_schema(path: Path = DEFAULT_SCHEMA_PATH) -> LabelSchema:
    """Read and validate a label schema file."""
    try:
        return LabelSchema.model_validate_json(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: label schema not found; pass --schema PATH") from None
    except ValidationError as err:
        first = err.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        raise InputError(f"{path}: invalid label schema at {loc}: {first['msg']}; fix the schema file") from None
