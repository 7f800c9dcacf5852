"""Ingest on a Dask cluster: throughput with 1 and 2 workers, and memory over a long stream.

Articles come from the generator of ``extract_speed.py`` (dev paragraphs shuffled, names
swapped), one ``.txt`` file each, and go through the real extractor on a
``distributed.LocalCluster`` of single-threaded worker processes, the main process
writing to a fresh SQLite file (``parley.distributed.stream_ingest``).

1. Throughput: the same ``--articles`` files ingested with 1 worker and with 2 in this
   run, alternating 1-2-2-1 (``--rounds``) so that a change in the machine's load weighs
   on both alike; prints articles per second for each and their ratio (goal on two
   cores: >= 1.7), and the CPU the workers and the main process got. Both clusters are
   started and warmed up (spaCy loaded) before the clock starts. The cluster is the one
   ``parley ingest --workers N`` starts (each worker in a session of its own, see
   ``parley.cluster_worker``); with ``--separate-sessions`` it is separate programs
   instead (``dask scheduler`` and one ``dask worker`` per worker, through
   ``--scheduler``), as a real cluster runs.
2. Memory: a stream of ``--stream`` articles on 2 workers. Files are written just before
   they are submitted and deleted once their result is in, so the stream's length costs
   no memory or disk of its own; the peak resident memory (RSS) of the main process and
   of each worker in every ``--window`` (10,000) articles is printed, and must stay flat.

    python benchmarks/ingest_scale.py [--articles 200] [--stream 5000] [--skip-throughput]
    python benchmarks/ingest_scale.py --skip-throughput --stream 100000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from extract_speed import synthetic_articles  # noqa: E402
from parley.distributed import FileResult, local_client, local_cluster, stream_ingest  # noqa: E402
from parley.record import Record  # noqa: E402

MB = 1024 * 1024


def _cluster(workers: int) -> LocalCluster:
    return local_cluster(workers)  # the cluster `parley ingest --workers N` starts


def _warm_up(client: Client) -> None:
    """Load the extraction pipeline on every worker before timing."""

    def load() -> int:
        from parley.extract import extract_statements

        return len(extract_statements('"We are ready to talk," Putin said on Monday.\n'))

    client.run(load)


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / MB


def _worker_rss_mb(client: Client) -> list[float]:
    return [round(rss / MB, 1) for _, rss in sorted(client.run(_rss_bytes).items())]


def _rss_bytes() -> int:
    return int(psutil.Process().memory_info().rss)


def _cpu_seconds() -> float:
    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def _waited_seconds() -> float:
    """Seconds this process's threads spent runnable but waiting for a CPU (Linux)."""
    total = 0
    try:
        for task in Path("/proc/self/task").iterdir():
            total += int((task / "schedstat").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return total / 1e9


def _write_files(folder: Path, count: int, seed: int) -> list[Path]:
    paths = []
    for n, text in enumerate(synthetic_articles(count, seed), 1):
        path = folder / f"article-{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@contextmanager
def _separate_cluster(workers: int, folder: Path) -> Iterator[str]:
    """``dask scheduler`` and ``workers`` single-threaded ``dask worker`` programs on
    127.0.0.1, each in a session of its own; yields the scheduler's address."""
    spec = folder / f"scheduler-{workers}.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    programs = [
        subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
             "--port", "0", "--no-dashboard", "--scheduler-file", str(spec)],
            start_new_session=True, **quiet,
        )
    ]  # fmt: skip
    try:
        for _ in range(600):
            if spec.exists() and spec.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(spec.read_text())["address"]
        programs += [
            subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads",
                 "1", "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"],
                start_new_session=True, **quiet,
            )
            for _ in range(workers)
        ]  # fmt: skip
        yield address
    finally:
        for program in reversed(programs):
            program.terminate()
        for program in programs:
            try:
                program.wait(timeout=20)
            except subprocess.TimeoutExpired:
                program.kill()
                program.wait()


@contextmanager
def _client(workers: int, folder: Path, separate: bool) -> Iterator[Client]:
    if not separate:
        with _cluster(workers) as cluster, local_client(cluster) as client:
            yield client
        return
    with _separate_cluster(workers, folder) as address, Client(address) as client:
        client.wait_for_workers(workers, timeout=300)
        yield client


@dataclass
class Throughput:
    """The runs of one cluster size: wall time, articles, the CPU its workers got."""

    workers: int
    seconds: float = 0.0
    articles: int = 0
    statements: int = 0
    failed: int = 0
    worker_cpu: float = 0.0
    worker_waited: float = 0.0  # runnable, waiting for a CPU
    main_cpu: float = 0.0
    rounds: list[float] = field(default_factory=list)  # articles/s of each run

    @property
    def per_s(self) -> float:
        return self.articles / self.seconds


def _run_once(client: Client, files: list[Path], db: Path, into: Throughput) -> None:
    """Ingest ``files`` into a new database ``db`` on ``client``'s cluster, timed."""
    with Record(db) as record:
        cpu_before = sum(client.run(_cpu_seconds).values())
        waited_before = sum(client.run(_waited_seconds).values())
        main_before = _cpu_seconds()
        start = time.perf_counter()
        for outcome in stream_ingest(record, files, client):
            into.failed += outcome.error is not None
            if outcome.added:
                into.statements += outcome.statements or 0
        seconds = time.perf_counter() - start
        into.main_cpu += _cpu_seconds() - main_before
        into.worker_cpu += sum(client.run(_cpu_seconds).values()) - cpu_before
        into.worker_waited += sum(client.run(_waited_seconds).values()) - waited_before
    into.seconds += seconds
    into.articles += len(files)
    into.rounds.append(len(files) / seconds)


