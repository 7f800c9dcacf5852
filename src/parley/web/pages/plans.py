"""Plans: their versions, the diff between any two, the position matrix."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from parley.web.context import render

router = APIRouter(include_in_schema=False)


@router.get("/plans", response_class=HTMLResponse)
def plan_list(request: Request) -> HTMLResponse:
    return render(request, "plans.html", {"plans": []})
