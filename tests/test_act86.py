"""act86 (forty-third round): state bodies and officers found in development parts are in
the gazetteer (Ofwat and Acas: GBR; the Federal Aviation Administration: USA; the European
Union Aviation Safety Agency: EU; Chris Walters, Mike Whitaker, Astrid Schomaker); and a
pronoun opening what a purpose infinitive of speech says ("the union had written to Acas
to say [it] was ready") is the subject of the verb the purpose hangs on, not the object
of that verb's preposition. Invented sentences."""

from __future__ import annotations

from datetime import datetime

from actor_helpers import actor_of
from parley.extract import extract_statements
from parley.extract.options import Opposition

_DAY = datetime(2025, 3, 8)
_EARLIER = datetime(2024, 6, 3)


def test_state_bodies_of_the_development_parts_have_their_states() -> None:
    text = (
        "Title: Regulators weigh in on the deals\n\n"
        "Ofwat said it would look at the rescue plan for the water company closely.\n\n"
        "The European Union Aviation Safety Agency said it would keep its warning on the "
        "airspace in place.\n"
    )
    assert actor_of(text, None, "rescue plan", _DAY) == "GBR"
    assert actor_of(text, None, "warning on the airspace", _DAY) == "EU"


def test_the_aviation_regulator_is_american() -> None:
    text = (
        "Title: Planemaker deal\n\n"
        "The Federal Aviation Administration said it would audit the new owner's plants "
        "before the end of the year.\n"
    )
    assert actor_of(text, None, "audit the new owner", _EARLIER) == "USA"


def test_officers_of_the_development_parts_have_their_sides() -> None:
    text = (
        "Title: Deals under review\n\n"
        "Mike Whitaker said the audit of the factory had found problems that must be fixed.\n"
    )
    assert actor_of(text, "Mike Whitaker", "audit of the factory", _EARLIER) == "USA"


def test_a_purpose_infinitive_of_speech_speaks_for_the_verb_s_subject() -> None:
    text = (
        "Title: Bus strike goes on\n\n"
        "The drivers stayed out for a second day on Wednesday. A union official said the "
        "union had written to Acas to say it was ready to meet at any time.\n"
    )
    for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE):
        if "ready to meet" in s.text:
            assert s.about is None
            return
    raise AssertionError("no statement with 'ready to meet'")
