"""Stance and certainty classification: rule priors (cold start) and trained scikit-learn models.

Interface used by push/prelabel (filled in by the classifier work):
    load_predictor(model_dir: Path | None) -> Predictor
    Predictor.model_version: str
    Predictor.predict(items: list[PredictItem]) -> list[Prediction]
"""
