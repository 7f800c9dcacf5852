"""The routes, one module per page (and one for the JSON API)."""

from __future__ import annotations

from fastapi import APIRouter

from parley.web.pages import (
    actors,
    analysis,
    api,
    consultations,
    overview,
    plans,
    sources,
    statements,
    writes,
)

ROUTERS: list[APIRouter] = [
    overview.router,
    sources.router,
    statements.router,
    actors.router,
    plans.router,
    consultations.router,
    analysis.router,
    writes.router,
    api.router,
]
