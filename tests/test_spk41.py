"""A naming verb in a relative clause that took its object (spk41, thirty-eighth round).
Invented sentences.

"..., which the spokesman, X, described as \"...\"": the relative pronoun stands for the
object, so "described" is followed straight by "as" and the quotation, and the quotation
is what the relative clause's own subject named it -- a statement of that subject, named
or not, as the development gold gives it."""

from __future__ import annotations

from parley.extract import extract_statements


def _statements(body: str) -> dict[str, str | None]:
    text = f"Title: t\nPublished: 2025-06-27\n\n{body}\n"
    return {s.text: s.speaker for s in extract_statements(text)}


def test_named_subject_after_the_relative_pronoun() -> None:
    found = _statements(
        "The accord leaves the top posts to the two chambers, which the council's "
        'spokesman, Omar Dabbi, described as "a return to order."'
    )
    assert found.get("a return to order.") == "Omar Dabbi"


def test_unnamed_subject_of_a_gapped_relative() -> None:
    found = _statements(
        "The minister said the talks had begun in March, a claim a Kenyan official "
        'described as "simply not what happened".'
    )
    assert "simply not what happened" in found
    assert found["simply not what happened"] is None


def test_an_auxiliary_before_the_verb_keeps_the_relative_subject() -> None:
    found = _statements(
        "The drivers rejected an earlier offer that the transport union had described "
        'as "an insult to every driver".'
    )
    assert "an insult to every driver" in found


def test_a_passive_description_is_nobody_s_statement() -> None:
    found = _statements('The deal that ended the strike was described as "historic".')
    assert not any("historic" in t for t in found)
