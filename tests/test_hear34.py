"""Hearsay read in the thirty-second round (hear34): a government's people, unqualified
("the ministers", "ministry officials", "government negotiators"), as the subject of a
clause reported by a speaker with no state of its own are the state the paragraph is
about, as "the government" is."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TALKS = (
    "BRUSSELS, March 4 (HD) - Belgium's government and the FGTB union met again on Monday "
    "over the pension reform, with no sign of a deal.\n\n"
)


def test_the_ministers_in_a_union_leaders_words_are_the_state() -> None:
    found = last_statement(
        _TALKS + "The union's leader, Marie Dubois, said the ministers had arrived with a "
        "reform already written and no room to change it."
    )
    assert found.about == "BEL"


def test_ministry_officials_in_a_union_leaders_words_are_the_state() -> None:
    found = last_statement(
        _TALKS + "The union's leader, Marie Dubois, said ministry officials had offered to "
        "delay the reform by a year."
    )
    assert found.about == "BEL"


def test_bare_officials_are_left_alone() -> None:
    found = last_statement(
        _TALKS + "The union's leader, Marie Dubois, said officials had offered to delay the "
        "reform by a year."
    )
    assert found.about is None


def test_officials_of_a_named_body_are_not_the_state() -> None:
    found = last_statement(
        _TALKS + "The union's leader, Marie Dubois, said the officials of the union had "
        "offered to delay the strike by a week."
    )
    assert found.about != "BEL"
