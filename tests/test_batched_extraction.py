"""Several articles extracted together (``extract_each``, ``extract_files``), as the CLI and
``Record.ingest`` do: the same statements as one article at a time, and each article's or
file's failure kept to itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import parley.extract.pipeline as pipeline
from parley.cli import app
from parley.extract import Article, extract_each, extract_many, extract_statements
from parley.extract_files import extract_files
from parley.record import Record
from parley.sources import read_path

DEV = Path(__file__).resolve().parent / "data" / "dev"
runner = CliRunner()
BOOM = "EXPLODE-IN-EXTRACTION"


def dev_files(n: int = 5) -> list[Path]:
    return sorted(DEV.glob("*.txt"))[:n]


def as_dicts(found: object) -> list[dict[str, object]]:
    assert isinstance(found, list)
    return [statement.to_dict() for statement in found]


@pytest.fixture
def batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of articles in each batch the pipeline extracts, as it runs."""
    sizes: list[int] = []
    real = pipeline.run_many

    def counting(articles, *rest, **setting):  # type: ignore[no-untyped-def]
        sizes.append(len(articles))
        return real(articles, *rest, **setting)  # the coder and the opposition's coding

    monkeypatch.setattr(pipeline, "run_many", counting)
    return sizes


@pytest.fixture
def exploding(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the real pipeline met by one article only (one that holds ``BOOM``)."""
    real = pipeline.header_end

    def header_end(text: str) -> int:
        if BOOM in text:
            raise RuntimeError("simulated pipeline bug")
        return real(text)

    monkeypatch.setattr(pipeline, "header_end", header_end)


def test_batched_statements_are_those_of_one_article_at_a_time() -> None:
    articles = [Article(p.read_text(encoding="utf-8"), source=p.stem) for p in dev_files()]
    alone = [as_dicts(extract_statements(a.text, source=a.source)) for a in articles]
    assert [as_dicts(found) for found in extract_each(articles, batch=3)] == alone
    assert [as_dicts(found) for found in extract_many(articles)] == alone
    assert sum(map(len, alone)) > 20  # real articles with statements


def test_a_failing_article_yields_its_exception_in_place(exploding: None) -> None:
    texts = [p.read_text(encoding="utf-8") for p in dev_files(3)]
    articles = [Article(texts[0]), Article(texts[1] + BOOM), Article(texts[2])]
    found = list(extract_each(articles))
    assert isinstance(found[1], RuntimeError)
    assert as_dicts(found[0]) == as_dicts(extract_statements(texts[0]))
    assert as_dicts(found[2]) == as_dicts(extract_statements(texts[2]))
    with pytest.raises(RuntimeError, match="simulated"):
        list(extract_many(articles))


def test_files_are_extracted_in_batches_and_handed_back_in_order(
    batches: list[int], tmp_path: Path
) -> None:
    files = dev_files(4)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01 not text")
    order = [files[0], files[1], bad, files[2], files[3]]
    items = list(extract_files(order, lambda p: read_path(p), batch=3))
    assert [item.path for item in items] == order
    assert batches == [3, 1]  # two files, the bad one, one more: a batch of 3 articles
    assert items[2].error is not None and items[2].sources == [] and items[2].found == []
    for item in (items[0], items[3]):
        [source] = item.sources
        expected = extract_statements(source.text, source=source.name)
        assert as_dicts(item.found[0]) == as_dicts(expected)


def test_sources_to_skip_are_not_extracted(tmp_path: Path) -> None:
    files = dev_files(2)
    [first] = read_path(files[0])
    items = list(extract_files(files, lambda p: read_path(p), skip=lambda ids: {first.id}))
    assert items[0].found == [None]
    assert isinstance(items[1].found[0], list) and items[1].found[0]


def test_cli_extract_reports_bad_files_one_by_one_and_writes_the_others(
    exploding: None, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = dev_files(2)
    for path in good:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "a-boom.txt").write_text(good[0].read_text(encoding="utf-8") + BOOM)
    (folder / "b-empty.txt").write_text("")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out)])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr + result.stdout
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error: "))
    assert len(errors) == 2
    assert errors[0].startswith(f"error: {folder / 'a-boom.txt'}: ")
    assert "RuntimeError" in errors[0] and errors[0].endswith("[E109]")
    assert errors[1].startswith(f"error: {folder / 'b-empty.txt'}: ")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.jsonl" for p in good)
    for path in good:
        rows = [json.loads(x) for x in (out / f"{path.stem}.jsonl").read_text().splitlines()]
        expected = extract_statements(path.read_text(encoding="utf-8"), source=path.stem)
        assert rows == as_dicts(expected)


def test_record_ingest_extracts_files_together_and_stores_each(
    batches: list[int], exploding: None, tmp_path: Path
) -> None:
    files = dev_files(3)
    boom = tmp_path / "boom.txt"
    boom.write_text(files[0].read_text(encoding="utf-8") + BOOM, encoding="utf-8")
    with Record(tmp_path / "p.db") as record:
        report = record.ingest([files[0], boom, files[1], files[2]])
        assert batches == [4]
        assert len(report.added) == 3 and [e.code for e in report.failed] == ["E109"]
        for path in files:
            [source] = [s for s in record.sources() if s.name == path.stem]
            stored = record.statements(source=source.id)
            expected = extract_statements(path.read_text(encoding="utf-8"), source=path.stem)
            assert [(s.start, s.end, s.speaker, s.actor) for s in stored] == [
                (s.start, s.end, s.speaker, s.actor) for s in expected
            ]
        batches.clear()
        again = record.ingest(files)  # stored already: nothing extracted
        assert batches == [] and len(again.present) == 3
