"""Rule priors: the cold-start predictor used before any model has been trained.

Stance (needs a target; without one stance is not predicted):
1. an "uncommitted" phrase ("neither confirm nor deny", "declined to comment") -> neutral;
2. a denial cue ("denied", "refuted claims", "downplayed") -> oppose;
3. no content term shared with the target -> unrelated;
4. a denial/refutation word or a negation within WINDOW tokens of a shared term -> oppose
   (support when the target itself is negated);
5. a confirmation word near a shared term, or a confirming cue -> support;
6. otherwise -> neutral.

Certainty: an uncommitted phrase ("declined to confirm or deny") -> uncommitted; a strong hedge
("may", "could", "reportedly", "indicating") or hedge phrase ("cautiously optimistic", "is said
to") in the statement or cue -> hedged; otherwise -> certain.

Probabilities are fixed priors, not fitted: the chosen label gets the confidence of the
rule that fired (``STANCE_CONFIDENCE`` / ``CERTAINTY_CONFIDENCE``) and the rest is split
evenly over the schema's other classes. They are rough hit rates of each rule on the seeds
gold, rounded down, so a rule's score should not be read as more than "this rule fired".
"""

from __future__ import annotations

from typing import Optional

from annotate.classify.features import Lexical, TargetCache, TargetTerms, cue_lemma_class, lexical, lexicals, pair, tokens
from annotate.classify.lexicons import REFUTE_WORDS, RULE_HEDGE_PHRASES, RULE_HEDGES, UNCOMMITTED_PHRASES
from annotate.records import FieldPrediction, Prediction, PredictItem
from annotate.schema import LabelSchema, load_schema

RULES_VERSION = "rules-1"

#: rule name -> (label, confidence of the label when the rule fires)
STANCE_CONFIDENCE: dict[str, tuple[str, float]] = {
    "uncommitted_phrase": ("neutral", 0.6),
    "no_shared_terms": ("unrelated", 0.55),
    "refuted_near_target": ("oppose", 0.6),
    "denial_cue": ("oppose", 0.55),
    "negated_target_refuted": ("support", 0.4),
    "confirmed_near_target": ("support", 0.45),
    "default": ("neutral", 0.35),
}
CERTAINTY_CONFIDENCE: dict[str, tuple[str, float]] = {
    "uncommitted_phrase": ("uncommitted", 0.7),
    "hedge": ("hedged", 0.55),
    "default": ("certain", 0.8),
}


def spread(label: str, confidence: float, classes: list[str]) -> FieldPrediction:
    """A FieldPrediction giving ``confidence`` to ``label`` and the rest evenly to the other classes."""
    if len(classes) == 1:
        return FieldPrediction(label=label, score=1.0, probabilities={label: 1.0})
    rest = (1.0 - confidence) / (len(classes) - 1)
    probabilities = {name: (confidence if name == label else rest) for name in classes}
    return FieldPrediction(label=label, score=confidence, probabilities=probabilities)


def stance_rule(item: PredictItem, lex: Optional[Lexical] = None, known: Optional[TargetTerms] = None) -> Optional[str]:
    """Name of the stance rule that fires (a key of STANCE_CONFIDENCE); None without a target.

    ``known``: ``target_terms(item.target)`` when the caller has it (targets repeat in a batch)."""
    if not item.target:
        return None
    lex = lex or lexical(item.text)
    cue = (item.cue or "").lower()
    if lex.uncommitted or any(p in cue for p in UNCOMMITTED_PHRASES):
        return "uncommitted_phrase"
    p = pair(lex, item.target, known, full=False)
    _, cue_class = cue_lemma_class(item.cue)
    if cue_class == "deny" or any(t in REFUTE_WORDS for t in tokens(cue)):
        return "denial_cue"
    if p.target_overlap == 0.0:
        return "no_shared_terms"
    if p.refute_near or p.negation_near:
        return "negated_target_refuted" if p.target_negated else "refuted_near_target"
    if p.support_near or cue_class == "confirm":
        return "confirmed_near_target"
    return "default"


def certainty_rule(item: PredictItem, lex: Optional[Lexical] = None, cue: Optional[Lexical] = None) -> str:
    """Name of the certainty rule that fires (a key of CERTAINTY_CONFIDENCE); ``cue``: ``lexical(item.cue)`` if known."""
    lex = lex or lexical(item.text)
    if cue is None and item.cue:
        cue = lexical(item.cue)
    if lex.uncommitted or (cue is not None and cue.uncommitted):
        return "uncommitted_phrase"
    if lex.strong_hedges or (cue is not None and any(t in RULE_HEDGES for t in cue.toks)):
        return "hedge"
    if any(phrase in lex.norm for phrase in RULE_HEDGE_PHRASES) or (cue is not None and any(phrase in cue.norm for phrase in RULE_HEDGE_PHRASES)):
        return "hedge"
    return "default"


class RulePredictor:
    """Predictor from the rule priors (``model_version`` is ``rules-<n>``)."""

    model_version = RULES_VERSION

    def __init__(self, schema: Optional[LabelSchema] = None) -> None:
        schema = schema or load_schema()
        self.stance_classes = schema.classes("stance")
        self.certainty_classes = schema.classes("certainty")
        # One (frozen) FieldPrediction per rule, shared by every item the rule fires on.
        self.stance_outputs = {rule: spread(*value, self.stance_classes) for rule, value in STANCE_CONFIDENCE.items()}
        self.certainty_outputs = {rule: spread(*value, self.certainty_classes) for rule, value in CERTAINTY_CONFIDENCE.items()}

    def predict_one(self, item: PredictItem) -> Prediction:
        return self.predict([item])[0]

    def predict(self, items: list[PredictItem]) -> list[Prediction]:
        lexes = lexicals(item.text for item in items)
        stance = self.predict_field("stance", items, lexes)
        certainty = self.predict_field("certainty", items, lexes)
        return [
            Prediction(
                statement_id=item.statement_id,
                target=item.target,
                stance=stance[i],
                certainty=certainty[i],
                model_version=self.model_version,
            )
            for i, item in enumerate(items)
        ]

    def predict_field(
        self, field: str, items: list[PredictItem], lexes: Optional[list[Lexical]] = None
    ) -> list[Optional[FieldPrediction]]:
        """Predictions for one field only (used when a model covers the other fields).

        ``lexes`` are the items' ``lexical()`` results when the caller already has them.
        """
        lexes = lexes or lexicals(item.text for item in items)
        if field == "certainty":
            cues: dict[str, Lexical] = {}  # cues repeat ("said")
            out_c: list[Optional[FieldPrediction]] = []
            for item, lex in zip(items, lexes):
                cue = None
                if item.cue:
                    cue = cues.get(item.cue)
                    if cue is None:
                        cue = cues[item.cue] = lexical(item.cue)
                out_c.append(self.certainty_outputs[certainty_rule(item, lex, cue)])
            return out_c
        if field == "stance":
            known = TargetCache()
            out: list[Optional[FieldPrediction]] = []
            for item, lex in zip(items, lexes):
                rule = stance_rule(item, lex, known(item.target))
                out.append(self.stance_outputs[rule] if rule is not None else None)
            return out
        raise ValueError(f"rule priors predict stance and certainty, not {field!r}")
