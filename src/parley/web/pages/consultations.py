"""Consultations: who gave, received, discussed, was briefed on or left out of which version."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from parley.errors import ParleyError
from parley.web.charts import consultation_graph
from parley.web.context import clean, record_of, render

router = APIRouter(include_in_schema=False)


@router.get("/consultations", response_class=HTMLResponse)
def consultation_list(request: Request, plan: str | None = None) -> HTMLResponse:
    record = record_of(request)
    chosen = clean(plan)
    try:
        rows = record.consultations(plan=chosen)
    except ParleyError as exc:
        raise HTTPException(404, exc.message) from None
    pairs = [
        (
            row.from_actor,
            row.to_actor,
            row.kind.value.replace(" ", "_"),
            f"{row.from_actor} → {row.to_actor}: {row.kind.value}"
            + (f" ({row.plan})" if row.plan else ""),
        )
        for row in rows
    ]
    return render(
        request,
        "consultations.html",
        {
            "rows": rows,
            "graph": consultation_graph(pairs),
            "kinds": sorted({kind for _, _, kind, _ in pairs}),
            "plans": record.plans(),
            "chosen": chosen,
        },
    )
