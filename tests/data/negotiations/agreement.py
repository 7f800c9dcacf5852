"""Agreement between two codings of the same gold statements.

A second annotator codes the statements of some gold articles blind: they see the
article and each statement's span, speaker and cue, never the first coder's actor,
event, targets, stance or about. This script makes the blind files and compares the
two codings field by field.

Usage:
    python tests/data/negotiations/agreement.py blind GOLD_DIR... --every K [--count N] --out DIR
    python tests/data/negotiations/agreement.py compare GOLD_DIR... --second DIR
        [--pred PRED_DIR] [--disagreements]

``blind`` pools the articles of the GOLD_DIRs (sorted by folder, in the order given,
then by name) and takes every K-th from the first, at most N; for each it writes
``DIR/NAME.blind.jsonl`` with the gold statements' ``source, start, end, text, direct,
cue, speaker, required`` in gold order. ``compare`` reads the second coding
``DIR/NAME.second.jsonl`` (the blind lines plus ``actor, event, targets, stance,
about``), pairs each line with the gold line of the same ``(source, start, end)`` and
prints agreement over the required statements, per group of articles (all; the first
annotator's ``dev`` against the later parts; ``ukr-`` against the rest). With
``--pred``, the extractor's output for the same articles is scored against gold and
against the second coding with parley's scorer (``parley eval``'s metrics).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_SUFFIX = ".gold.jsonl"
BLIND_SUFFIX = ".blind.jsonl"
SECOND_SUFFIX = ".second.jsonl"
BLIND_FIELDS = ("source", "start", "end", "text", "direct", "cue", "speaker", "required")
CODED_FIELDS = ("actor", "event", "targets", "stance", "about")
NONE = "-"  # how a null value is shown in tables

Row = dict[str, Any]
Key = tuple[str, int, int]


def load(path: Path) -> list[Row]:
    """The JSON objects of a JSON Lines file (blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def key(row: Row) -> Key:
    """A statement's identity: its source and character span."""
    return (str(row["source"]), int(row["start"]), int(row["end"]))


def code(value: Any) -> str | None:
    """An actor or event code, upper case; None for null or empty."""
    return str(value or "").strip().upper() or None


def stance(value: Any) -> str | None:
    return str(value or "").strip().lower() or None


def codes(values: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(c for c in map(code, values or ()) if c)


# --- choosing and blinding ------------------------------------------------------------


def choose(gold_dirs: Sequence[Path], every: int, count: int | None = None) -> list[Path]:
    """Every ``every``-th gold file from the first (at most ``count``), folders pooled in order."""
    pooled = [path for d in gold_dirs for path in sorted(d.glob(f"*{GOLD_SUFFIX}"))]
    return pooled[::every][:count]


def blind_row(row: Row) -> Row:
    """A gold line with the coded fields removed and ``required`` made explicit."""
    out = {name: row.get(name) for name in BLIND_FIELDS if name != "required"}
    out["required"] = not row.get("optional", False)
    return out


def article_name(path: Path, suffix: str) -> str:
    return path.name[: -len(suffix)]


def write_blind(gold_paths: Iterable[Path], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for gold_path in gold_paths:
        target = out_dir / f"{article_name(gold_path, GOLD_SUFFIX)}{BLIND_SUFFIX}"
        lines = [json.dumps(blind_row(r), ensure_ascii=False) for r in load(gold_path)]
        target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        written.append(target)
    return written


# --- pairing and agreement ------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """One required statement as the two coders coded it."""

    article: str
    part: str  # the gold folder's name: dev, test5, ...
    first: Row
    second: Row


def pair_rows(article: str, part: str, gold: list[Row], second: list[Row]) -> list[Pair]:
    """Pair each required gold line with the second coding of the same span.

    Raises ValueError when a required gold statement has no second coding.
    """
    by_key = {key(r): r for r in second}
    pairs = []
    for row in gold:
        if row.get("optional"):
            continue
        other = by_key.get(key(row))
        if other is None:
            raise ValueError(f"{article}: no second coding for {key(row)}")
        pairs.append(Pair(article, part, row, other))
    return pairs


def share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def kappa(labels: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of paired labels (first coder's, second coder's)."""
    n = len(labels)
    if not n:
        return None
    observed = sum(a == b for a, b in labels) / n
    left = Counter(a for a, _ in labels)
    right = Counter(b for _, b in labels)
    expected = sum(left[c] * right[c] for c in left) / (n * n)
    if expected == 1:
        return None
    return round((observed - expected) / (1 - expected), 3)


def _agree(
    pairs: Sequence[Pair], get: Callable[[Row], Any], when: Callable[[Any, Any], bool]
) -> tuple[int, int]:
    chosen = [(get(p.first), get(p.second)) for p in pairs]
    chosen = [(a, b) for a, b in chosen if when(a, b)]
    return sum(a == b for a, b in chosen), len(chosen)


def _always(_a: Any, _b: Any) -> bool:
    return True


def _first_set(a: Any, _b: Any) -> bool:
    return bool(a)


def _both_set(a: Any, b: Any) -> bool:
    return bool(a) and bool(b)


def _either_set(a: Any, b: Any) -> bool:
    return bool(a) or bool(b)


def get_event(r: Row) -> str | None:
    return code(r.get("event"))


def get_stance(r: Row) -> str | None:
    return stance(r.get("stance"))


def get_actor(r: Row) -> str | None:
    return code(r.get("actor"))


def get_about(r: Row) -> str | None:
    return code(r.get("about"))


def get_targets(r: Row) -> frozenset[str]:
    return codes(r.get("targets"))


# (column, field reader, which statements count)
MEASURES: tuple[tuple[str, Callable[[Row], Any], Callable[[Any, Any], bool]], ...] = (
    ("actor", get_actor, _always),
    ("event", get_event, _always),
    ("event, gold set", get_event, _first_set),
    ("event, both set", get_event, _both_set),
    ("stance", get_stance, _always),
    ("stance, gold set", get_stance, _first_set),
    ("about", get_about, _always),
    ("about, gold set", get_about, _first_set),
    ("about, either set", get_about, _either_set),
    ("targets", get_targets, _always),
    ("targets, gold set", get_targets, _first_set),
)


def agreement(pairs: Sequence[Pair]) -> dict[str, Any]:
    """Per-field agreement shares (and their denominators) and kappas for event and stance."""
    out: dict[str, Any] = {"statements": len(pairs), "articles": len({p.article for p in pairs})}
    for name, get, when in MEASURES:
        hits, total = _agree(pairs, get, when)
        out[name] = share(hits, total)
        out[f"{name} n"] = total
    for name, get in (("event", get_event), ("stance", get_stance)):
        out[f"kappa {name}"] = kappa([(get(p.first) or NONE, get(p.second) or NONE) for p in pairs])
    both = [p for p in pairs if get_event(p.first) and get_event(p.second)]
    out["kappa event, both set"] = kappa(
        [(get_event(p.first) or NONE, get_event(p.second) or NONE) for p in both]
    )
    return out


def confusion(pairs: Sequence[Pair], get: Callable[[Row], Any]) -> list[str]:
    """A markdown table: rows the first coding's label, columns the second's."""
    cells = Counter((get(p.first) or NONE, get(p.second) or NONE) for p in pairs)
    labels = sorted({a for a, _ in cells} | {b for _, b in cells}, key=lambda c: (c == NONE, c))
    lines = ["| gold \\ second | " + " | ".join(labels) + " |", "|---" * (len(labels) + 1) + "|"]
    for a in labels:
        row = [str(cells[(a, b)]) if cells[(a, b)] else "." for b in labels]
        lines.append(f"| {a} | " + " | ".join(row) + " |")
    return lines


# --- groups, tables -------------------------------------------------------------------


GROUPS: tuple[tuple[str, Callable[[Pair], bool]], ...] = (
    ("all", lambda p: True),
    ("dev (first annotator)", lambda p: p.part == "dev"),
    ("test5-test8 (later annotators)", lambda p: p.part != "dev"),
    ("ukr-", lambda p: p.article.startswith("ukr-")),
    ("not ukr-", lambda p: not p.article.startswith("ukr-")),
)
AGREEMENT_COLUMNS = (
    "articles", "statements", "actor", "event", "event, gold set", "event, both set",
    "kappa event", "stance", "stance, gold set", "kappa stance", "about", "about, gold set",
    "about, either set", "targets",
)  # fmt: skip
SCORE_COLUMNS = (
    "gold", "matched", "actor_accuracy", "event_accuracy", "stance_accuracy", "about_accuracy",
    "hearsay_accuracy", "targets_exact",
)  # fmt: skip


def table(rows: Sequence[tuple[str, dict[str, Any]]], columns: Sequence[str]) -> list[str]:
    def cell(value: Any) -> str:
        return NONE if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| group | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for name, values in rows:
        lines.append(f"| {name} | " + " | ".join(cell(values.get(c)) for c in columns) + " |")
    return lines


@dataclass
class Article:
    name: str
    part: str
    gold: list[Row]
    second: list[Row]
    pred: list[Row] = field(default_factory=list)


def load_articles(
    gold_dirs: Sequence[Path], second_dir: Path, pred_dir: Path | None
) -> list[Article]:
    """The articles with a second coding, found in the gold folders."""
    gold_paths = {
        article_name(p, GOLD_SUFFIX): p for d in gold_dirs for p in d.glob(f"*{GOLD_SUFFIX}")
    }
    articles = []
    for second_path in sorted(second_dir.glob(f"*{SECOND_SUFFIX}")):
        name = article_name(second_path, SECOND_SUFFIX)
        if name not in gold_paths:
            continue
        gold_path = gold_paths[name]
        pred: list[Row] = []
        if pred_dir is not None and (pred_dir / f"{name}.jsonl").exists():
            pred = load(pred_dir / f"{name}.jsonl")
        articles.append(
            Article(name, gold_path.parent.name, load(gold_path), load(second_path), pred)
        )
    return articles


def as_gold(second: list[Row]) -> list[Row]:
    """A second coding as gold lines for the scorer (``required: false`` -> optional)."""
    return [{**r, "optional": not r.get("required", True)} for r in second]


def extractor_scores(articles: Sequence[Article], against_second: bool) -> dict[str, Any]:
    from parley.evaluation import Scorer  # the project's scorer (`parley eval`)

    scorer = Scorer()
    for article in articles:
        scorer.add(as_gold(article.second) if against_second else article.gold, article.pred)
    report: dict[str, Any] = scorer.report()
    return report


def _show(value: Any) -> str:
    if isinstance(value, frozenset):
        return ",".join(sorted(value)) or NONE
    return str(value or NONE)


def disagreements(pairs: Sequence[Pair]) -> list[str]:
    lines = []
    for p in pairs:
        diffs = []
        for name, get in (("actor", get_actor), ("event", get_event), ("stance", get_stance),
                          ("about", get_about), ("targets", get_targets)):  # fmt: skip
            a, b = get(p.first), get(p.second)
            if a != b:
                diffs.append(f"{name} {_show(a)}/{_show(b)}")
        if diffs:
            where = f"{p.article}:{p.first['start']} [{p.first.get('speaker')}]"
            lines.append(f"{where} {p.first['text'][:110]!r}")
            lines.append("    " + "; ".join(diffs))
    return lines


def compare(
    gold_dirs: Sequence[Path], second_dir: Path, pred_dir: Path | None, show_diffs: bool
) -> list[str]:
    articles = load_articles(gold_dirs, second_dir, pred_dir)
    pairs = [p for a in articles for p in pair_rows(a.name, a.part, a.gold, a.second)]
    out = ["Agreement between the gold coding and the second coding (required statements)", ""]
    out += table(
        [(name, agreement([p for p in pairs if keep(p)])) for name, keep in GROUPS],
        AGREEMENT_COLUMNS,
    )
    out += ["", "Event: gold (rows) against second coding (columns)", ""]
    out += confusion(pairs, get_event)
    out += ["", "Stance: gold (rows) against second coding (columns)", ""]
    out += confusion(pairs, get_stance)
    if pred_dir is not None:
        for against_second in (False, True):
            rows = []
            for name, keep in GROUPS:
                chosen = [a for a in articles if keep(Pair(a.name, a.part, {}, {}))]
                rows.append((name, extractor_scores(chosen, against_second)))
            title = "the second coding" if against_second else "gold"
            out += ["", f"Extractor against {title} (parley eval metrics)", ""]
            out += table(rows, SCORE_COLUMNS)
    if show_diffs:
        out += ["", "Disagreements (gold/second)", ""] + disagreements(pairs)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    blind = commands.add_parser("blind", help="write blind files for every K-th article")
    blind.add_argument("gold_dirs", nargs="+", type=Path)
    blind.add_argument("--every", type=int, default=1)
    blind.add_argument("--count", type=int)
    blind.add_argument("--out", type=Path, required=True)
    comp = commands.add_parser("compare", help="agreement of the second coding with gold")
    comp.add_argument("gold_dirs", nargs="+", type=Path)
    comp.add_argument("--second", type=Path, required=True)
    comp.add_argument("--pred", type=Path)
    comp.add_argument("--disagreements", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "blind":
        for path in write_blind(choose(args.gold_dirs, args.every, args.count), args.out):
            print(path)
    else:
        print("\n".join(compare(args.gold_dirs, args.second, args.pred, args.disagreements)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
