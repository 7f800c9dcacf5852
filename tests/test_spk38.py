"""A party's office named by a definite description is the party's, not its state's
(spk38, thirty-seventh round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _speakers(body: str, day: str = "2024-12-11") -> dict[str, str | None]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return {s.text: s.speaker for s in extract_statements(text, opposition=Opposition.NONE)}


def _speaker_of(found: dict[str, str | None], words: str) -> str | None:
    return next(who for text, who in found.items() if words in text)


def test_party_office_is_the_person_the_sentence_before_opens_on() -> None:
    found = _speakers(
        "Under the deal, Mark Doyle would hand over to Simon Harris in November. Harris told "
        "reporters that the arrangement was settled.\n\n"
        'Doyle was more guarded. "We are close, but close is not done," the Fianna Fail '
        "leader said as he left a meeting."
    )
    assert _speaker_of(found, "close is not done") == "Mark Doyle"


def test_party_office_is_the_person_the_text_gave_it() -> None:
    found = _speakers(
        "Mark Doyle, the Fianna Fail leader, spoke on Monday.\n\n"
        'Later, Harris said the talks would go on. "We are nearly done," the Fianna Fail '
        "leader said."
    )
    assert _speaker_of(found, "nearly done") == "Mark Doyle"


def test_office_of_a_party_out_of_government_is_the_person_before() -> None:
    found = _speakers(
        "Anton Keller opens the debate. The CDU leader says the reform is "
        '"a first step", and that the country can no longer wait.',
        day="2025-03-18",
    )
    assert _speaker_of(found, "first step") == "Anton Keller"
