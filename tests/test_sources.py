"""Reading .txt, .html and .jsonl into Source objects."""

from __future__ import annotations

import re
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles import BODY, HEADER, write_bad_inputs, write_html, write_jsonl, write_txt
from parley.errors import InputError, MalformedRecordError, UnsupportedFormatError
from parley.sources import (
    iter_inputs,
    normalise_text,
    parse_published,
    read_path,
    split_header,
    text_id,
)


def test_txt_keeps_the_whole_file_as_text_and_reads_the_header(tmp_path: Path) -> None:
    path = write_txt(tmp_path)
    [source] = read_path(path)
    assert source.text == path.read_text(encoding="utf-8")  # offsets index into the file
    assert source.name == "moscow-answers" == source.source_id
    assert source.format == "txt"
    assert source.title == "Moscow answers the plan"
    assert source.url == "https://example.org/moscow-answers"
    assert source.outlet == "The Example Ledger"
    assert source.published is not None
    assert source.published.utcoffset() == timedelta(hours=1)
    assert source.published.astimezone(UTC).hour == 13
    assert source.id == text_id(BODY)


def test_txt_without_header_is_all_body(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("KYIV: officials met on Sunday.\nNo header here.\n\nSecond paragraph.\n")
    [source] = read_path(path)
    assert source.title is None and source.published is None
    assert source.id == text_id(path.read_text())


def test_split_header_needs_a_known_key_and_a_blank_line() -> None:
    assert split_header("Title: A\nOutlet: B\n\nBody")[0] == {"title": "A", "outlet": "B"}
    assert split_header("Title: A\nOutlet: B\n\nBody")[1] == len("Title: A\nOutlet: B\n\n")
    assert split_header("Author: A\n\nBody") == ({}, 0)  # no known key
    assert split_header("Title: A\nnot a header line\n\nBody") == ({}, 0)
    # a header and nothing else: all of it is header, the body is empty
    assert split_header("Title: A only, no body") == ({"title": "A only, no body"}, 22)


def test_crlf_files_read_as_text_mode_open_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes((HEADER + BODY).replace("\n", "\r\n").encode("utf-8"))
    [source] = read_path(path)
    with path.open(encoding="utf-8") as handle:
        assert source.text == handle.read()
    assert source.title == "Moscow answers the plan"


def test_same_body_same_id_whatever_the_header_whitespace_or_normal_form(tmp_path: Path) -> None:
    a = write_txt(tmp_path, "a")
    b = tmp_path / "b.txt"
    b.write_text("Title: Another headline\n\n" + "  " + BODY.replace(" ", "   ") + "\n\n")
    assert next(read_path(a)).id == next(read_path(b)).id
    assert text_id("Caf\u00e9 talks") == text_id("Cafe\u0301 talks")  # NFC
    assert text_id("one two") != text_id("one three")
    assert normalise_text(" a \n\t b ") == "a b"


def test_html_body_title_and_zoned_date_without_page_clutter(tmp_path: Path) -> None:
    [source] = read_path(write_html(tmp_path))
    assert source.format == "html"
    assert source.title == "Kyiv weighs the draft"
    assert source.published is not None
    assert source.published.utcoffset() == timedelta(hours=2)
    assert "Ukraine will not trade its dignity" in source.text
    for clutter in ("Share on Facebook", "More From", "Photo: Example Agency", "Copyright"):
        assert clutter not in source.text


def test_jsonl_one_source_per_line_with_metadata(tmp_path: Path) -> None:
    first, second = read_path(write_jsonl(tmp_path))
    assert first.name == "briefs:1"
    assert second.name == "brief-2"  # the record's own id wins
    assert first.text.startswith('"The talks were productive,"')
    assert first.outlet == "Wire Example" and first.title == "Geneva round"
    assert first.published is not None and first.published.utcoffset() == timedelta(hours=-5)
    assert second.published is not None and second.published.day == 24
    assert second.extra == {"section": "world"}
    assert first.id != second.id


@pytest.mark.parametrize(
    ("raw", "offset"),
    [
        ("2025-11-23T14:05:00+01:00", timedelta(hours=1)),
        ("2025-11-23T14:05:00Z", timedelta(0)),
        ("November 21, 2025 10:04 PM GMT+03:00", timedelta(hours=3)),
        ("2025-11-23", None),
        ("23 Nov 2025", None),
    ],
)
def test_parse_published_keeps_the_zone(raw: str, offset: timedelta | None) -> None:
    parsed = parse_published(raw)
    assert parsed is not None
    assert parsed.utcoffset() == offset
    assert (parsed.year, parsed.month) == (2025, 11)


def test_parse_published_gives_none_for_nonsense() -> None:
    assert parse_published("") is None
    assert parse_published("not a date at all, really") is None


@pytest.mark.parametrize(
    "kind",
    ["empty", "binary", "encoding", "too-large", "no-article", "malformed-jsonl", "missing"],
)
def test_bad_inputs_raise_input_errors_naming_the_file(tmp_path: Path, kind: str) -> None:
    path, code = write_bad_inputs(tmp_path)[kind]
    with pytest.raises(InputError) as caught:
        list(read_path(path))
    assert caught.value.code == code
    assert str(path) in str(caught.value)


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = write_txt(tmp_path)
    assert list(read_path(path, max_bytes=10_000))
    with pytest.raises(InputError, match="over the limit of 100"):
        list(read_path(path, max_bytes=100))


def test_malformed_jsonl_names_the_line_and_yields_nothing(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "fine"}\n[1, 2]\n')
    reader = read_path(path)
    with pytest.raises(MalformedRecordError, match=r"mixed\.jsonl:2"):
        next(reader)
    missing_text = tmp_path / "no-text.jsonl"
    missing_text.write_text('{"title": "no body"}\n')
    with pytest.raises(MalformedRecordError, match='"text"'):
        list(read_path(missing_text))


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(UnsupportedFormatError):
        list(read_path(path))


def test_iter_inputs_expands_folders_sorted_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write_txt(tmp_path / "sub", "b")
    write_txt(tmp_path, "a")
    write_html(tmp_path, "c")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / "a.gold.jsonl").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("ignored")
    found = list(iter_inputs([tmp_path, tmp_path / "a.txt", tmp_path / "missing.txt"]))
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == ["a.txt", "c.html", "sub/b.txt", "missing.txt"]


