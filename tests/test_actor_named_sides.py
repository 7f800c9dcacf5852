"""Named speakers whose introduction gives their side (issue 8, twenty-third round): a
title whose portfolio lists several subjects before the name, a rank written out before
it, an office of a body the gazetteer lists, a gazetteer person given a government title
again after the recorded offices ended, and a class noun ("the union's", "the rebels'")
or a body's first word that refers to a listed body. Sentences and people invented; the
states and bodies are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.unlisted import listed_parties, referred_back


def _sides(text: str, day: date = date(2025, 6, 1)) -> dict[str | None, str | None]:
    return {s.speaker: s.actor for s in extract_statements(text, published=day)}


def test_a_portfolio_listing_several_subjects_before_the_name() -> None:
    text = (
        "Chile's coordinating minister for economic, social and labour affairs, Marco "
        "Ferrante, said the talks would resume on Monday."
    )
    assert _sides(text).get("Marco Ferrante") == "CHL"


def test_the_rest_of_a_portfolio_list_after_the_title() -> None:
    text = (
        "Peru's Minister of Energy, Mines and Hydrocarbons, Lucia Varga, said the "
        "contract would be signed within a week."
    )
    assert _sides(text).get("Lucia Varga") == "PER"


def test_a_list_with_no_state_in_the_title_gives_none() -> None:
    text = "A consultant for energy, mines and water, Lucia Varga, said the contract was weak."
    assert _sides(text).get("Lucia Varga") is None


def test_a_rank_written_out_before_the_name() -> None:
    text = "Chile's navy spokesman, Rear Admiral Tomas Belkin, said the ships would stay in port."
    assert _sides(text) == {"Tomas Belkin": "CHL"}


def test_administrator_is_a_title_not_a_given_name() -> None:
    text = "U.S. Agency Administrator Nora Quill said the funds would be released."
    assert "Nora Quill" in _sides(text)


def test_an_office_of_a_listed_body_before_the_name() -> None:
    text = "NZNO chief executive Ana Kell said members would stay out on Thursday."
    assert _sides(text).get("Ana Kell") == "NZNO"
    text = "De Beers chief executive Tom Rand said the sales deal was fair."
    assert _sides(text).get("Tom Rand") == "DEBEERS"


def test_an_office_of_an_unlisted_company_stays_private() -> None:
    text = "Harbour Mills chief executive Tom Rand said the sales deal was fair."
    assert _sides(text).get("Tom Rand") is None


def test_a_gazetteer_person_given_a_government_title_again() -> None:
    text = (
        "The accord was signed on Monday with Mexico's Environment Secretary Alicia "
        "Bárcena at the border.\n\n"
        "Bárcena said Mexico would meet every deadline in the text."
    )
    assert _sides(text).get("Alicia Bárcena") == "MEX"


def test_a_past_title_keeps_the_person_out_of_office() -> None:
    text = (
        "The accord was praised by former foreign minister Alicia Bárcena at the "
        "border.\n\n"
        "Bárcena said Mexico would meet every deadline in the text."
    )
    assert _sides(text).get("Alicia Bárcena") is None


def test_the_unions_office_refers_to_a_union_named_paragraphs_before() -> None:
    filler = "The talks had run for weeks without any progress on the main demand. " * 12
    text = (
        "Teachers rejected the offer, the National Education Union said on Monday.\n\n"
        f"{filler}\n\n"
        "Hana Voss, the union's other general secretary, said strikes would go ahead."
    )
    listed = listed_parties(text, load_gazetteer())
    assert referred_back(text, "Hana Voss", len(text), listed) == "NEU"


def test_a_body_called_by_the_first_word_of_its_name() -> None:
    text = (
        "The government and the Coordinadora Nacional Ejercito Bolivariano met on "
        "Saturday.\n\n"
        "Tomas Belkin, who heads the Coordinadora's delegation, said the zones were a "
        "start."
    )
    listed = listed_parties(text, load_gazetteer())
    assert {f for u in listed for f in u.forms} >= {"Coordinadora"}
    assert _sides(text).get("Tomas Belkin") == "CNEB"


def test_a_generic_first_word_is_no_short_name() -> None:
    text = "The National Education Union met ministers on Monday. The National said nothing."
    listed = listed_parties(text, load_gazetteer())
    assert "National" not in {f for u in listed for f in u.forms}


def test_the_rebels_named_later_in_the_same_sentence() -> None:
    text = (
        "The rebels' spokesman, Tomas Belkin, said the demand of the West Papua National "
        "Liberation Army had not changed."
    )
    listed = listed_parties(text, load_gazetteer())
    assert referred_back(text, "Tomas Belkin", len(text), listed) == "TPNPB"


def test_a_body_of_another_class_named_later_is_not_the_nouns() -> None:
    text = (
        "The union's spokesman, Tomas Belkin, said the demand of the West Papua National "
        "Liberation Army had not changed."
    )
    listed = listed_parties(text, load_gazetteer())
    assert referred_back(text, "Tomas Belkin", len(text), listed) is None
