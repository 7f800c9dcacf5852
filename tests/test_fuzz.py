"""Property-based fuzzing: arbitrary text, bytes and JSON never end in a traceback.

Each reader either returns a result or raises a coded :class:`ParleyError`; every
statement the extractor returns satisfies ``text == source[start:end]``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from parley.analysis.scenario import scenario_from_dict, scenario_from_json
from parley.cli import app
from parley.errors import InputError, ParleyError, ParleyWarning, ScenarioError
from parley.extract import extract_statements
from parley.plans import parse_plan
from parley.sources import read_path, read_published

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Pieces of news text that steer the extractor into its branches: quotation marks of every
# kind, cues, names, titles, abbreviations, headers, captions, odd whitespace.
FRAGMENTS = [
    '"', "“", "”", "‘", "’", "«", "»", "„", "'", " said", " told reporters", " added",
    " warned", " according to ", "According to ", " said:", " is quoted as saying",
    "Putin", "Vladimir Putin", "Zelensky", "Peskov", "the Kremlin", "Moscow", "Kyiv",
    "the German chancellor", "the president", "officials", "He", " he ", "she", "they",
    "Mr.", "U.S.", "Sept.", "J. D. Vance", "No.", "e.g.", ". ", "! ", "? ", "...", ";", ":",
    ",", " — ", "–", "(", ")", "[", "]", "\n", "\n\n", "\r\n", "\r", "\t", "  ", "\u00a0",
    "\u200b", "\ufeff", "é", "ğ", "Ж", "中文", "🙂", "Title: A\n", "Published: yesterday\n",
    "Published: 2025-11-24\n", "Retrieved: 2025-11-24\n", "URL: http://x\n", "\n\nBody",
    "(AFP Photo)", "Getty Images", "Share on Facebook", "MOSCOW, Nov 24 — ", "1.", "2)",
    "we reject", "ready to talk", "the plan", "28-point", "NATO", "Europe's",
]  # fmt: skip
fragments = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=80).map(
    "".join
)
texts = st.one_of(st.text(max_size=300), fragments)
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=20,
)


def check_statements(text: str) -> None:
    for statement in extract_statements(text, source="fuzz"):
        assert 0 <= statement.start <= statement.end <= len(text)
        assert text[statement.start : statement.end] == statement.text
        json.dumps(statement.to_dict())


@FUZZ
@given(texts)
def test_the_extractor_returns_exact_offsets_on_any_text(text: str) -> None:
    check_statements(text)


@FUZZ
@given(
    st.lists(st.sampled_from(FRAGMENTS), min_size=20, max_size=200).map("".join),
    st.sampled_from([" ", "\n", "\n\n", ""]),
)
def test_the_extractor_on_long_runs_of_news_pieces(text: str, joiner: str) -> None:
    check_statements(joiner.join(text.split(" ")))


@FUZZ
@given(data=st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8")),
       suffix=st.sampled_from([".txt", ".html", ".jsonl"]))  # fmt: skip
def test_the_source_readers_read_or_refuse_any_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    try:
        sources = list(read_path(path, max_bytes=10_000))
    except InputError as exc:
        assert exc.code.startswith("E1") and str(path) in str(exc)
        return
    assert sources
    for source in sources:
        assert all(isinstance(w, ParleyWarning) for w in source.warnings)
        if suffix == ".txt":
            assert source.text == path.read_text(encoding="utf-8")  # offsets index the file
        check_statements(source.text)


@FUZZ
@given(st.lists(json_values | st.text(max_size=30), min_size=1, max_size=6))
def test_jsonl_records_of_any_json(tmp_path_factory: pytest.TempPathFactory, values) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "records.jsonl"
    lines = [v if isinstance(v, str) else json.dumps(v) for v in values]
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        sources = list(read_path(path))
    except InputError as exc:
        assert str(path) in str(exc)
        return
    for source in sources:
        assert isinstance(source.text, str) and source.text.strip()


@FUZZ
@given(
    st.fixed_dictionaries(
        {"text": texts.filter(str.strip)},
        optional={"published": json_values | texts, "retrieved": json_values | texts,
                  "title": json_values, "id": json_values},
    )
)  # fmt: skip
def test_jsonl_metadata_of_any_shape(tmp_path_factory: pytest.TempPathFactory, record) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    try:
        [source] = read_path(path)
    except InputError:
        return
    assert source.published is None or source.published.year >= 1


@FUZZ
@given(texts)
def test_dates_read_or_warn(value: str) -> None:
    try:
        read_published(value)
    except ParleyWarning as warning:
        assert warning.code in ("W101", "W102")


@FUZZ
@given(texts)
def test_the_scenario_loader_on_any_text(text: str) -> None:
    try:
        scenario_from_json(text, source="fuzz.json")
    except ScenarioError as exc:
        assert exc.code.startswith("E2")


def scenario_like() -> st.SearchStrategy[dict]:
    """Objects shaped like scenarios, with any values in the places that matter."""
    point = st.fixed_dictionaries(
        {"id": json_values | st.sampled_from(["p1", "p2"])},
        optional={"options": json_values | st.lists(st.sampled_from(["a", "b"]), max_size=3),
                  "label": json_values},
    )  # fmt: skip
    party = st.fixed_dictionaries(
        {"id": json_values | st.sampled_from(["RUS", "UKR"])},
        optional={"weights": json_values, "values": json_values, "reservation": json_values,
                  "red_lines": json_values},
    )  # fmt: skip
    return st.fixed_dictionaries(
        {"points": st.lists(point, max_size=3) | json_values,
         "parties": st.lists(party, max_size=3) | json_values},
        optional={"name": json_values},
    )  # fmt: skip


@FUZZ
@given(json_values | scenario_like())
def test_the_scenario_loader_on_any_json(data) -> None:
    try:
        scenario = scenario_from_dict(data, source="fuzz.json")
    except ScenarioError:
        return
    assert scenario is not None


PLAN_PIECES = [
    "1. ", "2. ", "12) ", "a) ", "- ", "• ", "Point 3: ", "\n", "\n\n", "Ed.", "(Note: x)",
    "Title: Plan\n", "Date: yesterday\n", "Answers: x@y\n", "word ", "Russia will ",
    "Ukraine shall ", ".",
]  # fmt: skip


@FUZZ
@given(st.one_of(texts, st.lists(st.sampled_from(PLAN_PIECES), max_size=60).map("".join)))
def test_the_plan_parser_on_any_text(text: str) -> None:
    try:
        plan = parse_plan(text, name="fuzz", version="v1", path="fuzz.txt")
    except ParleyError as exc:
        assert exc.code.startswith("E4")
        return
    assert plan.points


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=300) | texts.map(lambda t: t.encode("utf-8")),
       suffix=st.sampled_from([".txt", ".html", ".jsonl"]))  # fmt: skip
def test_ingest_of_any_file_ends_with_its_summary(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / f"input{suffix}").write_bytes(data)
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(folder / "f.db")])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "failed: " in result.stdout and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert all(line.rstrip().endswith("]") for line in errors)
    assert not math.isnan(len(errors))


def test_fuzz_strategies_reach_the_extractor() -> None:
    """The fragments do make statements, so the offset property is really exercised."""
    text = '"We reject the plan," Putin said. Zelensky told reporters that Kyiv was ready to talk.'
    assert len(extract_statements(text)) >= 2


def test_paths_in_errors_are_the_files(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError) as caught:
        list(read_path(path))
    assert caught.value.path == str(path)
