"""Lexicons shared by the rule priors and the trained models' features.

All entries are lower-case. Single words are matched on word tokens, phrases
(entries with a space) as substrings of the lower-cased, whitespace-normalised text.

Limits: English only; hand-made from news usage (and the Emergent / seeds vocabulary of
denial and hedging), not exhaustive. A negation far from the claim's terms, sarcasm,
or a denial quoted in order to be rejected ("denials that ...") are not understood.
"""

from __future__ import annotations

from annotate.lexicon import STOP_WORDS

#: Phrases that take no position at all: certainty "uncommitted", stance "neutral".
UNCOMMITTED_PHRASES: tuple[str, ...] = (
    "neither confirm nor deny",
    "neither confirmed nor denied",
    "neither confirms nor denies",
    "could not confirm",
    "could not be confirmed",
    "cannot confirm",
    "can't confirm",
    "would not confirm",
    "wouldn't confirm",
    "declined to comment",
    "declined to confirm",
    "refused to comment",
    "no comment",
    "unable to confirm",
    "unable to verify",
    "could not verify",
    "could not independently verify",
)

#: Hedges: words that qualify a statement. Certainty "hedged".
HEDGE_WORDS: frozenset[str] = frozenset(
    {
        "may", "might", "could", "possibly", "possible", "perhaps", "probably", "likely", "unlikely",
        "reportedly", "allegedly", "alleged", "apparently", "appears", "appear", "appeared", "seems",
        "seem", "seemed", "suggest", "suggests", "suggested", "suggesting", "indicating", "indicates",
        "believed", "believes", "thought", "rumour", "rumours", "rumor", "rumors", "rumoured", "rumored",
        "unconfirmed", "unclear", "supposedly", "purportedly", "purported", "claims", "claimed",
        "claim", "speculation", "speculated", "potentially", "presumably", "whether", "if", "maybe",
        "reports", "report", "sources", "understood", "suspected", "feared", "think", "thinks", "hint",
        "hints", "hinted", "accuses", "accused", "accusing", "alleges", "allege", "insists", "insisted",
    }
)

#: HEDGE_WORDS split by the kind of distance they put between the writer and the claim; the
#: four groups partition HEDGE_WORDS, except that HEDGE_ATTRIBUTION adds the plain reporting
#: words "says"/"said"/"say"/"according" (attribution without judgement: in headlines it marks
#: a report of the claim rather than an assertion). Each group is its own feature column, so a
#: model can weigh "may" and "reportedly" differently (Emergent grouped CV: +0.7 points).
#: The suspicion words of HEDGE_EVIDENTIAL, the one-sided-account words of HEDGE_ATTRIBUTION
#: ("suspected", "feared", "accuses", "insists") and the debunking words of REFUTE_WORDS
#: ("rubbish", "inaccurate", "hoaxer") were added after reading Emergent's out-of-fold errors,
#: so their Emergent CV gain (deterministic split 0.777 -> 0.788, shuffled mean 0.782 -> 0.790,
#: all of it on the 34 headlines holding them) is in-sample: expect a fraction of it on new claims.
HEDGE_MODAL: frozenset[str] = frozenset(
    {
        "may", "might", "could", "possibly", "possible", "perhaps", "probably", "likely", "unlikely",
        "maybe", "potentially", "presumably", "whether", "if",
    }
)
HEDGE_ATTRIBUTION: frozenset[str] = frozenset(
    {
        "reportedly", "allegedly", "alleged", "supposedly", "purportedly", "purported", "claims", "claimed",
        "claim", "reports", "report", "sources", "according", "says", "said", "say",
        # one side's account: "X accuses Y of ...", "X insists ..." report a claim without asserting it
        "accuses", "accused", "accusing", "alleges", "allege", "insists", "insisted",
    }
)
HEDGE_RUMOUR: frozenset[str] = frozenset(
    {
        "rumour", "rumours", "rumor", "rumors", "rumoured", "rumored", "unconfirmed", "unclear",
        "speculation", "speculated",
    }
)
HEDGE_EVIDENTIAL: frozenset[str] = frozenset(
    {
        "apparently", "appears", "appear", "appeared", "seems", "seem", "seemed", "suggest", "suggests",
        "suggested", "suggesting", "indicating", "indicates", "believed", "believes", "thought", "understood",
        # suspicion and inference: "suspected of", "feared killed", "people think", "hints at"
        "suspected", "feared", "think", "thinks", "hint", "hints", "hinted",
    }
)

#: Hedge phrases (matched as substrings).
HEDGE_PHRASES: tuple[str, ...] = (
    "according to",
    "is said to",
    "are said to",
    "was said to",
    "is believed to",
    "are believed to",
    "it is thought",
    "is expected to",
    "are expected to",
    "is understood to",
    "in talks",
    "not yet known",
    "not immediately clear",
    "remains unclear",
    "remained unclear",
)

