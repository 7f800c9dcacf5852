"""test40's errors (t40err, twenty-ninth round): the people of a province named by a
state's demonym and a second word ("British Columbians") are the province's, not the
state's; a paragraph that opens on one state and then gives another state's side does not
say whom the next paragraph's unnamed official speaks for; "the Armenian minister" after the
Armenian foreign minister was named is that minister, not the last person quoted; and a
listed body may be called by the last words of its name ("the Apex Body") or by its first
word and its head noun ("the Kargil alliance"). Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


def _by_text(text: str, day: date = date(2025, 6, 1)) -> dict[str, tuple[str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=day, opposition=Opposition.NONE)
    }


def test_the_people_of_a_province_are_not_the_state_of_its_first_word() -> None:
    text = (
        "VICTORIA - A British Columbia nurses' union and the province reached a deal on "
        "Friday.\n\n"
        "Health Minister Joan Tremblay told reporters the contract was "
        '"a fair deal for British Columbians."\n\n'
        "Tremblay said the union had given ground on scheduling."
    )
    found = _by_text(text)
    assert found["the union had given ground on scheduling"][1] != "GBR"


def test_a_paragraph_about_both_sides_does_not_frame_the_next() -> None:
    text = (
        "ANKARA, March 3 - Turkish and Greek officials agreed on Monday to resume talks on their "
        "maritime dispute.\n\n"
        "Greece sent a survey ship into the contested waters last month. Turkey said the "
        "ship had entered its continental shelf, and Athens says the ship never left Greek "
        "waters.\n\n"
        '"We are ready to talk without preconditions," foreign ministry spokesman Oncu '
        "Keceli told reporters."
    )
    found = _by_text(text)
    assert found["We are ready to talk without preconditions,"][1] == "TUR"


def test_a_paragraph_about_one_side_still_frames_the_next() -> None:
    text = (
        "ANKARA, March 3 - Turkish and Greek officials agreed on Monday to resume talks on their "
        "maritime dispute.\n\n"
        "Greece said it had sent a survey ship into the contested waters last month. It "
        "said the ship never left Greek waters.\n\n"
        '"We are ready to talk without preconditions," foreign ministry spokesman Pavlos '
        "Marinakis told reporters."
    )
    found = _by_text(text)
    assert found["We are ready to talk without preconditions,"][1] == "GRC"


def test_the_ministers_state_names_the_foreign_minister_named_before() -> None:
    text = (
        "YEREVAN, May 2 - Armenia and Azerbaijan held another round of border talks on "
        "Thursday.\n\n"
        "At the end of Ararat Mirzoyan's visit to Baku, the Armenian foreign minister and "
        "his Azerbaijani counterpart, Jeyhun Bayramov, said the commissions would meet "
        "again in June. "
        "Bayramov told reporters that the two sides had agreed on the first stretch of "
        "the border.\n\n"
        "The Armenian minister chose his words carefully. He said the map of 1976 was a "
        "starting point, not a final answer."
    )
    found = _by_text(text, date(2024, 5, 2))
    assert found["the map of 1976 was a starting point, not a final answer"] == (
        "Ararat Mirzoyan",
        "ARM",
    )


def test_a_listed_body_called_by_its_last_words_or_its_head_noun() -> None:
    text = (
        "NEW DELHI, Oct 22 - Delegations of the Leh Apex Body and the Kargil Democratic "
        "Alliance met home ministry officials on Wednesday.\n\n"
        "Tsewang Norbu of the Apex Body said the meeting had been useful.\n\n"
        "Ghulam Mehdi of the Kargil alliance said the draft would be ready in a month."
    )
    found = _by_text(text)
    assert found["the meeting had been useful"][1] == "LAB"
    assert found["the draft would be ready in a month"][1] == "KDA"


def test_a_clause_a_relative_clause_names_is_no_statement() -> None:
    text = (
        "QUITO - Ecuador and Peru disagree over a river island.\n\n"
        "The defence minister toured the island on Sunday, a visit that Peruvian diplomats "
        "described as a provocation."
    )
    found = _by_text(text)
    assert "The defence minister toured the island on Sunday" not in found


def test_a_pronoun_after_a_list_entry_that_opens_on_a_name() -> None:
    text = (
        "NEW DELHI, Oct 22 - Delegations of the Leh Apex Body and the Kargil Democratic "
        "Alliance met home ministry officials on Wednesday.\n\n"
        "- Ghulam Mehdi of the Kargil alliance said the draft would be ready in a month.\n"
        "- A ministry official, speaking on condition of anonymity, said the talks had "
        "gone well.\n"
        "- The official said both bodies had accepted a phased outcome.\n"
        '- Mehdi rejected that. "Nobody accepted anything," he said.'
    )
    found = _by_text(text)
    assert found["Nobody accepted anything,"] == ("Ghulam Mehdi", "KDA")
