"""The bundled plans: complete, with their metadata, loadable in manifest order."""

from __future__ import annotations

from parley.plans import add_bundled_plans, bundled_plans
from parley.record import Record


def test_every_bundled_plan_has_its_metadata() -> None:
    plans = {plan.ref: plan for plan in bundled_plans()}
    assert list(plans) == [
        "us-plan@28-points",
        "european-plan@counter-proposal",
        "us-plan@geneva-19-points",
        "ukraine-plan@20-points",
    ]
    expected = {
        "us-plan@28-points": ("USA", "2025-11-20", None, 28),
        "european-plan@counter-proposal": ("EUR", "2025-11-23", "us-plan@28-points", 28),
        "us-plan@geneva-19-points": ("USA", "2025-11-23", None, 19),
        "ukraine-plan@20-points": ("UKR", "2025-12-23", "us-plan@geneva-19-points", 20),
    }
    for ref, (proposer, date, answers, size) in expected.items():
        plan = plans[ref]
        assert (plan.proposer, plan.date.isoformat(), plan.answers) == (proposer, date, answers)
        assert [p.number for p in plan.points] == [str(n) for n in range(1, size + 1)]
        assert plan.title and plan.outlet and len(plan.reported_by) >= 3
        assert plan.notes and "own words" in plan.notes[0]  # says where the text comes from
        assert all(point.text for point in plan.points)


def test_the_draft_and_its_counter_proposal_on_the_army_cap() -> None:
    plans = {plan.ref: plan for plan in bundled_plans()}
    assert "600,000" in plans["us-plan@28-points"].point(6).text
    european = plans["european-plan@counter-proposal"].point(6)
    assert "800,000" in european.text and european.notes


def test_add_bundled_plans_is_idempotent(fresh_db: Record) -> None:
    first = add_bundled_plans(fresh_db)
    assert len(first.added) == 4 and not first.present
    second = add_bundled_plans(fresh_db)
    assert not second.added and len(second.present) == 4
    assert fresh_db.plan("ukraine-plan").answers == "us-plan@geneva-19-points"
