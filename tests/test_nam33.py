"""Whose official a named speaker is (nam33, thirty-second round): the chair of talks
between a government and a company, or of a legislature's portfolio committee, is no
multilateral meeting's voice; "who commands <demonym> forces" places an officer; a
section heading that is a state's name or capital says whose section it is; a lead that
opens on "A <demonym> delegation" is about that state; "the faction's co-chair" refers
back to a party, not to the last listed organisation. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


def _by_speaker(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_the_chair_of_talks_with_a_company_keeps_the_governments_side() -> None:
    text = (
        "NAIROBI - Port workers ended their strike against the Adani Group's lease plan on "
        "Friday. The Adani Group had wanted the terminal for thirty years, and the Adani "
        "Group said it would wait.\n\n"
        "Labour Cabinet Secretary Jane Wambui Kiprop, who chaired the talks, said the "
        "government had promised that nobody would be dismissed.\n"
    )
    assert _by_speaker(text)["Jane Wambui Kiprop"] == "KEN"


def test_the_chair_of_a_portfolio_committee_is_a_legislator_of_the_state() -> None:
    text = (
        "KYIV - Ukraine's parliament passed next year's budget on Tuesday. The finance "
        "minister said a new IMF loan would fill the gap.\n\n"
        "Olena Marchuk-Hrytsai, who chairs the budget committee, said the committee had "
        "left soldiers' pay unchanged.\n"
    )
    assert _by_speaker(text)["Olena Marchuk-Hrytsai"] == "UKR"


def test_an_officer_who_commands_a_states_forces_is_of_that_state() -> None:
    text = (
        "DAKAR - Senegal took over the last foreign base on its soil on Thursday. Senegal's "
        "army chief received the keys from General Paul Vernier-Lasalle, who commands "
        "French forces in West Africa. Vernier-Lasalle said the handover had gone smoothly.\n"
    )
    assert _by_speaker(text)["Paul Vernier-Lasalle"] == "FRA"


def test_a_section_heading_naming_a_capital_says_whose_section_it_is() -> None:
    text = (
        "Round-up: Caracas suspends the gas deal with its neighbour\n\n"
        "Venezuela suspended its gas agreements with Trinidad and Tobago on Monday. Here is "
        "how the two governments responded.\n\n"
        "Caracas\n\n"
        "Venezuela's vice president said the deal was dead and that Venezuela would not "
        "sell gas to its neighbour.\n\n"
        "Port of Spain\n\n"
        "The prime minister's office said it would study the decision.\n\n"
        "Energy Minister Ravi Ramnarine-Singh told parliament that the government had "
        "received no formal notice.\n"
    )
    assert _by_speaker(text)["Ravi Ramnarine-Singh"] == "TTO"


def test_a_lead_opening_on_a_demonym_delegation_is_about_that_state() -> None:
    text = (
        "ACCRA/LONDON - A Ghanaian delegation held two days of talks with British officials "
        "in London this week over the debt deal, officials said.\n\n"
        "Britain has pressed for faster reforms. British ministers met the group in London, "
        "and Britain's treasury hosted a dinner.\n\n"
        "Information Minister Kofi Asante-Boateng told reporters on Thursday that the talks "
        "had been useful.\n"
    )
    assert _by_speaker(text)["Kofi Asante-Boateng"] == "GHA"


def test_the_factions_co_chair_is_not_the_last_listed_organisation() -> None:
    text = (
        "KYIV - Ukraine's parliament passed the budget on Wednesday. The finance minister "
        "said the IMF programme would cover the gap.\n\n"
        'The opposition attacked the text. "This budget hides the cost of the war," said '
        "Maryna Ostapchuk-Lys, the faction's co-chair.\n"
    )
    assert _by_speaker(text).get("Maryna Ostapchuk-Lys") is None
