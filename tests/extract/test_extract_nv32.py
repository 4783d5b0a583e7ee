"""Issue 12, session 32 (cue verbs the tagger read as nouns), on real PolNeAR train sentences; each positive fails on
the code before its change (main 24504d8) and passes after.

- A sentence whose root is a cue verb the tagger read as a noun, right after its subject ("Al-Awlaki extols/NNS
  Nidal Hasan", "Two-thirds support/NN reducing ..."): no rule found a cue, since every verb rule starts from a token
  tagged as a verb; ``headlines.root_noun_verb`` reads it as ``headline_noun_verb`` reads a title line, with the rest
  of the sentence as the content; a base form after a quantity word ("Many fear/NN Trump will ...", "Some view/NN X
  as Y") is read so too (fails on db7c0ab as well). A noun root with no verb reading after it ("Combat-level
  stress.") gives nothing."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, found, extractor  # noqa: F401 - extractor is a fixture

# (text, cue, source, content)
ROOT_NOUN_VERB_CASES = [
    pytest.param(
        "Al-Awlaki extols Nidal Hasan, the former U.S. Army psychiatrist who killed 13 people at Fort Hood in 2009.",
        "extols", "Al-Awlaki",
        "Nidal Hasan, the former U.S. Army psychiatrist who killed 13 people at Fort Hood in 2009", id="extols",
    ),
    pytest.param(
        "The nearly 90-second ad slams Kasich for voting in favor of an assault-weapons ban in 1994.",
        "slams", "90-second ad", "Kasich for voting in favor of an assault-weapons ban in 1994", id="slams",
    ),
    pytest.param(
        "Two-thirds support reducing the prison sentences for people convicted of non-violent crimes such as drug "
        "possession.",
        "support", "Two-thirds",
        "reducing the prison sentences for people convicted of non-violent crimes such as drug possession",
        id="base-form-after-plural",
    ),
    # a base form after a quantity word (fails on db7c0ab)
    pytest.param(
        "Many fear Trump will feed insecurity in nations worried about China’s growing power.",
        "fear", "Many", "Trump will feed insecurity in nations worried about China’s growing power", id="many-fear",
    ),
    pytest.param(
        "Some view Trump's prospective nomination as a sort of hostile takeover.",
        "view", "Some", "Trump's prospective nomination as a sort of hostile takeover", id="some-view",
    ),
]


@pytest.mark.parametrize("text,cue,source,content", ROOT_NOUN_VERB_CASES)
def test_root_noun_verb(extractor, text, cue, source, content):
    assert_case(extractor, text, cue, source, content, "indirect", "root_noun_verb")


@pytest.mark.parametrize("text", [
    pytest.param("Combat-level stress.", id="noun-root"),
    pytest.param("Delegate Update: The latest count in the Democratic race.", id="noun-root-colon"),
])
def test_root_noun_verb_not_a_noun_root(extractor, text):
    assert not [row for row in found(extractor, text) if row[0] == "root_noun_verb"]
