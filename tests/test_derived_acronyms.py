"""Initials of listed bodies' names (issue 8): "the AFA" is the Association of Flight
Attendants where the text names that union otherwise too, whichever comes first; letters
two bodies spell, or letters in a text that names no such body, stand for no one."""

from __future__ import annotations

from parley.actors import Actor, ActorKind, _derived_acronyms
from parley.extract import extract_statements


def _actors(body: str) -> list[str | None]:
    return [s.actor for s in extract_statements("Title: t\n\n" + body + "\n")]


def test_initials_one_body_alone_spells() -> None:
    rows = [
        Actor("AAA", ActorKind.ORGANISATION, "a", names=("Northern Rail Workers",)),
        Actor("BBB", ActorKind.ORGANISATION, "b", names=("National Road Workers",)),
        Actor("CCC", ActorKind.MOVEMENT, "c", names=("Coastal Fishers Alliance",)),
        Actor("DDD", ActorKind.ORGANISATION, "d", names=("Harbour Board",)),
        Actor("EEE", ActorKind.STATE, "e", names=("Upper Plains Republic",)),
    ]
    assert _derived_acronyms(rows) == {"CFA": "CCC"}


def test_the_acronym_before_the_full_name() -> None:
    body = (
        "The AFA said on Tuesday that the carrier's offer fell short of its demands.\n\n"
        "The Association of Flight Attendants represents cabin crews at several airlines."
    )
    assert _actors(body)[0] == "AFA"


def test_letters_of_a_body_the_text_does_not_name() -> None:
    body = (
        "Doctors and the pension fund met the health minister on Monday.\n\n"
        "The CSS said on Tuesday that the reform would keep the fund solvent."
    )
    assert _actors(body) == [None]
