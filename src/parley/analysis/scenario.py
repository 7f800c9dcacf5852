"""Negotiation scenarios: points, parties, values, reservations and red lines.

A scenario is plain data. :func:`scenario_from_dict` validates a parsed JSON
object and :func:`load_scenario` reads one from a file; both raise
:class:`~parley.errors.ScenarioError` naming the file and the place
(``parties[1].values["7"]``) of the first problem found. The engine takes a
:class:`Scenario` object, never a file or a database row, so scenarios built
from recorded positions can be analysed the same way.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, NoReturn

import numpy as np

from parley.errors import ScenarioError

DEFAULT_OPTIONS = ("accept", "drop")

# Values are compared with an absolute tolerance of RELATIVE_TOLERANCE times the
# scenario's value scale (at least 1): sums of floats that differ only by
# rounding must count as equal, or ties would split the frontier at random.
RELATIVE_TOLERANCE = 1e-9
# Values and reservations beyond this are refused: doubles keep about 16 digits, and the
# solvers need the sums' last 1e-6 or so.
MAX_MAGNITUDE = 1e12


@dataclass(frozen=True)
class Point:
    """One point of the plan and the options a package may choose for it."""

    id: str
    options: tuple[str, ...] = DEFAULT_OPTIONS
    title: str = ""


@dataclass(frozen=True)
class Party:
    """A party: its additive values, its reservation value (BATNA), its red lines."""

    id: str
    reservation: float
    values: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    red_lines: tuple[tuple[str, str], ...] = ()
    name: str = ""
    # Per point and option, the range a value may really lie in ([low, high]), for the
    # robustness analysis; values without one vary by the --uncertainty percentage.
    ranges: Mapping[str, Mapping[str, tuple[float, float]]] = field(default_factory=dict)


@dataclass(frozen=True)
class OptionRows:
    """The options no red line excludes as rows: point, option index, values per party."""

    point: np.ndarray
    option: np.ndarray
    values: np.ndarray


@dataclass(frozen=True)
class Scenario:
    """A validated scenario. Packages are tuples of option indices, one per point."""

    points: tuple[Point, ...]
    parties: tuple[Party, ...]
    name: str = ""

    def __post_init__(self) -> None:
        # Objects built in code get the same checks as files.
        _check_consistent(self)

    @property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    @cached_property
    def tables(self) -> tuple[np.ndarray, ...]:
        """For each point, an (options x parties) array of values."""
        out = []
        for point in self.points:
            table = np.zeros((len(point.options), len(self.parties)))
            for i, party in enumerate(self.parties):
                row = party.values.get(point.id)
                if row is not None:
                    table[:, i] = [float(row[o]) for o in point.options]
            table.flags.writeable = False
            out.append(table)
        return tuple(out)

    @cached_property
    def allowed(self) -> tuple[np.ndarray, ...]:
        """For each point, the indices of the options no party's red line excludes."""
        banned: dict[str, set[str]] = {}
        for party in self.parties:
            for point_id, option in party.red_lines:
                banned.setdefault(point_id, set()).add(option)
        out = []
        for point in self.points:
            gone = banned.get(point.id, set())
            idx = np.array(
                [k for k, o in enumerate(point.options) if o not in gone], dtype=np.int64
            )
            idx.flags.writeable = False
            out.append(idx)
        return tuple(out)

    @cached_property
    def reservations(self) -> np.ndarray:
        r = np.array([p.reservation for p in self.parties], dtype=float)
        r.flags.writeable = False
        return r

    @cached_property
    def tolerance(self) -> float:
        """Absolute tolerance for comparing values and gains.

        Relative to the largest value a party can reach, and to a reservation only where
        that reservation is within reach: a reservation far below every package (-1e9,
        "anything will do") must not make every value difference look like rounding.
        """
        scale = 1.0
        for i in range(len(self.parties)):
            span = sum(float(np.abs(t[:, i]).max()) for t in self.tables)
            scale = max(scale, span, min(abs(float(self.reservations[i])), 10 * span))
        return RELATIVE_TOLERANCE * scale

    @property
    def outcome_count(self) -> int:
        """Number of packages that touch no red line."""
        return math.prod(len(a) for a in self.allowed)

    @cached_property
    def stacked(self) -> np.ndarray:
        """(points x most options x parties) values, zero past a point's own options."""
        width = max(len(t) for t in self.tables)
        out = np.zeros((len(self.tables), width, len(self.parties)))
        for j, table in enumerate(self.tables):
            out[j, : len(table)] = table
        out.flags.writeable = False
        return out

    @cached_property
    def option_rows(self) -> OptionRows:
        """Every option no red line excludes, one row each, in point order."""
        point = np.array(
            [j for j, a in enumerate(self.allowed) for _ in range(len(a))], dtype=np.int64
        )
        option = np.concatenate([a for a in self.allowed]) if point.size else point
        values = self.stacked[point, option] if point.size else np.zeros((0, len(self.parties)))
        for array in (point, option, values):
            array.flags.writeable = False
        return OptionRows(point=point, option=option.astype(np.int64), values=values)

    def values_of(self, package: Sequence[int]) -> np.ndarray:
        """Every party's value of a package given as option indices."""
        if len(package) != len(self.tables):
            raise ValueError(f"a package names {len(self.tables)} options, got {len(package)}")
        chosen = np.asarray(package, dtype=np.int64)
        if np.any(chosen < 0) or np.any(chosen >= self.option_counts):
            raise IndexError(f"an option index out of range in {tuple(package)}")
        return self.stacked[np.arange(len(self.tables)), chosen].sum(axis=0)

    @cached_property
    def option_counts(self) -> np.ndarray:
        counts = np.array([len(p.options) for p in self.points], dtype=np.int64)
        counts.flags.writeable = False
        return counts

    def touches_red_line(self, package: Sequence[int]) -> bool:
        return any(k not in set(a.tolist()) for a, k in zip(self.allowed, package, strict=True))

    def package_dict(self, package: Sequence[int]) -> dict[str, str]:
        return {p.id: p.options[k] for p, k in zip(self.points, package, strict=True)}

    def package_from_mapping(self, data: Any, source: str | None = None) -> tuple[int, ...]:
        """Read a package ``{"point id": "option", ...}`` naming every point.

        A result entry (``{"package": {...}, ...}``) is accepted too, so a
        solution can be fed back with ``--from``.
        """
        if isinstance(data, dict) and isinstance(data.get("package"), dict):
            data = data["package"]
        if not isinstance(data, dict):
            raise ScenarioError(
                "package: expected an object mapping point ids to options", path=source
            )
        known = {p.id: p for p in self.points}
        for key in data:
            if key not in known:
                raise ScenarioError(
                    f"package[{json.dumps(key)}]: unknown point {json.dumps(key)}", path=source
                )
        out = []
        for point in self.points:
            if point.id not in data:
                raise ScenarioError(
                    f"package: no option chosen for point {json.dumps(point.id)}", path=source
                )
            option = data[point.id]
            if option not in point.options:
                raise ScenarioError(
                    f"package[{json.dumps(point.id)}]: unknown option {json.dumps(option)}"
                    f" (options: {', '.join(point.options)})",
                    path=source,
                )
            out.append(point.options.index(option))
        return tuple(out)


