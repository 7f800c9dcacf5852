"""Hearsay read in the thirty-eighth round (hear46): a party's predicate under a modal of
ability ("could", "can") in a sided speaker's words, or under a negated modal ("will not",
"could never") in anyone's, that states no position is the speaker's verdict or forecast
of what the party can or will do (no ``about``); a refusal ("could not accept"), a refusal
with its condition ("will not release ... until") and what a teller told stay the party's."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "ADDIS ABABA, May 4 (HD) - Ethiopia and Egypt resumed talks on Monday over the "
    "filling of the dam on the Blue Nile.\n\n"
)
_ANALYST = " said Mary Otieno, an economist at a Nairobi research group."


def test_an_onlookers_quoted_forecast_of_a_refusal_is_no_hearsay() -> None:
    found = last_statement(_LEAD + '"Cairo will not wait for another rainy season,"' + _ANALYST)
    assert found.actor is None
    assert found.about is None


def test_a_sided_speakers_verdict_on_what_the_other_party_could_do_is_no_hearsay() -> None:
    found = last_statement(
        _LEAD + "Ethiopian Foreign Minister Gedion Timothewos said Egypt could never "
        "fill the gap in its water supply from the Nile alone."
    )
    assert found.actor == "ETH"
    assert found.about is None


def test_a_refusal_under_a_negated_modal_is_still_the_partys_position() -> None:
    found = last_statement(
        _LEAD + "Ethiopian Foreign Minister Gedion Timothewos said Egypt could not accept "
        "any schedule that left the reservoir half full."
    )
    assert found.about == "EGY"


def test_a_refusal_with_its_condition_is_still_the_partys_position() -> None:
    found = last_statement(
        _LEAD + "Mary Otieno, an economist at a Nairobi research group, said Cairo would not "
        "release the water data until Ethiopia signed the filling rules."
    )
    assert found.about == "EGY"