#: Strong hedges that mark certainty "hedged" in the rule priors (a subset: "claims" or
#: "reports" alone are too common in certain statements to flip the prior).
RULE_HEDGES: frozenset[str] = frozenset(
    {
        "may", "might", "could", "possibly", "perhaps", "probably", "likely", "reportedly", "allegedly",
        "apparently", "seems", "seem", "appears", "suggest", "suggests", "suggesting", "indicating",
        "believed", "unconfirmed", "unclear", "supposedly", "purportedly", "potentially", "presumably", "maybe",
    }
)

#: Denial and refutation words: stance "oppose" when they bear on the target.
REFUTE_WORDS: frozenset[str] = frozenset(
    {
        "deny", "denies", "denied", "denying", "denial", "denials", "refute", "refutes", "refuted",
        "refuting", "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed",
        "dismissing", "downplay", "downplays", "downplayed", "debunk", "debunks", "debunked", "debunking",
        "hoax", "fake", "false", "falsely", "fabricated", "fiction", "myth", "untrue", "wrong", "wrongly",
        "baseless", "unfounded", "nonsense", "lie", "lies", "lied", "bogus", "fraud", "satire", "satirical",
        "doubt", "doubts", "doubtful", "contradict", "contradicts", "contradicted", "despite",
        "merely", "mere", "temporary", "rumour", "rumours", "rumor", "rumors", "scam", "prank", "spoof",
        "misleading", "exaggerated", "retract", "retracts", "retracted", "clarified", "clarifies",
        # manipulated evidence and people taken in by it
        "photoshopped", "doctored", "faked", "forged", "forgery", "staged", "parody", "fooled", "duped",
        "misreported", "busted",
        # debunking and correction vocabulary ("rubbish", "inaccurate", "exposed as hoaxer")
        "rubbish", "inaccurate", "erroneous", "erroneously", "fabrication", "fabricate", "fabricates",
        "misinformation", "disinformation", "falsehood", "falsehoods", "hoaxer", "hoaxes", "pranks", "scams",
        "libel", "trolled", "bullshit", "hogwash", "rebuff", "rebuffs", "rebuffed", "rebut", "rebuts", "rebutted",
    }
)

#: Negation words: "not", "no", "never", contractions. Near a shared term they flip the claim.
NEGATION_WORDS: frozenset[str] = frozenset(
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
        "n't", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
        "can't", "couldn't", "hasn't", "haven't", "hadn't", "shouldn't", "nope", "isnt", "didnt", "doesnt",
        "wont", "cant",
    }
)

#: Words that back a claim: confirmation and assertion. Stance "support" when they bear on the target.
SUPPORT_WORDS: frozenset[str] = frozenset(
    {
        "confirm", "confirms", "confirmed", "confirming", "confirmation", "proof", "proves", "proved",
        "proven", "reveals", "revealed", "official", "officially", "indeed", "actually", "announced",
        "announces", "admits", "admitted", "acknowledged", "acknowledges", "verified", "true",
    }
)

#: Reporting-cue lemma classes (the "cue verb and its lemma class" feature).
CUE_CLASSES: dict[str, frozenset[str]] = {
    "deny": frozenset({"deny", "refute", "reject", "dismiss", "downplay", "debunk", "contradict", "dispute", "rebut", "clarify"}),
    "confirm": frozenset({"confirm", "admit", "acknowledge", "verify", "concede", "prove", "reveal"}),
    "assert": frozenset({"say", "state", "assert", "stress", "emphasize", "emphasise", "insist", "explain", "add", "declare", "tell", "affirm", "maintain", "make"}),
    "report": frozenset({"report", "cite", "according", "inform", "announce", "write", "publish", "quote", "describe"}),
    "claim": frozenset({"claim", "allege", "accuse", "blame", "charge"}),
    "hedge": frozenset({"suggest", "indicate", "speculate", "believe", "think", "hint", "imply", "estimate", "predict", "expect"}),
    "note": frozenset({"note", "mention", "point", "observe", "remark", "warn", "recall"}),
}

#: Words ignored when comparing statement and target (pair features, "unrelated" rule).
STOPWORDS: frozenset[str] = STOP_WORDS

#: Attribution vocabulary of news headlines ("..., officials say", "Source: ...", "according to").
#: Kept verbatim in the statement's structure template (see ``features.template``).
ATTRIBUTION_WORDS: frozenset[str] = frozenset(
    {
        "says", "said", "say", "tells", "told", "tell", "according", "source", "sources", "official",
        "officials", "spokesman", "spokeswoman", "spokesperson", "witness", "witnesses", "insider",
        "insiders", "analyst", "analysts", "experts", "expert", "police", "media", "reports", "reported",
        "report", "claims", "claimed", "video", "photo", "photos", "footage", "twitter", "tweet", "tweets",
        "exclusive", "breaking", "update", "updated", "via",
    }
)
