"""Input files to their sources' statements, several articles extracted at a time.

``parley extract`` and :meth:`parley.record.Record.ingest` take files one by one and
report each bad file on its own. Extraction is faster over several articles at once
(:func:`parley.extract.extract_each` parses the sentences of 32 articles in one
``nlp.pipe`` stream), so :func:`extract_files` reads files ahead until it holds a batch
of articles, extracts them together, and hands back each file in order with what was
read of it and each source's statements or the exception its extraction raised: the
caller reports and writes file by file, as if each had been extracted alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from parley import extract as extraction
from parley.extract import Article, Statement
from parley.extract.options import DEFAULT_OPPOSITION, Opposition
from parley.sources import Source

# What one source's extraction gave: its statements, the exception it raised, or None
# when it was not extracted (the caller said it need not be).
Found = list[Statement] | Exception | None
# Reads one file into its sources (a generator may yield some and then raise).
Reader = Callable[[Path], Iterable[Source]]
# Which of these source ids need no extraction (e.g. already stored).
Skip = Callable[[list[str]], set[str]]

# Files read ahead at most, whatever their number of articles (empty or failing files).
MAX_FILES_AHEAD = 64


@dataclass(slots=True)
class FileExtraction:
    """One input file: the sources read from it, each one's :data:`Found`, and the
    exception that stopped reading it (after ``sources``), if any."""

    path: Path
    sources: list[Source] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    error: Exception | None = None


def extract_files(
    files: Iterable[Path],
    read: Reader,
    *,
    skip: Skip | None = None,
    extractor: Callable[..., list[Statement]] | None = None,
    batch: int = extraction.BATCH_ARTICLES,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> Iterator[FileExtraction]:
    """Each of ``files`` in order, read with ``read`` and its sources extracted.

    The sources of consecutive files are extracted together, ``batch`` articles at a
    time (:func:`parley.extract.extract_each`). ``skip`` says which source ids not to
    extract (their :data:`Found` is None), asked once per batch. ``extractor`` (the
    signature of :func:`parley.extract.extract_statements`) extracts one article at a
    time instead, and files are read one at a time. ``opposition`` says how domestic
    opposition politicians are coded (:class:`parley.extract.Opposition`).
    """
    pending = iter(files)
    size = 1 if extractor is not None else max(1, batch)
    while True:
        window: list[FileExtraction] = []
        articles = 0
        for path in pending:
            item = _read(path, read)
            window.append(item)
            articles += len(item.sources)
            if articles >= size or len(window) >= MAX_FILES_AHEAD:
                break
        if not window:
            return
        _extract_window(window, skip, extractor, size, opposition)
        yield from window


def _read(path: Path, read: Reader) -> FileExtraction:
    item = FileExtraction(path)
    try:
        for source in read(path):
            item.sources.append(source)
    except Exception as exc:  # noqa: BLE001 - the caller reports it as this file's error
        item.error = exc
    return item


def _extract_window(
    window: list[FileExtraction],
    skip: Skip | None,
    extractor: Callable[..., list[Statement]] | None,
    batch: int,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> None:
    sources = [source for item in window for source in item.sources]
    skipped = skip([source.id for source in sources]) if skip is not None and sources else set()
    wanted = [source for source in sources if source.id not in skipped]
    articles = (Article(s.text, source=s.name, published=s.published) for s in wanted)
    results = extraction.extract_each(articles, batch, extractor, opposition=opposition)
    found = {id(source): result for source, result in zip(wanted, results, strict=True)}
    for item in window:
        item.found = [found.get(id(source)) for source in item.sources]
