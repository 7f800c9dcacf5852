"""Charts as plain data for SVG templates: no chart library, no script, labels escaped.

Every function returns coordinates in a fixed view box; the templates draw them
with ``<circle>``, ``<polyline>`` and ``<text>``, so a label is text, never markup.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

WIDTH, HEIGHT = 420.0, 320.0
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 48.0, 16.0, 16.0, 40.0


@dataclass(frozen=True, slots=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    title: str
    css: str = ""
    label: str = ""
    r: float = 4.0
    anchor: str = "start"  # where the label sits: "start" (right of the dot) or "end" (left)


@dataclass(slots=True)
class Panel:
    """One x-y plot: axis titles and ticks, dots, and a line through some of them."""

    x_title: str
    y_title: str
    width: float = WIDTH
    height: float = HEIGHT
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    marks: list[Dot] = field(default_factory=list)
    line: str = ""

    @property
    def left(self) -> float:
        return MARGIN_LEFT

    @property
    def right(self) -> float:
        return self.width - MARGIN_RIGHT

    @property
    def top(self) -> float:
        return MARGIN_TOP

    @property
    def bottom(self) -> float:
        return self.height - MARGIN_BOTTOM


class Scale:
    """A linear map from data to pixels with round tick values."""

    def __init__(self, low: float, high: float, start: float, end: float) -> None:
        if not math.isfinite(low) or not math.isfinite(high):
            low, high = 0.0, 1.0
        if high - low < 1e-12:
            low, high = low - 1.0, high + 1.0
        pad = (high - low) * 0.06
        self.low, self.high = low - pad, high + pad
        self.start, self.end = start, end

    def __call__(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return round(self.start + share * (self.end - self.start), 2)

    def ticks(self, count: int = 5) -> list[Tick]:
        raw = (self.high - self.low) / count
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
        first = math.ceil(self.low / step) * step
        out = []
        value = first
        while value <= self.high + 1e-9:
            out.append(Tick(self(value), f"{value:g}"))
            value += step
        return out


@dataclass(frozen=True, slots=True)
class Marked:
    """A labelled point to mark on the frontier: a bargaining solution."""

    name: str
    values: Sequence[float]
    css: str


def frontier_panels(
    parties: Sequence[str],
    frontier: Sequence[Sequence[float]],
    chosen: Sequence[int],
    marked: Sequence[Marked],
    reservations: Sequence[float],
) -> list[Panel]:
    """One panel for two chosen parties, three (one per pair) for three.

    ``frontier`` rows hold every party's value; ``chosen`` indexes the parties to plot.
    The line joins the packages that are not dominated in the plotted pair.
    """
    pairs = [(chosen[0], chosen[1])]
    if len(chosen) == 3:
        pairs = [(chosen[0], chosen[1]), (chosen[0], chosen[2]), (chosen[1], chosen[2])]
    panels = []
    for i, j in pairs:
        xs = [row[i] for row in frontier] + [m.values[i] for m in marked] + [reservations[i]]
        ys = [row[j] for row in frontier] + [m.values[j] for m in marked] + [reservations[j]]
        panel = Panel(x_title=parties[i], y_title=parties[j])
        sx = Scale(min(xs), max(xs), panel.left, panel.right)
        sy = Scale(min(ys), max(ys), panel.bottom, panel.top)
        panel.x_ticks, panel.y_ticks = sx.ticks(), sy.ticks()
        seen: set[tuple[float, float]] = set()
        for row in frontier:
            key = (row[i], row[j])
            if key in seen:
                continue
            seen.add(key)
            panel.dots.append(
                Dot(sx(row[i]), sy(row[j]), f"{parties[i]} {row[i]:g}, {parties[j]} {row[j]:g}")
            )
        upper = _upper_right([(row[i], row[j]) for row in frontier])
        panel.line = " ".join(f"{sx(x)},{sy(y)}" for x, y in upper)
        panel.marks.append(
            Dot(sx(reservations[i]), sy(reservations[j]), "no deal (reservations)", "reservation",
                "no deal", 7.0)
        )  # fmt: skip
        # Solutions that fall on one spot get nested rings and one label naming them all.
        spots: dict[tuple[float, float], list[Marked]] = {}
        for mark in marked:
            spots.setdefault((sx(mark.values[i]), sy(mark.values[j])), []).append(mark)
        for (x, y), group in spots.items():
            anchor = "end" if x > (panel.left + panel.right) / 2 + 60 else "start"
            for ring, mark in enumerate(group):
                last = ring == len(group) - 1
                panel.marks.append(
                    Dot(
                        x,
                        y,
                        f"{mark.name}: {parties[i]} {mark.values[i]:g}, "
                        f"{parties[j]} {mark.values[j]:g}",
                        mark.css,
                        ", ".join(m.name for m in group) if last else "",
                        7.0 + 3.5 * ring,
                        anchor,
                    )
                )
        panels.append(panel)
    return panels


def _upper_right(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points no other point beats on both axes, left to right."""
    best: list[tuple[float, float]] = []
    for x, y in sorted(set(points), key=lambda p: (-p[0], -p[1])):
        if not best or y > best[-1][1]:
            best.append((x, y))
    return sorted(best)


