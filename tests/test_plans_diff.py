"""Diffs by content: kept, reworded (with numbers), moved, merged, split, added, removed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.plans import Plan, bundled_plans, parse_plan
from parley.plans.diff import (
    ChangeKind,
    changed_numbers,
    diff_plans,
    numbers_in,
    render_words,
    similarity_matrix,
    word_ops,
)


def plan(text: str, version: str = "a") -> Plan:
    return parse_plan(text, name="test", version=version)


def kinds(result) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(c.kind.value, c.before, c.after) for c in result.changes]


DRAFT = """\
1. The sovereignty of Ukraine is confirmed.
2. A ceasefire takes effect along the current front line as soon as both sides sign.
3. Ukraine's armed forces are limited to 600,000 personnel.
4. Ukraine writes into its constitution that it will never join NATO.
5. Sanctions on Russia are lifted in stages.
6. Frozen Russian assets pay for the reconstruction of Ukraine.
7. A joint commission monitors the agreement.
"""

# A counter-proposal by another party: its own numbering, editorial notes, a rewording in
# place (4), a changed number (3) and a point dropped (5) and one added (8).
COUNTER = """\
Point 1: The sovereignty of Ukraine is confirmed.
Point 2: A ceasefire takes effect along the current front line as soon as both sides sign.
Point 3: Ukraine's armed forces are limited to 800,000 personnel in peacetime.
[The draft said 600,000.]
Point 4: Whether Ukraine joins NATO is for the allies to decide by consensus.
Point 5: Frozen Russian assets pay for the reconstruction of Ukraine.
Point 6: A joint commission monitors the agreement.
Point 7: Europe takes part in every negotiation on its own security.
"""


def test_draft_against_counter_proposal() -> None:
    result = diff_plans(plan(DRAFT), plan(COUNTER, "b"))
    assert kinds(result) == [
        ("kept", ("1",), ("1",)),
        ("kept", ("2",), ("2",)),
        ("reworded", ("3",), ("3",)),
        ("reworded", ("4",), ("4",)),
        ("removed", ("5",), ()),
        ("kept", ("6",), ("5",)),
        ("kept", ("7",), ("6",)),
        ("added", (), ("7",)),
    ]
    army = result.changes[2]
    assert army.numbers == (("600,000", "800,000"),)
    assert 0.5 < army.similarity < 1.0
    assert {"op": "replace", "from": "600,000", "to": "800,000"} in army.to_dict()["words"]
    assert result.changes[0].similarity == 1.0 and result.changes[0].words == ()


def test_merge_and_split() -> None:
    before = plan(
        "1. Prisoners of war are exchanged all for all.\n"
        "2. Civilian detainees, children included, are returned home.\n"
        "3. Elections are held within 100 days under international observation, and every "
        "party accepts the result.\n"
        "4. The agreement is legally binding.\n"
    )
    after = plan(
        "1. Prisoners of war are exchanged all for all, and civilian detainees, children "
        "included, are returned home.\n"
        "2. Elections are held within 100 days under international observation.\n"
        "3. Every party accepts the result of the elections.\n"
        "4. The agreement is legally binding.\n",
        "b",
    )
    result = diff_plans(before, after)
    assert kinds(result) == [
        ("merged", ("1", "2"), ("1",)),
        ("split", ("3",), ("2", "3")),
        ("kept", ("4",), ("4",)),
    ]


def test_moved_points_leave_the_order_of_the_others() -> None:
    before = plan(
        "1. Sovereignty is confirmed.\n2. The army is capped.\n3. Sanctions are lifted.\n"
        "4. Elections are held.\n5. Assets are unfrozen.\n"
    )
    after = plan(
        "1. Sovereignty is confirmed.\n2. Elections are held.\n3. The army is capped.\n"
        "4. Sanctions are lifted.\n5. Assets are unfrozen.\n",
        "b",
    )
    result = diff_plans(before, after)
    assert kinds(result) == [
        ("kept", ("1",), ("1",)),
        ("moved", ("4",), ("2",)),
        ("kept", ("2",), ("3",)),
        ("kept", ("3",), ("4",)),
        ("kept", ("5",), ("5",)),
    ]


def test_unrelated_points_are_added_and_removed_not_paired() -> None:
    before = plan("1. Sovereignty is confirmed.\n2. Grain moves freely across the Black Sea.\n")
    after = plan("1. Sovereignty is confirmed.\n2. A nuclear plant restarts under supervision.\n")
    assert kinds(diff_plans(before, after)) == [
        ("kept", ("1",), ("1",)),
        ("removed", ("2",), ()),
        ("added", (), ("2",)),
    ]


def test_numbers_and_word_view() -> None:
    ops = word_ops("Europe adds $100 billion and caps it at 600,000.", "Europe adds $50 billion.")
    assert changed_numbers(ops) == (("$100 billion", "$50 billion"), ("600,000", None))
    assert numbers_in("in 100 days, 50% of it, thirty years") == ["100", "50%", "thirty"]
    assert render_words(word_ops("capped at 600,000.", "capped at 800,000 in peacetime.")) == (
        "capped at [-600,000-] {+800,000 in peacetime+}."
    )


@pytest.fixture(scope="module")
def bundled() -> dict[str, Plan]:
    return {p.ref: p for p in bundled_plans()}


def test_bundled_draft_against_the_european_counter_proposal(bundled) -> None:
    result = diff_plans(bundled["us-plan@28-points"], bundled["european-plan@counter-proposal"])
    counts = result.counts()
    assert counts["kept"] == 19 and counts["reworded"] == 9
    assert counts["added"] == counts["removed"] == 0  # every changed point was reworded
    army = next(c for c in result.changes if c.before == ("6",))
    assert (army.kind, army.after, army.numbers) == (
        ChangeKind.REWORDED,
        ("6",),
        (("600,000", "800,000"),),
    )


def test_bundled_draft_against_the_geneva_revision(bundled) -> None:
    result = diff_plans(bundled["us-plan@28-points"], bundled["us-plan@geneva-19-points"])
    found = kinds(result)
    assert ("merged", ("17", "18"), ("12",)) in found
    assert ("merged", ("27", "28"), ("19",)) in found
    for gone in ("3", "9", "15", "23", "26"):  # dropped in our reading of the reports
        assert ("removed", (gone,), ()) in found
    assert ("reworded", ("6",), ("5",)) in found


def test_similarity_separates_the_same_point_from_others(bundled) -> None:
    """The thresholds' measurement: pairs of different points stay under `match`."""
    a, b = bundled["us-plan@28-points"], bundled["european-plan@counter-proposal"]
    scores = similarity_matrix(a.points, b.points)
    others = [scores[i, j] for i in range(len(a.points)) for j in range(len(b.points)) if i != j]
    assert max(others) < 0.25
    assert min(scores[i, i] for i in range(28)) >= 0.1


def test_diff_command_table_and_json(tmp_path: Path) -> None:
    runner = CliRunner()
    env = {"PARLEY_DB": str(tmp_path / "d.db")}
    for name, text in (("draft", DRAFT), ("counter", COUNTER)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["plan", "add", str(path), "--name", name, "--version", "1"],
                               env=env)  # fmt: skip
        assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["plan", "diff", "draft@1", "counter", "--format", "json"], env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["from"], data["to"]) == ("draft@1", "counter@1")
    army = data["changes"][2]
    assert army["kind"] == "reworded" and army["from"] == ["3"] and army["to"] == ["3"]
    assert army["numbers"] == [["600,000", "800,000"]]
    assert 0.0 <= army["similarity"] <= 1.0
    table = runner.invoke(app, ["plan", "diff", "draft@1", "counter@1"], env=env)
    assert table.exit_code == 0
    assert "600,000 -> 800,000" in table.stdout and "[-600,000-]" in table.stdout
    missing = runner.invoke(app, ["plan", "diff", "draft@1", "nothing@2"], env=env)
    assert missing.exit_code == 2 and "[E405]" in missing.stderr