def test_seed_article_reads_whole(seed_path: Path) -> None:
    [source] = read_path(seed_path)
    assert source.text == seed_path.read_text(encoding="utf-8")
    assert source.name == "turkiye-today-putin-28-point-plan"


def test_an_empty_folder_is_reported_not_silently_skipped(tmp_path: Path) -> None:
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "notes.md").write_text("not an article")
    assert list(iter_inputs([empty])) == [empty]
    with pytest.raises(InputError, match="no .txt, .html or .jsonl files"):
        list(read_path(empty))
    write_txt(tmp_path)
    with pytest.raises(InputError, match="a folder, not a file"):
        list(read_path(tmp_path))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_id_ignores_whitespace_layout_and_normal_form(text: str) -> None:
    import unicodedata

    relaid = "\n " + re.sub(r"\s+", lambda m: m.group(0) + "\t\n", text) + "  "
    assert text_id(relaid) == text_id(text)
    assert text_id(unicodedata.normalize("NFD", text)) == text_id(text)


def test_html_paragraphs_are_set_apart_by_blank_lines(tmp_path: Path) -> None:
    [source] = read_path(write_html(tmp_path))
    lines = source.text.split("\n")
    # every paragraph trafilatura found is a block of its own, as in a pasted page
    assert all(line.strip() for line in lines[::2]) and not any(line for line in lines[1::2])
