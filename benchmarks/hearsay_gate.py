"""Hearsay measured across negotiations: the rules against a trained gate, by grouped
cross-validation (each negotiation, a file prefix, scored by a gate trained on the others).

    python benchmarks/hearsay_gate.py --collect          # run the extractor, cache the rows
    python benchmarks/hearsay_gate.py                    # grouped CV: rules vs gate
    python benchmarks/hearsay_gate.py --paths            # rules' decision paths by negotiation
    python benchmarks/hearsay_gate.py --ablate           # each rule switched off in turn

The rows come from the development sets only: negdev, ukrdev and the spent parts test to
test13 and test17 to test19. The hold-out parts of this round (test14 to test16), the frozen
parts (test21, test22), test20 and the shared seed are never read. Each row is one extracted
statement matched to a gold statement that has an ``about`` field: the rules' ``about``,
the gate's candidate and its features (``PARLEY_HEARSAY_TRACE``, written by the pipeline,
which ships no gate).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEG = "tests/data/negotiations"
DEV_SETS: tuple[tuple[str, str], ...] = (
    ("negdev", f"{NEG}/dev"),
    ("ukrdev", "tests/data/dev"),
    *((f"test{n}", f"{NEG}/test{n}") for n in ("", *range(2, 14), 17, 18, 19)),
)
CACHE = Path(tempfile.gettempdir()) / "parley-hearsay-gate-rows.jsonl"
FORMAT = 1  # of a gate written as a dict
C = 0.3  # the regularisation of the gate's logistic regression
THRESHOLD = 0.5


def _group(name: str, folder: str) -> str:
    if folder == "tests/data/dev":
        return "ukraine"
    prefix = name.split("-", 1)[0]
    return "ukraine" if prefix == "ukr" else prefix


def collect(out: Path = CACHE) -> list[dict[str, Any]]:
    """Extract every development article with the trace on; one row per matched gold
    statement that has an ``about`` field."""
    from parley.evaluation import load_rows, match_statements
    from parley.extract.options import Opposition
    from parley.extract.pipeline import run_many
    from parley.extract.train import header_published

    rows: list[dict[str, Any]] = []
    for part, folder in DEV_SETS:
        golds = sorted((ROOT / folder).glob("*.gold.jsonl"))
        articles = []
        for g in golds:
            name = g.name[: -len(".gold.jsonl")]
            text = (ROOT / folder / f"{name}.txt").read_text("utf-8")
            articles.append((text, name, header_published(text)))
        with tempfile.NamedTemporaryFile("r", suffix=".jsonl") as trace:
            os.environ["PARLEY_HEARSAY_TRACE"] = trace.name
            os.environ["PARLEY_HEARSAY_GATE"] = "off"
            try:
                found = run_many(articles, opposition=Opposition.NONE)
            finally:
                del os.environ["PARLEY_HEARSAY_TRACE"]
                del os.environ["PARLEY_HEARSAY_GATE"]
            traced = {
                (r["source"], r["start"], r["end"]): r
                for r in map(json.loads, Path(trace.name).read_text("utf-8").splitlines())
            }
        for g, (_, name, _), statements in zip(golds, articles, found, strict=True):
            if isinstance(statements, Exception):
                raise statements
            gold = [dict(r) for r in load_rows(g)]
            pairs, _ = match_statements(gold, [s.to_dict() for s in statements])
            for gr, p in pairs:
                if "about" not in gr or gr.get("optional"):
                    continue
                t = traced[(name, p["start"], p["end"])]
                rows.append(
                    {
                        "part": part,
                        "name": name,
                        "group": _group(name, folder),
                        "gold": gr["about"] or None,
                        "rules": t["rules"],
                        "candidate": t["candidate"],
                        "features": [*t["features"], f"branch:{t['branch']}"],
                        "branch": t["branch"],
                        "actor": p["actor"],
                        "text": p["text"],
                    }
                )
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return rows


@dataclass(frozen=True, slots=True)
class Gate:
    """A binary logistic regression over named binary features."""

    weights: dict[str, float]
    intercept: float
    threshold: float = 0.5

    def probability(self, feats: Iterable[str]) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-z))

    def keeps(self, feats: Iterable[str]) -> bool:
        return self.probability(feats) >= self.threshold

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "intercept": round(self.intercept, 5),
            "threshold": self.threshold,
            "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Gate:
        if data.get("format") != FORMAT:
            raise ValueError(f"hearsay gate format {data.get('format')!r}, expected {FORMAT}")
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            intercept=float(data["intercept"]),
            threshold=float(data.get("threshold", 0.5)),
        )


def load(path: Path = CACHE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def fit(rows: list[dict[str, Any]], c: float = C) -> dict[str, Any]:
    """The gate trained on ``rows``: a logistic regression over the candidate's features,
    the label whether the candidate is the gold ``about``. Deterministic."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    train = [r for r in rows if r["candidate"] is not None]
    names = sorted({f for r in train for f in r["features"]})
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(train), len(names)))
    for i, r in enumerate(train):
        for f in r["features"]:
            x[i, index[f]] = 1.0
    y = np.array([r["candidate"] == r["gold"] for r in train], dtype=int)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return {
        "format": FORMAT,
        "intercept": round(float(model.intercept_[0]), 5),
        "threshold": THRESHOLD,
        "weights": {n: round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True)},
    }


