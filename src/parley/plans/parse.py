"""Read a plan text into numbered points, their sub-items and editorial notes.

The text may open with the header block that ``.txt`` sources use (``Title:``, ``URL:``,
``Outlet:``, ``Published:``, plus ``Proposer:``, ``Date:``, ``Answers:`` and
``Reported by:`` for plans; see :func:`parley.sources.split_header`). Then:

- a **point** starts a line: ``1.``, ``1)``, ``(1)``, ``1:``, ``1 -``, ``Point 1:``,
  ``Article 1.``, ``**1.**``; or a bare number followed by a capital or a bracket
  (``10 [There will be] ...``) when it is the next number in sequence or opens a
  paragraph. Numbering may start anywhere (10-20 stays 10-20). Points that a condensed
  text runs together on one line ("... peace. 11. Ukraine ...") are split when the
  number is the next one in sequence.
- a **sub-item** starts a line with a letter (``a)``, ``(a)``, ``a.``), a roman numeral
  (``i)``), a decimal number of the current point (``10.1``) or a bullet or arrow
  (``→``, ``->``, ``-``, ``–``, ``•``, ``*``); it is kept under its point without
  the marker.
- an **editorial note** is a bracketed sentence (``[The European text adds ...]``) at a
  sentence boundary, a parenthesis opening with ``Editor's note`` or ``Note``, or a
  sentence ending ``– Ed.``; it is kept in the point's notes (or the plan's, before
  the first point), not as text or as a point. A short bracketed insertion inside a
  sentence (``[There will be]``) is part of the text.
- prose before the first point is the **preamble**; a short line standing alone
  before a point (a section heading) belongs to no point; any other line continues
  the point, sub-item or note above it (wrapped lines, paragraphs).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from parley.errors import BadPlanDateError, DuplicatePointError, NoPointsError
from parley.plans.model import Plan, PlanPoint, check_label, parse_plan_ref
from parley.sources import parse_published, split_header

MAX_POINT_NUMBER = 999

_MD = r"(?:\#{1,6}\s*)?(?:\*\*|__)?"  # markdown heading or bold before a number
_MD_END = r"(?:\*\*|__)?"
_NUM = r"(?P<num>\d{1,3}[a-z]?)"
_KEYWORD = r"(?:point|item|article|art\.|clause|paragraph|section|no\.|§)"
_SEPARATOR = r"(?:[.):]|\s*[-–—](?=\s))"  # "1." "1)" "1:" "1 -" "1 –"

# Strong markers start a point wherever they stand at the start of a line.
_STRONG = [
    re.compile(
        rf"^{_MD}{_KEYWORD}\s*{_NUM}{_MD_END}\s*(?:{_SEPARATOR})?{_MD_END}(?:\s+|$)(?P<rest>.*)$",
        re.I,
    ),
    re.compile(rf"^{_MD}\({_NUM}\){_MD_END}\s+(?P<rest>.*)$"),
    re.compile(rf"^{_MD}{_NUM}\\?{_SEPARATOR}{_MD_END}(?:\s+|$)(?P<rest>.*)$"),
    re.compile(rf"^{_MD}{_NUM}\.{_MD_END}(?P<rest>[\[\"“‘A-Z].*)$"),  # "1.The" (copied text)
]  # fmt: skip
_SPELLED_TEXT = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_SPELLED = {word: n + 1 for n, word in enumerate(_SPELLED_TEXT.split())}
# "Point One: ..." (numbers spelled out after a keyword)
_SPELLED_POINT = re.compile(
    rf"^{_MD}{_KEYWORD}\s+(?P<word>{'|'.join(_SPELLED)}){_MD_END}\s*(?:{_SEPARATOR})?{_MD_END}"
    r"(?:\s+|$)(?P<rest>.*)$",
    re.I,
)
# A bare number then a capital, bracket or quotation mark ("10 [There will be] ..."):
# only the next number in sequence, or the first point when it opens a paragraph.
_WEAK = re.compile(rf"^{_MD}{_NUM}{_MD_END}\s+(?P<rest>[\[\"“‘'A-Z].*)$")
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I)

_BULLET = re.compile(r"^(?:→|->|=>|⇒|➔|➢|►|▶|•|·|◦|▪|‣|\*|-|–|—)\s+(?P<rest>.*)$")
_LETTERED = re.compile(
    r"^(?:\((?P<a>[a-zA-Z]|[ivx]{1,4})\)|(?P<b>[a-zA-Z]|[ivx]{1,4})\)|(?P<c>[a-z]|[ivx]{1,4})\.)"
    r"\s+(?P<rest>.*)$"
)
_CAPITAL_ITEM = re.compile(r"^(?P<letter>[A-Z])\.\s+(?P<rest>.+)$")
_DECIMAL = re.compile(r"^(?P<num>\d{1,3})\.(?P<sub>\d{1,2})\.?\s+(?P<rest>.*)$")

# Points run together on one line: a sentence end, then the next number and a capital.
_INLINE = re.compile(
    r"(?<=[.;!?\"”’)\]])\s+(?:(?:point|item|article|clause)\s+)?(?P<num>\d{1,3})(?:[.):]|\s[-–—])"
    r"\s+(?=[\[\"“‘A-Z(])",
    re.I,
)
# ... and in a text numbered with bare numbers ("13 Russia ... economy. 14 Frozen funds ...")
_INLINE_BARE = re.compile(r"(?<=[.;!?\"”’)\]])\s+(?P<num>\d{1,3})\s+(?=[\[\"“‘A-Z])")

_NOTE_WORDS = r"(?:editor'?s?['’]?s?\s+note|ed\.\s*note|editorial\s+note|note|ed\.)"
# a line that opens an editorial note: a bracket, or "Editor's note:" / "Note:" (also in
# parentheses or markdown emphasis); a parenthesis opening a paragraph after a point is one too
_NOTE_START = re.compile(rf"^[*_]*(?:\[|\(\s*{_NOTE_WORDS}\b|{_NOTE_WORDS}\s*[:.\-–—])", re.I)
_NOTE_KEYWORD = re.compile(rf"^[*_]*\(?\s*{_NOTE_WORDS}\s*[:.\-–—]", re.I)
_PAREN_START = re.compile(r"^[*_]*\((?!\d{1,3}\)|[a-zA-Z]\)|[ivx]{1,4}\))")
_BRACKET = re.compile(r"\[(?P<inner>[^\[\]]+)\]")
_PAREN_NOTE = re.compile(
    rf"\((?P<inner>\s*{_NOTE_WORDS}[:.]?[^()]*|[^()]*[-–—]+\s*Ed(?:itor|s)?\.?\s*)\)", re.I
)
_LABEL = re.compile(r"^[^:\s][^:]{0,40}:\s")  # "[US draft: 600,000]", "[Ed.: ...]"
_ED_SUFFIX = re.compile(r"\s*(?:[-–—]+\s*Ed(?:itor|s)?\.?|\(Ed\.?\))\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\[\"“‘(A-Z])")
_SPACES = re.compile(r"\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)")
HEADING_MAX_WORDS = 7


@dataclass
class _Part:
    """Lines of one text, sub-item or note, joined at the end."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)

    def joined(self) -> str:
        text = ""
        for line in self.lines:
            if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
                text += line  # a word hyphenated across lines
            else:
                text = f"{text} {line}" if text else line
        return _SPACES.sub(" ", _MD_EMPHASIS.sub("", text)).strip()


