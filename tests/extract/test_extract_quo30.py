"""Issue 12, session 30 (quotation statements missed: mixed and direct), on real PolNeAR train sentences; each
positive fails on the code before its change (main 81affec for the first table, ebf43e1 for the second, 63ca39c
for the third, b9b3714 for the fourth, f189c9a for the fifth, d991da5 for the sixth,
fa2c6bc for the seventh, d650c67 for the eighth) and passes after.

- A naming verb read by the tagger as a participle on the noun before it ("Beruff, a Scott ally, called/VBN
  Florida's standards “strong.”", "De Blasio, speaking on WOR710, called Trump a “blowhard,”"): no rule fired, as
  the verb had no subject; ``rules.naming_participle`` now reads it as the clause verb when an object and then an
  opening quote mark follow, and gives the ``verb_predicate`` statement (object and quoted predicate). A reduced
  relative naming a thing ("a group called the “We The People Foundation.”": no noun before the quotation) gives
  nothing.
- A naming verb's quoted predicate after an aside between commas ("calling him, among other things, “a failed
  candidate.”", "portraying Mexican immigrants, in particular, as "rapists""): ``verb_object`` gave the object
  alone, as the parser hung the predicate elsewhere or the comma broke it off; now the content runs on through the
  quotation (``object_frames._quoted_predicate_after_aside``, naming verbs of ``NAMING_FORMS`` only). An aside with
  a verb ("urged women to vote for Hillary Clinton, saying, “Q”") keeps the object alone.
- A speech verb's clause whose verb opens a quotation and was tagged as a noun ("Ryan said Obama’s words and actions
  “amount/NN to a form of intimidation ...”"): no statement, as the complement had no verb; now ``said_clause``
  takes it when a noun dependent (the subject) comes before the quote mark (``frames._quote_split_clause``).
- A participle after a comma that opens a quotation after its object ("..., telling reporters, “Q”") whose parse
  hangs it on the quotation's verb or on a clause with no subject: the ``comma_bare`` anchor found no speaker and
  the quotation stayed unattributed; now the speaker is the last main or complement clause subject before the
  participle (``quote_anchors._main_subject_before``).
- A speech verb before a comma and a quotation whose subject is another verb's passive subject ("Mr. Trump was
  prompted to say, ''Q''", "Silverman was joined on stage ... and joked, “Q”"): the passive subject failed the
  agent test, so no anchor; now a subject taken from another verb is read as the active speaker, and an
  infinitive under a passive verb takes that verb's subject (``quote_anchors._passive_subject``).
- A participle after a comma closing its clause with a colon before a quotation ("Sen. Ted Cruz was also critical
  of Obama’s stance, telling Breitbart London: “Q”"): ``before_colon`` reads a subject and verb only, so no
  anchor; now the participle anchors it with the speaker of ``before_comma`` (``_participle_before_colon``).
- A colon clause with the verb first and the speaker after it ("Continued Stone: “Q”", "Stated Stone:" over a
  quoted paragraph, "Stated" tagged as a name): ``before_colon`` looked for a subject before the verb; now
  ``_inverted_colon`` reads a clause verb opening the clause and a name run filling the rest.
- A ", who VERB ..." relative clause running up to the comma before a quotation ("Mike Lee, who declared in the
  debate spin room, “Q”"): the verb was past ``before_comma``'s gap and "who" no agent; now
  ``_relative_before_comma`` anchors it with "who" as the source, as PolNeAR marks it."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, by_cue, extractor, found, run  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
NAMING_PARTICIPLE_CASES = [
    pytest.param(
        "Beruff, a Scott ally, called Florida’s standards “strong.”",
        "called", "Beruff, a Scott ally", "Florida’s standards “strong.”", "indirect", "verb_predicate",
        id="called-standards-strong",
    ),
    pytest.param(
        "De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were priceless "
        "“propaganda” for terrorist groups like Islamic State.",
        "called", "De Blasio, speaking on WOR710", "Trump a “blowhard,”", "indirect", "verb_predicate",
        id="called-trump-blowhard",
    ),
    pytest.param(
        "Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, called Trump's "
        "statements and actions on Sunday \"childish.\"",
        "called", "Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign",
        "Trump's statements and actions on Sunday \"childish.\"", "indirect", "verb_predicate",
        id="called-after-relative-clause",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", NAMING_PARTICIPLE_CASES)
def test_naming_participle(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_reduced_relative_name_no_statement(extractor):
    """A thing named by a participle, with no object before the quotation, is no attribution."""
    text = "The banner was paid for by a group called the “We The People Foundation.”"
    assert not [row for row in found(extractor, text) if row[2] == "called"]


QUOTED_PREDICATE_AFTER_ASIDE_CASES = [
    pytest.param(
        "Early in his campaign, Trump attacked Romney, calling him, among other things, “a failed candidate.”",
        "calling", "Trump", "him, among other things, “a failed candidate.”", "indirect", "verb_object",
        id="calling-him-among-other-things",
    ),
    pytest.param(
        "The GOP nominee has staked much of his campaign on cracking down on illegal immigration, portraying Mexican "
        "immigrants, in particular, as \"rapists\" and criminals who take American jobs.",
        "portraying", "The GOP nominee", "Mexican immigrants, in particular, as \"rapists\"", "indirect", "verb_object",
        id="portraying-in-particular-as",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", QUOTED_PREDICATE_AFTER_ASIDE_CASES)
def test_quoted_predicate_after_aside(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_aside_with_verb_not_joined(extractor):
    """A comma clause with a verb after the object is no aside: the object's content stays as it was."""
    text = (
        "Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton, saying, "
        "“There’s a special place in hell for women who don’t help each other.”"
    )
    assert by_cue(run(extractor, text), "urged").content.text == "women to vote for Hillary Clinton"


