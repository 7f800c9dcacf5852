"""Exports of the whole record: JSON Lines, CSV, Parquet and PLOVER-style event records.

Every format is written from one stream of :class:`ExportRow` that
:meth:`parley.record.Record.export_rows` reads in ONE query (one consistent view of
the database, however long the export takes). The columns derive from the one statement
schema (:class:`parley.extract.model.Statement`) plus the source's metadata; the Parquet
schema derives from the same declaration, so pandas, DuckDB and Polars read the file with
the right types (lists as lists, booleans as booleans, the date as a UTC timestamp).

PLOVER-style records are for event-data users: one record per statement that has an
event type and per target actor (source actor, target actor, event type, date, the
sentence it was said in, URL), as JSON Lines.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import tempfile
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from parley.extract.model import Statement

if TYPE_CHECKING:
    import pyarrow as pa


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"


# The source metadata each exported statement carries, after the statement's own fields.
SOURCE_FIELDS: tuple[tuple[str, type], ...] = (
    ("statement_id", int),
    ("source_id", str),
    ("title", str),
    ("url", str),
    ("outlet", str),
    ("published", datetime),
    ("sentence", str),
)
_OPTIONAL_SOURCE = {"title", "url", "outlet", "published", "sentence"}
_STATEMENT_NAMES = tuple(f.name for f in dataclasses.fields(Statement))
PLOVER_COLUMNS = (
    "id", "date", "event_type", "source_actor", "source_name", "target_actor", "sentence",
    "event_text", "direct", "cue", "stance", "about", "url", "title", "outlet", "source_id",
    "statement_id",
)  # fmt: skip


def statement_fields() -> list[tuple[str, Any, bool]]:
    """(name, type, nullable) of the statement schema, in its declared order."""
    hints = typing.get_type_hints(Statement)
    out = []
    for f in dataclasses.fields(Statement):
        hint = hints[f.name]
        args = typing.get_args(hint)
        nullable = isinstance(hint, types.UnionType) and type(None) in args
        base = next(a for a in args if a is not type(None)) if nullable else hint
        out.append((f.name, base, nullable))
    return out


def export_columns() -> list[tuple[str, Any, bool]]:
    """Every exported column: the statement's fields, then the source's."""
    extra = [(name, kind, name in _OPTIONAL_SOURCE) for name, kind in SOURCE_FIELDS]
    return statement_fields() + extra


def arrow_schema() -> pa.Schema:
    """The Parquet schema, derived from :func:`export_columns`."""
    import pyarrow as pa

    def arrow_type(kind: Any) -> pa.DataType:
        if kind is str or (isinstance(kind, type) and issubclass(kind, StrEnum)):
            return pa.string()  # an enum is written as its code
        if kind is bool:
            return pa.bool_()
        if kind is int:
            return pa.int64()
        if kind is datetime:
            return pa.timestamp("us", tz="UTC")
        if typing.get_origin(kind) is list:
            return pa.list_(arrow_type(typing.get_args(kind)[0]))
        raise TypeError(f"no Arrow type for {kind!r}")

    return pa.schema(
        [pa.field(name, arrow_type(kind), nullable=null) for name, kind, null in export_columns()]
    )


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One stored statement with its source's metadata and the sentence it stands in."""

    statement: Statement
    statement_id: int
    source_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: datetime | None
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        st = self.statement  # field by field: dataclasses.asdict deep-copies, and is slow
        row: dict[str, Any] = {name: getattr(st, name) for name in _STATEMENT_NAMES}
        row["targets"] = list(st.targets)
        row.update(
            statement_id=self.statement_id, source_id=self.source_id, title=self.title,
            url=self.url, outlet=self.outlet, published=self.published, sentence=self.sentence,
        )  # fmt: skip
        return row

    def plover(self) -> list[dict[str, Any]]:
        """PLOVER-style event records: one per target actor (one with none when untargeted);
        none for a statement without an event type."""
        st = self.statement
        if not st.event:
            return []
        day = self.published.date().isoformat() if self.published else None
        targets: list[str | None] = list(st.targets) or [None]
        return [
            {
                "id": f"parley-{self.statement_id}" + (f"-{k}" if len(targets) > 1 else ""),
                "date": day,
                "event_type": st.event,
                "source_actor": st.actor,
                "source_name": st.speaker,
                "target_actor": target,
                "sentence": self.sentence,
                "event_text": st.text,
                "direct": st.direct,
                "cue": st.cue,
                "stance": st.stance,
                "about": st.about,
                "url": self.url,
                "title": self.title,
                "outlet": self.outlet,
                "source_id": self.source_id,
                "statement_id": self.statement_id,
            }
            for k, target in enumerate(targets, start=1)
        ]


def write_export(rows: Iterable[ExportRow], fmt: ExportFormat, out: IO[Any]) -> int:
    """Write ``rows`` to an open stream (binary for Parquet, text otherwise); returns the
    number of records written (events for PLOVER, statements otherwise)."""
    if fmt is ExportFormat.parquet:
        return _write_parquet(rows, out)
    count = 0
    if fmt is ExportFormat.csv:
        names = [name for name, _, _ in export_columns()]
        writer = csv.DictWriter(out, fieldnames=names)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(v) for k, v in row.to_dict().items()})
            count += 1
        return count
    for row in rows:
        records = row.plover() if fmt is ExportFormat.plover else [row.to_dict()]
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
            count += 1
    return count


def export_to_path(rows: Iterable[ExportRow], fmt: ExportFormat, path: Path) -> int:
    """Write to ``path`` through a temporary file beside it, renamed at the end: a failed
    export leaves no half-written file (and an existing one untouched)."""
    folder = path.parent if str(path.parent) else Path(".")
    binary = fmt is ExportFormat.parquet
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding, newline=None if binary else "") as out:
            count = write_export(rows, fmt, out)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count


def sentence_around(window: str, start: int, end: int) -> str:
    """The sentence(s) of ``window`` that hold ``window[start:end]``, cut as the extractor
    cuts them (never inside a quotation); ``window`` is a stretch of the source text."""
    from parley.extract.quotes import find_quotes
    from parley.extract.segment import Span, sentences

    start, end = max(0, min(start, len(window))), max(0, min(end, len(window)))
    para = Span(window.rfind("\n", 0, start) + 1, _line_end(window, end))
    if para.end <= para.start:
        return window[start:end]
    quotes = [q.outer for q in find_quotes(window, para)]
    inside = [s for s in sentences(window, para, quotes) if s.start < max(end, start + 1)]
    inside = [s for s in inside if s.end > start] or [Span(start, end)]
    return window[inside[0].start : inside[-1].end].strip()


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _write_parquet(rows: Iterable[ExportRow], out: IO[bytes], batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for chunk in _chunks((row.to_dict() for row in rows), batch):
            for row in chunk:
                if row["published"] is not None and row["published"].tzinfo is None:
                    row["published"] = row["published"].replace(tzinfo=UTC)
            writer.write_batch(pa.RecordBatch.from_pylist(chunk, schema=schema))
            count += len(chunk)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def _chunks(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
