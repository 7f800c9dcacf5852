"""A dateline's state that is no party to the talks: where the reporter files from, not
whose officials speak (dat27, twenty-seventh round). Invented sentences, one rule each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


# a borrower's talks with a lender, filed from a news hub that is neither
_HUB = (
    "LONDON, March 3 - Kenya and the IMF failed to agree on a new loan programme on Monday, "
    "and Kenya's bonds fell. Kenya had asked the IMF for more time. The IMF wants Kenya to "
    "cut spending first. Kenya has missed two payments this year.\n\n"
)
# a story about the dateline's own state and one other
_HOME = (
    "LONDON, March 3 - Britain and Kenya failed to agree on a new trade deal on Monday. "
    "Britain had asked Kenya for more time. Kenya wants Britain to cut tariffs first. "
    "British officials were disappointed.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _HUB + "Finance Minister Otieno Barasa said the government would not sign a bad deal.",
            [("Otieno Barasa", "KEN")],
            id="a bare office under a news hub's dateline: the talks' party",
        ),
        pytest.param(
            _HOME + "Trade Minister Alan Fenwick said the government would not sign a bad deal.",
            [("Alan Fenwick", "GBR")],
            id="a bare office under a party's dateline: the dateline's state",
        ),
    ],
)
def test_dateline_of_a_third_state(body: str, expected: list[tuple[str | None, str | None]]):
    assert _all(body) == expected
