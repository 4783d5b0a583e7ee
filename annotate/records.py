"""Pydantic records at every boundary of the tool.

`Statement` is the central record: one attributed statement with exact offsets into
`Article.text` (UTF-8 text exactly as read; `text[start:end] == span.text`).
Its JSON Schema is exported to ``schemas/statement.schema.json``
(``python -m annotate.records`` rewrites it; a test keeps the two in sync).
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from annotate.paths import SCHEMAS_DIR

Kind = Literal["direct", "indirect", "mixed", "according_to"]


class Span(BaseModel):
    """A character span of the article text: ``text == article.text[start:end]``."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Article(BaseModel):
    """One input article. ``text`` is the text exactly as read (offsets index it)."""

    id: str
    text: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = Field(default=None, description="File the article was read from.")


def statement_id(article_id: str, content_start: int, content_end: int) -> str:
    """Stable id derived from the article id and the content span."""
    digest = hashlib.sha1(f"{article_id}\x1f{content_start}\x1f{content_end}".encode()).hexdigest()
    return f"st_{digest[:16]}"


class Statement(BaseModel):
    """One attributed statement: who said what, how, and through whom."""

    id: str = Field(description="Stable id: hash of article_id and the content span.")
    article_id: str
    content: Optional[Span] = Field(description="What was said (quote marks excluded for direct quotes).")
    source: Optional[Span] = Field(description="The source mention as written; null for bare 'reportedly'.")
    cue: Optional[Span] = Field(description="The reporting expression as written; null when absent.")
    kind: Kind
    source_label: Optional[str] = Field(
        default=None, description="Normalised source, e.g. 'Israeli official', 'US State Department'."
    )
    source_type: Optional[str] = Field(
        default=None,
        description="official, diplomat, spokesperson, government, media, organisation, person, unnamed source, ...",
    )
    anonymous: bool = False
    resolves_to: Optional[Span] = Field(
        default=None, description="Antecedent mention of an anaphoric source ('the official', 'he')."
    )
    via: Optional[Span] = Field(
        default=None, description="Outlet or medium in the attribution chain ('Reuters' in 'who spoke to Reuters')."
    )
    rule: str = Field(description="Name of the pattern that produced the statement.")
    context: Optional[Span] = Field(
        default=None,
        description=(
            "The paragraph holding the statement; in a paragraph longer than the statement plus 2,000 characters, "
            "the statement's sentence and the neighbouring sentences that fit in those 2,000 (offsets into the article)."
        ),
    )
    title: Optional[str] = None
    outlet: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None


STATEMENT_SCHEMA_PATH = SCHEMAS_DIR / "statement.schema.json"


def statement_json_schema() -> str:
    """The Statement JSON Schema as written to ``schemas/statement.schema.json``."""
    return json.dumps(Statement.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    STATEMENT_SCHEMA_PATH.write_text(statement_json_schema(), encoding="utf-8")
    print(f"wrote {STATEMENT_SCHEMA_PATH}")


# --- Label Studio round trip and classifier records -------------------------------------


class FieldPrediction(BaseModel):
    """A predicted label for one schema field, with its calibrated score and every class probability.

    Frozen: the rule priors hand the same instance to every statement a rule fires on."""

    model_config = ConfigDict(frozen=True)

    label: str
    score: float = Field(ge=0.0, le=1.0)
    probabilities: dict[str, float]


class Prediction(BaseModel):
    """Predicted stance and certainty of one statement toward one target."""

    statement_id: str
    target: Optional[str] = None
    stance: Optional[FieldPrediction] = None
    certainty: Optional[FieldPrediction] = None
    model_version: str = Field(description="'rules-<version>' for rule priors, else the model's version id.")


class Annotation(BaseModel):
    """One annotator's labels on one task, parsed once from Label Studio JSON."""

    task_id: Optional[int] = None
    annotation_id: Optional[int] = None
    statement_id: Optional[str] = None
    article_id: Optional[str] = None
    target: Optional[str] = None
    text: str
    cue: Optional[str] = None
    kind: Optional[str] = None
    source: Optional[str] = None
    source_label: Optional[str] = None
    anonymous: Optional[bool] = None
    annotator: Optional[str] = None
    labels: dict[str, Optional[str]] = Field(
        default_factory=dict, description="Schema field name -> chosen label (or note text); None when not given."
    )
    was_cancelled: bool = False
    lead_time: Optional[float] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    prediction_model_version: Optional[str] = None
    prediction_accepted: Optional[bool] = Field(
        default=None, description="True when the annotation equals the shown prediction on every predicted field."
    )
    layout: Optional[str] = Field(
        default=None,
        description="'statement' when the task asked every target at once (stance per target, the other fields once "
        "per statement, repeated on each target's row); 'pair' or None for one task per (statement, target).",
    )


class PredictItem(BaseModel):
    """What the classifier sees of one statement/target pair (from a Statement, a task, or a CSV row)."""

    statement_id: str
    text: str
    target: Optional[str] = None
    cue: Optional[str] = None
    kind: Optional[str] = None
    anonymous: Optional[bool] = None
    source_label: Optional[str] = None
    context: Optional[str] = Field(
        default=None,
        exclude=True,  # not part of an example's identity: item_key and data_hash stay as they were
        description="The paragraph holding the statement (its text), when known: the base model's relatedness reads it.",
    )
