"""Every registered CLI command is documented in README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parley.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def registered() -> list[str]:
    """Commands, command groups (``parley sources``) and their subcommands."""
    names = [
        command.name or command.callback.__name__.removesuffix("_command").replace("_", "-")
        for command in app.registered_commands
    ]
    for group in app.registered_groups:
        names.append(group.name)
        names += [f"{group.name} {sub.name}" for sub in group.typer_instance.registered_commands]
    return names


def test_the_core_commands_are_registered() -> None:
    assert {"extract", "ingest", "sources", "statements", "demo"} <= set(registered())


@pytest.mark.parametrize("name", registered())
def test_command_is_documented_in_readme(name: str) -> None:
    readme = README.read_text(encoding="utf-8")
    assert re.search(rf"`parley {re.escape(name)}[ `]", readme), (
        f"README.md does not document `parley {name}`"
    )


def test_readme_documents_the_exit_codes() -> None:
    readme = README.read_text(encoding="utf-8")
    assert "## Commands" in readme
    commands = readme.split("## Commands", 1)[1]
    for documented in ("`0` ok", "`1` usage", "`2` bad input", "PARLEY_DB", "PARLEY_MAX_BYTES"):
        assert documented in commands
