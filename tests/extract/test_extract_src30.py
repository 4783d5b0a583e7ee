"""Issue 12, session 30 (sources), on real PolNeAR train sentences; each positive fails on the code before its change
(main f4f0276 for the first table) and passes after.

- The passive reading of a cue verb (``subjects.passive_reading``, used by ``frames._verb_cue``): a passive cue's
  subject is the one spoken of or to, so the statement has no source. It was read from the wrong clause in three
  shapes, each leaving a statement without the source PolNeAR marks: a relative pronoun's antecedent that is the
  passive subject of the main clause ("Curiel, who ... declined to comment, was born in X"; now the pronoun's own
  role counts); a finite conjunct of a passive verb ("FBI officials were angered by the deal and predicted C"; the
  conjunct shares the subject as its agent); a contracted "'s" read as a passive auxiliary before a clausal
  complement ("he's said he'll fight X": "has"). The negative: a contracted "'s" before an infinitive stays a
  passive ("he's almost guaranteed to attract a media horde" gives no statement of "he")."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, extractor, found  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
PASSIVE_READING_CASES = [
    pytest.param(
        "Curiel, who through his office declined to comment, was born in East Chicago, Ind., and is a 1979 graduate "
        "of the Indiana University law school.",
        "declined", "Curiel, who", "to comment", "indirect", "verb_xcomp",
        id="relative-on-passive-subject",
    ),
    pytest.param(
        "The Romanian hacker who first revealed that Hillary Clinton used a private email address while she was "
        "secretary of state was sentenced to more than four years in federal prison Thursday.",
        "revealed", "The Romanian hacker who", "Hillary Clinton used a private email address", "indirect",
        "said_clause",
        id="relative-hacker-who-revealed",
    ),
    pytest.param(
        "FBI officials were angered by the deal and predicted it would affect the outcome of other cases involving "
        "classified information.",
        "predicted", "FBI officials", "it would affect the outcome of other cases involving classified information",
        "indirect", "said_clause",
        id="conjunct-of-passive",
    ),
    pytest.param(
        "By the end of the day, Mr. Trump was forced into a rare moment of damage control and said that his words "
        "had been ''misconstrued.''",
        "said", "Mr. Trump", "his words had been ''misconstrued", "indirect", "said_clause",
        id="forced-and-said",
    ),
    pytest.param(
        "While he's said he'll fight all the way to the convention, Sanders must decide what price he'll demand for "
        "his full support.",
        "'s said", "he", "he'll fight all the way to the convention", "indirect", "said_clause",
        id="contracted-has-said",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", PASSIVE_READING_CASES)
def test_passive_reading(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# A contracted "'s" before an infinitive stays a passive (passes before and after).
def test_contracted_passive_before_infinitive(extractor):
    text = (
        "The good news for Cruz, Woolson said, is that as the Iowa co-front-runner, he’s almost guaranteed to "
        "attract a media horde."
    )
    assert not [row for row in found(extractor, text) if row[1] == "he"]
