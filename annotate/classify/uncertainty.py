"""Active learning: the order in which to label, least confident first with a share of random tasks.

- :func:`confidence`: a prediction's confidence, the mean over its predicted fields of the
  probability the predictor gives its own label (the ``score`` of each field, and the prediction
  ``score`` Label Studio shows). For a trained model that is its calibrated probability; for the
  rule priors it is the fixed confidence of the rule that fired, so their order is coarse (ties are
  kept in input order).
- :func:`labelling_order`: the indices of the items in labelling order. Uncertainty sampling alone
  keeps asking about the model's blind spots and never shows it typical cases, so a share of the
  slots (:data:`RANDOM_SHARE`, one slot in five) is given to a random task not yet placed; the other
  slots take the least confident task not yet placed.

Limits: least-confidence only (no margin or entropy, no batch diversity): near-duplicate statements
with the same low confidence sit next to each other in the order.
"""

from __future__ import annotations

import random
from typing import Optional, Sequence

from annotate.records import Prediction

#: Share of the labelling order given to random tasks (one slot in five).
RANDOM_SHARE = 0.2
ORDERS: tuple[str, ...] = ("input", "uncertainty")


def confidence(prediction: Optional[Prediction], fields: Sequence[str] = ("stance", "certainty")) -> float:
    """Mean score of the prediction's ``fields`` that are predicted; 0.0 (label first) when none is."""
    if prediction is None:
        return 0.0
    scores = [getattr(prediction, name).score for name in fields if getattr(prediction, name, None) is not None]
    return sum(scores) / len(scores) if scores else 0.0


def random_slots(count: int, random_share: float = RANDOM_SHARE) -> list[bool]:
    """Which of ``count`` slots go to a random task: slot i when floor((i+1)*share) passes an integer,
    so the random tasks are spread evenly (share 0.2: slots 5, 10, 15, ... counted from 1)."""
    if not 0.0 <= random_share <= 1.0:
        raise ValueError(f"random share must be between 0 and 1, got {random_share}")
    return [int((i + 1) * random_share + 1e-9) > int(i * random_share + 1e-9) for i in range(count)]


def labelling_order(confidences: Sequence[float], random_share: float = RANDOM_SHARE, seed: int = 0,
                    rng: Optional[random.Random] = None) -> list[int]:
    """Indices of ``confidences`` in labelling order: least confident first, a random one in the
    slots :func:`random_slots` gives to chance (``seed`` or ``rng`` makes them reproducible)."""
    rng = rng or random.Random(seed)
    by_confidence = sorted(range(len(confidences)), key=lambda i: (confidences[i], i))
    shuffled = list(range(len(confidences)))
    rng.shuffle(shuffled)  # the next unplaced one of a shuffled list is a uniform pick among the unplaced
    placed = [False] * len(confidences)
    order: list[int] = []
    cursors = {True: 0, False: 0}
    for is_random in random_slots(len(confidences), random_share):
        queue = shuffled if is_random else by_confidence
        while placed[queue[cursors[is_random]]]:
            cursors[is_random] += 1
        pick = queue[cursors[is_random]]
        placed[pick] = True
        order.append(pick)
    return order
