"""Hearsay structures read in the twenty-third round (hear23): an unqualified "the
government" in an article whose negotiation is a sub-state government's (a province's, a
region's) is that government, not its country's."""

from __future__ import annotations

from hearsay_helpers import last_statement


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
