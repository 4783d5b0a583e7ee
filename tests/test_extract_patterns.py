"""Table tests of the extraction patterns on real sentences from the seeds and PolNeAR dev."""

from __future__ import annotations

import pytest

from annotate.extract import Extractor
from annotate.readers import iter_articles
from annotate.records import Article, Statement
from conftest import POLNEAR, SEEDS, SEEDS_GOLD


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> list[Statement]:
    return list(extractor.extract(Article(id="t", text=text)))


def by_cue(statements: list[Statement], cue: str) -> Statement:
    found = [s for s in statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement with cue {cue!r} in {[(s.cue and s.cue.text, s.content.text) for s in statements]}"
    return found[0]


# (sentence, cue, expected source, expected content, kind, rule) -- real sentences, seeds then PolNeAR.
CASES = [
    pytest.param(
        "“Members of Hamas’ political branch visit Turkey from time to time. Claims that Hamas moved its offices to "
        "Turkey do not reflect reality,” the official said, according to Yedioth Aharanoth.",
        "said", "the official",
        "Members of Hamas’ political branch visit Turkey from time to time. Claims that Hamas moved its offices to "
        "Turkey do not reflect reality",
        "direct", "quote", id="quote-then-source-said-multisentence-curly",
    ),
    pytest.param(
        "\"More and more, there are events that are happening that are astoundingly unusual, that knock your socks off, "
        "like the flooding in Louisiana,\" said Michael Oppenheimer, a professor of geosciences and international "
        "affairs at Princeton University.",
        "said", "Michael Oppenheimer, a professor of geosciences and international affairs at Princeton University",
        "More and more, there are events that are happening that are astoundingly unusual, that knock your socks off, "
        "like the flooding in Louisiana",
        "direct", "quote", id="quote-then-said-source-straight",
    ),
    pytest.param(
        "Miller emphasized, “We believe that the leaders of a violent terrorist organization should not be able to "
        "live comfortably anywhere, and that certainly includes a major city in one of our key allies and partners.”",
        "emphasized", "Miller",
        "We believe that the leaders of a violent terrorist organization should not be able to live comfortably "
        "anywhere, and that certainly includes a major city in one of our key allies and partners.",
        "direct", "quote", id="source-said-comma-quote",
    ),
    pytest.param(
        "In a statement, Peabody said: \"Patriot Coal was highly successful when it became an independent, publicly "
        "traded company nearly a decade ago,\"",
        "said", "Peabody",
        "Patriot Coal was highly successful when it became an independent, publicly traded company nearly a decade ago",
        "direct", "quote", id="source-said-colon-quote",
    ),
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
        "According to reports by Walla and Yedioth Aharanoth on Tuesday morning, Ronen Bar, director of the Shin Bet "
        "agency, flew to Turkey over the weekend to meet with Ibrahim Kalin.",
        "According to", "reports by Walla and Yedioth Aharanoth on Tuesday morning",
        "Ronen Bar, director of the Shin Bet agency, flew to Turkey over the weekend to meet with Ibrahim Kalin",
        "according_to", "according_to", id="according-to-first",
        marks=pytest.mark.xfail(reason="spaCy attaches 'on Tuesday morning' to the content clause, not the source", strict=True),
    ),
    pytest.param(
        "This assault resulted in approximately 1,200 fatalities and the capture of around 250 hostages, according to "
        "Israeli reports.",
        "according to", "Israeli reports",
        "This assault resulted in approximately 1,200 fatalities and the capture of around 250 hostages",
        "according_to", "according_to", id="according-to-last",
    ),
    pytest.param(
        "The primary focus of their discussions centered on negotiations for a ceasefire in Gaza, as reported by "
        "Turkey's state broadcaster TRT.",
        "as reported by", "Turkey's state broadcaster TRT",
        "The primary focus of their discussions centered on negotiations for a ceasefire in Gaza",
        "according_to", "as_reported_by", id="as-reported-by",
    ),
    pytest.param(
        "Shin Bet chief Ronen Bar reportedly visited Turkey, meeting with his Turkish counterpart in an effort to "
        "pressure Hamas to return to the negotiating table.",
        "reportedly", None,
        "Shin Bet chief Ronen Bar reportedly visited Turkey, meeting with his Turkish counterpart in an effort to "
        "pressure Hamas to return to the negotiating table",
        "indirect", "reportedly", id="bare-reportedly",
    ),
    pytest.param(
        "At least one Turkish diplomat downplayed claims that Turkey has become the permanent host of Hamas’ "
        "leadership, saying the presence of senior Hamas members in the country was temporary.",
        "downplayed claims", "At least one Turkish diplomat",
        "Turkey has become the permanent host of Hamas’ leadership", "indirect", "verb_claim_noun",
        id="verb-claim-noun",
    ),
    pytest.param(
        "They pointed out that if the government wants to reach a deal, it must reconsider the current Israeli "
        "position.",
        "pointed out", "They", "if the government wants to reach a deal, it must reconsider the current Israeli position",
        "indirect", "said_clause", id="pronoun-source",
    ),
    # Broader PARC-style classes (PolNeAR counts stances, beliefs, evidence and intentions).
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
        "Donald Trump is once again questioning the integrity of the U.S. voting system, encouraging his supporters "
        "to visit polling locations on Election Day to make sure everything is “on the up and up.”",
        "encouraging", "Donald Trump",
        "his supporters to visit polling locations on Election Day to make sure everything is “on the up and up.”",
        "mixed", "verb_object", id="intention-participle-object-pred",
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
        "According to The Times of Israel, citing an Arab official, the discussion focused on the Gaza ceasefire, the "
        "resumption of hostage negotiations, and Türkiye’s potential role in facilitating these processes.",
        "According to The Times of Israel, citing", "an Arab official",
        "the discussion focused on the Gaza ceasefire, the resumption of hostage negotiations, and Türkiye’s potential "
        "role in facilitating these processes",
        "according_to", "according_to", id="according-to-citing",
    ),
    pytest.param(
        "Israeli sources noted security alerts; however, Jerusalem clarified that at no point was there a claim of a "
        "security issue within Azerbaijan itself.",
        "clarified", "Jerusalem", "at no point was there a claim of a security issue within Azerbaijan itself",
        "indirect", "said_clause", id="clause-after-semicolon",
    ),
    # Long-tail families (PolNeAR dev sentences).
    pytest.param(
        "The registration issue was first reported by The Washington Post.",
        "was first reported by", "The Washington Post", "The registration issue", "indirect", "passive_agent",
        id="passive-agent",
    ),
    pytest.param(
        "Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago this year alone.",
        "claim", "Trump", "that there have been “thousands of shootings” in Chicago this year alone", "indirect",
        "claim_noun", id="claim-noun-possessor",
    ),
    pytest.param(
        "In this poll, Trump rose 1 percentage point since Monday’s debate while Clinton fell by the same margin.",
        "In", "this poll", "Trump rose 1 percentage point since Monday’s debate while Clinton fell by the same margin",
        "according_to", "in_document", id="in-document-poll",
    ),
    pytest.param(
        "Now Melania seems to have vanished from the campaign trail.",
        "seems", None, "Melania seems to have vanished from the campaign trail", "indirect", "seems",
        id="seems-no-source",
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
        "The Trump campaign did not immediately respond to requests for comment.",
        "respond to", "The Trump campaign", "requests for comment", "indirect", "verb_prep_object",
        id="respond-to-requests",
    ),
    # Round 8 verb + preposition cues (PolNeAR dev: breitbart 2016-09-30, usa-today 2016-09-23, wash-post 2016-09-08).
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
    # Round 9 (PolNeAR dev: breitbart 2016-09-30): a 'that' clause after a non-agentive noun subject, and a
    # clause subject misparsed as the cue's object.
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
    # Round 9 nominal cues with a person possessor (PolNeAR dev: huff-post 2016-09-27, politico 2016-10-04).
    pytest.param(
        "Romney was never able to shake that image, which was cemented with his infamous comment about 47 percent of "
        "the country being willfully dependent on the government.",
        "comment about", "his", "47 percent of the country being willfully dependent on the government", "indirect",
        "possessed_noun", id="possessed-noun-about",
    ),
    pytest.param(
        "His promises to stick it to the rich notwithstanding, independent analyses agree the top 1 percent would be "
        "the biggest beneficiaries of his plans to cut individual, business and capital gains rates.",
        "promises", "His", "to stick it to the rich", "indirect", "possessed_noun",
        id="possessed-noun-to-infinitive",
    ),
    pytest.param(
        "He made clear that he would not accept the deal.",
        "made clear", "He", "he would not accept the deal", "indirect", "made_clear", id="made-clear-that",
    ),
    pytest.param(
        "“I would,” Melanie said to the TV.",
        "said", "Melanie", "I would", "direct", "quote", id="short-quote-closed-by-comma",
    ),
    pytest.param(
        "“Why isn’t this crystal clear proof that an entity as big as Wells is too big to fail, too big to manage, too "
        "big to regulate?” Vitter demanded.",
        "demanded", "Vitter",
        "Why isn’t this crystal clear proof that an entity as big as Wells is too big to fail, too big to manage, too "
        "big to regulate?", "direct", "quote", id="quote-then-speech-act-cue",
    ),
    pytest.param(
        "“I’m so ashamed to be an American. How did we get this low?”\xa0― Jacklyn Ashley\xa0",
        "―", "Jacklyn Ashley", "I’m so ashamed to be an American. How did we get this low?", "direct", "signoff",
        id="dash-signoff-after-no-break-space",
    ),
    # Layout patterns found without the parser.
    pytest.param(
        "\"WALLACE: If I may, sir, because we’ve got limited time. I want to ask you, will Gennifer Flowers be there?",
        ":", "WALLACE",
        "If I may, sir, because we’ve got limited time. I want to ask you, will Gennifer Flowers be there?",
        "direct", "speaker_turn", id="transcript-speaker-turn",
    ),
    pytest.param(
        "“Trump must stop portraying Latinos as dangerous gangsters when most of us are hard-working, tax-paying, "
        "successful entrepreneurs, unlike him.”― Carla Sanchez.",
        "―", "Carla Sanchez",
        "Trump must stop portraying Latinos as dangerous gangsters when most of us are hard-working, tax-paying, "
        "successful entrepreneurs, unlike him.",
        "direct", "signoff", id="dash-signoff",
    ),
    # To-infinitive cues take the controller as source: the object of an object-control verb, else the
    # subject of the governing verb (through "able to", "went on to").
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
        "He was able to consistently tout his polling strength while needling opponents such as Jeb Bush and Rand Paul.",
        "to consistently tout", "He", "his polling strength",
        "indirect", "verb_object", id="infinitive-through-adjective",
    ),
    pytest.param(
        "All this has led the Latvian journalist Dainis Ivans to fear a “Putin-RibbenTRUMP Pact.”",
        "to fear", "the Latvian journalist Dainis Ivans", "a “Putin-RibbenTRUMP Pact.”",
        "indirect", "verb_object", id="infinitive-led-object-to",
    ),
    # A 'that' clause whose subject the parser missed (a clausal subject "because X").
    pytest.param(
        "Obama said that because terrorists are Muslim does not mean Muslims are terrorists.",
        "said", "Obama", "because terrorists are Muslim does not mean Muslims are terrorists",
        "indirect", "said_clause", id="that-clause-without-parsed-subject",
    ),
    # A cue in a relative clause: the content ends with the relative clause, not at the full stop.
    pytest.param(
        "Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to figure out how to "
        "enact deep emissions cuts without Congress.",
        "understood", "Mr. Obama, who", "a legislative push would be fruitless",
        "indirect", "said_clause", id="relative-clause-cue-content-ends-with-the-clause",
    ),
    # Stance predicates after a copula (PolNeAR gold: cue "is a staunch opponent of", content its object).
    pytest.param(
        "Graham has been critical of Trump since they both were competing in the GOP presidential primary.",
        "has been critical of", "Graham", "Trump", "indirect", "stance_predicate", id="stance-adjective-of",
    ),
    pytest.param(
        "Hillary Clinton, a longtime member of the Senate Armed Services Committee, has been a consistent and "
        "outspoken supporter of NATO and of U.S. solidarity with its allies.",
        "has been a consistent and outspoken supporter of",
        "Hillary Clinton, a longtime member of the Senate Armed Services Committee",
        "NATO and of U.S. solidarity with its allies", "indirect", "stance_predicate", id="stance-noun-of-conjoined",
    ),
    pytest.param(
        "Republicans weren’t too concerned about this shift in strategy.",
        "weren’t too concerned about", "Republicans", "this shift in strategy", "indirect", "stance_predicate",
        id="stance-negated-adjective-about",
    ),
    # The object of "say" is the content ("said the same of Trump", "said what", "has said his piece").
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
    # "according to show insiders": the source misparsed as a clause ("show" as a verb).
    pytest.param(
        "As a reality TV boss on “The Apprentice,” Donald Trump repeatedly demeaned women with sexist language, "
        "according to show insiders.",
        "according to", "show insiders",
        "As a reality TV boss on “The Apprentice,” Donald Trump repeatedly demeaned women with sexist language",
        "according_to", "according_to", id="according-to-misparsed-source",
    ),
    # A light verb with a communication noun: the noun's complement is the content.
    pytest.param(
        "Donald Trump is raising questions about his microphone problems during Monday’s debate with Hillary Clinton.",
        "raising questions about", "Donald Trump", "his microphone problems", "indirect", "light_noun",
        id="light-verb-raise-questions-about",
    ),
    pytest.param(
        "President Barack Obama sounded a call for the United States to accept more Muslim refugees on Monday.",
        "sounded a call for", "President Barack Obama", "the United States to accept more Muslim refugees on Monday",
        "indirect", "light_noun", id="light-verb-call-for-to-clause",
    ),
    pytest.param(
        "Clinton has been a consistent and outspoken supporter of NATO. "  # a stance word: the paragraph is parsed
        "She has no illusions about Putin’s threat to Eastern and Northern Europe countries.",
        "has no illusions about", "She", "Putin’s threat to Eastern and Northern Europe countries", "indirect",
        "light_noun", id="light-verb-have-illusions-about",
    ),
    # A verb + preposition cue keeps the verb's adjuncts after its object (PolNeAR gold), up to a comma.
    pytest.param(
        "The GOP nominee complained about his mic the morning after the debate, even suggesting he may have been "
        "sabotaged.",
        "complained about", "The GOP nominee", "his mic the morning after the debate", "indirect", "verb_prep_object",
        id="prep-object-keeps-adjuncts",
    ),
    # A communication noun with an "about/of" object, no source.
    pytest.param(
        "The proposals, including a Franco-German idea to create a centralized European military headquarters in "
        "Brussels, were part of a wide-ranging conclave held in Bratislava, Slovakia, on how to combat a rising tide of "
        "public skepticism about the European Union's value.",
        "skepticism about", None, "the European Union's value", "indirect", "topic_noun", id="topic-noun-about",
    ),
    # A non-restrictive relative clause closing the sentence is the writer's aside, not content (PolNeAR gold).
    pytest.param(
        "Fowler said he expects Clinton to fully recover from her bout with pneumonia, which forced her to leave a "
        "Sept. 11 memorial event early and cancel an early-week fundraising swing.",
        "said", "Fowler", "he expects Clinton to fully recover from her bout with pneumonia", "indirect", "said_clause",
        id="trailing-relative-clause-left-out",
    ),
    # A relative clause of the object ("the raid that killed ...") is not a misattached 'that' complement.
    pytest.param(
        "Clinton, the former secretary of State, stressed her support of the 2011 raid that killed 9/11 plotter Osama "
        "bin Laden during a \"Commander-in-Chief Forum\" sponsored by NBC News and said she has the essential quality "
        "for the job of president.",
        "stressed", "Clinton, the former secretary of State",
        "her support of the 2011 raid that killed 9/11 plotter Osama bin Laden during a \"Commander-in-Chief Forum\" "
        "sponsored by NBC News",
        "mixed", "verb_object", id="object-relative-clause-is-not-a-complement",
    ),
    # Round 11: a speech verb from SPEECH_OBJECT_VERBS with a noun object (PolNeAR nyt 2016-09 gold: "vast wealth").
    pytest.param(
        "He claimed vast wealth and said it ensured he was not beholden to special interests.",
        "claimed", "He", "vast wealth", "indirect", "verb_object", id="speech-verb-object",
    ),
    # Round 11: "it" (a newspaper, a body) as the subject of a past-tense stance verb with an object (PolNeAR gold).
    pytest.param(
        "About a dozen people demonstrated outside the Dallas Morning News after it backed Clinton.",
        "backed", "it", "Clinton", "indirect", "verb_object", id="it-stance-object",
    ),
    # Round 11: a plain negated act keeps its object as content (PolNeAR gold: "Machado").
    pytest.param(
        "Clinton has not mentioned Machado since the Monday night debate.",
        "has not mentioned", "Clinton", "Machado", "indirect", "verb_object", id="negated-object",
    ),
    # Round 11: a present-tense cue tagged as a plural noun but parsed as a verb (PolNeAR gold).
    pytest.param(
        "But Trump claims that he should be the exception.",
        "claims", "Trump", "he should be the exception", "indirect", "said_clause", id="verb-tagged-as-noun",
    ),
    # Round 11: "Asked about C, S said ...": the question put to the speaker (PolNeAR gold: no source).
    pytest.param(
        "Asked about Trump's declaration that it had been a bomb, Clinton said, \u201cI think it\u2019s important to "
        "know the facts about any incident like this.\u201d",
        "Asked about", None, "Trump's declaration that it had been a bomb", "indirect", "asked_about",
        id="asked-about",
    ),
    pytest.param(
        "When pressed by Holt about how he would actually bring jobs back to the United States, his best response "
        "was to say he would prevent more from leaving.",
        "pressed by Holt about", "Holt", "how he would actually bring jobs back to the United States", "indirect",
        "asked_about", id="pressed-by-about",
    ),
]


