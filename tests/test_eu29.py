"""A listed body by a shorter form, and a province's people (eu29, twenty-ninth round).

A body's listed name that opens on a place ("Leh Apex Body") is written without it once the
text has named the body in full ("the Apex Body"), for a speaker's introduction ("X of the
Apex Body") too, and only in such a text. A state's adjective that, with the word after it,
makes the word for a province's people ("British Columbians") names no state. (At the merge
the branch's own mechanisms gave way to t40err's, which these tests also hold.) Sentences
invented."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionFinder, MentionKind


def _by_text(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(
            "Title: t\n\n" + body + "\n", published=date(2025, 10, 1), opposition=Opposition.NONE
        )
    }


def test_the_short_form_after_the_full_name() -> None:
    found = _by_text(
        "Delegates of the Leh Apex Body and of the Kargil Democratic Alliance met ministry "
        "officials in Delhi on Monday.\n\n"
        "Tsering Angchuk of the Apex Body told reporters the meeting had gone well."
    )
    assert found["the meeting had gone well"] == ("Tsering Angchuk", "LAB")


def test_the_short_form_in_a_text_without_the_full_name() -> None:
    found = _by_text(
        "Tsering Angchuk of the Apex Body told reporters on Monday that the meeting had gone well."
    )
    assert found["the meeting had gone well"][1] is None


def test_a_province_people_name_no_state() -> None:
    finder = MentionFinder(load_gazetteer())
    text = "The budget we showed British Columbians was balanced, British officials said."
    found = [(m.kind, m.text, m.actor) for m in finder.mentions(text)]
    assert (MentionKind.SURNAME, "British Columbians", None) in found
    assert (MentionKind.ADJECTIVE, "British", "GBR") in found  # "British officials"


def test_the_swiss_farmers_union_by_its_english_name() -> None:
    found = _by_text(
        "The Swiss Farmers' Union said on Monday that the tariff deal would hurt dairy farms."
    )
    assert found["the tariff deal would hurt dairy farms"][1] == "SBV"
