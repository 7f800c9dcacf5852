"""Extract and score whole parts of the negotiation corpus, and compare two runs.

The rounds' measurements (docs/measurements.md) come from this script: every article of
the named parts is extracted with ``--opposition none`` (the corpus's convention) and
scored with parley's scorer, per part and split into the new negotiations and the
``ukr-`` articles.

Usage:
    python tests/data/negotiations/score.py run PART... --out DIR [--jobs N]
        [--opposition none|state] [--withheld CODE,CODE] [--aggregate-only]
    python tests/data/negotiations/score.py compare BEFORE_DIR AFTER_DIR
    python tests/data/negotiations/score.py errors DIR PART [--field actor]

``run`` writes ``DIR/PART/NAME.jsonl`` (the predictions) and ``DIR/summary.json`` (each
part's counters and metrics for ``all``, ``new`` and ``ukr``) and prints one row a part
and group, then the pooled counters. ``--withheld`` adds rows without the gold statements
whose actor or ``about`` is one of the codes (and the predictions matched to them): the
parties a frozen part keeps out of the gazetteer until its final score. For a frozen part
use ``--aggregate-only`` and delete the predictions unread. ``compare`` prints the
counters that moved, part by part, between two ``run`` folders; ``errors`` lists a
development part's matched statements whose FIELD differs from gold (``detect``: missed
gold and spurious predictions).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from multiprocessing import get_context
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))

from parley.evaluation import (  # noqa: E402
    Scorer,
    _code,
    load_rows,
    match_statements,
    same_speaker,
)
from parley.extract.train import header_published  # noqa: E402

GROUPS = ("all", "new", "ukr")
COLUMNS = (
    "detection_f1",
    "attributed_f1",
    "actor_accuracy",
    "speaker_accuracy",
    "event_accuracy",
    "stance_accuracy",
)
Row = dict[str, Any]


@dataclass
class Group:
    scorer: Scorer = field(default_factory=Scorer)
    excluded: int = 0


def _extract(job: tuple[str, str, str]) -> str:
    from parley.extract import Opposition, extract_statements

    path, out, opposition = job
    text = Path(path).read_text(encoding="utf-8")
    stem = Path(path).name[: -len(".txt")]
    found = extract_statements(
        text, source=stem, published=header_published(text), opposition=Opposition(opposition)
    )
    with open(out, "w", encoding="utf-8") as fh:
        for statement in found:
            fh.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")
    return out


def _part_dir(part: str) -> Path:
    folder = HERE / part
    if not folder.is_dir():
        raise SystemExit(f"score.py: no part {part!r} in {HERE}")
    return folder


def extract_parts(parts: Sequence[str], out: Path, opposition: str, jobs: int) -> None:
    """Write every article's predictions to ``out/PART/NAME.jsonl``, ``jobs`` at a time."""
    work = []
    for part in parts:
        (out / part).mkdir(parents=True, exist_ok=True)
        for txt in sorted(_part_dir(part).glob("*.txt")):
            work.append((str(txt), str(out / part / f"{txt.name[:-4]}.jsonl"), opposition))
    if jobs <= 1:
        for job in work:
            _extract(job)
        return
    from parley.extract import extract_statements

    extract_statements("Putin said the plan was good.")  # load the pipeline before forking
    with get_context("fork").Pool(jobs) as pool:
        for _ in pool.imap_unordered(_extract, work, chunksize=1):
            pass


def score_part(part: str, out: Path, withheld: frozenset[str]) -> dict[str, Group]:
    """The part's groups (all, new, ukr and, with ``withheld``, the same without them)."""
    groups = {name: Group() for name in GROUPS}
    if withheld:
        groups.update({f"{name}-x": Group() for name in GROUPS})
    for gold_path in sorted(_part_dir(part).glob("*.gold.jsonl")):
        name = gold_path.name[: -len(".gold.jsonl")]
        pred_path = out / part / f"{name}.jsonl"
        pred = load_rows(pred_path) if pred_path.exists() else []
        gold = load_rows(gold_path)
        kind = "ukr" if name.startswith("ukr-") else "new"
        for group in ("all", kind):
            groups[group].scorer.add(gold, pred)
            if withheld:
                _add_without(groups[f"{group}-x"], gold, pred, withheld)
    return groups


def _add_without(group: Group, gold: list[Row], pred: list[Row], codes: frozenset[str]) -> None:
    def held(row: Row) -> bool:
        return _code(row.get("actor")) in codes or _code(row.get("about")) in codes

    pairs, _ = match_statements(gold, pred)
    dropped = {id(p) for g, p in pairs if held(g)}
    group.excluded += sum(1 for g in gold if held(g) and not g.get("optional"))
    group.scorer.add([g for g in gold if not held(g)], [p for p in pred if id(p) not in dropped])


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    withheld = frozenset(c.strip().upper() for c in args.withheld.split(",") if c.strip())
    extract_parts(args.parts, out, args.opposition, args.jobs)
    summary: dict[str, dict[str, Any]] = {}
    pooled: list[Scorer] = []
    print("part group gold " + " ".join(COLUMNS) + " hearsay about")
    for part in args.parts:
        groups = score_part(part, out, withheld)
        summary[part] = {
            name: {"report": g.scorer.report(), "counts": asdict(g.scorer)}
            for name, g in groups.items()
        }
        pooled.append(groups["all"].scorer)
        for name, g in groups.items():
            s = g.scorer
            if not s.gold:
                continue
            report = s.report()
            note = f" (without {g.excluded} withheld)" if name.endswith("-x") else ""
            print(
                part,
                name,
                s.gold,
                *(_fmt(report[c]) for c in COLUMNS),
                f"{s.hearsay_ok}/{s.hearsay_n}",
                f"{s.about_ok}/{s.about_n}{note}",
            )
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    if not args.aggregate_only:
        print("pooled", json.dumps(_pooled_metrics(_sum(pooled))))
    return 0


