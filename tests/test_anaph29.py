"""Speakers referred back to (anaph29, twenty-ninth round): a sentence may open on a capital
with an accent ("Ábalos was less pleased."), and that narrated subject is who a later "he"
means; a capitalised word after "the" that only qualifies a noun ("The Verdasco plan was ...,
he told") is no person; "the Iranian minister" names again the one minister of that state
named just before, whatever his portfolio. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.segment import Span, sentences


def _by_text(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, Span(0, len(text)), [])]


def test_an_accented_capital_opens_a_sentence() -> None:
    assert _split("The vote was close. Ábalos stayed home.") == [
        "The vote was close.",
        "Ábalos stayed home.",
    ]
    assert _split("Members met on Friday. Łukasz Nowak chaired.") == [
        "Members met on Friday.",
        "Łukasz Nowak chaired.",
    ]


def test_an_accented_lower_case_letter_opens_no_sentence() -> None:
    assert len(_split("It ended at 5 p.m. élan was gone.")) == 1


_UNIONS = (
    "SEVILLE - Carlos Ábalos and Pedro Ruiz, who lead the two dockworkers' unions, signed the "
    "pay accord on Friday.\n\n"
)


def test_a_narrated_surname_with_an_accent_is_the_pronoun_after_it() -> None:
    text = _UNIONS + (
        "Ruiz said the accord was fair and that members would vote next week. Ábalos was "
        'less pleased. "It is too little and it comes too late," he told reporters.'
    )
    speaker, _ = _by_text(text)["It is too little and it comes too late,"]
    assert speaker == "Carlos Ábalos"


def test_a_name_after_the_article_is_no_subject_person() -> None:
    text = (
        "SEVILLE - Carlos Ábalos, who leads the dockworkers, met Luis Verdasco, the port's "
        "director, on Friday.\n\n"
        "Ábalos has tried to present the deal as a model. The Verdasco plan was proof that "
        "talks work, he told reporters on Monday."
    )
    found = {t: s for t, (s, _) in _by_text(text).items()}
    assert found.get("The Verdasco plan was proof that talks work") == "Carlos Ábalos"


def test_the_minister_of_a_state_is_its_minister_named_before() -> None:
    text = (
        "ISLAMABAD - Iranian Foreign Minister Abbas Araghchi met Pakistan's Foreign Minister "
        "Ishaq Dar on Monday.\n\n"
        "Dar told reporters that the two sides had agreed to reopen the border crossing. "
        "The Iranian minister was more guarded. He said Tehran wanted guarantees first."
    )
    assert _by_text(text)["Tehran wanted guarantees first"] == ("Abbas Araghchi", "IRN")


def test_an_unnamed_person_after_an_opening_phrase_is_the_pronoun_after_it() -> None:
    text = (
        "MADRID - A senior Spanish official said the government would not reopen the "
        "pay accord.\n\n"
        "In Seville, where the port reopened on Monday, a crane driver at the quay said he "
        'hoped the strike was over. "We lost a month of pay," he said.'
    )
    assert _by_text(text)["We lost a month of pay,"] == (None, None)


def test_the_subject_after_a_semicolon_is_the_pronoun_after_it() -> None:
    text = _UNIONS + (
        "Ruiz said the accord was fair. The talks had been chaired by Ruiz; Carlos Ábalos, "
        "the other union's secretary, has been questioned by labour inspectors. He said he "
        "had done nothing wrong."
    )
    speaker, _ = _by_text(text)["he had done nothing wrong"]
    assert speaker == "Carlos Ábalos"
