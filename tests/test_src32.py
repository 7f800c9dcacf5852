"""Unnamed sources and their continuations (src32): the side an inserted phrase places a
source on, a body that "its" stands for, and a definite source taken up again."""

from __future__ import annotations

from datetime import date

from parley.extract.pipeline import run
from parley.extract.source_follow import again_noun, introduces


def _actor_of(text: str, words: str) -> str | None:
    found = [s for s in run(text, "t", date(2024, 5, 3)) if words in s.text]
    assert found, words
    return found[0].actor


def test_the_person_keeps_the_side_of_the_person_close_to_the_company() -> None:
    text = (
        "LONDON, May 3 - Talks between the British government and ArcelorMittal over a "
        "steel plant stalled this week.\n\n"
        "ArcelorMittal said it would keep the plant open until June. A person close to the "
        "company said ArcelorMittal had asked for more time. The person denied that the "
        "firm had stopped paying its suppliers.\n"
    )
    assert _actor_of(text, "stopped paying its suppliers") == "ARCELOR"


def test_one_of_them_close_to_the_government_speaks_for_the_state() -> None:
    text = (
        "ASTANA, May 3 - Kazakhstan and ArcelorMittal remain far apart on the price of the "
        "steel plant, according to three people familiar with the talks.\n\n"
        "One of them, who is close to the government's working group, said Astana wanted "
        'the company to pay for the repairs. "Nobody will be paid for a broken mine," the '
        "person said.\n"
    )
    assert _actor_of(text, "pay for the repairs") == "KAZ"
    assert _actor_of(text, "Nobody will be paid") == "KAZ"


def test_a_person_familiar_with_its_thinking_speaks_for_the_body_before() -> None:
    text = (
        "COLOMBO, May 3 - ArcelorMittal has left the talks on a plant in northern Sri "
        "Lanka.\n\n"
        "The company said it remained committed to Sri Lanka. A person familiar with its "
        "thinking said the government had asked for a price nobody could meet.\n"
    )
    assert _actor_of(text, "a price nobody could meet") == "ARCELOR"


def test_a_source_no_phrase_places_stays_without_a_side() -> None:
    text = (
        "GENEVA, May 3 - Talks on the trade pact resumed on Friday.\n\n"
        "A diplomat from a Western country said the sides had narrowed their gaps. The "
        "diplomat said a text could be ready next week.\n"
    )
    assert _actor_of(text, "a text could be ready") is None


def test_again_noun_reads_the_definite_source_before_the_verb() -> None:
    text = 'He spoke. "We will wait," the person said'
    assert again_noun(text, text.rfind("said")) == "person"
    text = "The officials added"
    assert again_noun(text, text.rfind("added")) == "official"
    text = "Kazakhstan said"
    assert again_noun(text, text.rfind("said")) is None


def test_introduces_wants_the_same_noun_or_one_of_a_group() -> None:
    assert introduces("A person close to the company ", "person")
    assert introduces("One of them, who is close to the team, ", "person")
    assert introduces(", two officials familiar with the matter ", "official")
    assert not introduces("The union ", "person")
    assert not introduces("A senior official ", "person")


def test_the_person_after_an_according_to_introduction_on_the_company_side() -> None:
    text = (
        "ASTANA, May 3 - Kazakhstan has bought the steel plant from ArcelorMittal.\n\n"
        "Did the seller get what it wanted? Largely, according to a person involved in the "
        "talks on the company's side. The person said ArcelorMittal had left without "
        "taking on the plant's debts.\n"
    )
    assert _actor_of(text, "without taking on the plant's debts") == "ARCELOR"
