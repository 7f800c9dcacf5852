"""Bodies named with a state's name or demonym (org35, thirty-fifth round).

A council whose name holds a state's name or demonym beside words of its own sector
("the Kenya Flower Council", "the Canola Council of Canada") is a private body, not the
state; a council of a state's organs ("the Libyan Presidential Council") stays the
state's. "X, the council's president," after such a council is of no state. A state's
central bank ("the Central Bank of Kenya", "Egypt's central bank") is the state's voice.
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionKind, RoleClass, mention_finder

_DAY = date(2025, 10, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


def _kinds(text: str) -> list[tuple[str, MentionKind, str | None, RoleClass | None]]:
    return [
        (m.text, m.kind, m.actor, m.role_class if m.kind is MentionKind.ROLE else None)
        for m in mention_finder().mentions(text)
    ]


def test_a_sector_council_after_a_state_is_private() -> None:
    found = _kinds("The Kenya Tea Growers Council said prices had collapsed.")
    assert ("Kenya Tea Growers Council", MentionKind.ROLE, None, RoleClass.PRIVATE) in found


def test_a_council_of_a_state_after_its_name_is_private() -> None:
    found = _kinds("He met the Wheat Council of Canada on Monday.")
    assert ("Wheat Council of Canada", MentionKind.ROLE, None, RoleClass.PRIVATE) in found


def test_a_demonym_council_for_a_cause_is_private() -> None:
    found = _kinds("The Danish Council for Asylum Seekers said the plan was harsh.")
    assert ("Danish Council for Asylum Seekers", MentionKind.ROLE, None, RoleClass.PRIVATE) in found


def test_a_council_of_state_organs_keeps_its_state() -> None:
    found = _kinds("The Libyan Presidential Council said it would meet on Sunday.")
    assert any(m[1] is MentionKind.ADJECTIVE and m[2] == "LBY" for m in found)
    found = _kinds("The Ukraine Council of Ministers approved the plan.")
    assert any(m[1] is MentionKind.ACTOR and m[2] == "UKR" for m in found)


_COUNCIL = (
    "Title: Canada and China trim wheat duties\n\n"
    "OTTAWA, Jan 5 (Wire) - Canada and China agreed on Monday to cut duties on wheat, "
    "Prime Minister Mark Carney said after talks in Beijing.\n\n"
    "The Wheat Council of Canada said the cut was welcome news for growers. Jane Roe, the "
    "council's president, said farmers had lost money for two seasons.\n"
)


def test_a_private_council_speaks_for_no_state() -> None:
    actors = _actors(_COUNCIL)
    assert actors["the cut was welcome news for growers"] is None


def test_the_private_councils_president_speaks_for_no_state() -> None:
    actors = _actors(_COUNCIL)
    assert actors["farmers had lost money for two seasons"] is None


_BANKS = (
    "Title: Lenders back the reform\n\n"
    "WASHINGTON, April 1 (Wire) - The IMF board approved a loan to Kenya on Friday, the "
    "Fund said.\n\n"
    "The Central Bank of Kenya said reserves had grown. Egypt's central bank said the "
    "pound would float.\n"
)


def test_a_central_bank_of_a_state_is_the_state() -> None:
    actors = _actors(_BANKS)
    assert actors["reserves had grown"] == "KEN"
    assert actors["the pound would float"] == "EGY"
