"""Positions, consultations, timeline, link decisions and scenarios on a real record.

The seed article and the test articles go through the REAL extractor (not the fake
one of conftest), so these tests check the whole path: sources -> statements ->
links -> positions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete

from parley.analysis import analyze, scenario_from_dict
from parley.cli import main
from parley.errors import InputError, UnknownPlanError
from parley.extract import extract_statements as real_extract
from parley.plans.parse import parse_plan
from parley.positions.model import Basis, ConsultationKind, Decision, LinkMethod, Stance, Status
from parley.record import Record
from parley.storage.models import SourceRow

DATA = Path(__file__).resolve().parent / "data" / "positions"
PLAN = "us-peace-plan@28-point-draft"
BRIEFED = {"CHN", "IND", "PRK", "ZAF", "BRA", "CSTO"}


def add_plan(record: Record) -> None:
    path = DATA / "us-28-point-draft.txt"
    record.add_plan(parse_plan(path.read_text(encoding="utf-8"), name="us-peace-plan",
                               version="28-point-draft", proposer="USA", date="2025-11-20",
                               path=str(path)))  # fmt: skip


@pytest.fixture
def seeded(fresh_db: Record, seed_path: Path) -> Record:
    fresh_db._extractor = real_extract  # the real extractor, on the fixture's database
    assert fresh_db.ingest([seed_path]).ok
    add_plan(fresh_db)
    return fresh_db


def whole_plan(record: Record, actor: str):
    rows = [p for p in record.positions(plan=PLAN, actor=actor) if p.point is None]
    assert len(rows) == 1, rows
    return rows[0]


def test_seed_positions(seeded: Record) -> None:
    rus = whole_plan(seeded, "RUS")
    assert rus.stance in (Stance.SUPPORT, Stance.MIXED)
    assert rus.basis is Basis.FIRST_HAND
    quotes = {e.quote for e in rus.evidence}
    assert "We think this plan can serve as the basis for a final peaceful solution," in quotes
    ukr = whole_plan(seeded, "UKR")
    assert (ukr.stance, ukr.basis, ukr.reported_by, ukr.status) == (
        Stance.OPPOSE, Basis.HEARSAY, ("RUS",), Status.UNCONFIRMED,
    )  # fmt: skip
    assert any("Ukraine is against it" in e.quote for e in ukr.evidence)
    # "No independent confirmation ... was immediately available": the outlet's caveat
    assert ukr.verification is not None and all(e.caveat for e in ukr.evidence)


@pytest.mark.parametrize(
    ("article", "status", "stance"),
    [("ukraine-rejects-plan.txt", Status.CONFIRMED, Stance.OPPOSE),
     ("ukraine-accepts-plan.txt", Status.CONTRADICTED, Stance.SUPPORT)],
)  # fmt: skip
def test_first_hand_statement_confirms_or_contradicts(
    seeded: Record, article: str, status: Status, stance: Stance
) -> None:
    assert seeded.ingest([DATA / article]).ok
    ukr = whole_plan(seeded, "UKR")
    assert (ukr.basis, ukr.status, ukr.stance, ukr.reported_by) == (
        Basis.FIRST_HAND, status, stance, ("RUS",),
    )  # fmt: skip
    assert all(e.source == article.removesuffix(".txt") for e in ukr.evidence)
    assert [s.basis for s in ukr.history] == [Basis.HEARSAY, Basis.FIRST_HAND]
    moves = [e.move.value for e in seeded.timeline("UKR", plan="us-peace-plan")]
    assert moves == ["first", "same" if stance is Stance.OPPOSE else "changed"]


def test_seed_consultations(seeded: Record) -> None:
    rows = {(c.from_actor, c.to_actor, c.kind) for c in seeded.consultations(plan=PLAN)}
    assert {("RUS", code, ConsultationKind.BRIEFED) for code in BRIEFED} <= rows
    assert ("USA", "RUS", ConsultationKind.RECEIVED) in rows
    assert ("RUS", "USA", ConsultationKind.NOT_DISCUSSED) in rows


def test_cli_positions_and_consultations_json(
    seeded: Record, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(seeded.url)
    assert main(["positions", "--db", db, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    ukr = next(r for r in rows if r["actor"] == "UKR" and r["point"] is None)
    assert {k: ukr[k] for k in ("plan", "stance", "basis", "reported_by", "status")} == {
        "plan": PLAN, "stance": "oppose", "basis": "hearsay", "reported_by": ["RUS"],
        "status": "unconfirmed",
    }  # fmt: skip
    assert {"statement", "quote", "source", "date"} <= set(ukr["evidence"][0])
    assert main(["consultations", "--db", db, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["to"] for r in rows if r["kind"] == "briefed"} == BRIEFED
    assert all(set(r) == {"from", "to", "kind", "plan", "date", "evidence"} for r in rows)
    assert main(["positions", "--db", db, "--plan", "nope"]) == 2
    assert "nope" in capsys.readouterr().err


def _statement(record: Record, needle: str) -> int:
    return next(s.id for s in record.statements() if needle in s.text)


def test_link_decisions_apply_and_survive_reextraction(seeded: Record, seed_path: Path) -> None:
    sid = _statement(seeded, "We think this plan can serve")
    seeded.decide_link(sid, f"{PLAN}:7", Decision.CONFIRM)
    seeded.decide_link(sid, PLAN, Decision.REJECT)
    evidence = {p.point: p for p in seeded.positions(plan=PLAN, actor="RUS")}
    assert evidence["7"].evidence[0].link.method is LinkMethod.ANALYST
    assert sid not in [e.statement for e in evidence[None].evidence]
    # Re-extraction: the source and its statements are stored again with new ids.
    with seeded._sessions.begin() as session:
        session.execute(delete(SourceRow))
    assert seeded.positions() == []
    assert seeded.ingest([DATA / "ukraine-rejects-plan.txt", seed_path]).ok  # other ids first
    new_sid = _statement(seeded, "We think this plan can serve")
    assert new_sid != sid
    evidence = {p.point: p for p in seeded.positions(plan=PLAN, actor="RUS")}
    assert [e.statement for e in evidence["7"].evidence] == [new_sid]
    assert new_sid not in [e.statement for e in evidence[None].evidence]
    # Re-ingesting the same file changes nothing either.
    assert seeded.ingest([seed_path]).present
    assert [
        e.statement
        for e in {p.point: p for p in seeded.positions(plan=PLAN, actor="RUS")}["7"].evidence
    ] == [new_sid]


def test_scenario_of_a_plan_nobody_spoke_to_is_one_error_line(
    fresh_db: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_plan(fresh_db)
    out = tmp_path / "s.json"
    assert main(["scenario", "--plan", PLAN, "--db", str(fresh_db.url), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no actor has a position on" in err[0] and not out.exists()


def test_link_cli_and_bad_input(seeded: Record, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(seeded.url)
    sid = _statement(seeded, "We think this plan can serve")
    assert main(["link", "confirm", str(sid), "7", "--plan", PLAN, "--db", db]) == 0
    assert "confirm" in capsys.readouterr().out
    assert main(["link", "reject", "999999", f"{PLAN}:7", "--db", db]) == 2
    assert "no statement 999999" in capsys.readouterr().err
    assert main(["link", "confirm", str(sid), f"{PLAN}:99", "--db", db]) == 2
    assert "no point" in capsys.readouterr().err
    with pytest.raises(InputError):
        seeded.decide_link(sid, "7", Decision.CONFIRM)  # no plan given
    with pytest.raises(UnknownPlanError):
        seeded.decide_link(sid, "other-plan@1:7", Decision.CONFIRM)


def test_links_of_an_unknown_plan_are_an_error_not_every_link(seeded: Record) -> None:
    assert seeded.links(plan=PLAN) and seeded.links(plan=PLAN.split("@")[0])
    for unknown in ("other-plan", "other-plan@1", PLAN.split("@")[0] + "@no-such-version"):
        with pytest.raises(UnknownPlanError) as caught:
            seeded.links(plan=unknown)
        assert caught.value.code == UnknownPlanError.code


def test_scenario_from_the_record_is_solved_with_provenance(
    seeded: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert seeded.ingest([DATA / "ukraine-rejects-plan.txt"]).ok
    out = tmp_path / "scenario.json"
    assert main(["scenario", "--plan", PLAN, "--db", str(seeded.url), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["points"]) == 28
    parties = {p["id"]: p for p in data["parties"]}
    assert {"RUS", "UKR"} <= set(parties)
    for party in parties.values():
        prov = party["provenance"]
        assert set(prov["values"]) == set(party["values"])
        assert all(v["origin"] == "derived" and v["statements"] for v in prov["values"].values())
    assert parties["UKR"]["values"]["7"]["accept"] < 0 < parties["RUS"]["values"]["7"]["accept"]
    assert (
        parties["RUS"]["reservation"] > 0
        and parties["RUS"]["provenance"]["reservation"]["statements"]
    )
    assert parties["UKR"]["provenance"][
        "notes"
    ]  # "we cannot accept this plan": a whole-plan refusal
    result = analyze(scenario_from_dict(data))
    assert result.frontier is not None
    assert main(["analyze", str(out), "--format", "json"]) == 0
    capsys.readouterr()
    # Overrides: set by hand and said so; an unknown party or point writes nothing.
    overrides = tmp_path / "overrides.json"
    overrides.write_text(json.dumps({"parties": {"UKR": {"values": {"7": {"accept": -5}},
                                                         "reservation": 0.5}}}))  # fmt: skip
    out2 = tmp_path / "set.json"
    assert main(["scenario", "--plan", PLAN, "--db", str(seeded.url), "--overrides",
                 str(overrides), "--out", str(out2)]) == 0  # fmt: skip
    printed = capsys.readouterr().out
    assert "UKR set: reservation, values[7] (no statement)" in printed
    ukr = {p["id"]: p for p in json.loads(out2.read_text())["parties"]}["UKR"]
    assert ukr["values"]["7"] == {"accept": -5.0, "drop": 0.0}
    assert ukr["provenance"]["values"]["7"]["origin"] == "set"
    for bad, place in [({"parties": {"XYZ": {}}}, "parties.XYZ: unknown party"),
                       ({"parties": {"UKR": {"values": {"99": {"accept": 1}}}}},
                        'parties.UKR.values["99"]: unknown point')]:  # fmt: skip
        overrides.write_text(json.dumps(bad))
        out3 = tmp_path / "never.json"
        assert main(["scenario", "--plan", PLAN, "--db", str(seeded.url), "--overrides",
                     str(overrides), "--out", str(out3)]) == 2  # fmt: skip
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"error: {overrides}: {place}") and err.endswith("[E210]")
        assert len(err.splitlines()) == 1 and not out3.exists()
