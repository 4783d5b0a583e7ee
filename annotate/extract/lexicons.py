"""Lexicons of the rule-based extractor, as named module constants.

Cue verbs are listed by base form in classes that decide which complement holds the
content; :func:`annotate.lexicon.verb_forms` expands them to the inflected forms matched against the
text (the pipeline runs without spaCy's lemmatizer for speed).

Limits: English only; the lists cover news reporting verbs and common PolNeAR cues,
not every verb of saying or believing. Irregular forms are listed in :data:`annotate.lexicon.IRREGULAR`.
"""

from __future__ import annotations

import re

from annotate.extract import verb_classes
from annotate.extract.noun_lexicons import NOUN_CUE_WORDS
from annotate.lexicon import QUOTE_CHARS, verb_forms

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

# PARC-style attribution classes beyond reporting verbs (PolNeAR counts beliefs, evidence,
# stances and intentions as attributions). Each class needs a subject source and its own
# complement; see :mod:`annotate.extract.frames`.

# Extra speech acts with a clausal complement ("the court ruled that C", "she joked that C").
SPEECH_ACT_VERBS = frozenset(
    "rule declare proclaim joke quip brag scoff muse recount demand recommend propose urge advise swear testify concur".split()
)

# Cognition and belief with a clausal complement ("Trump assumes that C", "voters sense C").
BELIEF_VERBS = frozenset(
    "assume doubt imagine realize realise recognize recognise reckon suppose sense envision conclude discover notice "
    "perceive trust bet wish".split()
)

# Evidence: a report, poll or study as source ("the poll shows C", "the video demonstrates C").
EVIDENCE_VERBS = frozenset("demonstrate prove reflect illustrate underscore highlight confirm suggest indicate reveal show".split())

# Stance acts whose direct object is the content ("Trump mocked the idea", "she praised the plan").
STANCE_VERBS = frozenset(
    """
    attack mock defend denounce criticize criticise praise laud hail tout champion deride chastise slam blast bemoan
    decry lambaste assail condemn applaud commend ridicule reject dismiss question challenge dispute endorse back
    embrace support oppose favor favour admire distrust hate love fear resent welcome regret lament blame accuse
    rebuke fault chide castigate disparage belittle insult malign smear
    view regard deem ignore promote
    """.split()
)

# Communication acts whose direct object is the content ("she highlighted the gap", "he outlined a plan").
COMMUNICATION_VERBS = frozenset(
    """
    highlight express reference mention discuss address outline detail describe portray liken compare cite invoke
    publish unveil announce propose offer present retweet label dub term recommend demand request predict forecast
    estimate promise pledge vow threaten explain emphasize emphasise stress underscore articulate specify reiterate
    repeat recount recall document illustrate acknowledge recognize concede admit deny
    link paint identify shout chant
    """.split()
)

# Intentions and directives with a "to" complement ("vowed to fight", "urged Congress to act").
INTENTION_VERBS = frozenset(
    """
    propose encourage implore exhort urge ask tell instruct advise intend aim seek prefer decide choose hope wish
    expect pledge promise vow threaten decline resist plan want agree offer demand push pretend
    """.split()
)

# Personal pronouns that can be a source of the broader classes ("he mocked ...").
AGENT_PRONOUNS = frozenset("he she they we i you who".split())

