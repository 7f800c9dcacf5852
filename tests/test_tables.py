"""Tables fit the terminal: the statement text wraps at 80 columns instead of vanishing."""

from __future__ import annotations

import io
import re

import pytest

from parley.exports import write_sources, write_statements

ROW = {
    "source": "kremlin-reaction", "start": 0, "end": 120, "direct": False, "cue": "said",
    "speaker": "Dmitry Peskov", "actor": "RUS", "event": "REJECT", "targets": [],
    "stance": "oppose", "about": None, "source_id": "ab" * 32,
    "text": "Moscow had not received any official version of the plan reworked in Geneva "
    "and would not conduct negotiations through the media",
}  # fmt: skip


def table_text(monkeypatch: pytest.MonkeyPatch, columns: int, writer, rows) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    out = io.StringIO()
    writer(rows, out, "table")
    return out.getvalue()


@pytest.mark.parametrize("columns", [60, 80, 100, 120, 160])
def test_statement_text_wraps_whole_within_the_width(monkeypatch, columns: int) -> None:
    text = table_text(monkeypatch, columns, write_statements, [ROW])
    lines = text.splitlines()
    assert all(len(line) <= columns for line in lines)
    # every word of the statement is there, in order, across the wrapped lines
    cells = [line.split("│")[-2] for line in lines if line.startswith("│")]
    assert " ".join(" ".join(cells).split()).count("through the media") == 1
    assert re.search(r"Moscow\s+had", " ".join(cells))
    assert "Dmitry Peskov" in " ".join(" ".join(cells).split()) or "Dmitry Peskov" in text


def test_at_80_columns_the_text_column_keeps_most_of_the_width(monkeypatch) -> None:
    text = table_text(monkeypatch, 80, write_statements, [ROW])
    header = next(line for line in text.splitlines() if "text" in line and "┃" in line)
    assert len(header.split("┃")[-2]) >= 30


def test_sources_table_fits_too(monkeypatch) -> None:
    row = {
        "id": "ab" * 32,
        "name": "kremlin-reaction",
        "outlet": "Example",
        "format": "txt",
        "published": "2025-11-24T10:00:00+00:00",
        "statements": 10,
        "title": "Kremlin says it has not seen the revised plan, rejects European version",
    }
    text = table_text(monkeypatch, 80, write_sources, [row])
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "2025-11-24" in text and "European" in text
