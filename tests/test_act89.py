"""A conference president named by an apposition or a demonym clause is the convening
organisation's voice; a lower-cased head noun of an organisation's name ("a bank
official") qualifying a voice is that organisation, not the place after it."""

from __future__ import annotations

import pytest

from actor_helpers import actor_of


@pytest.mark.parametrize(
    ("text", "speaker", "words", "actor"),
    [
        pytest.param(
            "NAIROBI - The UN desertification conference went into a second night on "
            "Friday.\n\nAmina Wekesa, Kenya's environment minister and the conference "
            "president, said the plenary would resume at dawn.",
            "Amina Wekesa",
            "plenary would resume",
            "UN",
            id="X, a minister and the conference president: the convenor's voice",
        ),
        pytest.param(
            "NAIROBI - Delegates at the UN desertification conference agreed a drought "
            "fund on Friday.\n\nAmina Wekesa, the Kenyan who presided over the talks, said "
            "the fund was a first step.",
            "Amina Wekesa",
            "first step",
            "UN",
            id="X, the Kenyan who presided over the talks: the convenor's voice",
        ),
        pytest.param(
            "LIMA - The UN climate conference opened on Monday.\n\nJoaquin Rios, the "
            "council's president, said the farmers would strike.",
            "Joaquin Rios",
            "farmers would strike",
            "PER",
            id="the council's president: a national body's, no conference",
        ),
    ],
)
def test_conference_president(text: str, speaker: str, words: str, actor: str | None) -> None:
    assert actor_of(text, speaker, words) == actor


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        pytest.param(
            "GENEVA - The World Bank said on Monday that it would not mediate the river "
            "dispute.\n\nA bank official in Geneva said the institution had no mandate to act.",
            "no mandate",
            "WB",
            id="a bank official in Geneva: the bank, not Switzerland",
        ),
        pytest.param(
            "ACCRA - Ghana and the International Monetary Fund ended a review on Friday.\n\n"
            "A senior fund official in Washington said the programme was on track.",
            "on track",
            "IMF",
            id="a senior fund official: the fund named before",
        ),
    ],
)
def test_lower_cased_head(text: str, words: str, actor: str) -> None:
    assert actor_of(text, None, words) == actor


def test_two_bodies_of_one_head_leave_the_noun_alone() -> None:
    text = (
        "GENEVA - The World Health Organization and the World Trade Organization met on "
        "Monday.\n\nAn organization official in Geneva said the talks would go on in June."
    )
    assert actor_of(text, None, "go on in June") not in ("WHO", "WTO")


def test_the_court_after_its_full_name() -> None:
    text = (
        "THE HAGUE - The Permanent Court of Arbitration issued an award on Monday in the "
        "dispute over the dam.\n\nIn a statement, the court said its ruling was binding on "
        "both parties."
    )
    assert actor_of(text, None, "binding on both parties") == "PCA"


def test_the_fund_is_left_to_other_funds() -> None:
    text = (
        "CAIRO - Egypt expects the IMF to release a tranche soon.\n\n"
        "A spokesman for the sovereign investor said the fund was on schedule with its payments."
    )
    assert actor_of(text, None, "on schedule") != "IMF"


def test_spokesperson_in_the_seat_of_the_body_before() -> None:
    text = (
        "ACCRA - Ghana asked the IMF for more time on its debt targets.\n\n"
        "The IMF has not commented on the request. A spokesperson in Washington said only "
        "that talks with Accra were continuing."
    )
    assert actor_of(text, None, "talks with Accra") == "IMF"


def test_spokesperson_in_a_capital_after_a_state_stays_the_place() -> None:
    text = (
        "ACCRA - Ghana and Togo met on Monday.\n\n"
        "Ghana's foreign ministry has not commented. A spokesperson in Lome said the talks "
        "would go on."
    )
    assert actor_of(text, None, "would go on") != "GHA"