# Person nouns by class, as cue subjects of the broader classes ("investors fear ...", "objectors argued ...",
# "his allies have praised ..."), both numbers. Written out by meaning (who the noun names), not by a score on
# a corpus; inanimate nouns and nouns for places or events are not here. Figures: docs/experiments-extraction.md,
# "Rounds (lexicon, session 20)".
# Political roles and camps.
POLITICAL_PERSON_NOUNS = frozenset(
    """
    governors mayors presidents senators chairmen chairwomen directors secretaries ambassadors envoys chiefs
    congressman congressmen congresswoman congresswomen representative representatives delegate delegates
    superdelegate superdelegates elector electors ally allies rival rivals challenger challengers incumbent
    incumbents backer backers donor donors strategist strategists consultant consultants pundit pundits
    commentator commentators columnist columnists speaker speakers loyalist loyalists partisan partisans
    campaigner campaigners organizer organizers organiser organisers negotiator negotiators diplomat
    socialist socialists moderate moderates independent independents nationalist nationalists populist populists
    republican democrat insurgent insurgents rebel rebels militant militants dissident dissidents contender
    contenders frontrunner frontrunners lobbyist lobbyists
    """.split()
)
# Working and economic roles.
OCCUPATION_NOUNS = frozenset(
    """
    investor investors trader traders developer developers businessman businessmen businesswoman businesswomen
    entrepreneur entrepreneurs owner owners worker workers employee employees employer employers banker bankers
    manager managers mogul moguls consumer consumers shopper shoppers customer customers taxpayer taxpayers
    homeowner homeowners landlord landlords farmer farmers teacher teachers student students nurse nurses
    soldier soldiers troops veteran veterans officer sheriff sheriffs detective detectives investigator
    investigators inspector inspectors regulator regulators historian historians psychologist psychologists
    sociologist sociologists demographer demographers actor actors actress actresses singer singers comedian
    comedians athlete athletes coach coaches pastor pastors priest priests bishop bishops cleric clerics rabbi
    rabbis imam imams justice justices juror jurors interviewer interviewers thinker thinkers neurosurgeon
    surgeon surgeons physician pediatrician pediatricians anchor anchors moderator moderators lender lenders
    documentarian documentarians filmmaker filmmakers blogger bloggers producer producers founder founders prophet
    prophets personnel
    """.split()
)
# People by what they do or undergo, not by trade: followers, audiences, the affected.
CIVIC_PERSON_NOUNS = frozenset(
    """
    citizen citizens immigrant immigrants refugee refugees demonstrator demonstrators objector objectors fan fans
    follower followers attendee attendees participant participants viewer viewers reader readers listener
    listeners neighbor neighbors neighbour neighbours victim victims survivor survivors patient patients friend
    friends colleague colleagues partner partners outsider outsiders skeptic skeptics sceptic sceptics defender
    defenders proponent proponents backer supporter opponent foe foes marcher marchers heckler hecklers volunteer
    volunteers millennial millennials adult adults patriot patriots
    """.split()
)
# Family members.
KIN_NOUNS = frozenset(
    """
    wife wives husband husbands spouse son sons daughter daughters mother mothers father fathers brother brothers
    sister sisters family families grandmother grandfather
    """.split()
)
# Groups of people acting together.
GROUP_PERSON_NOUNS = frozenset("crowd crowds audience audiences electorate panel panels jury juries delegation delegations caucus staff".split())

# Common-noun heads of human or collective sources for the broader classes ("critics praised ...",
# "lawmakers urged ..."), besides the role, institution, organisation, media and document heads
# of :mod:`annotate.extract.source_lexicons`. Inanimate subjects ("the meeting underscores ...")
# are not sources.
HUMAN_NOUNS = frozenset(
    """
    critic critics lawmaker lawmakers legislator legislators leader leaders president senator senators governor
    mayor candidate candidates nominee nominees democrat democrats republican republicans supporter supporters
    opponent opponents activist activists protester protesters member members scientist scientists researcher
    researchers economist economists voter voters parent parents woman women man men american americans
    politician politicians judge judges lawyer lawyers attorney attorneys prosecutor prosecutors chairman chairwoman
    director executive executives ceo spokesman spokeswoman spokesperson minister ministers secretary
    ambassador envoy author authors writer writers reporter reporters journalist journalists editor editors
    host hosts advocate advocates conservative conservatives liberal liberals progressive progressives
    economist scholar scholars professor professors doctor doctors physician physicians officials
    chief chiefs commander commanders general generals adviser user users poll pollster pollsters surrogate surrogates
    """.split()
) | POLITICAL_PERSON_NOUNS | OCCUPATION_NOUNS | CIVIC_PERSON_NOUNS | KIN_NOUNS | GROUP_PERSON_NOUNS

# Verbs whose direct object can be the content ("denied the reports", "confirmed this").
OBJECT_VERBS = frozenset(
    """
    deny confirm acknowledge refute announce reveal disclose report note mention cite
    reject dismiss criticize criticise condemn praise endorse support oppose propose urge
    demand want call describe question blame welcome echo slam blast downplay dispute
    """.split()
)

# Speech verbs whose direct object is the content with an agentive subject ("claimed vast wealth",
# "declared bankruptcy", "answering questions about C", "point out their credentials"); other speech verbs'
# objects are listeners or fillers ("asking her", "found a way", "continues his attacks").
SPEECH_OBJECT_VERBS = frozenset("declare claim answer point understand".split())

# Speech verbs of publishing whose direct object is what the source published ("tweeted a chart of crime
# statistics", "posted the story"); "write" is not among them ("have written letters for several of them").
PUBLISH_OBJECT_VERBS = frozenset("post tweet".split())

