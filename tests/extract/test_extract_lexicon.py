"""The shared word lists (annotate.lexicon) and the gazetteers shipped as package data."""

from __future__ import annotations

import pytest

from annotate import lexicon
from annotate.classify import features
from annotate.classify.lexicons import STOPWORDS
from annotate.extract import source_lexicons as lex
from annotate.labelstudio import tasks


@pytest.mark.parametrize(
    "base, forms",
    [
        ("say", ("say", "says", "said", "saying")),
        ("deny", ("deny", "denies", "denied", "denying")),
        ("slam", ("slam", "slams", "slammed", "slamming")),
        ("state", ("state", "states", "stated", "stating")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
    ],
)
def test_verb_forms(base, forms):
    assert lexicon.verb_forms(base) == forms


def test_regular_forms_only_when_asked():
    assert lexicon.verb_forms("admit", irregular=False) == ("admit", "admits", "admited", "admiting")
    assert {"denies", "denied", "stating"} <= features._word_forms(["deny", "state"])


def test_one_stop_word_list():
    assert STOPWORDS is lexicon.STOP_WORDS and tasks.STOPWORDS is lexicon.STOP_WORDS
    assert {"the", "said", "which"} <= lexicon.STOP_WORDS and "minister" not in lexicon.STOP_WORDS


def test_gazetteers_load_from_package_data():
    assert lexicon.load_data("annotate.extract", "outlets")["Israel"]["Haaretz"] == "Israeli"
    assert lex.OUTLETS["Reuters"] is None and lex.OUTLETS["Haaretz"] == "Israeli"
    assert lex.ROLE_HEADS["officials"] == ("official", "official")
    assert lex.COUNTRY_DEMONYMS["Türkiye"] == "Turkish" and lex.DEMONYM_FORMS["Azeri"] == "Azerbaijani"
    assert lex.DEMONYM_FORMS["Israeli"] == "Israeli"  # every country demonym is a demonym form
    assert lex.GOVERNMENT_BODIES["State Department"] == "US State Department"
    with pytest.raises(TypeError):
        lex.OUTLETS["New outlet"] = None  # read-only
