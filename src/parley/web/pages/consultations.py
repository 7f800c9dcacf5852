"""Consultations: who gave, received, discussed, was briefed on or left out of which version."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from parley.web.context import render

router = APIRouter(include_in_schema=False)


@router.get("/consultations", response_class=HTMLResponse)
def consultation_list(request: Request) -> HTMLResponse:
    return render(request, "consultations.html", {"rows": [], "graph": None})
