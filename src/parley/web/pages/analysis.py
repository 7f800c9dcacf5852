"""Analysis: a scenario (a file, or one built from the record), its frontier plotted for two
or three parties with the bargaining solutions marked, the solutions, trades from a draft."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from parley.analysis import Analysis, Scenario
from parley.errors import ParleyError
from parley.record import Record
from parley.web.charts import Marked, Panel, frontier_panels
from parley.web.context import BadQuery, clean, record_of, render
from parley.web.scenarios import FileKind, ScenarioFile, load, run, scenario_files, scenario_of

router = APIRouter(include_in_schema=False)
SOLUTION_NAMES = {
    "nash": "Nash",
    "ks": "Kalai-Smorodinsky",
    "egalitarian": "egalitarian",
    "welfare": "max welfare",
}
FRONTIER_ROWS = 30
RECORD_PREFIX = "record:"


@router.get("/analysis", response_class=HTMLResponse)
def analysis_page(
    request: Request,
    scenario: str | None = None,
    parties: Annotated[list[str] | None, Query()] = None,
    draft: str | None = None,
) -> HTMLResponse:
    files = scenario_files(request.app.state.scenarios)
    scenarios = [f for f in files if f.kind is FileKind.SCENARIO]
    packages = [f for f in files if f.kind is FileKind.PACKAGE]
    record = record_of(request)
    derived = [RECORD_PREFIX + plan.ref for plan in record.plans()]
    chosen = clean(scenario) or (scenarios[0].name if scenarios else None)
    context: dict[str, Any] = {
        "scenarios": scenarios,
        "derived": derived,
        "packages": packages,
        "chosen": chosen,
        "draft": clean(draft),
        "result": None,
        "error": None,
    }
    if chosen is not None:
        try:
            context.update(analysis_view(record, files, chosen, parties or [], clean(draft)))
        except ParleyError as exc:
            context["error"] = f"error: {exc.path or chosen}: {exc.message} [{exc.code}]"
    return render(request, "analysis.html", context)


def pick(files: list[ScenarioFile], name: str, kind: FileKind) -> ScenarioFile:
    for f in files:
        if f.name == name and f.kind == kind:
            return f
    raise BadQuery(f"no {kind} file {name!r} (choose one of the list)")


def analysis_view(
    record: Record, files: list[ScenarioFile], name: str, parties: list[str], draft: str | None
) -> dict[str, Any]:
    """The analysis of a scenario file, or of the scenario derived from the positions on a
    plan version (``record:NAME@VERSION``, as ``parley scenario --plan`` writes it)."""
    if name.startswith(RECORD_PREFIX):
        scenario = record.scenario(name.removeprefix(RECORD_PREFIX)).scenario
    else:
        scenario = scenario_of(load(pick(files, name, FileKind.SCENARIO).path), name)
    draft_package = load(pick(files, draft, FileKind.PACKAGE).path) if draft else None
    result = run(scenario, draft_package, source=draft or name)
    ids = list(scenario.party_ids)
    wanted = [p.upper() for p in parties if p.strip()] or ids[:2]
    unknown = [p for p in wanted if p not in ids]
    if unknown:
        raise BadQuery(f"parties: {', '.join(unknown)} not in the scenario ({', '.join(ids)})")
    if not 2 <= len(set(wanted)) <= 3:
        raise BadQuery("parties: choose two or three parties to plot")
    chosen = [ids.index(p) for p in dict.fromkeys(wanted)]
    return {
        "result": result,
        "scenario_obj": scenario,
        "party_ids": ids,
        "plotted": [ids[i] for i in chosen],
        "panels": panels(result, chosen),
        "solutions": solution_rows(scenario, result),
        "frontier_rows": frontier_rows(scenario, result),
        "frontier_total": len(result.frontier) if result.frontier is not None else None,
        "trades": trade_rows(scenario, result),
    }


def panels(result: Analysis, chosen: list[int]) -> list[Panel]:
    s = result.scenario
    if result.frontier is None or not result.feasible:
        return []
    marked = [
        Marked(SOLUTION_NAMES[key], [float(v) for v in sol.values], f"sol-{key}")
        for key, sol in result.solutions.items()
        if sol is not None
    ]
    return frontier_panels(
        s.party_ids,
        [[float(v) for v in row] for row in result.frontier.values],
        chosen,
        marked,
        [float(v) for v in s.reservations],
    )


def solution_rows(s: Scenario, result: Analysis) -> list[dict[str, Any]]:
    rows = []
    for key, sol in result.solutions.items():
        if sol is None:
            continue
        rows.append(
            {
                "name": SOLUTION_NAMES[key],
                "css": f"sol-{key}",
                "gains": [f"{float(g):.4g}" for g in sol.gains],
                "values": [f"{float(v):.4g}" for v in sol.values],
                "least": sol.least_satisfied(s),
                "package": s.package_dict(sol.package),
                "method": sol.method,
                "gap": sol.gap,
            }
        )
    return rows


def frontier_rows(s: Scenario, result: Analysis) -> list[dict[str, Any]]:
    if result.frontier is None:
        return []
    return [
        {
            "values": [f"{float(v):.4g}" for v in values],
            "package": s.package_dict(choice),
        }
        for choice, values in list(
            zip(result.frontier.choices, result.frontier.values, strict=True)
        )[:FRONTIER_ROWS]
    ]


def trade_rows(s: Scenario, result: Analysis) -> dict[str, Any] | None:
    imp = result.improvements
    if imp is None:
        return None
    return {
        "draft": s.package_dict(imp.draft),
        "values": [f"{float(v):.4g}" for v in imp.draft_values],
        "rational": imp.draft_rational,
        "optimal": imp.pareto_optimal,
        "trades": [
            {
                "changes": [(c.point, c.before, c.after) for c in t.changes],
                "gains": [f"{float(g):+.4g}" for g in t.deltas],
                "rational": t.individually_rational,
            }
            for t in imp.trades
        ],
    }
