"""Lexicons of the rule-based extractor, as named module constants.

Cue verbs are listed by base form in classes that decide which complement holds the
content; :func:`verb_forms` expands them to the inflected forms matched against the
text (the pipeline runs without spaCy's lemmatizer for speed).

Limits: English only; the lists cover news reporting verbs and common PolNeAR cues,
not every verb of saying or believing. Irregular forms are listed in ``IRREGULAR``.
"""

from __future__ import annotations

import re

# Verbs whose content is a clause ("S said (that) C", "C, S said").
SPEECH_VERBS = frozenset(
    """
    say tell state add note stress explain clarify claim deny refute confirm warn insist
    emphasize emphasise assert argue write report announce suggest acknowledge admit
    mention observe remark reply respond answer declare maintain contend testify tweet
    post reveal disclose indicate estimate predict conclude allege concede agree
    point complain caution recall reiterate repeat boast lament acknowledge assure
    promise pledge vow vouch speculate conclude comment continue counter retort inform
    believe think know feel fear worry hope expect understand learn find show suspect
    guess predict ask wonder question charge accuse contend signal hint
    """.split()
)

# Verbs whose direct object can be the content ("denied the reports", "confirmed this").
OBJECT_VERBS = frozenset(
    """
    deny confirm acknowledge refute announce reveal disclose report note mention cite
    reject dismiss criticize criticise condemn praise endorse support oppose propose urge
    demand want call describe question blame welcome echo slam blast downplay dispute
    """.split()
)

# Verbs whose xcomp ("to ...") is the content ("refused to comment", "vowed to fight").
XCOMP_VERBS = frozenset(
    "promise pledge vow refuse decline want plan threaten urge agree ask call".split()
)

# Nouns that carry a content clause as object of a cue verb: "denied reports that C".
CLAIM_NOUNS = frozenset(
    "claim claims report reports allegation allegations rumour rumours rumor rumors suggestion suggestions "
    "accusation accusations speculation assertion assertions statement statements".split()
)

# Verb + preposition cues whose prepositional object is the content ("called for X").
PHRASAL_BASES = (
    ("call", "for"), ("call", "on"), ("ask", "for"), ("ask", "about"), ("worry", "about"), ("talk", "about"),
    ("speak", "about"), ("speak", "of"), ("point", "to"), ("argue", "for"), ("argue", "against"), ("warn", "of"),
    ("warn", "about"), ("complain", "about"), ("agree", "with"), ("push", "for"), ("advocate", "for"),
    ("criticize", "for"), ("blame", "for"), ("accuse", "of"), ("press", "for"), ("lobby", "for"), ("testify", "about"),
)


# Participle cues: the source is the subject of the clause they modify.
PARTICIPLE_CUES = frozenset("saying adding stating indicating noting explaining arguing warning claiming insisting "
                            "describing telling writing calling suggesting denying confirming".split())

# Passive frames: "S was cited by Y as saying", "S was quoted as saying".
PASSIVE_FRAMES = frozenset("cited quoted described reported".split())

# Verbs that start a bare "according to"-like attribution.
ACCORDING_TO = ("according", "to")
REPORTEDLY = frozenset({"reportedly", "allegedly", "purportedly"})

# Double quote marks: straight and curly (typographic), guillemets.
QUOTE_CHARS = "\"“”„«»"
# Quote marks as a pattern: also two apostrophes, the New York Times archive convention.
QUOTE_MARK = re.compile("''|[" + QUOTE_CHARS + "]")

# Minimum words inside quote marks for a quotation to count as speech, not a scare quote or title.
MIN_QUOTE_WORDS = 4

IRREGULAR = {
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
}


def verb_forms(base: str) -> tuple[str, ...]:
    """Inflected forms of a regular English verb (plus ``IRREGULAR`` overrides)."""
    if base in IRREGULAR:
        return (base, *IRREGULAR[base])
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if re.search(r"[^aeiou]y$", base):
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


def _forms(bases: frozenset[str]) -> dict[str, str]:
    return {form: base for base in bases for form in verb_forms(base)}


SPEECH_FORMS = _forms(SPEECH_VERBS)
OBJECT_FORMS = _forms(OBJECT_VERBS)
XCOMP_FORMS = _forms(XCOMP_VERBS)
PHRASAL_CUES = frozenset((form, prep) for base, prep in PHRASAL_BASES for form in verb_forms(base))
CUE_FORMS = {**_forms(frozenset(b for b, _ in PHRASAL_BASES)), **XCOMP_FORMS, **OBJECT_FORMS, **SPEECH_FORMS}

# Cheap pre-filter: a paragraph is parsed only when it holds a cue form, "according", a
# quote mark or "reportedly".
CANDIDATE_PATTERN = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, set(CUE_FORMS) | REPORTEDLY | {"according"}), key=len, reverse=True)) + r")\b"
    + "|''|[" + QUOTE_CHARS + "]",
    re.IGNORECASE,
)
