"""``parley serve``: the web app on localhost."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parley.cli_options import DB_ENV
from parley.errors import ParleyError

EXIT_BAD_INPUT = 2
LOCAL = ("127.0.0.1", "localhost", "::1")


def serve_command(
    db: Annotated[
        str | None,
        typer.Option(
            "--db", envvar=DB_ENV, help="SQLite file or SQLAlchemy URL.", show_default=False
        ),
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on (localhost unless told).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    token_file: Annotated[
        Path | None,
        typer.Option(
            "--token-file",
            envvar="PARLEY_TOKEN_FILE",
            help="File holding the write token (else $PARLEY_TOKEN; neither: read-only).",
            show_default=False,
        ),
    ] = None,
    scenarios: Annotated[
        Path | None,
        typer.Option(
            help="Folder of scenario/package JSON files for the analysis page.",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Open the record in a browser: pages and a JSON API under /api/."""
    import uvicorn

    from parley.web.app import create_app

    try:
        app = create_app(db=db, token_file=token_file, scenarios=scenarios)
    except ParleyError as exc:
        where = f"{exc.path}: " if exc.path else ""
        typer.echo(f"error: {where}{exc.message} [{exc.code}]", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    mode = "read-write (token set)" if app.state.guard.writable else "read-only (no token)"
    if host not in LOCAL:
        typer.echo(f"warning: listening on {host}, reachable from other machines", err=True)
    typer.echo(f"parley: {app.state.record!r}, {mode}, http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
