"""A definite document noun as a report's subject ("The letter accused", "the fact sheet
says") is the text of the side heard last before it, unless a joint text is in view
(doc29, twenty-ninth round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.documents import document_subject, joint_in_view


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


def test_a_letter_the_story_just_introduced_is_its_writers() -> None:
    body = (
        "LIMA - Peru's trade minister, Rosa Quispe, wrote to the WTO on Monday. "
        "Peru, she wrote, would defend its growers. The letter accused Chile of dumping fruit."
    )
    assert _all(body)[-1] == (None, "PER")


def test_a_fact_sheet_after_the_issuer_spoke() -> None:
    body = (
        "WASHINGTON - The White House said the tariff deal was done. "
        "The fact sheet says Japan will cut duties."
    )
    assert _all(body)[-1] == (None, "USA")


def test_a_joint_text_in_view_speaks_for_no_one() -> None:
    body = (
        "ANKARA - The two leaders signed a joint declaration on Tuesday. Erdogan said it was a "
        "new page. The text says the sides will open talks in March."
    )
    assert _all(body)[-1][1] is None


def test_the_subject_must_be_the_document_alone() -> None:
    assert document_subject("The letter")
    assert document_subject("the same text")
    assert document_subject("The fact sheet")
    assert not document_subject("A letter")
    assert not document_subject("The letter from the ministry")


def test_joint_in_view_reads_back_two_paragraphs_only() -> None:
    text = "They issued a joint statement.\n\nOther news.\n\nMore news. The text says"
    assert not joint_in_view(text, len(text))
    near = "They issued a joint statement.\n\nMore news. The text says"
    assert joint_in_view(near, len(near))


def test_according_to_a_statement_by_a_body_is_the_bodys() -> None:
    body = (
        "NAIROBI - The rebels stayed away. Mediators met the army in Mombasa, "
        "according to a statement by the Kenyan foreign ministry."
    )
    assert _all(body)[-1] == (None, "KEN")


def test_a_joint_statement_released_by_a_host_stays_without_a_side() -> None:
    body = (
        "DOHA - Talks ended on Monday. The two sides agreed to meet again, "
        "according to a joint statement released by the Qatari foreign ministry."
    )
    assert _all(body)[-1][1] is None
