"""Late fusion of a trained stance model with the shipped base model (:mod:`annotate.classify.base`).

A stance model trained on a project's labels reads the project's claims; the base model's
support/oppose pipeline was trained on public debate pairs (PERSPECTRUM and IBM claim stance) and
carries a little over to claims nobody labelled. Fusion adds ``weight x logit(base P(support))`` to
the trained model's support/oppose log-odds, keeps the support + oppose mass where it was (so
``neutral`` and ``unrelated`` keep their probabilities), and the label is then read with the
trained model's own decision. Certainty is never fused.

The weight is fixed (:data:`FUSION_WEIGHT`), not fitted per project, and recorded per field in
the trained model's metadata (``FieldInfo.fusion``): a model saved without it predicts as before.
The base model's sentiment-agreement vote is not used (``base.sentiment_vote`` weight 0).

Limits: a row whose trained model gives ``support`` or ``oppose`` probability 0 (the class was never
labelled) is left as it is; the base model's P(support) is clipped to [1e-4, 1 - 1e-4] so one
confident base row moves the log-odds by at most ``weight x 9.2``.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
from pydantic import BaseModel, Field

#: Weight of the base model's logit P(support) on a new stance model's support/oppose log-odds.
FUSION_WEIGHT = 0.5
#: The two classes whose odds are fused; every other class keeps its probability.
FUSED_CLASSES: tuple[str, str] = ("support", "oppose")
BASE_CLIP = 1e-4


class BaseTrainingSet(BaseModel):
    """One training set of the base model, as its metadata lists it."""

    set: str
    file: str
    examples: int
    licence: str


class FusionInfo(BaseModel):
    """What a fused stance model was fused with: saved in ``FieldInfo.fusion``."""

    weight: float = Field(description="Weight of the base model's logit P(support) on the support/oppose log-odds.")
    base_name: str
    base_version: str
    base_sha256: str = Field(description="sha256 of the base model.skops the model was trained and measured with.")
    base_training_data: list[BaseTrainingSet] = Field(default_factory=list)
    base_licence: str = ""


def base_support(stance_pipeline, frame) -> np.ndarray:
    """The base stance pipeline's P(support) per row of ``frame`` (support + oppose renormalised to 1)."""
    return support_share(stance_pipeline.predict_proba(frame), stance_pipeline.classes_)


def support_share(proba: np.ndarray, model_classes) -> np.ndarray:
    """P(support) / (P(support) + P(oppose)) per row of ``proba`` (columns over ``model_classes``)."""
    classes = [str(c) for c in model_classes]
    support, oppose = proba[:, classes.index("support")], proba[:, classes.index("oppose")]
    return support / np.clip(support + oppose, 1e-12, None)


def fuse(proba: np.ndarray, classes: Sequence[str], support: Optional[np.ndarray], weight: float) -> np.ndarray:
    """``proba`` (rows over ``classes``) with ``weight x logit(support)`` added to each row's support/oppose
    log-odds, their sum kept; a copy. Weight 0, no ``support`` or a schema without both classes: unchanged."""
    if not weight or support is None or not all(c in classes for c in FUSED_CLASSES):
        return proba
    s, o = (list(classes).index(c) for c in FUSED_CLASSES)
    out = np.array(proba, dtype=float, copy=True)
    mass = out[:, s] + out[:, o]
    rows = (out[:, s] > 0) & (out[:, o] > 0)
    b = np.clip(np.asarray(support, dtype=float), BASE_CLIP, 1.0 - BASE_CLIP)
    odds = np.log(out[rows, s] / out[rows, o]) + weight * np.log(b[rows] / (1.0 - b[rows]))
    share = 1.0 / (1.0 + np.exp(-odds))
    out[rows, s] = mass[rows] * share
    out[rows, o] = mass[rows] - out[rows, s]
    return out


def fusion_info(weight: float, base_metadata: dict) -> FusionInfo:
    """The :class:`FusionInfo` for a model fused with ``weight`` and the base model of ``base_metadata``."""
    return FusionInfo(
        weight=weight,
        base_name=str(base_metadata.get("name", "")),
        base_version=str(base_metadata.get("version", "")),
        base_sha256=str(base_metadata.get("sha256", "")),
        base_training_data=[BaseTrainingSet(**entry) for entry in base_metadata.get("training_data", [])],
        base_licence=str(base_metadata.get("licence", "")),
    )


def card_lines(info: Optional[FusionInfo]) -> list[str]:
    """Model-card lines for a stance field fused with ``info`` (none when the field is not fused)."""
    if info is None or not info.weight:
        return []
    lines = [
        f"- `stance` is fused with the base model `{info.base_name}/{info.base_version}` (model.skops sha256 `{info.base_sha256[:16]}`): "
        f"the base's logit P(support) x {info.weight} is added to the support/oppose log-odds, their mass kept. The base was trained on:",
    ]
    lines += [f"  - `{entry.set}/{entry.file}`: {entry.examples} pairs, {entry.licence}" for entry in info.base_training_data]
    if info.base_licence:
        lines.append(f"  The base model file is shared under {info.base_licence}.")
    return lines
