"""Hearsay read in the thirty-third round (hear36): a speaker with no side of its own makes
no threat of its own, so the threat it reports is the holder's act; an agentless passive
of offering, withdrawing or turning down a position, and the speaker's own body by its class
noun as the recipient of an unnamed giver, tell the other side's act."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TALKS = (
    "ANKARA, March 4 (HD) - Turkey and Greece held another round of talks on maritime "
    "borders on Tuesday.\n\n"
)


def test_a_threat_reported_by_unnamed_people_of_no_side_is_the_holders() -> None:
    found = last_statement(
        _TALKS + "People familiar with the talks said Athens could suspend the fishing "
        "agreement if Ankara sent its survey ship back."
    )
    assert found.actor is None
    assert found.about == "GRC"


def test_a_sided_speakers_warning_stays_his_own() -> None:
    found = last_statement(
        _TALKS + "Turkish Foreign Minister Hakan Fidan warned that Athens would pay a heavy "
        "price if the survey ship were stopped."
    )
    assert found.actor == "TUR"
    assert found.about is None


def test_an_offer_withdrawn_with_no_one_named_is_the_other_sides_act() -> None:
    found = last_statement(
        _TALKS + "Turkey wants a new map. Greece rejected it.\n\n"
        "Greek Foreign Minister Giorgos Gerapetritis said that offer was withdrawn the next "
        "morning."
    )
    assert found.actor == "GRC"
    assert found.about == "TUR"


def test_nothing_offered_is_the_other_sides_act() -> None:
    found = last_statement(
        _TALKS + "Turkey wants a new map. Greece rejected it.\n\n"
        "Greek Foreign Minister Giorgos Gerapetritis said nothing had been offered in writing."
    )
    assert found.about == "TUR"


def test_a_position_denied_outright_has_no_about() -> None:
    found = last_statement(
        _TALKS + "Turkey wants a new map. Greece rejected it.\n\n"
        "Greek Foreign Minister Giorgos Gerapetritis said no such request had been rejected."
    )
    assert found.about is None


def test_a_position_whose_owner_is_written_is_left_to_the_other_rules() -> None:
    found = last_statement(
        _TALKS + "Turkey wants a new map. Greece rejected it.\n\n"
        "Greek Foreign Minister Giorgos Gerapetritis said its proposal had been turned down "
        "without discussion."
    )
    assert found.about is None


_WAGES = (
    "VICTORIA, March 4 (HD) - British Columbia's government and the B.C. General Employees' "
    "Union met again on Tuesday over wages. The B.C. General Employees' Union wants a new "
    "offer. British Columbia rejected the union's first proposal.\n\n"
)


def test_the_speakers_own_body_by_its_class_noun_as_the_recipient() -> None:
    found = last_statement(
        _WAGES + "A spokesperson for the B.C. General Employees' Union said the union had been "
        "told to wait until May."
    )
    assert found.actor == "BCGEU"
    assert found.about == "BCPROV"


def test_unnamed_people_as_the_recipient_are_left_to_the_other_rules() -> None:
    found = last_statement(
        _WAGES + "A spokesperson for the B.C. General Employees' Union said the members had "
        "been told to wait until May."
    )
    assert found.about is None


def test_the_own_sides_reading_of_another_partys_offer_is_about_that_party() -> None:
    found = last_statement(
        _TALKS + "Turkey wants a new map. Greece rejected it.\n\n"
        "Turkish Foreign Minister Hakan Fidan said Ankara considered Athens's offer a "
        "starting point."
    )
    assert found.actor == "TUR"
    assert found.about == "GRC"


def test_the_own_sides_act_on_another_partys_offer_stays_its_own() -> None:
    found = last_statement(
        _TALKS + "Turkey wants a new map. Greece rejected it.\n\n"
        "Turkish Foreign Minister Hakan Fidan said Ankara rejected Athens's offer."
    )
    assert found.about is None


def test_noting_another_partys_comments_is_no_reading_of_its_position() -> None:
    found = last_statement(
        _TALKS + "Turkey wants a new map. Greece rejected it.\n\n"
        "Turkish Foreign Minister Hakan Fidan said Ankara had noted Athens's comments."
    )
    assert found.about is None
