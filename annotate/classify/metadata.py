"""The metadata saved beside each model version (``metadata.json``), as pydantic records.

One :class:`ModelMetadata` per version: what it was trained on (file name and hashes, never an
absolute path), per field the cross-validated figures of the model and of what it competes
with, the promotion gate's decision, and which version serves each field while this version
is ``current`` (a field that was not promoted keeps being served by the predictor before it).
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from annotate.classify.fusion import FusionInfo

FORMAT_VERSION = 2


class Figures(BaseModel):
    """Out-of-fold figures of one predictor on one field."""

    n: int
    accuracy: float
    macro_f1: float
    log_loss: float
    brier: float
    per_class: dict[str, dict[str, float]] = Field(default_factory=dict)
    confusion: dict = Field(default_factory=dict)


class CrossValidation(BaseModel):
    """The model and its competitors, all scored on the same folds."""

    scheme: str = Field(description="e.g. 'grouped 5-fold'.")
    grouping: str = Field(description="What a group is: 'article and target claim', 'article', 'target claim', 'row'.")
    model: Figures
    majority: Figures
    rules: Figures
    unfused: Optional[Figures] = Field(
        default=None, description="Stance fused with the base model: the same model on the same folds without the fusion."
    )
    previous: Optional[Figures] = Field(
        default=None, description="The model serving the field before, refitted per fold on the part of its training data in that fold."
    )


class Gate(BaseModel):
    """The promotion decision for one field."""

    baseline: str = Field(description="The predictor the model would replace: the rules' version or '<name>/<version>'.")
    model_macro_f1: float
    baseline_macro_f1: float
    promoted: bool
    forced: bool = False
    reason: str


class FieldInfo(BaseModel):
    trained: bool
    schema_classes: list[str]
    reason: Optional[str] = Field(default=None, description="Why the field was not trained.")
    classes: list[str] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)
    calibration: Optional[str] = None
    decision: str = Field(
        default="argmax",
        description="How the label is read from the calibrated probabilities: 'argmax', or 'prior' (argmax of p / the class's share of `counts`).",
    )
    decision_scores: dict[str, float] = Field(
        default_factory=dict, description="Macro-F1 of each decision on inner folds of the training labels, which picked `decision`."
    )
    fusion: Optional[FusionInfo] = Field(
        default=None,
        description="Stance only: the base model this field's probabilities are fused with, and the weight. None (older models): not fused.",
    )
    cv: Optional[CrossValidation] = None
    gate: Optional[Gate] = None
    served_by: str = Field(description="Version whose pipeline predicts this field while this version is current, or the rules' version.")


class TrainingData(BaseModel):
    source: str = Field(description="File name (or project) the annotations came from; never an absolute path.")
    file_sha256: Optional[str] = None
    sha256: str = Field(description="Hash of the examples and labels as trained on.")
    examples: int


class ModelMetadata(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: int = FORMAT_VERSION
    name: str
    version: str
    created: str
    schema_name: str
    schema_version: int
    schema_hash: str
    features_version: int
    rules_version: str
    min_per_class: int
    training_data: TrainingData
    packages: dict[str, str]
    fields: dict[str, FieldInfo]
    promoted: list[str] = Field(default_factory=list, description="Fields this version was made current for.")
    model_sha256: Optional[str] = None

    def trained_fields(self) -> list[str]:
        return [name for name, info in self.fields.items() if info.trained]
