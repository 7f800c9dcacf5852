"""A definite description of a party as a reported clause's subject (coref21): "the
union" opening what a speaker said stands for the one union the article named before,
unless the speaker is introduced as that union's own, or several unions fit."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "DURBAN, March 3 (HD) - Freight trains stood idle on Monday after wage talks between "
    "the United National Transport Union and the state rail operator stalled.\n\n"
)


def _about(body: str) -> str | None:
    return last_statement(_LEAD + body).about


def test_the_union_in_a_reported_clause_is_the_union_named_before() -> None:
    body = (
        "Sipho Dlamini, the transport minister, said the union had refused every offer "
        "since January."
    )
    assert _about(body) == "UNTU"


def test_the_union_in_its_own_officials_words_is_no_other_party() -> None:
    body = (
        "Thandi Mokoena, the union's general secretary, said on Tuesday that the union had "
        "refused every offer since January."
    )
    assert _about(body) is None


def test_two_unions_named_leave_the_union_unresolved() -> None:
    body = (
        "Hospital porters of the National Education, Health and Allied Workers' Union joined "
        "the stoppage on Tuesday.\n\nSipho Dlamini, the transport minister, said the union "
        "had refused every offer since January."
    )
    assert _about(body) is None
