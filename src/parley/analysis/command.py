"""``parley analyze SCENARIO.json``: frontier, bargaining solutions and trades from a draft."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parley.analysis.defaults import DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_TIME_LIMIT
from parley.errors import ParleyError, ScenarioError
from parley.launch import command_start

if TYPE_CHECKING:
    from parley.analysis.result import Analysis
    from parley.analysis.scenario import Scenario

# What is left for the solves when loading took the whole budget.
MIN_SOLVE_SECONDS = 0.5

EXIT_BAD_INPUT = 2


def analyze(scenario: Scenario, solutions: Iterable[str], **options: Any) -> Analysis:
    """:func:`parley.analysis.analyze`, imported on the first call: the engine loads SciPy,
    which the command line's other commands do not need."""
    from parley.analysis.result import analyze as run

    return run(scenario, solutions, **options)


class SolutionChoice(StrEnum):
    frontier = "frontier"
    nash = "nash"
    ks = "ks"
    egalitarian = "egalitarian"
    welfare = "welfare"
    all = "all"


class AnalysisFormat(StrEnum):
    table = "table"
    json = "json"


def analyze_command(
    scenario: Annotated[
        Path, typer.Argument(help="Scenario JSON (see docs/analysis.md).", show_default=False)
    ],
    solution: Annotated[
        list[SolutionChoice] | None,
        typer.Option(
            "--solution",
            "-s",
            help="What to compute; repeat for several. [default: all]",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    from_package: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help='Package JSON {"point": "option", ...}: list the nearest Pareto-improving trades.',
            show_default=False,
        ),
    ] = None,
    trades: Annotated[int, typer.Option(min=1, help="How many trades to list with --from.")] = 10,
    time_limit: Annotated[
        float,
        typer.Option(
            "--time-limit",
            min=0.1,
            help="Seconds for the whole run, from the command's launch; past it each solution"
            " is the best package found, with its proven gap.",
        ),
    ] = DEFAULT_TIME_LIMIT,
    uncertainty: Annotated[
        float | None,
        typer.Option(
            "--uncertainty",
            min=0.0,
            max=100.0,
            help="Percent: sample values off by up to this much and report how stable each"
            " solution is (and, with --from, how likely each party accepts the draft).",
            show_default=False,
        ),
    ] = None,
    samples: Annotated[
        int, typer.Option("--samples", min=1, max=1_000_000, help="Samples for --uncertainty.")
    ] = DEFAULT_SAMPLES,
    seed: Annotated[int, typer.Option("--seed", help="Random seed for --uncertainty.")] = (
        DEFAULT_SEED
    ),
    output_format: Annotated[
        AnalysisFormat, typer.Option("--format", "-f", help="Print tables or one JSON object.")
    ] = AnalysisFormat.table,
) -> None:
    """Which packages every party prefers to its alternative, and which are efficient and fair.

    Exit 0 (also when no package is acceptable to all: the result says so), 1 on
    a usage error, 2 on a bad scenario or package file.
    """
    from parley.analysis.scenario import load_scenario  # NumPy: loaded when a scenario is read

    started = command_start()
    wanted = [s.value for s in solution] if solution else ["all"]
    try:
        loaded = load_scenario(scenario)
        draft = _read_package(loaded, from_package) if from_package is not None else None
        # the budget counts from the command's launch: loading the program and the
        # scenario is part of the wait (at least a moment is left for the solves)
        budget = max(MIN_SOLVE_SECONDS, time_limit - (time.monotonic() - started))
        result = analyze(
            loaded, wanted, draft=draft, trades=trades, time_limit=budget,
            uncertainty=uncertainty, samples=samples, seed=seed,
        )  # fmt: skip
    except ParleyError as exc:
        where = f"{exc.path}: " if exc.path else f"{scenario.name}: "
        typer.echo(f"error: {where}{exc.message} [{exc.code}]", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    from parley.analysis.result import render, to_json

    if output_format is AnalysisFormat.json:
        typer.echo(json.dumps(to_json(result), indent=2))
    else:
        from rich.console import Console

        render(result, Console())


def _read_package(loaded: Scenario, path: Path) -> tuple[int, ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScenarioError("no such file", path=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScenarioError(f"cannot read package: {exc}", path=path.name) from None
    return loaded.package_from_mapping(data, source=path.name)
