"""Extraction on a Dask cluster: workers read and extract, this process writes.

>>> from distributed import Client, LocalCluster            # doctest: +SKIP
>>> with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
...     with Record("parley.db") as record:
...         report = ingest_on_cluster(record, ["articles/"], client)

Sixteen files go to a worker at a time, so that short articles share a task's cost. The
worker reads them (:func:`read_files`) and sends back only their sources' ids (text
hashes); the sources already stored, whoever stored them, are not extracted: the worker
that holds the texts extracts the others (:func:`extract_read`) and returns compact
results (statements; a stored source without its text). While no stored source turns
up, a group is read and extracted in one task instead (:func:`read_and_extract`): one
task and one round trip instead of three and two. Results are taken as they complete
(``distributed.as_completed``) with a bounded number of files out at once, so memory
stays flat however long the stream; they are written here in batches through
:meth:`parley.record.Record.store_extracted`, which skips a source stored meanwhile.

The local cluster (:func:`local_cluster`, :func:`local_client`) has one single-threaded
worker process per worker, each in a session of its own (:mod:`parley.cluster_worker`),
and no statistical profiler.

Dask is imported only when this module runs a cluster: the serial path never loads it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley import errors
from parley import extract as extraction
from parley.errors import ClusterError, ExtractionFailedError, InputError, ParleyError
from parley.extract.model import Statement
from parley.extract.options import DEFAULT_OPPOSITION, Opposition
from parley.record import (
    Extracted,
    Extractor,
    IngestReport,
    Progress,
    Record,
    SourceRef,
    failed_file,
)
from parley.sources import Source, iter_inputs, read_path

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

BATCH_SOURCES = 64  # sources written per transaction
IN_FLIGHT_PER_WORKER = 4  # tasks submitted ahead of the results, per worker thread
FILES_PER_TASK = 16  # files one task reads and extracts
CHECK_UNTIL_CLEAN = 4  # groups in a row with no stored source before checking stops


@dataclass(frozen=True, slots=True)
class CodedError:
    """A :class:`ParleyError` in a form that crosses process boundaries intact."""

    kind: str  # the class name in parley.errors
    code: str
    message: str
    path: str | None

    @classmethod
    def of(cls, exc: ParleyError) -> CodedError:
        return cls(type(exc).__name__, exc.code, exc.message, exc.path)

    def error(self) -> ParleyError:
        kind = getattr(errors, self.kind, None)
        if isinstance(kind, type) and issubclass(kind, ParleyError):
            return kind(self.message, path=self.path)
        error = InputError(self.message, path=self.path)
        error.code = self.code  # a class defined elsewhere: keep its code
        return error


@dataclass(frozen=True, slots=True)
class FileResult:
    """What a worker made of one input file: its new sources with their statements and
    the sources already stored (not extracted; without their text), or the error that
    stopped it."""

    path: str
    extracted: list[Extracted] = field(default_factory=list)
    error: CodedError | None = None
    present: list[Source] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FileSources:
    """What a worker read of one input file: its sources, or the error that stopped it."""

    path: str
    sources: list[Source] = field(default_factory=list)
    error: CodedError | None = None


def read_file(path: str, max_bytes: int, reference_date: date | None = None) -> FileSources:
    """Read one file into its sources. Never raises for a bad file."""
    try:
        sources = list(read_path(path, max_bytes=max_bytes, reference_date=reference_date))
    except ParleyError as exc:
        return FileSources(path, error=CodedError.of(exc))
    except Exception as exc:  # noqa: BLE001 - one file that breaks the reader is reported
        return FileSources(path, error=CodedError.of(failed_file(exc, Path(path))))
    return FileSources(path, sources)


def extract_sources(
    read: FileSources,
    extractor: Extractor | None = None,
    stored: Set[str] = frozenset(),
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> FileResult:
    """Extract the sources of one read file, except those whose id is in ``stored``."""
    return extract_read([read], extractor, frozenset(stored), opposition)[0]


def _file_result(
    read: FileSources, stored: Set[str], found: Iterator[list[Statement] | Exception]
) -> FileResult:
    """One read file's result, its new sources' statements taken in turn from ``found``."""
    if read.error is not None:
        return FileResult(read.path, error=read.error)
    extracted: list[Extracted] = []
    failure: Exception | None = None
    for source in read.sources:
        if source.id in stored:
            continue
        statements = next(found)
        if isinstance(statements, Exception):
            failure = failure or statements
        else:
            extracted.append(Extracted(source, statements))
    if isinstance(failure, ParleyError):
        return FileResult(read.path, error=CodedError.of(failure))
    if failure is not None:  # one article that breaks the extractor is reported
        return FileResult(read.path, error=CodedError.of(failed_file(failure, Path(read.path))))
    present = [replace(source, text="") for source in read.sources if source.id in stored]
    return FileResult(read.path, extracted, present=present)


def extract_file(
    path: str,
    max_bytes: int,
    extractor: Extractor | None = None,
    reference_date: date | None = None,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> FileResult:
    """Read and extract one file, every source in it. Never raises for a bad file."""
    return extract_sources(
        read_file(path, max_bytes, reference_date), extractor, opposition=opposition
    )


def read_files(paths: list[str], max_bytes: int, reference_date: date | None) -> list[FileSources]:
    """:func:`read_file` for each of ``paths`` (a task; its result stays on the worker)."""
    return [read_file(path, max_bytes, reference_date) for path in paths]


def source_ids(read: list[FileSources]) -> list[str]:
    """The ids (text hashes) of the sources read (a task: the small part sent back)."""
    return [source.id for file in read for source in file.sources]


def extract_read(
    read: list[FileSources],
    extractor: Extractor | None,
    stored: frozenset[str],
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> list[FileResult]:
    """:func:`extract_sources` for each file read (a task, on the worker that read them):
    the new sources of all the files extracted together
    (:func:`parley.extract.extract_each`), or one by one with ``extractor``."""
    articles = [
        extraction.Article(source.text, source=source.name, published=source.published)
        for file in read
        if file.error is None
        for source in file.sources
        if source.id not in stored
    ]
    found = extraction.extract_each(articles, extractor=extractor, opposition=opposition)
    return [_file_result(file, stored, found) for file in read]


def read_and_extract(
    paths: list[str],
    max_bytes: int,
    reference_date: date | None,
    extractor: Extractor | None,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> list[FileResult]:
    """:func:`read_files` and :func:`extract_read` of every source, in one task."""
    read = read_files(paths, max_bytes, reference_date)
    return extract_read(read, extractor, frozenset(), opposition)


# ---------------------------------------------------------------------------- clusters


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster of ``workers``.

    The local cluster has one single-threaded worker process per worker (extraction holds
    the GIL) and no dashboard. Raises :class:`ClusterError` when neither can be had.
    """
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - both are dependencies
        raise ClusterError(f"Dask is not installed ({exc}); pip install 'parley'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler ({exc})", path=scheduler) from None
        with client:
            yield client
        return
    from parley.cluster_worker import silenced_shutdown

    try:
        cluster = local_cluster(workers or 1)
    except (OSError, RuntimeError, TimeoutError) as exc:
        raise ClusterError(f"cannot start a local Dask cluster ({exc})") from None
    # Once the work is done, the client, the workers and the scheduler close, and what
    # they log while they race one another is not shown (see ``UntilShutdown``).
    closing = threading.Event()
    with silenced_shutdown(closing.is_set), cluster, local_client(cluster) as client:
        try:
            yield client
        finally:
            closing.set()