def load_scenario(path: str | Path) -> Scenario:
    """Read and validate a scenario JSON file."""
    path = Path(path)
    source = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError("no such file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read: {exc}", path=str(path)) from None
    return scenario_from_json(text, source=source)


def scenario_from_json(text: str, source: str | None = None) -> Scenario:
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            f"line {exc.lineno} column {exc.colno}: malformed JSON: {exc.msg}", path=source
        ) from None
    except _NonFinite as exc:
        raise ScenarioError(
            f"non-finite number {exc.args[0]} is not allowed", path=source
        ) from None
    return scenario_from_dict(data, source=source)


def scenario_from_dict(data: Any, source: str | None = None) -> Scenario:
    """Validate a parsed scenario object and build a :class:`Scenario`."""
    where = _Where(source)
    if not isinstance(data, dict):
        where.fail("", "expected a JSON object with 'points' and 'parties'")
    name = data.get("name", "")
    if not isinstance(name, str):
        where.fail("name", "expected a string")

    raw_points = data.get("points")
    if not isinstance(raw_points, list) or not raw_points:
        where.fail("points", "expected a non-empty list")
    points: list[Point] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(raw_points):
        at = f"points[{i}]"
        if not isinstance(raw, dict):
            where.fail(at, "expected an object")
        pid = _read_id(raw, at, where, seen, "point")
        title = raw.get("title", "")
        if not isinstance(title, str):
            where.fail(f"{at}.title", "expected a string")
        options = raw.get("options", list(DEFAULT_OPTIONS))
        if not isinstance(options, list) or not options:
            where.fail(f"{at}.options", "expected a non-empty list of strings")
        for k, option in enumerate(options):
            if not isinstance(option, str) or not option:
                where.fail(f"{at}.options[{k}]", "expected a non-empty string")
            if option in options[:k]:
                where.fail(f"{at}.options[{k}]", f"duplicate option {json.dumps(option)}")
        points.append(Point(id=pid, options=tuple(options), title=title))
    by_id = {p.id: p for p in points}

    raw_parties = data.get("parties")
    if not isinstance(raw_parties, list) or not raw_parties:
        where.fail("parties", "expected a non-empty list")
    parties: list[Party] = []
    seen = {}  # party ids are their own namespace
    for i, raw in enumerate(raw_parties):
        at = f"parties[{i}]"
        if not isinstance(raw, dict):
            where.fail(at, "expected an object")
        pid = _read_id(raw, at, where, seen, "party")
        label = raw.get("name", "")
        if not isinstance(label, str):
            where.fail(f"{at}.name", "expected a string")
        reservation = _read_number(raw.get("reservation", 0.0), f"{at}.reservation", where)
        values = _read_values(raw.get("values", {}), f"{at}.values", by_id, where)
        red_lines = _read_red_lines(raw.get("red_lines", []), f"{at}.red_lines", by_id, where)
        ranges = _read_ranges(raw.get("ranges", {}), f"{at}.ranges", by_id, where)
        parties.append(
            Party(
                id=pid, reservation=reservation, values=values, red_lines=red_lines, name=label,
                ranges=ranges,
            )
        )  # fmt: skip
    return Scenario(points=tuple(points), parties=tuple(parties), name=name)


