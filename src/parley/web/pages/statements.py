"""Statements: filters, paging, and a CSV or JSON Lines download of exactly the page shown."""

from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from parley.exports import write_statements
from parley.extract.model import EVENT_TYPES, STANCES
from parley.web.context import PAGE_SIZE, Pager, record_of, render
from parley.web.filters import StatementFilters, statement_filters

router = APIRouter(include_in_schema=False)
Filters = Annotated[StatementFilters, Depends(statement_filters)]
DOWNLOADS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


@router.get("/statements", response_class=HTMLResponse)
def statement_list(
    request: Request, filters: Filters, page: int = Query(1), size: int = Query(PAGE_SIZE)
) -> HTMLResponse:
    record = record_of(request)
    pager = Pager(page, filters.count(record), size)
    rows = filters.rows(record, limit=pager.size, offset=pager.offset)
    params = filters.params()
    if size != PAGE_SIZE:
        params["size"] = str(size)
    return render(
        request,
        "statements.html",
        {
            "rows": rows,
            "pager": pager,
            "params": params,
            "form": filters.params(),
            "events": EVENT_TYPES,
            "stances": STANCES,
            "actor_codes": [c for c, _ in record.statement_counts("actor") if c],
            "plans": record.plans(),
        },
    )


@router.get("/statements.{fmt}")
def statement_download(
    request: Request,
    fmt: str,
    filters: Filters,
    page: int = Query(1),
    size: int = Query(PAGE_SIZE),
) -> Response:
    """The rows of the statements page with the same filters and page, as a file."""
    if fmt not in DOWNLOADS:
        raise HTTPException(404, f"no download format {fmt!r} (csv or jsonl)")
    record = record_of(request)
    pager = Pager(page, filters.count(record), size)
    rows = filters.rows(record, limit=pager.size, offset=pager.offset)
    out = io.StringIO()
    write_statements([row.to_dict() for row in rows], out, "csv" if fmt == "csv" else "jsonl")
    name = f"statements-page{pager.page}.{fmt}"
    return Response(
        out.getvalue(),
        media_type=DOWNLOADS[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/statements/{statement_id}")
def statement_quote(request: Request, statement_id: int) -> Response:
    """A statement in its article: the source page with it highlighted and its details open."""
    row = record_of(request).statement(statement_id)
    if row is None:
        raise HTTPException(404, f"no statement {statement_id}")
    return RedirectResponse(f"/sources/{row.source_id}#st-{row.id}", status_code=303)
