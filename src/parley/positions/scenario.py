"""From the record to a scenario: a plan's points as options, the actors' positions as values.

The rule (docs/positions.md, "From positions to a scenario"):

* every point of the plan version is a point of the scenario with options
  ``accept`` and ``drop``; ``drop`` is worth 0 to everybody;
* each claim an actor makes (or that is made about it) weighs
  ``w = basis × strength × recency × link score``: basis 1 first-hand, 0.5 hearsay;
  strength 1.5 when the wording is categorical (:data:`STRONG`), else 1; recency
  halves every :data:`HALF_LIFE_DAYS` days before the newest claim on the plan;
* a party's value of accepting point *n* is
  ``clamp(2 × Σ w·sign over its claims on n, ±5) + lean``, where ``lean`` in [-1, 1] is
  its weighted stance on the plan as a whole (``Σ w·sign / Σ w``); sign is +1
  support, -1 oppose, 0 mixed. Speaking often and recently to a point moves it more;
* a first-hand claim opposing a point in categorical words of refusal
  (:data:`RED_LINE`: "unacceptable", "never", "red line", "will not accept") makes
  ``accept`` of that point a red line; the same about the whole plan is reported as a
  note (a red line on a whole package cannot be written point by point);
* a first-hand threat (event THREATEN) on the plan is the party's stated alternative
  to a deal: its reservation becomes :data:`THREAT_RESERVATION` instead of 0.

Every value carries ``provenance``: ``derived`` with the statement ids behind it, or
``set`` when an overrides file gave it.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

from parley.analysis.scenario import Scenario, scenario_from_dict
from parley.errors import InputError, OverridesError
from parley.plans.model import Plan
from parley.positions.model import Basis, Claim

HALF_LIFE_DAYS = 30.0
THREAT_RESERVATION = 1.0
HEARSAY_WEIGHT = 0.5
STRONG_WEIGHT = 1.5
CAP = 5.0
OPTIONS = ("accept", "drop")
RED_LINE = re.compile(
    r"\b(?:unacceptable|never|red lines?|non-negotiable|under no circumstances|"
    r"(?:will|would|can|could|shall)\s*(?:not|n't|never)\s+(?:accept|agree|allow|tolerate|sign))\b"
    r"|\b(?:won't|cannot|can't)\s+(?:accept|agree|allow|tolerate|sign)\b",
    re.IGNORECASE,
)
STRONG = re.compile(
    r"\b(?:absolutely|categorically|firmly|fully|completely|totally|strongly|"
    r"resolutely|wholeheartedly|in no way|by no means)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DerivedScenario:
    """The scenario JSON (with provenance) and the validated Scenario the engine takes."""

    data: dict[str, Any]
    scenario: Scenario

    def to_json(self) -> str:
        return json.dumps(self.data, indent=2, ensure_ascii=False)


def weight(claim: Claim, newest: datetime | None) -> float:
    basis = 1.0 if claim.basis is Basis.FIRST_HAND else HEARSAY_WEIGHT
    strength = (
        STRONG_WEIGHT if (STRONG.search(claim.quote) or RED_LINE.search(claim.quote)) else 1.0
    )
    recency = 1.0
    if newest is not None and claim.published is not None:
        days = max(0.0, (newest - claim.published).total_seconds() / 86400)
        recency = 0.5 ** (days / HALF_LIFE_DAYS)
    score = claim.link.score if claim.link is not None else 1.0
    return basis * strength * recency * score


def derive_scenario(
    plan: Plan,
    claims: Sequence[Claim],
    parties: Sequence[str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    overrides_path: str | None = None,
) -> DerivedScenario:
    """The scenario for ``plan`` from ``claims`` on it (module docstring), overrides applied."""
    claims = [c for c in claims if c.plan == plan.ref]
    dates = [c.published for c in claims if c.published is not None]
    newest = max(dates) if dates else None
    actors = list(parties) if parties else sorted({c.actor for c in claims})
    if not actors:
        raise InputError(
            f"no actor has a position on {plan.ref} yet (ingest sources that discuss it,"
            " or name --parties)"
        )
    numbers = [p.number for p in plan.points]
    by_actor: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_actor[claim.actor].append(claim)
    out_parties = []
    for actor in actors:
        mine = by_actor.get(actor, [])
        out_parties.append(_party(actor, mine, numbers, newest))
    data: dict[str, Any] = {
        "name": f"{plan.ref} from the record",
        "plan": plan.ref,
        "rule": "docs/positions.md#from-positions-to-a-scenario",
        "points": [
            {"id": p.number, "title": _title(p.text), "options": list(OPTIONS)} for p in plan.points
        ],
        "parties": out_parties,
    }
    if overrides is not None:
        _apply_overrides(data, overrides, overrides_path)
    scenario = scenario_from_dict(data, source=overrides_path)
    return DerivedScenario(data=data, scenario=scenario)


def _party(
    actor: str, claims: list[Claim], numbers: list[str], newest: datetime | None
) -> dict[str, Any]:
    plan_claims = [c for c in claims if c.point is None]
    total = sum(weight(c, newest) for c in plan_claims)
    lean = sum(weight(c, newest) * c.stance.sign for c in plan_claims) / total if total else 0.0
    values: dict[str, dict[str, float]] = {}
    provenance_values: dict[str, Any] = {}
    red_lines: list[dict[str, str]] = []
    provenance_red: list[dict[str, Any]] = []
    notes: list[str] = []
    for number in numbers:
        on_point = [c for c in claims if c.point == number]
        if not on_point and not plan_claims:
            continue
        score = sum(weight(c, newest) * c.stance.sign for c in on_point)
        value = round(max(-CAP, min(CAP, 2 * score)) + lean, 3)
        values[number] = {"accept": value, "drop": 0.0}
        provenance_values[number] = {
            "origin": "derived",
            "statements": sorted({c.statement_id for c in on_point + plan_claims}),
            "point_score": round(score, 3),
            "plan_lean": round(lean, 3),
        }
        refusals = [c for c in on_point if _red_line(c)]
        if refusals:
            red_lines.append({"point": number, "option": "accept"})
            provenance_red.append({"point": number, "option": "accept", "origin": "derived",
                                   "statements": [c.statement_id for c in refusals]})  # fmt: skip
    whole_refusals = [c.statement_id for c in plan_claims if _red_line(c)]
    if whole_refusals:
        notes.append(
            "refuses the plan as a whole in categorical words (statements "
            + ", ".join(map(str, whole_refusals))
            + "); not a red line on any single point"
        )
    threats = sorted(
        {c.statement_id for c in claims if c.event == "THREATEN" and c.basis is Basis.FIRST_HAND}
    )
    reservation = THREAT_RESERVATION if threats else 0.0
    return {
        "id": actor,
        "reservation": reservation,
        "values": values,
        "red_lines": red_lines,
        "provenance": {
            "reservation": {
                "origin": "derived",
                "statements": threats,
                "rule": "a stated threat is the alternative to a deal"
                if threats
                else "no stated alternative",
            },  # fmt: skip
            "values": provenance_values,
            "red_lines": provenance_red,
            "notes": notes,
        },
    }


def _red_line(claim: Claim) -> bool:
    return (
        claim.basis is Basis.FIRST_HAND
        and claim.stance.sign < 0
        and RED_LINE.search(claim.quote) is not None
    )


def _title(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def load_overrides(path: str) -> dict[str, Any]:
    """Read an overrides file: ``{"parties": {CODE: {"reservation", "values", "red_lines"}}}``."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise OverridesError("no such file", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OverridesError(f"cannot read: {exc}", path=path) from None
    except json.JSONDecodeError as exc:
        raise OverridesError(
            f"line {exc.lineno} column {exc.colno}: malformed JSON: {exc.msg}", path=path
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("parties"), dict):
        raise OverridesError('expected {"parties": {CODE: {...}}}', path=path)
    return data


