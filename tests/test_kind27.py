"""A listed body the text never names in full but calls by the head noun of its name
("the council" for a city council, "the Assembly"), where the text writes the words of
the name before that noun (kind27, twenty-seventh round)."""

from __future__ import annotations

from parley.actors import load_gazetteer
from parley.extract.unlisted import class_subject, listed_parties

_STRIKE = (
    "Refuse collectors in Birmingham walked out again on Monday after rejecting the latest "
    "offer.\n\nThe council says the new grades are fair. "
)


def test_the_council_of_the_place_the_text_names() -> None:
    gaz = load_gazetteer()
    text = _STRIKE + "A union organiser said the council had refused to talk."
    parties = listed_parties(text, gaz)
    assert [p.code for p in parties] == ["BHAMCC"]
    assert class_subject(text, text.index("the council had"), parties) == "BHAMCC"


def test_no_body_without_the_place_of_its_name() -> None:
    gaz = load_gazetteer()
    text = (
        "Refuse collectors walked out again on Monday.\n\n"
        "A union organiser said the council had refused to talk."
    )
    assert listed_parties(text, gaz) == []


def test_no_body_for_a_council_named_by_another_name() -> None:
    # "the council of ministers": a council of something, not the body by its kind
    gaz = load_gazetteer()
    text = "Birmingham was quiet. The minister said the council of ministers would meet."
    assert listed_parties(text, gaz) == []


def test_a_generic_first_word_is_no_place() -> None:
    # the Assembly of a name whose first word is an ordinary capitalised word ("First")
    # is not found from "First Minister"
    gaz = load_gazetteer()
    text = "The First Minister said the Assembly would sit again on Monday."
    assert all(p.code != "FPAV" for p in listed_parties(text, gaz))


def test_the_assembly_of_the_peoples_the_text_names() -> None:
    gaz = load_gazetteer()
    text = (
        "The First Peoples minister met elders in Melbourne. The Assembly sat on Monday. "
        "A negotiator said the Assembly had given ground on land."
    )
    parties = listed_parties(text, gaz)
    assert class_subject(text, text.index("the Assembly had"), parties) == "FPAV"


def test_the_council_at_its_first_mention() -> None:
    gaz = load_gazetteer()
    text = "Bins piled up in Birmingham. A union organiser said the council had refused to talk."
    parties = listed_parties(text, gaz)
    assert class_subject(text, text.index("the council had"), parties) == "BHAMCC"


def test_the_unions_for_a_body_of_unions() -> None:
    gaz = load_gazetteer()
    text = (
        "The Irish Congress of Trade Unions met ministers in Dublin overnight. "
        "An official said the unions had accepted the revised clause."
    )
    parties = listed_parties(text, gaz)
    assert class_subject(text, text.index("the unions had"), parties) == "ICTU"


def test_the_unions_beside_a_single_union_are_several() -> None:
    # one union named and "the unions": the plural is more than that union
    gaz = load_gazetteer()
    text = (
        "The National Education Union balloted its members. "
        "An official said the unions had accepted the revised clause."
    )
    parties = listed_parties(text, gaz)
    assert class_subject(text, text.index("the unions had"), parties) is None
