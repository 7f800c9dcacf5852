"""The JSON API under /api/: the same Record calls as the pages and the CLI.

Reads are open; writes need ``Authorization: Bearer TOKEN`` (or a signed-in browser
with the form's CSRF token). The OpenAPI document is at /api/openapi.json.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from parley.analysis import to_json
from parley.errors import InputError, ParleyError
from parley.web.context import MAX_PAGE_SIZE, PAGE_SIZE, clean, guard_of, record_of
from parley.web.filters import SourceSearch, StatementFilters, statement_filters
from parley.web.scenarios import FileKind, load, run, scenario_files, scenario_of
from parley.web.uploads import receive_article

router = APIRouter(prefix="/api", tags=["api"])
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]


@router.get("/statements", summary="Stored statements, filtered and paged")
def api_statements(
    request: Request,
    filters: Annotated[StatementFilters, Depends(statement_filters)],
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> dict[str, Any]:
    record = record_of(request)
    rows = filters.rows(record, limit=limit, offset=offset)
    return {
        "total": filters.count(record),
        "limit": limit,
        "offset": offset,
        "items": [{"id": row.id, **row.to_dict()} for row in rows],
    }


@router.get("/statements/{statement_id}", summary="One statement")
def api_statement(request: Request, statement_id: int) -> dict[str, Any]:
    row = record_of(request).statement(statement_id)
    if row is None:
        raise HTTPException(404, f"no statement {statement_id}")
    return {"id": row.id, **row.to_dict()}


@router.get("/sources", summary="Stored sources (no texts), searched and paged")
def api_sources(
    request: Request,
    q: Annotated[str | None, Query(description="Part of the title, name or text.")] = None,
    outlet: Annotated[str | None, Query(description="Part of the outlet's name.")] = None,
    since: Annotated[str | None, Query(description="First publication day.")] = None,
    until: Annotated[str | None, Query(description="Last publication day.")] = None,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> dict[str, Any]:
    record = record_of(request)
    search = SourceSearch.read(q, outlet, since, until)
    rows = search.rows(record, limit=limit, offset=offset)
    return {
        "total": search.count(record),
        "limit": limit,
        "offset": offset,
        "items": [row.to_dict() for row in rows],
    }


@router.get("/sources/{key}", summary="One source with its text and statements")
def api_source(request: Request, key: str) -> dict[str, Any]:
    record = record_of(request)
    source = record.source(key)
    if source is None:
        raise HTTPException(404, f"no source {key!r}")
    statements = record.statements(source=source.id)
    return {
        **source.metadata(),
        "text": source.text,
        "statements": [{"id": st.id, **st.to_dict()} for st in statements],
    }


@router.post("/sources", summary="Upload an article (.txt, .html, .jsonl); needs the token")
async def api_upload(
    request: Request,
    file: Annotated[UploadFile | None, File()] = None,
    csrf: Annotated[str | None, Form()] = None,
) -> JSONResponse:
    try:
        report = await receive_article(request, file, csrf)
    except InputError as exc:
        return JSONResponse({"error": exc.line(), "code": exc.code}, status_code=400)
    return JSONResponse(
        {
            "file": report.name,
            "added": report.added,
            "present": report.present,
            "statements_added": report.statements_added,
        },
        status_code=201 if report.added else 200,
    )


@router.get("/actors", summary="Actors with how many statements they made and were the subject of")
def api_actors(request: Request) -> list[dict[str, Any]]:
    record = record_of(request)
    said = dict(record.statement_counts("actor"))
    about = dict(record.statement_counts("about"))
    codes = sorted({c for c in [*said, *about] if c}, key=lambda c: (-said.get(c, 0), c))
    return [{"actor": c, "statements": said.get(c, 0), "about": about.get(c, 0)} for c in codes]


@router.get("/scenarios", summary="The scenario and package files the analysis can use")
def api_scenarios(request: Request) -> list[dict[str, str]]:
    return [{"name": f.name, "kind": f.kind} for f in scenario_files(request.app.state.scenarios)]


@router.get("/analysis", summary="Analyse a scenario file (frontier, solutions, trades)")
def api_analysis(
    request: Request,
    scenario: Annotated[str, Query(description="A scenario file name from /api/scenarios.")],
    draft: Annotated[str | None, Query(description="A package file name: trades from it.")] = None,
) -> dict[str, Any]:
    files = {(f.name, f.kind): f for f in scenario_files(request.app.state.scenarios)}
    found = files.get((scenario, FileKind.SCENARIO))
    if found is None:
        raise HTTPException(404, f"no scenario file {scenario!r}")
    package = files.get((draft, FileKind.PACKAGE)) if draft else None
    if draft and package is None:
        raise HTTPException(404, f"no package file {draft!r}")
    try:
        loaded = scenario_of(load(found.path), scenario)
        result = run(loaded, load(package.path) if package else None, source=draft or scenario)
    except ParleyError as exc:
        raise HTTPException(400, f"{exc.path or scenario}: {exc.message} [{exc.code}]") from None
    return to_json(result)


@router.get("/plans", summary="The stored plan versions")
def api_plans(request: Request) -> list[dict[str, Any]]:
    return [{"ref": plan.ref, **plan.to_dict()} for plan in record_of(request).plans()]


@router.get("/plans/diff", summary="The changes from one plan version to another, by content")
def api_plan_diff(
    request: Request,
    a: Annotated[str, Query(alias="from", description="NAME@VERSION to diff from.")],
    b: Annotated[str, Query(alias="to", description="NAME@VERSION to diff to.")],
) -> dict[str, Any]:
    from parley.plans.diff import diff_plans

    record = record_of(request)
    try:
        before, after = record.plan(a), record.plan(b)
    except ParleyError as exc:
        raise HTTPException(404, exc.message) from None
    return diff_plans(before, after).to_dict()


@router.get("/plans/{ref}", summary="One plan version with its points (NAME: the newest)")
def api_plan(request: Request, ref: str) -> dict[str, Any]:
    try:
        plan = record_of(request).plan(ref)
    except ParleyError as exc:
        raise HTTPException(404, exc.message) from None
    return {"ref": plan.ref, **plan.to_dict()}


@router.get("/positions", summary="Positions of actors on plans and points, with evidence")
def api_positions(
    request: Request,
    plan: Annotated[str | None, Query(description="NAME or NAME@VERSION.")] = None,
    actor: Annotated[str | None, Query(description="Actor code.")] = None,
    point: Annotated[str | None, Query(description="Point number.")] = None,
) -> list[dict[str, Any]]:
    try:
        found = record_of(request).positions(plan=clean(plan), actor=clean(actor), point=point)
    except ParleyError as exc:
        raise HTTPException(404, exc.message) from None
    return [position.to_dict() for position in found]


@router.get("/consultations", summary="Who gave, received, discussed, was briefed on what")
def api_consultations(
    request: Request,
    plan: Annotated[str | None, Query(description="NAME or NAME@VERSION.")] = None,
) -> list[dict[str, Any]]:
    try:
        found = record_of(request).consultations(plan=clean(plan))
    except ParleyError as exc:
        raise HTTPException(404, exc.message) from None
    return [row.to_dict() for row in found]


@router.get("/links", summary="Derived links of statements to plans and points")
def api_links(
    request: Request,
    statement: Annotated[int | None, Query(description="Only this statement.")] = None,
    plan: Annotated[str | None, Query(description="Only this plan (NAME[@VERSION]).")] = None,
) -> list[dict[str, Any]]:
    try:
        found = record_of(request).links(statement_id=statement, plan=clean(plan))
    except ParleyError as exc:
        raise HTTPException(404, exc.message) from None
    return [link.to_dict() for link in found]


@router.post("/links/decide", summary="Confirm or reject a link; needs the token")
def api_decide_link(
    request: Request,
    statement: Annotated[int | None, Form()] = None,
    target: Annotated[str | None, Form(description="NAME@VERSION:POINT, or NAME@VERSION.")] = None,
    decision: Annotated[str | None, Form(description="confirm or reject")] = None,
    csrf: Annotated[str | None, Form()] = None,
) -> dict[str, Any]:
    from parley.positions.model import Decision

    guard_of(request).check_write(request, csrf)
    if statement is None or not target or not decision:
        raise HTTPException(400, "statement, target and decision are required")
    try:
        plan, point = record_of(request).decide_link(statement, target.strip(), Decision(decision))
    except ValueError:
        raise HTTPException(400, f"decision: {decision!r} is not confirm or reject") from None
    except ParleyError as exc:
        raise HTTPException(400, f"{exc.message} [{exc.code}]") from None
    return {"statement": statement, "plan": plan.ref, "point": point, "decision": decision}
