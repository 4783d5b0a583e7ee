"""Issue 12, session 29 (sources), on real PolNeAR train sentences; each positive fails on the code before its change
(main 331c692 for the first table) and passes after.

- A noun cue with a personal possessive pronoun ("his", "her", "their") that is the direct object of a verb whose
  subject agrees with the pronoun in number ("she escalated her attacks on X", "Woods shared her belief that C"):
  the source was the pronoun, PolNeAR's gold marks the verb's subject; now the subject
  (``noun_cues.bound_subject``, used by ``cue_noun``, ``about_noun`` / ``that_noun`` / ``held_noun``, and
  ``families``' ``claim_noun``, ``possessed_noun`` and ``topic_noun``). A noun in a prepositional phrase after an
  adjective ("Others were unapologetic in their criticism of X") keeps the pronoun, as PolNeAR does as often as not.
  Limit: a subject reached through a control verb binds too ("she needs to calibrate her attacks": she)."""

from __future__ import annotations

import pytest

from extract_helpers import assert_case, by_cue, extractor, run  # noqa: F401 - extractor is a fixture

# (sentence, cue, expected source, expected content, kind, rule)
BOUND_POSSESSOR_CASES = [
    pytest.param(
        "Later in the day, she escalated her attacks on Sanders' record on guns, criticizing him for repeated votes "
        "against the Brady bill in the 1990s.",
        "attacks on", "she", "Sanders' record on guns", "indirect", "held_noun",
        id="escalated-her-attacks",
    ),
    pytest.param(
        "Trump has since revised his proposal on a Muslim ban several times.",
        "proposal on", "Trump", "a Muslim ban", "indirect", "cue_noun",
        id="revised-his-proposal",
    ),
    pytest.param(
        "Joh Husted, Ohio Secretary of State, voiced his disapproval of the ruling.",
        "disapproval of", "Joh Husted, Ohio Secretary of State", "the ruling", "indirect", "cue_noun",
        id="voiced-his-disapproval",
    ),
    pytest.param(
        "Regarding Trump’s rhetoric following Khizr Khan’s speech at last month’s Democratic National Convention, Woods "
        "shared her belief that none of it was beyond the pale.",
        "belief", "Woods", "none of it was beyond the pale", "indirect", "cue_noun",
        id="shared-her-belief",
    ),
]


@pytest.mark.parametrize("text,cue,source,content,kind,rule", BOUND_POSSESSOR_CASES)
def test_bound_possessor(extractor, text, cue, source, content, kind, rule):
    assert_case(extractor, text, cue, source, content, kind, rule)


# A possessive noun in a prepositional phrase keeps its possessor (passes before and after).
def test_possessor_in_prepositional_phrase(extractor):
    text = "Others were unapologetic in their criticism of Mr. Trump."
    assert by_cue(run(extractor, text), "criticism of").source.text == "their"
