"""benchmarks/polnear.py on an invented article in PolNeAR's standoff format."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load():
    spec = importlib.util.spec_from_file_location("polnear", ROOT / "benchmarks" / "polnear.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["polnear"] = module
    spec.loader.exec_module(module)
    return module


polnear = _load()

TEXT = (
    "The mayor praised the new budget on Monday. "
    "Observers think the deal will hold. "
    "“We will not back down,” the union leader, Maria Ortiz, told reporters.\n"
)


def _span(sub: str) -> str:
    a = TEXT.index(sub)
    return f"{a} {a + len(sub)}"


ANN = "\n".join(
    [
        f"T1\tSource {_span('The mayor')}\tThe mayor",
        f"T2\tCue {_span('praised')}\tpraised",
        f"T3\tContent {_span('the new budget')}\tthe new budget",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        f"T4\tSource {_span('Observers')}\tObservers",
        f"T5\tCue {_span('think')}\tthink",
        f"T6\tContent {_span('the deal will hold')}\tthe deal will hold",
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        f"T7\tSource {_span('the union leader, Maria Ortiz')}\tthe union leader, Maria Ortiz",
        f"T8\tCue {_span('told')}\ttold",
        f"T9\tContent {_span('“We will not back down,”')}\t“We will not back down,”",
        "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
    ]
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for sub in ("text", "attributions"):
        (tmp_path / "data" / "dev" / sub).mkdir(parents=True)
    (tmp_path / "data" / "dev" / "text" / "wire_one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "data" / "dev" / "attributions" / "wire_one_ab12.ann").write_text(
        ANN, encoding="utf-8"
    )
    return tmp_path


def test_reads_standoff_and_classes_spoken(corpus: Path) -> None:
    [article] = polnear.load_split(corpus, "dev")
    spoken = [g.spoken for g in article.gold]
    assert spoken == [True, False, True]  # 'praised' speaks, 'think' does not, a quotation does
    assert [g.named_source for g in article.gold] == [False, False, True]


def test_dice_and_tally(corpus: Path) -> None:
    assert polnear.dice([(0, 10)], [(5, 15)]) == 0.5
    [article] = polnear.load_split(corpus, "dev")
    tally = polnear.Tally()
    content = article.gold[2].content[0]
    tally.add(article, [polnear.Predicted(content[0] + 1, content[1] - 2, "Maria Ortiz")])
    assert (tally.spoken, tally.spoken_found, tally.named_right) == (2, 1, 1)
    assert tally.precision == 1.0


def test_runs_end_to_end(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert polnear.main(["--data", str(corpus), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "recall (spoken)" in out and "words/s" in out