class _NonFinite(ValueError):
    pass


def _reject_constant(token: str) -> float:
    raise _NonFinite(token)


class _Where:
    """Raises ScenarioError with the file and a JSON-path-like place."""

    def __init__(self, source: str | None) -> None:
        self.source = source

    def fail(self, place: str, problem: str) -> NoReturn:
        message = f"{place}: {problem}" if place else problem
        raise ScenarioError(message, path=self.source)


def _read_id(raw: dict, at: str, where: _Where, seen: dict[str, str], kind: str) -> str:
    """The ``id`` of the entry at ``at``, unique among those already read (``seen``: id ->
    where it was first read, updated here)."""
    if "id" not in raw:
        where.fail(at, "missing 'id'")
    value = raw["id"]
    # Point numbers are often written as integers; they name the same point.
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value:
        where.fail(f"{at}.id", "expected a non-empty string")
    if value in seen:
        where.fail(f"{at}.id", f"duplicate {kind} id {json.dumps(value)} (first at {seen[value]})")
    seen[value] = at
    return value


def _read_number(value: Any, at: str, where: _Where) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        where.fail(at, f"expected a number, got {json.dumps(value)}")
    number = float(value)
    if not math.isfinite(number):
        where.fail(at, f"non-finite number {value}")
    if abs(number) > MAX_MAGNITUDE:
        where.fail(
            at,
            f"{value} is beyond {MAX_MAGNITUDE:g}: sums at that magnitude lose the precision"
            " the solvers need; rescale the values (only their ratios matter)",
        )
    return number