def _score(rows: list[dict[str, Any]], preds: list[str | None]) -> Counter[str]:
    out: Counter[str] = Counter()
    for r, p in zip(rows, preds, strict=True):
        if r["gold"]:
            out["gold"] += 1
            out["hit" if p == r["gold"] else "wrong" if p else "miss"] += 1
        elif p:
            out["false"] += 1
        else:
            out["quiet"] += 1
    return out


def cross_validate(rows: list[dict[str, Any]], c: float = C) -> dict[str, Counter[str]]:
    """Rules and gate on each negotiation held out (the gate trained on the others)."""

    groups = sorted({r["group"] for r in rows})
    rules: Counter[str] = Counter()
    gate: Counter[str] = Counter()
    for held in groups:
        test = [r for r in rows if r["group"] == held]
        model = Gate.from_dict(fit([r for r in rows if r["group"] != held], c))
        rules += _score(test, [r["rules"] for r in test])
        gate += _score(
            test,
            [
                r["candidate"] if r["candidate"] and model.keeps(r["features"]) else None
                for r in test
            ],
        )
    return {"rules": rules, "gate": gate}


def _line(name: str, c: Counter[str]) -> str:
    acc = c["hit"] / c["gold"] if c["gold"] else 0.0
    return (
        f"| {name} | {c['hit']} of {c['gold']} ({acc:.3f}) | {c['wrong']} | {c['miss']} "
        f"| {c['false']} |"
    )


def paths(rows: list[dict[str, Any]]) -> str:
    """Hits and false alarms of each decision path of the rules, and in how many
    negotiations each path makes its hits."""
    hits: dict[str, set[str]] = defaultdict(set)
    count: Counter[tuple[str, str]] = Counter()
    for r in rows:
        path = r["branch"]
        if r["rules"]:
            kind = "hit" if r["rules"] == r["gold"] else "wrong" if r["gold"] else "false"
        else:
            kind = "miss" if r["gold"] else "quiet"
        count[(path, kind)] += 1
        if kind == "hit":
            hits[path].add(r["group"])
    out = ["| path | hits | wrong | false alarms | misses | negotiations with a hit |"]
    out.append("|---|---|---|---|---|---|")
    for path in sorted({p for p, _ in count}):
        out.append(
            f"| {path} | {count[(path, 'hit')]} | {count[(path, 'wrong')]} "
            f"| {count[(path, 'false')]} | {count[(path, 'miss')]} | {len(hits[path])} |"
        )
    return "\n".join(out)


