"""Positions from claims: basis, status, precedence and history (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime

from parley.positions.caveats import find_caveats, negated_verification
from parley.positions.model import Basis, Claim, Stance, Status, Verification
from parley.positions.positions import derive_positions, group_stance

PLAN = "us-peace-plan@28-point-draft"
_ids = iter(range(1, 10_000))


def claim(
    actor: str,
    stance: str,
    *,
    by: str | None = None,
    day: int = 21,
    source: str | None = None,
    outlet: str | None = "Wire",
    point: str | None = None,
    caveat: str | None = None,
) -> Claim:
    sid = next(_ids)
    return Claim(
        statement_id=sid,
        actor=actor,
        speaker_actor=by or actor,
        speaker=None,
        stance=Stance(stance),
        basis=Basis.HEARSAY if by and by != actor else Basis.FIRST_HAND,
        plan=PLAN,
        point=point,
        quote=f"statement {sid}",
        source_id=source or f"src-{day}-{outlet}",
        source=source or f"src-{day}-{outlet}",
        outlet=outlet,
        url=None,
        published=datetime(2025, 11, day, 12, tzinfo=UTC),
        caveat=caveat,
    )


def only(claims: list[Claim]):
    found = derive_positions(claims)
    assert len(found) == 1
    return found[0]


def test_hearsay_alone_is_unconfirmed_and_names_the_reporter() -> None:
    p = only([claim("UKR", "oppose", by="RUS")])
    assert (p.stance, p.basis, p.status, p.reported_by) == (
        Stance.OPPOSE, Basis.HEARSAY, Status.UNCONFIRMED, ("RUS",),
    )  # fmt: skip


def test_two_independent_outlets_corroborate_hearsay() -> None:
    p = only(
        [claim("UKR", "oppose", by="RUS", outlet="A"), claim("UKR", "oppose", by="RUS", outlet="B")]
    )
    assert p.status is Status.CORROBORATED
    same_outlet = only([claim("UKR", "oppose", by="RUS", outlet="A", day=20),
                        claim("UKR", "oppose", by="RUS", outlet="A", day=21)])  # fmt: skip
    assert same_outlet.status is Status.UNCONFIRMED


def test_first_hand_confirms_or_contradicts_hearsay_and_outranks_it() -> None:
    heard = claim("UKR", "oppose", by="RUS", day=21)
    confirmed = only([heard, claim("UKR", "oppose", day=22)])
    assert (confirmed.basis, confirmed.status, confirmed.stance) == (
        Basis.FIRST_HAND, Status.CONFIRMED, Stance.OPPOSE,
    )  # fmt: skip
    contradicted = only([heard, claim("UKR", "support", day=22)])
    assert (contradicted.status, contradicted.stance) == (Status.CONTRADICTED, Stance.SUPPORT)
    # first-hand outranks hearsay even when the hearsay is newer
    newer_hearsay = only(
        [claim("UKR", "support", day=20), claim("UKR", "oppose", by="RUS", day=25)]
    )
    assert (newer_hearsay.stance, newer_hearsay.basis) == (Stance.SUPPORT, Basis.FIRST_HAND)


def test_later_statement_outranks_earlier_and_history_is_kept() -> None:
    p = only([claim("RUS", "oppose", day=20), claim("RUS", "support", day=23),
              claim("RUS", "support", day=25)])  # fmt: skip
    assert p.stance is Stance.SUPPORT and p.status is Status.STATED
    assert [s.stance for s in p.history] == [Stance.OPPOSE, Stance.SUPPORT, Stance.SUPPORT]
    assert p.since == datetime(2025, 11, 23, 12, tzinfo=UTC)
    assert [e.statement for e in p.evidence] == list(p.history[-1].statements)


def test_points_and_whole_plan_are_separate_positions() -> None:
    found = derive_positions([claim("UKR", "oppose", point="7"), claim("UKR", "support")])
    assert [(p.point, p.stance) for p in found] == [(None, Stance.SUPPORT), ("7", Stance.OPPOSE)]


def test_group_stance_is_a_two_thirds_majority() -> None:
    assert (
        group_stance([claim("RUS", "support"), claim("RUS", "support"), claim("RUS", "oppose")])
        is Stance.SUPPORT
    )
    assert group_stance([claim("RUS", "support"), claim("RUS", "oppose")]) is Stance.MIXED


def test_outlet_caveat_marks_the_position() -> None:
    p = only(
        [claim("UKR", "oppose", by="RUS", caveat="No independent confirmation was available.")]
    )
    assert p.verification is Verification.UNVERIFIED
    assert p.status is Status.UNCONFIRMED  # the caveat does not change what was claimed
    assert p.to_dict()["verification"] == "unverified by the outlet"


def test_caveats_are_negated_verification_in_narration() -> None:
    yes = [
        "No independent confirmation of the plan's contents was immediately available.",
        "The claims could not be independently verified.",
        "Reuters could not confirm the report.",
        "AFP was unable to verify the figures.",
        "The account remains unconfirmed.",
        "The BBC has yet to authenticate the footage.",
    ]
    no = [
        "The Kremlin confirmed the call.",
        "No one was hurt, officials confirmed.",
        "He did not say whether Kyiv had confirmed it.",
        "Officials verified the documents on Monday.",
    ]
    assert all(negated_verification(s) for s in yes)
    assert not any(negated_verification(s) for s in no)


def test_a_quoted_party_saying_it_cannot_confirm_is_no_outlet_caveat() -> None:
    text = 'Peskov said: "We cannot confirm these reports." Reuters could not verify the claim.'
    quote = text.index("We")
    found = find_caveats(text, [(quote, quote + 30)])
    assert [c.text for c in found] == ["Reuters could not verify the claim."]