def local_client(cluster: LocalCluster) -> Client:
    """A client of ``cluster`` (from :func:`local_cluster`) whose workers are each in a
    session of their own (:class:`parley.cluster_worker.OwnSession`) and silent once
    closing (:class:`parley.cluster_worker.QuietShutdown`), and whose scheduler
    keeps no record that grows with every task
    (:class:`parley.cluster_worker.BoundedSpanRecord`)."""
    import dask
    from distributed import Client

    from parley.cluster_worker import BoundedSpanRecord, OwnSession, QuietShutdown

    with dask.config.set(LOCAL_SETTINGS):  # the client's own logs are bounded alike
        client = Client(cluster)
    client.register_plugin(OwnSession())
    client.register_plugin(QuietShutdown())
    client.register_plugin(BoundedSpanRecord())
    return client


# Dask settings of the local cluster (scheduler, workers) and of its client.
LOCAL_SETTINGS: dict[str, Any] = {
    "distributed.scheduler.worker-saturation": "inf",
    # No statistical profiler: its thread samples each worker's stack every 10 ms
    # (CPU and the GIL taken from extraction) and keeps 1,000 seconds of call trees,
    # so a worker's memory grows for the first 17 minutes of a run and past them.
    "distributed.worker.profile.enabled": False,
    # Dask's debugging logs (the scheduler's transitions and events, the last messages of
    # each connection: whole task specs) keep 1,000 entries each, and the scheduler's
    # system monitor an hour of samples: megabytes in the ingesting process that fill
    # up over the first 10,000 articles and the first hour. Keep a few of each.
    "distributed.admin.low-level-log-length": 50,
    "distributed.admin.system-monitor.log-length": 120,
    # The scheduler and the nannies run in the ingesting process. Idle, at Dask's defaults
    # (a tick every 20 ms to time the event loop, the nannies reading each worker's memory
    # every 100 ms, the system monitor every 500 ms) they took 0.05 cores of the two, which
    # the workers' extraction lacks; at these intervals, 0.008.
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


def local_cluster(workers: int) -> LocalCluster:
    """A cluster on this machine: ``workers`` single-threaded worker processes, no dashboard,
    no profiler. Use it through :func:`local_client`.

    Its scheduler sends tasks to the workers as soon as they are submitted (no
    scheduler-side queuing): with as many tasks in flight as :func:`iter_file_results`
    allows, a worker never waits for a round trip to get its next file.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_SETTINGS):
        return LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # the scheduler's HTTP server (health, metrics) on a free loopback port: the
            # default 8787 may be taken, and Dask would warn about it
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,  # worker chatter is not for the user
        )


def _worker_threads(client: Client) -> int:
    info = client.scheduler_info()
    return max(1, sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()))


# ---------------------------------------------------------------------------- ingest


# Which of these source ids are stored already (e.g. :meth:`Record.stored_ids`).
KnownIds = Callable[[list[str]], Set[str]]


def iter_file_results(
    client: Client,
    files: Iterable[Path],
    *,
    max_bytes: int,
    extractor: Extractor | None = None,
    reference_date: date | None = None,
    in_flight: int | None = None,
    files_per_task: int = FILES_PER_TASK,
    known: KnownIds | None = None,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> Iterator[FileResult]:
    """Each file's :class:`FileResult`, in the order their tasks complete.

    Files go to the workers ``files_per_task`` at a time (a task's scheduling costs about
    as much as extracting a short article). A worker first reads its files and sends
    back only the ids (text hashes) of their sources; ``known`` says which are stored
    already, and the worker holding the texts extracts the others: a stored source is
    not extracted again, and its result comes back without its text. Once
    ``CHECK_UNTIL_CLEAN`` groups in a row had no stored source, the stream is taken to be
    new articles: a group is read and extracted in one task (a third of the scheduling
    and one round trip instead of two, which is most of this process's work), and
    ``known`` is asked afterwards; a group that had a stored source turns the check
    back on. (Storing skips a stored source either way.) At most ``in_flight`` groups of
    files are out at once (default: four per worker thread), so neither the scheduler nor
    this process ever holds more than ``in_flight * files_per_task`` files, however long
    ``files``.
    """
    from distributed import as_completed

    limit = in_flight or IN_FLIGHT_PER_WORKER * _worker_threads(client)
    chunks = _chunks(files, max(1, files_per_task))
    paths: dict[Any, list[str]] = {}  # task key -> its files, for errors the task cannot return
    texts: dict[Any, Future] = {}  # ids task key -> the read task holding the texts

    clean = 0  # groups in a row with no stored source
    direct: set[Any] = set()  # keys of the tasks that read and extract at once

    def submit(chunk: list[str]) -> Future:
        # pure=False: a file may change between two runs, so its path is no cache key
        if known is None or clean >= CHECK_UNTIL_CLEAN:
            both = client.submit(
                read_and_extract, chunk, max_bytes, reference_date, extractor, opposition,
                pure=False,
            )  # fmt: skip
            paths[both.key] = chunk
            direct.add(both.key)
            return both
        read = client.submit(read_files, chunk, max_bytes, reference_date, pure=False)
        ids = client.submit(source_ids, read, pure=False)
        paths[ids.key] = chunk
        texts[ids.key] = read
        return ids

    # The newest released future of each stage is held until the next one is let go: the
    # scheduler deletes a task group whose tasks are all gone, and a new one of the same
    # name joins the running computation's set of groups, which keeps every one (memory in
    # this process growing with the stream). Holding one task per stage keeps each group.
    held: dict[str, Future] = {}

    def let_go(future: Future, stage: str) -> None:
        previous = held.get(stage)
        held[stage] = future
        if previous is not None:
            previous.release()

    first = [submit(chunk) for chunk in islice(chunks, limit)]
    if not first:
        return
    queue = as_completed(first)
    try:
        for future in queue:
            chunk = paths.pop(future.key)
            read = texts.pop(future.key, None)  # None: this was the extraction task
            try:
                answer = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker died or the task could not run
                problem = f"the worker failed ({type(exc).__name__}: {exc})"
                answer = [
                    FileResult(path, error=CodedError.of(ExtractionFailedError(problem, path=path)))
                    for path in chunk
                ]
                if read is not None:
                    let_go(read, "read")
                    read = None
            if read is not None:  # the ids are in: extract the sources not stored yet
                let_go(future, "ids")
                stored = frozenset(known(answer)) if known is not None and answer else frozenset()
                clean = 0 if stored else clean + 1
                extracted = client.submit(
                    extract_read, read, extractor, stored, opposition, pure=False
                )
                let_go(read, "read")  # the extraction task holds the texts now
                paths[extracted.key] = chunk
                queue.add(extracted)
                continue
            if future.key in direct:
                direct.discard(future.key)
                let_go(future, "direct")
                ids = [item.source.id for result in answer for item in result.extracted]
                if known is not None and ids and known(ids):
                    clean = 0  # stored sources again: check before extracting
            else:
                let_go(future, "extract")
            following = next(chunks, None)
            if following is not None:
                queue.add(submit(following))
            yield from answer
    finally:
        for future in held.values():
            future.release()


def _chunks(files: Iterable[Path], size: int) -> Iterator[list[str]]:
    pending = iter(files)
    while chunk := [str(path) for path in islice(pending, size)]:
        yield chunk


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an ingest did with one source (stored or already present), or one failed file."""

    ref: SourceRef | None = None
    statements: int | None = None  # statements stored; None when the source was present
    error: ParleyError | None = None
    source: Source | None = None

    @property
    def added(self) -> bool:
        return self.ref is not None and self.statements is not None


def stream_ingest(
    record: Record,
    files: Iterable[Path],
    client: Client,
    *,
    in_flight: int | None = None,
    batch: int = BATCH_SOURCES,
    reference_date: date | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    files_per_task: int = FILES_PER_TASK,
) -> Iterator[Outcome]:
    """Extract ``files`` on the cluster and store them; one :class:`Outcome` per source.

    A source whose id (text hash) is stored already is not stored again, and, while such
    sources come (see :func:`iter_file_results`), not extracted either: its outcome then
    comes as soon as its file is read. Nothing accumulates: results are written in batches of
    ``batch`` sources as they come, and each outcome is yielded once its batch is
    committed. ``on_file`` is called as each file's result arrives.
    """
    waiting: list[Extracted] = []

    def flush() -> Iterator[Outcome]:
        for item, count in zip(waiting, record.store_extracted(waiting), strict=True):
            ref = SourceRef(item.source.id, item.source.name, item.source.path)
            yield Outcome(ref, count, source=item.source)
        waiting.clear()

    results = iter_file_results(
        client, files, max_bytes=record.max_bytes, extractor=record.extractor,
        reference_date=reference_date, in_flight=in_flight, known=record.stored_ids,
        files_per_task=files_per_task, opposition=record.opposition,
    )  # fmt: skip
    for result in results:
        if result.error is not None:
            yield Outcome(error=result.error.error())
        else:
            for source in result.present:  # stored already: not extracted
                yield Outcome(SourceRef(source.id, source.name, source.path), source=source)
            waiting.extend(result.extracted)
            if len(waiting) >= batch:
                yield from flush()
        if on_file is not None:
            on_file(result)
    yield from flush()


def ingest_on_cluster(
    record: Record,
    paths: Iterable[str | Path],
    client: Client,
    *,
    progress: Progress | None = None,
    reference_date: date | None = None,
    update_metadata: bool = False,
    report: IngestReport | None = None,
    in_flight: int | None = None,
    batch: int = BATCH_SOURCES,
) -> IngestReport:
    """:meth:`Record.ingest`, with reading and extraction on the cluster behind ``client``.

    Same result and options as the serial ingest: each source stored once with its
    statements, bad files in ``report.failed``; one failing file never stops the others.
    """
    report = report if report is not None else IngestReport()
    files = list(iter_inputs(paths))
    report.files += len(files)
    done = 0

    def advance(result: FileResult) -> None:
        nonlocal done
        done += 1
        report.files_read += 1
        for item in result.extracted:
            report.warnings.extend(item.source.warnings)
        for source in result.present:
            report.warnings.extend(source.warnings)
        if progress is not None:
            progress(done, len(files), Path(result.path))

    outcomes = stream_ingest(
        record, files, client, in_flight=in_flight, batch=batch,
        reference_date=reference_date, on_file=advance,
    )  # fmt: skip
    for outcome in outcomes:
        if outcome.error is not None:
            report.failed.append(outcome.error)
        elif outcome.ref is None:
            continue
        elif outcome.statements is not None:
            report.added.append(outcome.ref)
            report.statements_added += outcome.statements
        elif update_metadata and outcome.source and record.refresh_source(outcome.source):
            report.updated.append(outcome.ref)
        else:
            report.present.append(outcome.ref)
    return report


def ingest_with_dask(
    record: Record,
    paths: Iterable[str | Path],
    workers: int | None = None,
    scheduler: str | None = None,
    *,
    progress: Progress | None = None,
    reference_date: date | None = None,
    update_metadata: bool = False,
    report: IngestReport | None = None,
) -> IngestReport:
    """Ingest on the scheduler at ``scheduler``, or on a new local cluster of ``workers``."""
    with dask_client(workers or os.cpu_count() or 1, scheduler) as client:
        return ingest_on_cluster(
            record, paths, client, progress=progress, reference_date=reference_date,
            update_metadata=update_metadata, report=report,
        )  # fmt: skip
