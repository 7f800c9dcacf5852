"""How fast the record stores sources and statements, against plain sqlite3.

Extraction is done once up front, so the figure is the cost of storage alone:
``Record.ingest_source`` (SQLAlchemy, one transaction per source, duplicate check)
against the same rows written with the standard library's ``sqlite3`` in one
transaction per source, both into fresh files in the same run. Prints sources per
second for each and their ratio; a second pass shows that re-ingesting known
sources is cheap.

    python benchmarks/ingest_speed.py [--sources N]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import synthetic_articles  # noqa: E402
from parley.extract import extract_statements  # noqa: E402
from parley.record import Record  # noqa: E402
from parley.sources import Source, text_id  # noqa: E402


def prepared(count: int) -> list[tuple[Source, list]]:
    out = []
    for n, text in enumerate(synthetic_articles(count, seed=11), 1):
        source = Source(id=text_id(text), name=f"bench-{n}", text=text, format="txt")
        out.append((source, extract_statements(text, source=source.name)))
    return out


def plain_sqlite(path: Path, items: list[tuple[Source, list]]) -> float:
    con = sqlite3.connect(path)
    con.execute("create table sources (id text primary key, name text, text text, format text)")
    con.execute(
        "create table statements (id integer primary key, source_id text, start int, end int,"
        " text text, direct int, cue text, speaker text, actor text, event text, targets text,"
        " stance text, about text)"
    )
    start = time.perf_counter()
    for source, statements in items:
        with con:
            con.execute(
                "insert into sources values (?, ?, ?, ?)",
                (source.id, source.name, source.text, source.format),
            )
            con.executemany(
                "insert into statements (source_id, start, end, text, direct, cue, speaker,"
                " actor, event, targets, stance, about) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (source.id, s.start, s.end, s.text, s.direct, s.cue, s.speaker, s.actor,
                     s.event, json.dumps(s.targets), s.stance, s.about)
                    for s in statements
                ],
            )  # fmt: skip
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def parley_record(path: Path, items: list[tuple[Source, list]]) -> tuple[float, float]:
    by_id = {source.id: statements for source, statements in items}

    def precomputed(text: str, source: str = "", published=None) -> list:
        return by_id[text_id(text)]

    with Record(path, extractor=precomputed) as record:
        start = time.perf_counter()
        for source, _ in items:
            record.ingest_source(source)
        first = time.perf_counter() - start
        start = time.perf_counter()
        for source, _ in items:
            record.ingest_source(source)  # already present: skipped
        again = time.perf_counter() - start
    return first, again


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=500)
    args = parser.parse_args(argv)
    items = prepared(args.sources)
    statements = sum(len(s) for _, s in items)
    with tempfile.TemporaryDirectory() as tmp:
        baseline = plain_sqlite(Path(tmp) / "plain.db", items)
        first, again = parley_record(Path(tmp) / "parley.db", items)
    n = len(items)
    print(f"sources: {n}  statements: {statements:,}")
    print(f"plain sqlite3:  {baseline:.2f} s  {n / baseline:,.0f} sources/s")
    print(f"parley Record:  {first:.2f} s  {n / first:,.0f} sources/s")
    print(f"re-ingest (all already present): {again:.2f} s  {n / again:,.0f} sources/s")
    print(f"ratio Record/plain sqlite3: {first / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
