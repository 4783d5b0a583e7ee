"""A headline's own act: "Saudi prince mocks Trump", "Black Lives Matter seeks Clinton's ear".

PolNeAR marks a headline's main verb as an attribution whatever the verb ("champions", "blocks",
"prefer"), where body text needs a cue from the lexicons. This rule reads only a title line in which no
other rule found a statement: the root verb, its subject (a plausible source by
:func:`annotate.extract.subjects.agentive`, or any noun) as the source, and as content the verb's direct
object, else its clause complement, else the object of its first preposition after it (the cue is then
verb + preposition). The content must name someone or something (a proper noun, or "him", "her",
"them"): PolNeAR marks "Saudi prince mocks Trump", not "smugglers build tunnels". An object that opens with an
article or a possessive pronoun (:data:`THING_DETERMINERS`: "Ben Carson Just Dropped A Powerful 3-Word Response",
"The Democratic Elite Betrayed Their Party") names a thing even where title case tags its words as proper nouns,
unless its head is a person noun (:data:`annotate.extract.lexicons.HUMAN_NOUNS`: "Wisconsin Elects A Supreme Court
Justice Who Once Mocked ..."); it gives no statement.

Limits: one statement a headline, and none for an act on a common noun ("Clinton's missteps arm her
rivals"), a passive root ("Trump Featured In Video") or a pronoun subject other than a person's. A headline states
its act in the simple present ("mocks", "seeks") or with "to" ("Biden to campaign for Clinton"); a verb with an
auxiliary (progressive, modal, perfect or negated: "White Supremacists Are Capitalizing On Trump", "How each
candidate could play the battle for New York", "Independents alone won't decide N.H.") describes or guesses, and
gives no statement, though PolNeAR marks some ("Millenials aren't buying Trump's media-blaming"). The
parse of a title-case line is that of :func:`annotate.extract.pipeline.headline_case`, so a proper noun
is what its tagger reads as one. On PolNeAR train it adds 65 statements, 28 of them in the gold.

A title with no cue word (no :func:`annotate.extract.lexicons.is_candidate` match) is read for two shapes only: an
act aimed at someone through a preposition of :data:`TARGET_PREPOSITIONS` ("Clinton swipes at Trump over Brexit",
"Conservative Heavyweights Come Out Against Trump") and an aim put as a "to" clause after an active verb ("Cruz
looks to ease bad blood with GOP establishment"; also "Trump didn't need to meet with ..."; not after a participle,
"Golf Courses Forced to Reach ..."); its other acts are mostly events ("Cruz wins
most Wyo. delegates", "Hillary Clinton Receives More Bad News"). The preposition does not tell an aim from a topic
("Are Capitalizing On Trump", "be Aligning on Israel" are read as acts too).
"""

from __future__ import annotations

from typing import Iterator

from annotate.extract.lexicons import CUE_FORMS, HUMAN_NOUNS
from annotate.extract.registry import MINOR, Rule, declare, rule
from annotate.extract.extents import content_range, source_range
from annotate.extract.rules import Candidate
from annotate.extract.subjects import PARTITIVE_HEADS, agentive
from annotate.extract.tokens import FINITE_TAGS, kids
from annotate.extract.spans import token_range

declare(Rule("headline_verb", priority=0, role=MINOR))

#: Subject heads a headline's actor may have: any noun ("Saudi prince", "Rabbis"), beside :func:`agentive`'s.
HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Nouns that head no actor.
NOT_AGENTS = frozenset({"it", "there", "what", "this", "that"})
#: Pronouns that name whom the act is aimed at ("rally behind him").
TARGET_PRONOUNS = frozenset({"him", "her", "them"})
#: Articles that open an object naming a thing, not someone ("Syrians find a home in Clarkston", "Fiery words light up
#: The debate stage"); with a possessive pronoun ("Betrayed Their Party") the object is likewise no one.
THING_DETERMINERS = frozenset({"a", "an", "the"})
#: Prepositions that aim an act at someone ("swipes at Trump", "come out against Trump", "goes after Trump").
TARGET_PREPOSITIONS = frozenset({"at", "against", "after", "on", "for"})


