"""A listed body called by a noun of its class instead of its name (issue 8, twenty-fifth
round): "the company said" after the company's name, "the council says" after a union
was named since, two bodies of the class named (no side), and the gazetteer's ``nouns``
field. Sentences invented; the bodies are the gazetteer's."""

from __future__ import annotations

from parley.actors import Gazetteer, load_gazetteer
from parley.extract.unlisted import Unlisted, listed_parties, noun_subject


def _listed(text: str) -> list[Unlisted]:
    return listed_parties(text, load_gazetteer())


def _at(text: str, cue: str = "said") -> str | None:
    return noun_subject(text, text.rindex(cue), _listed(text))


def test_gazetteer_rows_read_the_class_nouns() -> None:
    gaz = Gazetteer.from_rows(
        [{"actors": [{"code": "XU", "kind": "organisation", "name": "X", "nouns": ["union"]}]}]
    )
    assert gaz.actors["XU"].nouns == ("union",)
    assert "company" in load_gazetteer().actors["UAL"].nouns


def test_the_company_is_the_one_company_named() -> None:
    text = (
        "Power cuts spread across the region after Adani Power reduced supplies.\n\n"
        "The company said it could not keep the plant running without payment."
    )
    assert _at(text) == "ADANI"


def test_the_council_skips_a_union_named_since() -> None:
    text = (
        "Birmingham City Council offered drivers new posts. Unite the Union rejected them "
        "on Monday.\n\nThe council says the offer is final."
    )
    assert _at(text, "says") == "BHAMCC"


def test_the_union_skips_a_council_named_since() -> None:
    text = (
        "Unite the Union called the strike. Birmingham City Council hired agency drivers "
        "on Monday.\n\nThe union said the stoppage would go on."
    )
    assert _at(text) == "UNITE"


def test_two_unions_named_leave_the_union_open() -> None:
    text = (
        "The Rail, Tram and Bus Union and the National Education Union held a joint rally. "
        "The Adani Group was not present.\n\nThe union said more stoppages were planned."
    )
    assert _at(text) is None


def test_the_airline_is_the_listed_carrier() -> None:
    text = (
        "Flight attendants picketed United Airlines hubs. The Association of Flight "
        "Attendants-CWA called it a warning.\n\nThe airline said it was disappointed."
    )
    assert _at(text) == "UAL"


def test_a_title_opening_on_the_class_noun_names_no_other_body() -> None:
    text = (
        "Birmingham City Council met the strikers on Monday. Council leader Dan Rowe "
        "called the offer fair.\n\nThe council says the offer is final."
    )
    assert _at(text, "says") == "BHAMCC"


def test_an_unlisted_council_named_before_leaves_the_council_open() -> None:
    text = (
        "Birmingham City Council met the strikers on Monday. The Council of Riverside "
        "Tenants joined the talks.\n\nThe council says the offer is final."
    )
    assert _at(text, "says") is None


def test_the_company_is_no_body_of_another_class_named_last() -> None:
    text = (
        "A mining group agreed to drop its case at the World Bank on Monday.\n\n"
        "The company said the deal ended the dispute."
    )
    assert _at(text) is None


def test_a_spokesperson_after_a_sentence_opening_on_the_company() -> None:
    text = (
        "Adani Power cut supplies again this week. The company rejects the charge that "
        "its tariff is unfair. A spokesperson said the price had been agreed in 2017."
    )
    assert _at(text) == "ADANI"


def test_the_airlines_participle_and_it_follow_its_side() -> None:
    from parley.extract import extract_statements

    text = (
        "United Airlines flight attendants rejected the deal on Monday.\n\n"
        '"We are disappointed," the airline said in a statement, adding that it would '
        "keep talking to the mediators.\n"
    )
    found = {s.text[:12]: s.actor for s in extract_statements(text)}
    assert found["it would kee"] == "UAL"


def test_a_union_official_after_a_company_named_since_is_the_union() -> None:
    from parley.extract import extract_statements

    text = (
        "Members of the Rail, Tram and Bus Union walked off the job on Monday. Adani Power "
        "said its coal trains were stuck at the port.\n\n"
        "A union official said the bans would stay in place until a new offer came.\n"
    )
    found = {s.text[:12]: s.actor for s in extract_statements(text)}
    assert found["the bans wou"] == "RTBU"


def test_the_official_again_after_a_union_official() -> None:
    from parley.extract import extract_statements

    text = (
        "Members of the Rail, Tram and Bus Union walked off the job on Monday.\n\n"
        "An Australian government official said the bans had cost millions.\n\n"
        "According to a union official who asked not to be named, managers had offered a "
        "fourth year in the deal. The official said the offer was withdrawn the next morning.\n"
    )
    found = {s.text[:12]: s.actor for s in extract_statements(text)}
    assert found["the offer wa"] == "RTBU"