# Prepositions whose phrase after an object belongs to the content ("likened RT to the BBC",
# "described it as a ploy", "blamed Hamas for the failure", "described crass behavior by Trump"); others
# ("in", "since", "during") are adjuncts.
OBJECT_PREPS = frozenset("as to for of with into about against over by".split())

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
    ("respond", "to"), ("react", "to"), ("comment", "on"), ("rail", "against"),
    ("warn", "against"), ("brag", "about"), ("boast", "about"), ("rule", "against"), ("vote", "against"),
    ("decide", "against"), ("respond", "with"), ("press", "on"),
    # Stance phrasal verbs.
    ("seize", "on"), ("disagree", "with"),
    # Reference: what the source talks about ("referred to the massacre", "alluded to his rival's remarks").
    ("refer", "to"), ("allude", "to"),
    # Topic and stance verbs with a fixed preposition ("focused on the economy", "lashed out at the press",
    # "vouched for her", "sided with Trump", "distanced himself from X").
    ("focus", "on"), ("dwell", "on"), ("touch", "on"), ("opine", "on"), ("weigh", "on"), ("zero", "on"),
    ("double", "on"), ("harp", "on"), ("vouch", "for"), ("apologize", "for"), ("apologise", "for"),
    ("side", "with"), ("hint", "at"), ("lash", "at"), ("balk", "at"), ("bristle", "at"),
    ("scoff", "at"), ("boast", "of"), ("joke", "about"), ("think", "about"), ("write", "about"),
    ("distance", "from"), ("push", "against"), ("spar", "over"),
)
# Verb + particle cues whose direct object is the content, with an agentive subject ("laid out his plan",
# "shrugged off the criticism", "ruled out a run", "played down the threat", "pointed out their credentials").
PARTICLE_OBJECT_BASES = (
    ("point", "out"), ("lay", "out"), ("spell", "out"), ("rule", "out"), ("call", "out"), ("single", "out"),
    ("shrug", "off"), ("brush", "off"), ("brush", "aside"), ("wave", "off"), ("laugh", "off"), ("rattle", "off"),
    ("play", "down"), ("play", "up"), ("talk", "up"), ("walk", "back"),
)

# Topic verbs of :data:`PHRASAL_BASES`: as an "-ing" participle on another clause they give the topic of an
# event, not an attribution ("held talks with Hamas, focusing on a ceasefire").
TOPIC_PHRASAL_VERBS = frozenset("focus dwell touch zero".split())


# Verbs whose object is the means of their subject's purpose: the subject, not the object, controls a
# to-infinitive after it ("The NRA used the comments to urge people to vote", "used much of their time to
# criticize the media").
INSTRUMENT_FORMS = frozenset(verb_forms("use"))

# Participle cues: the source is the subject of the clause they modify.
PARTICIPLE_CUES = frozenset("saying adding stating indicating noting explaining arguing warning claiming insisting "
                            "describing telling writing calling suggesting denying confirming".split())

# Passive frames: "S was cited by Y as saying", "S was quoted as saying".
PASSIVE_FRAMES = frozenset("cited quoted described reported".split())

# Verbs that start a bare "according to"-like attribution.
ACCORDING_TO = ("according", "to")
REPORTEDLY = frozenset({"reportedly", "allegedly", "purportedly"})
# Linking verbs of appearance: "X seems to be Y" (the author's stance, no source).
SEEM_FORMS = frozenset("seem seems seemed appear appears appeared".split())

# Quote marks as a pattern: also two apostrophes, the New York Times archive convention.
QUOTE_MARK = re.compile("''|[" + QUOTE_CHARS + "]")

# Minimum words inside quote marks for a quotation to count as speech, not a scare quote or title.
MIN_QUOTE_WORDS = 4

def _forms(bases: frozenset[str]) -> dict[str, str]:
    return {form: base for base in bases for form in verb_forms(base)}


