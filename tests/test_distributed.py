"""Extraction on a Dask cluster: a real LocalCluster of two worker processes, the real extractor.

The workers run in their own processes, so they extract with the real pipeline (the
fake extractor of conftest patches this process only); the serial ingest it is compared
with uses the real pipeline too.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from articles import write_bad_inputs, write_html, write_jsonl, write_txt
from fake_extraction import fake_extract
from parley.cli import main
from parley.record import Extracted, Record
from parley.sources import read_path
from parley.storage import SourceRow, StatementRow

distributed = pytest.importorskip("distributed")

DEV = Path(__file__).parent / "data" / "dev"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A client of a local cluster: two worker processes of one thread each."""
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Six real dev articles, an HTML page and a JSON Lines file of two records."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(DEV.glob("*.txt"))[:6]:
        shutil.copy(path, folder / path.name)
    write_html(folder)
    write_jsonl(folder)
    return folder


def stored(db: Path | str) -> tuple[dict[str, tuple[str, str | None]], list[tuple[Any, ...]]]:
    """Sources (id -> name, path) and every statement's fields, from a database."""
    with Record(db, create=False) as record:
        sources = {s.id: (s.name, s.path) for s in record.sources()}
        rows = [
            (
                r.source_id,
                r.start,
                r.end,
                r.text,
                r.direct,
                r.cue,
                r.speaker,
                r.actor,
                r.event,
                tuple(r.targets),
                r.stance,
                r.about,
            )  # fmt: skip
            for r in record.statements()
        ]
    return sources, rows


def test_cluster_ingest_stores_what_the_serial_ingest_stores(
    client: Any, corpus: Path, tmp_path: Path
) -> None:
    from parley.distributed import ingest_on_cluster

    with Record(tmp_path / "serial.db") as record:
        serial = record.ingest([corpus])
    with Record(tmp_path / "dask.db") as record:
        report = ingest_on_cluster(record, [corpus], client, batch=3)

    assert report.ok and serial.ok
    assert len(report.added) == len(serial.added) == 9
    assert report.statements_added == serial.statements_added > 0
    assert stored(tmp_path / "dask.db") == stored(tmp_path / "serial.db")


def test_a_bad_file_is_reported_and_the_others_go_in(
    client: Any, corpus: Path, tmp_path: Path
) -> None:
    from parley.distributed import ingest_on_cluster

    bad = write_bad_inputs(corpus / "bad")
    with Record(tmp_path / "dask.db") as record:
        report = ingest_on_cluster(record, [corpus, bad["missing"][0]], client)
    codes = sorted((Path(e.path or "").name.split(":")[0], e.code) for e in report.failed)
    assert codes == sorted((path.name, code) for path, code in bad.values())
    assert len(report.added) == 9