@pytest.mark.parametrize("text, cue, source, content, kind, rule", CASES)
def test_pattern(extractor, text, cue, source, content, kind, rule):
    statement = by_cue(run(extractor, text), cue)
    assert statement.content.text == content
    assert (statement.source.text if statement.source else None) == source
    assert statement.kind == kind
    assert statement.rule == rule


def test_split_quote_across_sentences_with_long_apposition(extractor):
    # PolNeAR nyt (EB-5): "Q1," said S, <long apposition>. "Q2." -- one statement, as in the gold.
    text = (
        "\"There is a need for more oversight and transparency,\" said Ronald R. Fieldstone, a Miami lawyer who has been "
        "involved in using EB-5 funding for development projects. \"If there is no independence in the administering "
        "and the distribution of the funds, it exposes the program to instances of fraud.\""
    )
    (statement,) = [s for s in run(extractor, text) if s.kind == "direct"]
    assert statement.rule == "split_quote"
    assert statement.content.text.startswith("There is a need")
    assert statement.content.text.endswith("instances of fraud.")
    assert statement.source.text.startswith("Ronald R. Fieldstone")


def test_split_quote_around_an_attribution_sentence(extractor):
    # PolNeAR usa-today: '"Q1," Obama said after meeting with Putin. "Q2."' is one statement (gold: Q1 // Q2).
    text = (
        "\"We've had problems with cyber intrusions from Russia in the past, from other countries in the past,\" Obama "
        "said after meeting with Russian President Vladimir Putin. \"Our goal is not to suddenly in the cyber arena "
        "duplicate a cycle of escalation that we saw when it comes to other arms races.\""
    )
    (statement,) = run(extractor, text)
    assert statement.rule == "split_quote"
    assert statement.source.text == "Obama"
    assert statement.content.text.startswith("We've had problems")
    assert statement.content.text.endswith("other arms races.")


