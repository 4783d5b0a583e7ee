"""Cue verbs with a content clause: "S said C", "C, S said", participles, parentheticals.

Tests on real sentences and articles from the seeds and PolNeAR dev."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, by_cue, extractor, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule) -- real sentences, seeds then PolNeAR.
CASES = [
    pytest.param(
        "An Israeli official speaking on condition of anonymity was cited by Yedioth Aharanoth as saying that Bar’s "
        "trip to Turkey was part of a larger Israeli effort to encourage foreign powers to exert pressure on Hamas.",
        "was cited by Yedioth Aharanoth as saying", "An Israeli official",
        "Bar’s trip to Turkey was part of a larger Israeli effort to encourage foreign powers to exert pressure on Hamas",
        "indirect", "passive_as_saying", id="passive-cited-as-saying",
    ),
    pytest.param(
        "Israel is not seeking, the official added, to bring in Ankara to replace Doha as primary mediator in the "
        "hostage deal talks.",
        "added", "the official", "Israel is not seeking", "indirect", "parenthetical", id="parenthetical-added",
    ),
    pytest.param(
        "The official stressed that Egypt will be the main mediator in the process.",
        "stressed", "The official", "Egypt will be the main mediator in the process", "indirect", "said_clause",
        id="indirect-stressed-that",
    ),
    pytest.param(
        "Heading into the first debate in 10 days, Sanders told MSNBC's \"Morning Joe\" that nobody would question "
        "her intelligence or knowledge of the issues.",
        "told", "Sanders", "nobody would question her intelligence or knowledge of the issues", "indirect",
        "said_clause", id="told-addressee-that",
    ),
    pytest.param(
        "Secret Service protocol called for the Democratic presidential nominee to be taken to a state-designated "
        "Level I Trauma Center in the wake of her Sunday morning health crisis at Ground Zero, sources said.",
        "said", "sources",
        "Secret Service protocol called for the Democratic presidential nominee to be taken to a state-designated "
        "Level I Trauma Center in the wake of her Sunday morning health crisis at Ground Zero",
        "indirect", "clause_said", id="clause-sources-said",
    ),
    pytest.param(
        "Clinton had told police officials that she didn’t want the escort at all, but the NYPD overruled that "
        "request, the source added.",
        "added", "the source",
        "Clinton had told police officials that she didn’t want the escort at all, but the NYPD overruled that request",
        "indirect", "clause_said", id="clause-anaphoric-source-added",
    ),
    pytest.param(
        "A senior Israeli official who spoke to Yedioth Ahronoth newspaper explained that Turkiye will not assume the "
        "role of mediator in a prisoner exchange deal between Israel and Hamas, indicating that its role may be "
        "limited to putting pressure on the Palestinian resistance movement.",
        "indicating", "A senior Israeli official",
        "its role may be limited to putting pressure on the Palestinian resistance movement", "indirect",
        "participle", id="participle-indicating",
    ),
    pytest.param(
        "They pointed out that if the government wants to reach a deal, it must reconsider the current Israeli "
        "position.",
        "pointed out", "They", "if the government wants to reach a deal, it must reconsider the current Israeli position",
        "indirect", "said_clause", id="pronoun-source",
    ),
    pytest.param(
        "In the spin room after the debate, Obama’s aides were also complimentary, perhaps recognizing that imitation "
        "is the best form of flattery.",
        "recognizing", "Obama’s aides", "imitation is the best form of flattery", "indirect", "participle",
        id="belief-participle",
    ),
    pytest.param(
        "Video shows that Crutcher had his hands in the air, contradicting Tulsa police’s earlier claim that Crutcher "
        "had refused to keep his hands up.",
        "shows", "Video", "Crutcher had his hands in the air", "indirect", "said_clause",
        id="evidence-clause-cut-before-participle",
    ),
    pytest.param(
        "Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is “true.”",
        "ruled", "Politifact", "Trump’s statement about “thousands of shootings” in Chicago is “true.”", "indirect",
        "said_clause", id="speech-act-ruled",
    ),
    pytest.param(
        "Companies and individuals complain bitterly that taxes are too high and the rules too complicated, but many "
        "corporations and the wealthiest members of our society have found ways to make the tax code work for them.",
        "complain", "Companies and individuals", "taxes are too high and the rules too complicated", "indirect",
        "said_clause", id="clause-cut-at-but-clause",
    ),
    pytest.param(
        "Israeli sources noted security alerts; however, Jerusalem clarified that at no point was there a claim of a "
        "security issue within Azerbaijan itself.",
        "clarified", "Jerusalem", "at no point was there a claim of a security issue within Azerbaijan itself",
        "indirect", "said_clause", id="clause-after-semicolon",
    ),
    pytest.param(
        "It says the campaign violated federal and state law by using copyrighted material, including images of "
        "officers in uniform and at work.",
        "says", "It", "the campaign violated federal and state law by using copyrighted material, including images of "
        "officers in uniform and at work", "indirect", "said_clause", id="it-says-document",
    ),
    pytest.param(
        "Trump said after the convention he would not accept Cruz's endorsement if it were offered.",
        "said", "Trump", "after the convention he would not accept Cruz's endorsement if it were offered", "indirect",
        "said_clause", id="complement-parsed-as-advcl",
    ),
    pytest.param(
        "The city of Phoenix is demanding that Donald Trump’s campaign stop using the image of Phoenix police officers "
        "in a campaign advertisement.",
        "is demanding", "The city of Phoenix",
        "Donald Trump’s campaign stop using the image of Phoenix police officers in a campaign advertisement",
        "indirect", "said_clause", id="that-clause-non-agentive-subject",
    ),
    pytest.param(
        "Donald Trump is demanding President Barack Obama make a pledge not to pardon Hillary Clinton, who has not been "
        "charged with nor convicted of any crime.",
        "is demanding", "Donald Trump",
        # the closing ", who ..." aside is left out, as in the PolNeAR gold
        "President Barack Obama make a pledge not to pardon Hillary Clinton",
        "indirect", "said_clause", id="clause-subject-parsed-as-object",
    ),
    pytest.param(
        "The Democratic senator also forced Stumpf, who was under questioning from the Senate banking committee over "
        "his bank’s handling of the scam, to admit that no senior executives have been held accountable for the actions "
        "of the low-level bankers.",
        "to admit", "Stumpf",
        "no senior executives have been held accountable for the actions of the low-level bankers",
        "indirect", "said_clause", id="infinitive-object-control",
    ),
    pytest.param(
        "Ham went on to explain how he believes cuts to military spending left his and other generals’ hands tied when "
        "attempting to perform their duties.",
        "to explain", "Ham",
        "how he believes cuts to military spending left his and other generals’ hands tied when attempting to perform "
        "their duties",
        "indirect", "said_clause", id="infinitive-subject-control",
    ),
    pytest.param(
        "Obama said that because terrorists are Muslim does not mean Muslims are terrorists.",
        "said", "Obama", "because terrorists are Muslim does not mean Muslims are terrorists",
        "indirect", "said_clause", id="that-clause-without-parsed-subject",
    ),
    pytest.param(
        "Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to figure out how to "
        "enact deep emissions cuts without Congress.",
        "understood", "Mr. Obama, who", "a legislative push would be fruitless",
        "indirect", "said_clause", id="relative-clause-cue-content-ends-with-the-clause",
    ),
    pytest.param(
        "Fowler said he expects Clinton to fully recover from her bout with pneumonia, which forced her to leave a "
        "Sept. 11 memorial event early and cancel an early-week fundraising swing.",
        "said", "Fowler", "he expects Clinton to fully recover from her bout with pneumonia", "indirect", "said_clause",
        id="trailing-relative-clause-left-out",
    ),
    pytest.param(
        "But Trump claims that he should be the exception.",
        "claims", "Trump", "he should be the exception", "indirect", "said_clause", id="verb-tagged-as-noun",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_nested_participle_cut_needs_a_comma(extractor):
    # "to continue calling out ..." is part of the content, not a nested ", calling ..." cue.
    text = (
        "Ditto said she expects the campaign to continue calling out examples of bias and defending ourselves as we "
        "deem necessary."
    )
    statement = by_cue(run(extractor, text), "said")
    assert statement.content.text.endswith("as we deem necessary")


def test_concessive_clause_after_a_comma_ends_the_content(extractor):
    # PolNeAR wash-post 2016-09-29: ", although he again refused ..." is the writer's aside, not the claim.
    text = (
        "He claimed that paying no income taxes was smart, although he again refused to pledge to release his tax "
        "returns before the election."
    )
    statement = by_cue(run(extractor, text), "claimed")
    assert statement.content.text == "paying no income taxes was smart"
    assert statement.source.text == "He"


def test_conjoined_speech_verb_ends_the_content(extractor):
    # PolNeAR breitbart 2016-10-03: "and says ..." is the speaker's second statement, not part of the first.
    text = (
        "Donald Trump is telling a veterans group that the United States’ military is “depleted” and says he will "
        "expand the nation’s armed forces."
    )
    statement = by_cue(run(extractor, text), "is telling")
    assert statement.content.text == "the United States’ military is “depleted”"  # quote marks balanced
    assert statement.source.text == "Donald Trump"
