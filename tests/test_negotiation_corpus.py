"""The annotated corpus of other negotiations (tests/data/negotiations) is well formed.

Every article has a gold file and the other way round; every gold line carries all
fields of the statement record (../shared/spec/statements.md) with the right types;
its offsets point at its text in the article as read; event types are PLOVER types
and actor codes are upper case. A failure names the file and line.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).resolve().parent / "data" / "negotiations"
SPLITS = ("dev", "test", "test2")
HEADER = re.compile(r"\ATitle: .+\nURL: https?://\S+\nOutlet: .+\nPublished: \S+\n\n", re.M)
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
FIELDS: dict[str, type | tuple[type, ...]] = {
    "source": str,
    "start": int,
    "end": int,
    "text": str,
    "direct": bool,
    "cue": str,
    "speaker": (str, type(None)),
    "actor": (str, type(None)),
    "event": (str, type(None)),
    "targets": list,
    "stance": (str, type(None)),
    "about": (str, type(None)),
}
STANCES = {None, "support", "oppose", "mixed"}
# The PLOVER event types of the spec, written out here so that the data is checked
# against the spec and not against whatever the extractor declares.
EVENT_TYPES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)


def _articles() -> list[Path]:
    return sorted(p for split in SPLITS for p in (CORPUS / split).glob("*.txt"))


def test_corpus_is_there() -> None:
    assert len(list((CORPUS / "dev").glob("*.txt"))) >= 8


def test_every_article_has_gold_and_every_gold_an_article() -> None:
    for split in SPLITS:
        texts = {p.name.removesuffix(".txt") for p in (CORPUS / split).glob("*.txt")}
        golds = {p.name.removesuffix(".gold.jsonl") for p in (CORPUS / split).glob("*.gold.jsonl")}
        assert texts == golds, f"{split}: unpaired {sorted(texts ^ golds)}"


def test_a_name_is_in_one_split_only() -> None:
    names = [p.stem for split in SPLITS for p in (CORPUS / split).glob("*.txt")]
    assert len(names) == len(set(names))


def test_the_second_frozen_part_covers_new_negotiations() -> None:
    """test2/ holds at least 12 articles, two or more on each of at least six
    negotiations (prefixes) that dev/ and test/ did not cover when it was frozen."""
    old = {
        "drc",
        "thkh",
        "indpak",
        "sudan",
        "plastics",
        "gaza",
        "uschina",
        "iran",
        "armaz",
        "labour",
    }
    prefixes: dict[str, int] = {}
    for p in (CORPUS / "test2").glob("*.txt"):
        prefix = p.stem.split("-", 1)[0]
        prefixes[prefix] = prefixes.get(prefix, 0) + 1
    assert sum(prefixes.values()) >= 12
    assert not set(prefixes) & old
    assert len([n for n in prefixes.values() if n >= 2]) >= 6


@pytest.mark.parametrize("article", _articles(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_lines_are_well_formed(article: Path) -> None:
    name = article.name.removesuffix(".txt")
    assert NAME.match(name), f"{article}: name must be lower case words joined by hyphens"
    text = article.read_text(encoding="utf-8")
    assert HEADER.match(text), (
        f"{article}: header must be Title/URL/Outlet/Published then a blank line"
    )
    body_start = HEADER.match(text).end()  # type: ignore[union-attr]
    gold = article.with_name(f"{name}.gold.jsonl")
    lines = [ln for ln in gold.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert lines, f"{gold}: no statements"
    for n, line in enumerate(lines, 1):
        where = f"{gold}:{n}"
        row = json.loads(line)
        for field, kind in FIELDS.items():
            assert field in row, f"{where}: missing {field}"
            assert isinstance(row[field], kind), (
                f"{where}: {field} has type {type(row[field]).__name__}"
            )
        assert not isinstance(row["start"], bool) and not isinstance(row["end"], bool), where
        assert set(row) <= set(FIELDS) | {"optional"}, (
            f"{where}: unknown fields {set(row) - set(FIELDS)}"
        )
        assert row["source"] == name, f"{where}: source {row['source']!r} is not {name!r}"
        assert body_start <= row["start"] < row["end"] <= len(text), (
            f"{where}: offsets out of the body"
        )
        assert text[row["start"] : row["end"]] == row["text"], (
            f"{where}: text is not file_text[start:end]"
        )
        assert row["text"] == row["text"].strip() and row["cue"].strip(), f"{where}: text or cue"
        assert row["event"] is None or row["event"] in EVENT_TYPES, (
            f"{where}: event {row['event']!r}"
        )
        assert row["stance"] in STANCES, f"{where}: stance {row['stance']!r}"
        for code in [row["actor"], row["about"], *row["targets"]]:
            assert code is None or (isinstance(code, str) and CODE.match(code)), (
                f"{where}: code {code!r}"
            )
        assert row["speaker"] is None or row["speaker"].strip() == row["speaker"] != "", where
        assert row.get("optional", False) in (True, False), where


# Further checks through tests/data/negotiations/validate.py (also a script):
# actor codes known to the gazetteer or declared as non-state codes, cues that
# occur in the article, every article listed in the corpus README.
SPEC = CORPUS.parents[2] / ".." / "shared" / "spec" / "statements.md"


def _validator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("negotiation_validate", CORPUS / "validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


validate = _validator()


@pytest.mark.parametrize("article", _articles(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_validator_passes(article: Path) -> None:
    assert validate.check_article(article, validate.known_codes()) == []


def test_every_article_is_listed_in_the_readme() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    missing = [a.stem for a in _articles() if f"`{a.stem}`" not in readme]
    assert missing == []


def test_non_state_codes_are_documented() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    missing = [code for code in validate.NON_STATE_CODES if f"`{code}`" not in readme]
    assert missing == []


@pytest.mark.skipif(not SPEC.exists(), reason="../shared/spec is not beside the repository")
def test_event_types_are_the_spec_list() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    section = spec.split("## PLOVER event types", 1)[1].split("as defined", 1)[0]
    assert frozenset(re.findall(r"[A-Z]{3,}", section)) == EVENT_TYPES == validate.EVENT_TYPES


def test_validator_catches_a_bad_line(tmp_path: Path) -> None:
    article = tmp_path / "x-demo.txt"
    text = "Title: t\nURL: u\nOutlet: o\nPublished: 2025-01-01T00:00:00+00:00\n\nHe said peace.\n"
    article.write_text(text, encoding="utf-8")
    row = {
        "source": "x-demo",
        "start": text.index("peace"),
        "end": text.index("peace") + 5,
        "text": "peace",
        "direct": False,
        "cue": "said",
        "speaker": None,
        "actor": "usa",
        "event": "STATEMENT",
        "targets": [],
        "stance": None,
        "about": None,
    }
    (tmp_path / "x-demo.gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    problems = validate.check_dir(tmp_path)
    assert any("upper-case actor code" in p for p in problems)
    assert any("not a PLOVER type" in p for p in problems)
    row.update(actor="USA", event="AGREE", start=row["start"] + 1)
    (tmp_path / "x-demo.gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert any("does not match" in p for p in validate.check_dir(tmp_path))
    row.update(start=row["start"] - 1, actor="XYZ")
    (tmp_path / "x-demo.gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert any("neither in the gazetteer" in p for p in validate.check_dir(tmp_path))
