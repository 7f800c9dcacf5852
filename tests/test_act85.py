"""act85 (forty-second round): an office of a body the gazetteer does not know in the
possessive without "the", two offices joined by "and" ("X, Delmar's vice chair and
president,") is that body's, no state's; "Its president, X," after a sentence opening on
"The growers' association" or "The Z business confederation" is that private body's;
"the regulator" speaking after a body named in full with another noun ("The Competition
and Markets Authority said ... The regulator added") is that body; and a place named as
where something is ("four decades in Britain and warned that it ...") is no antecedent of
a reported "it". Invented sentences."""

from __future__ import annotations

from datetime import datetime

from actor_helpers import actor_of
from parley.extract import extract_statements
from parley.extract.options import Opposition

_DAY = datetime(2025, 3, 8)

_OFFICES = (
    "Title: Watchdog clears merger\n\n"
    "Britain's competition regulator on Friday approved the takeover of the games maker, "
    "the British government said.\n\n"
    "Tobias Wendt, Delmar's vice chair and president, said the company was grateful for "
    "the review.\n"
)

_PLACE = (
    "Title: Watchdog blocks merger\n\n"
    "Britain's competition regulator blocked the takeover on Tuesday.\n\n"
    "Tobias Wendt, Delmar's vice chair and president, called the ruling the worst moment "
    "of the company's decades in Britain and warned that it would deter investors.\n"
)


def test_possessed_offices_joined_by_and_are_the_unknown_body_s() -> None:
    assert actor_of(_OFFICES, "Tobias Wendt", "grateful", _DAY) is None


def test_a_place_where_something_is_is_no_antecedent_of_it() -> None:
    for s in extract_statements(_PLACE, published=_DAY, opposition=Opposition.NONE):
        if "deter investors" in s.text:
            assert s.actor is None
            assert s.about is None
            return
    raise AssertionError("no statement about deterring investors")


_GROWERS = (
    "Title: Quota restored\n\n"
    "Chile's government said on Friday the export quota would return to 4,000 tonnes."
    "\n\nThe growers' association said in a statement it welcomed the decision. Its president, "
    "Tomas Verhoek, told reporters the farms could not plant twice in one season.\n"
)

_CONFEDERATION = (
    "Title: Labour code\n\n"
    "Portugal's government approved the labour package on Friday.\n\n"
    "The ABX business confederation said the package was overdue. Its president, Ilse "
    "Marquand, asked the government not to dilute the proposals.\n"
)


def test_its_office_after_a_possessive_association_is_private() -> None:
    assert actor_of(_GROWERS, "Tomas Verhoek", "plant twice", _DAY) is None


def test_its_office_after_a_business_confederation_is_private() -> None:
    assert actor_of(_CONFEDERATION, "Ilse Marquand", "dilute", _DAY) is None


_REGULATOR = (
    "Title: Merger cleared\n\n"
    "LONDON - Delmar's takeover of the games maker was approved on Friday.\n\n"
    "The Competition and Markets Authority said the restructured deal met its concerns. The "
    "regulator added that the remedy would keep the rights in the hands of a rival.\n"
)


def test_the_regulator_takes_up_the_authority_named_before() -> None:
    assert actor_of(_REGULATOR, None, "the remedy would keep", _DAY) == "GBR"
