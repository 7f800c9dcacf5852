"""Text -> statements: the extraction pipeline.

``extract_statements`` is the one entry point; the stages live in their own
modules (segmentation, quotes, cues, speakers, events, stance).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice

from parley.extract.model import Statement
from parley.extract.options import DEFAULT_OPPOSITION, Opposition

__all__ = [
    "Article",
    "Opposition",
    "Statement",
    "extract_each",
    "extract_many",
    "extract_statements",
]


def extract_statements(
    text: str,
    source: str = "",
    published: date | datetime | None = None,
    *,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> list[Statement]:
    """Return the statements of one article body, in text order.

    ``text`` is the source text as read; offsets in the result index into it.
    ``published`` lets titles resolve to whoever held the office on that date.
    ``opposition`` says how domestic opposition politicians and parties are coded
    (:class:`~parley.extract.options.Opposition`: their state by default, or no side).
    """
    from parley.extract.pipeline import run

    with memory_zones():
        return run(text, source=source, published=published, opposition=opposition)


@dataclass(frozen=True, slots=True)
class Article:
    """One article body to extract, as :func:`extract_statements` takes it."""

    text: str
    source: str = ""
    published: date | datetime | None = None


# Articles whose sentences :func:`extract_many` parses in one stream.
BATCH_ARTICLES = 32


def extract_many(
    articles: Iterable[Article],
    batch: int = BATCH_ARTICLES,
    *,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> Iterator[list[Statement]]:
    """The statements of each article, in order: what :func:`extract_statements` returns
    for it, with the sentences of ``batch`` articles at a time parsed in one ``nlp.pipe``
    stream (faster than an article at a time; the parses are the same). An article whose
    extraction fails raises its exception when its turn comes."""
    for found in extract_each(articles, batch, opposition=opposition):
        if isinstance(found, Exception):
            raise found
        yield found


def extract_each(
    articles: Iterable[Article],
    batch: int = BATCH_ARTICLES,
    extractor: Callable[..., list[Statement]] | None = None,
    *,
    opposition: Opposition = DEFAULT_OPPOSITION,
) -> Iterator[list[Statement] | Exception]:
    """:func:`extract_many`, with each article's failure in its place: an article whose
    extraction raises yields its exception, and the others their statements, as
    :func:`extract_statements` would give them one by one (what a command that reports
    bad files one by one needs).

    ``extractor`` (the signature of :func:`extract_statements`) extracts one article at
    a time instead; so does ``parley.extract.extract_statements`` when it has been
    replaced (a test's fake extractor, a caller's own); it is given ``opposition`` only
    when that is not the default (an extractor of the older signature goes on working).
    """
    single = extractor
    if single is None and extract_statements is not _EXTRACT_STATEMENTS:
        single = extract_statements
    if single is not None:
        setting = {} if opposition is DEFAULT_OPPOSITION else {"opposition": opposition}
        for article in articles:
            try:
                yield single(
                    article.text, source=article.source, published=article.published, **setting
                )
            except Exception as exc:  # noqa: BLE001 - this article's failure, in its place
                yield exc
        return
    from parley.extract.pipeline import run_many

    it = iter(articles)
    while chunk := list(islice(it, max(1, batch))):
        found: list[list[Statement] | Exception]
        try:
            with memory_zones():
                found = run_many(
                    [(a.text, a.source, a.published) for a in chunk], opposition=opposition
                )
        except Exception:  # noqa: BLE001 - the shared parse failed: whose article, alone
            found = [_alone(a, opposition) for a in chunk]
        yield from found


def _alone(article: Article, opposition: Opposition) -> list[Statement] | Exception:
    try:
        return extract_statements(
            article.text, source=article.source, published=article.published, opposition=opposition
        )
    except Exception as exc:  # noqa: BLE001 - this article's failure, in its place
        return exc


_EXTRACT_STATEMENTS = extract_statements


# Words a pipeline's vocabulary keeps for good before articles run in memory zones.
# News English reuses a few tens of thousands of words; past them an article's new words
# are mostly names, which a zone frees. Learning the common words once spares rebuilding
# them in every article: a zone makes a lexeme for every word the vocabulary lacks, every
# time (measured on the development articles: a fifth of extraction time spent making
# lexemes with a zone per article from the start).
LEARNED_WORDS = 30_000


@contextmanager
def memory_zones() -> Iterator[None]:
    """spaCy memory zones of the pipelines extraction uses, for the span of one article,
    once their vocabularies have learnt :data:`LEARNED_WORDS` words.

    A spaCy vocabulary keeps every new word it tokenises (a lexeme and its strings) for
    as long as the pipeline lives: over a long stream of articles, in one process, the
    vocabulary grows with every unseen name and memory with it. Inside a zone, what an
    article adds is freed when the zone ends; nothing spaCy made in it (docs, tokens) is
    kept past the article. Before the limit, words are learnt for good, so memory grows
    up to a bound and then stays flat.
    """
    from parley.extract.mentions import mention_finder
    from parley.extract.syntax import parser

    pipelines = [mention_finder().nlp, parser()]
    with ExitStack() as zones:
        seen: set[int] = set()
        for nlp in pipelines:
            if nlp is None or id(nlp) in seen:  # zones must not nest
                continue
            seen.add(id(nlp))
            base = _loaded_size.setdefault(id(nlp), len(nlp.vocab))
            if len(nlp.vocab) - base >= LEARNED_WORDS:
                zones.enter_context(nlp.memory_zone())
        yield


# The vocabulary size of each pipeline when first seen (by id: pipelines live for the process).
_loaded_size: dict[int, int] = {}
