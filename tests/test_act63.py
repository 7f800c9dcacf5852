"""act63: a party whose figures took cabinet posts in a personal capacity, bound to the
government only by a pact, is not a governing party (the party table gives ODM no spell)."""

from datetime import date

from parley.extract import extract_statements
from parley.extract.options import Opposition

_TEXT = (
    "NAIROBI - ODM chairman Juma Otieno said the party would stay in the pact. "
    '"We keep our right to disagree," he said. '
    "An ODM official said the members wanted a written timetable."
)


def test_pact_party_figures_speak_for_no_state() -> None:
    found = extract_statements(_TEXT, published=date(2025, 6, 2), opposition=Opposition.NONE)
    assert [s.actor for s in found] == [None, None, None]
    assert found[0].speaker == "Juma Otieno"


def test_pact_party_figures_under_the_state_setting() -> None:
    found = extract_statements(_TEXT, published=date(2025, 6, 2), opposition=Opposition.STATE)
    assert found[0].actor == "KEN"
