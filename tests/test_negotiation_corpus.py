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
# tests/data/negotiations/validate.py (also a script) holds the parts and the checks (below)


def _validator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("negotiation_validate", CORPUS / "validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


validate = _validator()
SPLITS = validate.SPLITS


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
    prefixes = _prefix_counts("test2")
    assert sum(prefixes.values()) >= 12
    assert not set(prefixes) & old
    assert len([n for n in prefixes.values() if n >= 2]) >= 6


def _prefix_counts(split: str) -> dict[str, int]:
    """Articles per negotiation (name prefix) in one split."""
    counts: dict[str, int] = {}
    for p in (CORPUS / split).glob("*.txt"):
        prefix = p.stem.split("-", 1)[0]
        counts[prefix] = counts.get(prefix, 0) + 1
    return counts


# each later part against every part before it in validate.SPLITS: how many ``ukr-``
# articles it holds (test3, test4 and test13 to test18: four; test19 and test20, of longer
# articles: two; test21 to test61: three; the others five), how many articles on new negotiations
# (test20: eight, the others ten), and on how many new negotiations it has two or more
# articles (test19 and test20: four, the others five)
_UKRAINE_ARTICLES = {
    "test3": 4,
    "test4": 4,
    "test19": 2,
    "test20": 2,
    "test21": 3,
    "test22": 3,
    "test23": 3,
    "test24": 3,
    "test25": 3,
    "test26": 3,
    "test27": 3,
    "test28": 3,
    "test29": 3,
    "test30": 3,
    "test31": 3,
    "test32": 3,
    "test33": 3,
    "test34": 3,
    "test35": 3,
    "test36": 3,
    "test37": 3,
    "test38": 3,
    "test39": 3,
    "test40": 3,
    "test41": 3,
    "test42": 3,
    "test43": 3,
    "test44": 3,
    "test45": 3,
    "test46": 3,
    "test47": 3,
    "test48": 3,
    "test49": 3,
    "test50": 3,
    "test51": 3,
    "test52": 3,
    "test53": 3,
    "test54": 3,
    "test55": 3,
    "test56": 3,
    "test57": 3,
    "test58": 3,
    "test59": 3,
    "test60": 3,
    "test61": 3,
} | {f"test{i}": 4 for i in range(13, 19)}
_LONGER = ("test19", "test20")
_LATER = [
    (
        split,
        validate.SPLITS[: validate.SPLITS.index(split)],
        _UKRAINE_ARTICLES.get(split, 5),
        4 if split in _LONGER else 5,
        8 if split == "test20" else 10,
    )
    for split in validate.SPLITS[validate.SPLITS.index("test3") :]
]


@pytest.mark.parametrize(
    ("split", "earlier", "ukraine_articles", "negotiations", "articles"), _LATER
)
def test_a_later_frozen_part_covers_new_negotiations_and_the_ukraine_plan(
    split: str, earlier: tuple[str, ...], ukraine_articles: int, negotiations: int, articles: int
) -> None:
    """test3/ to test61/ each hold at least 10 articles (test20: 8) on negotiations that no
    earlier part covers, two or more on each of at least five (test19 and test20, of longer
    articles: four), and ``ukr-`` articles on the Ukraine plan (see _UKRAINE_ARTICLES)."""
    others: set[str] = set()
    for part in earlier:
        others |= set(_prefix_counts(part))
    prefixes = _prefix_counts(split)
    ukraine = prefixes.pop("ukr", 0)
    assert ukraine >= ukraine_articles
    assert sum(prefixes.values()) >= articles
    assert not set(prefixes) & others
    assert len([n for n in prefixes.values() if n >= 2]) >= negotiations


# The checks of every article and gold line are those of tests/data/negotiations/validate.py
# (also a script): header, name, every field of the statement record with its type,
# offsets in the body that point at the text, PLOVER types, stances, actor codes known to
# the gazetteer or declared as non-state codes, cues that occur in the article.
SPEC = CORPUS.parents[2] / ".." / "shared" / "spec" / "statements.md"


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
    assert frozenset(re.findall(r"[A-Z]{3,}", section)) == validate.EVENT_TYPES


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
    assert any("not an http(s) URL" in p for p in validate.check_dir(tmp_path))
    row.update(actor="USA", speaker=" Putin", start=text.index("said"), end=text.index("said") + 4)
    row.update(text="said")
    (tmp_path / "x-demo.gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert any("white space" in p for p in validate.check_dir(tmp_path))
    row.update(speaker=None, start=0, end=5, text="Title")
    (tmp_path / "x-demo.gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert any("outside the body" in p for p in validate.check_dir(tmp_path))
    (tmp_path / "x-demo.gold.jsonl").write_text("\n", encoding="utf-8")
    assert any("no statements" in p for p in validate.check_dir(tmp_path))