def test_indirect_clause_continued_by_a_quote_is_one_statement(extractor):
    # PolNeAR nyt: "C, S said. "Q2."" -- the gold joins the indirect clause and the quote that carries it on.
    text = (
        "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. ''They're more detailed "
        "and structured than Trump's. But I have serious concerns about the quality.''"
    )
    (statement,) = run(extractor, text)
    assert statement.rule == "split_quote" and statement.kind == "mixed"
    assert statement.source.text == "Mr. Holtz-Eakin"
    assert statement.content.text.startswith("I have admiration")
    assert statement.content.text.endswith("serious concerns about the quality")


def test_split_quote_reads_past_title_abbreviations(extractor):
    # PolNeAR politico: "Rep." ends no sentence, so Q2 continues the chairman's quote (gold: Q1 // Q2).
    text = (
        "\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up "
        "at the second committee hearing he was formally called to in the past two weeks. \"Mr. Pagliano is a crucial "
        "fact witness in this committee's investigation.\""
    )
    (statement,) = [s for s in run(extractor, text) if s.kind == "direct"]
    assert statement.rule == "split_quote"
    assert statement.content.text.startswith("Subpoenas are not optional")
    assert statement.content.text.endswith("committee's investigation.")


def test_split_quote_carries_on_after_a_participle_sentence(extractor):
    # PolNeAR: '"Q1," S said, emphasizing why ... . "Q2."' -- the speaker carries on (gold: Q1 // Q2).
    text = (
        "“You can’t talk about change if you don’t know what we’re changing,” DuVernay said, emphasizing why "
        "understanding our past is crucial to our outlook on our present. “What we need to change is our overall "
        "collective thinking about this moment. It’s so important.”"
    )
    statement = by_cue(run(extractor, text), "said")
    assert statement.rule == "split_quote"
    assert statement.content.text.startswith("You can’t talk about change")
    assert statement.content.text.endswith("It’s so important.")