def _apply_overrides(data: dict[str, Any], overrides: Mapping[str, Any], path: str | None) -> None:
    """Set values by hand; every problem is one OverridesError naming the place."""

    def fail(place: str, problem: str) -> NoReturn:
        raise OverridesError(f"{place}: {problem}", path=path)

    parties = {p["id"]: p for p in data["parties"]}
    points = {p["id"] for p in data["points"]}
    raw = overrides.get("parties")
    if not isinstance(raw, dict):
        fail("parties", "expected an object mapping party codes to settings")
    for code, settings in raw.items():
        at = f"parties.{code}"
        party = parties.get(code)
        if party is None:
            fail(at, f"unknown party {json.dumps(code)} (parties: {', '.join(parties) or 'none'})")
        if not isinstance(settings, dict):
            fail(at, "expected an object")
        for key in settings:
            if key not in ("reservation", "values", "red_lines"):
                fail(f"{at}.{key}", "unknown setting (reservation, values, red_lines)")
        prov = party["provenance"]
        if "reservation" in settings:
            value = settings["reservation"]
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
            ):
                fail(f"{at}.reservation", "expected a finite number")
            party["reservation"] = float(value)
            prov["reservation"] = {"origin": "set", "statements": []}
        values = settings.get("values", {})
        if not isinstance(values, dict):
            fail(f"{at}.values", "expected an object mapping point numbers to {option: value}")
        for point, row in values.items():
            place = f"{at}.values[{json.dumps(point)}]"
            if point not in points:
                fail(place, f"unknown point {json.dumps(point)} of {data['plan']}")
            if not isinstance(row, dict):
                fail(place, "expected an object mapping options to values")
            merged = dict(party["values"].get(point, {"accept": 0.0, "drop": 0.0}))
            for option, value in row.items():
                if option not in OPTIONS:
                    fail(
                        f"{place}[{json.dumps(option)}]",
                        f"unknown option (options: {', '.join(OPTIONS)})",
                    )
                if (
                    isinstance(value, bool)
                    or not isinstance(value, int | float)
                    or not math.isfinite(value)
                ):
                    fail(f"{place}[{json.dumps(option)}]", "expected a finite number")
                merged[option] = float(value)
            party["values"][point] = merged
            prov["values"][point] = {"origin": "set", "statements": []}
        red = settings.get("red_lines")
        if red is not None:
            if not isinstance(red, list):
                fail(f"{at}.red_lines", 'expected a list of {"point", "option"}')
            lines = []
            for k, item in enumerate(red):
                place = f"{at}.red_lines[{k}]"
                if not isinstance(item, dict) or "point" not in item or "option" not in item:
                    fail(place, 'expected {"point": ..., "option": ...}')
                if str(item["point"]) not in points:
                    fail(
                        f"{place}.point",
                        f"unknown point {json.dumps(item['point'])} of {data['plan']}",
                    )
                if item["option"] not in OPTIONS:
                    fail(f"{place}.option", f"unknown option (options: {', '.join(OPTIONS)})")
                lines.append({"point": str(item["point"]), "option": item["option"]})
            party["red_lines"] = lines
            prov["red_lines"] = [{**line, "origin": "set", "statements": []} for line in lines]


def derived_and_set(data: Mapping[str, Any]) -> Iterable[tuple[str, str, str, list[int]]]:
    """(party, what, origin, statements) for every value, reservation and red line."""
    for party in data["parties"]:
        prov = party["provenance"]
        res = prov["reservation"]
        yield party["id"], "reservation", res["origin"], res["statements"]
        for point, info in prov["values"].items():
            yield party["id"], f"values[{point}]", info["origin"], info["statements"]
        for line in prov["red_lines"]:
            yield (
                party["id"],
                f"red line {line['point']}/{line['option']}",
                line["origin"],
                line["statements"],
            )
