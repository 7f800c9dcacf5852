"""How fast positions come out of a large record, against one SQL scan of its statements.

A 28-point plan and N stored statements (default 100,000, in sources of 20 statements,
written straight into the tables: setup, not measured). Each statement speaks of the
plan as a whole, of a point by number, figure or topic, or of nothing, with a stance,
some first-hand, some hearsay, over 60 days and 40 outlets. Measured in the same run:

* baseline: one ``SELECT`` of every row and column of the ``statements`` table;
* links: deriving every link once (what ``parley positions`` does after an ingest);
* positions: ``Record.positions(plan=...)`` with the links current (what every later
  call costs): the ratio to the baseline is the figure (goal: at most 5).

    python benchmarks/positions_speed.py [--statements N]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from parley.plans.parse import parse_plan
from parley.record import Record
from parley.storage.models import SourceRow, StatementRow

PLAN = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "positions" / "us-28-point-draft.txt"
)
ACTORS = ["UKR", "RUS", "USA", "EUR", "FRA", "DEU", "GBR", "POL", "TUR", "CHN"]
SAYINGS = [
    ("the plan is a good basis for a settlement", "support"),
    ("we reject this proposal as it stands", "oppose"),
    ("point {n} is unacceptable", "oppose"),
    ("we can live with point {n}", "support"),
    ("the 600,000 cap on the army is too low", "oppose"),
    ("the amnesty must not cover war crimes", "oppose"),
    ("lifting sanctions in stages is reasonable", "support"),
    ("the frozen assets should pay for reconstruction", "mixed"),
    ("elections within 100 days are possible", "support"),
    ("the talks were long", None),
]


def build(record: Record, count: int, per_source: int = 20, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(2025, 11, 1, tzinfo=UTC)
    sources, statements = [], []
    for k in range(count // per_source):
        when = start + timedelta(days=rng.randrange(60), hours=rng.randrange(24))
        lines, spans = ["Officials discussed the 28-point plan on Friday."], []
        offset = len(lines[0]) + 1
        for _ in range(per_source):
            text, stance = rng.choice(SAYINGS)
            text = text.format(n=rng.randint(1, 28))
            actor = rng.choice(ACTORS)
            about = rng.choice(ACTORS) if rng.random() < 0.2 else None
            spans.append((offset, offset + len(text), text, actor, stance, about))
            lines.append(text)
            offset += len(text) + 1
        body = "\n".join(lines)
        sid = hashlib.sha256(f"{k}:{body}".encode()).hexdigest()
        sources.append({
            "id": sid, "name": f"bench-{k}", "format": "txt", "outlet": f"Outlet {k % 40}",
            "published": when, "published_iso": when.isoformat(), "text": body, "extra": {},
            "added_at": datetime.now(UTC),
        })  # fmt: skip
        for seq, (a, b, text, actor, stance, about) in enumerate(spans):
            statements.append({
                "source_id": sid, "seq": seq, "start_char": a, "end_char": b, "text": text,
                "direct": True, "cue": "said", "speaker": None, "actor": actor, "event": None,
                "targets": [], "stance": stance, "about": about if about != actor else None,
            })  # fmt: skip
    with record.engine.begin() as connection:
        connection.execute(insert(SourceRow.__table__), sources)
        connection.execute(insert(StatementRow.__table__), statements)


def timed(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Record(Path(tmp) / "bench.db") as record:
        plan = parse_plan(PLAN.read_text(encoding="utf-8"), name="us-peace-plan",
                          version="28-point-draft", proposer="USA", date="2025-10-01")  # fmt: skip
        record.add_plan(plan)
        build(record, args.statements)

        def scan() -> None:
            with record.engine.connect() as connection:
                rows = connection.execute(select(StatementRow.__table__)).all()
            assert len(rows) == args.statements

        baseline = timed(scan)
        t = time.perf_counter()
        report = record.refresh_links()
        linking = time.perf_counter() - t
        found: list = []

        def positions() -> None:
            found[:] = record.positions(plan=plan.ref)

        took = timed(positions)
    print(f"statements: {args.statements:,}; links derived once: {report.links:,} "
          f"in {linking:.1f} s ({linking / baseline:.0f}x the scan)")  # fmt: skip
    print(f"baseline, one SQL scan of the statements table: {baseline:.3f} s")
    print(f"positions on {plan.ref} ({len(found)} rows): {took:.3f} s")
    print(f"ratio positions / scan: {took / baseline:.2f} (goal: at most 5)")


if __name__ == "__main__":
    main()