def headline_verb(doc, base: int, aimed_only: bool = False) -> Iterator[Candidate]:
    """The statement of a title line parsed as ``doc`` (offset ``base``), if its root verb has a noun
    subject and an object that names someone (see the module docstring). With ``aimed_only``, only an act
    aimed at someone through a preposition of :data:`TARGET_PREPOSITIONS` ("Clinton swipes at Trump") or a "to"
    clause ("Cruz looks to ease bad blood with GOP establishment")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not root.tag_.startswith("VB"):
        return
    subj = next((c for c_dep, c in kids(root) if c_dep == "nsubj"), None)
    if subj is None or not (agentive(subj) or (subj.tag_ in HEAD_TAGS and subj.lower_ not in NOT_AGENTS)):
        return
    if any(c_dep in ("aux", "auxpass") and c.lower_ != "to" for c_dep, c in kids(root)):
        return  # "Are Capitalizing On Trump", "could play the battle for New York": a description, not an act
    cue = [root] + [c for c_dep, c in kids(root) if c_dep in ("prt", "neg", "aux") and c.i < root.i + 3 and c.i > subj.i]
    obj = next((c for c_dep, c in kids(root) if c_dep == "dobj" and c.i > root.i), None)
    if obj is None:
        obj = next((c for c_dep, c in kids(root) if c_dep in ("xcomp", "ccomp") and c.i > root.i), None)
    if obj is not None and aimed_only and not (obj.dep_ == "xcomp" and root.tag_ != "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in obj.children)):
        return  # a participle root is an event's ("Golf Courses Forced to Reach ...")
    if obj is None:
        prep = next((c for c_dep, c in kids(root) if c_dep == "prep" and c.i > root.i), None)
        pobj = next((c for c_dep, c in kids(prep) if c_dep in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is None or (aimed_only and prep.lower_ not in TARGET_PREPOSITIONS):
            return
        cue.append(prep)
        obj = pobj
    if not any(t.tag_ in ("NNP", "NNPS") or (t.tag_ == "PRP" and t.lower_ in TARGET_PRONOUNS) for t in obj.subtree):
        return  # "sheds little light", "build tunnels": no one is the object of the act
    if (obj.left_edge.lower_ in THING_DETERMINERS or obj.left_edge.tag_ == "PRP$") and obj.lower_ not in HUMAN_NOUNS:
        return  # "Ben Carson Just Dropped A Powerful 3-Word Response": title case tags a thing's words as names
    content = content_range(obj, base)
    source = source_range(subj, base)
    if content is not None and source is not None:
        yield Candidate(content, source, token_range(sorted(cue, key=lambda t: t.i), base), "indirect", "headline_verb", root.i)


declare(Rule("headline_noun_verb", priority=0, role=MINOR, headline_object=True))

#: Tags of the words of a headline's actor before its verb ("Super PAC", "Anti-Trump Groups", "2016 Democrats").
ACTOR_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "POS", "HYPH", "CD"})
#: Tags of a plural actor, the only one a verb's base form follows ("Terrorists mock bids to block them online").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Words after a headline's verb that belong to its cue ("calls for", "presses for", "Calls On").
CUE_PARTICLES = frozenset({"for", "on", "at", "against", "about", "up", "off", "out", "back"})


def headline_noun_verb(doc, base: int) -> Iterator[Candidate]:
    """The statement of a title line whose verb the tagger read as a plural noun ("Trump demands Ginsburg resign",
    "Super PAC blasts Trump for skipping debate", "Trump Calls On Obama To Resign"): the first "-s" form of a cue verb
    (:data:`annotate.extract.lexicons.CUE_FORMS`) not tagged as a verb (but a VBZ without a subject of its own, "St.
    Paul Votes To Condemn ...") or a plural proper noun, right after a noun,
    with a word after it that is no finite verb; or a cue verb's base form right after a plural noun ("Terrorists
    mock bids to block them online", "Hedge Funds Support Hillary Clinton").
    The source is the run of nouns and adjectives before it, the cue the verb (and a particle of
    :data:`CUE_PARTICLES`), the content the rest of the line up to a clause break (``pipeline._to_headline_end``).

    Limits: read only on a title line where no other rule, :func:`headline_verb` included, found a statement; a
    plural noun that is also a cue verb's form after a name ("Clinton emails show ...") is read as the verb."""
    for tok in doc:
        if tok.i == 0 or (tok.tag_.startswith("VB") and not _subjectless_s_form(tok)) or tok.lower_ not in CUE_FORMS \
                or tok.tag_ == "NNPS":
            continue
        if doc[tok.i - 1].tag_ not in (HEAD_TAGS if tok.lower_.endswith("s") else PLURAL_TAGS):
            continue
        start = tok.i - 1
        while start > 0 and doc[start - 1].tag_ in ACTOR_TAGS:
            start -= 1
        after = tok.i + 1
        cue = [tok]
        if after < len(doc) and doc[after].lower_ in CUE_PARTICLES:
            cue.append(doc[after])
            after += 1
        if after >= len(doc) or doc[after].is_punct or doc[after].tag_ in FINITE_TAGS:
            return  # "Nomination questions are likely to ...": a noun after all
        content = token_range([doc[after]], base)
        source = token_range(doc[start:tok.i], base)
        yield Candidate(content, source, token_range(cue, base), "indirect", "headline_noun_verb", tok.i)
        return


@rule(Rule("root_noun_verb", priority=0, role=MINOR))
def root_noun_verb(doc, base: int) -> Iterator[Candidate]:
    """A sentence whose root the tagger read as a noun although it is a cue verb right after its subject ("Al-Awlaki
    extols Nidal Hasan, ...", "The nearly 90-second ad slams Kasich for voting ...", "Trump brags that's good news",
    "The findings point to growing momentum ..."): the root is an "-s" form of a cue verb
    (:data:`annotate.extract.lexicons.CUE_FORMS`) tagged as a common or proper noun right after a noun, or a cue
    verb's base form right after a plural noun or a quantity word (:data:`annotate.extract.subjects.PARTITIVE_HEADS`:
    "Many fear Trump will ...", "Some view Trump's nomination as ..."), with a word after it that is no finite verb, as
    :func:`headline_noun_verb` reads a title line. The source is the run of nouns and adjectives before it
    (:data:`ACTOR_TAGS`), the cue the verb (and a particle of :data:`CUE_PARTICLES`), the content the rest of the
    sentence.

    Limits: only a sentence's root is read, so a mis-tagged verb in a subordinate clause is left; a plural noun that
    is also a cue verb's form after a noun at the root of a verbless sentence ("Cruz appeals to Reagan Democrats",
    "The deal envisions returning migrants") is read as the verb."""
    for sent in doc.sents:
        tok = sent.root
        if tok.i == sent.start or tok.tag_ not in HEAD_TAGS or tok.tag_ == "NNPS" or tok.lower_ not in CUE_FORMS:
            continue
        before = doc[tok.i - 1]
        if before.tag_ not in (HEAD_TAGS if tok.lower_.endswith("s") else PLURAL_TAGS) \
                and before.lower_ not in PARTITIVE_HEADS:
            continue
        start = tok.i - 1
        while start > sent.start and doc[start - 1].tag_ in ACTOR_TAGS:
            start -= 1
        after = tok.i + 1
        cue = [tok]
        if after < sent.end and doc[after].lower_ in CUE_PARTICLES:
            cue.append(doc[after])
            after += 1
        if after >= sent.end or doc[after].is_punct or doc[after].tag_ in FINITE_TAGS:
            continue
        end = sent.end
        while end > after and doc[end - 1].is_punct:
            end -= 1
        content = token_range(doc[after:end], base)
        yield Candidate(content, token_range(doc[start:tok.i], base), token_range(cue, base), "indirect",
                        "root_noun_verb", tok.i)


def _subjectless_s_form(tok) -> bool:
    """An "-s" verb the parser gave no subject ("St. Paul Votes To Condemn ...": "Paul" hung elsewhere), read like a
    verb the tagger took for a noun."""
    return tok.tag_ == "VBZ" and not any(c_dep in ("nsubj", "nsubjpass") for c_dep, _ in kids(tok))


#: Tags of the words that make a clause of a headline's part after its colon: a verb or a modal.
VERB_TAGS_PREFIX = ("VB", "MD")


def topic_line(doc, base: int, content: tuple[int, int]) -> bool:
    """Whether the part of a "Rubric: ..." title line parsed as ``doc`` (offset ``base``) at ``content`` is a topic, not
    a statement: it opens with an article (:data:`THING_DETERMINERS`) and has no verb ("Delegate Update: The latest
    count in the Democratic race", "Netanyahu and Obama: A tortured relationship"), so the words before the colon
    are a rubric or a pairing, not a source.

    Limits: a verbless statement that opens with an article ("Poll: The race a dead heat") is read as a topic too;
    one that opens otherwise ("Lynch: No outside influence on FBI probe") is left a statement, as is every part with a
    verb, even a title-case word the tagger reads as one."""
    words = [t for t in doc if content[0] <= base + t.idx < content[1] and not t.is_punct]
    return bool(words) and words[0].lower_ in THING_DETERMINERS and not any(
        t.tag_.startswith(VERB_TAGS_PREFIX) for t in words)
