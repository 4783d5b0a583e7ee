"""Lines of an article that are not statements: teaser and link lines, bylines, photo credits and
captions, and the dateline that opens a paragraph (pure functions over the text, no parser).

- :func:`not_statements`: character ranges no statement may start in ("READ MORE: <headline>",
  "Related: ...", "Watch: ...", "WATCH | ...", "Click here to ...", "Click to play video: '...'",
  "Follow X on Twitter @x.", "By Jane Doe", "Reporting by X; Editing by Y", "(AP Photo/Evan Vucci)",
  "Scott Olson via Getty Images.", "(Justin Tang/The Canadian Press)", "This story has been updated to ...",
  "Correction: An earlier version of this story ...").
- :func:`dateline_end`: where the text of a paragraph starts after its dateline ("ATHENS - ",
  "WASHINGTON (Reuters) - ", "LONDON, June 5 (AP) — ", "VANCOUVER/TORONTO — "), so content never includes it.

Limits: English news conventions; a teaser line is recognised by its opening words only, a
caption only by a photo credit in it, a dateline only in capitals (or with a news agency in
parentheses: "Washington (CNN) -").
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

Range = tuple[int, int]

# A whole paragraph that links elsewhere: "READ MORE: <headline>", "Related: ...", "WATCH: ...", "WATCH | ...",
# "Click to play video: '<headline>'" (a video player's label).
TEASER_LABEL = re.compile(
    r"(?:READ MORE|Read [Mm]ore|ALSO READ|Also [Rr]ead|RELATED|Related(?: [Cc]overage| [Ss]tor(?:y|ies)| [Aa]rticles?| [Vv]ideo)?"
    r"|WATCH|Watch|SEE ALSO|See [Aa]lso|MORE|More|LISTEN|Listen|RECOMMENDED|Recommended|TRENDING|Trending"
    r"|Click to (?:play|watch|view) (?:the )?video)"
    r"\s*(?:[A-Z]+\s*)?[:|]"
)
# The first sentence of a paragraph that calls to action: "Click here to ...", "Watch the video above.",
# "Follow X on Twitter @x.", "Sign up for ...", "Subscribe to ...".
TEASER_SENTENCE = re.compile(
    r"(?:Click here|CLICK HERE|Sign up|SIGN UP|Subscribe to|Follow [^.\n]{1,40} on (?:Twitter|Facebook|Instagram)"
    r"|(?:Watch|Listen to) (?:the|a|our|his|her|their|both)\b[^.\n]{0,80}\b(?:above|below|here))"
    r"[^\n]*?(?:[.!:](?=[\s\"“A-Z]|$)|$)"
)
# "By Jane Doe", "By JANE DOE and JOHN ROE", "By Jane Doe, Reuters": a byline alone on its line.
BYLINE = re.compile(
    r"By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|de|der|von|and|&|,))*(?:\s*[,|]\s*[A-Z][\w .'’-]{0,40})?\s*"
)
# The publication's note about the article itself, a whole paragraph: "This story has been updated to note that C",
# "This article was updated to reflect that C", "Correction: An earlier version of this story incorrectly indicated
# that C", "A previous version of this article misstated C".
EDITORIAL_NOTE = re.compile(
    r"(?:This|The) (?:story|article|post|report|piece|column) (?:has been|had been|was) (?:updated|corrected|revised)\b"
    r"|(?:CORRECTION|Correction|CLARIFICATION|Clarification)s?\s*[:—–-]"
    r"|An? (?:earlier|previous|prior) version of this (?:story|article|post|report|piece|column)\b"
)
# "Reporting by X; Editing by Y", "(Additional reporting by X)".
CREDIT_LINE = re.compile(r"\(?\s*(?:Additional |Editing and |Writing and )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by\b")
# A photo credit anywhere in a paragraph makes it a caption or credit line: "(AP Photo/Evan Vucci)", "via Getty
# Images", "(Justin Tang/The Canadian Press)", "THE CANADIAN PRESS/Sean Kilpatrick".
PHOTO_CREDIT = re.compile(
    r"\((?:AP|Reuters|AFP|EPA|Getty)[^)\n]{0,40}Photo[^)\n]*\)|\bvia Getty Images\b|/Getty Images\b|\(Getty Images?\)"
    r"|^(?:Photo|PHOTO|Image|IMAGE|Picture|Photograph|Credit|CREDIT)(?: [Cc]redit)?\s*[:/|]|^Getty\.?$|\bPhoto by [A-Z]"
    r"|\([A-Z][^()/\n]{1,40}/(?:The Canadian Press|THE CANADIAN PRESS|CP|CBC|Reuters|AP|AFP|EPA|Bloomberg|Getty Images)"
    r"(?: via [A-Z][^()\n]{0,20})?\)|\bTHE CANADIAN PRESS/[A-Z]"
)
DATELINE = re.compile(
    r"(?:[A-Z]{2}[A-Z.]*(?:[ /-][A-Z][A-Z.]+){0,2}(?:,\s+(?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?:\s+\d{1,2})?)?"
    r"\s*(?:\((?:AP|Reuters|AFP|CNN|UPI|dpa|Bloomberg|Xinhua)\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+\.?)?\s*\((?:AP|Reuters|AFP|CNN|UPI|dpa|Bloomberg|Xinhua)\))"
    r"\s*(?:--|[-—–])\s*"
)
# An HTML-like tag left in the text of an embedded post or link ('<tweet id="74798" author="@x">', "</tweet>",
# "<tweet/>", '<a href="...">'): a span that takes one in was read across the markup (:func:`takes_markup`).
MARKUP_TAG = re.compile(r"</?(?:tweet|a)\b[^<>\n]{0,300}?/?>")
MAX_BYLINE_WORDS = 10
# Every PHOTO_CREDIT alternative needs "Photo", "Getty" or a slash somewhere, or one of these words opening the line:
# a substring test skips the regex search on almost every paragraph.
_CREDIT_OPENERS = ("PHOTO", "Image", "IMAGE", "Picture", "Credit", "CREDIT")


def _may_be_photo_credit(line: str) -> bool:
    return "Photo" in line or "Getty" in line or "/" in line or line.startswith(_CREDIT_OPENERS)


def _paragraph_teaser(text: str, start: int, end: int) -> Optional[Range]:
    line = text[start:end]
    if TEASER_LABEL.match(line):
        return start, end
    m = TEASER_SENTENCE.match(line)
    if m:
        return start, start + m.end()
    if CREDIT_LINE.match(line) or EDITORIAL_NOTE.match(line) or (
        _may_be_photo_credit(line) and PHOTO_CREDIT.search(line)
    ):
        return start, end
    m = BYLINE.fullmatch(line.strip())
    if m and len(line.split()) <= MAX_BYLINE_WORDS:
        return start, end
    return None


def not_statements(text: str, paras: Iterable[Range]) -> list[Range]:
    """Ranges of ``text`` that are teaser/link lines, bylines, credits or captions."""
    found = []
    for start, end in paras:
        hit = _paragraph_teaser(text, start, end)
        if hit is not None:
            found.append(hit)
    return found


def dateline_end(text: str, start: int, end: int) -> int:
    """Offset after the dateline opening the paragraph ``text[start:end]`` (``start`` if none)."""
    m = DATELINE.match(text, start, end)
    if m is None or m.end() >= end or not text[m.end()].isalnum() and text[m.end()] not in "\"“‘'":
        return start
    return m.end()


def takes_markup(text: str, span: Optional[Range]) -> bool:
    """True when ``text[span]`` holds a markup tag or part of one (:data:`MARKUP_TAG`, or a tag's '">' end): the parse
    read an attribute as words ('datetime="2016-06-29">Trump, who' as a source, "it's all free<tweet/>" as content).
    Limit: a statement read across the markup is dropped, not mended."""
    if span is None:
        return False
    part = text[span[0]:span[1]]
    return ("<" in part and MARKUP_TAG.search(part) is not None) or '">' in part
