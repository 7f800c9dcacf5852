"""spk42: a quotation's speaker named after a title phrase right before the reporting verb
(invented sentences)."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements

_BEFORE = "The union said the new offer would raise wages.\n\n"


def _speaker(text: str, opening: str) -> tuple[str | None, str | None]:
    for st in extract_statements(text):
        if st.text.startswith(opening):
            return st.speaker, st.actor
    raise AssertionError(f"no statement opens with {opening!r}")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a possessive common noun before the title, the name in apposition
        (
            '"We wanted a fair deal," the firm\'s chief operating officer, Tomas Verhoek, said.',
            "Tomas Verhoek",
        ),
        # a plural possessive before the title
        (
            '"We wanted a fair deal," the Greens\' housing spokesperson, Maren Lidholm, said.',
            "Maren Lidholm",
        ),
        # a title's post-modifier between the title and the name
        (
            '"We wanted a fair deal," the head of the mill delegation, Tomas Verhoek, said.',
            "Tomas Verhoek",
        ),
        # a number in the body's name before the title
        (
            '"We wanted a fair deal," Local 12 president Maren Lidholm told reporters.',
            "Maren Lidholm",
        ),
        # a rank between the title and the name
        (
            '"We wanted a fair deal," PGU president Captain Tomas Verhoek told reporters.',
            "Tomas Verhoek",
        ),
    ],
)
def test_title_phrase_then_name_speaks(sentence: str, name: str) -> None:
    assert _speaker(_BEFORE + sentence + "\n", "We wanted")[0] == name


def test_a_bodys_office_joined_to_the_name_gives_no_state() -> None:
    text = (
        "Published: 2024-09-16\n\nThe strike in Georgia ended after talks in Atlanta with the "
        "United States labor board.\n\n" + _BEFORE + '"We held the line," Workers District 7 '
        "Vice President Maren Lidholm said.\n"
    )
    speaker, actor = _speaker(text, "We held the line")
    assert speaker == "Maren Lidholm"
    assert actor is None


def test_a_pronoun_before_the_verb_is_not_a_title_phrase() -> None:
    text = _BEFORE + '"We wanted a fair deal," she told union president Maren Lidholm.\n'
    assert _speaker(text, "We wanted")[0] != "Maren Lidholm"


def test_a_noun_in_ing_inside_a_listed_subject_is_no_participial_clause() -> None:
    text = (
        "The minister said growers of rice, farming equipment, timber and fruit would pay no "
        "duty from March.\n"
    )
    st = next(s for s in extract_statements(text) if s.text.startswith("growers"))
    assert st.text.endswith("would pay no duty from March")


def test_a_participial_clause_after_a_finite_clause_still_ends_the_statement() -> None:
    text = "The ministry said it rejected the plan, calling it unfair and costly.\n"
    st = next(s for s in extract_statements(text) if s.text.startswith("it rejected"))
    assert st.text == "it rejected the plan"
