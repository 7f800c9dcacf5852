"""Export speed: `parley export` in each format against a plain sqlite3 dump, same run.

Builds a record from generated articles (the dev paragraphs shuffled, as in
extract_speed.py), then times, on the same database file:

- the baseline: one ``sqlite3`` query joining statements to their sources, each row
  written as a JSON line (no sentence context, no types);
- :meth:`Record.export_rows` written as JSON Lines, CSV, Parquet and PLOVER events.

Prints statements per second (CPU time: the cores are shared) and the ratio of each
format's time to the baseline's, the opening of the record included.

    python benchmarks/export_speed.py [--articles 400]
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
from parley.export_formats import ExportFormat, export_to_path  # noqa: E402
from parley.record import Record  # noqa: E402
from parley.sources import Source, text_id  # noqa: E402


def build(db: Path, articles: int) -> int:
    with Record(db) as record:
        for n, text in enumerate(synthetic_articles(articles, seed=5), 1):
            source = Source(id=text_id(text), name=f"bench-{n}", text=text, format="txt",
                            url=f"https://example.org/{n}")  # fmt: skip
            record.ingest_source(source)
        return len(record.statements())


def baseline(db: Path, out: Path) -> float:
    start = time.process_time()
    con = sqlite3.connect(db)
    query = (
        "select s.source_id, s.start_char, s.end_char, s.text, s.direct, s.cue, s.speaker,"
        " s.actor, s.event, s.targets, s.stance, s.about, src.name, src.title, src.url,"
        " src.outlet, src.published_iso from statements s join sources src"
        " on src.id = s.source_id order by src.published, src.name, s.seq"
    )
    names = [
        "source_id", "start", "end", "text", "direct", "cue", "speaker", "actor", "event",
        "targets", "stance", "about", "source", "title", "url", "outlet", "published",
    ]  # fmt: skip
    with out.open("w", encoding="utf-8") as handle:
        for row in con.execute(query):
            handle.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) + "\n")
    con.close()
    return time.process_time() - start


def timed(db: Path, fmt: ExportFormat, out: Path) -> float:
    start = time.process_time()
    with Record(db, create=False) as record:
        export_to_path(record.export_rows(), fmt, out)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be positive")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.db"
        statements = build(db, args.articles)
        base = baseline(db, folder / "base.jsonl")
        print(f"articles: {args.articles}  statements: {statements:,}")
        print(f"baseline sqlite3 + json: {base:.2f} s  {statements / base:,.0f} statements/s")
        for fmt in ExportFormat:
            seconds = timed(db, fmt, folder / f"out.{fmt.value}")
            size = (folder / f"out.{fmt.value}").stat().st_size / 1e6
            print(
                f"parley export {fmt.value:8s} {seconds:6.2f} s  "
                f"{statements / seconds:>9,.0f} statements/s  {size:6.1f} MB  "
                f"ratio to baseline: {seconds / base:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
