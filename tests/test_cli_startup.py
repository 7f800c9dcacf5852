"""Start-up cost of the command line: commands that never open a database or analyse a
scenario must not load SQLAlchemy, Alembic or SciPy (about a second of CPU together)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import parley.analysis
from parley.cli_options import DB_ENV
from parley.storage.engine import DB_ENV as STORAGE_DB_ENV

HEAVY = ("sqlalchemy", "alembic", "scipy", "highspy")


def _loaded_after(code: str) -> list[str]:
    """Which HEAVY packages a fresh interpreter holds after running ``code`` (which may
    print to stdout: the answer is stderr's last line)."""
    probe = (
        f"{code}\n"
        "import sys\n"
        "top = {name.split('.')[0] for name in sys.modules}\n"
        f"print('loaded:', *sorted(top & set({HEAVY!r})), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    last = done.stderr.splitlines()[-1].split()
    assert last[0] == "loaded:", done.stderr
    return last[1:]


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"], ["analyze", "--help"]])
def test_help_loads_no_database_or_solver(argv: list[str]) -> None:
    code = f"from parley.cli import main\nassert main({argv!r}) == 0"
    assert _loaded_after(code) == []


def test_extract_loads_no_database_or_solver(tmp_path: Path) -> None:
    article = tmp_path / "short.txt"
    article.write_text(
        'Title: Talks\n\nThe minister said on Monday that "the talks will go on".\n',
        encoding="utf-8",
    )
    code = (
        "import contextlib, io\n"
        "from parley.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    assert main(['extract', {str(article)!r}]) == 0\n"
        "assert 'talks will go on' in out.getvalue(), out.getvalue()\n"
    )
    assert _loaded_after(code) == []


def test_the_lazy_analysis_exports_still_resolve() -> None:
    for name in parley.analysis.__all__:
        assert getattr(parley.analysis, name) is not None
    assert set(parley.analysis.__all__) <= set(dir(parley.analysis))
    with pytest.raises(AttributeError):
        parley.analysis.no_such_name  # noqa: B018


def test_the_cli_names_the_same_database_variable_as_storage() -> None:
    assert DB_ENV == STORAGE_DB_ENV