SPEECH_FORMS = _forms(SPEECH_VERBS)
# Verbs that make a document public (:data:`~annotate.extract.verb_classes.PUBLISH_VERBS`): their subject is the
# source of what the document says ("released a Web video that accuses X").
PUBLISH_FORMS = frozenset(_forms(verb_classes.PUBLISH_VERBS))
# Verbs taking a content clause: speech, extra speech acts, belief, evidence, and the Levin /
# VerbNet classes of :mod:`annotate.extract.verb_classes` by their frames (agentive subject only).
CLAUSE_FORMS = {**_forms(SPEECH_ACT_VERBS | BELIEF_VERBS | EVIDENCE_VERBS | verb_classes.frame_members("clause")), **SPEECH_FORMS}
# Clause verbs of the conjecture class only (Levin 29.5, not in the lists above): their clause is their own
# complement, never a 'that' clause found under their object ("accepted the reality that C" is the noun's clause).
OWN_CLAUSE_FORMS = frozenset(_forms(verb_classes.CONJECTURE_29_5)) - frozenset(
    _forms(SPEECH_VERBS | SPEECH_ACT_VERBS | BELIEF_VERBS | EVIDENCE_VERBS | verb_classes.frame_members("clause", but="CONJECTURE_29_5"))
)
# Verbs of crying out words aloud ("the protesters chanted “Q”", "a young boy shouted, ''Q''"): whoever does it utters
# the quoted words, so any subject is their speaker (:func:`annotate.extract.quote_anchors._comma_bare`).
VOCAL_VERBS = frozenset("shout yell scream chant jeer holler".split())
VOCAL_FORMS = frozenset(_forms(VOCAL_VERBS))
OBJECT_FORMS = _forms(OBJECT_VERBS | STANCE_VERBS | COMMUNICATION_VERBS | EVIDENCE_VERBS | verb_classes.frame_members("object"))
XCOMP_FORMS = _forms(XCOMP_VERBS | INTENTION_VERBS | verb_classes.frame_members("xcomp"))
# Verbs whose object is content only with a predicative or clausal complement after it
# ("described it as a ploy", "dubbed him a liar", "urged Congress to act"; not "pressed him").
PREDICATE_FORMS = frozenset(_forms(verb_classes.frame_members("object_pred")))
# Verbs whose listener object and "of" / "about" topic are the content ("reminded Trump of the actions of X",
# "warned voters of the dangers"); the advise class, which otherwise takes a clause.
OBJECT_TOPIC_FORMS = frozenset(_forms(verb_classes.frame_members("object_topic")))
OBJECT_TOPIC_PREPS = frozenset(("of", "about"))
PRED_OBJECT_FORMS = PREDICATE_FORMS - set(OBJECT_FORMS)
# A speech verb with a topic "about" phrase ("speculated about X", "know about X", "reported about X"): the topic is
# the content, as for the listed "talk about", "complain about". Not "say" / "tell": "the things he said about X",
# "told him about X" have the things said, not the topic, for content.
TOPIC_PREPS = frozenset({"about"})
TOPIC_SPEECH_VERBS = SPEECH_VERBS - {"say", "tell"}
PHRASAL_CUES = frozenset((form, prep) for base, prep in PHRASAL_BASES for form in verb_forms(base)) | frozenset(
    (form, prep) for form in _forms(TOPIC_SPEECH_VERBS) for prep in TOPIC_PREPS
)
PARTICLE_OBJECT_CUES = frozenset((form, prt) for base, prt in PARTICLE_OBJECT_BASES for form in verb_forms(base))
TOPIC_PARTICIPLES = frozenset(form for base in TOPIC_PHRASAL_VERBS for form in verb_forms(base) if form.endswith("ing"))
# The reporting-verb lists proper: their cues accept any subject; the broader classes need an
# agentive one (see :data:`AGENT_PRONOUNS`, :data:`HUMAN_NOUNS`).
EVIDENCE_FORMS = frozenset(_forms(EVIDENCE_VERBS | verb_classes.EVIDENCE_78))
CORE_OBJECT_FORMS = frozenset(_forms(OBJECT_VERBS))
SPEECH_OBJECT_FORMS = _forms(SPEECH_OBJECT_VERBS)
PUBLISH_OBJECT_FORMS = frozenset(_forms(PUBLISH_OBJECT_VERBS))
# "S said what / the same / his piece": the object of "say" is the content.
SAY_FORMS = frozenset(_forms(frozenset({"say"})))
# Every form of the say class (Levin 37.7: "say", "announce", "note", "add", "admit", ...), speech acts PolNeAR marks
# as reports of their own even inside another report.
SAY_CLASS_FORMS = frozenset(_forms(verb_classes.SAY_37_7))
CORE_XCOMP_FORMS = frozenset(_forms(XCOMP_VERBS))
CUE_FORMS = {
    **_forms(frozenset(b for b, _ in PHRASAL_BASES + PARTICLE_OBJECT_BASES)), **_forms(verb_classes.frame_members("object_pred")),
    **XCOMP_FORMS, **OBJECT_FORMS, **CLAUSE_FORMS,
}

