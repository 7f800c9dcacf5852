"""Hearsay structures read in the twenty-third round (hear23): an unqualified "the
government" in an article whose negotiation is a sub-state government's (a province's, a
region's) is that government, not its country's; and a verdict with a copula coordinated
with the subject's own act ("was a big power and would not sign") holds that subject's
position."""

from __future__ import annotations

from hearsay_helpers import held_phrases, last_statement


def _last(body: str) -> str | None:
    return last_statement(body).about


_PROVINCIAL = (
    "TORONTO, June 2 (HD) - The Ontario government and OPSEU resumed talks on Monday over pay "
    "for college staff. OPSEU said the Ontario government had tabled a new offer. The Ontario "
    "government said OPSEU must answer by Friday.\n\n"
)


def test_the_government_of_a_provincial_negotiation_is_the_province() -> None:
    body = _PROVINCIAL + (
        "Mary Lee, a college librarian and OPSEU member, said the government had refused to "
        "discuss staffing."
    )
    assert _last(body) == "ONTARIO"


def test_the_government_stays_the_state_when_a_state_negotiates() -> None:
    body = (
        "OTTAWA, June 2 (HD) - Canada and the Ontario government resumed talks on Monday over "
        "health transfers. Canada said the Ontario government had tabled a new offer. Ottawa "
        "said Ontario's government must answer by Friday. Canada wants a deal soon.\n\n"
        "Mary Lee, a hospital administrator in Toronto, said the government had refused to "
        "discuss staffing."
    )
    assert _last(body) == "CAN"


def test_a_verdict_alone_is_nobody_s_position() -> None:
    assert held_phrases("Peru was the stronger side in the fisheries talks.") == [("Peru", True)]


def test_a_verdict_that_goes_on_to_the_subject_s_act_is_its_position() -> None:
    assert ("Peru", False) in held_phrases(
        "Peru was the stronger side in the talks and would not accept a smaller quota."
    )


def test_a_coordinated_clause_with_a_subject_of_its_own_leaves_the_verdict() -> None:
    found = held_phrases("Peru was the stronger side and the fleets would not accept it.")
    assert ("Peru", True) in found


def test_a_verdict_coordinated_with_receiving_stays_a_verdict() -> None:
    found = held_phrases("Peru was eligible for the fund and would receive a larger quota.")
    assert ("Peru", True) in found
