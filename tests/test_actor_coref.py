"""Chairs of meetings, relative clauses and coreference (issue 8, eighth round): invented
sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "GENEVA - The WTO's ministerial conference on farm subsidies ran late.\n\n"
            "Norway's ambassador, Ola Berg, who chairs the negotiating group, told reporters "
            'that the text was close. "We are nearly there," he said.',
            [("Ola Berg", "WTO"), ("Ola Berg", "WTO")],
            id="a relative clause: who chairs the negotiating group",
        ),
        pytest.param(
            "NEW YORK - The UN conference on ocean plastics ended on Friday.\n\n"
            "Mia Tan, Singapore's envoy for oceans and the president of the conference, "
            "said the text was final.",
            [("Mia Tan", "UN")],
            id="an apposition: the president of the conference",
        ),
        pytest.param(
            "KINGSTON - The International Seabed Authority council met again.\n\n"
            "Council president Paul Okello said the code would not be rushed.",
            [("Paul Okello", "ISA")],
            id="a title before the name: Council president",
        ),
        pytest.param(
            "ABUJA - ECOWAS leaders met on Sunday.\n\n"
            "Ghana's President Kofi Mensah, who chairs the bloc, said the door stayed open.",
            [("Kofi Mensah", "ECOWAS")],
            id="who chairs the bloc",
        ),
        pytest.param(
            "BAKU - The UN climate conference opened on Monday.\n\n"
            "Ama Owusu, who chairs the group of least developed countries, said Ghana "
            "wanted more money.",
            [("Ama Owusu", None)],
            id="the chair of a named group of states is no organisation's voice",
        ),
    ],
)
def test_chair_speaks_for_the_convening_organisation(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _all(body) == expected


def test_an_organisation_side_stays() -> None:
    """A speaker the resolver already placed in an organisation keeps it."""
    body = (
        "GENEVA - EU ministers pushed for a deal at the plastics talks.\n\n"
        "The European Commission's envoy, Jan Novak, who chairs the negotiating group, "
        "said the text was close."
    )
    assert _all(body) == [("Jan Novak", "EU")]


def test_a_relative_clause_about_the_speaker_gives_no_side() -> None:
    """'Deputy Prime Minister X, whose party is wary of arms for Kyiv, said': the state the
    relative clause names is what the person thinks about, not the office's state."""
    body = (
        "ROME - Italy's government is split over the plan.\n\n"
        "Inside the coalition the picture is mixed. Deputy Prime Minister Marco Bellini, "
        "whose party has long been wary of arms deliveries to Kyiv, said the plan should "
        "be supported."
    )
    assert _all(body) == [("Marco Bellini", "ITA")]


def test_a_fronted_phrase_holds_no_subject() -> None:
    """'Speaking alongside X after the session, he ... and said': X is the object of the
    fronted phrase, the pronoun the subject of both verbs."""
    body = (
        "OSLO - Nordic leaders met on Wednesday.\n\n"
        "Jonas Gahr Store said the meeting had gone well. Ulf Kristersson was unimpressed. "
        "Speaking alongside Store after the session, he called Finland terrible and said "
        "it was the only country that refused to pay."
    )
    got = _all(body)
    assert got[-1] == ("Ulf Kristersson", "SWE")


def test_a_family_name_with_a_particle_is_no_capital() -> None:
    """'Maria de Lima, the chair of its panel,' and later 'De Lima said': a person, not
    Peru's capital; 'Banco de Mexico' stays a body."""
    body = (
        "MANILA - The government and the NDFP met in Oslo.\n\n"
        "The NDFP sees it differently. In a statement, Maria de Lima, the interim chair of "
        "its negotiating panel, accused the government of bad faith. She said the front "
        "remained committed.\n\n"
        "De Lima, reading a statement on behalf of the panel, said the NDFP expected more. "
        "The Banco de Mexico said rates would rise."
    )
    assert _all(body) == [
        ("Maria de Lima", "NDFP"),
        ("Maria de Lima", "NDFP"),
        ("Maria de Lima", "NDFP"),
        (None, "MEX"),
    ]


def test_a_state_qualified_office_opening_the_sentence_is_the_antecedent() -> None:
    """'The Belarusian leader has made similar remarks. He has said': the holder of the
    office the subject names, not the person spoken of last."""
    body = (
        "MINSK - Belarus freed prisoners on Saturday.\n\n"
        "Alexander Lukashenko met the envoy. Donald Trump praised the release.\n\n"
        "The Belarusian leader has made similar remarks since late November. He has said "
        "Belarus supports the plan."
    )
    assert _all(body)[-1] == ("Alexander Lukashenko", "BLR")


def test_one_of_a_group_named_just_before() -> None:
    """'Latvian officials said ... One official said': one of that group, on its side."""
    body = (
        "RIGA - Latvia and Poland held talks on Tuesday.\n\n"
        "Latvian officials said they had been assured the pipeline was safe. One official "
        "said the prime minister had raised the issue before the visit."
    )
    assert _all(body) == [(None, "LVA"), (None, "LVA")]


def test_a_label_with_the_family_name_first() -> None:
    """'LEE:' in a transcript after 'Education Minister Lee Ju-ho': the family name comes
    first in the full name (on a day the gazetteer's office does not cover, so that the
    text's name decides)."""
    text = (
        "Title: t\nPublished: 2025-03-07\n\n"
        "SEOUL - South Korea's government made an offer to striking doctors on Friday. "
        "Lee Ju-ho announced it at a briefing.\n\n"
        "REPORTER: Is this a retreat?\n\n"
        "LEE: No. The offer stands until March, and we will not extend it.\n"
    )
    got = [(s.speaker, s.actor) for s in extract_statements(text)]
    assert got[-1][0] == "Lee Ju-ho"
