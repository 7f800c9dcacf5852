"""Sources: read .txt, .html and .jsonl files into :class:`Source` objects.

A source is identified by the sha256 of its normalised text (NFC, whitespace
collapsed, stripped, without the ``.txt`` header block), so the same article
read twice, from any file, gets the same id.

``Source.text`` is the text that statement offsets index into: for ``.txt`` the
whole file exactly as ``open(path, encoding="utf-8").read()`` returns it, header
included; for ``.html`` the article body trafilatura extracts; for ``.jsonl`` the
record's ``text`` field.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from parley.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    MalformedDateWarning,
    MalformedRecordError,
    MissingPathError,
    NoArticleError,
    ParleyWarning,
    RelativeDateWarning,
    TooLargeInputError,
    UnsupportedFormatError,
)

DEFAULT_MAX_BYTES = 10_000_000
MAX_BYTES_ENV = "PARLEY_MAX_BYTES"

FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

# Header keys a .txt file may open with; other `Key: value` lines in the block are kept as extra
# metadata, but at least one of these must be present for the block to count as a header.
HEADER_KEYS = ("title", "url", "outlet", "published")
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9 _-]{0,39}):[ \t]*(.*)$")
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
MIN_SENTENCE_WORDS = 8


@dataclass(slots=True)
class Source:
    """One article: its text and what is known about where it came from."""

    id: str
    name: str
    text: str
    format: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # what was read around: an unreadable or unanchored date (printed, never stored)
    warnings: list[ParleyWarning] = field(default_factory=list, compare=False, repr=False)

    @property
    def source_id(self) -> str:
        """The name statements carry in their ``source`` field (file stem, or stem:line)."""
        return self.name

    def metadata(self) -> dict[str, Any]:
        """Everything but the text, JSON-ready (``published`` as ISO 8601 with its offset)."""
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "format": self.format,
            "path": self.path,
        }


def normalise_text(text: str) -> str:
    """NFC, every run of whitespace as one space, stripped: the form the id hashes."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def text_id(text: str) -> str:
    """The sha256 hex digest of the normalised ``text``."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def max_bytes_from_env(default: int = DEFAULT_MAX_BYTES) -> int:
    """The size limit from ``PARLEY_MAX_BYTES`` if set, else ``default``."""
    raw = os.environ.get(MAX_BYTES_ENV)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value <= 0:
        raise ValueError(f"{MAX_BYTES_ENV} must be a positive integer, got {raw!r}")
    return value


# ---------------------------------------------------------------------------- dates


# Two far-apart moments: a date that reads differently against each is relative or incomplete.
_PROBE_BASES = (datetime(2001, 1, 1), datetime(2002, 7, 15, 12, 0))
# Header lines that say when the file was saved: what its relative dates are relative to.
REFERENCE_KEYS = ("retrieved", "fetched", "accessed", "saved")


def read_published(value: Any, *, reference: date | None = None) -> datetime | None:
    """A datetime from an ISO string or free-form date; keeps the time zone when given.

    A relative or incomplete date ("yesterday", "3 days ago", "Monday", "Nov 23") is read
    against ``reference`` (a date or datetime), never against the machine's clock: without a
    reference it raises :class:`RelativeDateWarning`. Unreadable text raises
    :class:`MalformedDateWarning`. Empty values give None.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _plain_tz(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip()
    if not text:
        return None
    try:
        return _plain_tz(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    import dateparser  # slow to import; only free-form dates need it

    if reference is not None:
        base = reference if isinstance(reference, datetime) else _midnight(reference)
        parsed = dateparser.parse(text, settings={"RELATIVE_BASE": base.replace(tzinfo=None)})
        if parsed is None:
            raise MalformedDateWarning(f"cannot read the date {text!r}; stored without a date")
        return _plain_tz(parsed)
    # Mechanism, not a word list: a date is relative when it reads differently against
    # two different "nows".
    first, second = (dateparser.parse(text, settings={"RELATIVE_BASE": b}) for b in _PROBE_BASES)
    if first is None or second is None:
        raise MalformedDateWarning(f"cannot read the date {text!r}; stored without a date")
    if first != second:
        raise RelativeDateWarning(
            f"the date {text!r} is relative or incomplete and nothing says relative to what: "
            "give --reference-date or a 'Retrieved: YYYY-MM-DD' header line; stored without a date"
        )
    return _plain_tz(first)


def parse_published(value: Any, *, reference: date | None = None) -> datetime | None:
    """:func:`read_published`, with None for unreadable and unanchored relative dates."""
    try:
        return read_published(value, reference=reference)
    except ParleyWarning:
        return None


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _published(
    value: Any, reference: date | None, where: str, warnings: list[ParleyWarning]
) -> datetime | None:
    """The publication date of one source; a problem becomes a warning naming ``where``."""
    try:
        return read_published(value, reference=reference)
    except ParleyWarning as warning:
        warning.path = where
        warnings.append(warning)
        return None


def _reference_of(fields: dict[str, Any], where: str, warnings: list[ParleyWarning]) -> date | None:
    """The file's own 'Retrieved:' (or Fetched/Accessed/Saved) date, which must be absolute."""
    for key in REFERENCE_KEYS:
        if fields.get(key):
            day = _published(fields[key], None, where, warnings)
            if day is not None:
                return day
    return None


def _plain_tz(value: datetime) -> datetime:
    # dateparser and htmldate return their own tzinfo classes; a fixed offset is all we keep.
    offset = value.utcoffset()
    if offset is None:
        return value
    return value.replace(tzinfo=timezone(timedelta(seconds=offset.total_seconds())))


# ---------------------------------------------------------------------------- .txt


def split_header(text: str) -> tuple[dict[str, str], int]:
    """The ``Key: value`` header block of a .txt text and the offset where the body starts.

    A header is the lines before the first blank line, all of the form ``Key: value``,
    including at least one of Title, URL, Outlet, Published. Without one, ``({}, 0)``.
    """
    stripped = text.lstrip("\ufeff")
    lead = len(text) - len(stripped)
    blank = _BLANK_LINE.search(stripped)
    block_end = blank.start() if blank else len(stripped.rstrip())  # a header and nothing else
    if block_end == 0:
        return {}, 0
    header: dict[str, str] = {}
    for line in stripped[:block_end].splitlines():
        match = _HEADER_LINE.match(line.strip())
        if not match:
            return {}, 0
        header[match.group(1).strip().lower()] = match.group(2).strip()
    if not any(key in header for key in HEADER_KEYS):
        return {}, 0
    body_start = lead + (blank.end() if blank else len(stripped))
    while body_start < len(text) and text[body_start] in "\r\n":
        body_start += 1
    return header, body_start


def _txt_source(path: Path, text: str, reference: date | None = None) -> Source:
    header, body_start = split_header(text)
    body = text[body_start:]
    if not body.strip():
        raise EmptyInputError("no article text after the header block", path=str(path))
    extra = {k: v for k, v in header.items() if k not in HEADER_KEYS}
    warnings: list[ParleyWarning] = []
    reference = _reference_of(header, str(path), warnings) or reference
    published = _published(header.get("published"), reference, str(path), warnings)
    return Source(
        id=text_id(body),
        name=path.stem,
        text=text,
        format="txt",
        title=header.get("title") or None,
        url=header.get("url") or None,
        outlet=header.get("outlet") or None,
        published=published,
        path=str(path),
        extra=extra,
        warnings=warnings,
    )


# ---------------------------------------------------------------------------- .html


def _html_source(path: Path, html: str, reference: date | None = None) -> Source:
    import htmldate
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    # trafilatura 2 returns a Document, 1.x a dict: read both the same way.
    meta: dict[str, Any] = {}
    if doc is not None:
        meta = doc if isinstance(doc, dict) else doc.as_dict()
    body = meta.get("text") or ""
    if not _has_running_text(body):
        raise NoArticleError("no article body found in the HTML page", path=str(path))
    # htmldate keeps the time and zone of meta tags when asked for them; trafilatura keeps the day.
    found = htmldate.find_date(
        html, outputformat="%Y-%m-%dT%H:%M:%S%z", original_date=True, extensive_search=False
    )
    warnings: list[ParleyWarning] = []
    published = _published(found or meta.get("date"), reference, str(path), warnings)
    return Source(
        id=text_id(body),  # of trafilatura's text, as before: a page keeps its id
        name=path.stem,
        text=_blank_line_paragraphs(body),
        format="html",
        title=meta.get("title") or None,
        url=meta.get("url") or None,
        outlet=meta.get("sitename") or None,
        published=published,
        path=str(path),
        warnings=warnings,
    )


def _blank_line_paragraphs(body: str) -> str:
    """trafilatura puts each block of the page (paragraph, heading, list item) on a line of
    its own; the extractor reads blank-line-separated paragraphs, as the annotated articles
    and most pasted pages have them (measured with benchmarks/page_furniture.py: with single
    line breaks some quotations took the speaker of an earlier paragraph)."""
    return "\n\n".join(line for line in body.splitlines() if line.strip())


def _has_running_text(body: str) -> bool:
    # trafilatura falls back to whatever text a page has, so a page of menus comes back as
    # "Home\nWorld"; an article has at least one line that reads as a sentence.
    return any(len(line.split()) >= MIN_SENTENCE_WORDS for line in body.splitlines())


# ---------------------------------------------------------------------------- .jsonl

_JSONL_FIELDS = ("text", "title", "url", "outlet", "published", "id")


def _jsonl_sources(path: Path, content: str, reference: date | None = None) -> list[Source]:
    sources: list[Source] = []
    # Read every line before yielding any: one malformed line rejects the whole file,
    # so nothing of it is stored.
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedRecordError(f"invalid JSON ({exc.msg})", path=where) from None
        if not isinstance(record, dict):
            raise MalformedRecordError("a line must be a JSON object", path=where)
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise MalformedRecordError('missing or empty "text" field', path=where)
        for key in ("title", "url", "outlet", "published", "id"):
            if record.get(key) is not None and not isinstance(record[key], str | int):
                raise MalformedRecordError(f'"{key}" must be a string', path=where)
        name = str(record["id"]) if record.get("id") not in (None, "") else f"{path.stem}:{number}"
        warnings: list[ParleyWarning] = []
        anchor = _reference_of(record, where, warnings) or reference
        published = _published(record.get("published"), anchor, where, warnings)
        sources.append(
            Source(
                id=text_id(text),
                name=name,
                text=text,
                format="jsonl",
                title=record.get("title") or None,
                url=record.get("url") or None,
                outlet=record.get("outlet") or None,
                published=published,
                path=str(path),
                extra={k: v for k, v in record.items() if k not in _JSONL_FIELDS},
                warnings=warnings,
            )
        )
    if not sources:
        raise EmptyInputError("no records in the JSON Lines file", path=str(path))
    return sources


# ---------------------------------------------------------------------------- reading


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text as ``open(path, encoding="utf-8").read()`` gives it, after the checks.

    Raises MissingPathError, TooLargeInputError, EmptyInputError, BinaryInputError or
    EncodingInputError, each naming the file.
    """
    where = str(path)
    if not path.exists():
        raise MissingPathError("no such file or directory", path=where)
    if not path.is_file():
        raise MissingPathError("not a regular file", path=where)
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeInputError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} "
            f"(--max-bytes or {MAX_BYTES_ENV})",
            path=where,
        )
    data = path.read_bytes()
    if not data.strip():
        raise EmptyInputError("empty file", path=where)
    if b"\x00" in data:
        raise BinaryInputError("binary file (contains NUL bytes), not text", path=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingInputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", path=where
        ) from None
    # Universal newlines, as text-mode open() reads them: offsets must match that reading.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_path(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, reference_date: date | None = None
) -> Iterator[Source]:
    """The sources in one file (one for .txt/.html, one per line for .jsonl).

    The whole file is checked before the first source is yielded, so an error means
    nothing of the file is usable. Raises :class:`parley.errors.InputError` subclasses.
    ``reference_date`` anchors relative publication dates ("yesterday") of files that
    do not give their own ('Retrieved:' header line); see :func:`read_published`.
    Problems read around are in each source's ``warnings``.
    """
    path = Path(path)
    if path.is_dir():
        if next(iter_inputs([path])) == path:  # iter_inputs passes empty folders through
            raise MissingPathError("a folder with no .txt, .html or .jsonl files", path=str(path))
        raise MissingPathError("a folder, not a file (iter_inputs expands folders)", path=str(path))
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None and path.exists() and not path.is_dir():
        known = ", ".join(sorted(FORMATS))
        raise UnsupportedFormatError(
            f"unsupported file type {path.suffix or '(none)'!r}; expected one of {known}",
            path=str(path),
        )
    text = read_text(path, max_bytes=max_bytes)
    if fmt == "txt":
        sources = [_txt_source(path, text, reference_date)]
    elif fmt == "html":
        sources = [_html_source(path, text, reference_date)]
    else:
        sources = _jsonl_sources(path, text, reference_date)
    yield from sources


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders (recursively, supported extensions, sorted) and keep files as given.

    In folders, hidden files and ``*.gold.jsonl`` annotation files are skipped.

    Paths that do not exist, and folders with nothing to read, are passed through so that
    reading them reports the error in its place; a path named twice is read once.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in FORMATS
                # gold annotations sit beside their articles in test folders; they are not articles
                and not p.name.endswith(".gold.jsonl")
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                found = [path]  # reading it reports the empty folder as an error in its place
        else:
            found = [path]
        for item in found:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                yield item
