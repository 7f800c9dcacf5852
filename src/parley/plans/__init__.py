"""Plans: versions of a proposal, their numbered points, and diffs between them."""

from __future__ import annotations

from parley.plans.corpus import BundledReport, add_bundled_plans, bundled_plans
from parley.plans.model import Plan, PlanPoint, check_label, parse_plan_ref
from parley.plans.parse import parse_date, parse_plan, parse_points

__all__ = [
    "BundledReport",
    "add_bundled_plans",
    "bundled_plans",
    "Plan",
    "PlanPoint",
    "check_label",
    "parse_date",
    "parse_plan",
    "parse_plan_ref",
    "parse_points",
]