def test_two_overlapping_ingests_store_each_source_once(
    client: Any, corpus: Path, tmp_path: Path
) -> None:
    from parley.distributed import ingest_on_cluster

    files = sorted(p for p in corpus.iterdir() if p.is_file())
    db = tmp_path / "shared.db"
    Record(db).close()  # the schema first: two creators would race on the migration
    halves = [files[:6], files[3:]]  # three files in both
    reports: list[Any] = [None, None]

    def ingest(which: int) -> None:
        with Record(db) as record:
            reports[which] = ingest_on_cluster(record, halves[which], client, batch=2)

    threads = [threading.Thread(target=ingest, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    added = [ref.id for report in reports for ref in report.added]
    assert len(added) == len(set(added)) == 9  # every source added by exactly one of them
    present = {ref.id for report in reports for ref in report.present}
    assert present <= set(added)
    with Record(db) as record, record.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(SourceRow)) == 9
        per_source = connection.execute(
            select(StatementRow.source_id, StatementRow.seq, func.count())
            .group_by(StatementRow.source_id, StatementRow.seq)
            .having(func.count() > 1)
        ).all()
    assert per_source == []
    assert sum(r.statements_added for r in reports) == len(stored(db)[1])


def mark_extract(folder: str, text: str, source: str = "", published: Any = None) -> Any:
    """The fake extractor, leaving a file named for each source it extracts (on the worker)."""
    (Path(folder) / source.replace(":", "-")).touch()
    return fake_extract(text, source=source, published=published)


def test_stored_sources_are_skipped_before_extraction(
    client: Any, corpus: Path, tmp_path: Path
) -> None:
    from parley.distributed import ingest_on_cluster

    marks = tmp_path / "extracted"
    marks.mkdir()
    extractor = functools.partial(mark_extract, str(marks))
    with Record(tmp_path / "d.db", extractor=extractor) as record:
        first = ingest_on_cluster(record, [corpus], client)
        assert len(first.added) == 9 and len(list(marks.iterdir())) == 9
        for mark in marks.iterdir():
            mark.unlink()
        write_txt(corpus, "late", body='"A late word," Putin said on Monday.\n')
        again = ingest_on_cluster(record, [corpus], client)
    assert len(again.present) == 9 and len(again.added) == 1 and again.ok
    assert [mark.name for mark in marks.iterdir()] == ["late"]  # only the new one extracted


def test_a_long_stream_leaves_the_scheduler_no_more_task_groups(
    client: Any, tmp_path: Path
) -> None:
    """One file a task, 60 files: the running computation keeps a bounded set of groups."""
    from parley.distributed import iter_file_results

    folder = tmp_path / "many"
    folder.mkdir()
    body = '"Word {}," Putin said on Monday.\n'
    files = [write_txt(folder, f"a{n:03d}", body=body.format(n)) for n in range(60)]
    scheduler = client.cluster.scheduler
    extractor = functools.partial(mark_extract, str(tmp_path))
    # A task that runs all along, as a long stream's tasks do: the scheduler is never idle,
    # so all of this is one computation.
    busy = client.submit(time.sleep, 60, pure=False)
    results = list(
        iter_file_results(
            client, files, max_bytes=10_000_000, extractor=extractor, files_per_task=1, in_flight=2
        )
    )
    assert len(results) == 60 and all(r.error is None for r in results)
    groups = len(scheduler.computations[-1].groups)
    busy.cancel()
    assert groups <= 6, f"{groups} task groups kept for 3 stages"
    for _ in range(100):  # the releases reach the scheduler soon after
        if not scheduler.tasks:
            break
        time.sleep(0.1)
    assert not scheduler.tasks  # nothing left behind


def _span_records(scheduler: Any) -> int:
    """Entries in the metadata of the scheduler's spans (Dask adds one per submission)."""
    spans = scheduler.extensions["spans"].spans.values()
    return sum(len(span.metadata["collections"]) for span in spans if span.metadata)


def _stream_of_60(client: Any, folder: Path) -> None:
    from parley.distributed import iter_file_results

    folder.mkdir()
    body = '"Word {}," Putin said on Monday.\n'
    files = [write_txt(folder, f"a{n:03d}", body=body.format(n)) for n in range(60)]
    extractor = functools.partial(mark_extract, str(folder.parent))
    results = list(
        iter_file_results(
            client, files, max_bytes=10_000_000, extractor=extractor, files_per_task=1, in_flight=2
        )
    )
    assert len(results) == 60 and all(r.error is None for r in results)


def test_the_scheduler_of_a_local_cluster_keeps_no_record_per_task(
    client: Any, tmp_path: Path
) -> None:
    """Dask's scheduler (in the ingesting process) adds a record to the span's metadata at
    every submission; parley's local cluster keeps those records and its logs bounded."""
    from parley.distributed import local_client, local_cluster

    before = _span_records(client.cluster.scheduler)
    _stream_of_60(client, tmp_path / "plain")  # a cluster without parley's settings
    assert _span_records(client.cluster.scheduler) - before >= 60  # one or more tasks a file

    with local_cluster(1) as cluster, local_client(cluster) as ours:
        _stream_of_60(ours, tmp_path / "ours")
        scheduler = cluster.scheduler
        assert _span_records(scheduler) <= 2
        assert len(scheduler.transition_log) <= 50
        assert scheduler.monitor.maxlen <= 120


class CountingClient:
    """A Dask client that notes the name of every function submitted through it."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.submitted: list[str] = []

    def submit(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        self.submitted.append(func.__name__)
        return self.client.submit(func, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)


def test_new_articles_go_in_one_task_and_stored_ones_turn_the_check_back_on(
    client: Any, tmp_path: Path
) -> None:
    """After a few groups with no stored source, a group is read and extracted in one task;
    stored sources turn the check before extraction back on, and none is stored twice."""
    from parley.distributed import stream_ingest

    folder, marks = tmp_path / "in", tmp_path / "marks"
    folder.mkdir()
    marks.mkdir()
    body = '"Word {}," Putin said on Monday.\n'
    old = [write_txt(folder, f"old{n:02d}", body=body.format(f"old {n}")) for n in range(20)]
    new = [write_txt(folder, f"new{n:02d}", body=body.format(f"new {n}")) for n in range(20)]
    extractor = functools.partial(mark_extract, str(marks))
    with Record(tmp_path / "d.db", extractor=extractor) as record:
        assert all(o.added for o in stream_ingest(record, old, client))
        for mark in marks.iterdir():
            mark.unlink()
        counting = CountingClient(client)
        outcomes = list(stream_ingest(record, new + old, counting, in_flight=2, files_per_task=1))
    assert sum(o.added for o in outcomes) == 20 and len(outcomes) == 40
    assert not any(o.error for o in outcomes)
    direct = counting.submitted.count("read_and_extract")
    checked = counting.submitted.count("source_ids")
    assert direct >= 10 and checked >= 15 and direct + checked == 40
    extracted_old = [m for m in marks.iterdir() if m.name.startswith("old")]
    assert len(extracted_old) <= 3  # the groups in flight when the first stored one came


def test_cli_ingest_on_a_running_scheduler(client: Any, corpus: Path, tmp_path: Path, capsys):
    write_bad_inputs(corpus / "bad")
    db = tmp_path / "cli.db"
    address = client.scheduler.address
    code = main(["ingest", str(corpus), "--scheduler", address, "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "sources added: 9" in out and "failed: 6" in out  # `missing` is not in the folder
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 6 and all(line.endswith("]") for line in errors)
    assert "Traceback" not in err
    # again: everything is already present, nothing is stored twice
    assert main(["ingest", str(corpus), "--scheduler", address, "--db", str(db)]) == 2
    assert "already present: 9" in capsys.readouterr().out


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, capsys) -> None:
    write_txt(tmp_path)
    code = main(
        ["ingest", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9", "--db", str(tmp_path / "x")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: tcp://127.0.0.1:9: cannot reach the Dask scheduler")
    assert err.rstrip().endswith("[E601]") and len(err.strip().splitlines()) == 1


def test_cli_workers_starts_a_local_cluster(tmp_path: Path) -> None:
    write_txt(tmp_path)
    write_jsonl(tmp_path)
    db = tmp_path / "w.db"
    result = subprocess.run(
        [sys.executable, "-m", "parley.cli", "ingest", str(tmp_path), "--workers", "2",
         "--db", str(db)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "sources added: 3" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_serial_path_does_not_import_dask(tmp_path: Path) -> None:
    write_txt(tmp_path)
    code = (
        "import sys\nfrom parley.cli import main\n"
        f"main(['ingest', {str(tmp_path)!r}, '--db', {str(tmp_path / 's.db')!r}])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("[]")


def test_store_extracted_skips_stored_sources_and_survives_a_racing_writer(
    fresh_db: Record, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    items = [
        Extracted(source, [])
        for path in (write_txt(folder), write_html(folder), write_jsonl(folder))
        for source in read_path(path)
    ]
    assert fresh_db.store_extracted(items[:1]) == [0]
    other = Record(fresh_db.url)
    begun = 0

    def race(*_: Any) -> None:  # between the batch's check and its write, another writer
        nonlocal begun
        begun += 1
        if begun == 2:
            other.store_extracted([items[2]])

    # On checking out the write's connection, before its BEGIN (on SQLite, BEGIN IMMEDIATE
    # takes the write lock, and the other writer would wait for it).
    event.listen(fresh_db.engine.pool, "checkout", race)
    try:
        counts = fresh_db.store_extracted(items + items[1:2])
    finally:
        event.remove(fresh_db.engine.pool, "checkout", race)
        other.close()
    assert counts == [None, 0, None, 0, None]  # stored before, new, raced, new, twice in the batch
    assert len(fresh_db.sources()) == 4


# A worker plugin and a scheduler plugin that log what a cluster's own shutdown race logs
# (a CommClosedError, with its traceback, at level ERROR) while the cluster closes, and a
# marker while it runs. The script runs in a process of its own, so that stderr holds what
# the worker processes print as well as the ingesting process.
SHUTDOWN_RACE = """
import logging

from distributed import SchedulerPlugin, WorkerPlugin
from distributed.comm.core import CommClosedError

from parley.distributed import dask_client


def lost_race(name):
    try:
        raise CommClosedError("in <TCP (closed) ConnectionPool.heartbeat_worker>: Stream is closed")
    except CommClosedError:
        logging.getLogger(name).exception("Failed to communicate with scheduler during heartbeat.")


class Racing(WorkerPlugin):
    name = "test-racing"

    def setup(self, worker):
        logging.getLogger("distributed.worker").error("worker-running-marker")

    def teardown(self, worker):
        lost_race("distributed.worker")


class RacingScheduler(SchedulerPlugin):
    name = "test-racing-scheduler"

    async def close(self):
        lost_race("distributed.scheduler")


if __name__ == "__main__":
    with dask_client(1) as client:
        client.register_plugin(RacingScheduler())
        client.register_plugin(Racing())
        assert client.submit(sum, [1, 2], pure=False).result() == 3
    print("done")
"""


def test_a_closing_cluster_prints_no_traceback(tmp_path: Path) -> None:
    """What workers and scheduler log while the cluster closes is not shown; what they log
    while it runs is (so the workers' stderr is seen here)."""
    script = tmp_path / "race.py"
    script.write_text(SHUTDOWN_RACE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    assert "worker-running-marker" in result.stderr
    assert "Traceback" not in result.stderr and "CommClosedError" not in result.stderr