def _read_ranges(raw: Any, at: str, points: dict[str, Point], where: _Where) -> dict:
    if not isinstance(raw, dict):
        where.fail(at, "expected an object mapping point ids to {option: [low, high]}")
    out: dict[str, dict[str, tuple[float, float]]] = {}
    for point_id, row in raw.items():
        place = f"{at}[{json.dumps(point_id)}]"
        point = points.get(point_id)
        if point is None:
            where.fail(place, f"unknown point {json.dumps(point_id)}")
        if not isinstance(row, dict):
            where.fail(place, "expected an object mapping options to [low, high]")
        out[point_id] = {}
        for option, pair in row.items():
            spot = f"{place}[{json.dumps(option)}]"
            if option not in point.options:
                where.fail(
                    spot, f"unknown option {json.dumps(option)} of point {json.dumps(point_id)}"
                )
            if not isinstance(pair, list) or len(pair) != 2:
                where.fail(spot, "expected [low, high]")
            low, high = (_read_number(x, spot, where) for x in pair)
            if low > high:
                where.fail(spot, f"low {low:g} is above high {high:g}")
            out[point_id][option] = (low, high)
    return out


def _read_values(raw: Any, at: str, points: dict[str, Point], where: _Where) -> dict:
    if not isinstance(raw, dict):
        where.fail(at, "expected an object mapping point ids to {option: value}")
    out: dict[str, dict[str, float]] = {}
    for point_id, row in raw.items():
        place = f"{at}[{json.dumps(point_id)}]"
        point = points.get(point_id)
        if point is None:
            where.fail(place, f"unknown point {json.dumps(point_id)}")
        if not isinstance(row, dict):
            where.fail(place, "expected an object mapping options to values")
        for option in row:
            if option not in point.options:
                where.fail(
                    f"{place}[{json.dumps(option)}]",
                    f"unknown option {json.dumps(option)} of point {json.dumps(point_id)}"
                    f" (options: {', '.join(point.options)})",
                )
        for option in point.options:
            if option not in row:
                where.fail(place, f"missing a value for option {json.dumps(option)}")
        out[point_id] = {
            o: _read_number(row[o], f"{place}[{json.dumps(o)}]", where) for o in point.options
        }
    return out


def _read_red_lines(
    raw: Any, at: str, points: dict[str, Point], where: _Where
) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list):
        where.fail(at, "expected a list of {point, option}")
    out = []
    for k, item in enumerate(raw):
        place = f"{at}[{k}]"
        if not isinstance(item, dict) or "point" not in item or "option" not in item:
            where.fail(place, 'expected {"point": ..., "option": ...}')
        point_id = item["point"]
        if isinstance(point_id, int) and not isinstance(point_id, bool):
            point_id = str(point_id)
        point = points.get(point_id) if isinstance(point_id, str) else None
        if point is None:
            where.fail(f"{place}.point", f"unknown point {json.dumps(point_id)}")
        if item["option"] not in point.options:
            where.fail(
                f"{place}.option",
                f"unknown option {json.dumps(item['option'])} of point {json.dumps(point_id)}",
            )
        out.append((point_id, item["option"]))
    return tuple(out)


def _check_consistent(s: Scenario) -> None:
    """The checks a Scenario built in code needs (files are checked while reading)."""
    if not s.points or not s.parties:
        raise ScenarioError("a scenario needs at least one point and one party")
    points = {p.id: p for p in s.points}
    if len(points) != len(s.points):
        raise ScenarioError("points: duplicate point ids")
    if len({p.id for p in s.parties}) != len(s.parties):
        raise ScenarioError("parties: duplicate party ids")
    for p in s.points:
        if not p.options or len(set(p.options)) != len(p.options):
            raise ScenarioError(f"points[{json.dumps(p.id)}].options: empty or duplicated")
    for i, party in enumerate(s.parties):
        if not math.isfinite(party.reservation):
            raise ScenarioError(f"parties[{i}].reservation: non-finite number")
        for point_id, row in party.values.items():
            point = points.get(point_id)
            if point is None:
                raise ScenarioError(f"parties[{i}].values[{json.dumps(point_id)}]: unknown point")
            if set(row) != set(point.options):
                raise ScenarioError(
                    f"parties[{i}].values[{json.dumps(point_id)}]: options must be exactly "
                    + ", ".join(point.options)
                )
            if not all(math.isfinite(float(v)) for v in row.values()):
                raise ScenarioError(
                    f"parties[{i}].values[{json.dumps(point_id)}]: non-finite number"
                )
        for point_id, option in party.red_lines:
            if point_id not in points or option not in points[point_id].options:
                raise ScenarioError(
                    f"parties[{i}].red_lines: unknown point/option {point_id}/{option}"
                )
