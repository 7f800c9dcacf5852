"""Plans in the record: storing versions, reading them back, refusing bad ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import inspect

from db_snapshot import snapshot
from parley.errors import (
    PlanVersionExistsError,
    UnknownAnsweredPlanError,
    UnknownPlanError,
)
from parley.plans import Plan, PlanPoint, parse_plan
from parley.record import Record

TEXT = """\
Title: A draft
Outlet: Example Wire

Some preamble. [Editor's note: translated by us.]

1. First point.
2. Second point:
a) one
b) two
[A note on the second point.]
"""


def make(name: str = "plan", version: str = "v1", **kwargs) -> Plan:
    return parse_plan(TEXT, name=name, version=version, **kwargs)


def test_round_trip_keeps_every_field(fresh_db: Record) -> None:
    plan = make(proposer="USA", date="2025-11-20")
    stored = fresh_db.add_plan(plan)
    assert stored.id is not None
    again = fresh_db.plan("plan@v1")
    assert again == plan
    assert again.point("2") == PlanPoint(
        "2", "Second point:", ("one", "two"), ("A note on the second point.",)
    )
    assert again.notes == ["Editor's note: translated by us."]
    assert again.preamble == "Some preamble."
    assert again.date == dt.date(2025, 11, 20)
    assert again.to_dict()["points"][1] == {
        "number": "2", "text": "Second point:", "items": ["one", "two"],
        "notes": ["A note on the second point."],
    }  # fmt: skip


def test_versions_newest_by_date_then_insertion(fresh_db: Record) -> None:
    fresh_db.add_plan(make(version="b", date="2025-11-23"))
    fresh_db.add_plan(make(version="a", date="2025-11-20"))
    fresh_db.add_plan(make(version="c"))  # undated: not the newest
    fresh_db.add_plan(make(name="other", version="x", answers="plan@a"))
    assert fresh_db.plan("plan").version == "b"
    assert [p.version for p in fresh_db.plan_versions("plan")] == ["a", "b", "c"]
    assert [p.ref for p in fresh_db.plans()] == ["other@x", "plan@a", "plan@b", "plan@c"]
    assert fresh_db.plan("other").answers == "plan@a"
    fresh_db.add_plan(make(version="d", date="2025-11-23"))  # same date: later insertion wins
    assert fresh_db.plan("plan").version == "d"


def test_answers_by_name_alone_resolves_to_the_newest_version(fresh_db: Record) -> None:
    fresh_db.add_plan(make(version="a", date="2025-11-20"))
    stored = fresh_db.add_plan(make(name="counter", version="1", answers="plan"))
    assert stored.answers == "plan@a"


def test_bad_plans_store_nothing(fresh_db: Record, tmp_path: Path) -> None:
    fresh_db.add_plan(make())
    before = snapshot(tmp_path / "fresh.db")
    with pytest.raises(PlanVersionExistsError) as exists:
        fresh_db.add_plan(make(), path="again.txt")
    assert exists.value.path == "again.txt" and exists.value.code == "E403"
    with pytest.raises(UnknownAnsweredPlanError) as unknown:
        fresh_db.add_plan(make(version="v2", answers="nothing@v9"), path="x.txt")
    assert "nothing@v9" in unknown.value.message and unknown.value.code == "E404"
    assert snapshot(tmp_path / "fresh.db") == before


def test_unknown_refs_name_what_is_stored(fresh_db: Record) -> None:
    with pytest.raises(UnknownPlanError, match="no plans are stored"):
        fresh_db.plan("plan")
    fresh_db.add_plan(make())
    with pytest.raises(UnknownPlanError, match=r"versions of plan: v1"):
        fresh_db.plan("plan@v2")
    with pytest.raises(UnknownPlanError, match=r"stored plans: plan"):
        fresh_db.plan("nope")


def test_tables_and_constraints(fresh_db: Record) -> None:
    inspector = inspect(fresh_db.engine)
    assert {"plans", "plan_points"} <= set(inspector.get_table_names())
    uniques = {tuple(u["column_names"]) for u in inspector.get_unique_constraints("plan_points")}
    assert ("plan_id", "number") in uniques
    foreign = inspector.get_foreign_keys("plan_points")[0]
    assert foreign["referred_table"] == "plans" and foreign["options"].get("ondelete") == "CASCADE"
