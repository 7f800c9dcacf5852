"""Join gold statements split at "and that" into one, as the spec reads (one per cue).

    python tests/data/negotiations/coordinated.py DIR [DIR ...]   # rewrite in place
    python tests/data/negotiations/coordinated.py --check DIR     # count, change nothing
    python tests/data/negotiations/coordinated.py --articles TEXTS GOLDS  # articles elsewhere

`../shared/spec/statements.md` asks for "one statement per attribution cue for indirect
speech". Until December 2 the project's gold split "X said [A] and that [B]" into two
statements, one per complement clause; PolNeAR's annotators (one content span in 153 of
154 such clauses of its train and dev splits) and the seventh frozen part, annotated from
the spec alone (32 of 37), keep the clauses together under their one cue. This script makes
the project's gold follow the spec: two indirect statements of the same speaker and cue,
the second opening right after "and that" / "but that" (optionally "also"), become one
statement from the first one's start to the second one's end. The joined line keeps the
first clause's codes (actor, event, stance, about), takes the second's where the first has
none, unites the targets, and is optional only when both halves were.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

LINK = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+")


def join(rows: list[dict], text: str) -> tuple[list[dict], int]:
    """The rows with each split pair joined, and how many pairs were joined."""
    out: list[dict] = []
    joined = 0
    for row in rows:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.get("direct")
            and not row.get("direct")
            and prev.get("cue") == row.get("cue")
            and prev.get("speaker") == row.get("speaker")
            and prev.get("actor") == row.get("actor")
            and LINK.fullmatch(text, prev["end"], row["start"])
        ):
            merged = dict(prev)
            merged["end"] = row["end"]
            merged["text"] = text[prev["start"] : row["end"]]
            for key in ("event", "stance", "about"):
                if merged.get(key) is None and row.get(key) is not None:
                    merged[key] = row[key]
            targets = list(prev.get("targets") or [])
            targets += [t for t in row.get("targets") or [] if t not in targets]
            merged["targets"] = targets
            if prev.get("optional") and row.get("optional"):
                merged["optional"] = True
            else:
                merged.pop("optional", None)
            out[-1] = merged
            joined += 1
            continue
        out.append(row)
    return out, joined


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="count only")
    parser.add_argument("--articles", type=Path, help="where the articles are, if elsewhere")
    args = parser.parse_args(argv)
    total = 0
    for folder in args.dirs:
        for gold in sorted(folder.glob("*.gold.jsonl")):
            article = (args.articles or folder) / (gold.name[: -len(".gold.jsonl")] + ".txt")
            if not article.exists():
                continue
            text = article.read_text("utf-8")
            rows = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line]
            if any("start" not in r or "end" not in r for r in rows):
                continue
            rows.sort(key=lambda r: (r["start"], r["end"]))
            new, joined = join(rows, text)
            total += joined
            if joined and not args.check:
                body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
                gold.write_text(body, "utf-8")
        print(f"{folder}: {total} pairs joined so far", file=sys.stderr)
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
