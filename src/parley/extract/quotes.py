"""Quotation marks: find direct quotations, straight or curly, within a paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.extract.segment import Span

_OPEN = "“«„"
_CLOSE = "”»"
# a closing mark before a word, where an opening mark belongs (the paragraph's start, after a
# space): an opening mark mistyped as a closing one, as some web copy sets it
_MISTYPED_OPENING = re.compile(r"”(?=[A-Za-z0-9])")
_MARKS = re.compile(r"[\"“”«»„]")
# ‘ opening after a space or bracket; ’ closing unless a letter follows (it’s, Europe’s)
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)")
_SINGLE_CLOSE = re.compile(r"(?<=\S)’(?![A-Za-z])")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``mark_start``..``mark_end`` spans the marks, ``start``..``end`` the words."""

    mark_start: int
    mark_end: int
    start: int
    end: int
    closed: bool  # False when the quotation runs on into the next paragraph

    @property
    def outer(self) -> Span:
        return Span(self.mark_start, self.mark_end)


def find_quotes(text: str, para: Span) -> list[Quote]:
    """Quotations in one paragraph; an unclosed one runs to the paragraph's end."""
    found: list[Quote] = []
    opened: int | None = None
    for m in _MARKS.finditer(text, para.start, para.end):
        i, ch = m.start(), m.group()
        if ch in _OPEN:
            if opened is None:
                opened = i
            continue
        if ch in _CLOSE:
            if opened is not None:
                found.append(_quote(text, opened, i + 1, closed=True))
                opened = None
            elif _MISTYPED_OPENING.match(text, i) and (
                i == para.start or text[i - 1].isspace() or text[i - 1] in "([—–"
            ):
                opened = i  # a closing mark set where an opening one belongs: ”Yes.”
            continue
        # A straight mark opens when nothing is open, else it closes.
        if opened is None:
            nxt = text[i + 1 : i + 2]
            if nxt and not nxt.isspace():
                opened = i
        else:
            found.append(_quote(text, opened, i + 1, closed=True))
            opened = None
    if opened is not None:
        found.append(_quote(text, opened, para.end, closed=False))
    if not found and "‘" in text[para.start : para.end]:
        found = _single_quotes(text, para)
    return [q for q in found if q.end > q.start]


def _single_quotes(text: str, para: Span) -> list[Quote]:
    """British style ‘...’ quotations, telling a closing mark from an apostrophe (it’s)."""
    found: list[Quote] = []
    for m in _SINGLE_OPEN.finditer(text, para.start, para.end):
        if found and m.start() < found[-1].mark_end:
            continue
        close = _SINGLE_CLOSE.search(text, m.end(), para.end)
        if close:
            found.append(_quote(text, m.start(), close.start() + 1, closed=True))
    return found


def _quote(text: str, mark_start: int, mark_end: int, *, closed: bool) -> Quote:
    a = mark_start + 1
    b = mark_end - 1 if closed else mark_end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Quote(mark_start, mark_end, a, b, closed)


# Two apostrophes (or two backticks) for a double quotation mark, as in the New York Times
# archive and in typewriter or TeX copy: ''It was a deal,'' Mr. Smith said. Exactly two,
# so that an apostrophe after a quotation's last word (''the voters' '') stays one.
_TWO_MARKS = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def typeset_marks(text: str) -> str:
    """``text`` with every two-character double quotation mark ('' or ``) written as one
    straight mark and a space, on the side away from the quoted words, so that offsets
    still index the text as read: ``''Yes,'' he said`` reads ``" Yes," he said`` (an
    opening mark is one that a space, a bracket or the text's start comes before), and
    every horizontal bar (U+2015) written as an em dash."""
    if "\u2015" in text:
        # the horizontal bar some outlets set as a dash ("WASHINGTON \u2015 ...") reads as
        # the em dash it stands for
        text = text.replace("\u2015", "\u2014")
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for m in _TWO_MARKS.finditer(text):
        i = m.start()
        opening = m.group() == "``" or i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-"
        chars[i], chars[i + 1] = (" ", '"') if opening else ('"', " ")
    return "".join(chars)


def word_count(text: str) -> int:
    return len(text.split())


def open_quotation(piece: str) -> bool:
    """True when ``piece`` leaves a quotation open (its marks are unbalanced)."""
    return piece.count('"') % 2 == 1 or piece.count("“") > piece.count("”")
