"""English word lists and helpers shared by extract, classify and labelstudio (spaCy's
``lang/en/stop_words.py`` and ``util.load_language_data`` are the model).

- :data:`STOP_WORDS`: words ignored when comparing two texts (statement and target claim).
- :data:`HEADLINE_FUNCTION_WORDS`: closed-class words a title-case headline capitalises.
- :data:`QUOTE_CHARS`, :data:`OPENING_QUOTES`, :data:`CLOSING_QUOTES`, :data:`SINGLE_QUOTES`: quote marks.
- :func:`verb_forms`: the inflected forms of an English verb.
- :func:`load_data`: a JSON table shipped as package data (``annotate/<package>/data/NAME.json``).

Limits: English only; the verb inflector knows the irregular verbs of news reporting
(:data:`IRREGULAR`), not every English verb.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

#: Words ignored when comparing statement and target (function words, pronouns, "say").
STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the and or but of to in on at for from by with as is are was were be been being has have had will would
    shall should can this that these those it its he she they them his her their we our you your i me my who whom
    which what when where why how than then there here about into over after before up down out so do does did
    also just more most said says say s t all any some one new via while during per if not no
    """.split()
)

#: Capitalised function words of a title-case headline, lower-cased before parsing ("Trump Could Address ...").
HEADLINE_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the of to as on for in and but or with from after over about by at into against amid
    is are was were be been has have had will would could can may might should must do does did not
    """.split()
)

#: Double quote marks: straight and curly (typographic), low-9 and guillemets.
QUOTE_CHARS = "\"“”„«»"
#: Quote marks that open a quotation, and those that close one (the straight mark does both).
OPENING_QUOTES = "“„«\""
CLOSING_QUOTES = "”»\""
#: The left single quote, which opens a quoted name ("‘Caliber’").
SINGLE_QUOTES = "‘"

#: Irregular verbs (and regular ones the rules below get wrong): base -> its other forms.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "known", "knowing"),
    "feel": ("feels", "felt", "feeling"),
    "understand": ("understands", "understood", "understanding"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "hope": ("hopes", "hoped", "hoping"),
    "argue": ("argues", "argued", "arguing"),
    "testify": ("testifies", "testified", "testifying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "clarify": ("clarifies", "clarified", "clarifying"),
    "worry": ("worries", "worried", "worrying"),
    "signal": ("signals", "signaled", "signalled", "signaling", "signalling"),
    "admit": ("admits", "admitted", "admitting"),
    "refer": ("refers", "referred", "referring"),
    "see": ("sees", "saw", "seen", "seeing"),
    "hear": ("hears", "heard", "hearing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "forecast": ("forecasts", "forecasted", "forecasting"),
    "bet": ("bets", "betting"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "sing": ("sings", "sang", "sung", "singing"),
    "teach": ("teaches", "taught", "teaching"),
    "seek": ("seeks", "sought", "seeking"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "mean": ("means", "meant", "meaning"),
    "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "bid": ("bids", "bidding"),
    "cast": ("casts", "casting"),
    "read": ("reads", "reading"),
    "quiz": ("quizzes", "quizzed", "quizzing"),
    "lead": ("leads", "led", "leading"),
    "lay": ("lays", "laid", "laying"),
    "dwell": ("dwells", "dwelt", "dwelled", "dwelling"),
    "forgive": ("forgives", "forgave", "forgiven", "forgiving"),
    "fight": ("fights", "fought", "fighting"),
    "strive": ("strives", "strove", "striven", "strived", "striving"),
    "prove": ("proves", "proved", "proven", "proving"),
    "vie": ("vies", "vied", "vying"),
}

#: Verbs that double their final consonant ("plan" -> "planned", "slam" -> "slammed").
DOUBLING = frozenset(
    """
    kid gab yap spar chat yak tag plan slam quip regret rebut commit submit omit prefer scrap slap snap rip fret
    abet permit ban bar stop shrug beg brag crab extol spot abhor aver concur confer infer
    """.split()
)


def verb_forms(base: str, irregular: bool = True) -> tuple[str, ...]:
    """Inflected forms of an English verb: base, 3rd person, past, "-ing" (:data:`IRREGULAR` and
    :data:`DOUBLING` overrides unless ``irregular`` is False: the regular rules alone)."""
    if irregular and base in IRREGULAR:
        return (base, *IRREGULAR[base])
    if irregular and base in DOUBLING:
        return base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    if base.endswith("ee"):
        return base, base + "s", base + "d", base + "ing"  # "agreeing", "guaranteeing"
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if re.search(r"[^aeiou]y$", base):
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


def load_data(package: str, name: str) -> Any:
    """The JSON table ``NAME.json`` in the ``data`` folder of ``package`` (shipped as package data)."""
    with resources.files(package).joinpath("data", f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)
