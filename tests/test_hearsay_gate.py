"""The hearsay trace and the features of a hearsay candidate (benchmarks/hearsay_gate.py
measures a trained gate over them against the rules; the gate is not shipped)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from parley.extract import extract_statements
from parley.extract.hearsay_gate import candidate
from parley.extract.mentions import Mention, MentionKind

_TEXT = "Kyiv had rejected the plan, and Moscow said nothing."


def _mention(word: str, actor: str) -> Mention:
    at = _TEXT.index(word)
    return Mention(at, at + len(word), MentionKind.ACTOR, word, actor)


def _candidate(rules: str | None, own: frozenset[str]) -> tuple[str | None, tuple[str, ...]]:
    found = candidate(
        [_mention("Kyiv", "UKR"), _mention("Moscow", "RUS")],
        own,
        _TEXT,
        0,
        len(_TEXT),
        None,
        path="parse" if rules else "none",
        rules=rules,
        direct=False,
        event="REJECT",
        stance="oppose",
        sided=bool(own),
    )
    return found.party, found.features


def test_the_rules_about_is_the_candidate() -> None:
    party, feats = _candidate("RUS", frozenset({"UKR"}))
    assert party == "RUS"
    assert {"from:rules", "path:parse", "reported", "sided", "own_before"} <= set(feats)


def test_without_the_rules_the_first_other_party_is_the_candidate() -> None:
    party, feats = _candidate(None, frozenset({"RUS"}))
    assert party == "UKR"
    assert "from:rules" not in feats
    assert {"path:none", "mention:actor", "at:0", "parties:1", "own_named"} <= set(feats)


def test_no_feature_names_a_party() -> None:
    _, feats = _candidate(None, frozenset())
    assert not any(code in f for f in feats for code in ("UKR", "RUS", "Kyiv", "Moscow"))


def test_gate_round_trip_and_threshold() -> None:
    Gate = _benchmark().Gate
    gate = Gate({"path:parse": 2.0, "sideless": -3.0}, -0.5)
    again = Gate.from_dict(json.loads(json.dumps(gate.to_dict())))
    assert again == gate
    assert gate.keeps(["path:parse"]) and not gate.keeps(["path:parse", "sideless"])
    assert gate.probability([]) == pytest.approx(1 / (1 + 2.718281828**0.5))
    with pytest.raises(ValueError):
        Gate.from_dict({**gate.to_dict(), "format": 0})


def test_hearsay_is_traced_not_exported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trace = tmp_path / "trace.jsonl"
    monkeypatch.setenv("PARLEY_HEARSAY_TRACE", str(trace))
    found = extract_statements(
        "Title: t\n\nKYIV, May 4 (HD) - Talks resumed.\n\n"
        "Ukraine's foreign minister, Andrii Sybiha, said Moscow had rejected the ceasefire.\n"
    )
    rows = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [r["rules"] for r in rows] == [s.about for s in found] == ["RUS"]
    assert rows[0]["branch"] == "holder" and rows[0]["candidate"] == "RUS"
    assert "path:parse" in rows[0]["features"]
    # the statement keeps the schema's fields only
    assert not hasattr(found[0], "branch")


def _benchmark() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "hearsay_gate.py"
    spec = importlib.util.spec_from_file_location("hearsay_gate_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_benchmark_never_reads_the_hold_out_or_a_frozen_part() -> None:
    parts = {part for part, _ in _benchmark().DEV_SETS}
    assert not parts & {"test14", "test15", "test16", "test20", "test21", "seed"}
    assert {"negdev", "ukrdev", "test", "test13", "test17", "test19"} <= parts


def test_grouped_cross_validation_scores_each_negotiation_by_the_others() -> None:
    bench = _benchmark()
    # a feature that predicts the gold in every negotiation is learnt from the others
    rows = [
        {
            "group": g,
            "gold": "RUS" if good else None,
            "rules": "RUS",
            "candidate": "RUS",
            "features": ["good" if good else "bad"],
        }
        for g in ("a", "b", "c")
        for good in (True, True, False, False)
    ]
    result = bench.cross_validate(rows, c=10.0)
    assert result["rules"]["hit"] == 6 and result["rules"]["false"] == 6
    assert result["gate"]["hit"] == 6 and result["gate"]["false"] == 0
    # deterministic: the same rows, the same weights
    assert bench.fit(rows) == bench.fit(list(rows))
