"""Lexicons of the noun and preposition families (:mod:`annotate.extract.noun_cues`),
as named constants. A leaf module (no imports), so :mod:`annotate.extract.lexicons` can add
:data:`NOUN_CUE_WORDS` to its pre-filter without an import cycle."""

from __future__ import annotations

# Forms of "refer": "S said, referring to X", "S was referring to X".
REFER_FORMS = frozenset("refer refers referred referring".split())
# Perception verbs of judgement with "X as Y": "S sees X as Y", "S saw it as a betrayal".
SEE_FORMS = frozenset("see sees saw seeing seen".split())


# Nouns of communication and judgement (the noun side of the speech, judgement and belief verb classes;
# FrameNet's Statement, Judgment_communication, Request and Opinion frames) whose complement is reported
# content: "criticism of X", "her warning that C", "demands for X". Left out: nouns of intention
# and decision ("decision to", "refusal to"), which the seeds gold does not annotate, and topic holders
# ("position on X", "response to X"), whose object is a topic, not the content; "contempt" (mostly
# "contempt of Congress").
CUE_NOUNS = frozenset(
    f
    for base in """
    criticism critique condemnation praise tribute endorsement opposition rejection denial admission
    acknowledgment acknowledgement suggestion recommendation demand request appeal plea assertion argument
    accusation allegation complaint warning announcement proposal belief assumption expectation suspicion
    conviction consensus scepticism disdain hostility approval disapproval enthusiasm
    """.split()
    for f in (base, base + "s")
)
# Prepositions that introduce a cue noun's content ("criticism of", "support for", "opposition to").
CUE_NOUN_PREPS = frozenset("of for to against on about over toward towards".split())

# Every word above: a paragraph holding one is parsed (see ``lexicons.CANDIDATE_WORDS``).
NOUN_CUE_WORDS = REFER_FORMS | SEE_FORMS | CUE_NOUNS
