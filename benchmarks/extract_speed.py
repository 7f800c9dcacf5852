"""Extraction speed against spaCy's tokenizer, and memory over a long stream.

Streams articles through ``extract_many`` (the sentences of
``--batch`` articles parsed in one ``nlp.pipe`` stream; ``--batch 1`` is
``extract_statements`` an article at a time) and through ``spacy.blank("en")``, and prints
words per second, the time ratio extraction / tokenisation, the same articles on the
pattern rules alone (no parse: what the parser costs) and the peak resident memory at 500
articles and at the end, which should stay flat. Goal: >= 20,000 words/s on one core with
the parser. Each figure is given per second of the process's CPU time (other work on a
shared machine does not count) and per second of wall-clock time.

The articles (``--source``):

- ``corpus`` (the default): the real articles of the negotiation corpus's early development
  parts (``CORPUS_PARTS``: 501 articles on about 200 negotiations), each read once, in a
  seeded order. No paragraph repeats, so the extractor's caches of clause parses and rule
  answers only help where real reporting repeats itself.
- ``synthetic``: the earlier stream, kept so that figures stay comparable with old runs: the
  18 seed articles' paragraphs shuffled into ``--articles`` articles with names swapped.
  Its paragraphs repeat many times, so the caches answer most of the rules' questions and
  a change that only saves work on new text does not show.

    python benchmarks/extract_speed.py [--source corpus|synthetic] [--articles N] [--seed 7]
        [--batch 32]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT / "tests" / "data" / "dev"
CORPUS_DIR = ROOT / "tests" / "data" / "negotiations"
# Development parts tuned on since the first rounds; never validation, hold-out or frozen ones.
CORPUS_PARTS = ("dev", "test", *(f"test{n}" for n in (*range(2, 14), *range(17, 30))))
CHECKPOINTS = (500,)

# Names swapped with one another so that the stream is not the dev set repeated.
NAME_GROUPS = (
    ("Donald Trump", "JD Vance", "Marco Rubio", "Steve Witkoff", "Dan Driscoll"),
    ("Vladimir Putin", "Sergei Lavrov", "Dmitry Peskov", "Yuri Ushakov", "Kirill Dmitriev"),
    ("Volodymyr Zelensky", "Andriy Yermak", "Rustem Umerov", "Andrii Sybiha"),
    ("Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni", "Donald Tusk"),
    ("Peskov", "Ushakov", "Lavrov", "Zakharova"),
    ("Rubio", "Witkoff", "Driscoll", "Leavitt"),
)


def _dev_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(DEV_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        body = text.split("\n\n", 1)[1] if text.startswith("Title:") else text
        paragraphs += [p for p in body.split("\n\n") if p.strip()]
    if not paragraphs:
        sys.exit(f"no dev articles in {DEV_DIR}")
    return paragraphs


def _swapper(rng: random.Random):
    pattern = re.compile(
        "|".join(re.escape(n) for g in NAME_GROUPS for n in sorted(g, key=len)[::-1])
    )
    group_of = {name: group for group in NAME_GROUPS for name in group}

    def swap(text: str) -> str:
        return pattern.sub(lambda m: rng.choice(group_of[m.group(0)]), text)

    return swap


def synthetic_articles(count: int, seed: int = 7) -> Iterator[str]:
    """Yield ``count`` articles, one at a time: a header, then 6-18 dev paragraphs."""
    rng = random.Random(seed)
    paragraphs = _dev_paragraphs()
    swap = _swapper(rng)
    for n in range(count):
        day = 19 + n % 12
        header = (
            f"Title: Synthetic report {n}\nURL: https://example.org/bench/{n}\n"
            f"Outlet: Bench Wire\nPublished: 2025-11-{min(day, 30):02d}T12:00:00+00:00\n\n"
        )
        body = "\n\n".join(swap(p) for p in rng.sample(paragraphs, rng.randint(6, 18)))
        yield header + body + "\n"


def corpus_articles(count: int | None = None, seed: int = 7) -> list[str]:
    """The texts of ``CORPUS_PARTS``' articles in a seeded order, each once (``count`` caps)."""
    paths = sorted(p for part in CORPUS_PARTS for p in (CORPUS_DIR / part).glob("*.txt"))
    if not paths:
        sys.exit(f"no corpus articles under {CORPUS_DIR}")
    random.Random(seed).shuffle(paths)
    return [path.read_text(encoding="utf-8") for path in paths[:count]]


