"""Segmentation: header block, paragraphs, page clutter and sentences.

Everything works on character offsets into the text as read, so statements can
point back at exactly what the article says.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from parley.extract.cues import CANDIDATE
from parley.sources import split_header

# Boxes a page sets into its running text, which belong to the page, not the story: link
# teasers, advertisements, sign-up and subscription boxes, cookie notices, captions.
_INSET_FORMS = r"""
        (?:more|read|see)\s+(?:from|more|also)\b | (?:also|further)\s+read\b | related\b
      | advertisement\b | sponsored\b | subscribe\b | sign\s+up\b | newsletters?\b
      | (?:we|this\s+site)\s+uses?\s+cookies | cookie
      | (?:photo|photograph|image|picture|video|file\s+photo|caption|credit)s?\s*[:|/]
"""
# Lines a pasted web page carries that are never reporting: the insets and the rest of the
# page's furniture.
_CLUTTER = re.compile(
    rf"""^\s*(?:{_INSET_FORMS}
      | share\s+(?:this|on|via)\b | sign\s+in\b | follow\s+us\b | accept\s+(?:all\s+)?cookies
      | (?:reporting|editing|writing|additional\s+reporting)\s+by\s
      | watch\s*: | listen\s*: | updated\s*: | published\s*: | copyright\b | ©
      | (?:click|tap)\s+here | all\s+rights\s+reserved | skip\s+to\b | back\s+to\s+top
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Photo credits mark captions: "(AFP Photo)", "/ Reuters", "Getty Images".
# (read only for whether it matches: each word after ``\b`` is written to open on its first
# letter, the character before it read after it (``(?<!\w.)``), so that every alternative
# opens on a letter and Python's engine looks for those letters before it tries the rest,
# as it does not for a pattern that opens on ``\b``: it matches where
# "|\b(?:AFP|AP|...)(?:\s+(?:Photo|via\s+\w+))?\s*$|\b(?:Photo|Photograph|Image)\s*(?:by|credit|:)"
# matches)
_AGENCIES = ("AFP", "AP", "Reuters", "EPA", "Anadolu", "TASS", "Sputnik", "Pool")
_PHOTOS = ("Photo", "Photograph", "Image")
_CREDIT = re.compile(
    r"\((?:[A-Z][\w.]*\s*)?(?:Photo|Photograph|Image|File)(?:\s+by[^)]*)?\)|Getty\s+Images"
    + "".join(rf"|{w[0]}(?<!\w.){w[1:]}(?:\s+(?:Photo|via\s+\w+))?\s*$" for w in _AGENCIES)
    + "".join(rf"|{w[0]}(?<!\w.){w[1:]}\s*(?:by|credit|:)" for w in _PHOTOS)
)
# A credit after a caption's last sentence, agency and photographer joined by a slash, no
# full stop after it: "... in Geneva on Monday. AFP/Jane Roe", "... Jane Roe / Pool".
_SLASH_CREDIT = re.compile(
    r"[.!?)]\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*/\s*"
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*$"
)
CAPTION_MAX = 600  # characters: the longest paragraph a photo credit makes a caption
# An inset of the page (see _INSET_FORMS): does not end what runs across it
_INSET = re.compile(
    rf"^\s*(?:{_INSET_FORMS} | this\s+website\s+uses?\s+cookies)", re.IGNORECASE | re.VERBOSE
)
# A position in a picture, "Rubio (L) greets Yermak (R)", marks a caption too, but "(R)" is
# also a party label ("Gov. Pat McCrory (R) said ..."): with a reporting word in the
# paragraph it is prose.
_POSITION = re.compile(r"\((?:L|R|C|left|right|center|centre)\)")
_DATELINE_ONLY = re.compile(
    r"^\s*(?:\w+,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:,\s*\d{4})?[^.!?]*$|^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?[^.!?\"”]{0,30}$",
)
# Prose cut off before its full stop: a sentence boundary inside the line, or over 25
# words of mostly lower-case text (a headline of two clauses runs to 20; on the development
# sets no paragraph of 25 words or fewer without a sentence end holds a statement).
_UNFINISHED_PROSE = re.compile(
    r"[a-z][.!?]['\"’”]?\s+[A-Z]|^(?=(?:\S+\s+){25})(?:[^A-Z\n]*[A-Z]){0,6}[^A-Z\n]*$"
)
# A sentence ends in . ! ? : ; (perhaps inside a closing quotation mark); a line that ends
# in a bare closing quotation mark is a headline ('Kremlin says plan could be "a basis"').
# A quotation of a sentence or more, then a dash and a name that signs it (a reader's or a
# voter's words in a list of them): "“The mayor never answered.” — Ada Mensah".
_SIGNED_QUOTATION = re.compile(
    r"[\"“”][^\"“”]*[.!?,…]['\"’”]\s*[—–―]\s*[A-Z][\w.'’-]*"
    r"(?:\s+[\w.'’-]+){0,5}\s*$"
)
# Where a sentence or line ends, in a plain reading (a stop, a closing quotation mark, then
# white space; or a line break): the counterpart of :func:`sentence_opening`
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")
_END_PUNCT = re.compile(r"[.!?:;]['\"’”)\]]*\s*$")

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "sen", "rep",
    "gov", "pres", "prof", "rev", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "approx", "dept", "est", "fig",
}  # fmt: skip
# abbreviations that often stand last in a sentence (a time, a company's suffix, a list)
SENTENCE_FINAL_ABBREVIATIONS = {
    "a.m", "p.m", "etc", "inc", "ltd", "corp", "jr", "sr",
}  # fmt: skip
# A sentence ends at . ! ? (possibly inside a closing quote) followed by space and a capital,
# a digit or an opening quote. The letter after is read by ``_opens_sentence``: a capital
# with an accent ("Álvarez", "Łukasz", "Örebro") opens a sentence as a plain one does.
_SENT_END = re.compile(r"[.!?]+['\"’”)]*(?=\s+['\"‘“(]?([^\W_]))")


