"""A definite description naming no party ("the Rwandan minister", "the region's
Russian-installed governor") is the person of the qualifier's side the text described
with that office, else the one of that side who opens the sentence before (spk39,
thirty-seventh round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements


def _speakers(body: str, day: str = "2025-06-27") -> dict[str, str | None]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return {s.text: s.speaker for s in extract_statements(text)}


def _speaker_of(found: dict[str, str | None], words: str) -> str | None:
    return next(who for text, who in found.items() if words in text)


def test_demonym_and_office_is_the_minister_heard_across_a_paragraph() -> None:
    found = _speakers(
        "Olivier Nduhungirehe said Kigali had been heard at last. He said the border "
        "clause mattered most.\n\n"
        '"The hard part starts tomorrow," the Rwandan minister said.'
    )
    assert _speaker_of(found, "hard part starts") == "Olivier Nduhungirehe"


def test_regional_governor_is_the_person_the_sentence_before_opens_on() -> None:
    found = _speakers(
        "In the south, Yevgeny Balitsky was blunter. The region's Russian-installed "
        "governor said any pause in the fighting would be a trap for Moscow.",
        day="2025-11-25",
    )
    assert _speaker_of(found, "pause in the fighting") == "Yevgeny Balitsky"


def test_an_official_of_that_side_stays_unnamed() -> None:
    found = _speakers(
        "Yevgeny Balitsky was blunter. The Russian official said any pause in the "
        "fighting would be a trap for Moscow.",
        day="2025-11-25",
    )
    assert _speaker_of(found, "pause in the fighting") is None
