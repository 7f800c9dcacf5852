"""The web app: ``parley serve``, server-rendered pages and a JSON API over the record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parley.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `parley --help` need not load FastAPI.
    if name == "create_app":
        from parley.web.app import create_app

        return create_app
    raise AttributeError(f"module 'parley.web' has no attribute {name!r}")