def throughput(
    files: list[Path], folder: Path, separate: bool, rounds: int
) -> tuple[Throughput, Throughput]:
    """1 and 2 workers on the same files, alternating 1-2-2-1 ``rounds`` times.

    Both clusters are started and warmed up first; the runs alternate so that a change
    in the machine's load during the benchmark weighs on both sizes alike.
    """
    one, two = Throughput(1), Throughput(2)
    with ExitStack() as stack:
        clients = {n: stack.enter_context(_client(n, folder, separate)) for n in (1, 2)}
        for client in clients.values():
            _warm_up(client)
        order = [one, two, two, one] * max(1, rounds // 2)
        for n, run in enumerate(order[: max(2, 2 * rounds)]):
            _run_once(clients[run.workers], files, folder / f"throughput-{n}.db", run)
    return one, two


def memory_stream(
    count: int, seed: int, folder: Path, window: int = 10_000, separate: bool = False
) -> None:
    """Peak RSS of the main process and of each worker in every ``window`` articles.

    RSS is sampled 20 times a window; the first window includes loading the pipelines.
    """
    window = max(1, min(window, count))
    sample = max(1, window // 20)
    spool = folder / "stream"
    spool.mkdir()

    def files() -> Iterator[Path]:
        for n, text in enumerate(synthetic_articles(count, seed), 1):
            path = spool / f"s-{n:06d}.txt"
            path.write_text(text, encoding="utf-8")
            yield path

    def done(result: FileResult) -> None:
        Path(result.path).unlink(missing_ok=True)

    db = folder / "stream.db"
    with _client(2, folder, separate) as client, Record(db) as record:
        _warm_up(client)
        print(
            f"memory over a stream of {count:,} articles (2 workers): "
            f"peak RSS in MB per {window:,} articles"
        )
        print(f"  {'articles':>15}  {'main':>7}  {'workers':>15}  {'articles/s':>10}")
        start = time.perf_counter()
        seen = added = failed = 0
        main_peak, worker_peaks = 0.0, [0.0, 0.0]
        window_main, window_workers = 0.0, [0.0, 0.0]
        for outcome in stream_ingest(record, files(), client, on_file=done):
            seen += 1
            failed += outcome.error is not None
            added += outcome.added
            if seen % sample == 0 or seen == count:
                workers_rss = _worker_rss_mb(client)
                window_main = max(window_main, _rss_mb())
                pairs = zip(window_workers, workers_rss, strict=True)
                window_workers = [max(pair) for pair in pairs]
            if seen % window == 0 or seen == count:
                rate = seen / (time.perf_counter() - start)
                span = f"{seen - (seen - 1) % window:,}-{seen:,}"
                print(
                    f"  {span:>15}  {window_main:>7.1f}  {str(window_workers):>15}  {rate:>10.1f}",
                    flush=True,
                )
                main_peak = max(main_peak, window_main)
                pairs = zip(worker_peaks, window_workers, strict=True)
                worker_peaks = [max(pair) for pair in pairs]
                window_main, window_workers = 0.0, [0.0, 0.0]
        print(
            f"stream: {seen:,} articles, {added:,} added, {failed} failed in "
            f"{time.perf_counter() - start:.0f} s; peak RSS main {main_peak:.1f} MB, workers "
            f"{worker_peaks}; database {os.path.getsize(db) / MB:.0f} MB; "
            f"load average {os.getloadavg()[0]:.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="articles for throughput")
    parser.add_argument("--stream", type=int, default=5000, help="articles in the memory stream")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-stream", action="store_true")
    parser.add_argument(
        "--separate-sessions",
        action="store_true",
        help="a cluster of separate programs (dask scheduler, dask worker), not a LocalCluster",
    )
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs of each size, alternating 1-2-2-1"
    )
    parser.add_argument(
        "--window", type=int, default=10_000, help="articles per line of the memory table"
    )
    args = parser.parse_args(argv)
    if args.articles < 1 or args.stream < 1:
        parser.error("--articles and --stream must be positive")
    print(f"cores: {os.cpu_count()}  load average: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="parley-scale-") as tmp:
        folder = Path(tmp)
        if not args.skip_throughput:
            files = _write_files(folder, args.articles, args.seed)
            kind = "separate programs" if args.separate_sessions else "LocalCluster"
            print(f"cluster: {kind}")
            one, two = throughput(files, folder, args.separate_sessions, args.rounds)
            for run in (one, two):
                rates = ", ".join(f"{rate:.1f}" for rate in run.rounds)
                print(
                    f"{run.workers} worker(s): {run.per_s:.2f} articles/s ({run.articles} "
                    f"articles in {run.seconds:.1f} s over {len(run.rounds)} runs: {rates}; "
                    f"{run.statements:,} statements, {run.failed} failed); workers used "
                    f"{run.worker_cpu:.1f} CPU s, {run.worker_cpu / run.seconds:.2f} cores on "
                    f"average, and waited {run.worker_waited:.1f} s for a CPU while runnable; "
                    f"main process {run.main_cpu / run.seconds:.2f} cores"
                )
            print(f"speed-up 2 workers / 1 worker: {two.per_s / one.per_s:.2f}  (goal >= 1.7)")
            print(f"load average after: {os.getloadavg()[0]:.1f}")
        if not args.skip_stream:
            memory_stream(args.stream, args.seed + 1, folder, args.window, args.separate_sessions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
