"""Actor accuracy per resolution path: which path decided each actor, and how often it is right.

Every speaker's side is decided by one path of the resolver (``ActorPath``: a gazetteer
person, a title or demonym, an apposition, an organisation after "of/for/at", coreference,
the context's state and where it looked, the article-level fallback, ...). Run an
extraction with ``PARLEY_ACTOR_TRACE=FILE`` set (measurement only) and this script joins the
trace with the scorer's matching of gold and extracted statements, and prints per path: the
required matched statements it decided, its actor accuracy, how often no actor (null) would
have been right, and the negotiations (article-name prefixes) where it was wrong.

    PARLEY_ACTOR_TRACE=/tmp/trace.jsonl parley extract --opposition none DIR/*.txt --out OUT
    python benchmarks/actor_paths.py /tmp/trace.jsonl DIR:OUT [DIR:OUT ...] [--errors PATH]

Pass spent parts only (never a frozen one).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from parley.evaluation import load_rows, match_statements


def load_trace(path: Path) -> dict[tuple[str, int, int], str]:
    """(source, start, end) -> "PATH" or "PATH/BASIS" (the last row wins)."""
    found: dict[tuple[str, int, int], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        basis = row.get("basis")
        found[(row["source"], row["start"], row["end"])] = row["path"] + (
            f"/{basis}" if basis else ""
        )
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("trace", type=Path)
    ap.add_argument("pairs", nargs="+", help="GOLD_DIR:PRED_DIR")
    ap.add_argument("--errors", default="", help="comma-separated paths whose errors to list")
    args = ap.parse_args()
    trace = load_trace(args.trace)
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    null_right: Counter[str] = Counter()
    wrong_in: dict[str, Counter[str]] = defaultdict(Counter)
    negotiations: dict[str, set[str]] = defaultdict(set)
    errors: dict[str, list[str]] = defaultdict(list)
    for pair in args.pairs:
        gold_dir, pred_dir = (Path(p) for p in pair.split(":", 1))
        for gold_file in sorted(gold_dir.glob("*.gold.jsonl")):
            name = gold_file.name.removesuffix(".gold.jsonl")
            pred_file = pred_dir / f"{name}.jsonl"
            if not pred_file.exists():
                continue
            pairs, _ = match_statements(load_rows(gold_file), load_rows(pred_file))
            prefix = name.split("-")[0]
            for gold, pred in pairs:
                if gold.get("optional") or "actor" not in gold:
                    continue
                path = trace.get((name, pred["start"], pred["end"]), "UNTRACED")
                seen[path] += 1
                negotiations[path].add(prefix)
                null_right[path] += gold["actor"] is None
                if gold["actor"] == pred.get("actor"):
                    right[path] += 1
                else:
                    wrong_in[path][prefix] += 1
                    errors[path].append(
                        f"{name[:40]} gold={gold['actor']} got={pred.get('actor')} "
                        f"speaker={pred.get('speaker')} | {gold['text'][:60]}"
                    )
    total = sum(seen.values())
    print(f"{total} matched statements, actor accuracy {sum(right.values()) / max(total, 1):.3f}")
    print("| path | n | accuracy | null right | negotiations | wrong in |")
    print("|---|---|---|---|---|---|")
    for path, n in seen.most_common():
        where = ", ".join(f"{k} {v}" for k, v in wrong_in[path].most_common(6))
        print(
            f"| {path} | {n} | {right[path] / n:.3f} | {null_right[path] / n:.3f} "
            f"| {len(negotiations[path])} | {where} |"
        )
    for path in filter(None, args.errors.split(",")):
        print(f"\n{path}:")
        for line in errors.get(path, []):
            print("  " + line)


if __name__ == "__main__":
    main()
