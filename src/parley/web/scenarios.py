"""The scenarios and draft packages the analysis page offers, and running an analysis."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from parley.analysis import Analysis, Scenario, analyze, scenario_from_dict
from parley.errors import ParleyError, ScenarioError


class FileKind(StrEnum):
    SCENARIO = "scenario"  # points and parties
    PACKAGE = "package"  # point -> option


@dataclass(frozen=True, slots=True)
class ScenarioFile:
    """A JSON file that is a scenario (points and parties) or a package (point -> option)."""

    name: str
    path: Path
    kind: FileKind


def bundled_folder() -> Path:
    return Path(str(resources.files("parley") / "data" / "scenarios"))


def scenario_files(extra: Path | None = None) -> list[ScenarioFile]:
    """The bundled scenario and package files, then those in ``extra``."""
    out: list[ScenarioFile] = []
    seen: set[str] = set()
    for folder in (bundled_folder(), extra):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            if path.name in seen:
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                continue  # not offered; choosing it would only fail
            if not isinstance(data, dict):
                continue
            kind = FileKind.SCENARIO if "points" in data and "parties" in data else FileKind.PACKAGE
            seen.add(path.name)
            out.append(ScenarioFile(path.name, path, kind))
    return out


def load(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScenarioError(f"cannot read: {exc}", path=path.name) from None


def run(
    scenario: Scenario, draft: dict[str, str] | None, *, source: str, trades: int = 10
) -> Analysis:
    """Every solution, the frontier, and the trades from ``draft`` when given."""
    package = scenario.package_from_mapping(draft, source=source) if draft is not None else None
    return analyze(scenario, ["all"], draft=package, trades=trades)


def scenario_of(data: Any, name: str) -> Scenario:
    try:
        return scenario_from_dict(data, source=name)
    except ParleyError:
        raise
    except (TypeError, ValueError) as exc:
        raise ScenarioError(str(exc), path=name) from None
