"""How fast the web app answers over a large record, against the raw SQL that reads the rows.

A database with 100,000 statements (2,000 sources of 50 statements, written straight
into the tables, no extraction) and a 28-point plan; the app served by uvicorn on
127.0.0.1 in this process, asked over HTTP. For each request the same rows are also
read with one raw SQL query on a plain ``sqlite3`` connection, in the same run:

- the statements page (``/statements?page=N``, 50 rows) and ``/api/statements?offset=...``
  against the SQL that selects those 50 statements with their source, in page order (the
  same two queries Record runs: statements per source, then the page's few sources); a
  third row compares those two queries with the single ORDER BY ... LIMIT query that sorts
  every statement (the naive way, much slower);
- the plan page (``/plans/REF``: points, diff, position matrix with its evidence) against
  the query that selects the plan's linked statements with a stance, with their sources:
  once with the positions derived anew (as after any change to the record), once with
  them kept from the previous request (the record unchanged).

Prints median and 99th-percentile latency of each and the ratio to the raw query
(goal: median at most 10x).

    python benchmarks/web_speed.py [--statements 100000] [--requests 100]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from parley.record import Record
from parley.storage.models import SourceRow, StatementRow
from parley.web import create_app
from parley.web.server import serving

PER_SOURCE = 50
PAGE = 50
ACTORS = ["RUS", "UKR", "USA", "EUR", "FRA", "DEU", "GBR", "TUR", "CHN", "POL"]
SPEAKERS = {
    "RUS": "Dmitry Peskov", "UKR": "Volodymyr Zelensky", "USA": "Marco Rubio",
    "EUR": "Kaja Kallas", "FRA": "Emmanuel Macron", "DEU": "Friedrich Merz",
    "GBR": "Keir Starmer", "TUR": "Hakan Fidan", "CHN": "Wang Yi", "POL": "Donald Tusk",
}  # fmt: skip
TOPICS = [
    "the cap of 600,000 troops in point 6", "the amnesty in point 26", "NATO membership",
    "the territorial provisions", "the frozen assets", "security guarantees for Ukraine",
    "sanctions relief", "elections within 100 days", "the Zaporizhzhia power plant",
    "the plan as a whole",
]  # fmt: skip
STANCES = ["support", "oppose", "mixed", None]
PLAN_TEXT = "Title: Benchmark plan\n\n" + "\n".join(
    f"{n}. {text}"
    for n, text in enumerate(
        [
            "Ukraine's sovereignty will be confirmed.",
            "A non-aggression agreement will be concluded between Russia, Ukraine and Europe.",
            "Russia will not invade its neighbours and NATO will not expand further.",
            "A dialogue between Russia and NATO will be held with the United States as mediator.",
            "Ukraine will receive reliable security guarantees.",
            "The size of the Ukrainian armed forces will be limited to 600,000 personnel.",
            "Ukraine agrees to enshrine in its constitution that it will not join NATO.",
            "NATO agrees not to station troops in Ukraine.",
            "European fighter jets will be stationed in Poland.",
            "The United States guarantee comes with compensation.",
            "Ukraine is eligible for membership of the European Union.",
            "A powerful global development package will rebuild Ukraine.",
            "Russia will be reintegrated into the global economy, sanctions lifted in stages.",
            "Frozen Russian assets will be invested in US-led efforts to rebuild Ukraine.",
            "A joint American-Russian security working group will be set up.",
            "Russia will enshrine a policy of non-aggression towards Europe and Ukraine.",
            "The United States and Russia will extend nuclear arms control treaties.",
            "Ukraine agrees to be a non-nuclear state under the Non-Proliferation Treaty.",
            "The Zaporizhzhia nuclear power plant will be restarted under IAEA supervision.",
            "Both countries will undertake educational programmes promoting tolerance.",
            "Crimea, Luhansk and Donetsk will be recognised as de facto Russian.",
            "Neither side will change the territorial arrangements by force.",
            "Russia will not obstruct Ukraine's use of the Dnieper river for commerce.",
            "A humanitarian committee will resolve outstanding issues and exchange prisoners.",
            "Ukraine will hold elections in 100 days.",
            "All parties to the conflict will receive full amnesty for their actions.",
            "The agreement will be legally binding and monitored by a Peace Council.",
            "Once all parties agree, a ceasefire will take effect immediately.",
        ],
        start=1,
    )
)


def build(path: Path, total: int, seed: int = 7) -> str:
    """A record of ``total`` statements and one plan; returns the plan's NAME@VERSION."""
    rng = random.Random(seed)
    start = datetime(2025, 11, 1, tzinfo=UTC)
    sources, statements = [], []
    for n in range(-(-total // PER_SOURCE)):
        parts, spans = [], []
        offset = 0
        for k in range(min(PER_SOURCE, total - n * PER_SOURCE)):
            actor = rng.choice(ACTORS)
            topic = rng.choice(TOPICS)
            quote = f"We have studied {topic} in the 28-point plan; our answer is clear ({n}-{k})"
            line = f'"{quote}," {SPEAKERS[actor]} said.\n\n'
            spans.append((offset + 1, offset + 1 + len(quote), quote, actor, k))
            parts.append(line)
            offset += len(line)
        text = "".join(parts)
        source_id = f"{n:064x}"
        published = start + timedelta(hours=n % 1440)
        sources.append(
            {
                "id": source_id, "name": f"bench-{n:05d}", "format": "txt",
                "title": f"Report {n}", "url": None, "outlet": f"Outlet {n % 40}",
                "published": published, "published_iso": published.isoformat(), "path": None,
                "text": text, "extra": {}, "added_at": start,
            }
        )  # fmt: skip
        for s, e, quote, actor, k in spans:
            about = rng.choice(ACTORS) if rng.random() < 0.1 else None
            statements.append(
                {
                    "source_id": source_id, "seq": k, "start_char": s, "end_char": e, "text": quote,
                    "direct": True, "cue": "said", "speaker": SPEAKERS[actor], "actor": actor,
                    "event": rng.choice(["AGREE", "REJECT", "CONSULT", None]),
                    "targets": [], "stance": rng.choice(STANCES), "about": about,
                }
            )  # fmt: skip
    with Record(path) as record:
        with record.engine.begin() as con:
            con.execute(SourceRow.__table__.insert(), sources)
            con.execute(StatementRow.__table__.insert(), statements)
        from parley.plans import parse_plan

        plan = record.add_plan(parse_plan(PLAN_TEXT, name="bench-plan", version="28-points"))
    return plan.ref


# The rows of one page the way Record finds them: statements per source in source order
# (one row per source), then the statements of the few sources the page falls in.
WINDOW_SQL = """
select so.id, count(st.id) from sources so join statements st on st.source_id = so.id
group by so.id order by so.published is null, so.published, so.name, so.id
"""
WINDOW_ROWS_SQL = """
select st.*, so.name from statements st join sources so on so.id = st.source_id
where st.source_id in ({marks})
order by so.published is null, so.published, so.name, so.id, st.seq limit ? offset ?
"""
# The same rows in one query: sorts every statement, so it is slower than the two above.
STATEMENT_PAGE_SQL = """
select st.*, so.name from statements st join sources so on so.id = st.source_id
order by so.published is null, so.published, so.name, so.id, st.seq limit ? offset ?
"""
PLAN_SQL = """
select st.id, st.source_id, st.start_char, st.end_char, st.text, st.speaker, st.actor,
       st.about, st.stance, st.event, st.direct, so.name, so.outlet, so.url, so.published_iso,
       pl.name, pl.version, lk.point, lk.method, lk.score, lk.reason
from statements st join sources so on so.id = st.source_id
join statement_links lk on lk.statement_id = st.id join plans pl on pl.id = lk.plan_id
where st.stance is not null and pl.name = ? and pl.version = ?
"""


def raw_page(sql: sqlite3.Connection, limit: int, offset: int) -> list[tuple[object, ...]]:
    """One page of statements with plain sqlite3, by the same two queries Record runs."""
    before, wanted, taken = 0, [], 0
    for source_id, n in sql.execute(WINDOW_SQL):
        if not wanted and before + n <= offset:
            before += n
            continue
        wanted.append(source_id)
        taken += n
        if before + taken >= offset + limit:
            break
    query = WINDOW_ROWS_SQL.format(marks=",".join("?" * len(wanted)))
    return sql.execute(query, [*wanted, limit, offset - before]).fetchall()


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def measure(
    label: str,
    requests: int,
    page: Callable[[int], object],
    raw: Callable[[int], object],
    keys: list[int],
) -> tuple[str, float, float, float, float]:
    page_times, raw_times = [], []
    for i in range(requests):
        key = keys[i % len(keys)]
        page_times.append(timed(lambda: page(key)))  # noqa: B023
        raw_times.append(timed(lambda: raw(key)))  # noqa: B023
    return (
        label,
        statistics.median(page_times),
        percentile(page_times, 99),
        statistics.median(raw_times),
        percentile(raw_times, 99),
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument(
        "--fresh", type=int, default=3, help="plan pages measured with positions derived anew"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "web-speed.db"
        t0 = time.perf_counter()
        ref = build(db, args.statements)
        print(f"built {args.statements:,} statements and {ref} in {time.perf_counter() - t0:.1f} s")
        name, version = ref.split("@")
        sql = sqlite3.connect(db)
        pages = -(-args.statements // PAGE)
        rng = random.Random(3)
        page_keys = [rng.randrange(1, pages + 1) for _ in range(args.requests)]
        app = create_app(db=db, token=None)
        with (
            serving(app) as url,
            httpx.Client(base_url=url, timeout=None) as http,
        ):

            def get(path: str) -> None:
                response = http.get(path)
                response.raise_for_status()

            t0 = time.perf_counter()
            get(f"/plans/{ref}")  # the first visit links every statement to the plan
            print(f"first plan page (links all statements): {time.perf_counter() - t0:.1f} s")
            for warm in ("/statements", "/api/statements"):
                get(warm)
            tables = {r[0] for r in sql.execute("select name from sqlite_master")}
            has_links = "statement_links" in tables
            if has_links:
                linked = sql.execute("select count(*) from statement_links").fetchone()[0]
                print(f"statement links: {linked:,}")
            rows = [
                measure(
                    "statements page (50 rows)",
                    args.requests,
                    lambda p: get(f"/statements?page={p}"),
                    lambda p: raw_page(sql, PAGE, (p - 1) * PAGE),
                    page_keys,
                ),
                measure(
                    "/api/statements (50 rows)",
                    args.requests,
                    lambda p: get(f"/api/statements?limit={PAGE}&offset={(p - 1) * PAGE}"),
                    lambda p: raw_page(sql, PAGE, (p - 1) * PAGE),
                    page_keys,
                ),
                measure(
                    "  (one ORDER BY ... LIMIT query)",
                    max(10, args.requests // 5),
                    lambda p: raw_page(sql, PAGE, (p - 1) * PAGE),
                    lambda p: sql.execute(STATEMENT_PAGE_SQL, (PAGE, (p - 1) * PAGE)).fetchall(),
                    page_keys,
                ),
            ]
            if has_links:

                def fresh_plan_page(_: int) -> None:
                    app.state.cache.clear()  # as after any change to the record
                    get(f"/plans/{ref}")

                rows.append(measure(
                    "plan page, positions derived",
                    args.fresh,
                    fresh_plan_page,
                    lambda _: sql.execute(PLAN_SQL, (name, version)).fetchall(),
                    [0],
                ))  # fmt: skip
                rows.append(measure(
                    "plan page, record unchanged",
                    max(10, args.requests // 3),
                    lambda _: get(f"/plans/{ref}"),
                    lambda _: sql.execute(PLAN_SQL, (name, version)).fetchall(),
                    [0],
                ))  # fmt: skip
            else:
                print("no positions layer in this parley: the plan page is not measured")
        print()
        print(f"{'request':34} {'median':>9} {'p99':>9} {'raw median':>11} {'raw p99':>9}"
              f" {'ratio median':>13} {'ratio p99':>10}")  # fmt: skip
        for label, med, p99, raw_med, raw_p99 in rows:
            print(
                f"{label:34} {med * 1000:8.1f}ms {p99 * 1000:8.1f}ms {raw_med * 1000:10.1f}ms"
                f" {raw_p99 * 1000:8.1f}ms {med / raw_med:12.1f}x {p99 / raw_p99:9.1f}x"
            )


if __name__ == "__main__":
    main()
