"""The plans bundled with parley (``parley/data/plans``): our own texts from public reporting.

``manifest.json`` names each file's plan and version, in loading order (a plan after
the version it answers); each file's header holds the rest (proposer, date, answers,
the outlets that reported it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from parley.errors import BadPlanManifestError, PlanVersionExistsError
from parley.plans.model import Plan
from parley.plans.parse import parse_plan

if TYPE_CHECKING:
    from parley.record import Record

MANIFEST = "manifest.json"


@dataclass(slots=True)
class BundledReport:
    """What :func:`add_bundled_plans` did: refs added and refs already stored."""

    added: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"plans added: {len(self.added)}, already present: {len(self.present)}"


def bundled_plans() -> list[Plan]:
    """The bundled plan versions, parsed, in loading order."""
    folder = resources.files("parley") / "data" / "plans"
    where = f"parley/data/plans/{MANIFEST}"
    try:
        entries = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["plans"]
        return [
            parse_plan(
                (folder / entry["file"]).read_text(encoding="utf-8"),
                name=entry["name"],
                version=entry["version"],
                path=f"parley/data/plans/{entry['file']}",
            )
            for entry in entries
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadPlanManifestError(f"cannot read the bundled plans: {exc}", path=where) from None


def add_bundled_plans(record: Record) -> BundledReport:
    """Store every bundled plan version that ``record`` does not hold yet."""
    report = BundledReport()
    stored = {plan.ref for plan in record.plans()}
    for plan in bundled_plans():
        if plan.ref in stored:
            report.present.append(plan.ref)
            continue
        try:
            record.add_plan(plan, path=f"parley/data/plans ({plan.ref})")
        except PlanVersionExistsError:  # stored meanwhile by another writer
            report.present.append(plan.ref)
        else:
            report.added.append(plan.ref)
    return report