# Inquiry verbs (Levin 37.1.2, :data:`annotate.extract.verb_classes.INQUIRE_37_1_2`) and the words that open an
# indirect question as their content ("asked whether C", "Asked if C, S said", "wondered why C").
INQUIRY_FORMS = frozenset(_forms(verb_classes.INQUIRE_37_1_2))
# Perception verbs (Levin 30, :data:`annotate.extract.verb_classes.PERCEPTION_30`): cues only with a finite clause.
PERCEPTION_FORMS = frozenset(_forms(verb_classes.PERCEPTION_30))
QUESTION_OPENERS = frozenset("whether if why what how who whom when where which".split())

# Stance predicates after a copula: "S is a staunch opponent of C", "S has been critical of C".
STANCE_NOUNS = frozenset(
    "opponent opponents supporter supporters critic critics proponent proponents advocate advocates defender "
    "defenders champion champions skeptic skeptics foe foes".split()
)
STANCE_ADJECTIVES = frozenset(
    """
    critical supportive skeptical sceptical wary coy concerned worried passionate vague dismissive fond proud
    optimistic pessimistic confident adamant vocal silent reticent enthusiastic
    """.split()
)

# Light verbs with a communication or stance noun whose complement is the content: "raised questions
# about C", "sounded a call for C", "expressed concern that C", "made the case for C", "left little doubt that C".
LIGHT_VERBS = frozenset(
    "raise raises raised raising express expresses expressed expressing voice voices voiced voicing sound sounds "
    "sounded sounding make makes made making leave leaves left leaving throw throws threw throwing have has had having "
    "take takes took taken taking".split()
)
LIGHT_NOUNS = frozenset(
    """
    question questions concern concerns doubt doubts call calls case objection objections fear fears hope hopes
    support opposition secret reservations illusions alarm skepticism frustration disappointment confidence
    aim stance swipe swipes shot shots potshots mention
    """.split()
)
LIGHT_PREPS = frozenset("about of for over behind on against at".split())
# The light nouns that name a view or a feeling of whoever has it, the only ones read after a form of "have" ("S has
# no illusions about C", "S had concerns about C"); the others name what someone else gives the subject ("Clinton has
# the support of women", "had a shot at picking up some", "has no meaningful opposition").
HELD_LIGHT_NOUNS = frozenset(
    """
    question questions concern concerns doubt doubts objection objections fear fears hope hopes reservations
    illusions alarm skepticism frustration disappointment confidence
    """.split()
)
# Nouns of a view or an act of speech that, as the object of a cue verb, take the cue with them; what the view is
# about follows in a phrase opened by :data:`TOPIC_OBJECT_PREPS` ("offered an emotional defense of C", "showed
# little signs of C", "expressed discomfort with C", "offered his thoughts on C"). Not "support" nor "criticism"
# ("their support for Trump", "criticism of X" is kept whole by PolNeAR as often as not).
TOPIC_OBJECT_NOUNS = frozenset(
    """
    defense defenses words signs sign understanding discomfort thoughts interest concern concerns doubts worries
    questions
    """.split()
)
TOPIC_OBJECT_PREPS = frozenset("about of on with in over".split())

# Cheap pre-filter: a paragraph is parsed only when it holds a cue form, "according", a
# quote mark, "reportedly", "seems"/"appears", "clear" ("made it clear that") or a stance word.
CANDIDATE_WORDS = set(CUE_FORMS) | REPORTEDLY | SEEM_FORMS | {"according", "clear"} | STANCE_NOUNS | STANCE_ADJECTIVES | NOUN_CUE_WORDS
CANDIDATE_PATTERN = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, CANDIDATE_WORDS), key=len, reverse=True)) + r")\b"
    + "|''|[" + QUOTE_CHARS + "]",
    re.IGNORECASE,
)
_WORD_RUN = re.compile(r"\w+")


def is_candidate(text: str, start: int, end: int) -> bool:
    """``CANDIDATE_PATTERN.search(text, start, end) is not None``, 50x faster: a quote mark, or a
    whole word (a maximal run of word characters) in CANDIDATE_WORDS, looked up in the set instead of tried
    against 1,900 alternatives. A run with non-ASCII letters (case folding beyond ASCII) falls
    back to the pattern, so the answer is always the pattern's."""
    for mark in QUOTE_CHARS:
        if text.find(mark, start, end) >= 0:
            return True
    if text.find("''", start, end) >= 0:
        return True
    for match in _WORD_RUN.finditer(text, start, end):
        word = match.group()
        if not word.isascii():
            return CANDIDATE_PATTERN.search(text, start, end) is not None
        if word.lower() in CANDIDATE_WORDS:
            if match.start() == start and start > 0 and _WORD_RUN.match(text, start - 1):
                continue  # the tail of a word cut at ``start``: no word boundary there
            return True
    return False