def _opens_sentence(first: str) -> bool:
    """True for the character after a sentence's end that may open the next: a capital
    letter of any alphabet, or a digit."""
    return first.isupper() or first.isdigit()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def header_end(text: str) -> int:
    """Offset where the body starts, after a leading ``Key: value`` header block."""
    return split_header(text)[1]


def header_fields(text: str) -> dict[str, str]:
    """The header block's fields, keys lower-cased."""
    return split_header(text)[0]


def paragraphs(text: str, start: int = 0) -> list[Span]:
    """Paragraph spans: one per line, or per blank-line block when the text is hard-wrapped."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:])]
    lines = [(a + start, b + start) for a, b in lines if text[a + start : b + start].strip()]
    if _hard_wrapped(text, lines):
        return _wrapped_paragraphs(text, lines)
    return [Span(a, b) for a, b in lines]


def _wrapped_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[Span]:
    """Rejoin hard-wrapped lines; a paragraph ends at a blank line or a short last line."""
    lengths = sorted(b - a for a, b in lines)
    width = lengths[int(len(lengths) * 0.9)]
    out = []
    first = lines[0][0]
    for i, (a, b) in enumerate(lines):
        last = i + 1 == len(lines)
        blank_after = not last and "\n\n" in text[b : lines[i + 1][0]].replace(" ", "")
        if last or blank_after or (b - a) < 0.75 * width:
            out.append(Span(first, b))
            if not last:
                first = lines[i + 1][0]
    return out


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    # Wrapped prose: most lines are long-ish, do not end a sentence and are followed by a
    # non-blank line.
    if len(lines) < 6:
        return False
    # a pasted page has one paragraph a line, many far longer than any wrapping width
    lengths = sorted(b - a for a, b in lines)
    if lengths[int(len(lengths) * 0.9)] > 110:
        return False
    joined = 0
    for (a, b), (c, _) in zip(lines, lines[1:], strict=False):
        gap = text[b:c]
        line = text[a:b].rstrip()
        # a wrapped line runs on into a next line that starts in lower case
        if gap == "\n" and len(line) > 40 and not _END_PUNCT.search(line) and text[c].islower():
            joined += 1
    return joined >= len(lines) // 3


def is_clutter(text: str) -> bool:
    """True for page furniture: menus, captions, credits, datelines, link lists, headlines."""
    s = text.strip()
    if not s:
        return True
    if _CLUTTER.match(s) or _DATELINE_ONLY.match(s) or is_caption(s):
        return True
    # Headlines, menus and section labels do not end like a sentence -- but running text
    # cut off before its full stop (several sentences, or a long lower-case line) is prose,
    # and so is a quotation signed with a dash and a name ('"..." — Ada Mensah').
    if (
        not _END_PUNCT.search(s)
        and not _UNFINISHED_PROSE.search(s)
        and not _SIGNED_QUOTATION.match(s)
    ):
        return True
    words = s.split()
    # "Zelensky said:" introduces a block quotation
    return len(words) < 4 and not re.search(r"['\"’”]|:$", s)


def is_caption(s: str) -> bool:
    """True for a photo caption (``s`` stripped)."""
    # a photo credit marks a caption, which is short: in a long paragraph it is a passing
    # mention, and the paragraph's prose must not be lost with it
    return len(s) <= CAPTION_MAX and bool(
        _CREDIT.search(s)
        or _SLASH_CREDIT.search(s)
        or _POSITION.search(s)
        and not CANDIDATE.search(s)
    )


def is_inset(text: str) -> bool:
    """True for furniture set into the story between two of its paragraphs -- a photo
    caption, a "Read more:" teaser, a sign-up box -- which, unlike a heading, does not end
    what runs across it: a quotation going on, a speaker's "he said:" and its quotation."""
    s = text.strip()
    return bool(s) and (is_caption(s) or bool(_INSET.match(s)))


