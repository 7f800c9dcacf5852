"""The agreement script of the negotiation corpus (tests/data/negotiations/agreement.py):
blinding, pairing by span, and the agreement arithmetic, on a small made-up example."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parent / "data" / "negotiations" / "agreement.py"


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    spec = importlib.util.spec_from_file_location("negotiation_agreement", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def line(start: int, **coded: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "source": "toy",
        "start": start,
        "end": start + 5,
        "text": f"words {start}",
        "direct": False,
        "cue": "said",
        "speaker": None,
        "actor": "AAA",
        "event": None,
        "targets": [],
        "stance": None,
        "about": None,
    }
    row.update(coded)
    return row


# Four required statements and one optional one, coded twice.
FIRST = [
    line(0, event="AGREE", stance="support"),
    line(10, event="REJECT", stance="oppose", targets=["BBB"]),
    line(20, event="ACCUSE", about="BBB"),
    line(30, event=None, actor=None),
    line(40, event="THREATEN", optional=True),
]
SECOND = [  # in another order: pairing goes by span, not by position
    line(30, event="CONSULT", actor="AAA", required=True),
    line(20, event="ACCUSE", about="bbb", required=True),
    line(10, event="REJECT", stance="mixed", targets=["bbb"], required=True),
    line(0, event="CONSULT", stance="support", required=True),
    line(40, event="AGREE", required=False),
]


def test_blind_row_keeps_only_the_uncoded_fields(agreement: ModuleType) -> None:
    blind = agreement.blind_row(FIRST[4])
    assert list(blind) == list(agreement.BLIND_FIELDS)
    assert blind["required"] is False
    assert agreement.blind_row(FIRST[0])["required"] is True
    assert not set(agreement.CODED_FIELDS) & set(blind)


def test_pairs_required_statements_by_span(agreement: ModuleType) -> None:
    pairs = agreement.pair_rows("toy", "dev", FIRST, SECOND)
    assert [p.first["start"] for p in pairs] == [0, 10, 20, 30]
    assert all(p.first["start"] == p.second["start"] for p in pairs)
    with pytest.raises(ValueError):
        agreement.pair_rows("toy", "dev", FIRST, SECOND[1:])


def test_agreement_arithmetic(agreement: ModuleType) -> None:
    result = agreement.agreement(agreement.pair_rows("toy", "dev", FIRST, SECOND))
    assert result["statements"] == 4
    assert result["actor"] == 0.75  # null against AAA on the fourth
    assert result["event"] == 0.5  # AGREE/CONSULT and null/CONSULT differ
    assert (result["event, gold set"], result["event, gold set n"]) == (round(2 / 3, 3), 3)
    assert (result["event, both set"], result["event, both set n"]) == (round(2 / 3, 3), 3)
    assert result["stance"] == 0.75
    assert (result["stance, gold set"], result["stance, gold set n"]) == (0.5, 2)
    assert result["about"] == 1.0  # codes compare case-blind
    assert (result["about, either set"], result["about, either set n"]) == (1.0, 1)
    assert (result["about, gold set"], result["about, gold set n"]) == (1.0, 1)
    assert result["targets"] == 1.0
    # event labels (first, second): AGREE/CONSULT, REJECT/REJECT, ACCUSE/ACCUSE, -/CONSULT:
    # observed 2/4; expected: only REJECT and ACCUSE are in both margins, 1 * 1 each, / 16
    assert result["kappa event"] == round((0.5 - 2 / 16) / (1 - 2 / 16), 3) == 0.429


def test_kappa(agreement: ModuleType) -> None:
    assert agreement.kappa([("A", "A"), ("B", "B")]) == 1.0
    assert agreement.kappa([("A", "B"), ("B", "A")]) == -1.0
    assert agreement.kappa([("A", "A"), ("A", "A")]) is None  # one label: undefined
    assert agreement.kappa([]) is None


def test_compare_end_to_end(agreement: ModuleType, tmp_path: Path) -> None:
    gold_dir, second_dir = tmp_path / "dev", tmp_path / "second"
    gold_dir.mkdir()
    second_dir.mkdir()
    (gold_dir / "toy.gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FIRST))
    (gold_dir / "toy.txt").write_text("x")
    (second_dir / "toy.second.jsonl").write_text("".join(json.dumps(r) + "\n" for r in SECOND))
    blind = agreement.write_blind(agreement.choose([gold_dir], every=1), tmp_path / "blind")
    starts = [json.loads(x)["start"] for x in blind[0].read_text().splitlines()]
    assert starts == [0, 10, 20, 30, 40]
    out = agreement.compare([gold_dir], second_dir, None, show_diffs=True)
    all_row = next(x for x in out if x.startswith("| all |"))
    assert all_row.split(" | ")[1:4] == ["1", "4", "0.750"]
    assert any("event AGREE/CONSULT" in x for x in out)
