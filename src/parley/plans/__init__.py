"""Plans: versions of a proposal, their numbered points, and diffs between them.

>>> plan = parse_plan(text, name="us-plan", version="28-points")      # doctest: +SKIP
>>> record.add_plan(plan)                                              # doctest: +SKIP
>>> diff_plans(record.plan("us-plan@28-points"), record.plan("european-plan"))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.lazy import lazy_exports
from parley.plans.corpus import BundledReport, add_bundled_plans, bundled_plans
from parley.plans.model import Plan, PlanPoint, check_label, parse_plan_ref
from parley.plans.parse import parse_date, parse_plan, parse_points

if TYPE_CHECKING:
    from parley.plans.diff import ChangeKind, PlanDiff, PointChange, diff_plans

__all__ = [
    "BundledReport",
    "ChangeKind",
    "Plan",
    "PlanDiff",
    "PlanPoint",
    "PointChange",
    "add_bundled_plans",
    "bundled_plans",
    "check_label",
    "diff_plans",
    "parse_date",
    "parse_plan",
    "parse_plan_ref",
    "parse_points",
]

# The diff loads numpy, scipy and rapidfuzz: imported on first use only.
_LAZY = {
    name: "parley.plans.diff" for name in ("ChangeKind", "PlanDiff", "PointChange", "diff_plans")
}


__getattr__ = lazy_exports(__name__, _LAZY)
