"""``parley eval GOLD_DIR PRED_DIR``: score predicted statements against gold."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from parley.errors import InputError
from parley.evaluation import METRICS, score_dirs


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


def eval_command(
    gold_dir: Annotated[
        Path, typer.Argument(help="Folder of NAME.gold.jsonl files (hand-made statements).")
    ],
    pred_dir: Annotated[
        Path, typer.Argument(help="Folder of NAME.jsonl files (`parley extract --out`).")
    ],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", help="Print a table or one JSON object.")
    ] = ReportFormat.table,
) -> None:
    """Score extracted statements in PRED_DIR against the gold in GOLD_DIR.

    A prediction matches a gold statement when their content words overlap
    (Dice >= 0.5), one-to-one, best first. The headline is attributed_f1: a hit
    is a matched statement whose actor is right. Exit 2 on bad input.
    """
    try:
        report = score_dirs(gold_dir, pred_dir)
    except InputError as exc:
        typer.echo(f"error: {exc.path or gold_dir}: {exc.message} [{exc.code}]", err=True)
        raise typer.Exit(code=2) from None
    if output_format is ReportFormat.json:
        typer.echo(json.dumps(report))
        return
    table = Table(caption=f"{pred_dir} scored against {gold_dir}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name in METRICS:
        value = report[name]
        table.add_row(name, "-" if value is None else str(value))
    Console().print(table)
