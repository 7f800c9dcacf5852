"""Unnamed people of a state's body whose subject a relative clause parts from its verb
(act51, thirty-fifth round).

"Officials at the state water company X, which ..., said" speaks for the state that owns X,
as it does with no clause between; '"...," one of them said' right after it follows them;
"officials at the housing ministry, which ..., said" finds the ministry though the role
table does not join the portfolio word to it. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 6, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_OWNED = (
    "Title: Ghana questions a dam contract\n\n"
    "ACCRA, June 1 - Ghana's government asked the builder on Sunday to explain the delays "
    "at the dam.\n\n"
    "Officials at the state water company GWX, which holds a fifth of the project, said "
    'privately that the payment schedule was the hardest point. "We will not pay twice," '
    "one of them said.\n"
)


def test_owned_body_people_across_a_relative_clause() -> None:
    actors = _actors(_OWNED)
    assert actors["the payment schedule was the hardest point"] == "GHA"
    assert actors["We will not pay twice,"] == "GHA"


_PRIVATE = (
    "Title: Ghana questions a dam contract\n\n"
    "ACCRA, June 1 - Ghana's government asked the builder on Sunday to explain the delays "
    "at the dam.\n\n"
    "Officials at the building firm Dunmore Works, which holds a fifth of the project, "
    "said the payment schedule was the hardest point.\n"
)


def test_private_firm_people_stay_without_a_state() -> None:
    actors = _actors(_PRIVATE)
    assert actors["the payment schedule was the hardest point"] is None


_PORTFOLIO = (
    "Title: Seoul weighs a role in rebuilding\n\n"
    "SEOUL, June 1 - South Korea's shipbuilders are reading the draft closely.\n\n"
    "South Korea's foreign ministry said Seoul wanted a part in the work. Officials at the "
    "housing ministry, which signed a memorandum with Kyiv last year, said Korean "
    "builders would ask for a share of the contracts.\n"
)


def test_state_body_after_an_unlisted_portfolio_word() -> None:
    actors = _actors(_PORTFOLIO)
    assert actors["Korean builders would ask for a share of the contracts"] == "KOR"
