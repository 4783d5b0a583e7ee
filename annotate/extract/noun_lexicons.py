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
    mention reference defense defence assessment opinion description characterization portrayal depiction
    explanation interpretation
    """.split()
    for f in (base, base + "s")
)
# Prepositions that introduce a cue noun's content ("criticism of", "support for", "opposition to").
# A cue noun as the object of a preposition that makes a compound preposition with it: "Cruz quipped in reference to
# the absent Trump" says what a remark was about (as "regarding X" would), not what anyone said.
COMPOUND_PREPOSITIONS = frozenset({("in", "reference")})
CUE_NOUN_PREPS = frozenset("of for to against on about over toward towards".split())
# Nouns of request (FrameNet's Request frame) among :data:`CUE_NOUNS`, and the one preposition that introduces their
# content ("demands for change", "a request for records"): after "to", "of" or "on" comes the one asked ("an appeal
# to religious conservatives", "a request of the president", "demands on the candidates"), not what is asked.
REQUEST_NOUNS = frozenset(f for base in "request appeal plea demand recommendation".split() for f in (base, base + "s"))
REQUEST_NOUN_PREPS = frozenset(("for",))

# Verbs whose subject receives or meets a cue noun rather than voices it ("Trump faced criticism of X", "won the
# endorsement of the union"): their subject is not the noun's holder.
RECEIVE_FORMS = frozenset(
    """
    face faces faced facing endure endures endured enduring draw draws drew drawn drawing receive receives received
    receiving get gets got gotten getting win wins won winning earn earns earned earning field fields fielded fielding
    attract attracts attracted attracting weather weathered weathering meet meets met meeting invite invites invited
    inviting provoke provoked provoking prompt prompted prompting spark sparked sparking trigger triggered
    triggering fuel fueled fuelled fueling deflect deflected deflecting dodge dodged dodging ignore ignored ignoring
    answer answered answering rebuff rebuffed rebuffing absorb absorbed survive survived
    """.split()
)


def _plurals(bases: str) -> frozenset[str]:
    """Each noun and its plural ("speech" -> "speeches", "story" -> "stories")."""
    def plural(base: str) -> str:
        if base.endswith(("s", "sh", "ch")):
            return base + "es"
        return base[:-1] + "ies" if base.endswith("y") and base[-2:-1] not in "aeiou" else base + "s"
    return frozenset(f for base in bases.split() for f in (base, plural(base)))


# Nouns that are a statement only with a possessor or a "by" agent, with the complements they take ("to" is a
# "to V" clause): verbal attacks ("Trump's attacks on Clinton"; without a holder mostly violence, "the attacks on
# Paris", and after a verb too, "Hamas launched an attack on Israel") and nouns of intention and commitment ("her
# plan to V", "his pledge to V"; not "decision" and "refusal", which the seeds gold leaves out, nor "willingness",
# 3 of 8 on PolNeAR train).
_ATTACK_NOUNS = _plurals("attack broadside jab barb tirade salvo")
_INTENTION_NOUNS = _plurals("plan promise pledge vow intention wish") | frozenset(
    "desire reluctance determination eagerness".split()
)
# The attack nouns are a statement also as the direct object of a verb whose agentive subject launches them ("Trump
# unleashed a harsh attack on Ben Carson": Trump; ``noun_cues.noun_frames``); an intention noun is not ("has no
# plans to V", where the verb says whether there is one).
GOVERNED_HELD_NOUNS = _ATTACK_NOUNS
# Verbs with which an attack is an act of violence rather than words ("Hamas launched an attack on Israel", "urged
# followers to carry out lone-wolf attacks", "waging attacks"): their subject is no source of the attack noun.
VIOLENT_ATTACK_VERBS = frozenset(
    """
    launch launches launched launching carry carries carried carrying wage wages waged waging stage stages staged
    staging plot plots plotted plotting conduct conducts conducted conducting commit commits committed committing
    """.split()
)
HELD_NOUNS: dict[str, frozenset[str]] = {
    **{w: frozenset(("on", "against", "at")) for w in _ATTACK_NOUNS},
    **{w: frozenset(("to",)) for w in _INTENTION_NOUNS},
}
# Nouns of communication, thought and worry whose "about" object is what was said or thought: "his remarks about
# C", "a joke about C", "doubts about C".
ABOUT_NOUNS = _plurals(
    """
    comment remark statement story joke word speech tweet conversation message note talk anecdote
    testimony rant anxiety fear doubt concern worry misgiving grievance view attitude
    """
)
ABOUT_PREPS = frozenset(("about",))
# Nouns of thought and communication whose 'that' clause is what was said or thought: "the notion that C", "his
# hope that C" ("the fact that C", "the possibility that C" are the writer's own framing, left out).
THAT_NOUNS = _plurals(
    """
    idea notion hope fear view sense statement reminder signal charge revelation recognition rumor rumour
    conclusion concern assurance message insistence contention theory impression perception feeling
    realization premise
    """
)
FRAME_NOUN_WORDS = frozenset(HELD_NOUNS) | ABOUT_NOUNS | THAT_NOUNS

# Copulas after a cue noun whose 'that' clause says what the noun holds: "Her argument is that C", "My impression
# was that C" (``noun_cues.noun_copula``).
NOUN_COPULAS = frozenset("is was are were be been 's ’s remains remained".split())
# The nouns ``noun_copula`` reads: the cue nouns and the frame nouns.
COPULA_NOUNS = CUE_NOUNS | FRAME_NOUN_WORDS

# Words that may open a sentence before a fronted "To S," phrase ("But to others, C"; ``noun_cues.to_holder``).
TO_HOLDER_OPENERS = frozenset("but and yet".split())
# Object pronouns that hold a view in "To them, C".
TO_HOLDER_PRONOUNS = frozenset("me us him her them".split())

# Adjectives of attitude and judgement whose holder is the copula's subject: "S is confident that C",
# "S was adamant that C", "S is hopeful about C", "S remains worried over C". Their 'that' clause or
# "about/of/over/in" object is the content (``families.attitude_adjective``).
ATTITUDE_ADJECTIVES = frozenset(
    """
    confident convinced hopeful optimistic pessimistic worried concerned skeptical sceptical adamant upbeat
    doubtful fearful insistent critical wary supportive enamored enamoured
    """.split()
)
ATTITUDE_PREPS = frozenset("about of over in".split())

# Every word above: a paragraph holding one is parsed (see ``lexicons.CANDIDATE_WORDS``).
NOUN_CUE_WORDS = REFER_FORMS | SEE_FORMS | CUE_NOUNS | FRAME_NOUN_WORDS | ATTITUDE_ADJECTIVES


# Nouns of backing or blame that a clause's subject receives from a group ("Rubio has won overwhelming support from
# members of Congress", "won the endorsement of the union", "The statement drew sharp criticism from both sides"; the
# subject is the content, the group the source), each with the prepositions that name the group.
_GROUP_PREPS = frozenset({"from", "of", "among"})
BACKING_NOUNS = {
    "support": _GROUP_PREPS, "backing": _GROUP_PREPS, "endorsement": _GROUP_PREPS, "endorsements": _GROUP_PREPS,
    "blessing": _GROUP_PREPS, "criticism": frozenset({"from"}), "praise": frozenset({"from"}),
}
# Backing nouns whose possessor is the one backed when a group phrase of HELD_BACKING_PREPS follows ("Clinton's deep
# support among black voters"); "his support of the bill" and "their support from Clinton" name what is backed or
# the former choice instead.
HELD_BACKING_NOUNS = frozenset({"support", "backing"})
HELD_BACKING_PREPS = frozenset({"among"})
# Verbs whose subject holds, gains, draws or sparks the backing or blame named by their object.
BACKING_VERBS = frozenset(
    """
    have has had having enjoy enjoys enjoyed enjoying win wins won winning receive receives received receiving draw
    draws drew drawn drawing earn earns earned earning get gets got gotten getting gain gains gained gaining attract
    attracts attracted attracting consolidate consolidates consolidated consolidating lock locks locked locking
    retain retains retained retaining command commands commanded commanding pick picks picked picking secure secures
    secured securing snag snags snagged snagging garner garners garnered garnering spark sparks sparked sparking
    """.split()
)