def _sum(scorers: Sequence[Scorer]) -> Scorer:
    """One scorer holding the counters of ``scorers`` (the counters add up; metrics do not)."""
    return Scorer(**{f.name: sum(getattr(s, f.name) for s in scorers) for f in fields(Scorer)})


def _pooled_metrics(c: Scorer) -> dict[str, Any]:
    def f1(hits: int) -> float:
        return round(2 * hits / (c.predicted + c.gold), 4) if c.predicted + c.gold else 0.0

    return {
        "gold": c.gold,
        "detection_f1": f1(c.matched),
        "attributed_f1": f1(c.actor_ok),
        "actor": round(c.actor_ok / c.matched, 4) if c.matched else None,
        "speaker": round(c.speaker_ok / c.speaker_n, 4) if c.speaker_n else None,
        "event": f"{c.event_ok}/{c.event_n}",
        "stance": f"{c.stance_ok}/{c.stance_n}",
        "hearsay": f"{c.hearsay_ok}/{c.hearsay_n}",
        "about": f"{c.about_ok}/{c.about_n}",
    }


def _summary(folder: str) -> dict[str, Any]:
    path = Path(folder) / "summary.json"
    if not path.exists():
        raise SystemExit(f"score.py: {path}: no summary (run `score.py run` first)")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def compare(args: argparse.Namespace) -> int:
    before, after = _summary(args.before), _summary(args.after)
    keys = ["matched", "predicted", *(f.name for f in fields(Scorer) if f.name.endswith("_ok"))]
    totals = dict.fromkeys(keys, (0, 0))
    for part, groups in after.items():
        if part not in before:
            print(part, "is not in", args.before)
            continue
        b, a = before[part]["all"]["counts"], groups["all"]["counts"]
        # (a counter one of the runs does not hold counts as 0 on both sides)
        b, a = ({k: c.get(k, 0) if k in b and k in a else 0 for k in keys} for c in (b, a))
        moved = [f"{k}{a[k] - b[k]:+d}" for k in keys if a[k] != b[k]]
        totals = {k: (totals[k][0] + b[k], totals[k][1] + a[k]) for k in keys}
        if moved:
            print(part, " ".join(moved))
    changed = [f"{k} {x}->{y}" for k, (x, y) in totals.items() if x != y]
    print("pooled", " ".join(changed) or "identical counters")
    return 0


def _differs(fieldname: str) -> Callable[[Row, Row], bool]:
    if fieldname == "speaker":
        return lambda g, p: (
            bool(g.get("speaker")) and not same_speaker(g["speaker"], p.get("speaker"))
        )
    if fieldname == "stance":
        return lambda g, p: (
            bool(g.get("stance")) and str(g["stance"]).lower() != str(p.get("stance") or "").lower()
        )
    if fieldname == "event":
        return lambda g, p: bool(g.get("event")) and _code(g["event"]) != _code(p.get("event"))
    if fieldname == "about":
        return lambda g, p: "about" in g and _code(g["about"]) != _code(p.get("about"))
    return lambda g, p: _code(g.get(fieldname)) != _code(p.get(fieldname))


def _lines(gold: list[Row], pred: list[Row], fieldname: str) -> Iterable[str]:
    pairs, leftover = match_statements(gold, pred)
    if fieldname == "detect":
        found = {id(g) for g, _ in pairs}
        for g in gold:
            if id(g) not in found and not g.get("optional"):
                yield f"  missed [{g.get('actor')}] {g['text'][:150]!r} cue={g.get('cue')!r}"
        for p in leftover:
            yield f"  spurious [{p.get('actor')}] {p['text'][:150]!r} cue={p.get('cue')!r}"
        return
    differs = _differs(fieldname)
    for g, p in pairs:
        if not g.get("optional") and differs(g, p):
            yield (
                f"  gold={g.get(fieldname)} pred={p.get(fieldname)} "
                f"speaker={g.get('speaker')!r}/{p.get('speaker')!r} "
                f"@{g['start']}: {g['text'][:150]!r}"
            )


def errors(args: argparse.Namespace) -> int:
    count = 0
    for gold_path in sorted(_part_dir(args.part).glob("*.gold.jsonl")):
        name = gold_path.name[: -len(".gold.jsonl")]
        pred_path = Path(args.dir) / args.part / f"{name}.jsonl"
        pred = load_rows(pred_path) if pred_path.exists() else []
        lines = list(_lines(load_rows(gold_path), pred, args.field))
        if lines:
            print(name, *lines, sep="\n")
            count += len(lines)
    print("errors:", count)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    p_run = commands.add_parser("run", help="extract and score parts")
    p_run.add_argument("parts", nargs="+")
    p_run.add_argument("--out", required=True)
    p_run.add_argument("--jobs", type=int, default=1)
    p_run.add_argument("--opposition", choices=("none", "state"), default="none")
    p_run.add_argument("--withheld", default="")
    p_run.add_argument("--aggregate-only", action="store_true")
    p_run.set_defaults(handler=run)
    p_cmp = commands.add_parser("compare", help="counters that moved between two runs")
    p_cmp.add_argument("before")
    p_cmp.add_argument("after")
    p_cmp.set_defaults(handler=compare)
    p_err = commands.add_parser("errors", help="a part's errors in one field")
    p_err.add_argument("dir")
    p_err.add_argument("part")
    p_err.add_argument(
        "--field",
        default="actor",
        choices=("actor", "about", "event", "stance", "speaker", "detect"),
    )
    p_err.set_defaults(handler=errors)
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