@pytest.mark.parametrize(
    "text, first, last",
    [
        pytest.param(
            "\"My hope,\" he said, \"is that maybe as ex-president I can have a little more influence on some of my "
            "Republican friends, who I think up until now have been resistant to the science.\"",
            "My hope", "resistant to the science.", id="short-first-part",
        ),
        pytest.param(
            "\"That,\" he added, \"promises to make life a lot more difficult for our children and grandchildren.\"",
            "That", "our children and grandchildren.", id="one-word-first-part",
        ),
    ],
)
def test_split_quote_taken_by_the_cue_clause_is_one_statement(extractor, text, first, last):
    # PolNeAR nyt: Q2 is the complement of "said" (clause rule), Q1 the quote before the cue; the gold joins them.
    (statement,) = run(extractor, text)
    assert statement.rule == "split_quote" and statement.source.text == "he"
    assert statement.content.text.startswith(first) and statement.content.text.endswith(last)


def test_quotes_of_one_cue_in_two_sentences_are_not_joined(extractor):
    # PolNeAR huff-post: "She adds" owns only the second quote; the first ends its own sentence.
    text = (
        "She says Trump represents the “same rigged system that he claims he’s going to change.” She adds, “What kind of "
        "genius loses a billion dollars in a single year?”"
    )
    assert "split_quote" not in [s.rule for s in run(extractor, text)]


