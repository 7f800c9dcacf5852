"""Unnamed private people (spk28, twenty-eighth round): a paragraph that introduces a new
person by an indefinite description ("a cousin of one of the freed men", "one nurse based in
the capital") goes on about that person, so a later "he said" there is theirs, not the last
named speaker's; kin and ordinary-life nouns describe private people, who speak for no
side; and a pronoun inside the subject's relative clause ("who asked not to be named because
she was not authorised") is not who speaks. Sentences and people invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.antecedents import _unnamed_reporter
from parley.extract.roles import RoleClass, role_class


def _by_text(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


_SWAP = (
    "DOHA - Iran and the United States completed a prisoner exchange on Monday, Qatar said.\n\n"
    "Majed al-Ansari, the Qatari foreign ministry spokesman, said Qatar hoped the exchange "
    "would build trust.\n\n"
)


def test_a_kin_noun_describes_a_private_person() -> None:
    assert role_class("cousin") is RoleClass.PRIVATE
    assert role_class("relatives") is RoleClass.PRIVATE
    assert role_class("villagers") is RoleClass.PRIVATE


def test_the_pronoun_after_an_unnamed_relative_is_the_relative() -> None:
    text = _SWAP + (
        "A cousin of one of the freed men said the family had stopped reading the news. "
        '"We waited for years," he said.'
    )
    assert _by_text(text)["We waited for years,"] == (None, None)


def test_the_pronoun_after_an_unnamed_worker_is_the_worker() -> None:
    text = _SWAP + (
        "One nurse based in the capital, who asked not to be named, said her ward was "
        'full. "Nobody asked us," she said.'
    )
    assert _by_text(text)["Nobody asked us,"] == (None, None)


def test_a_pronoun_in_the_subjects_relative_clause_does_not_speak() -> None:
    text = (
        "NEWARK - Cabin crews at the airline rejected a contract on Monday.\n\n"
        "Sara Nelson, the union's president, said the vote showed that crews were angry.\n\n"
        "One flight attendant based in Newark, who asked not to be named because she was "
        "not authorised to speak, said many colleagues had voted no."
    )
    found = _by_text(text)
    said = next(k for k in found if k.startswith("many colleagues"))
    assert found[said][0] is None


def test_an_unnamed_reporter_needs_a_verb_of_speaking() -> None:
    text = "A cousin of the pilot, who asked not to be named, said it was over."
    assert _unnamed_reporter(text, 0, len(text))
    text = "A deal was reached on Monday after talks that said little."
    assert not _unnamed_reporter(text, 0, len(text))
    text = "The minister said it was over."
    assert not _unnamed_reporter(text, 0, len(text))


def test_the_subject_a_parenthetical_report_interrupts_is_not_its_speaker() -> None:
    text = (
        "BOGOTA - Colombia and Peru traded accusations over a river island on Monday.\n\n"
        "Gustavo Petro said the island belonged to Colombia.\n\n"
        "Mauricio Lau-Herrera, a retired diplomat, saw domestic politics at work. Petro, he "
        'said, was facing his last year in office. "Both capitals can lose," he said.'
    )
    found = _by_text(text)
    assert found["Both capitals can lose,"][0] == "Mauricio Lau-Herrera"