def peak_rss_mb() -> float:
    # ru_maxrss is kilobytes on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass
class Clock:
    """CPU and wall-clock seconds spent in one kind of work."""

    cpu: float = 0.0
    wall: float = 0.0

    @contextmanager
    def timing(self) -> Iterator[None]:
        cpu, wall = time.process_time(), time.perf_counter()
        yield
        self.cpu += time.process_time() - cpu
        self.wall += time.perf_counter() - wall


def run(articles: int | None, seed: int, batch: int = 32, source: str = "corpus") -> dict[str, Any]:
    import spacy

    from parley.extract import Article, extract_many, extract_statements
    from parley.extract.syntax import parser

    nlp = spacy.blank("en")
    warm = "Title: warm-up\n\nPutin said Russia was ready to talk.\n"
    extract_statements(warm)
    with_parser = parser() is not None
    words = statements = done = 0
    extract, tokenize, rules = Clock(), Clock(), Clock()
    memory: dict[int, float] = {}
    if source == "corpus":
        texts = corpus_articles(articles, seed)
        articles, stream = len(texts), iter(texts)
    else:
        articles = 2000 if articles is None else articles
        stream = synthetic_articles(articles, seed)
    while chunk := [
        Article(text, source=f"bench-{done + n}") for n, text in enumerate(islice(stream, batch), 1)
    ]:
        words += sum(len(a.text.split()) for a in chunk)
        with extract.timing():
            statements += sum(len(found) for found in extract_many(chunk, batch))
        if with_parser:  # the same articles on the pattern rules alone: what the parse costs
            os.environ["PARLEY_PARSER"] = "none"
            with rules.timing():
                for _ in extract_many(chunk, batch):
                    pass
            os.environ.pop("PARLEY_PARSER")
        with tokenize.timing():
            for article in chunk:
                nlp(article.text)
        before, done = done, done + len(chunk)
        for n in (*CHECKPOINTS, articles):
            if before < n <= done:
                memory[n] = peak_rss_mb()
    return {
        "articles": articles,
        "words": words,
        "statements": statements,
        "extract": extract,
        "tokenize": tokenize,
        "rules": rules if with_parser else None,
        **{f"peak_mb_at_{n}": mb for n, mb in memory.items()},
    }


def _rate(words: int, clock: Clock) -> str:
    return (
        f"{clock.cpu:.2f} s CPU  {words / clock.cpu:,.0f} words/CPU-s  "
        f"({clock.wall:.2f} s wall, {words / clock.wall:,.0f} words/s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        choices=("corpus", "synthetic"),
        default="corpus",
        help="real corpus articles, each once (default), or the synthetic stream",
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=None,
        help="articles to read (corpus: all 501 by default; synthetic: 2000 by default)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=32, help="articles parsed together")
    args = parser.parse_args(argv)
    if (args.articles is not None and args.articles < 1) or args.batch < 1:
        parser.error("--articles and --batch must be positive")
    result = run(args.articles, args.seed, args.batch, args.source)
    words = result["words"]
    extract, tokenize, rules = result["extract"], result["tokenize"], result["rules"]
    print(
        f"articles: {result['articles']}  words: {words:,}  "
        f"statements: {result['statements']:,}  batch: {args.batch}  source: {args.source}"
    )
    print(f"extraction:   {_rate(words, extract)}")
    print(f"tokenisation: {_rate(words, tokenize)}  (spacy.blank('en'))")
    print(
        f"ratio extraction/tokenisation: {extract.cpu / tokenize.cpu:.2f} CPU, "
        f"{extract.wall / tokenize.wall:.2f} wall"
    )
    if rules is not None:
        print(f"without the parser: {_rate(words, rules)}")
        print(
            f"the parse costs {extract.cpu / rules.cpu:.2f}x the CPU time "
            f"(goal: extraction >= 20,000 words/s on one core)"
        )
    else:
        print("no trained pipeline installed: pattern rules only")
    for key, value in result.items():
        if key.startswith("peak_mb_at_"):
            print(f"peak memory after {key.rsplit('_', 1)[1]} articles: {value:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
