"""Actor mechanisms of the fourteenth round (read off the spent part test26): invented
articles, one mechanism each."""

from __future__ import annotations

from parley.extract import extract_statements


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text)]


def test_minister_for_a_portfolio_is_the_state_the_text_is_about() -> None:
    # "the minister for health, X": the portfolio after the office noun, no country named
    text = (
        "Title: Clinic fees\n\nNAIROBI, May 3 - Kenya raised clinic fees on Monday.\n\n"
        "The rise was announced by the minister for health, Achieng Otieno, after a cabinet "
        "meeting.\n\nOtieno said the fund had weighed the cost of drugs.\n"
    )
    assert _sides(text) == [("Achieng Otieno", "KEN")]


def test_coordinated_portfolio_keeps_its_title() -> None:
    # "the minister for health and sanitation, X": two portfolios, one title
    text = (
        "Title: Housing levy\n\nNAIROBI, May 3 - Kenya set a sanitation levy on Monday.\n\n"
        "The levy was announced by the minister for health and sanitation, Achieng Otieno, after "
        "a cabinet meeting.\n\nOtieno said the fund had weighed the cost of pipes.\n"
    )
    assert _sides(text) == [("Achieng Otieno", "KEN")]


def test_a_union_official_after_a_minister_for_a_portfolio_has_no_state() -> None:
    text = (
        "Title: Clinic fees\n\nNAIROBI, May 3 - Kenya raised clinic fees on Monday.\n\n"
        "The nurses' union official Peter Kamau said the minister for health had ignored "
        "nurses.\n"
    )
    assert _sides(text)[0][1] is None


def test_head_of_the_senate_is_the_state_the_text_is_about() -> None:
    text = (
        "Title: Base pact\n\nMANILA, May 3 - The Philippines signed a base pact with "
        "Australia on Monday.\n\nSenate President Ramon Dizon said the chamber would study "
        "the pact carefully.\n"
    )
    assert _sides(text) == [("Ramon Dizon", "PHL")]


def test_surname_that_is_also_a_town_is_the_person_named_before() -> None:
    # "Breda" is a Dutch town; here it is the prime minister's surname
    text = (
        "Title: Unions walk out\n\nPARIS, March 29 - French unions walked out of a meeting "
        "with Prime Minister Claire Breda on Wednesday.\n\nBreda's office said in a statement "
        "that the prime minister would not go back on the reform.\n"
    )
    assert _sides(text)[-1][1] == "FRA"


def test_unnamed_voice_of_a_known_union_is_that_union() -> None:
    text = (
        "Title: Rail wage talks\n\nJOHANNESBURG, May 3 - The United National Transport Union "
        "rejected the railway's offer on Monday.\n\nA union official said members would be "
        "consulted on any new offer.\n"
    )
    assert _sides(text)[-1][1] == "UNTU"


def test_the_union_after_a_body_of_states_is_no_state_body() -> None:
    # the European Union is a union of states, not the workers' union the text speaks of
    text = (
        "Title: Port strike\n\nBRUSSELS, May 3 - The European Union proposed new port rules "
        "on Monday.\n\nA union official said members would strike on Friday.\n"
    )
    assert _sides(text)[-1][1] is None


def test_another_long_given_name_before_a_known_surname_is_somebody_else() -> None:
    # "Eloise Macron" shares only her first letter with Emmanuel: a private researcher
    text = (
        "Title: Summit clause\n\nPARIS, May 3 - France will host the summit in June.\n\n"
        "Eloise Macron, a researcher at a Lyon institute, said the clause could not simply "
        "be switched back on.\n"
    )
    assert _sides(text) == [("Eloise Macron", None)]


def test_a_short_form_of_the_given_name_is_the_known_person() -> None:
    text = (
        "Title: Summit clause\n\nPARIS, May 3 - France will host the summit in June.\n\n"
        "President Manny Macron said the clause could not simply be switched back on.\n"
    )
    assert _sides(text)[0][1] == "FRA"
