"""Linking statements to plans and points: methods, the labelled set, plan and version rules."""

from __future__ import annotations

from datetime import date

import pytest

from links_eval import DATA, labelled_plan, score
from parley.plans import links
from parley.plans.model import Plan, PlanPoint
from parley.positions.model import LinkMethod


def test_labelled_set_precision_and_recall() -> None:
    # tests/data/links/labelled.jsonl chose the thresholds (docs/positions.md); this holds them.
    s = score(DATA / "links" / "labelled.jsonl")
    assert s.precision >= 0.9 and s.recall >= 0.85 and s.plan_accuracy >= 0.9


@pytest.mark.parametrize(
    ("text", "points", "method"),
    [
        ("Point 7 is unacceptable", {"7"}, LinkMethod.EXPLICIT),
        ("points 21 to 23 are the hardest", {"21", "22", "23"}, LinkMethod.EXPLICIT),
        ("the seventh point must go", {"7"}, LinkMethod.EXPLICIT),
        ("the 600,000 troop cap leaves us defenceless", {"6"}, LinkMethod.NUMBER),
        ("the amnesty would let war criminals walk free", {"26"}, LinkMethod.REFERENCE),
        ("the clause on NATO membership cannot be accepted", {"7"}, LinkMethod.REFERENCE),
        (
            "lifting sanctions before any withdrawal would be a mistake",
            {"13"},
            LinkMethod.SIMILARITY,
        ),
    ],
)
def test_methods(text: str, points: set[str], method: LinkMethod) -> None:
    found = links.link_points(links.PointIndex(labelled_plan()), text)
    assert {p for p, *_ in found} == points
    assert {m for _, m, *_ in found} == {method}
    assert all(reason for *_, reason in found)


def _plan(
    name: str, version: str, day: date, n: int, proposer: str, answers: str | None = None
) -> Plan:
    points = [PlanPoint(str(k), f"point {k} about topic{k}") for k in range(1, n + 1)]
    return Plan(
        name=name, version=version, points=points, proposer=proposer, date=day, answers=answers
    )


PLANS = links.PlanSet([
    _plan("us-plan", "28-point", date(2025, 11, 20), 28, "USA"),
    _plan("us-plan", "geneva", date(2025, 11, 24), 19, "USA"),
    _plan("eu-counter", "1", date(2025, 11, 23), 24, "EUR", answers="us-plan@28-point"),
])  # fmt: skip


def test_version_by_number_of_points_else_newest_dated_on_or_before_the_source() -> None:
    assert PLANS.version("us-plan", "the 28-point plan", date(2025, 11, 30)).version == "28-point"
    assert PLANS.version("us-plan", "the nineteen-point text", None).version == "geneva"
    assert PLANS.version("us-plan", "the plan", date(2025, 11, 22)).version == "28-point"
    assert PLANS.version("us-plan", "the plan", date(2025, 11, 25)).version == "geneva"
    assert PLANS.version("us-plan", "the plan", date(2025, 11, 1)).version == "28-point"
    assert PLANS.version("us-plan", "the plan", None).version == "geneva"


def test_which_plan_a_text_speaks_of() -> None:
    assert PLANS.identify("the American proposal")[0] == "us-plan"
    assert PLANS.identify("the European counter-proposal")[0] == "eu-counter"
    assert PLANS.identify("a 24-point text")[0] == "eu-counter"
    assert PLANS.identify("prices have kept rising")[0] is None


def test_whole_plan_and_context_links() -> None:
    source = "Officials discussed the American plan. Ukraine is against it. It rained."
    inputs = [
        links.LinkInput(1, 0, 10, "this plan is a good basis", "support", "SUPPORT"),
        links.LinkInput(2, 0, 10, "Ukraine is against it", "oppose", "REJECT"),
        links.LinkInput(3, 0, 10, "the weather was fine", None, None),
    ]
    found = links.link_source(PLANS, source, date(2025, 11, 21), inputs)
    assert [(x.statement_id, x.plan, x.point, x.method) for x in found] == [
        (1, "us-plan@28-point", None, LinkMethod.PLAN),
        (2, "us-plan@28-point", None, LinkMethod.CONTEXT),
    ]
