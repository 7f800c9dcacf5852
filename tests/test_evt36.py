"""evt36: a part's negotiations can be left out of training (``EVENT_ONLY_LEAVE_OUT``); test43
and test44 without their Ukraine articles were measured and not kept, so nothing is left out
and test45 and test46 train neither model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.extract import train
from training_helpers import event_cv


def _article(folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text("Title\n\nThe minister said talks would resume.\n", "utf-8")
    row = {"event": "CONSULT", "stance": "neutral", "text": "talks would resume"}
    (folder / f"{name}.gold.jsonl").write_text(json.dumps(row) + "\n", "utf-8")


def test_a_parts_left_out_negotiation_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    part = tmp_path / "tests/data/negotiations/test90"
    _article(part, "ukr-wire-a-ceasefire-proposal")
    _article(part, "portdeal-wire-dockers-vote-on-offer")
    monkeypatch.setattr(train, "SOURCES", ())
    monkeypatch.setattr(train, "SPENT", ())
    monkeypatch.setattr(train, "EVENT_ONLY_PARTS", {"test90": 0.25})
    monkeypatch.setattr(train, "EVENT_ONLY_LEAVE_OUT", {"test90": frozenset({train.UKRAINE})})
    read = train.corpus(tmp_path, spent=True)
    assert [(a.name, a.group, a.part) for a in read] == [
        ("portdeal-wire-dockers-vote-on-offer", "portdeal", "test90")
    ]
    monkeypatch.setattr(train, "EVENT_ONLY_LEAVE_OUT", {})
    assert {a.group for a in train.corpus(tmp_path, spent=True)} == {"portdeal", train.UKRAINE}


def test_nothing_is_left_out_in_the_shipped_configuration() -> None:
    assert train.EVENT_ONLY_LEAVE_OUT == {}


def test_test45_and_test46_train_neither_model() -> None:
    spent = {p.rsplit("/", 1)[1] for p in train.SPENT}
    trained = spent | set(train.EVENT_ONLY_PARTS) | set(train.STANCE_PART_WEIGHTS)
    assert not {"test45", "test46"} & trained
    assert "tests/data/negotiations/test46" in event_cv().FRESH
