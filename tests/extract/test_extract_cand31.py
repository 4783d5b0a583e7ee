"""Issue 12, session 31 (recall counted over every occurrence of a shape), on real PolNeAR train sentences; each
positive fails on main a66144a (the "copula-with-subject" row also on 962e52d, where copulas were all left out; the
"there-copula" row also on 6e614d0, where "there" + copula was left out) and passes after.

- A trailing "-ing" clause verb with its own finite clause ("Each faction projected its own worldview onto Obama,
  believing he would pursue C", "It means acknowledging that C", "are left wondering whether C"): the cue-verb rules
  gave nothing where the participle has no subject they accept (none, "it", or a subject that names no person,
  body or document); ``families.trailing_participle`` now takes the clause as the content, with no source. Since
  src31 counts "faction" as a body, the first row comes from ``participle`` with "Each faction" as its source (the
  row still fails on a66144a, which gave nothing).
- A reported clause the parser split into the cue's direct object and a complement without its subject
  ("suggesting “Trumpization” in the form of X had started to seep into French politics", "claiming he above all
  others has C", "said closed primaries -- those open only to registered Democrats -- deny X"): ``frames.clause``
  gave nothing (``misparsed_report``) or cut the clause; the object through the complement is now the content
  (``frames._object_read_as_subject``). These rows fail on eadccf2 and on main a66144a. A perception verb's object
  ("seeing their country, accents and colors change") stays no statement.
- Negatives, no ``trailing_participle`` statement: a participle that opens its sentence ("Realizing that C, the
  delegates could ..."), one on a copula with "it" for subject ("It's worth noting there is C", the writer's
  aside), and "meaning" ("..., meaning nearly half had no opinion at all", the writer's inference; that row
  fails on ab564fa, the first version of the rule)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, found, extractor  # noqa: F401 - extractor is a fixture

# (text, cue, expected source, expected content, kind, rule)
TRAILING_PARTICIPLE_CASES = [
    pytest.param(
        "Each faction projected its own worldview onto Obama, believing he would pursue their own particular vision of "
        "the future.",
        "believing", "Each faction", "he would pursue their own particular vision of the future", "indirect",
        "participle",
        id="believing-after-clause",
    ),
    pytest.param(
        "It means acknowledging that his message is the future of the Democratic Party and of our country.",
        "acknowledging", None, "his message is the future of the Democratic Party and of our country", "indirect",
        "trailing_participle", id="means-acknowledging",
    ),
    pytest.param(
        "Without Mr. Ailes guiding the network, conservatives and Republican politicians are left wondering whether "
        "the talk might soften under new leadership.",
        "wondering", None, "whether the talk might soften under new leadership", "indirect", "trailing_participle",
        id="left-wondering-whether",
    ),
    pytest.param(
        "As they navigated the halls, some Republicans could be heard grousing that the \"fake\" Trump literature was "
        "more plentiful than the actual Trump merchandise sitting near Cruz's hospitality suite.",
        "grousing", None,
        "the \"fake\" Trump literature was more plentiful than the actual Trump merchandise sitting near Cruz's "
        "hospitality suite",
        "indirect", "trailing_participle", id="heard-grousing-that",
    ),
    pytest.param(
        "Her comments are in response to a letter the Sanders campaign sent the DNC on Monday alleging that Clinton’s "
        "fundraising arrangement was inappropriate.",
        "alleging", None, "Clinton’s fundraising arrangement was inappropriate", "indirect", "trailing_participle",
        id="copula-with-subject",
    ),
    pytest.param(
        "There is a lot of chatter about Perez, who is the most animated on stage this morning, saying \"Zip codes "
        "shouldn't determine destiny\" and \"Just because I pick up trash doesn't mean you can treat me like "
        "garbage.\"",
        "saying", None,
        "Zip codes shouldn't determine destiny\" and \"Just because I pick up trash doesn't mean you can treat me like "
        "garbage",
        "mixed", "trailing_participle", id="there-copula",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", TRAILING_PARTICIPLE_CASES)
def test_trailing_participle(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# No ``trailing_participle`` statement: the participle opens the sentence, hangs on "it" + copula, or is "meaning".
TRAILING_PARTICIPLE_NEGATIVES = [
    pytest.param(
        "Realizing that a floor fight is inevitable, the delegates could decide that the best thing to do is reduce "
        "the state minimum to seven.",
        "Realizing", id="opening-participle",
    ),
    pytest.param(
        "It's worth noting there is little love lost between the nation's biggest banks and Mr. Trump.",
        "noting", id="worth-noting",
    ),
    pytest.param(
        "But only 14 percent had a negative opinion, meaning nearly half had no opinion at all.",
        "meaning", id="meaning-inference",
    ),
]


@pytest.mark.parametrize("text,cue", TRAILING_PARTICIPLE_NEGATIVES)
def test_trailing_participle_left_out(extractor, text, cue):
    assert not [row for row in found(extractor, text) if row[2] == cue and row[0] == "trailing_participle"]


# (text, cue, expected source, expected content, kind, rule): a clause the parser split into the cue's object and a
# subjectless complement.
OBJECT_SPLIT_CASES = [
    pytest.param(
        "French Prime Minister Manuel Valls also spoke out sharply against Trump’s influence, suggesting "
        "“Trumpization” in the form of “sweeping accusations” and “slander” had started to seep into French politics.",
        "suggesting", "French Prime Minister Manuel Valls",
        "Trumpization” in the form of “sweeping accusations” and “slander” had started to seep into French politics",
        "indirect", "participle", id="quoted-object-then-verb",
    ),
    pytest.param(
        "Rubio, particularly in the closing days of the Iowa campaign, has preached unity, claiming he above all "
        "others has the capacity to bring together a party that has been badly split.",
        "claiming", "Rubio, particularly in the closing days of the Iowa campaign",
        "he above all others has the capacity to bring together a party that has been badly split",
        "indirect", "participle", id="pronoun-read-as-object",
    ),
    pytest.param(
        "Voter participation: Sanders, whose coalition includes young people and independents, said closed primaries "
        "-- those open only to registered Democrats -- deny many energized independents the right to vote and "
        "discourage them from joining the Democratic Party.",
        "said", "Sanders",
        "closed primaries -- those open only to registered Democrats -- deny many energized independents the right to "
        "vote and discourage them from joining the Democratic Party",
        "indirect", "said_clause", id="object-with-apposition",
    ),
    pytest.param(
        "About four out of 10 voters said life for the next generation would be worse than life today, while nine in "
        "10 said they thought the economy favors the wealthy.",
        "said", "About four out of 10 voters", "life for the next generation would be worse than life today",
        "indirect", "said_clause", id="object-then-modal",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", OBJECT_SPLIT_CASES)
def test_object_read_as_subject(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


def test_perceived_object_left_out(extractor):
    """A perception verb's object and bare verb stay no statement ("seeing their country, accents and colors
    change"), before and after."""
    text = ("“So I think that there’s resistance among many Americans against seeing their country, accents and colors "
            "change.”")
    assert not [row for row in found(extractor, text) if row[2] == "seeing"]