STANCE_LEVEL = {"support": 1.0, "mixed": 0.0, "oppose": -1.0}


@dataclass(frozen=True, slots=True)
class StancePoint:
    when: datetime
    stance: str
    title: str
    series: str = ""


def stance_timeline(points: Sequence[StancePoint]) -> Panel | None:
    """Stance (support / mixed / oppose) over time; one line per series (plan or point)."""
    dated = [p for p in points if p.stance in STANCE_LEVEL]
    if not dated:
        return None
    panel = Panel(x_title="date", y_title="stance", width=640.0, height=240.0)
    stamps = [p.when.timestamp() for p in dated]
    sx = Scale(min(stamps), max(stamps), panel.left + 40, panel.right)
    sy = Scale(-1.0, 1.0, panel.bottom, panel.top)
    first_of_day: dict[str, float] = {}
    for p in sorted(dated, key=lambda p: p.when.timestamp()):
        first_of_day.setdefault(p.when.date().isoformat(), p.when.timestamp())
    days = list(first_of_day.items())
    step = max(1, -(-len(days) // 6))
    panel.x_ticks = [Tick(sx(stamp), day) for day, stamp in days[::step]]
    panel.y_ticks = [Tick(sy(level), name) for name, level in STANCE_LEVEL.items()]
    ordered = sorted(dated, key=lambda p: p.when.timestamp())
    for p in ordered:
        panel.dots.append(
            Dot(sx(p.when.timestamp()), sy(STANCE_LEVEL[p.stance]), p.title, f"stance-{p.stance}")
        )
    if len({p.series for p in ordered}) == 1:  # one line only when it is one story
        panel.line = " ".join(f"{d.x},{d.y}" for d in panel.dots)
    return panel


@dataclass(frozen=True, slots=True)
class Node:
    x: float
    y: float
    label: str
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True, slots=True)
class Edge:
    path: str
    kind: str
    title: str
    label: str
    label_x: float
    label_y: float


@dataclass(slots=True)
class Graph:
    width: float
    height: float
    nodes: list[Node]
    edges: list[Edge]


def consultation_graph(
    pairs: Sequence[tuple[str, str, str, str]], size: float = 560.0
) -> Graph | None:
    """Actors on a circle, one curved arrow per (from, to, kind, title); kinds are CSS classes.

    Arrows between the same two actors bend apart so that none hides another.
    """
    actors = sorted({a for f, t, _, _ in pairs for a in (f, t)})
    if not actors:
        return None
    centre, radius = size / 2, size / 2 - 70
    at: dict[str, tuple[float, float]] = {}
    nodes = []
    for i, actor in enumerate(actors):
        angle = 2 * math.pi * i / len(actors) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        at[actor] = (x, y)
        out = 24
        nodes.append(
            Node(
                round(x, 1), round(y, 1), actor,
                round(centre + (radius + out) * math.cos(angle), 1),
                round(centre + (radius + out) * math.sin(angle) + 4, 1),
                "start" if math.cos(angle) > 0.3 else "end" if math.cos(angle) < -0.3 else "middle",
            )
        )  # fmt: skip
    seen: dict[frozenset[str], int] = {}
    edges = []
    for source, target, kind, title in pairs:
        (x1, y1), (x2, y2) = at[source], at[target]
        key = frozenset((source, target))
        bend = 30.0 * (1 + seen.get(key, 0))
        seen[key] = seen.get(key, 0) + 1
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        cx, cy = mx - dy / length * bend, my + dx / length * bend
        # stop short of the target's circle so the arrowhead shows
        ex, ey = (
            x2 - (x2 - cx) / math.hypot(x2 - cx, y2 - cy) * 12,
            y2 - (y2 - cy) / (math.hypot(x2 - cx, y2 - cy) or 1.0) * 12,
        )
        edges.append(
            Edge(
                f"M {x1:.1f} {y1:.1f} Q {cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}",
                kind,
                title,
                kind.replace("_", " "),
                round((mx + cx) / 2, 1),
                round((my + cy) / 2, 1),
            )
        )
    return Graph(size, size, nodes, edges)
