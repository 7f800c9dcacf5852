"""JSON Lines, CSV and table writers."""

from __future__ import annotations

import csv
import io
import json

from parley.exports import (
    STATEMENT_COLUMNS,
    write_csv,
    write_jsonl,
    write_sources,
    write_statements,
    write_table,
)

ROWS = [
    {
        "source": "a", "start": 0, "end": 9, "text": "We agree,", "direct": True, "cue": "said",
        "speaker": "Vladimir Putin", "actor": "RUS", "event": "AGREE", "targets": ["USA", "UKR"],
        "stance": "support", "about": None, "source_id": "f" * 64,
    },
    {
        "source": "b", "start": 4, "end": 20, "text": "the [draft] is dead", "direct": False,
        "cue": "claimed", "speaker": None, "actor": "UKR", "event": None, "targets": [],
        "stance": None, "about": "RUS", "source_id": "e" * 64,
    },
]  # fmt: skip


def test_jsonl_round_trips_and_keeps_unicode() -> None:
    out = io.StringIO()
    assert write_jsonl([*ROWS, {"text": "Zelens\u2019kyi \u201cno\u201d"}], out) == 3
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines[:2]] == ROWS
    assert "\u201cno\u201d" in lines[2]  # not \\u escapes


def test_csv_has_a_header_and_flattens_lists_and_nulls() -> None:
    out = io.StringIO()
    assert write_csv(ROWS, out, STATEMENT_COLUMNS) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(STATEMENT_COLUMNS)
    assert rows[0]["targets"] == "USA;UKR"
    assert rows[1]["speaker"] == "" and rows[1]["about"] == "RUS"


def test_table_shows_rows_and_does_not_read_brackets_as_markup() -> None:
    out = io.StringIO()
    assert write_statements(ROWS, out) == 2
    shown = out.getvalue()
    assert "2 statements" in shown
    assert "Vladimir Putin" in shown and "\u201cWe agree,\u201d" in shown
    assert "[draft]" in shown


def test_sources_formats() -> None:
    source = {"id": "ab" * 32, "name": "x", "title": "T", "published": "2025-11-23T14:05:00+01:00"}
    out = io.StringIO()
    write_sources([source], out, "table")
    assert "abababababab" in out.getvalue() and "ab" * 32 not in out.getvalue()
    assert "2025-11-23 14:05" in out.getvalue()
    out = io.StringIO()
    write_sources([source], out, "jsonl")
    assert json.loads(out.getvalue()) == source


def test_empty_table_still_prints_its_title() -> None:
    out = io.StringIO()
    assert write_table([], out, ["text"], title="0 statements") == 0
    assert "0 statements" in out.getvalue()
