"""Name matching against the gazetteer (spk40, thirty-eighth round). Invented sentences.

A family-name-first name whose given name only shares its first letter with the known
person's is somebody else ("Yoon Sang-min" is not Yoon Suk Yeol); a surname the text writes
with accents the gazetteer's listed name lacks is that person again once the text has
named them in full ("Sánchez" after "Pedro Sánchez", listed as Pedro Sanchez)."""

from __future__ import annotations

from parley.extract import extract_statements


def _statements(body: str, day: str = "2025-06-27") -> dict[str, tuple[str | None, str | None]]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return {s.text: (s.speaker, s.actor) for s in extract_statements(text)}


def _of(
    found: dict[str, tuple[str | None, str | None]], words: str
) -> tuple[str | None, str | None]:
    return next(who for text, who in found.items() if words in text)


def test_family_name_first_with_another_given_name_is_another_person() -> None:
    found = _statements(
        "Analysts in Seoul were divided. Yoon Sang-min, who lectures on trade at a "
        "university in Busan, said the early signing would bind any new government."
    )
    speaker, actor = _of(found, "early signing")
    assert speaker == "Yoon Sang-min"
    assert actor is None