def test_quote_inside_a_mixed_statement_is_not_repeated(extractor):
    # PolNeAR nyt: the quote is part of the "C, said S" statement (gold: one attribution); the aside is not the source.
    text = (
        "However laudable the goal, using the capital gains tax ''is a misguided approach,'' said Mr. Burman (a view "
        "echoed by everyone I interviewed)."
    )
    (statement,) = run(extractor, text)
    assert statement.rule == "clause_said" and statement.kind == "mixed"
    assert statement.content.text.startswith("However laudable the goal")
    assert statement.source.text == "Mr. Burman"


def test_minor_cue_inside_reported_speech_is_not_a_statement(extractor):
    # PolNeAR ap: "supporting Clinton" is part of what Merrill says, not a second attribution (gold: none).
    text = "Merrill says Machado promised to continue supporting Clinton and said she would stand up to the attacks."
    statements = run(extractor, text)
    assert [s.rule for s in statements] == ["said_clause", "said_clause"]
    assert statements[0].content.text == "Machado promised to continue supporting Clinton"


@pytest.mark.parametrize(
    "title, cue, source, content",
    [
        pytest.param(
            "Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.",
            "Says", "Lindsey Graham", "Trump ‘The Dealmaker’ Could Address Clean Energy", id="title-case-says",
        ),
        pytest.param(
            "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Real Estate Developers.",
            "Vows", "Sanders", "To Eliminate Tax Breaks Used By Real Estate Developers", id="title-case-vows",
        ),
        pytest.param(
            "Popular Website Shows Bias When It Comes To ‘Fact-Checking’ Republicans.",
            "Shows", "Popular Website", "Bias When It Comes To ‘Fact-Checking’ Republicans", id="object-runs-to-line-end",
        ),
        pytest.param(
            "Ah, friends once more: Ted Cruz endorses Trump, who says he is honored.",
            "endorses", "Ted Cruz", "Trump", id="object-stops-at-comma",
        ),
        pytest.param(
            "A lesson from Loretta Lynch: 'Be the voice that people hear.'",
            ":", "Loretta Lynch", "'Be the voice that people hear.'", id="quotation-after-title-colon",
        ),
    ],
)
def test_headlines(extractor, title, cue, source, content):
    # PolNeAR dev titles: title-case cue words are read as verbs; an object's content runs on in a headline.
    article = Article(id="t", text=f"{title}\n\nBody.", title=title)
    statement = by_cue(list(extractor.extract(article)), cue)
    assert (statement.source.text, statement.content.text) == (source, content)


