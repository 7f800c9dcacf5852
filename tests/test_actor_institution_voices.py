"""Statements whose speaker is an institution or an unnamed voice of one (issue 8,
twenty-third round): "..., the union said" after the statement, "the union" long after the
one union the text names, an acronym the text defines for a listed body (also where the
party table reads it as another party), a subject whose apposition lists a body's members,
"the spokesperson" after "A spokesperson", "the department" after a named department,
"In <capital>, a spokesman for the ministry", a state named inside what officials "say",
and a dateline with a country and a date. Sentences and people invented; the bodies and
states are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.unlisted import Unlisted, listed_parties, noun_subject


class _Actors:
    """The actors of a text's statements, looked up by a statement's first words."""

    def __init__(self, text: str, day: date) -> None:
        self.found = [(s.text, s.actor) for s in extract_statements(text, published=day)]

    def __getitem__(self, opening: str) -> str | None:
        [actor] = [a for t, a in self.found if t.startswith(opening)]
        return actor


def _actors(text: str, day: date = date(2025, 6, 1)) -> _Actors:
    return _Actors(text, day)


def _listed(text: str) -> list[Unlisted]:
    return listed_parties(text, load_gazetteer())


def test_the_union_said_after_the_statement() -> None:
    text = (
        "TORONTO, May 3 - Members of the Ontario Public Service Employees Union walked out.\n\n"
        "Pickets formed at dawn. No date for new talks was set, the union said.\n"
    )
    assert _actors(text)["No date for new talks wa"] == "OPSEU"


def test_the_union_long_after_the_one_union_named() -> None:
    filler = "Commuters waited on the platforms for hours as the trains stood still. " * 8
    text = (
        "Ministers met the Rail, Tram and Bus Union on Monday without a result.\n\n"
        f"{filler}\n\nThe union has said its bans are lawful."
    )
    cue = text.index("said")
    assert noun_subject(text, cue, _listed(text)) == "RTBU"


def test_the_union_after_an_unlisted_union_named_since_is_left_open() -> None:
    filler = "Commuters waited on the platforms for hours as the trains stood still. " * 8
    text = (
        "Ministers met the Rail, Tram and Bus Union on Monday without a result.\n\n"
        f"{filler}\n\nThe Harbour Ferry Workers Union joined the stoppage. "
        "The union has said its bans are lawful."
    )
    cue = text.rindex("said")
    assert noun_subject(text, cue, _listed(text)) is None


def test_the_spokesperson_again_after_a_spokesperson_of_the_subject() -> None:
    text = (
        "WARSAW, Jan 5 - Truckers lifted their blockade of the border on Friday.\n\n"
        "The European Commission welcomed the deal. A spokesperson said Brussels was open "
        "to technical changes. The spokesperson said the transport agreement would be "
        "reviewed in June.\n"
    )
    actors = _actors(text)
    assert actors["Brussels was open to tech"] == "EU"
    assert actors["the transport agreement"] == "EU"


def test_an_acronym_the_text_defines_for_a_listed_body() -> None:
    text = (
        "RABAT, Dec 27 - Four federations, among them the Democratic Confederation of "
        "Labour (CDT), signed the pay deal on Tuesday.\n\n"
        "A CDT negotiator said the freeze of the statute was a condition for signing.\n"
    )
    assert _actors(text)["the freeze of the statut"] == "MARUNION"


def test_a_defined_acronym_outweighs_the_party_table_reading() -> None:
    text = (
        "BANGUI, April 21 - Two armed groups signed a peace deal with the government.\n\n"
        "Both had belonged to the Coalition of Patriots for Change (CPC), an alliance "
        "founded in 2020. The CPC's leadership denounced the signing as a betrayal and "
        "said its other members remained at war.\n"
    )
    actors = _actors(text)
    assert actors["the signing as a betraya"] == "CPC"
    assert actors["its other members remain"] == "CPC"


def test_a_subject_whose_apposition_lists_the_bodys_members() -> None:
    text = (
        "RABAT, Dec 27 - The government raised teachers' pay on Tuesday.\n\n"
        "The federations that signed - the Union of Rif Teachers (URT), the General "
        "Union of Moroccan Workers (UGTM) and the National Federation of Education (FNE) "
        "- called the deal a first step. In a joint statement, they said the new statute "
        "would be the real test.\n"
    )
    actors = _actors(text)
    assert actors["the deal a first step"] == "MARUNION"
    assert actors["the new statute would be"] == "MARUNION"


def test_a_state_named_in_what_officials_say_is_spoken_of() -> None:
    text = (
        "NEW DELHI, Dec 18 - India and Oman signed a trade pact on Thursday.\n\n"
        "Indian officials say nearly all Indian goods will enter Oman duty-free. The "
        "commerce ministry said textiles and leather stood to gain most.\n"
    )
    assert _actors(text)["textiles and leather sto"] == "IND"


def test_the_department_after_a_named_department() -> None:
    text = (
        "JOHANNESBURG, March 9 - Nurses at the big hospital say they are exhausted.\n\n"
        "The Gauteng health department says it is hiring. A spokesman for the department "
        "said it had funded new nursing posts this year.\n"
    )
    assert _actors(text)["it had funded new nursin"] == "GAUTENG"


def test_a_ministry_spokesman_in_a_capital_that_opens_the_sentence() -> None:
    text = (
        "PERTH, Aug 20 - Shares in the gas producer fell on Tuesday.\n\n"
        "In Dili, a spokesman for the Ministry of Petroleum and Mineral Resources said "
        "the government had given the partners all the information they needed.\n"
    )
    assert _actors(text)["the government had given"] == "TLS"


def test_a_dateline_with_a_country_and_a_date() -> None:
    text = (
        "HARROGATE, England, April 3 (NPA) - Teachers rejected the pay offer on Monday.\n\n"
        'The Department for Education called the vote "disappointing" and said the offer '
        "was fair.\n"
    )
    assert _actors(text, date(2023, 4, 3))["the offer was fair"] == "GBR"


def test_the_second_of_two_unnamed_officials_described_before() -> None:
    text = (
        "JAKARTA, May 29 - Jakarta will not discuss independence to free the hostage, two "
        "Indonesian officials familiar with the effort said on Monday.\n\n"
        '"That is not on any table," one of the officials said.\n\n'
        "The second official said field commanders had been told to hold their fire.\n"
    )
    assert _actors(text)["field commanders had been"] == "IDN"


def test_a_second_diplomat_is_somebody_new() -> None:
    text = (
        "MIAMI, Dec 30 - Leaders met at the resort on Sunday.\n\n"
        "A European diplomat briefed on the call said the president had promised a role "
        "for Europe. A second diplomat said that account did not match anything said in "
        "public.\n"
    )
    assert _actors(text)["account did not match an"] is None


def test_a_federal_official_is_the_national_governments() -> None:
    text = (
        "MEXICO CITY, June 3 - Teachers ended their strike on Monday.\n\n"
        "Talks continue at the interior ministry. Federal officials said a first round of "
        "state talks would begin this month.\n"
    )
    assert _actors(text)["a first round of state t"] == "MEX"


def test_a_listed_body_with_an_apposition_right_before_the_verb() -> None:
    text = (
        "TOKYO, March 14 - The yen rose on Friday after Rengo, the largest union "
        "federation in the country, said member unions had won raises of more than five "
        "percent.\n"
    )
    assert _actors(text)["member unions had won ra"] == "RENGO"


def test_an_unnamed_subject_placed_in_a_listed_union_by_its_apposition() -> None:
    text = (
        "SOWETO, April 2 - Nurses at the hospital are counting the cost of the deal.\n\n"
        "Her shop steward, a quiet man from the Democratic Nursing Organisation of South "
        "Africa, said the leaders had explained the deal at branch meetings.\n"
    )
    assert _actors(text)["the leaders had explaine"] == "DENOSA"


def test_an_unnamed_scholar_of_a_listed_union_is_not_its_voice() -> None:
    text = (
        "SOWETO, April 2 - Nurses at the hospital are counting the cost of the deal.\n\n"
        "Her neighbour, a historian of the Democratic Nursing Organisation of South "
        "Africa, said the leaders had explained the deal at branch meetings.\n"
    )
    assert _actors(text)["the leaders had explaine"] is None
