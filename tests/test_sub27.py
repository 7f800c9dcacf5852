"""Sub-state heads of government (sub27, twenty-seventh round): a bare head of a province's
or a state's executive ("Premier X", "Chief Minister X", "Governor X") speaks for the
sub-state government the gazetteer lists and the article names (the one its paragraph
names first, else the article's only one) when the context gives that government's state,
outside a negotiation between two states; a province's name on its own is the province,
not the short form of a body named after it; "New Mexico" is a province's name, not
Mexico. Sentences and people invented; the governments are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionKind, mention_finder


def _sides(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_a_bare_premier_is_the_government_of_the_province_the_article_names() -> None:
    text = (
        "VICTORIA - British Columbia's government and the Coastal Guardians Council signed "
        "a fisheries accord on Monday after four years of talks. The council said the "
        "accord protected its waters.\n\n"
        "Premier Alan Vickery said the accord was a model for the rest of Canada. "
        "He said the province would pay for new patrol boats."
    )
    assert _sides(text).get("Alan Vickery") == "BCPROV"


def test_the_paragraph_names_the_province_among_several() -> None:
    text = (
        "OTTAWA - Prime Minister Jean Roy and Alberta Premier Clara Dunn signed an energy "
        "pact on Thursday. Dunn said Alberta had won what it asked for. Roy said Canada "
        "would build the line with Alberta.\n\n"
        "The pact still needs British Columbia. Premier Sam Okoro said he would not "
        "accept any tanker on the north coast."
    )
    sides = _sides(text)
    assert sides.get("Clara Dunn") == "ALBERTA"
    assert sides.get("Sam Okoro") == "BCPROV"


def test_a_bare_governor_among_states_of_one_federation() -> None:
    text = (
        "DENVER - Arizona, California and Nevada failed to agree with Utah and Colorado on "
        "new river rules on Friday. Federal officials said the United States would impose "
        "cuts if the states did not agree.\n\n"
        "Arizona officials said they would go to court. Governor Maria Velez said Arizona "
        "would defend its share of the river."
    )
    assert _sides(text).get("Maria Velez") == "ARIZONA"


def test_between_two_states_a_bare_premier_stays_with_their_state() -> None:
    text = (
        "OTTAWA - Canada and the United States broke off trade talks on Friday. Canadian "
        "officials said Canada would not retaliate, and U.S. officials said the United "
        "States wanted an apology from Canada.\n\n"
        "In Ontario, Premier Ray Hill said the tariffs would cost jobs."
    )
    assert _sides(text).get("Ray Hill") == "CAN"


def test_a_national_premier_is_not_a_province_of_another_state() -> None:
    text = (
        "BEIJING - China and Australia agreed on Monday to resume beef exports from New "
        "South Wales. Chinese officials said the deal would help trade.\n\n"
        "Premier Li Wen said China welcomed Australian beef."
    )
    assert _sides(text).get("Li Wen") == "CHN"


def test_a_provinces_name_alone_is_not_a_body_named_after_it() -> None:
    text = (
        "Nunavut Tunngavik Incorporated said it backed the deal. Nunavut will take "
        "over its lands in 2027."
    )
    found = [m for m in mention_finder().mentions(text) if m.text == "Nunavut"]
    assert found
    assert all(m.actor != "NTI" for m in found)


def test_new_mexico_is_not_mexico() -> None:
    text = "New Mexico's water chief said the upper basin would study the offer."
    mentions = mention_finder().mentions(text)
    assert not any(m.actor == "MEX" for m in mentions)
    assert any(m.kind is MentionKind.SURNAME and m.text.startswith("New Mexico") for m in mentions)


def test_a_governor_an_of_phrase_qualifies_is_not_a_provinces() -> None:
    text = (
        "WASHINGTON - California and Arizona officials met federal water managers on "
        "Monday. California said it wanted a fair share of the cuts.\n\n"
        "Governor Tom Reed of the Federal Reserve said the drought would raise food "
        "prices. California Governor Amy Lu said the state would sue."
    )
    sides = _sides(text)
    assert sides.get("Tom Reed") != "CALIFORNIA"
    assert sides.get("Amy Lu") == "CALIFORNIA"
