"""Verb classes from outside linguistic sources (Levin 1993; VerbNet 3.x), as named constants.

Each constant holds the base forms of one Levin / VerbNet class (number in the name), written
out in full from the class definitions, NOT filtered by any score on an evaluation corpus.
:data:`CLASS_FRAMES` says which argument structures of the extractor a class feeds
(``clause``: "S <v> (that) C"; ``object``: "S <v> X (as/for/of ...)"; ``object_pred``: an object
only with a predicative or clausal complement after it, "S <v> X as Y / X Y / X to C";
``xcomp``: "S <v> (X) to C"; ``object_topic``: the listener and an "of" / "about" topic, "S <v> X of C").
A class is wired as a whole, never verb by verb (how the frames were chosen:
docs/experiments-extraction.md).

Every class is an *agentive* class for the rules: its verbs are cues only with a name, a
personal pronoun, or a person/body/media/document noun as subject (see
:func:`annotate.extract.subjects.agentive`), so "the meeting reflects X" is not an attribution.

Sources:
- Beth Levin (1993), *English Verb Classes and Alternations*, University of Chicago Press:
  §29 verbs with predicative complements, §30 verbs of perception, §31.2 admire verbs, §32 desire verbs,
  §33 judgement verbs, §37 verbs of communication.
- VerbNet (Kipper-Schuler et al.; Palmer et al.), the classes named below, for classes
  beyond Levin's book (order-60, urge-58.1, promise-37.13, indicate-78, wish-62, ...).

Limits: English base forms only (inflected by :func:`annotate.lexicon.verb_forms`);
phrasal members ("lash out at", "lay out") are not here but in :mod:`annotate.extract.lexicons`
(``PHRASAL_BASES``, ``PARTICLE_OBJECT_BASES``, the light verbs); a polysemous member (``call``,
``read``, ``show``) is a cue in every sense, the agentive subject and the frame being the
only filters. "Attack/defend" stance verbs (``CONTEST_VERBS``) are not one Levin class: they
group VerbNet's "conspire"/"defend-85"/"attack"-like members of stance reporting (PARC 3.0).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- Verbs of communication (Levin §37) ---------------------------------------------------

# 37.1 Transfer of a message (VerbNet transfer_mesg-37.1.1): "She explained the rules to them".
TRANSFER_OF_MESSAGE_37_1 = _words(
    "ask cite dictate explain pose preach quote read relay show teach tell write recite demonstrate convey"
)

# 37.1.2 Inquire (VerbNet inquire-37.1.2): "They inquired whether C".
INQUIRE_37_1_2 = _words("ask inquire enquire query question quiz interrogate interview probe wonder grill")

# 37.2 Tell (VerbNet tell-37.2): "She told him that C".
TELL_37_2 = _words("tell")

# 37.3 Manner of speaking (VerbNet manner_speaking-37.3): "She shouted that C", "he mumbled C".
MANNER_OF_SPEAKING_37_3 = _words(
    """
    babble bark bawl bellow bleat boom bray burble cackle carol chant chatter chirp cluck coo croak croon
    crow cry drawl drone gabble gibber groan growl grumble grunt gurgle hiss holler hoot howl jabber lilt
    lisp moan mumble murmur mutter purr rage rasp roar rumble scream screech shout shriek sing snap snarl
    snuffle splutter sputter squall squawk squeak squeal stammer stutter thunder trill twitter wail warble
    wheeze whimper whine whisper whistle whoop yammer yap yell yelp yodel
    """
)

# 37.4 Instrument of communication (VerbNet instr_communication-37.4): "She emailed that C".
INSTRUMENT_OF_COMMUNICATION_37_4 = _words(
    "cable e-mail email fax phone radio semaphore signal telegraph telephone telex text wire tweet retweet post"
)

# 37.5 Talk and 37.6 Chitchat (VerbNet talk-37.5, chit_chat-37.6): "They argued about C".
TALK_CHITCHAT_37_5_6 = _words(
    """
    speak talk argue bicker chat chatter chitchat confer converse debate gab gossip joke kid negotiate
    quarrel quibble schmooze spar squabble wrangle yak banter consult
    """
)

# 37.7 Say (VerbNet say-37.7): "She said that C", "he announced C".
SAY_37_7 = _words(
    """
    say announce articulate blurt claim confess confide convey declare divulge explain hint insinuate
    intimate mention note observe proclaim propose recount remark repeat report reveal state suggest
    write add admit allege assert affirm aver avow contend maintain reiterate restate specify stress
    emphasize emphasise disclose acknowledge concede reply respond retort counter answer rejoin
    """
)

# 37.8 Complain (VerbNet complain-37.8): "He complained that C".
COMPLAIN_37_8 = _words("complain bitch boast brag carp crab gripe grouch grouse grumble kvetch moan object whine bemoan lament")

# 37.9 Advise (VerbNet advise-37.9): "She warned them that C", "he assured voters C".
ADVISE_37_9 = _words(
    "admonish advise alert apprise assure brief caution counsel enlighten inform instruct notify reassure remind update warn"
)

# 37.11 Lecture (VerbNet lecture-37.11): "He lectured about C".
LECTURE_37_11 = _words(
    "comment lecture moralize moralise philosophize preach remark sermonize speak talk testify theorize expound editorialize"
)

# 37.13 Promise (VerbNet promise-37.13): "He promised to fight", "she vowed that C".
PROMISE_37_13 = _words("promise guarantee pledge vow swear offer commit threaten assure")

# --- Verbs with predicative complements (Levin §29) --------------------------------------

# 29.2 Characterize (VerbNet characterize-29.2): "She described it as a disgrace".
CHARACTERIZE_29_2 = _words(
    """
    accept address appreciate bill cast categorize certify characterize characterise cite class classify
    conceive define depict describe diagnose envisage envision esteem frame hail identify imagine interpret
    lampoon paint picture portray present rank recognize recognise redefine regard represent repute
    stereotype stigmatize treat typecast view visualize perceive see remember recollect
    """
)

# 29.3 Dub (VerbNet dub-29.3): "They dubbed it a hoax", "she called him a liar".
DUB_29_3 = _words("anoint baptize brand call christen crown decree dub label name nickname pronounce rule style term tag")

# 29.4 Declare (VerbNet declare-29.4): "The court deemed it unlawful", "she found him guilty".
DECLARE_29_4 = _words("adjudge believe consider declare deem feel find judge presume proclaim profess pronounce rule reckon suppose think")

# 29.5 Conjecture (VerbNet conjecture-29.5): "He suspects that C", "she alleged that C".
CONJECTURE_29_5 = _words(
    """
    accept admit affirm allege anticipate assert assume aver believe conjecture consider deny discover doubt
    expect feel figure foresee forget guarantee guess hypothesize hypothesise imagine know learn maintain
    mean posit postulate predict presume presuppose realize realise reckon recognize recognise remember
    see sense show speculate stipulate surmise suspect theorize think trust understand verify warrant
    wager bet swear fear worry hope conclude deduce infer gather reason
    """
)

# --- Perception (Levin §30) -------------------------------------------------------------

# 30.1 See and 30.2 Sight (VerbNet see-30.1, sight-30.2): "She saw him leave", "they noticed smoke rising".
# Not a cue class (not in :data:`CLASS_FRAMES`): the extractor reads these verbs as cues only with a finite clause ("sees that C",
# "saw Obama could win"); a small clause ("saw X get out", "to see X become Y") or an indirect question
# ("to see if C") is perception or inquiry (:func:`annotate.extract.frames.clause`).
PERCEPTION_30 = _words("see hear feel notice sense detect discern perceive smell taste watch witness spot observe")

# --- Psychological verbs (Levin §31.2) ----------------------------------------------------

# 31.2 Admire (VerbNet admire-31.2): "Voters distrust her", "he admires Putin".
ADMIRE_31_2 = _words(
    """
    abhor admire adore appreciate cherish deplore despise detest disdain dislike distrust dread enjoy envy
    esteem exalt fancy fear hate idolize lament like loathe love mourn pity prize regret relish resent
    respect revere savor tolerate treasure trust value venerate worship
    """
)

# --- Desire, intention, volition (Levin §32; VerbNet want-32.1, long-32.2, wish-62) ------

# 32.1 Want and 32.2 Long: "They want a wall", "she hopes to win".
DESIRE_32 = _words("covet crave desire fancy need want wish hanker hope hunger long lust pine thirst yearn")

# VerbNet wish-62 / intention ("intend, plan, aim, decide"): "He plans to veto it".
INTEND_62 = _words("intend plan aim mean decide resolve choose elect prefer expect propose dream")

# VerbNet try-61: "She tried to make the case that C".
TRY_61 = _words("attempt endeavor endeavour seek strive try venture vie")

# VerbNet order-60 and urge-58.1: "She demanded that C", "he urged Congress to act".
ORDER_URGE_58_60 = _words(
    """
    order command demand direct enjoin instruct request require bid charge forbid urge exhort implore
    beg beseech entreat plead press petition appeal encourage persuade pressure push lobby call ask
    recommend insist
    """
)

# --- Judgement (Levin §33; VerbNet judgment-33.1) ------------------------------------------

# 33 Judgement: "She praised the plan", "he accused Clinton of lying", "they blamed Hamas for C".
JUDGEMENT_33 = _words(
    """
    abuse acclaim accuse applaud berate blame castigate celebrate censure chastise chide commend compliment
    condemn congratulate criticize criticise damn decry denounce deride disparage excoriate execrate extol
    fault felicitate forgive greet hail impeach indict laud lambaste lambast mock pardon penalize praise
    punish rebuke reprimand reproach reprove repudiate ridicule salute scold scorn shame slam slander
    smear thank upbraid vilify welcome belittle demonize malign disparage lampoon denigrate scapegoat
    """
)

# --- Evidence (VerbNet indicate-78, demonstrate) -------------------------------------------

# indicate-78: "The poll shows that C", "the emails reveal C".
EVIDENCE_78 = _words(
    "attest betray confirm corroborate demonstrate document establish evidence evince exhibit expose illustrate "
    "imply indicate prove reflect reveal show signal signify substantiate suggest underscore verify"
)

# --- Stance: attack and defend (PARC 3.0 stance reporting; not one Levin class) ----------

CONTEST_VERBS = _words(
    """
    attack assail blast challenge combat contest contradict counter defend denounce deny dispute doubt fight
    justify oppose protect question rebut refute reject resist dismiss downplay spurn target uphold vindicate
    advocate back champion endorse support favor favour embrace promote tout push defy slam savage skewer
    """
)

# --- Publication: a document made public (PARC 3.0 attribution cues; not one Levin class) ---

# "The campaign released a list of donors", "he issued a statement", "the page lists him as X".
PUBLISH_VERBS = _words("release issue publish list share circulate distribute leak air broadcast unveil post reissue")

# Which argument structures each class feeds (see the module docstring). An empty tuple: the
# class is not wired (its members are too often not attributions); the constant stays for the record.
CLASS_FRAMES: dict[str, tuple[str, ...]] = {
    "TRANSFER_OF_MESSAGE_37_1": ("clause",),
    "INQUIRE_37_1_2": ("clause",),
    "TELL_37_2": ("clause",),
    "MANNER_OF_SPEAKING_37_3": ("clause",),
    "INSTRUMENT_OF_COMMUNICATION_37_4": (),
    "TALK_CHITCHAT_37_5_6": ("clause",),
    "SAY_37_7": (),
    "COMPLAIN_37_8": ("clause",),
    "ADVISE_37_9": ("clause", "object_topic", "object_pred"),
    "LECTURE_37_11": ("clause",),
    "PROMISE_37_13": ("clause", "xcomp"),
    "CHARACTERIZE_29_2": ("object_pred",),
    "DUB_29_3": ("object_pred",),
    "DECLARE_29_4": ("clause", "object_pred"),
    "CONJECTURE_29_5": ("clause",),
    "ADMIRE_31_2": (),
    "DESIRE_32": (),
    "INTEND_62": ("xcomp",),
    "TRY_61": ("xcomp",),
    "ORDER_URGE_58_60": ("clause", "xcomp", "object_pred"),
    "JUDGEMENT_33": ("object",),
    "EVIDENCE_78": ("clause",),
    "CONTEST_VERBS": ("object",),
    "PUBLISH_VERBS": (),
}


def frame_members(frame: str, but: str = "") -> frozenset[str]:
    """Base forms of every class feeding ``frame`` ("clause", "object", "object_pred" or "xcomp"), leaving out
    the class named ``but``."""
    return frozenset().union(*(globals()[name] for name, frames in CLASS_FRAMES.items() if frame in frames and name != but))
