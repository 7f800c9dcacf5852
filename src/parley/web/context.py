"""What every page shares: the template environment, the record, the query helpers."""

from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from parley.record import Record
from parley.web.cache import DerivedCache
from parley.web.security import CSRF_FIELD, Guard, session_of

TEMPLATES = Path(__file__).parent / "templates"
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
ACTOR_COLOURS = 12


class BadQuery(ValueError):
    """A query parameter the page cannot use (shown as a 400 with the message)."""


def actor_class(code: str | None) -> str:
    """A CSS class for an actor's colour, stable across pages and runs."""
    if not code:
        return "a-none"
    return f"a{zlib.crc32(code.encode()) % ACTOR_COLOURS}"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,  # every value is escaped, article text above all
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["actor_class"] = actor_class
    env.filters["day"] = lambda value: value.strftime("%Y-%m-%d") if value else ""
    env.filters["when"] = lambda value: value.strftime("%Y-%m-%d %H:%M") if value else ""
    return env


ENV = _environment()


def record_of(request: Request) -> Record:
    record: Record = request.app.state.record
    return record


def cache_of(request: Request) -> DerivedCache:
    cache: DerivedCache = request.app.state.cache
    return cache


def guard_of(request: Request) -> Guard:
    guard: Guard = request.app.state.guard
    return guard


def render(
    request: Request, template: str, context: dict[str, Any], *, status_code: int = 200
) -> HTMLResponse:
    guard = guard_of(request)
    base = {
        "request": request,
        "path": request.url.path,
        "writable": guard.writable,
        "signed_in": guard.signed_in(request),
        "csrf_field": CSRF_FIELD,
        "csrf": guard.csrf_token(session_of(request)),
    }
    html = ENV.get_template(template).render({**base, **context})
    return HTMLResponse(html, status_code=status_code)


def parse_day(value: str | None, name: str) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadQuery(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def clean(value: str | None) -> str | None:
    """A query value with blanks as None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


class Pager:
    """Which rows a page shows, and the links to the pages around it."""

    def __init__(self, page: int, total: int, size: int = PAGE_SIZE) -> None:
        if page < 1:
            raise BadQuery(f"page: {page} is not a page number (1 or more)")
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise BadQuery(f"size: {size} is outside 1..{MAX_PAGE_SIZE}")
        self.size = size
        self.total = total
        self.pages = max(1, -(-total // size))
        self.page = page
        self.offset = (page - 1) * size

    @property
    def first(self) -> int:
        return min(self.offset + 1, self.total)

    @property
    def last(self) -> int:
        return min(self.offset + self.size, self.total)

    def link(self, path: str, params: dict[str, Any], page: int) -> str:
        return f"{path}?{urlencode({**params, 'page': page})}"


def query_params(values: dict[str, Any]) -> dict[str, str]:
    """The non-empty filter values, for links that keep the filters."""
    return {k: str(v) for k, v in values.items() if v not in (None, "")}
