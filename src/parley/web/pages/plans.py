"""Plans: their versions, the diff between any two side by side, the position matrix."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from parley.errors import ParleyError
from parley.plans.diff import diff_plans
from parley.plans.model import Plan
from parley.web.context import cache_of, clean, record_of, render
from parley.web.plan_view import diff_rows, position_matrix

router = APIRouter(include_in_schema=False)


@router.get("/plans", response_class=HTMLResponse)
def plan_list(request: Request) -> HTMLResponse:
    return render(request, "plans.html", {"plans": record_of(request).plans()})


def find_plan(request: Request, ref: str) -> Plan:
    try:
        return record_of(request).plan(ref)
    except ParleyError as exc:
        raise HTTPException(404, exc.message) from None


def default_pair(plan: Plan, plans: list[Plan]) -> tuple[str | None, str]:
    """The two versions the plan page compares first: the plan it answers (or its previous
    version) against it; else it against a plan that answers it (or its next version)."""
    if plan.answers:
        answered = [p for p in plans if p.ref == plan.answers or p.name == plan.answers]
        if answered:
            return answered[-1].ref, plan.ref
    versions = [p.ref for p in plans if p.name == plan.name]
    at = versions.index(plan.ref) if plan.ref in versions else -1
    if at > 0:
        return versions[at - 1], plan.ref
    answers = [p.ref for p in plans if p.answers in (plan.ref, plan.name)]
    if answers:
        return plan.ref, answers[0]
    if 0 <= at < len(versions) - 1:
        return plan.ref, versions[at + 1]
    return None, plan.ref


@router.get("/plans/{ref}", response_class=HTMLResponse)
def plan_page(
    request: Request, ref: str, base: str | None = None, other: str | None = None
) -> HTMLResponse:
    """``base`` and ``other``: the two versions to diff (default: the one this answers, or
    the previous version, against this one)."""
    record = record_of(request)
    plan = find_plan(request, ref)
    plans = record.plans()
    left_ref, right_ref = default_pair(plan, plans)
    if clean(base) or clean(other):
        left_ref, right_ref = clean(base) or plan.ref, clean(other) or plan.ref
    context: dict[str, Any] = {
        "plan": plan,
        "plans": plans,
        "versions": [p for p in plans if p.name == plan.name],
        "answered_by": [p for p in plans if p.answers in (plan.ref, plan.name)],
        "base": left_ref,
        "other": right_ref,
        "diff": None,
    }
    if left_ref and left_ref != right_ref:
        a, b = find_plan(request, left_ref), find_plan(request, right_ref)
        found = diff_plans(a, b)
        context["diff"] = {
            "from": a,
            "to": b,
            "rows": diff_rows(found, a, b),
            "counts": found.counts(),
        }
    positions = cache_of(request).positions(plan=plan.ref)
    context["matrix"] = position_matrix(plan, positions)
    return render(request, "plan.html", context)
