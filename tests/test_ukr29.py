"""Ukraine-plan errors (ukr29, twenty-ninth round): a serving officer qualified by a state
speaks for it like an official; a pronoun right after an unnamed private speaker in the
same paragraph is that private person, not the side heard before; an unnamed office-holder
whose noun gives a gender ("a spokeswoman") is no later pronoun of the other gender; a
summing-up noun of saying after a comma (", a line officials read as ...") ends the
reported clause. Sentences and people invented."""

from __future__ import annotations

from datetime import date

from parley.actors import Gender
from parley.extract import Opposition, extract_statements
from parley.extract.speaker_patterns import noun_gender
from parley.record import Statement


def _statements(text: str) -> list[Statement]:
    return extract_statements(text, published=date(2025, 11, 25), opposition=Opposition.NONE)


def _by_text(text: str, words: str) -> Statement:
    return next(s for s in _statements(text) if words in s.text)


def test_a_serving_officer_speaks_for_the_state_named_with_them() -> None:
    text = (
        "Front lines hold\n\n"
        "A Polish naval officer in the Baltic said the patrols had doubled since spring."
    )
    assert _by_text(text, "patrols had doubled").actor == "POL"


def test_a_former_officer_stays_without_side() -> None:
    text = (
        "Front lines hold\n\n"
        "A former Polish naval officer said the patrols had doubled since spring."
    )
    assert _by_text(text, "patrols had doubled").actor is None


def test_a_pronoun_after_an_unnamed_private_speaker_is_that_person() -> None:
    text = (
        "Markets weigh the plan\n\n"
        "A Ukrainian diplomat at the talks said the energy chapter had been left for later.\n\n"
        "Traders are wary. A currency trader at a Zurich bank, who asked not to be named, said "
        'he had cut his position. "Nobody prices a ceasefire twice," he said.'
    )
    assert _by_text(text, "energy chapter").actor == "UKR"
    assert _by_text(text, "prices a ceasefire").actor is None


def test_a_gendered_office_noun_is_no_antecedent_of_the_other_pronoun() -> None:
    assert noun_gender("spokeswoman") is Gender.FEMALE
    assert noun_gender("press spokesman") is Gender.MALE
    assert noun_gender("official") is None
    assert noun_gender("spokesperson") is None
    text = (
        "A port waits\n\n"
        "A spokeswoman for Ukraine's embassy told radio listeners that Kyiv valued the help.\n\n"
        "On the quay, a crane driver watched the empty berth. Asked about the plan, he "
        'laughed. "Ships will come when the insurers say so," he said.'
    )
    assert _by_text(text, "Kyiv valued").actor == "UKR"
    assert _by_text(text, "insurers say so").actor is None


def test_a_summing_up_noun_of_saying_ends_the_reported_clause() -> None:
    text = (
        "Moscow answers\n\n"
        "Kremlin spokesman Dmitry Peskov said the draft had some useful ideas, a line "
        "diplomats in Brussels read as a hint of more to come."
    )
    found = _by_text(text, "useful ideas")
    assert found.text == "the draft had some useful ideas"


def test_an_office_on_a_state_body_s_staff_is_that_state_s() -> None:
    text = (
        "LVIV — The army plans\n\n"
        "An official on the General Staff, who was not authorised to speak, said the planners "
        "had modelled both ceilings."
    )
    assert _by_text(text, "modelled both ceilings").actor == "UKR"


def test_a_pronoun_after_an_unnamed_speaker_passes_over_an_earlier_name() -> None:
    """'A ... officer ... said X. "Y," he told us': the pronoun is the unnamed officer, not a
    minister named paragraphs before (lead's merge of ukr29 with anaph29 and t40err)."""
    from datetime import date

    from parley.extract import Opposition, extract_statements

    text = (
        "Title: t\n\n"
        "Trade Minister Yoji Muto said on Monday that Tokyo would keep talking to Washington.\n\n"
        "A local union officer at the rolling mill, who spoke on condition of anonymity, said "
        'most of his members had wanted the deal. "The leaders said no, but on the floor '
        'people are worried," he told us.\n'
    )
    found = {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2024, 12, 31), opposition=Opposition.NONE)
    }
    quote = next(k for k in found if k.startswith("The leaders said no"))
    assert found[quote] == (None, None)
