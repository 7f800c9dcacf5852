"""The head word of a listed body named in full before an office stands for that body,
not for a town of the same name (act67, thirty-eighth round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _sides(body: str) -> dict[str, str | None]:
    text = f"Title: t\nPublished: 2023-09-01\n\n{body}\n"
    return {s.text: s.actor for s in extract_statements(text, opposition=Opposition.NONE)}


def _side(sides: dict[str, str | None], opening: str) -> str | None:
    [side] = [actor for said, actor in sides.items() if said.startswith(opening)]
    return side


def test_alliance_before_an_office_is_the_alliance_named_before() -> None:
    sides = _sides(
        "Crews represented by the Offshore Alliance stopped work at two gas plants on "
        "Friday after talks with the operator failed.\n\n"
        "Alliance spokesman Tom Parry said the crews would stay out until a fair offer came."
    )
    assert _side(sides, "the crews would stay out") == "OFFSHORE"


def test_alliance_before_an_office_without_the_body_is_no_alliance() -> None:
    sides = _sides(
        "Crews stopped work at two gas plants on Friday after talks with the operator "
        "failed.\n\n"
        "Alliance spokesman Tom Parry said the crews would stay out until a fair offer came."
    )
    assert _side(sides, "the crews would stay out") != "OFFSHORE"
