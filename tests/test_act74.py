"""A company and its workers' union named by the owner of their listed names ("Hyundai
Motor's management", "Hyundai Motor's union") in a labour dispute, "Its leaders said", and
a body the gazetteer calls "firm" (act74, thirty-ninth round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _statements(body: str, day: str = "2025-09-20") -> list[tuple[str | None, str | None, str]]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return [
        (s.speaker, s.actor, s.text) for s in extract_statements(text, opposition=Opposition.NONE)
    ]


def _side(found: list[tuple[str | None, str | None, str]], opening: str) -> str | None:
    [side] = [actor for _, actor, said in found if said.startswith(opening)]
    return side


_STRIKE = (
    "Workers at Hyundai Motor walked out for four hours on Monday in a strike over pay.\n\n"
    "The union wants a larger bonus and a shorter week. The union said the walkout would "
    "grow next week.\n\n"
)


def test_the_company_is_the_owner_of_its_listed_management() -> None:
    found = _statements(
        _STRIKE + "The company said the stoppage would cost it several thousand cars."
    )
    assert _side(found, "the stoppage would") == "HYUNDAI"
    assert _side(found, "the walkout would") == "HMCU"


def test_the_owner_named_alone_speaks_for_its_management() -> None:
    found = _statements(_STRIKE + "Hyundai Motor said in a statement that its offer was fair.")
    assert [(speaker, actor) for speaker, actor, said in found if said.startswith("its offer")] == [
        (None, "HYUNDAI")
    ]


def test_its_leaders_are_of_the_body_opening_the_sentence_before() -> None:
    found = _statements(
        "Members of the Hyundai Motor branch of the Korean Metal Workers' Union stopped work "
        "on Monday in a strike over pay.\n\n"
        "The union has planned a longer stoppage for Friday. Its leaders said they would call "
        "it off for a better offer."
    )
    assert _side(found, "they would call") == "HMCU"


def test_a_body_the_gazetteer_calls_firm_is_the_firm() -> None:
    found = _statements(
        "Pogust Goodhead, the law firm behind the claim in London, welcomed the ruling on "
        "Friday. The firm said its clients could still seek damages."
    )
    assert _side(found, "its clients") == "PGOODHEAD"
