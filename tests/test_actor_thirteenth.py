"""Actor mechanisms of the thirteenth round (read off the spent part test25): invented
articles, one mechanism each."""

from __future__ import annotations

from parley.extract import extract_statements


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text)]


def test_time_zone_of_a_live_entry_is_no_union_acronym() -> None:
    # "PT" on the line above the office is a time stamp's zone, not the office's owner
    text = (
        "Title: Live: dock strike\n\nOTTAWA - Canada's ports stayed shut on Tuesday.\n\n"
        "15:55 PT\nLabour Minister Jane Doerksen said she was disappointed by the vote.\n"
    )
    assert _sides(text) == [("Jane Doerksen", "CAN")]


def test_state_name_opening_an_organ_name_is_the_state() -> None:
    text = (
        "Title: Port lease\n\nThe lease was signed on Monday. Maria Sunde, director-general "
        "of the Norway Ports Authority, said the operator would invest heavily.\n"
    )
    assert _sides(text) == [("Maria Sunde", "NOR")]


def test_state_name_opening_a_private_body_name_is_no_side() -> None:
    text = (
        "Title: Mine contract\n\nPresident Gabriel Boric signed the decree on Monday.\n\n"
        "The environmental coalition Chile Agua Libre Ahora said the permit was illegal.\n"
    )
    assert _sides(text)[-1][1] is None


def test_chair_of_a_committee_speaks_for_the_convening_organisation() -> None:
    text = (
        "Title: Treaty adopted\n\nThe U.N. committee negotiating the treaty adopted it "
        'without a vote.\n\n"We found common ground," the committee\'s chair, Kenyan '
        "diplomat Wanjiku Muriithi, told delegates.\n"
    )
    assert _sides(text) == [("Wanjiku Muriithi", "UN")]


def test_chair_of_an_earlier_round_of_the_talks() -> None:
    text = (
        "Title: Tax talks\n\nThe U.N. talks on a tax convention resumed in Nairobi.\n\n"
        "Omar Haddad of Jordan, who chaired last year's talks on the terms of reference, "
        "said the work would go ahead on schedule.\n"
    )
    assert _sides(text) == [("Omar Haddad", "UN")]


def test_known_surname_as_an_unknown_persons_given_name() -> None:
    # "Petro" is a known president's surname; here it is the given name of somebody the
    # text goes on to call by his own surname
    text = (
        "Title: The river\n\nWe spoke to Petro Marchenko, a ferry captain in Kherson.\n\n"
        'Marchenko said the river had been closed for three years. "Nobody trusts the '
        'promise," Marchenko said.\n'
    )
    assert {actor for _, actor in _sides(text)} == {None}
    assert all(speaker == "Petro Marchenko" for speaker, _ in _sides(text))


def test_leader_of_the_governments_team_is_the_states() -> None:
    text = (
        "Title: Strike ends\n\nNAIROBI - Doctors returned to work on Thursday.\n\n"
        "Joseph Kiprono, the head of the civil service who led the government's team, said "
        "the formula showed what could be achieved.\n"
    )
    assert _sides(text) == [("Joseph Kiprono", "KEN")]


def test_general_secretary_is_no_state_title() -> None:
    text = (
        "Title: Nurses\n\nLONDON - Members of the nurses' college rejected the pay offer.\n\n"
        "The college's leadership had recommended the offer. General Secretary Ann Brody "
        "said the offer was not enough.\n"
    )
    assert _sides(text) == [("Ann Brody", None)]


def test_unqualified_state_organ_takes_the_context_state() -> None:
    text = (
        "Title: Mine contract\n\nPANAMA CITY - Protests over the mine contract went on.\n\n"
        "The Supreme Court said it would meet in permanent session to examine the "
        "challenges.\n"
    )
    assert _sides(text) == [(None, "PAN")]


def test_its_in_a_coordinated_clause_is_the_sentences_subject() -> None:
    text = (
        "Title: Convention\n\nAn Iranian delegate said the safeguards had no place in the "
        "treaty.\n\nRussia joined the consensus but its representative said the text was "
        "flawed. He said Moscow would seek a protocol.\n"
    )
    assert _sides(text)[1:] == [(None, "RUS"), (None, "RUS")]


def test_board_of_trade_is_no_state_organ() -> None:
    text = (
        "Title: Ports\n\nVANCOUVER - Dock workers rejected the deal on Tuesday.\n\n"
        "The Greater Vancouver Board of Trade said the rejection was a blow to trade.\n"
    )
    assert _sides(text) == [(None, None)]


def test_unit_of_a_company_names_a_company_not_a_state() -> None:
    text = (
        "Title: Mine\n\nThe mine, run by a unit of Canada's Northern Copper Holdings, "
        "employed thousands.\n\nNorthern Copper said in a statement that it disagreed with "
        "the ruling.\n"
    )
    assert _sides(text)[-1][1] is None


def test_short_form_of_an_organisation_the_text_names() -> None:
    text = (
        "Title: Loan talks\n\nAn International Monetary Fund mission left Dakar without a "
        "deal on Tuesday.\n\nA Fund official familiar with the discussions said the board "
        "could take up the case within weeks.\n"
    )
    assert _sides(text) == [(None, "IMF")]
