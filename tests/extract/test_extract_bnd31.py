"""Issue 12, session 31 (content boundaries), on real PolNeAR train sentences; each positive fails on the code before
its change and passes after (checked against main a66144a for all of them; the commit before each change: a66144a,
cabb205, 6285aa7, 3c1b7de, f825781, 4a4bf9b, ec2fb7d, 6a18ef7, d52e21f, 59ab611 for the tables below in order).

- A second complement of the cue opened by "and that" / "but that" after a comma ("predicted that base wages would
  fall somewhat over time, but that the higher overtime payments would more than offset ..."): the content stopped
  at the comma (``extents._new_clause_at`` read ", but <clause>" as the writer's new clause); now it runs on through
  the second "that" clause (``extents._second_that_clause``). A demonstrative "that" after ", but" ("but that group
  was ...") is no complementiser and still ends the content.
- A concession with no clause of its own after a comma (", though not necessarily likely, that ...", ", though
  mixed with enough truth ..."): ``extents._new_clause_at`` ended the content at
  any concessive mark; now only at one whose head is a verb with a subject (", though he hasn't endorsed her" still
  ends it).
- The complement of a passive belief or expectation ("X is expected to V") ran to the end of its subtree, the
  writer's asides included: a participle clause after a comma (", potentially teeing up a new law ..."), a noun
  phrase between dashes ("-- the first wave in a total of 600 layoffs --") or after a comma; now it ends before them
  (``object_frames._without_asides`` and ``extents.trim_appended``, as ``verb_xcomp`` does; a participle may open
  with its own adverb, ``object_frames._opens``).
- A first-person aside or the filler "you know" inside what a speaker says (", you know, what you should be doing
  ...", ", we believe,"; the subject "I" / "we", or "you know"): ``extents._second_attribution`` read it as another
  source's attribution and ended the content there, so the quotation before it became a statement of its own
  nested in the reported clause; now it is the speaker's own words (``extents._speaker_aside``).
- An "-ing" clause right after a phrasal cue's object that the parser hung on the cue verb ("pointed to Obama |
  endorsing Clinton on Thursday", "focused on his years | serving on the House Armed Services Committee"): the
  content was the object alone; now it takes the clause (``object_frames._gerund_after``; not after a comma, nor
  one opened by a mark, "while reveling in ...").
- A fronted inquiry clause ("Asked if it had appeared he was encouraging violence with his initial statement, Trump
  replied"): the question ended with its own subtree, which the parser often closes early ("if it had appeared");
  now it runs to the comma before the main clause's subject (``rules._fronted_end``).
- A cue inside a clause that another clause governs ("Since announcing in October that he would not seek the
  presidency, Mr. Biden has been ...", "Trump took a more hands-off approach ..., suggesting the U.S. outsource the
  fight to Syria and Russia, was tepid about ..."): the content ran on into the governing clause when the parser
  closed the cue's clause late; now it ends at the comma or dash before a verb the cue hangs under, or one conjoined
  to it, with its subject and auxiliaries (``extents._governing_clause_start``; a conjoined "and that C2" stays a
  second complement).
- An apposition after a comma on the object of a noun or adjective cue ("a spirited tribute to the activism of Erica
  Smegielski, the daughter of slain Sandy Hook Elementary School principal Dawn Hochsprung", "was concerned about
  her daughter, a third-year chemistry student at the University of Minnesota"): ``extents.trim_appended`` left it
  out as it does for a verb's object; the noun and adjective frames now keep it (``appositions=True``), but not an
  indefinite noun with a clause of its own, the writer's comment (", a charge that Mrs. Clinton has faced ...").
- The same for the subject of a passive with its agent ("Mr. Bush, the former governor of Florida, had been soundly
  rejected by an electorate ..."): ``families.passive_agent`` keeps the apposition.
- A second object of a noun cue joined by "and" / "or" that the parser hung elsewhere, a preposition or an "-ing"
  form with no subject ("proposals for mass deportations and stripping citizenship from illegal immigrants'
  children"): the noun frames now run on through it (``extents.second_conjunct``).
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
SECOND_THAT_CASES = [
    pytest.param(
        "By contrast, Daniel Hamermesh, a labor economist at the Institute for the Study of Labor, predicted that base "
        "wages would fall somewhat over time, but that the higher overtime payments would more than offset any loss in "
        "regular salary levels.",
        "predicted", "Daniel Hamermesh, a labor economist at the Institute for the Study of Labor",
        "base wages would fall somewhat over time, but that the higher overtime payments would more than offset any "
        "loss in regular salary levels",
        "indirect", "said_clause", id="but-that",
    ),
    pytest.param(
        "Prager believes there are no good options, but that sometimes the lesser of two evils will have to do.",
        "believes", "Prager",
        "there are no good options, but that sometimes the lesser of two evils will have to do",
        "indirect", "said_clause", id="but-that-believes",
    ),
    pytest.param(
        "The congressman’s spokesman also pointed out that the committee employs several active members of the "
        "military, and that none of them have ever been penalized for fulfilling their duties to the service.",
        "pointed out", "The congressman’s spokesman",
        "the committee employs several active members of the military, and that none of them have ever been penalized "
        "for fulfilling their duties to the service",
        "indirect", "said_clause", id="and-that",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", SECOND_THAT_CASES)
def test_second_that_clause_joins(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


SECOND_THAT_NEGATIVES = [
    pytest.param(
        "A majority of those who said their top quality in a candidate was caring about people like them supported "
        "Sanders in Virginia, but that group was slightly more likely to support Clinton in Georgia.",
        "supported", "A majority of those who said their top quality in a candidate was caring about people like them",
        "Sanders in Virginia", "indirect", "verb_object", id="but-that-demonstrative",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", SECOND_THAT_NEGATIVES)
def test_demonstrative_that_still_ends(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


CONCESSION_CASES = [
    pytest.param(
        "Clinton's campaign knew it was possible, though not necessarily likely, that she could lose Michigan.",
        "knew", "Clinton's campaign", "it was possible, though not necessarily likely, that she could lose Michigan",
        "indirect", "said_clause", id="though-not-likely",
    ),
    pytest.param(
        "Several Democratic operatives said they even expect fake information, though mixed with enough truth to cause "
        "damage.",
        "said", "Several Democratic operatives",
        "they even expect fake information, though mixed with enough truth to cause damage",
        "indirect", "said_clause", id="though-mixed",
    ),
    pytest.param(
        "Sanders said he would vote for Hillary Clinton, though he hasn’t endorsed her.",
        "said", "Sanders", "he would vote for Hillary Clinton", "indirect", "said_clause", id="though-clause-ends",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", CONCESSION_CASES)
def test_verbless_concession_stays(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


PASSIVE_ASIDE_CASES = [
    pytest.param(
        "The White House is expected to sign the measure, potentially teeing up a new law by the end of the year.",
        "is expected", None, "The White House is expected to sign the measure", "indirect", "passive_belief",
        id="participle-after-comma",
    ),
    pytest.param(
        "Nabisco is expected to cut 277 workers this week -- the first wave in a total of 600 layoffs -- as the "
        "company that makes Oreos, Chips Ahoy and Nilla Wafers shifts work to a Mexico plant where it has invested "
        "$130 million in a new production line.",
        "is expected", None, "Nabisco is expected to cut 277 workers this week", "indirect", "passive_belief",
        id="dash-apposition",
    ),
    pytest.param(
        "Of all the voters who might be expected to resist the charms of Donald J. Trump, the two million members of "
        "the Service Employees International Union would most likely be near the top of the list.",
        "might be expected", None, "who might be expected to resist the charms of Donald J. Trump", "indirect",
        "passive_belief", id="comma-apposition",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PASSIVE_ASIDE_CASES)
def test_passive_complement_without_asides(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


SPEAKER_ASIDE_CASES = [
    pytest.param(
        "He noted that as a businessman, there was no reason Trump would dwell on “the difference between Sunni and "
        "Shia, and really, you know, what you should be doing with North Korea or Russia.”",
        "dwell on", id="you-know",
    ),
    pytest.param(
        "If he could go back in time and talk to his 2012 self, prosecutors say that he told one FBI agent, \"I'd say, "
        "'All right, you have done a good job.'.\"",
        "say", id="i-would-say",
    ),
]


@pytest.mark.parametrize("text,cue", SPEAKER_ASIDE_CASES)
def test_speaker_aside_no_cut_statement(extractor, text, cue):
    """The cut content's statement (a quotation nested in the reported clause, or the clause before the quotation)
    is gone once the aside no longer ends the content."""
    assert not [row for row in found(extractor, text) if row[2] == cue]


GERUND_AFTER_CASES = [
    pytest.param(
        "Though the White House kept mum about the timing, all signs pointed to Obama endorsing Clinton on Thursday "
        "after the president meets with Sanders in the Oval Office.",
        "pointed to", "all signs",
        "Obama endorsing Clinton on Thursday after the president meets with Sanders in the Oval Office",
        "indirect", "verb_prep_object", id="pointed-to",
    ),
    pytest.param(
        "He focused on his years serving on the House Armed Services Committee during President Ronald Reagan's "
        "tenure, a dig at his opponents in the Republican race.",
        "focused on", "He",
        "his years serving on the House Armed Services Committee during President Ronald Reagan's tenure",
        "indirect", "verb_prep_object", id="focused-on",
    ),
    pytest.param(
        "In 2008, he complained bitterly about the United States' backing independence for Kosovo, and railed about "
        "Washington's propensity to intervene in countries' internal affairs where and when it saw fit.",
        "complained bitterly about", "he", "the United States' backing independence for Kosovo",
        "indirect", "verb_prep_object", id="complained-about",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", GERUND_AFTER_CASES)
def test_gerund_after_prep_object(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


FRONTED_INQUIRY_CASES = [
    pytest.param(
        "Asked if it had appeared he was encouraging violence with his initial statement, Trump replied, “Well, maybe "
        "so.",
        "Asked", None, "if it had appeared he was encouraging violence with his initial statement", "indirect",
        "inquiry", id="asked-if",
    ),
    pytest.param(
        "Asked whether he was concerned that Donald Trump, the presumptive Republican presidential nominee, who has "
        "called the notion of man-made global warming a hoax, could be the next occupant of the White House, Ban "
        "demurred.",
        "Asked", None,
        "whether he was concerned that Donald Trump, the presumptive Republican presidential nominee, who has called "
        "the notion of man-made global warming a hoax, could be the next occupant of the White House",
        "indirect", "inquiry", id="asked-whether-long",
    ),
    pytest.param(
        "Asked in Iowa recently whether he would support Donald Trump if Trump is the GOP nominee, Rubio gave a "
        "roundabout answer.",
        "Asked", None, "whether he would support Donald Trump if Trump is the GOP nominee", "indirect", "inquiry",
        id="asked-whether-if",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", FRONTED_INQUIRY_CASES)
def test_fronted_inquiry_runs_to_main_clause(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


GOVERNING_CLAUSE_CASES = [
    pytest.param(
        "Since announcing in October that he would not seek the presidency, Mr. Biden has been a loyal Democratic "
        "lieutenant, taking care to praise Mrs. Clinton in public and rousing Democrats with a vintage address at the "
        "party's national convention last month.",
        "announcing", "Mr. Biden", "he would not seek the presidency", "indirect", "participle", id="fronted-since",
    ),
    pytest.param(
        "Before the Paris terror attacks, Trump took a more hands-off approach to the Islamic State, suggesting the "
        "U.S. outsource the fight to Syria and Russia, was tepid about U.S. involvement in Ukraine and distinguished "
        "himself in the Republican field by saying he'd make nice with Vladimir Putin.",
        "suggesting", "Trump", "the U.S. outsource the fight to Syria and Russia", "indirect", "participle",
        id="conjoined-predicate",
    ),
    pytest.param(
        "After saying he was nervous to ask a question, the man ended up in the middle of the room with his arm around "
        "Kasich, offering his thoughts on military readiness.",
        "saying", "the man", "he was nervous to ask a question", "indirect", "participle", id="fronted-after",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", GOVERNING_CLAUSE_CASES)
def test_content_ends_before_governing_clause(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


APPOSITION_CASES = [
    pytest.param(
        "Hillary Clinton closed her New York victory speech on Tuesday night with a spirited tribute to the activism "
        "of Erica Smegielski, the daughter of slain Sandy Hook Elementary School principal Dawn Hochsprung.",
        "tribute to", "Hillary Clinton",
        "the activism of Erica Smegielski, the daughter of slain Sandy Hook Elementary School principal Dawn "
        "Hochsprung",
        "indirect", "cue_noun", id="tribute-to",
    ),
    pytest.param(
        "Gao Junlan, a lawyer from the southwestern Chinese province of Sichuan, was concerned about her daughter, a "
        "third-year chemistry student at the University of Minnesota.",
        "was concerned about", "Gao Junlan, a lawyer from the southwestern Chinese province of Sichuan",
        "her daughter, a third-year chemistry student at the University of Minnesota", "indirect",
        "stance_predicate", id="concerned-about",
    ),
    pytest.param(
        "He started his answer with a story about his parents, immigrants from Poland.",
        "story about", "He", "his parents, immigrants from Poland", "indirect", "about_noun", id="story-about",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", APPOSITION_CASES)
def test_noun_cue_keeps_apposition(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_summary_apposition_still_left_out(extractor):
    text = (
        "The documents raised new questions about whether the charitable foundation worked to reward its donors with "
        "access and influence at the State Department, a charge that Mrs. Clinton has faced in the past and has always "
        "denied."
    )
    assert_case(
        extractor, text, "raised new questions about", "The documents",
        "whether the charitable foundation worked to reward its donors with access and influence at the State "
        "Department", "indirect", "light_noun",
    )


PASSIVE_AGENT_CASES = [
    pytest.param(
        "Mr. Bush, the former governor of Florida, had been soundly rejected by an electorate he no longer recognized, "
        "hobbling his campaign and leaving him little choice but to withdraw from the presidential race.",
        "had been soundly rejected by", "an electorate", "Mr. Bush, the former governor of Florida",
        "indirect", "passive_agent", id="subject-apposition",
    ),
    pytest.param(
        "13 Hours will cover the 2012 Benghazi, Libya, crisis in which a U.S. State Department compound and The Annex, "
        "a CIA station, were both attacked by Islamic terrorists.",
        "were both attacked by", "Islamic terrorists", "a U.S. State Department compound and The Annex, a CIA station",
        "indirect", "passive_agent", id="list-apposition",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PASSIVE_AGENT_CASES)
def test_passive_agent_subject_keeps_apposition(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_noun_cue_second_conjunct(extractor):
    text = (
        "Since Trump began with insults against Mexican immigrants and then doubled down with proposals for mass "
        "deportations and stripping citizenship from illegal immigrants' children, he has come to loom in the Mexican "
        "imagination as a gringo bogeyman."
    )
    assert_case(
        extractor, text, "proposals for", None,
        "mass deportations and stripping citizenship from illegal immigrants' children", "indirect", "cue_noun",
    )
