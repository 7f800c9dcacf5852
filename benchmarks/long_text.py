"""Extraction time on long texts: one paragraph against the same text in paragraphs.

For each size (10k to 1M characters by default) the benchmark builds a text from the
annotated dev articles' paragraphs, then extracts it twice in the same run: as ONE
paragraph (the paragraphs joined by a space) and as the same words in paragraphs
(joined by a blank line). It prints the time per character of both, their ratio, and
each one's growth against the smallest size: linear time keeps the per-character time
flat, so the growth column stays near 1 (a quadratic step would double it with each
doubling of the size).

    python benchmarks/long_text.py [--sizes 10000,100000,1000000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT / "tests" / "data" / "dev"
DEFAULT_SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)
HEADER = "Title: Long text\nPublished: 2025-11-24\n\n"


def dev_paragraphs() -> list[str]:
    """The running-text paragraphs of the dev articles (headers, captions, menus dropped)."""
    from parley.extract.segment import is_clutter

    paragraphs = []
    for path in sorted(DEV_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        body = text.split("\n\n", 1)[1] if text.startswith("Title:") else text
        paragraphs += [" ".join(p.split()) for p in body.split("\n\n") if not is_clutter(p)]
    if not paragraphs:
        sys.exit(f"no dev articles in {DEV_DIR}")
    return paragraphs


def paragraphs_of_size(size: int, seed: int) -> list[str]:
    """Dev paragraphs drawn at random until they hold ``size`` characters."""
    rng = random.Random(seed)
    pool = dev_paragraphs()
    out: list[str] = []
    total = 0
    while total < size:
        paragraph = rng.choice(pool)
        out.append(paragraph)
        total += len(paragraph) + 1
    return out


def one_paragraph(paragraphs: list[str]) -> str:
    return HEADER + " ".join(paragraphs) + "\n"


def in_paragraphs(paragraphs: list[str]) -> str:
    return HEADER + "\n\n".join(paragraphs) + "\n"


def _time(text: str) -> tuple[float, int]:
    """CPU seconds of one extraction (the best of a few for short texts) and its statements.

    CPU time, not wall time: the machine's cores are shared, and a neighbour's load would
    read as growth.
    """
    from parley.extract import extract_statements

    best, count = float("inf"), 0
    for _ in range(max(1, min(5, 200_000 // len(text)))):
        start = time.process_time()
        count = len(extract_statements(text, source="long"))
        best = min(best, time.process_time() - start)
    return best, count


def run(sizes: list[int], seed: int) -> list[dict[str, float]]:
    _time(HEADER + "Putin said Russia was ready to talk.\n")  # warm-up: load the gazetteer
    rows = []
    for size in sizes:
        paragraphs = paragraphs_of_size(size, seed)
        one, split = one_paragraph(paragraphs), in_paragraphs(paragraphs)
        t_one, n_one = _time(one)
        t_split, n_split = _time(split)
        rows.append(
            {
                "chars": len(one),
                "one_s": t_one,
                "split_s": t_split,
                "one_statements": n_one,
                "split_statements": n_split,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in DEFAULT_SIZES),
        help="comma-separated text sizes in characters",
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    except ValueError:
        parser.error("--sizes must be comma-separated integers")
    if not sizes or sizes[0] < 1000:
        parser.error("--sizes must be at least 1000 characters each")
    rows = run(sizes, args.seed)
    base_one = rows[0]["one_s"] / rows[0]["chars"]
    base_split = rows[0]["split_s"] / rows[0]["chars"]
    print(
        f"{'chars':>10} {'one para s':>10} {'paras s':>8} {'us/char 1':>9} {'us/char n':>9} "
        f"{'ratio 1/n':>9} {'growth 1':>8} {'growth n':>8} {'stmts 1/n':>11}"
    )
    for row in rows:
        per_one = row["one_s"] / row["chars"]
        per_split = row["split_s"] / row["chars"]
        print(
            f"{row['chars']:>10,} {row['one_s']:>10.2f} {row['split_s']:>8.2f} "
            f"{per_one * 1e6:>9.2f} {per_split * 1e6:>9.2f} {per_one / per_split:>9.2f} "
            f"{per_one / base_one:>8.2f} {per_split / base_split:>8.2f} "
            f"{row['one_statements']:>5}/{row['split_statements']:<5}"
        )
    last = rows[-1]
    ratio = (last["one_s"] / last["chars"]) / (last["split_s"] / last["chars"])
    growth = (last["one_s"] / last["chars"]) / base_one
    print(
        f"one paragraph / paragraphs at {last['chars']:,} chars: {ratio:.2f}  "
        f"(time per char against {rows[0]['chars']:,} chars: {growth:.2f}; linear keeps it near 1)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
