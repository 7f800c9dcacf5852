"""act72 (thirty-ninth round): a province's or a city's council named by its place ("a
deputy at the regional council of X") is a local office, of the state of the place the
paragraph names. Invented sentences."""

from __future__ import annotations

from datetime import datetime

from parley.extract import extract_statements
from parley.extract.options import Opposition

_DAY = datetime(2025, 9, 3)

_PACT = (
    "Title: Mauritania and the EU sign a migration pact\n\n"
    "NOUAKCHOTT, Sept 3 - Mauritania and the European Union signed a pact on Wednesday to "
    "curb departures by boat, EU officials said.\n\n"
    "In Nouadhibou, the port city, fishermen were sceptical. A deputy at the regional "
    "council of Dakhlet Nouadhibou, Aminata Sow, said the city needed jobs more than "
    "patrols.\n"
)


def test_regional_councillor_is_of_the_places_state() -> None:
    found = [
        s.actor
        for s in extract_statements(_PACT, published=_DAY, opposition=Opposition.NONE)
        if s.speaker == "Aminata Sow"
    ]
    assert found == ["MRT"]
