"""Issue 12, session 29 (indirect speech recall, second pass: ind29b), on real PolNeAR train sentences; each positive
fails on the code before its change (main 331c692 for the first table; its "endorsement" and "criticism" rows also
on cb74b85, which read "support" only, and its "sparked" row on bfe834a, which had no "spark") and passes after.

- Backing or blame received from a group ("Trump earned the support of nearly four in 10 likely voters", "she won
  the endorsement of the National Education Association", "The statement quickly drew sharp criticism from both sides
  of the abortion debate"): PolNeAR annotates the backed subject as the content and the group as the source, with the
  noun in the cue; no rule read "support", and ``cue_noun`` took the group as the content of "endorsement of"
  (``noun_cues.backing_noun``, rule ``cue_noun``). Without a group ("But the protest effort enjoys some institutional
  support") nothing is taken.
- A possessor's backing among a group ("a signal of her broad support among the party's power brokers"): the
  possessor is the content, the group the source (``noun_cues._held_backing``; these rows fail on efec662 too,
  which read a verb's object only).
- A second direct object right after the first ("offering Kasich the second spot on the ticket", "the government
  denied his party the victory"; the parser reads both nouns as ``dobj``): the content was the first object alone; now
  both (``extents.OBJECT_COMPLEMENT_DEPS``; these rows fail on main 331c692 and on f9bc93e).
- A personal pronoun object with a phrase of the cue after it ("have vehemently opposed it on those grounds",
  "favored her in other states"): the content took the phrase; now a pronoun object keeps its predicate only
  (``object_frames.verb_object``; these rows fail on main 331c692 and on 00ffe31)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
BACKING_CASES = [
    pytest.param(
        "Trump earned the support of nearly four in 10 likely voters.",
        "earned the support", "nearly four in 10 likely voters", "Trump", "indirect", "cue_noun",
        id="earned-support-of",
    ),
    pytest.param(
        "She drew support from a large majority of those who cared most about a candidate who can win in November.",
        "drew support", "a large majority of those who cared most about a candidate who can win in November", "She",
        "indirect", "cue_noun", id="drew-support-from",
    ),
    pytest.param(
        "Bernie Sanders continues to draw support among union members, and so, to a lesser extent, does Donald Trump.",
        "draw support", "union members", "Bernie Sanders", "indirect", "cue_noun", id="draw-support-among-xcomp",
    ),
    pytest.param(
        "It was just days before she won the endorsement of the National Education Association, a coup over her main "
        "rival, Sen. Bernie Sanders.",
        "won the endorsement", "the National Education Association", "she", "indirect", "cue_noun",
        id="won-endorsement-of",
    ),
    pytest.param(
        "Pfizer's deal with Botox-maker Allergan, which would create the world's largest drugmaker, immediately "
        "sparked criticism from Democrats and Republicans in Congress who agree that such deals are problematic but "
        "have so far not taken legislative action against them.",
        "sparked criticism",
        "Democrats and Republicans in Congress who agree that such deals are problematic but have so far not taken "
        "legislative action against them",
        "Pfizer's deal with Botox-maker Allergan", "indirect", "cue_noun", id="sparked-criticism-from",
    ),
    pytest.param(
        "The statement quickly drew sharp criticism from both sides of the abortion debate.",
        "drew sharp criticism", "both sides of the abortion debate", "The statement", "indirect", "cue_noun",
        id="drew-criticism-from",
    ),
]


HELD_BACKING_CASES = [
    pytest.param(
        "Hundreds of the party's ''superdelegates'' have endorsed Mrs. Clinton, a signal of her broad support among "
        "the party's power brokers.",
        "support", "the party's power brokers", "her", "indirect", "cue_noun", id="possessor-support-among",
    ),
    pytest.param(
        "Trump had his greatest support among the Marines surveyed (60 percent) while Clinton’s greatest support (31 "
        "percent) came from naval personnel.",
        "support", "the Marines surveyed", "his", "indirect", "cue_noun", id="possessor-support-among-object",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", BACKING_CASES + HELD_BACKING_CASES)
def test_backing_from_group(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_backing_without_group_gives_nothing(extractor):
    text = "But the protest effort enjoys some institutional support."
    assert not [row for row in found(extractor, text) if "support" in (row[2] or "")]


# (text, cue, expected source, expected content, kind, rule)
SECOND_OBJECT_CASES = [
    pytest.param(
        "By offering Kasich the second spot on the ticket, Trump would show voters he is serious about finding help "
        "from seasoned politicians to deliver on trade, immigration, health care, and national security.",
        "offering", "Trump", "Kasich the second spot on the ticket", "indirect", "verb_object", id="offering-x-y",
    ),
    pytest.param(
        "Nega was poised to become mayor, but the government denied his party the victory and jailed him along with "
        "other C.U.D. leaders.",
        "denied", "the government", "his party the victory", "indirect", "verb_object", id="denied-x-y",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", SECOND_OBJECT_CASES)
def test_second_object(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# (text, cue, expected source, expected content, kind, rule)
PRONOUN_OBJECT_CASES = [
    pytest.param(
        "The compromise would restore more local control, albeit not enough for some House conservatives who have "
        "vehemently opposed it on those grounds.",
        "have vehemently opposed", "some House conservatives who", "it", "indirect", "verb_object", id="opposed-it-on",
    ),
    pytest.param(
        "What's more, Clinton figures to fare well in and around New York City, which has a large population of "
        "minority and affluent voters, demographic groups that favored her in other states.",
        "favored", "demographic groups that", "her", "indirect", "verb_object", id="favored-her-in",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PRONOUN_OBJECT_CASES)
def test_pronoun_object_without_adjuncts(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)
