"""The application factory: one :class:`~parley.record.Record`, pages, the JSON API.

>>> app = create_app(db="parley.db", token=None)     # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)     # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley import __version__
from parley.record import Record
from parley.web.cache import DerivedCache
from parley.web.context import BadQuery, render
from parley.web.security import SECURITY_HEADERS, SESSION_COOKIE, Guard, load_token

STATIC = Path(__file__).parent / "static"


def create_app(
    db: str | Path | Record | None = None,
    token: str | None = None,
    *,
    token_file: str | Path | None = None,
    scenarios: str | Path | None = None,
) -> FastAPI:
    """The web app over the database ``db`` (a path, URL or an open Record).

    ``token`` (else ``$PARLEY_TOKEN``, else ``token_file``) allows writing; without one
    the app is read-only. ``scenarios`` is a folder of scenario and package JSON files
    offered on the analysis page besides the bundled ones.
    """
    from parley.web.pages import ROUTERS

    record = db if isinstance(db, Record) else Record(db, create=True)
    app = FastAPI(
        title="parley",
        version=__version__,
        description="The record of a negotiation: sources, statements, plans, positions.",
        docs_url=None,  # the bundled Swagger page loads scripts from a CDN: not here
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.record = record
    app.state.cache = DerivedCache(record)
    app.state.guard = Guard.create(load_token(token, token_file))
    app.state.scenarios = Path(scenarios) if scenarios else None
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _install_middleware(app)
    _install_error_pages(app)
    return app


def _install_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def session_and_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        session = request.cookies.get(SESSION_COOKIE)
        fresh = not session or len(session) > 64
        request.state.session = Guard.new_session() if fresh else session
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if fresh:
            response.set_cookie(
                SESSION_COOKIE, request.state.session, httponly=True, samesite="strict"
            )
        return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _install_error_pages(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return render(
            request, "error.html", {"status": exc.status_code, "message": exc.detail},
            status_code=exc.status_code,
        )  # fmt: skip

    async def bad_query(request: Request, exc: Exception) -> Response:
        message = str(exc)
        if isinstance(exc, RequestValidationError):
            message = "; ".join(_validation_text(e) for e in exc.errors())
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=400)
        return render(request, "error.html", {"status": 400, "message": message}, status_code=400)

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(BadQuery, bad_query)
    app.add_exception_handler(RequestValidationError, bad_query)


def _validation_text(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ())[1:])
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg"))
