"""tests/data/negotiations/score.py: the rounds' corpus scoring agrees with parley's scorer."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from parley.evaluation import score_dirs

CORPUS = Path(__file__).resolve().parent / "data" / "negotiations"
PART = "test47"  # a spent part: 21 articles, three of them on the Ukraine plan


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("negotiation_score", CORPUS / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


score = _score_module()


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("score")
    assert score.main(["run", PART, "--out", str(out), "--withheld", "CTGOV"]) == 0
    return out


def test_a_part_scores_as_parley_eval_scores_its_predictions(scored: Path) -> None:
    summary = json.loads((scored / "summary.json").read_text(encoding="utf-8"))
    assert summary[PART]["all"]["report"] == score_dirs(CORPUS / PART, scored / PART)
    groups = summary[PART]
    # the new negotiations and the Ukraine articles split the part's gold between them
    assert (
        groups["new"]["counts"]["gold"] + groups["ukr"]["counts"]["gold"]
        == (groups["all"]["counts"]["gold"])
    )
    assert groups["ukr"]["counts"]["gold"] > 0


def test_withheld_rows_leave_out_the_codes_statements(scored: Path) -> None:
    groups = json.loads((scored / "summary.json").read_text(encoding="utf-8"))[PART]
    held = sum(
        1
        for gold in (CORPUS / PART).glob("*.gold.jsonl")
        for line in gold.read_text(encoding="utf-8").splitlines()
        if line.strip()
        and not (row := json.loads(line)).get("optional")
        and "CTGOV" in (row.get("actor"), row.get("about"))
    )
    assert held > 0
    assert groups["all-x"]["counts"]["gold"] == groups["all"]["counts"]["gold"] - held


def test_compare_and_errors(scored: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert score.main(["compare", str(scored), str(scored)]) == 0
    assert capsys.readouterr().out.strip() == "pooled identical counters"
    assert score.main(["errors", str(scored), PART, "--field", "detect"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("errors: ")


def test_an_unknown_part_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no part 'nope'"):
        score.main(["run", "nope", "--out", str(tmp_path)])
