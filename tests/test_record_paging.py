"""Record.statements and Record.sources page through exactly the rows of the full query."""

from __future__ import annotations

from pathlib import Path

from articles import write_html, write_jsonl, write_txt
from parley.record import Record
from web_helpers import hostile_jsonl, hostile_txt


def fill(record: Record, folder: Path) -> None:
    report = record.ingest(
        [write_txt(folder), write_html(folder), write_jsonl(folder), hostile_txt(folder),
         hostile_jsonl(folder)]
    )  # fmt: skip
    assert report.ok


def test_pages_are_slices_of_the_whole(fresh_db: Record, tmp_path: Path) -> None:
    fill(fresh_db, tmp_path)
    for filters in ({}, {"actor": "RUS"}, {"speaker": "peskov"}, {"since": None}):
        everything = fresh_db.statements(**filters)
        assert everything, filters
        assert fresh_db.count_statements(**filters) == len(everything)
        for size in (1, 2, 3, 7, 50):
            for offset in range(0, len(everything) + 2):
                page = fresh_db.statements(**filters, limit=size, offset=offset)
                assert page == everything[offset : offset + size], (filters, size, offset)


def test_date_and_stance_filters(fresh_db: Record, tmp_path: Path) -> None:
    from datetime import UTC, date

    fill(fresh_db, tmp_path)
    day = fresh_db.statements(since=date(2025, 11, 24), until=date(2025, 11, 24))
    published = {s.name: s.published for s in fresh_db.sources()}
    assert "hostile-wire" in {row.source for row in day}
    utc_days = {published[row.source].astimezone(UTC).date() for row in day}
    assert utc_days == {date(2025, 11, 24)}  # publication days are counted in UTC
    assert fresh_db.statements(until=date(2025, 11, 1)) == []
    sources = fresh_db.sources()
    assert [s.id for s in fresh_db.sources(limit=2, offset=1)] == [s.id for s in sources[1:3]]
    assert fresh_db.count_sources(outlet="hostile") == 1
    assert fresh_db.count_sources(text="100%_not_there") == 0  # LIKE wildcards are literal
