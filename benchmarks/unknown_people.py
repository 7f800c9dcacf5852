"""Actor accuracy when the gazetteer knows nobody: a stand-in for a negotiation it has not met.

On the spent parts most speakers are gazetteer people, so their actor comes from the
gazetteer and the mechanisms that read it from the text (a title with a demonym or a
country, "X's foreign minister", an apposition, "a spokesman for Ethiopia's foreign
ministry", the paragraph's or the dateline's state) are rarely the ones deciding. With
``PARLEY_EVAL_NO_PEOPLE=1`` the gazetteer is loaded without any person (states,
organisations, places and non-state parties stay), so every speaker's actor has to come
from context. This extracts and scores each folder twice, with and without people, and
prints detection, attributed F1 and actor accuracy side by side.

    python benchmarks/unknown_people.py [--out /tmp/unknown-people] [DIR ...]
        (default: tests/data/negotiations/dev)

Pass spent parts only (never a frozen one).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARLEY = Path(sys.executable).with_name("parley")
KEYS = ("gold", "matched", "detection_f1", "attributed_f1", "actor_accuracy")


def run(folder: Path, out: Path, people: bool) -> dict:
    env = dict(os.environ)
    env.pop("PARLEY_EVAL_NO_PEOPLE", None)
    if not people:
        env["PARLEY_EVAL_NO_PEOPLE"] = "1"
    out.mkdir(parents=True, exist_ok=True)
    texts = sorted(str(p) for p in folder.glob("*.txt"))
    subprocess.run(
        # the corpus's gold follows its convention: the opposition has no side
        [str(PARLEY), "extract", *texts, "--opposition", "none", "--out", str(out)],
        env=env,
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [str(PARLEY), "eval", str(folder), str(out), "--format", "json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/unknown-people"))
    args = parser.parse_args()
    dirs = args.dirs or [ROOT / "tests/data/negotiations/dev"]
    print(f"{'folder':<12} {'mode':<10} " + " ".join(f"{k[:10]:>10}" for k in KEYS))
    for folder in dirs:
        for people in (True, False):
            mode = "people" if people else "no people"
            scores = run(folder, args.out / folder.name / mode.replace(" ", "-"), people)
            cells = " ".join(f"{scores.get(k)!s:>10}" for k in KEYS)
            print(f"{folder.name:<12} {mode:<10} {cells}")


if __name__ == "__main__":
    main()
