"""Sub-state governments (sub28, twenty-eighth round): a first-level subdivision the place
table leaves out for the cities that share its name ("Victoria") still names the province
of a sub-state government the gazetteer lists; a bare minister in a story of one sub-state
government alone (no federal government, the state itself never named) is that
government's; with no province in the holder's paragraph, the province the article names
most; an unnamed official of a government body where the talks are with a province's
government, not its state, is that government's. Sentences and people invented; the
governments are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.extract.mentions import mention_finder
from parley.extract.sub_state_heads import sub_state_story
from parley.places import place_state, regional_government, regional_state


def _sides(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_a_subdivision_shared_with_cities_names_its_listed_government() -> None:
    gaz = load_gazetteer()
    assert regional_government(gaz, "Victoria") == "VICTORIA"
    assert regional_state(gaz, "VICTORIA") == "AUS"
    # in running text the name still stands for no state (a city in Canada, in Hong Kong)
    assert place_state(gaz, "Victoria") is None


def test_a_bare_premier_in_a_victorian_story_is_victorias() -> None:
    text = (
        "MELBOURNE - Victoria's parliament passed a law on river water on Tuesday after a "
        "year of talks with the irrigators' council, the first such law in the country.\n\n"
        'Premier Dana Colfax told parliament the law was "fair to every farm".'
    )
    assert _sides(text).get("Dana Colfax") == "VICTORIA"


_STRIKE = (
    "SYDNEY - Ambulance officers across New South Wales stopped work for a day on "
    "Thursday after talks with the state government on pay broke down. The officers' "
    "union said the offer was too small.\n\n"
)


def test_a_bare_minister_in_a_story_of_one_state_government_is_its() -> None:
    text = _STRIKE + (
        "Health Minister Rob Tallis said the government had made a fair offer and would "
        "meet the union again next week."
    )
    assert _sides(text).get("Rob Tallis") == "NSW"


def test_a_story_that_names_the_state_keeps_the_minister_with_it() -> None:
    text = _STRIKE + (
        "Australia's government declined to step in. Health Minister Rob Tallis said the "
        "government had made a fair offer and would meet the union again next week."
    )
    assert _sides(text).get("Rob Tallis") != "NSW"


def test_the_province_named_most_when_others_are_named_in_passing() -> None:
    text = _STRIKE + (
        "The union said officers in Victoria earn more than those in New South Wales.\n\n"
        'Premier Jo Marrick said the state "cannot pay more this year".'
    )
    assert _sides(text).get("Jo Marrick") == "NSW"


def test_a_sub_state_story_speaks_of_no_federal_government_and_not_of_the_state() -> None:
    provincial = "Talks with the state government failed. The minister said no."
    federal = provincial + " The federal government stayed out."
    named = provincial + " Australia said nothing."
    finder, gaz = mention_finder(), load_gazetteer()
    assert sub_state_story(gaz, provincial, finder.mentions(provincial), "AUS")
    assert not sub_state_story(gaz, federal, finder.mentions(federal), "AUS")
    assert not sub_state_story(gaz, named, finder.mentions(named), "AUS")
    assert not sub_state_story(gaz, "The minister said no.", [], "AUS")


def _statement_actor(text: str, words: str) -> str | None:
    found = extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    return next(s.actor for s in found if words in s.text)


def test_an_unnamed_government_spokesman_of_the_province_the_talks_are_with() -> None:
    text = (
        "SYDNEY - The New South Wales government and the train drivers' union met again "
        "on Monday. The NSW government said it had improved its offer, and the union said "
        "the offer still fell short. The NSW government said talks would go on.\n\n"
        "A government spokesman said the rostering changes would wait until a deal."
    )
    assert _statement_actor(text, "rostering changes would wait") == "NSW"
