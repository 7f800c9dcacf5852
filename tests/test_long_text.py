"""Long texts: over spaCy's max_length, one huge paragraph, a folder with one in the middle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from articles import write_txt
from parley.cli import app
from parley.extract import extract_statements
from parley.extract import mentions as mentions_module
from parley.extract.mentions import mention_finder, text_chunks
from parley.extract.segment import is_clutter

DEV = Path(__file__).resolve().parent / "data" / "dev"
runner = CliRunner()


def dev_prose() -> list[str]:
    paragraphs: list[str] = []
    for path in sorted(DEV.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        paragraphs += [" ".join(p.split()) for p in body.split("\n\n") if not is_clutter(p)]
    return paragraphs


def one_paragraph_article(chars: int) -> str:
    """A header, then dev prose repeated in ONE paragraph up to ``chars`` characters."""
    prose = " ".join(dev_prose())
    body = " ".join([prose] * (chars // len(prose) + 1))[:chars]
    body = body[: body.rindex(". ") + 1]
    return "Title: One long paragraph\nPublished: 2025-11-24\n\n" + body + "\n"


@pytest.mark.parametrize("size", [10, 1000, 7])
def test_text_chunks_cover_the_text_in_order_within_the_size(size: int) -> None:
    text = "Putin said no.\nZelensky said yes. " * 40 + "x" * 50 + " tail"
    chunks = text_chunks(text, size)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    for (_, b), (c, _) in zip(chunks, chunks[1:], strict=False):
        assert b == c  # no gap, no overlap
    assert all(0 < b - a <= size for a, b in chunks)


def test_text_chunks_cut_at_line_breaks_then_sentence_ends() -> None:
    text = "a" * 40 + "\n" + "b" * 20 + ". Next sentence here " + "c" * 30
    [first, *_] = text_chunks(text, 60)
    assert text[first[1] - 1] == "\n"
    no_lines = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota kappa lambda mu."
    a, b = text_chunks(no_lines, 45)[0]
    assert no_lines[a:b].endswith(". ")


def test_mentions_read_in_pieces_equal_mentions_read_at_once(monkeypatch) -> None:
    finder = mention_finder()
    text = (DEV / "coalition-willing-call.txt").read_text(encoding="utf-8")
    whole = finder.find(finder.doc(text), text)
    monkeypatch.setattr(mentions_module, "CHUNK_CHARS", 300)
    assert len(text_chunks(text, 300)) > 5
    pieces = finder.mentions(text)
    assert [(m.start, m.end, m.kind, m.text) for m in pieces] == [
        (m.start, m.end, m.kind, m.text) for m in whole
    ]


def test_a_long_paragraph_that_mentions_a_photo_credit_is_not_a_caption() -> None:
    assert is_clutter("Zelensky in Kyiv on Friday. (AFP Photo)")
    prose = " ".join(dev_prose()[:6])
    assert len(prose) > 600
    assert not is_clutter(prose + " A picture by Getty Images was shared. " + prose)


def test_one_paragraph_over_a_million_characters_is_extracted_with_exact_offsets() -> None:
    text = one_paragraph_article(1_100_000)
    assert len(text) > 1_000_000  # over spaCy's default nlp.max_length
    statements = extract_statements(text, source="long")
    assert len(statements) > 1000
    for st in statements:
        assert text[st.start : st.end] == st.text
    # statements far past the first million characters are found too
    assert max(st.start for st in statements) > 1_000_000


def test_ingest_a_folder_with_a_huge_article_in_the_middle(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    write_txt(folder, "a-first")
    (folder / "b-huge.txt").write_text(one_paragraph_article(1_100_000), encoding="utf-8")
    assert (folder / "b-huge.txt").stat().st_size > 1_100_000 - 100
    write_txt(folder, "c-last", body='"We will not sign this," Zelensky said on Friday.\n')
    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "sources added: 3" in result.stdout and "failed: 0" in result.stdout
    listed = runner.invoke(app, ["sources", "--format", "jsonl", "--db", str(db)])
    rows = {json.loads(line)["name"]: json.loads(line) for line in listed.stdout.splitlines()}
    assert set(rows) == {"a-first", "b-huge", "c-last"}
    assert rows["b-huge"]["statements"] > 1000