@dataclass
class _Draft:
    number: str
    line: int
    bare: bool = False  # numbered without punctuation ("10 [There will be] ...")
    style: str = "."  # how the number was written: "." ")" ":" "-" "(1)" "point" "bare"
    unmarked: bool = False  # sub-items are lines after "...:" without markers
    text: _Part = field(default_factory=_Part)
    items: list[_Part] = field(default_factory=list)
    notes: list[_Part] = field(default_factory=list)


@dataclass(frozen=True)
class _Marker:
    number: str
    rest: str
    style: str

    @property
    def value(self) -> int:
        return int(re.match(r"\d+", self.number).group())  # type: ignore[union-attr]


@dataclass
class _Layout:
    preamble: _Part = field(default_factory=_Part)
    preamble_notes: list[_Part] = field(default_factory=list)
    points: list[_Draft] = field(default_factory=list)


def parse_points(
    body: str, *, path: str | None = None, first_line: int = 1
) -> tuple[list[PlanPoint], str, list[str]]:
    """The points of a plan body, its preamble and its plan-level notes.

    Raises :class:`NoPointsError` when no point is found and
    :class:`DuplicatePointError` when two points share a number.
    """
    layout = _layout(body.splitlines(), first_line)
    if not layout.points:
        raise NoPointsError(
            "no numbered points found (expected lines such as '1. ...', '1) ...' "
            "or 'Point 1: ...')",
            path=path,
        )
    seen: dict[str, int] = {}
    points: list[PlanPoint] = []
    for draft in layout.points:
        key = draft.number.casefold()
        if key in seen:
            raise DuplicatePointError(
                f"line {draft.line}: point {draft.number} is numbered twice "
                f"(first on line {seen[key]})",
                path=path,
            )
        seen[key] = draft.line
        points.append(_finish(draft))
    preamble, notes = _split_notes(layout.preamble.joined())
    notes.extend(note for part in layout.preamble_notes for note in [_note_text(part.joined())])
    return points, preamble, [n for n in notes if n]


