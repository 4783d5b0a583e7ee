"""Stance and certainty classification: rule priors (cold start) and trained scikit-learn models.

Public API:
- :func:`load_predictor` -> a :class:`Predictor`: the current trained model under
  ``model_dir`` (default ``models/<DEFAULT_MODEL_NAME>``), or the rule priors when none exists.
- ``Predictor.model_version`` (``"rules-1"`` or ``"<name>/<version>"``) and
  ``Predictor.predict(items: list[PredictItem]) -> list[Prediction]``: every FieldPrediction
  carries probabilities over all of the schema's classes, summing to 1.
- Training: :func:`annotate.classify.train.train_model`; persistence: :mod:`annotate.classify.store`.

Stance needs a target claim: items without ``target`` get ``stance=None``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Protocol

from annotate.classify.rules import RULES_VERSION, RulePredictor
from annotate.records import Prediction, PredictItem

#: The fields the classifier predicts (choice fields of the label schema).
CLASSIFIED_FIELDS: tuple[str, ...] = ("stance", "certainty")
MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "models"
DEFAULT_MODEL_NAME = "stance-certainty"
DEFAULT_MODEL_DIR = MODELS_DIR / DEFAULT_MODEL_NAME


class Predictor(Protocol):
    model_version: str

    def predict(self, items: list[PredictItem]) -> list[Prediction]: ...


def load_predictor(model_dir: Optional[Path] = None, *, rules_if_missing: Optional[bool] = None) -> Predictor:
    """The current model in ``model_dir`` (``models/stance-certainty`` by default).

    With no trained model in the default folder (no ``current`` pointer), the rule priors. The
    shipped base model (``models/stance-base``, :mod:`annotate.classify.base`: trained on public
    data only) is used when asked for by its folder: it is not the default because it runs at about
    a quarter of the rule priors' speed, below the 5,000 statements/s of the default path, and on the
    seeds it only ties the rules once the cue is known (docs/classifier-carryover.md).
    A ``model_dir`` given explicitly that holds no model is a :class:`~annotate.errors.ModelError`:
    asking for a model never silently gets rules. ``rules_if_missing`` True/False forces the
    fallback on/off wherever the folder is.
    A model that is corrupt, untrusted or made for another label schema raises ModelError.
    """
    from annotate.classify.store import has_model, load_model

    explicit = model_dir is not None and Path(model_dir).resolve() != DEFAULT_MODEL_DIR.resolve()
    model_dir = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
    if not has_model(model_dir):
        from annotate.classify.base import BASE_FILE, load_base

        if (model_dir / BASE_FILE).is_file():
            return load_base(model_dir)
        if rules_if_missing if rules_if_missing is not None else not explicit:
            return RulePredictor()
        from annotate.errors import ModelError

        raise ModelError(f"{model_dir}: no trained model (no 'current' pointer); run `annotate train` or omit --model-dir")
    return load_model(model_dir)


__all__ = [
    "CLASSIFIED_FIELDS",
    "DEFAULT_MODEL_DIR",
    "Predictor",
    "RULES_VERSION",
    "RulePredictor",
    "load_predictor",
]
