"""Extraction speed against spaCy's tokenizer, and memory over a long stream.

Builds a synthetic corpus from the annotated dev articles (paragraphs shuffled
across articles, names swapped), streams it through ``extract_statements`` and
through ``spacy.blank("en")``, and prints words per second, the time ratio
extraction / tokenisation, the same articles on the pattern rules alone (no parse:
what the parser costs) and the peak resident memory at 500 articles and at the end,
which should stay flat. Goal: >= 20,000 words/s on one core with the parser. Times are
the process's CPU time, so that other work on a shared machine does not count.

    python benchmarks/extract_speed.py [--articles 2000] [--seed 7]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT / "tests" / "data" / "dev"
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


def peak_rss_mb() -> float:
    # ru_maxrss is kilobytes on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(articles: int, seed: int) -> dict[str, float]:
    import spacy

    from parley.extract import extract_statements
    from parley.extract.syntax import parser

    nlp = spacy.blank("en")
    warm = "Title: warm-up\n\nPutin said Russia was ready to talk.\n"
    extract_statements(warm)
    with_parser = parser() is not None
    words = statements = 0
    t_extract = t_tokenize = t_rules = 0.0
    memory: dict[int, float] = {}
    for n, text in enumerate(synthetic_articles(articles, seed), 1):
        words += len(text.split())
        start = time.process_time()
        statements += len(extract_statements(text, source=f"bench-{n}"))
        t_extract += time.process_time() - start
        if with_parser:  # the same article on the pattern rules alone: what the parse costs
            os.environ["PARLEY_PARSER"] = "none"
            start = time.process_time()
            extract_statements(text, source=f"bench-{n}")
            t_rules += time.process_time() - start
            os.environ.pop("PARLEY_PARSER")
        start = time.process_time()
        nlp(text)
        t_tokenize += time.process_time() - start
        if n in CHECKPOINTS or n == articles:
            memory[n] = peak_rss_mb()
    return {
        "articles": articles,
        "words": words,
        "statements": statements,
        "extract_s": t_extract,
        "tokenize_s": t_tokenize,
        "rules_s": t_rules,
        **{f"peak_mb_at_{n}": mb for n, mb in memory.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be positive")
    result = run(args.articles, args.seed)
    ratio = result["extract_s"] / result["tokenize_s"] if result["tokenize_s"] else float("inf")
    print(
        f"articles: {result['articles']}  words: {result['words']:,}  "
        f"statements: {result['statements']:,}"
    )
    print(
        f"extraction:   {result['extract_s']:.2f} s  "
        f"{result['words'] / result['extract_s']:,.0f} words/s"
    )
    print(
        f"tokenisation: {result['tokenize_s']:.2f} s  "
        f"{result['words'] / result['tokenize_s']:,.0f} words/s  (spacy.blank('en'))"
    )
    print(f"ratio extraction/tokenisation: {ratio:.2f}")
    if result["rules_s"]:
        print(
            f"without the parser: {result['rules_s']:.2f} s  "
            f"{result['words'] / result['rules_s']:,.0f} words/s  "
            f"(the parse costs {result['extract_s'] / result['rules_s']:.2f}x; goal: extraction "
            f">= 20,000 words/s on one core)"
        )
    else:
        print("no trained pipeline installed: pattern rules only")
    for key, value in result.items():
        if key.startswith("peak_mb_at_"):
            print(f"peak memory after {key.rsplit('_', 1)[1]} articles: {value:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
