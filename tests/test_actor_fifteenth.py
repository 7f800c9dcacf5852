"""Actor mechanisms of the fifteenth round (read off the spent part test27): invented
articles, one mechanism each."""

from __future__ import annotations

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.options import Opposition


def _sides(
    text: str, opposition: Opposition = Opposition.NONE
) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text, opposition=opposition)]


def test_portfolio_coordinated_with_a_region_keeps_its_title() -> None:
    # "Minister for Trade and the Pacific, X,": "the Pacific" is part of the title
    text = (
        "Title: Aid talks\n\nCanberra and Honiara met on Monday.\n\n"
        "Australia's Minister for Trade and the Pacific, Joan Ferris, who flew in on Sunday, "
        "told reporters that the offer was fair.\n"
    )
    assert _sides(text) == [("Joan Ferris", "AUS")]


def test_opposition_member_of_parliament_speaks_for_no_state() -> None:
    text = (
        "Title: Port deal\n\nPORT VILA, May 3 - Vanuatu delayed a port deal with Australia.\n\n"
        "An opposition member of parliament, who asked not to be named, said on Tuesday that "
        "he wanted the text tabled first.\n"
    )
    assert _sides(text, Opposition.NONE)[0][1] is None
    assert _sides(text, Opposition.STATE)[0][1] == "VUT"


def test_a_party_leader_who_is_also_a_minister_is_the_state() -> None:
    # "leader of the Greens (GL) and finance minister in Rutte's cabinet": the party the
    # gazetteer lacks does not make the minister private
    text = (
        "Title: Budget\n\nTHE HAGUE - Dutch parties failed to agree a budget on Monday.\n\n"
        "Anneke Vos, leader of the Greens (GL) and finance minister in the caretaker "
        "cabinet, said the gap was small.\n"
    )
    assert _sides(text) == [("Anneke Vos", "NLD")]


def test_who_remains_a_minister_after_the_party_is_the_state() -> None:
    text = (
        "Title: Budget\n\nTHE HAGUE - Dutch parties failed to agree a budget on Monday.\n\n"
        "Anneke Vos of the GL, who remains finance minister in the caretaker government, said "
        "the gap was small.\n"
    )
    assert _sides(text) == [("Anneke Vos", "NLD")]


def test_a_place_name_that_opens_on_the() -> None:
    assert load_gazetteer().actor_of("The Hague") == "NLD"
    assert load_gazetteer().actor_of("the Kremlin") == "RUS"


def test_heading_in_capitals_names_the_section_state() -> None:
    # the heading's last word is no acronym owning the office after it, and the heading's
    # opening name is the section's state
    text = (
        "Title: Digest\n\nSTRIKE ENDS\n\nPilots and the airline reached a deal on Sunday.\n\n"
        "OTTAWA HAILS DEAL, SILENT ON LAW\n\n"
        "Transport Minister Gail Brandt welcomed the agreement, saying that bargaining "
        "had worked.\n"
    )
    found = _sides(text)
    assert found and all(side == ("Gail Brandt", "CAN") for side in found)


def test_subject_before_an_aside_on_anonymity() -> None:
    text = (
        "Title: Tariffs\n\nJAKARTA, July 3 - Indonesia agreed a tariff deal with the United "
        "States.\n\nIt also leaves in place the question of origin: a US official, speaking on "
        "condition of anonymity, said goods routed through third countries would pay more.\n"
    )
    assert _sides(text)[-1][1] == "USA"


def test_one_senior_official_of_government_officials() -> None:
    text = (
        "Title: Court ruling\n\nROME, Oct 20 - An Italian court freed the men.\n\n"
        "Government officials privately concede that the decree may fall. One senior "
        "official said the real test would come next year.\n"
    )
    assert _sides(text)[-1][1] == "ITA"


def test_one_senior_official_of_officials_in_his_office() -> None:
    text = (
        "Title: Quota\n\nOTTAWA, Jan 20 - Canada cut a tariff on Chinese cars.\n\n"
        "Prime Minister Mark Carney said the quota was small. Officials in his office "
        "insisted privately that it was safe. One senior official said the Americans had been "
        "briefed twice.\n"
    )
    assert _sides(text)[-1][1] == "CAN"


def test_a_former_head_of_state_now_heading_an_organisation() -> None:
    text = (
        "Title: Treaty\n\nCanberra signed a treaty with Tuvalu on Monday.\n\n"
        "Former Tuvalu prime minister Alofa Teleki, now secretary-general of the Pacific "
        "Islands Forum, said that the forum welcomed the treaty.\n"
    )
    assert _sides(text) == [("Alofa Teleki", "PIF")]


def test_an_aside_does_not_make_the_relative_clauses_noun_the_subject() -> None:
    text = (
        "Title: Strike\n\nLONDON, Jan 3 - Doctors in England went on strike on Monday.\n\n"
        "A Labour MP who sits on the health select committee, speaking on condition of "
        "anonymity, said the government should have offered a deal months ago.\n"
    )
    assert _sides(text)[-1][1] == "GBR"


def test_the_courts_president_is_the_state() -> None:
    text = (
        "Title: Mine ruling\n\nPANAMA CITY, Nov 28 - Panama's supreme court struck down the "
        "mining law.\n\nThe nine judges ruled unanimously that the law was void. The court's "
        "president, Lucia Arosemena, read the decision and said that it took effect at once.\n"
    )
    assert _sides(text)[-1] == ("Lucia Arosemena", "PAN")


def test_chairperson_of_a_council_of_governors_is_the_state() -> None:
    text = (
        "Title: Doctors\n\nNAIROBI, May 8 - Kenya's doctors ended their strike.\n\n"
        "The Council of Governors, whose members employ most doctors, was more cautious. Its "
        "chairperson, Wanjiru Kamau, said counties had not been consulted.\n"
    )
    assert _sides(text) == [("Wanjiru Kamau", "KEN")]


def test_treasury_officials_are_the_state() -> None:
    text = (
        "Title: Aid\n\nCanberra agreed a treaty with Tuvalu on Monday.\n\n"
        "For Canberra, the money is modest. Treasury officials told a Senate hearing that "
        "the figure was within existing allocations.\n"
    )
    assert _sides(text)[-1][1] == "AUS"


def test_head_of_a_presidential_office_is_the_state() -> None:
    text = (
        "Title: Data\n\nWhat did the United States get? Washington said Indonesia agreed a "
        "data clause.\n\nBudi Santoso, head of the Presidential Communication Office, told "
        "reporters that the clause covered commercial data only.\n"
    )
    assert _sides(text)[-1] == ("Budi Santoso", "IDN")


def test_he_is_the_speaker_spoken_of_last_in_the_text() -> None:
    # the unnamed member is resolved again after the minister, out of text order; "He" is
    # still the minister, spoken of last before it
    text = (
        "Title: Port deal\n\nPORT VILA, May 3 - Vanuatu delayed a port deal with Australia.\n\n"
        "An opposition member of parliament, who asked not to be named, said on Tuesday that "
        'he wanted the text tabled first. "Our ports are not for sale," he told reporters.\n\n'
        "Australia's Minister for Trade and the Pacific, Tom Ferris, who travelled with the "
        "prime minister, told Australian media that Canberra would not rush anybody. He "
        "rejected suggestions that the deal was aimed at China.\n"
    )
    assert _sides(text)[-1] == ("Tom Ferris", "AUS")
