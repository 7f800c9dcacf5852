"""The overview: counts, latest statements, plans, the actors most heard from."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from parley.web.context import record_of, render

router = APIRouter(include_in_schema=False)
LATEST = 10
TOP_ACTORS = 12


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    record = record_of(request)
    total = record.count_statements()
    latest = record.statements(offset=max(0, total - LATEST), limit=LATEST)[::-1]
    actors = [(code, n) for code, n in record.statement_counts("actor") if code][:TOP_ACTORS]
    return render(
        request,
        "overview.html",
        {
            "sources": record.count_sources(),
            "statements": total,
            "actor_count": len([c for c, _ in record.statement_counts("actor") if c]),
            "latest": latest,
            "actors": actors,
            "top": max((n for _, n in actors), default=1),
            "plans": record.plans(),
        },
    )
