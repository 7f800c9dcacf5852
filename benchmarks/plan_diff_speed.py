"""How fast ``parley plan diff`` aligns plans, against a plain difflib baseline.

The baseline is the obvious hand-written alignment: ``difflib.SequenceMatcher.ratio()`` over
the words of every pair of points, then each point of A paired greedily with its best
unused point of B above 0.5. parley's diff does more (TF-IDF pairing, an optimal assignment,
gaps, merges, splits, word opcodes, numbers), so the ratio is its cost against that.
Both run on the same plans in the same run: the bundled 28-point draft against the European
counter-proposal (whose 28 points answer the draft's 28 one by one), and synthetic plans of
100 and 300 points (20% of the points reworded, a fifth to three fifths of their words
replaced; 5% dropped, 5% added, 5% moved). It also prints how many of the true pairs each
method found.

    python benchmarks/plan_diff_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import difflib
import random
import time

from parley.plans import Plan, PlanPoint, bundled_plans
from parley.plans.diff import ChangeKind, diff_plans, words


def baseline(a: Plan, b: Plan) -> dict[int, int]:
    """Greedy best-ratio pairs with difflib (A index -> B index)."""
    left = [words(p.full_text) for p in a.points]
    right = [words(p.full_text) for p in b.points]
    scored = []
    for i, x in enumerate(left):
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(x)
        for j, y in enumerate(right):
            matcher.set_seq1(y)
            scored.append((matcher.ratio(), i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in sorted(scored, reverse=True):
        if score < 0.5:
            break
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def synthetic(size: int, seed: int) -> tuple[Plan, Plan, dict[int, int]]:
    """Plan A of ``size`` points, its revision B, and the true pairs (A index -> B index)."""
    rng = random.Random(seed)
    vocabulary = sorted({w for p in bundled_plans() for q in p.points for w in words(q.text)})
    texts = [
        " ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 30))).capitalize() + "."
        for _ in range(size)
    ]
    kept = list(range(size))
    for index in rng.sample(kept, size // 20):  # dropped
        kept.remove(index)
    revised: list[tuple[int | None, str]] = []
    for index in kept:
        text = texts[index]
        if rng.random() < 0.2:  # reworded: a fifth to three fifths of the words replaced
            parts = text.split()
            for _ in range(max(1, len(parts) * rng.randint(1, 3) // 5)):
                parts[rng.randrange(len(parts))] = rng.choice(vocabulary)
            text = " ".join(parts)
        revised.append((index, text))
    for _ in range(size // 20):  # moved
        item = revised.pop(rng.randrange(len(revised)))
        revised.insert(rng.randrange(len(revised) + 1), item)
    for _ in range(size // 20):  # added
        new = " ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "."
        revised.insert(rng.randrange(len(revised) + 1), (None, new))
    a = Plan("a", "1", [PlanPoint(str(n + 1), t) for n, t in enumerate(texts)])
    b = Plan("b", "1", [PlanPoint(str(n + 1), t) for n, (_, t) in enumerate(revised)])
    truth = {index: j for j, (index, _) in enumerate(revised) if index is not None}
    return a, b, truth


def ours(a: Plan, b: Plan) -> dict[int, int]:
    index_a = {p.number: k for k, p in enumerate(a.points)}
    index_b = {p.number: k for k, p in enumerate(b.points)}
    pairs = {}
    for change in diff_plans(a, b).changes:
        if change.kind in (ChangeKind.ADDED, ChangeKind.REMOVED):
            continue
        for x in change.before:
            pairs[index_a[x]] = index_b[change.after[0]]
    return pairs


def timed(function, a: Plan, b: Plan, repeat: int) -> tuple[float, dict[int, int]]:
    best = float("inf")
    result: dict[int, int] = {}
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(a, b)
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plans = {p.ref: p for p in bundled_plans()}
    draft, counter = plans["us-plan@28-points"], plans["european-plan@counter-proposal"]
    cases: list[tuple[str, Plan, Plan, dict[int, int]]] = [
        ("28-point draft vs European counter-proposal", draft, counter, {i: i for i in range(28)})
    ]
    for size in (100, 300):
        a, b, truth = synthetic(size, seed=size)
        cases.append((f"synthetic {size} points", a, b, truth))
    print(f"{'case':45} {'parley':>10} {'difflib':>10} {'ratio':>7}  true pairs found")
    for label, a, b, truth in cases:
        ours_time, our_pairs = timed(ours, a, b, args.repeat)
        base_time, base_pairs = timed(baseline, a, b, args.repeat)
        hits = sum(our_pairs.get(i) == j for i, j in truth.items())
        base_hits = sum(base_pairs.get(i) == j for i, j in truth.items())
        found = f"parley {hits}/{len(truth)}, difflib {base_hits}/{len(truth)}"
        ratio = ours_time / base_time
        print(
            f"{label:45} {ours_time * 1000:8.1f}ms {base_time * 1000:8.1f}ms {ratio:6.2f}x  {found}"
        )


if __name__ == "__main__":
    main()
