"""Signing in with the write token, uploading articles and plans, confirming or rejecting
links of statements to plan points (CSRF-protected forms)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from parley.errors import InputError, ParleyError
from parley.plans.model import Plan
from parley.positions.model import Decision
from parley.web.context import clean, guard_of, record_of, render
from parley.web.security import AUTH_COOKIE, session_of
from parley.web.uploads import UploadReport, import_plan, receive, receive_article

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str | None, Form()]


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return render(request, "login.html", {"error": None})


@router.post("/login")
def login(request: Request, token: Annotated[str, Form()] = "", csrf: Csrf = None) -> Response:
    guard = guard_of(request)
    if not guard.writable:
        raise HTTPException(403, "read-only: the server has no write token")
    guard.check_csrf(request, csrf)
    if not guard.token_matches(token.strip()):
        return render(request, "login.html", {"error": "wrong token"}, status_code=401)
    response = RedirectResponse("/upload", status_code=303)
    response.set_cookie(
        AUTH_COOKIE, guard.auth_cookie(session_of(request)), httponly=True, samesite="strict"
    )
    return response


@router.post("/logout")
def logout(request: Request, csrf: Csrf = None) -> Response:
    guard_of(request).check_csrf(request, csrf)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(AUTH_COOKIE)
    return response


def _upload_page(
    request: Request,
    *,
    report: UploadReport | None = None,
    plan: Plan | None = None,
    error: ParleyError | None = None,
) -> HTMLResponse:
    """The upload page, with what was stored or the error line (then a 400)."""
    context = {"report": report, "plan": plan, "error": error.line() if error else None}
    return render(request, "upload.html", context, status_code=400 if error else 200)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> HTMLResponse:
    return _upload_page(request)


@router.post("/upload", response_class=HTMLResponse)
async def upload(
    request: Request, file: Annotated[UploadFile | None, File()] = None, csrf: Csrf = None
) -> HTMLResponse:
    try:
        report = await receive_article(request, file, csrf)
    except InputError as exc:
        return _upload_page(request, error=exc)
    return _upload_page(request, report=report)


@router.post("/upload/plan", response_class=HTMLResponse)
async def upload_plan(
    request: Request,
    file: Annotated[UploadFile | None, File()] = None,
    name: Annotated[str, Form()] = "",
    version: Annotated[str, Form()] = "",
    proposer: Annotated[str | None, Form()] = None,
    date: Annotated[str | None, Form()] = None,
    answers: Annotated[str | None, Form()] = None,
    csrf: Csrf = None,
) -> HTMLResponse:
    """One version of a plan, as ``parley plan add FILE --name --version ...``."""
    try:
        received = await receive(request, file, csrf)
        plan = await run_in_threadpool(
            lambda: import_plan(
                received.record, received.name, received.data, plan_name=name,
                version=version, proposer=clean(proposer), date=clean(date),
                answers=clean(answers),
            )
        )  # fmt: skip
    except ParleyError as exc:
        return _upload_page(request, error=exc)
    return _upload_page(request, plan=plan)


@router.post("/links/decide")
def decide_link(
    request: Request,
    statement: Annotated[int | None, Form()] = None,
    target: Annotated[str | None, Form()] = None,
    decision: Annotated[str | None, Form()] = None,
    csrf: Csrf = None,
) -> Response:
    """Confirm or reject a statement-to-point link (``target``: NAME@VERSION:POINT or
    NAME@VERSION), as ``parley link confirm|reject`` does; back to the statement."""
    guard_of(request).check_write(request, csrf)
    if statement is None or not target or not decision:
        raise HTTPException(400, "statement, target and decision are required")
    record = record_of(request)
    try:
        record.decide_link(statement, target.strip(), Decision(decision))
    except ValueError:
        raise HTTPException(400, f"decision: {decision!r} is not confirm or reject") from None
    except ParleyError as exc:
        raise HTTPException(400, f"{exc.message} [{exc.code}]") from None
    return RedirectResponse(f"/statements/{statement}", status_code=303)
