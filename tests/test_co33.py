"""A listed body's own people (co33, thirty-second round): a speaker with no side, whose
introduction gives an office of a body's people ("a manager at", "her fellow co-chair"),
and whose reported clause opens on the listed non-state body by its class noun or its
short name ("said the company had accepted", "said the Assembly had made"), speaks for
that body, and the clause is the body's own position, not hearsay about it; the same
speaker's next words go with it. One who only knows of the talks, or an academic, stays
without a side. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


def _by_text(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor, s.about)
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


_PLANT = (
    "LONDON - Jingye Group and the British government held another round of talks on "
    "Monday over the future of the blast furnaces at the plant.\n\n"
)


def test_an_unnamed_manager_speaks_for_the_company_his_clause_names() -> None:
    text = _PLANT + (
        "A manager at the plant, who asked not to be named, said the company had accepted "
        'the lower price "because there was nothing better on offer", but warned that the '
        'furnaces could not run for long at a loss. "Nobody should celebrate yet," he said.'
    )
    found = _by_text(text)
    assert found[
        'the company had accepted the lower price "because there was nothing better on offer"'
    ] == (None, "JINGYE", None)
    assert found["the furnaces could not run for long at a loss"][1] == "JINGYE"
    assert found["Nobody should celebrate yet,"][1] == "JINGYE"


def test_a_source_familiar_with_the_talks_is_no_member() -> None:
    text = _PLANT + (
        "An industry source familiar with the talks said the company had accepted the lower "
        "price in the end."
    )
    found = _by_text(text)
    speaker, actor, _ = found["the company had accepted the lower price in the end"]
    assert actor is None


_TREATY = (
    "MELBOURNE - The state parliament passed a treaty with the state's Aboriginal people on "
    "Thursday, after years of talks between the government and an elected First Peoples' "
    "Assembly.\n\nThe bill turns the Assembly into a permanent body.\n\n"
)


def test_a_named_co_chair_speaks_for_the_assembly_her_clause_names() -> None:
    text = _TREATY + (
        "Her fellow co-chair Jane Marlow said the Assembly had made real concessions during "
        "the talks."
    )
    found = _by_text(text)
    assert found["the Assembly had made real concessions during the talks"] == (
        "Jane Marlow",
        "FPAV",
        None,
    )


def test_an_academic_reporting_the_assembly_stays_without_a_side() -> None:
    text = _TREATY + (
        "Dr Jane Marlow, who teaches public law at a city university, said the Assembly had "
        "given ground on the hardest point."
    )
    found = _by_text(text)
    assert found["the Assembly had given ground on the hardest point"] == (
        "Jane Marlow",
        None,
        "FPAV",
    )


def test_an_unnamed_official_speaks_for_the_commission_his_clause_names() -> None:
    text = (
        "BRUSSELS - The European Commission is set to release frozen funds to a member state "
        "before the summit, after months of talks over its courts.\n\n"
        "A senior official said the Commission had concluded that the new law met its "
        "conditions."
    )
    found = _by_text(text)
    assert found["the Commission had concluded that the new law met its conditions"] == (
        None,
        "EU",
        None,
    )