def parse_plan(
    text: str,
    *,
    name: str,
    version: str,
    path: str | None = None,
    proposer: str | None = None,
    date: dt.date | str | None = None,
    answers: str | None = None,
    reported_by: Iterable[str] | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Plan:
    """A :class:`Plan` from its text (header block optional); arguments override the header.

    Raises :class:`parley.errors.PlanError` subclasses (no points, duplicate numbers,
    a bad name, version, date or ``answers`` reference), naming ``path``.
    """
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    header, body_start = split_header(text)
    first_line = text.count("\n", 0, body_start) + 1
    points, preamble, notes = parse_points(text[body_start:], path=path, first_line=first_line)
    try:
        name = check_label(name)
        version = check_label(version, "version")
        answers = answers or header.get("answers") or None
        if answers:
            answer_name, answer_version = parse_plan_ref(answers)
            answers = f"{answer_name}@{answer_version}" if answer_version else answer_name
    except Exception as exc:  # BadPlanRefError: say which file it was for
        if getattr(exc, "path", "unset") is None and path:
            exc.path = path  # type: ignore[attr-defined]
        raise
    sources = list(reported_by or [])
    sources += [s.strip() for s in header.get("reported by", "").split(";") if s.strip()]
    outlet = outlet or header.get("outlet") or None
    url = url or header.get("url") or None
    if not sources:
        sources = [s for s in (outlet, url) if s]
    proposer = proposer or header.get("proposer") or None
    return Plan(
        name=name,
        version=version,
        points=points,
        proposer=proposer.strip().upper() if proposer else None,
        date=_plan_date(date, header, path),
        answers=answers,
        title=title or header.get("title") or None,
        url=url,
        outlet=outlet,
        reported_by=list(dict.fromkeys(sources)),
        text=text,
        preamble=preamble,
        notes=notes,
    )


def parse_date(value: dt.date | str | None, *, path: str | None = None) -> dt.date | None:
    """A date from a date, ``YYYY-MM-DD`` or free-form text; BadPlanDateError if unreadable."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        parsed = parse_published(text)
    if parsed is None:
        raise BadPlanDateError(f"cannot read the date {value!r} (use YYYY-MM-DD)", path=path)
    return parsed.date()


def _plan_date(
    value: dt.date | str | None, header: dict[str, str], path: str | None
) -> dt.date | None:
    if value:
        return parse_date(value, path=path)
    raw = header.get("date") or header.get("published")
    if not raw:
        return None
    published = parse_published(raw)
    return published.date() if published else None


# ------------------------------------------------------------------------ line layout


def _layout(lines: list[str], first_line: int) -> _Layout:
    layout = _Layout()
    current: _Part = layout.preamble  # where a wrapped line goes
    blank_before = True
    for index, raw in enumerate(lines):
        line = raw.strip()
        number = first_line + index
        if not line:
            blank_before = True
            continue
        last = layout.points[-1] if layout.points else None
        marker = _point_marker(line, last, blank_before)
        if marker is not None and last is not None and _nested(marker, last):
            current = _Part([marker.rest])
            last.items.append(current)
        elif marker is not None:
            draft = _Draft(marker.number, number, bare=marker.style == "bare", style=marker.style)
            layout.points.append(draft)
            _add_text(layout, marker.rest, number)
            current = _tail(layout)
        elif _is_heading(line, lines, index, blank_before, last):
            current = _Part()  # a section heading: kept in the plan's text, part of no point
        elif last is None:
            if blank_before and _NOTE_START.match(line):
                current = _Part([line])
                layout.preamble_notes.append(current)
            elif not blank_before and current is not layout.preamble:
                current.add(line)  # a preamble note goes on
            else:
                layout.preamble.add(line)
                current = layout.preamble
        elif (item := _item_marker(line, last)) is not None:
            current = _Part([item])
            last.items.append(current)
        elif _unmarked_item(line, last, current):
            # "10. US guarantee:" then one sentence per line: each line is a sub-item
            last.unmarked = True
            current = _Part([line])
            last.items.append(current)
        elif (
            _NOTE_KEYWORD.match(line)
            or (_NOTE_START.match(line) and (blank_before or current is not last.text))
            or (blank_before and _PAREN_START.match(line))
        ):
            current = _Part([line])
            last.notes.append(current)
        elif blank_before or current is last.text:
            # a wrapped line of the point's text, or a paragraph after its sub-items
            _add_text(layout, line, number)
            current = _tail(layout)
        else:
            current.add(line)  # a wrapped sub-item or note
        blank_before = False
    return layout


def _tail(layout: _Layout) -> _Part:
    return layout.points[-1].text


def _add_text(layout: _Layout, text: str, line: int) -> None:
    """Add ``text`` to the newest point, splitting off points run together on the line."""
    while True:
        newest = layout.points[-1]
        expected = _next_number(newest.number)
        split = None
        patterns = (_INLINE, _INLINE_BARE) if newest.bare else (_INLINE,)
        for match in (m for pattern in patterns for m in pattern.finditer(text)):
            wanted = expected is not None and int(match.group("num")) == expected
            if wanted and (split is None or match.start() < split.start()):
                split = match
        if split is None:
            if text:
                layout.points[-1].text.add(text)
            return
        head = text[: split.start()].strip()
        if head:
            layout.points[-1].text.add(head)
        layout.points.append(_Draft(split.group("num"), line, bare=newest.bare, style=newest.style))
        text = text[split.end() :].strip()


def _next_number(number: str) -> int | None:
    digits = re.match(r"\d+", number)
    return int(digits.group()) + 1 if digits else None


def _point_marker(line: str, last: _Draft | None, blank_before: bool) -> _Marker | None:
    """The number, the rest of the line and the numbering style when ``line`` starts a point."""
    if _DECIMAL.match(line):
        return None  # "10.1 ..." is a sub-item (or prose), never a point
    spelled = _SPELLED_POINT.match(line)
    if spelled:
        number = str(_SPELLED[spelled.group("word").casefold()])
        return _Marker(number, spelled.group("rest").strip(), "point")
    for kind, pattern in zip(("point", "(1)", "sep", "."), _STRONG, strict=True):
        match = pattern.match(line)
        if match:
            marker = _Marker(match.group("num"), match.group("rest").strip(), kind)
            if kind == "sep":
                after = line[match.end("num") :].lstrip("\\ ")[:1]
                marker = _Marker(marker.number, marker.rest, "-" if after in "-–—" else after)
            return marker if marker.value <= MAX_POINT_NUMBER else None
    match = _WEAK.match(line)
    if match is None or _MONTH.match(match.group("rest")):
        return None
    marker = _Marker(match.group("num"), match.group("rest").strip(), "bare")
    expected = _next_number(last.number) if last else None
    # the next number anywhere; a higher number when it opens a paragraph
    if marker.value == expected or (
        blank_before and (expected is None or marker.value >= expected)
    ):
        return marker
    return None


def _nested(marker: _Marker, last: _Draft | None) -> bool:
    """A numbered list inside a point: "7. Guarantees include:" then "1)", "2)" ... in
    another style, numbered from 1 again, counting the point's sub-items."""
    if last is None or marker.style == last.style:
        return False
    last_value = _next_number(last.number)
    return (
        last_value is not None and marker.value < last_value and marker.value == len(last.items) + 1
    )


def _unmarked_item(line: str, point: _Draft, current: _Part) -> bool:
    """A line that starts a sentence after a point's text ending with a colon, or after an
    unmarked sub-item ending a sentence: one more sub-item without a marker."""
    if not line[:1].isupper() or _NOTE_START.match(line):
        return False
    if point.unmarked and point.items and current is point.items[-1]:
        return bool(current.lines) and current.lines[-1].endswith((".", ";", "!", "?"))
    text = point.text.lines
    return not point.items and bool(text) and text[-1].endswith(":")


def _item_marker(line: str, point: _Draft) -> str | None:
    """The text of a sub-item of ``point`` when ``line`` starts one."""
    decimal = _DECIMAL.match(line)
    if decimal:
        return decimal.group("rest").strip() if decimal.group("num") == point.number else None
    capital = _CAPITAL_ITEM.match(line)
    # "A.", "B." ... in sequence, opened by a point ending with a colon
    opened = bool(point.items) or (bool(point.text.lines) and point.text.lines[-1].endswith(":"))
    if capital and opened and capital.group("letter") == chr(ord("A") + len(point.items)):
        return capital.group("rest").strip()
    for pattern in (_BULLET, _LETTERED):
        match = pattern.match(line)
        if match and _ED_SUFFIX.fullmatch(line):
            return None  # "– Ed." closing the note above, not a bulleted item
        if match and match.group("rest").strip():
            return match.group("rest").strip()
    return None


def _is_heading(
    line: str, lines: list[str], index: int, blank_before: bool, last: _Draft | None
) -> bool:
    """A short line without a sentence end, standing alone just before a point."""
    if not blank_before or len(line.split()) > HEADING_MAX_WORDS or _SENTENCE_END.search(line):
        return False
    if _NOTE_START.match(line) or _PAREN_START.match(line):
        return False
    if line.endswith((",", ";", ":", "]", ")")) or ". " in line:
        return False
    if line[:1].islower():
        return False
    following = next((other.strip() for other in lines[index + 1 :] if other.strip()), "")
    if not following:
        return False
    pretend = _Draft(last.number, 0) if last else None
    return _point_marker(following, pretend, True) is not None


# ------------------------------------------------------------------------ notes


def _finish(draft: _Draft) -> PlanPoint:
    text, notes = _split_notes(draft.text.joined())
    items: list[str] = []
    for part in draft.items:
        item, item_notes = _split_notes(part.joined())
        notes.extend(item_notes)
        if item:
            items.append(item)
    notes.extend(_note_text(part.joined()) for part in draft.notes)
    return PlanPoint(
        number=draft.number,
        text=text,
        items=tuple(items),
        notes=tuple(note for note in notes if note),
    )


def _split_notes(text: str) -> tuple[str, list[str]]:
    """``text`` without its editorial notes, and the notes (brackets and "– Ed." removed)."""
    notes: list[str] = []
    kept: list[str] = []
    position = 0
    for match in _note_spans(text):
        kept.append(text[position : match[0]])
        notes.append(_note_text(text[match[0] : match[1]]))
        position = match[1]
    kept.append(text[position:])
    rest = _SPACES.sub(" ", "".join(kept)).strip()
    if _ED_SUFFIX.search(rest) or any(_ED_SUFFIX.search(s) for s in _SENTENCE_SPLIT.split(rest)):
        sentences = _sentences(rest)
        plain = [s for s in sentences if not _ED_SUFFIX.search(s)]
        notes.extend(_note_text(s) for s in sentences if _ED_SUFFIX.search(s))
        rest = " ".join(plain)
    return rest, notes


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for match in _SENTENCE_SPLIT.finditer(text):
        out.append(text[start : match.start()].strip() + text[match.start() : match.end()].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def _note_spans(text: str) -> list[tuple[int, int]]:
    """Bracketed sentences at sentence boundaries, and parenthesised editor's notes."""
    spans: list[tuple[int, int]] = []
    for match in _BRACKET.finditer(text):
        inner = match.group("inner").strip()
        before = text[: match.start()].rstrip()
        after = text[match.end() :].lstrip()
        at_boundary = not before or bool(_SENTENCE_END.search(before)) or before.endswith(":")
        closes = not after or after[:1].isupper() or after[:1] in '[("“'
        sentence = bool(_SENTENCE_END.search(inner)) or not after
        keyword = bool(re.match(_NOTE_WORDS, inner, re.I))
        note = at_boundary and (sentence or keyword) and len(inner.split()) >= 2
        # labelled ("US draft: 600,000") or a whole sentence: a note even inside a sentence
        labelled = bool(_LABEL.match(inner)) and len(inner.split(":", 1)[0].split()) <= 4
        whole_sentence = bool(_SENTENCE_END.search(inner)) and len(inner.split()) >= 4
        if (closes and (note or keyword)) or labelled or whole_sentence:
            spans.append((match.start(), match.end()))
    spans.extend((m.start(), m.end()) for m in _PAREN_NOTE.finditer(text))
    return sorted(spans)


def _note_text(note: str) -> str:
    text = note.strip().strip("*_").strip()
    if text[:1] + text[-1:] in ("[]", "()"):
        text = text[1:-1]
    elif text.startswith("["):
        text = text[1:]
    text = _ED_SUFFIX.sub("", text)
    return _SPACES.sub(" ", text).strip()