# A byline ("By Ada Lind and Piet Bos", "BY ADA LIND, Harbourside Press"), a publication
# line ("Published 7 June 2025", "Posted on ..."), or a date with its year on a line of its
# own: where a page's head (headline, standfirst, lead picture) ends and its story begins.
_BYLINE = re.compile(
    r"(?:By|BY)\s+[A-Z][\w.'’-]*(?:(?:\s+|,\s*)(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,8}\s*"
    r"|(?:Published|Posted|First\s+published)\b[^.!?]{0,60}",
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
HEAD_PROSE = 2  # paragraphs of prose a page's head holds at most: a standfirst of one or two


def page_head_end(text: str, paras: list[tuple[Span, bool]]) -> int:
    """Where a pasted page's head ends: the start of its byline or publication date, if one
    comes before the story's prose does (``paras``: each paragraph and whether it is
    furniture); else 0, no head to tell apart."""
    prose = 0
    for p, clutter in paras:
        line = text[p.start : p.end].strip()
        if _BYLINE.fullmatch(line) or (
            len(line) <= 70 and _DATELINE_ONLY.match(line) and _YEAR.search(line)
        ):
            return p.start
        if not clutter:
            prose += 1
            if prose > HEAD_PROSE:
                return 0
    return 0


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# Share of a standfirst's content words (four letters or more) one paragraph of the story
# must hold for the standfirst to be a summary of it.
SUMMARY_SHARE = 0.6


def page_summaries(text: str, paras: list[tuple[Span, bool]]) -> set[int]:
    """Starts of the prose paragraphs of a page's head (above its byline: a standfirst) whose
    words one paragraph of the story repeats -- the page's summary of what the story reports."""
    head = page_head_end(text, paras)
    if not head:
        return set()
    heads = [p for p, clutter in paras if p.start < head and not clutter]
    if not heads:
        return set()
    story = [
        {w.lower() for w in _CONTENT_WORD.findall(text, p.start, p.end)}
        for p, clutter in paras
        if p.start >= head and not clutter
    ]
    out = set()
    for p in heads:
        words = {w.lower() for w in _CONTENT_WORD.findall(text, p.start, p.end)}
        if words and any(len(words & other) >= SUMMARY_SHARE * len(words) for other in story):
            out.add(p.start)
    return out


# A paragraph that is one quotation and nothing else, perhaps signed with a dash and a name.
_BARE_QUOTATION = re.compile(
    r"\s*[\"“]([^\"“”]{20,}?)[\s.,;:!?…]*[\"”]\s*(?:[—–―-]\s*[A-Z][^\n.!?\"“”]{0,60})?\s*$"
)


def is_pull_quote(text: str, span: Span) -> bool:
    """True for a pull quote: a paragraph that is only a quotation whose words the story
    quotes elsewhere too -- a page sets a line of the story again in large type. Of two
    such paragraphs that repeat each other, the first is the story's."""
    m = _BARE_QUOTATION.fullmatch(text, span.start, span.end)
    if m is None:
        return False
    words = m.group(1)
    if len(words.split()) < 5:
        return False
    if text.find(words, 0, span.start) != -1:
        return True  # said before: this is the repeat
    later = text.find(words, span.end)
    while later != -1:
        # the story's own saying of it, in a paragraph of its own or in running text
        bare = _BARE_QUOTATION.fullmatch(
            text, text.rfind("\n", 0, later) + 1, _line_end(text, later)
        )
        if bare is None:
            return True
        later = text.find(words, later + len(words))
    return False


def sentence_opening(text: str, pos: int) -> int:
    """Where the sentence or line holding ``pos`` opens: just after the last ". ", "? ",
    "! " or line break before it (a plain reading, for cutting out one sentence to parse)."""
    ends = (text.rfind(e, 0, pos) for e in (". ", "? ", "! ", "\n"))
    return max((at + 1 for at in ends if at >= 0), default=0)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def sentences(text: str, span: Span, quotes: list[Span]) -> list[Span]:
    """Sentence spans in a paragraph, never splitting inside a quotation."""
    out = []
    a = span.start
    seg = text[span.start : span.end]
    for m in _SENT_END.finditer(seg):
        cut = span.start + m.end()
        if not _opens_sentence(m.group(1)):
            continue
        if _inside(cut, quotes) or _abbreviation(seg, m.start()) or _attributed(text, m, cut):
            continue
        out.append(Span(a, cut))
        a = cut
        while a < span.end and text[a].isspace():
            a += 1
    if a < span.end:
        out.append(Span(a, span.end))
    return out


def _inside(pos: int, quotes: list[Span]) -> bool:
    """True when ``pos`` falls strictly inside one of ``quotes`` (sorted, not overlapping)."""
    i = bisect_left(quotes, pos, key=lambda q: q.start)  # the first quotation at or after pos
    return i > 0 and pos < quotes[i - 1].end


_ABBREVIATION_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


# words of a short attribution: a name, a title, a pronoun, an article, an adverb
_ATTRIBUTION_WORDS = re.compile(r"(?:\s+[\w.'’-]+){1,6}?\s+$")


def _attributed(text: str, mark: re.Match[str], cut: int) -> bool:
    """'"Is that fair?" Mr. Reyes asked.', '"We won!" the mayor said': a quotation that ends
    in a question or exclamation mark and the short attribution after it are one sentence."""
    if mark.group()[0] not in "?!" or mark.group()[-1] not in "\"”'":
        return False
    cue = CANDIDATE.search(text, cut, cut + 80)
    return cue is not None and _ATTRIBUTION_WORDS.fullmatch(text, cut, cue.start()) is not None


def _abbreviation(seg: str, dot: int) -> bool:
    if seg[dot] != ".":
        return False
    # The run of letters and dots just before the full stop, read backwards from it: a
    # search over seg[:dot] would cost the paragraph's length at every full stop.
    start = dot
    while start > 0 and seg[start - 1] in _ABBREVIATION_CHARS:
        start -= 1
    if start == dot:
        return False
    word = seg[start:dot].lower().strip(".")
    # a letter glued to the digits before it ends a number ("the 1990s.", "F-16s."), not
    # an initial
    if start > 0 and seg[start - 1].isdigit():
        return False
    # a possessive's or a contraction's letter after its apostrophe ("rather than Pheu
    # Thai's.", "the party's. \"They ...\"") ends a word, not an initial
    if start > 0 and seg[start - 1] in "'’" and seg[start:dot].islower():
        return False
    # single initials ("J. D. Vance") and known abbreviations; one that can close a
    # sentence ("shortly after 1 a.m. He said", "Acme Inc. The company") does when a
    # sentence's opening word follows
    if word in SENTENCE_FINAL_ABBREVIATIONS:
        return _OPENING_WORD.match(seg, dot + 1) is None
    if word == "no":
        # "No. 10", "no. 3": "number" before a numeral; else the word "no" ends a sentence
        # ('voted no. "They bargained ..."', "The answer was no. He said ...")
        return _NUMERAL_NEXT.match(seg, dot + 1) is not None
    if len(word) == 1 or word in ABBREVIATIONS:
        return True
    # initials written together ("J.D. Vance", "T.R.B. Rajaa"), unless they close a place
    # (", N.Y.", "R-S.C.") or a sentence's opening word or quotation follows ("... in
    # Washington, D.C. The talks ...")
    # (after a comma, initials before a surname and a comma are a name in apposition: "the
    # envoy, K.R. Menon, had met ...")
    return (
        _GLUED_INITIALS.fullmatch(seg, start, dot + 1) is not None
        and (
            not seg[max(0, start - 2) : start].endswith((", ", "-"))
            or _SURNAME_COMMA.match(seg, dot + 1) is not None
        )
        and _OPENING_WORD.match(seg, dot + 1) is None
    )


_SURNAME_COMMA = re.compile(r" [A-Z][\w'’-]+,")
_NUMERAL_NEXT = re.compile(r"\s*\d")


_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_OPENING_WORD = re.compile(
    r"\s+(?:[\"“‘']|(?:The|A|An|It|He|She|They|We|I|But|And|In|On|At|This|That|These|Those"
    r"|There|Its|His|Her|Their|Our|As|If|When|While|After|Before|For|So|Yet|Then)\b)"
)
