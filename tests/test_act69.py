"""act69 (thirty-eighth round): a listed company named by its stem where its listed names
carry an abbreviated legal form ("Chevron" of "Chevron Corp"), not inside a longer name a
state's name opens; a party the name's possessive opens ("X' New Zealand First") is the
speaker's, a party joined to the name by "and" gives it no title, and a speaker named by a
party's own name takes that party's side. Invented sentences."""

from __future__ import annotations

from datetime import datetime

from actor_helpers import actor_of


def test_company_named_by_the_stem_of_its_legal_form() -> None:
    text = (
        "Title: Gas crews walk out at a coastal plant\n\n"
        "Crews at a gas plant on the coast walked out on Monday over rosters.\n\n"
        "Chevron said in a statement that the plant would keep running with other staff.\n"
    )
    day = datetime(2023, 9, 11)
    assert actor_of(text, None, "keep running with other staff", day) == "CHEVRON"


def test_stem_inside_a_longer_name_is_no_company() -> None:
    text = (
        "Title: Fishers block a harbour\n\n"
        "Fishing boats blocked the harbour for a third day on Wednesday.\n\n"
        "The fishers' coalition Panama Vale Unido said in a statement that the boats would "
        "stay until the licences were restored.\n"
    )
    day = datetime(2023, 11, 8)
    assert actor_of(text, "Vale Unido", "stay until the licences", day) != "VALE"


def test_possessive_name_before_a_party_is_its_leader() -> None:
    text = (
        "Title: Coalition talks drag on in Wellington\n\n"
        "WELLINGTON - Talks to form New Zealand's next government went on for a third week.\n\n"
        "The National Party needs both the ACT party and Winston Peters' New Zealand First "
        "to govern.\n\n"
        "Peters said his party would not be hurried by anyone.\n"
    )
    day = datetime(2023, 11, 10)
    assert actor_of(text, "Winston Peters", "would not be hurried", day) == "NZFIRST"


def test_speaker_named_by_a_party_takes_its_side() -> None:
    text = (
        "Title: Dublin coalition deal nears\n\n"
        "DUBLIN - Fianna Fail and Fine Gael each approved the programme for government on "
        "Sunday, and Ireland's new cabinet will be named this week.\n\n"
        "Fine Gael officials said the housing chapter had been settled line by line.\n"
    )
    day = datetime(2025, 1, 20)
    assert actor_of(text, "Fine Gael", "housing chapter", day) == "IRL"
