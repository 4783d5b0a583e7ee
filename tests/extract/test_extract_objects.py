"""Cue verbs with an object, a prepositional object or a "to" complement, and the verb classes.

Tests on real sentences and articles from the seeds and PolNeAR dev."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, by_cue, extractor, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule) -- real sentences, seeds then PolNeAR.
CASES = [
    pytest.param(
        "At least one Turkish diplomat downplayed claims that Turkey has become the permanent host of Hamas’ "
        "leadership, saying the presence of senior Hamas members in the country was temporary.",
        "downplayed claims", "At least one Turkish diplomat",
        "Turkey has become the permanent host of Hamas’ leadership", "indirect", "verb_claim_noun",
        id="verb-claim-noun",
    ),
    pytest.param(
        "Rival Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone “is not "
        "having a good night.”",
        "had mocked", "Rival Hillary Clinton", "the complaint", "indirect", "verb_object", id="stance-object",
    ),
    pytest.param(
        "The Democratic presidential candidate’s call came after rival Donald Trump attacked Machado in early-morning "
        "tweets.",
        "attacked", "rival Donald Trump", "Machado", "indirect", "verb_object", id="stance-object-without-adjunct",
    ),
    pytest.param(
        "The ad then references FBI criticism of Clinton’s use of a private email system while she was secretary of "
        "state.",
        "references", "The ad", "FBI criticism of Clinton’s use of a private email system", "indirect", "verb_object",
        id="communication-object-document-source",
    ),
    pytest.param(
        "Donald Trump is once again questioning the integrity of the U.S. voting system, encouraging his supporters "
        "to visit polling locations on Election Day to make sure everything is “on the up and up.”",
        "encouraging", "Donald Trump",
        "his supporters to visit polling locations on Election Day to make sure everything is “on the up and up.”",
        "mixed", "verb_object", id="intention-participle-object-pred",
    ),
    pytest.param(
        "The Trump campaign did not immediately respond to requests for comment.",
        "respond to", "The Trump campaign", "requests for comment", "indirect", "verb_prep_object",
        id="respond-to-requests",
    ),
    pytest.param(
        "Trump has responded with attacks on Machado, including Friday’s tweets.",
        "responded with", "Trump", "attacks on Machado, including Friday’s tweets", "indirect", "verb_prep_object",
        id="respond-with",
    ),
    pytest.param(
        "Presidential candidates generally benefit from lowered debate expectations, yet Donald Trump continually "
        "brags about his prowess in his 11 primary-season debates.",
        "brags about", "Donald Trump", "his prowess in his 11 primary-season debates", "indirect", "verb_prep_object",
        id="brag-about",
    ),
    pytest.param(
        "He arrived in Congress in 1993, after working on criminal-justice reform in the state legislature, and "
        "promptly voted against President Bill Clinton's crime bill.",
        "voted against", "He", "President Bill Clinton's crime bill", "indirect", "verb_prep_object",
        id="vote-against",
    ),
    pytest.param(
        "He was able to consistently tout his polling strength while needling opponents such as Jeb Bush and Rand Paul.",
        "to consistently tout", "He", "his polling strength",
        "indirect", "verb_object", id="infinitive-through-adjective",
    ),
    pytest.param(
        "All this has led the Latvian journalist Dainis Ivans to fear a “Putin-RibbenTRUMP Pact.”",
        "to fear", "the Latvian journalist Dainis Ivans", "a “Putin-RibbenTRUMP Pact.”",
        "indirect", "verb_object", id="infinitive-led-object-to",
    ),
    pytest.param(
        "But what became evident as the debate moved along is that Trump has a genuine substantive interest in few "
        "policies and once he has said his piece, he is ready to move on.",
        "has said", "he", "his piece", "indirect", "verb_object", id="say-object",
    ),
    pytest.param(
        "As President Obama appears set to veto legislation that would allow 9/11 families to sue Saudi Arabia, "
        "Democratic nominee Hillary Clinton apparently disagrees with her former boss.",
        "disagrees with", "Democratic nominee Hillary Clinton", "her former boss", "indirect", "verb_prep_object",
        id="phrasal-disagree-with",
    ),
    pytest.param(
        "The GOP nominee complained about his mic the morning after the debate, even suggesting he may have been "
        "sabotaged.",
        "complained about", "The GOP nominee", "his mic the morning after the debate", "indirect", "verb_prep_object",
        id="prep-object-keeps-adjuncts",
    ),
    pytest.param(
        "Clinton, the former secretary of State, stressed her support of the 2011 raid that killed 9/11 plotter Osama "
        "bin Laden during a \"Commander-in-Chief Forum\" sponsored by NBC News and said she has the essential quality "
        "for the job of president.",
        "stressed", "Clinton, the former secretary of State",
        "her support of the 2011 raid that killed 9/11 plotter Osama bin Laden during a \"Commander-in-Chief Forum\" "
        "sponsored by NBC News",
        "mixed", "verb_object", id="object-relative-clause-is-not-a-complement",
    ),
    pytest.param(
        "He claimed vast wealth and said it ensured he was not beholden to special interests.",
        "claimed", "He", "vast wealth", "indirect", "verb_object", id="speech-verb-object",
    ),
    pytest.param(
        "About a dozen people demonstrated outside the Dallas Morning News after it backed Clinton.",
        "backed", "it", "Clinton", "indirect", "verb_object", id="it-stance-object",
    ),
    pytest.param(
        "Clinton has not mentioned Machado since the Monday night debate.",
        "has not mentioned", "Clinton", "Machado", "indirect", "verb_object", id="negated-object",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_minor_cue_inside_reported_speech_is_not_a_statement(extractor):
    # PolNeAR ap: "supporting Clinton" is part of what Merrill says, not a second attribution (gold: none).
    text = "Merrill says Machado promised to continue supporting Clinton and said she would stand up to the attacks."
    statements = run(extractor, text)
    assert [s.rule for s in statements] == ["said_clause", "said_clause"]
    assert statements[0].content.text == "Machado promised to continue supporting Clinton"


@pytest.mark.parametrize(
    "text, content",
    [
        pytest.param(
            "Donald Trump has mentioned refinancing student loans and forcing universities to spend more from their "
            "endowments to help students.",
            "refinancing student loans and forcing universities to spend more from their endowments to help students",
            id="second-object-misparsed-as-verb-conjunct",
        ),
        pytest.param(
            "They described crass behavior by Trump behind the scenes of the hit show, in which aspiring capitalists "
            "were given tasks to perform and competed for jobs working for him.",
            "crass behavior by Trump behind the scenes of the hit show, in which aspiring capitalists were given tasks to "
            "perform and competed for jobs working for him",
            id="by-phrase-after-the-object",
        ),
    ],
)
def test_verb_object_content_keeps_its_complements(extractor, text, content):
    # PolNeAR ap / nyt: the object's "and ..." conjunct and "by ..." phrase, attached to the verb by the parser.
    statement = next(s for s in run(extractor, text) if s.rule == "verb_object")
    assert statement.content.text == content


@pytest.mark.parametrize(
    "text, rule",
    [
        pytest.param(
            "The meeting underscores Turkey's role in regional affairs, as Ankara has historically served as a mediator "
            "in Middle Eastern disputes.",
            "verb_object", id="inanimate-subject",
        ),
        pytest.param(
            "CLARIFICATION: The first sentence has been clarified to reflect that Fowler is calling for a process to "
            "identify a potential successor, not that he is calling for that potential successor to be immediately "
            "identified.",
            "speaker_turn", id="label-not-speaker",
        ),
    ],
)
def test_broader_classes_need_a_source(extractor, text, rule):
    # seeds 004 and PolNeAR politico: an evidence verb with an inanimate subject, and a rubric label, attribute nothing.
    assert [s.content.text for s in run(extractor, text) if s.rule == rule] == []


def test_purpose_infinitive_after_an_object_has_no_source(extractor):
    # Seeds: the meeting, not Netanyahu, is what "discusses"; seeds gold has no statement here.
    text = (
        "The website noted that Israeli Prime Minister Benjamin Netanyahu held a lengthy meeting last night with senior "
        "ministers and heads of security services to discuss efforts to release the hostages."
    )
    statements = run(extractor, text)
    assert [s.cue.text for s in statements if s.cue] == ["noted"]


def test_negated_object_cue_is_not_a_statement(extractor):
    # A negated intention ("decided not to recommend X") or a negated modal ("can't blame X") attributes nothing
    # (issue 2, round 4; narrowed in round 11: a plain negated act, "has not mentioned Machado", is a statement in
    # PolNeAR gold, see CASES). The same object without the negation is a verb_object statement.
    for negated in (
        "The FBI decided after a lengthy investigation not to recommend charges against her or her aides pertaining "
        "to their handling of classified information.",
        "They can't blame this on President Bush.",
    ):
        assert [s.content.text for s in run(extractor, negated) if s.rule == "verb_object"] == [], negated
    plain = "Trump directly addressed the issues of women in combat or transgender service."
    assert [s.content.text for s in run(extractor, plain) if s.rule == "verb_object"] == [
        "the issues of women in combat or transgender service"
    ]


def test_point_to_stays_a_phrasal_cue(extractor):
    # Round 11: "point" takes an object only as "point out X"; "pointed to X as Y" is the phrasal rule's (PolNeAR gold).
    text = (
        "The IMF pointed to Britain's decision to leave the European Union as an example of rising sentiment against "
        "globalization that risks undermining international trade and investment, a key factor driving the world "
        "economy for decades."
    )
    statement = by_cue(run(extractor, text), "pointed to")
    assert statement.rule == "verb_prep_object"
    assert statement.content.text.startswith("Britain's decision to leave the European Union as an example")


# One real PolNeAR sentence per Levin / VerbNet class added in annotate.extract.verb_classes.
@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        pytest.param(
            'Cruz exhorted Republicans to "vote your conscience" and said he was standing on truth and principle.',
            "exhorted", "Cruz", 'Republicans to "vote your conscience"', id="order-urge-58-60-object-pred",
        ),
        pytest.param(
            "However, over the past few days, the Obama administration has promised a veto and attempted to make the "
            "case to members of both parties that the bill is a bad idea.",
            "attempted", "the Obama administration",
            "to make the case to members of both parties that the bill is a bad idea", id="try-61-xcomp",
        ),
        pytest.param(
            "This spring, his company vied to take over an entire coal company, Alpha Natural Resources, but the bid "
            "was not accepted in the bankruptcy case.",
            "vied", "his company", "to take over an entire coal company, Alpha Natural Resources", id="try-61-vie",
        ),
    ],
)
def test_verb_class_cues(extractor, text, cue, source, content):
    statement = by_cue(run(extractor, text), cue)
    assert (statement.source.text, statement.content.text) == (source, content)


def test_object_pred_class_needs_a_complement(extractor):
    # PolNeAR nyt: "pressed him" (urge-58.1 with a bare person object) is not a statement.
    text = (
        "This started in Cleveland when Fox News' Megyn Kelly confronted him with insulting remarks he had made about "
        "women, and culminated in Houston with his dressing-down of Salem Radio's Hugh Hewitt, who had pressed him on "
        "his failure to release tax returns."
    )
    pressed = [s for s in run(extractor, text) if s.cue and "pressed" in s.cue.text]
    # The bare object "him" is never the content; "pressed him on X" (a verb + preposition cue, PolNeAR gold) is X.
    assert [(s.cue.text, s.content.text) for s in pressed] == [("pressed him on", "his failure to release tax returns")]
