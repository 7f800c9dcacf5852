"""act88 (forty-fourth round): the Federal Communications Commission's chair and
commissioners are the United States' officials, whatever party label the story gives
them ("Democrat Anna Gomez", "Chair Brendan Carr"). Invented sentences."""

from __future__ import annotations

from datetime import datetime

from actor_helpers import actor_of

_DAY = datetime(2025, 7, 25)

_TEXT = (
    "Title: Regulator clears station sale\n\n"
    "The Federal Communications Commission voted 2-1 on Thursday to approve the sale of a "
    "radio group. Democrat Anna Gomez voted against.\n\n"
    "Gomez said the approval rewarded a network that had courted the White House.\n\n"
    "Chair Brendan Carr said the buyer had promised to keep local newsrooms open.\n"
)

_OTHER = (
    "Title: Farmers block road\n\n"
    "Farmers in Cordoba blocked a highway on Monday.\n\n"
    "Maria Gomez, a farmer, said the price of diesel had doubled.\n\n"
    "Gomez said they would stay.\n"
)


def test_a_commissioner_with_a_party_label_is_the_state() -> None:
    assert actor_of(_TEXT, "Anna Gomez", "rewarded a network", _DAY) == "USA"


def test_the_chair_is_the_state() -> None:
    assert actor_of(_TEXT, "Brendan Carr", "keep local newsrooms", _DAY) == "USA"


def test_another_person_of_the_same_surname_is_not() -> None:
    assert actor_of(_OTHER, "Maria Gomez", "diesel had doubled", _DAY) is None
    assert actor_of(_OTHER, "Maria Gomez", "would stay", _DAY) is None
