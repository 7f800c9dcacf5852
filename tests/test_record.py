"""Record: ingest, dedupe, queries and one transaction per source."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

import parley.record
from articles import write_bad_inputs, write_html, write_jsonl, write_txt
from db_snapshot import snapshot
from parley.errors import StorageError
from parley.extract.model import Statement
from parley.record import Record


def test_ingest_stores_sources_and_statements(fresh_db: Record, tmp_path: Path) -> None:
    report = fresh_db.ingest([write_txt(tmp_path), write_html(tmp_path), write_jsonl(tmp_path)])
    assert report.ok
    assert [ref.name for ref in report.added] == [
        "moscow-answers",
        "kyiv-weighs",
        "briefs:1",
        "brief-2",
    ]
    assert report.statements_added == 5
    assert len(fresh_db.sources()) == 4
    rows = fresh_db.statements()
    assert len(rows) == 5
    for row in rows:  # offsets index into the stored text of their source
        source = fresh_db.source(row.source_id)
        assert source is not None
        assert source.text[row.start : row.end] == row.text


def test_the_same_article_twice_is_stored_once(fresh_db: Record, tmp_path: Path) -> None:
    path = write_txt(tmp_path)
    copy = tmp_path / "copy"
    copy.mkdir()
    # Same body, different header and whitespace: the same source.
    (copy / "again.txt").write_text(
        "Title: Reposted\n\n" + path.read_text().split("\n\n", 1)[1] + "\n\n\n"
    )
    first = fresh_db.ingest([path])
    second = fresh_db.ingest([path, copy])
    assert len(first.added) == 1
    assert len(second.added) == 0 and len(second.present) == 2
    assert second.statements_added == 0
    assert len(fresh_db.sources()) == 1
    assert len(fresh_db.statements()) == first.statements_added


def test_ingest_source_says_whether_it_added(fresh_db: Record, tmp_path: Path) -> None:
    from parley.sources import read_path

    [source] = read_path(write_txt(tmp_path))
    assert fresh_db.ingest_source(source) is True
    assert fresh_db.ingest_source(source) is False


def test_filters(fresh_db: Record, tmp_path: Path) -> None:
    fresh_db.ingest([write_txt(tmp_path), write_html(tmp_path), write_jsonl(tmp_path)])
    assert {r.speaker for r in fresh_db.statements(actor="rus")} == {"Putin"}
    assert {r.actor for r in fresh_db.statements(speaker="zelen")} == {"UKR"}
    assert [r.text for r in fresh_db.statements(event="REJECT")] == [
        "But we reject any deadline,",
        "We reject the idea of a frozen conflict,",
    ]
    assert len(fresh_db.statements(source="moscow-answers")) == 2
    some_id = fresh_db.sources()[0].id
    assert fresh_db.statements(source=some_id[:8]) == fresh_db.statements(source=some_id)
    assert fresh_db.statements(actor="RUS", speaker="Zelensky") == []


def test_an_unknown_filter_is_an_error(fresh_db: Record) -> None:
    # a misspelt keyword must not silently return everything
    with pytest.raises(TypeError, match="actr"):
        fresh_db.statements(actr="RUS")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="stnce"):
        fresh_db.count_statements(stnce="oppose")  # type: ignore[call-arg]


def test_progress_is_called_once_per_file(fresh_db: Record, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    files = [write_txt(tmp_path), write_html(tmp_path), tmp_path / "missing.txt"]
    fresh_db.ingest(files, progress=lambda done, total, p: calls.append((done, total, p.name)))
    assert calls == [
        (1, 3, "moscow-answers.txt"),
        (2, 3, "kyiv-weighs.html"),
        (3, 3, "missing.txt"),
    ]


def test_bad_inputs_are_reported_and_good_ones_still_stored(fresh_db: Record, tmp_path: Path):
    bad = write_bad_inputs(tmp_path / "bad")
    good = write_txt(tmp_path)
    report = fresh_db.ingest([good, *(path for path, _ in bad.values())])
    assert [ref.name for ref in report.added] == ["moscow-answers"]
    assert sorted(error.code for error in report.failed) == sorted(code for _, code in bad.values())
    assert [s.name for s in fresh_db.sources()] == ["moscow-answers"]


def test_failing_second_write_leaves_the_database_unchanged(
    fresh_db: Record, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_db.ingest([write_html(tmp_path)])
    before = snapshot(fresh_db.url)

    def failing_rows(source_id: str, statements: list[Statement]):
        raise OperationalError("INSERT INTO statements", {}, Exception("disk I/O error"))

    # The source row is written (flushed) first; the statements are the second write.
    monkeypatch.setattr(parley.record, "_statement_rows", failing_rows)
    with pytest.raises(StorageError, match="could not store"):
        fresh_db.ingest([write_txt(tmp_path)])
    assert snapshot(fresh_db.url) == before
    monkeypatch.undo()
    monkeypatch.setattr("parley.extract.extract_statements", _one_statement)
    assert fresh_db.ingest([write_txt(tmp_path)]).statements_added == 1


def test_a_statement_the_database_rejects_rolls_back_its_source(tmp_path: Path, db_url: str):
    def bad_extractor(text: str, source: str = "", published=None) -> list[Statement]:
        good = Statement(source, 0, 5, text[:5], False, "said", None, "RUS")
        broken = Statement(source, 5, 9, text[5:9], False, None, None, "RUS")  # cue NOT NULL
        return [good, broken]

    with Record(db_url, extractor=bad_extractor) as record:
        before = snapshot(db_url)
        with pytest.raises(StorageError):
            record.ingest([write_txt(tmp_path)])
        assert snapshot(db_url) == before
        assert record.sources() == []


def _one_statement(text: str, source: str = "", published=None) -> list[Statement]:
    return [Statement(source, 0, 6, text[:6], False, "said", None, None)]


def test_stored_statement_round_trips_to_the_spec_record(fresh_db: Record, tmp_path: Path):
    fresh_db.ingest([write_jsonl(tmp_path)])
    row = fresh_db.statements(speaker="Rubio")[0]
    as_dict = row.to_dict()
    assert as_dict["source"] == "briefs:1" and len(as_dict["source_id"]) == 64
    assert list(as_dict)[:12] == list(Statement.__dataclass_fields__)
    assert row.to_statement().text == "The talks were productive,"


def test_record_is_a_context_manager_and_has_a_repr(tmp_path: Path) -> None:
    with Record(tmp_path / "r.db") as record:
        assert "r.db" in repr(record)