def test_headline_case_keeps_offsets():
    from annotate.extract.pipeline import headline_case

    line = "Clinton Hid Past Health Problems From Public, Former White House Doctor Says."
    assert headline_case(line) == "Clinton Hid Past Health Problems from Public, Former White House Doctor says."
    assert headline_case("Flynn says Trump 'absolutely right' in saying generals reduced to rubble.") == (
        "Flynn says Trump 'absolutely right' in saying generals reduced to rubble."
    )


def test_stance_word_with_a_stranded_preposition_is_not_a_statement(extractor):
    # PolNeAR huff-post: "that" is the relative pronoun, not the content.
    text = (
        "If there’s one thing that Ava DuVernay is more passionate about than the present-day reality of black life in "
        "America, it’s her push to help people understand the past."
    )
    assert "stance_predicate" not in [s.rule for s in run(extractor, text)]


def test_transcript_turn_runs_on_over_quoted_paragraphs(extractor):
    # PolNeAR breitbart (Fox News Sunday transcript): the gold joins the turn and its unlabelled paragraphs.
    text = (
        "\"WALLACE: Do you really see those two as equivalent?\n\n"
        "\"PENCE: Well, look, you know, Mark Cuban has been out there saying some pretty tough stuff about my running "
        "mate.\n\n"
        "\"But the truth is that Donald Trump has a unique way of communicating to the American people.\n\n"
        "\"(CROSSTALK.)\n\n"
        "\"WALLACE: Governor, I don’t want to interrupt, but I want to try to get —."
    )
    turns = [s for s in run(extractor, text) if s.rule == "speaker_turn"]
    assert [s.source.text for s in turns] == ["WALLACE", "PENCE", "WALLACE"]
    pence = turns[1].content.text
    assert pence.startswith("Well, look, you know") and pence.endswith("communicating to the American people.")
    assert "CROSSTALK" not in pence


