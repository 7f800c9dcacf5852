"""Sources: search and paging; one source with its statements highlighted."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from parley.record import StoredStatement
from parley.web.context import Pager, cache_of, query_params, record_of, render
from parley.web.filters import SourceSearch
from parley.web.highlight import segments
from parley.web.links import StatementDetail, details

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
def source_list(
    request: Request,
    q: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: int = Query(1),
) -> HTMLResponse:
    record = record_of(request)
    search = SourceSearch.read(q, outlet, since, until)
    pager = Pager(page, search.count(record))
    rows = search.rows(record, limit=pager.size, offset=pager.offset)
    params = query_params({"q": q, "outlet": outlet, "since": since, "until": until})
    return render(
        request,
        "sources.html",
        {"rows": rows, "pager": pager, "params": params, "form": params},
    )


@router.get("/sources/{key}", response_class=HTMLResponse)
def source_page(request: Request, key: str) -> HTMLResponse:
    record = record_of(request)
    source = record.source(key)
    if source is None:
        raise HTTPException(404, f"no source {key!r}")
    statements = record.statements(source=source.id)
    actors = sorted({st.actor for st in statements if st.actor})
    return render(
        request,
        "source.html",
        {
            "source": source,
            "statements": statements,
            "segments": segments(source.text, statements),
            "actors": actors,
            "details": statement_details(request, statements),
        },
    )


def statement_details(
    request: Request, statements: list[StoredStatement]
) -> dict[int, StatementDetail]:
    """Per statement: what the page shows on a click beyond the statement's own fields.

    ``status`` is the confirmation status of hearsay and ``points`` the plan points a
    statement is linked to, where the record holds positions and links.
    """
    cache = cache_of(request)
    return details(record_of(request), statements, lambda actor: cache.positions(actor=actor))
