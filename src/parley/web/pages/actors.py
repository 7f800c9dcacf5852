"""An actor: what it said, what others said about it, its stance over time."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from parley.actors import load_gazetteer
from parley.errors import ParleyError
from parley.record import Record, StoredStatement
from parley.web.charts import StancePoint, stance_timeline
from parley.web.context import cache_of, record_of, render

router = APIRouter(include_in_schema=False)
SHOWN = 50


@router.get("/actors", response_class=HTMLResponse)
def actor_list(request: Request) -> HTMLResponse:
    record = record_of(request)
    said = dict(record.statement_counts("actor"))
    about = dict(record.statement_counts("about"))
    codes = sorted({c for c in [*said, *about] if c}, key=lambda c: (-said.get(c, 0), c))
    rows = [(code, actor_name(code), said.get(code, 0), about.get(code, 0)) for code in codes]
    return render(request, "actors.html", {"rows": rows})


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: str) -> HTMLResponse:
    record = record_of(request)
    code = code.upper()
    said_count = record.count_statements(actor=code)
    about_count = record.count_statements(about=code)
    if not said_count and not about_count:
        raise HTTPException(404, f"no statement by or about {code!r}")
    said = record.statements(actor=code)
    positions = cache_of(request).positions(actor=code)
    return render(
        request,
        "actor.html",
        {
            "code": code,
            "name": actor_name(code),
            "said_count": said_count,
            "about_count": about_count,
            "said": said[-SHOWN:][::-1],
            "about": record.statements(about=code)[-SHOWN:][::-1],
            "timeline": stance_timeline(timeline_points(record, code, said)),
            "positions": positions,
        },
    )


def timeline_points(record: Record, code: str, said: list[StoredStatement]) -> list[StancePoint]:
    """The actor's stance on each plan as a whole over time (from its positions' history);
    without positions, the stance of each of its dated statements."""
    points = [
        StancePoint(
            when=entry.date,
            stance=entry.stance.value,
            title=f"{entry.date:%Y-%m-%d} {entry.plan}: {entry.stance.value} ({entry.basis.value})"
            + (f" “{entry.quotes[0][:100]}”" if entry.quotes else ""),
            series=entry.plan,
        )
        for entry in record.timeline(code)
        if entry.point is None and entry.date is not None
    ]
    if points:
        return points
    published = {s.name: s.published for s in record.sources()} if said else {}
    return [
        StancePoint(
            when=when,
            stance=st.stance,
            title=f"{when:%Y-%m-%d} {st.stance}: {st.text[:120]}",
        )
        for st in said
        if st.stance and (when := published.get(st.source)) is not None
    ]


def actor_name(code: str) -> str:
    """The gazetteer's name for an actor code, or the code itself."""
    try:
        actor = load_gazetteer().actors.get(code)
    except ParleyError:  # a broken user gazetteer must not break the page
        return code
    return getattr(actor, "name", None) or code