# The rules switched off one at a time (--ablate): (module, function, what it returns off).
# A predicate off answers False (a veto that never fires), a finder off finds nothing.
ABLATIONS: tuple[tuple[str, str, Any], ...] = (
    *(
        ("parley.extract.holders", name, False)
        for name in (
            "_obliged", "_verdict", "_lesson", "_hypothetical", "_meeting", "_armed",
            "_polled", "_potential", "_judged_act", "_subjunctive", "_addressed", "_mandative",
            "_asks_what", "_shown_by_event", "_may_stand_for", "_stated", "_states_position",
        )
    ),
    ("parley.extract.holders", "_charges_deal", True),
    *(
        ("parley.extract.holders", name, [])
        for name in ("_relative_positions", "_causes", "_conditions", "_shown", "_pledged",
                     "_by_agent")
    ),
    *(
        ("parley.extract.holders", name, None)
        for name in ("_verdict_on_act", "_cleft", "_quoted_after_name", "_pressed")
    ),
    ("parley.extract.pipeline", "_speakers_own", False),
    ("parley.extract.pipeline", "_later_position", None),
    ("parley.extract.pipeline", "_state_body_side", None),
    ("parley.extract.pipeline", "_government", None),
    ("parley.extract.pipeline", "_members_side", None),
    ("parley.extract.pipeline", "_title_side", None),
    ("parley.extract.pipeline", "_other_by_pronoun", False),
    ("parley.extract.pipeline", "about_of", None),
    ("parley.extract.pipeline", "addressed", False),
    ("parley.extract.pipeline", "obliged", False),
    ("parley.extract.pipeline", "_opens_sentence", True),
    ("parley.extract.pipeline", "_opens_with", False),
    ("parley.extract.pipeline", "_subject_before_quote", None),
)  # fmt: skip


def _outcome(r: dict[str, Any]) -> str:
    if r["gold"]:
        return "hit" if r["rules"] == r["gold"] else "wrong" if r["rules"] else "miss"
    return "false" if r["rules"] else "quiet"


def ablate(base: list[dict[str, Any]]) -> str:
    """What each rule of ``ABLATIONS`` does: the hits and false alarms the extractor loses
    or gains with the rule off, and in how many negotiations it changes anything."""
    import importlib

    out = ["| rule off | hits | false alarms | wrong | negotiations changed | parts changed |"]
    out.append("|---|---|---|---|---|---|")
    for module, name, value in ABLATIONS:
        mod = importlib.import_module(module)
        kept = getattr(mod, name)
        setattr(mod, name, lambda *a, _v=value, **k: _v)
        try:
            with tempfile.NamedTemporaryFile(suffix=".jsonl") as f:
                rows = collect(Path(f.name))
        finally:
            setattr(mod, name, kept)
        if [(r["name"], r["text"]) for r in rows] != [(r["name"], r["text"]) for r in base]:
            out.append(f"| {module.rsplit('.', 1)[1]}.{name} | statements changed | | | | |")
            print(out[-1], flush=True)
            continue
        delta: Counter[str] = Counter()
        groups: set[str] = set()
        parts: set[str] = set()
        for a, b in zip(base, rows, strict=True):
            was, now = _outcome(a), _outcome(b)
            if (a["rules"], was) == (b["rules"], now):
                continue
            groups.add(a["group"])
            parts.add(a["part"])
            delta[was] -= 1
            delta[now] += 1
        out.append(
            f"| {module.rsplit('.', 1)[1]}.{name} | {delta['hit']:+d} | {delta['false']:+d} "
            f"| {delta['wrong']:+d} | {len(groups)} | {', '.join(sorted(parts))} |"
        )
        print(out[-1], flush=True)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--collect", action="store_true", help="run the extractor, cache the rows")
    ap.add_argument("--paths", action="store_true", help="the rules' paths by negotiation")
    ap.add_argument("--ablate", action="store_true", help="each rule switched off in turn")
    ap.add_argument("--c", type=float, default=C)
    ap.add_argument("--cache", type=Path, default=CACHE)
    args = ap.parse_args(argv)
    rows = collect(args.cache) if args.collect or not args.cache.exists() else load(args.cache)
    if args.ablate:
        ablate(rows)
        return 0
    if args.paths:
        print(paths(rows))
        return 0
    result = cross_validate(rows, args.c)
    print("| by grouped CV | hits | wrong | misses | false alarms |")
    print("|---|---|---|---|---|")
    for name, c in result.items():
        print(_line(name, c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
