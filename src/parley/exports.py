"""Write statements and sources as JSON Lines, CSV or a plain-text table.

Rows are mappings (``to_dict()`` of statements and sources); every writer takes
an open text stream, so the same calls serve the CLI, files and notebooks.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from parley.extract.model import STATEMENT_FIELDS

Format = Literal["table", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("table", "jsonl", "csv")

STATEMENT_COLUMNS = (*STATEMENT_FIELDS, "source_id")
SOURCE_COLUMNS = (
    "id", "name", "title", "url", "outlet", "published", "format", "path", "chars", "statements",
    "added_at",
)  # fmt: skip

# What the table shows: the columns that fit a terminal, the text last because it wraps.
_STATEMENT_TABLE = ("source", "speaker", "actor", "cue", "event", "stance", "about", "text")
_SOURCE_TABLE = ("id", "name", "outlet", "published", "format", "statements", "title")
# Below this many columns the tables fold their short fields into fewer columns (speaker and
# actor in one, event, stance and about in another), so that the text keeps most of the width.
WIDE_TABLE = 120
_STATEMENT_NARROW = ("source", "who", "event", "text")
_SOURCE_NARROW = ("id", "name", "published", "statements", "title")
_WIDE = {"text", "title"}
_NARROW = {
    "id": 12, "actor": 6, "about": 6, "event": 10, "stance": 8, "cue": 14, "format": 6,
    "source": 14, "who": 16, "name": 16, "published": 16, "statements": 10,
}  # fmt: skip
_DEFAULT_WIDTH = 140  # a table written to a file or a pipe, unless COLUMNS says otherwise


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """One JSON object per line (UTF-8 kept as is); returns the number of lines."""
    count = 0
    for row in rows:
        out.write(json.dumps(dict(row), ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """A header line then one line per row; lists are joined with ``;``, None is empty."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: _cell(row.get(key)) for key in columns})
        count += 1
    return count


def write_table(
    rows: Iterable[Mapping[str, Any]],
    out: TextIO,
    columns: Sequence[str],
    *,
    title: str | None = None,
) -> int:
    """A rich table as wide as the terminal (or ``$COLUMNS``; 140 into a file or a pipe).

    Long text columns wrap (never crop); the short ones keep their width.
    """
    rows = list(rows)
    # expand + ratio: the long free-text column takes what the short columns leave.
    table = Table(title=title, show_lines=False, expand=True)
    for name in columns:
        if name in _WIDE:
            table.add_column(name, overflow="fold", ratio=1, min_width=12)
        else:
            table.add_column(name, overflow="fold", max_width=_NARROW.get(name, 24))
    for row in rows:
        # Text(), not str: brackets in quotes must not be read as rich markup.
        table.add_row(*(Text(_table_cell(name, row)) for name in columns))
    console = Console(file=out, width=table_width(out), highlight=False)
    console.print(table)
    return len(rows)


def table_width(out: TextIO) -> int | None:
    """The width to draw at: None lets rich read the terminal or ``$COLUMNS``."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    return None if out.isatty() else _DEFAULT_WIDTH


def _terminal_columns(out: TextIO) -> int:
    width = table_width(out)
    if width is not None:
        return width
    return Console(file=out).width


def write_statements(rows: Iterable[Mapping[str, Any]], out: TextIO, fmt: Format = "table") -> int:
    """Statements in ``fmt``; returns how many were written."""
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "csv":
        return write_csv(rows, out, STATEMENT_COLUMNS)
    rows = list(rows)
    title = f"{len(rows)} statements"
    if _terminal_columns(out) >= WIDE_TABLE:
        return write_table(rows, out, _STATEMENT_TABLE, title=title)
    return write_table(
        [_narrow_statement(row) for row in rows], out, _STATEMENT_NARROW, title=title
    )


def write_sources(rows: Iterable[Mapping[str, Any]], out: TextIO, fmt: Format = "table") -> int:
    """Sources (metadata, no text) in ``fmt``; returns how many were written."""
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "csv":
        return write_csv(rows, out, SOURCE_COLUMNS)
    rows = list(rows)
    title = f"{len(rows)} sources"
    if _terminal_columns(out) >= WIDE_TABLE:
        return write_table(rows, out, _SOURCE_TABLE, title=title)
    narrow = [{**row, "published": (row.get("published") or "")[:10]} for row in rows]
    return write_table(narrow, out, _SOURCE_NARROW, title=title)


def _narrow_statement(row: Mapping[str, Any]) -> dict[str, Any]:
    """One statement for a narrow table: speaker over actor, event over stance and about."""
    who = "\n".join(str(v) for v in (row.get("speaker"), row.get("actor")) if v)
    event = [row.get("event"), row.get("stance")]
    if row.get("about"):
        event.append(f"about {row['about']}")
    return {**row, "who": who, "event": "\n".join(str(v) for v in event if v)}


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    return value


def _table_cell(name: str, row: Mapping[str, Any]) -> str:
    value = row.get(name)
    if name == "text" and row.get("direct"):
        return f"\u201c{value}\u201d"  # direct quotes shown in quotation marks
    if name == "id" and isinstance(value, str):
        return value[:12]  # a prefix is enough to tell sources apart and to select one
    if name == "published" and isinstance(value, str):
        return value[:16].replace("T", " ")
    text = _cell(value)
    return str(text)