def test_quote_split_clause(extractor):
    text = "Ryan said Obama’s words and actions “amount to a form of intimidation that undermines liberty.”"
    assert_case(
        extractor, text, "said", "Ryan",
        "Obama’s words and actions “amount to a form of intimidation that undermines liberty.”", "mixed", "said_clause",
    )


# (text, cue, expected source, expected content, kind, rule)
PARTICIPLE_BEFORE_QUOTE_CASES = [
    pytest.param(
        "Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get a little "
        "carried away, have you noticed that?”",
        "telling", "Clinton", "Some people get a little carried away, have you noticed that?", "direct", "quote",
        id="telling-the-crowd",
    ),
    pytest.param(
        "Weaver didn’t seem particularly impressed with Sanders’ comments Tuesday, telling reporters, “A lot of "
        "people said the governor should step down.”",
        "telling", "Weaver", "A lot of people said the governor should step down.", "direct", "quote",
        id="telling-reporters",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PARTICIPLE_BEFORE_QUOTE_CASES)
def test_participle_before_quote(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (text, cue, expected source, expected content, kind, rule)
PASSIVE_SUBJECT_BEFORE_QUOTE_CASES = [
    pytest.param(
        "But much of the debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how "
        "civil it's been up here.''",
        "say", "Mr. Trump", "So far, I cannot believe how civil it's been up here.", "direct", "quote",
        id="prompted-to-say",
    ),
    pytest.param(
        "As the crowd began to chant, Silverman was joined on stage again by Minnesota Sen. Al Franken and joked, "
        "“Bernie or Bust people, you’re being ridiculous,” drawing loud jeers and “BERNIE!” chants.",
        "joked", "Silverman", "Bernie or Bust people, you’re being ridiculous", "direct", "quote",
        id="was-joined-and-joked",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PASSIVE_SUBJECT_BEFORE_QUOTE_CASES)
def test_passive_subject_before_quote(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_participle_before_colon(extractor):
    text = (
        "Presidential hopeful Sen. Ted Cruz was also critical of Obama’s stance, telling Breitbart London: “President "
        "Obama’s comments today are typical of his administration, which began by returning the bust of Winston "
        "Churchill from the Oval Office.”"
    )
    assert_case(
        extractor, text, "telling", "Presidential hopeful Sen. Ted Cruz",
        "President Obama’s comments today are typical of his administration, which began by returning the bust of "
        "Winston Churchill from the Oval Office.", "direct", "quote",
    )


# (text, cue, expected source, expected content, kind, rule)
INVERTED_COLON_CASES = [
    pytest.param(
        "Continued Stone: “So I think it’s a very real problem.”",
        "Continued", "Stone", "So I think it’s a very real problem.", "direct", "quote", id="continued-stone",
    ),
    pytest.param(
        "Stated Stone:\n\n“I think that the stakes are so high – and Donald Trump has made it pretty clear.”",
        "Stated", "Stone", "I think that the stakes are so high – and Donald Trump has made it pretty clear.", "direct",
        "quote", id="stated-stone-paragraph",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", INVERTED_COLON_CASES)
def test_inverted_colon(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_relative_before_comma(extractor):
    text = (
        "On Thursday, Cruz scored his first endorsement from a Senate colleague, from Mike Lee, who declared in the "
        "debate spin room, “I’m sending the signal that it’s time to unite.”"
    )
    assert_case(
        extractor, text, "declared", "who", "I’m sending the signal that it’s time to unite.", "direct", "quote",
    )
