"""Score statement-to-point linking on the labelled sets in tests/data/links/.

Run as a script to print precision and recall for a sweep of thresholds:

    .venv/bin/python tests/links_eval.py [labelled.jsonl]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from parley.plans import links
from parley.plans.model import Plan
from parley.plans.parse import parse_plan

DATA = Path(__file__).resolve().parent / "data"
PLAN_TEXT = DATA / "positions" / "us-28-point-draft.txt"


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    plan_accuracy: float
    items: int


def labelled_plan() -> Plan:
    return parse_plan(
        PLAN_TEXT.read_text(encoding="utf-8"), name="us-peace-plan", version="28-point-draft",
        proposer="USA", path=str(PLAN_TEXT),
    )  # fmt: skip


def score(path: Path, plan: Plan | None = None) -> Score:
    plan = plan or labelled_plan()
    index = links.PointIndex(plan)
    tp = fp = fn = 0
    plan_right = plan_items = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found = {p for p, *_ in links.link_points(index, item["text"])}
        gold = set(item["points"])
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        if not gold:
            plan_items += 1
            said_plan = not found and links.names_plan(item["text"])
            plan_right += said_plan == bool(item.get("plan"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return Score(precision, recall, plan_right / plan_items if plan_items else 1.0, tp + fn)


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else DATA / "links" / "labelled.jsonl"
    for threshold in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        links.SIMILARITY_THRESHOLD = links.REFERENCE_THRESHOLD = threshold
        s = score(path)
        print(f"threshold {threshold:.2f}: precision {s.precision:.2f} recall {s.recall:.2f} "
              f"whole-plan accuracy {s.plan_accuracy:.2f} ({s.items} gold links)")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
