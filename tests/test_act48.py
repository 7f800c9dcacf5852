"""Sides of people the text names with no state in their title (act48, thirty-fifth round).

A bare "Premier X" leads none of the sub-state governments the text names when each of
them has another head ("Tasmania's premier, Y"), so a bare portfolio minister is not put in
that cabinet; "X, who heads the agency" after "the government's Agency for ..." is of the
state the context gives; a name with no title that its paragraph then speaks of as "the
<office>" takes that office's side. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 10, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_NATIONAL_LAW = (
    "Title: States wary of the new grid rules\n\n"
    "Australia's parliament passed the grid bill on Tuesday after a month of haggling. "
    "Energy Minister Alan Poe said the rules would take effect in March.\n\n"
    "Tasmania's premier, Jane Dow, said her state would resist any cost to its dams. A "
    "spokesman for Premier Tom Rowe said the state wanted a seat at the table.\n"
)


def test_a_bare_premier_with_another_head_named_gives_no_cabinet() -> None:
    actors = _actors(_NATIONAL_LAW)
    assert actors["the rules would take effect in March"] == "AUS"


def test_the_named_premier_still_leads_the_named_government() -> None:
    actors = _actors(_NATIONAL_LAW)
    assert actors["her state would resist any cost to its dams"] == "TASGOV"


_AGENCY = (
    "Title: Port choice\n\n"
    "HANOI - Vietnam has picked a Japanese group to build its new deep-water port, the "
    "government's Agency for Maritime Affairs said on Monday.\n\n"
    "Le Van Minh, who heads the agency, said the choice had been purely technical.\n"
)


def test_the_head_of_the_governments_agency_is_of_the_state() -> None:
    assert _actors(_AGENCY)["the choice had been purely technical"] == "VNM"


_DESCRIBED = (
    "Title: The deal\n\n"
    "CANBERRA - For most of the month, Alan Poe kept two sets of talks alive. On Friday "
    "the Senate passed the bill, and it did so because the energy minister had settled "
    "with the Greens first.\n\n"
    "Poe said the deal would hold through the next election.\n"
)


def test_a_bare_name_the_paragraph_calls_the_minister_is_the_states() -> None:
    assert _actors(_DESCRIBED)["the deal would hold through the next election"] == "AUS"


def test_an_office_given_to_another_name_is_not_the_bare_names() -> None:
    text = _DESCRIBED.replace("the energy minister had", "the energy minister, Ian Fry, had")
    assert _actors(text)["the deal would hold through the next election"] is None


_ITS_CHAIRMAN = (
    "Title: Port choice\n\n"
    "HANOI - Vietnam named a Japanese group on Monday to build its new deep-water port.\n\n"
    "What was decided?\n\n"
    "A ruling by the Agency for Maritime Affairs names the group as lead builder. The "
    "agency says a contract will follow next year. Its chairman, Le Van Minh, told a "
    "briefing that the talks were going well.\n"
)


def test_its_chairman_after_the_bare_agency_is_of_the_state() -> None:
    assert _actors(_ITS_CHAIRMAN)["the talks were going well"] == "VNM"


def test_its_chairman_after_an_international_agency_is_not_a_state() -> None:
    text = _ITS_CHAIRMAN.replace("the Agency for Maritime", "the International Agency for Maritime")
    assert _actors(text)["the talks were going well"] != "VNM"