def test_quote_handed_on_to_a_second_cue_is_not_joined(extractor):
    # PolNeAR upi: the second quote belongs to "asking", so the first stands alone (gold: two statements).
    text = (
        "“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton before asking her, “I just want to "
        "know, where do we go from here?”"
    )
    statement = by_cue(run(extractor, text), "sings")
    assert statement.rule == "quote"
    assert statement.content.text == "Promise mama you’ll keep your hands in sight"


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


def test_nested_participle_cut_needs_a_comma(extractor):
    # "to continue calling out ..." is part of the content, not a nested ", calling ..." cue.
    text = (
        "Ditto said she expects the campaign to continue calling out examples of bias and defending ourselves as we "
        "deem necessary."
    )
    statement = by_cue(run(extractor, text), "said")
    assert statement.content.text.endswith("as we deem necessary")


def test_title_line_source_colon(extractor):
    # PolNeAR breitbart title: "Pence: <headline>" attributes the headline to Pence; body lines never do.
    title = "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp."
    body = "Partial transcript as follows: the interview ran long."
    statements = list(extractor.extract(Article(id="t", text=f"{title}\n\n{body}\n", title=title)))
    (statement,) = [s for s in statements if s.rule == "title_colon"]
    assert statement.source.text == "Pence"
    assert statement.cue.text == ":"
    assert statement.content.text == "Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp"
    assert not [s for s in run(extractor, body) if s.rule == "title_colon"]


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


def test_split_quote_is_one_statement(extractor):
    # PolNeAR usa-today (Schiff): "Q1," S told ..., "Q2."
    text = (
        "\"What makes this new and troubling is not just the intelligence-gathering of hacking into a political "
        "party,\" Schiff told USA TODAY, \"but the attempt to interfere with the election.\""
    )
    (statement,) = run(extractor, text)
    assert statement.rule == "split_quote" and statement.kind == "direct"
    assert statement.source.text == "Schiff"
    assert statement.content.text.startswith("What makes this new")
    assert statement.content.text.endswith("interfere with the election.")


