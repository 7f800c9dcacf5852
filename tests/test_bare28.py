"""A listed body called by a noun of its class where the noun is not right before the
reporting verb (twenty-eighth round, bare28): the subject of a sentence whose second,
coordinated verb is the cue ("The council has begun ... and says"), a fronted phrase
before that subject, a participle after a comma, "according to the council", and a class
noun qualifying a spokesperson ("a union spokeswoman said"). Sentences invented; the
bodies are the gazetteer's."""

from __future__ import annotations

from parley.actors import load_gazetteer
from parley.extract.unlisted import (
    Unlisted,
    coordinated_subject,
    listed_parties,
    noun_subject,
)


def _listed(text: str) -> list[Unlisted]:
    return listed_parties(text, load_gazetteer())


def _coordinated(text: str, cue: str) -> str | None:
    return coordinated_subject(text, text.rindex(cue), cue, _listed(text))


def test_second_verb_of_a_sentence_opened_by_the_council() -> None:
    text = (
        "Birmingham City Council met the drivers' representatives in March.\n\n"
        "The council has hired temporary crews for its routes and says the streets are clean."
    )
    assert _coordinated(text, "says") == "BHAMCC"


def test_participle_after_a_comma_shares_the_subject() -> None:
    text = (
        "Leaders of the Ovaherero Traditional Authority travelled to the capital.\n\n"
        "The authority has turned down the accord, arguing that it was written without them."
    )
    assert _coordinated(text, "arguing") == "OTA"


def test_a_fronted_phrase_before_the_subject() -> None:
    text = (
        "Teachers marched in Lisbon behind the banners of Fenprof.\n\n"
        "In a short note on Friday, the federation said it wanted a date for talks, and "
        "warned that strikes would follow."
    )
    assert _coordinated(text, "warned") == "FENPROF"


def test_according_to_the_class_noun() -> None:
    text = (
        "Birmingham City Council published its offer on Monday.\n\n"
        "According to the council, every driver would keep a post."
    )
    assert _coordinated(text, "According to") == "BHAMCC"


def test_a_verb_with_a_subject_of_its_own_is_left_alone() -> None:
    text = (
        "Birmingham City Council published its offer on Monday.\n\n"
        "The council has hired temporary crews, and residents say the streets are clean."
    )
    assert _coordinated(text, "say") is None


def test_a_sentence_opened_by_another_subject_is_left_alone() -> None:
    text = (
        "Birmingham City Council published its offer on Monday.\n\n"
        "Residents praised the crews and said the streets were clean."
    )
    assert _coordinated(text, "said") is None


def test_a_class_noun_qualifying_a_spokesperson() -> None:
    text = (
        "Birmingham City Council and the drivers met again on Friday.\n\n"
        "A council spokeswoman said the offer stood."
    )
    assert noun_subject(text, text.rindex("said"), _listed(text)) == "BHAMCC"
    text = "The drivers met again on Friday.\n\nA council spokeswoman said the offer stood."
    assert noun_subject(text, text.rindex("said"), _listed(text)) is None