def test_quote_continued_in_next_paragraph(extractor):
    # PolNeAR breitbart: a paragraph opens a quote without closing it; the next one re-opens it.
    text = (
        "The New York Times reports:\n\n\"In an illustration of the lack of enthusiasm for her among some liberal "
        "activists, just 24 percent of the contributors have given $200 or less.\n\n\"Without this online network, "
        "Mrs. Clinton is being made to continue with an aggressive calendar of fund-raisers.\"\n"
    )
    statements = run(extractor, text)
    direct = [s for s in statements if s.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].source.text == "The New York Times"
    assert direct[0].content.text.startswith("In an illustration")
    assert direct[0].content.text.endswith("fund-raisers.")


@pytest.mark.parametrize(
    "text, not_content",
    [
        pytest.param(
            "Herzog was scheduled for a brief visit to Baku on Tuesday, with plans to use the \"Wing of Zion\" aircraft, "
            "designated for official overseas visits by the Prime Minister and President.",
            "Wing of Zion", id="quoted-title",
        ),
        pytest.param(
            "Local Azerbaijani media initially reported on this, feeling slighted by Israel's announcement citing "
            "\"security considerations\" for the cancellation.",
            "security considerations", id="scare-quote",
        ),
    ],
)
def test_scare_quotes_and_titles_are_not_statements(extractor, text, not_content):
    assert all(s.content.text != not_content for s in run(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "He said: \"this never closes",
        "\"\"\" \" “ ” ” \"",
        "“Unbalanced quote,” he said. “Another one starts\n\nand a paragraph without a mark.",
        "''",
        "",
    ],
)
def test_odd_quote_marks_never_fail(extractor, text):
    for s in run(extractor, text):
        for span in (s.content, s.source, s.cue, s.context):
            if span is not None:
                assert text[span.start:span.end] == span.text


def _check_offsets(article: Article, statements: list[Statement]) -> None:
    for s in statements:
        assert s.article_id == article.id
        for span in (s.content, s.source, s.cue, s.context):
            if span is not None:
                assert article.text[span.start:span.end] == span.text, (article.id, span)


def test_offsets_exact_on_seeds_and_polnear(extractor, polnear_dev):
    articles = list(iter_articles([SEEDS, POLNEAR / "text"]))
    assert len(articles) >= 89
    total = 0
    for article in articles:
        statements = list(extractor.extract(article))
        _check_offsets(article, statements)
        total += len(statements)
    assert total > 1000


def test_seed_header_date_is_never_extracted(extractor):
    article = next(iter_articles([SEEDS / "000_86151a200f2d23fc.txt"]))
    assert all(s.content.start >= len(" date 2024-11-19 ") for s in extractor.extract(article))


def test_quality_floor_on_seeds_gold(extractor):
    evaluate = pytest.importorskip("annotate.evaluate")
    gold = evaluate.read_gold(SEEDS_GOLD)
    statements = list(extractor.extract_many(iter_articles([SEEDS])))
    report = evaluate.evaluate(gold, statements)
    dice = report.modes["dice"].fields
    assert dice["content"].f1 >= 0.90
    assert dice["source"].f1 >= 0.85


def test_quality_floor_on_polnear_dev(extractor, polnear_dev):
    # All 84 PolNeAR dev documents, Dice >= 0.5 (issue 2 targets: content 0.75, source 0.70; floors sit just below
    # what the rules reach now, so a regression fails here).
    evaluate = pytest.importorskip("annotate.evaluate")
    gold = evaluate.read_gold(POLNEAR)
    statements = list(extractor.extract_many(iter_articles([POLNEAR / "text"])))
    report = evaluate.evaluate(gold, statements)
    dice = report.modes["dice"].fields
    assert dice["content"].f1 >= 0.768  # 0.772 (round 11; 0.766 round 10)
    assert dice["source"].f1 >= 0.730  # 0.736
    assert dice["content"].precision >= 0.86  # 0.874 since nested minor cues and repeated quotes are dropped


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

