"""Attribution patterns met in real reporting on the negotiation, one invented example each.

Each case was first seen going wrong on a real page; the sentences here are written for
the test and only share the grammar.
"""

from __future__ import annotations

import pytest

from parley.extract import extract_statements

HEADER = "Title: t\nPublished: 2025-11-27T10:00:00+00:00\n\n"


def run(body: str) -> list[tuple[str, str | None, str | None, bool]]:
    text = HEADER + body
    found = extract_statements(text, source="t")
    for s in found:
        assert text[s.start : s.end] == s.text
    return [(s.cue, s.speaker, s.actor, s.direct) for s in found]


def texts(body: str) -> list[str]:
    return [s.text for s in extract_statements(HEADER + body, source="t")]


CASES = [
    pytest.param(
        'Zelensky urged lawmakers to "end the infighting" amid a probe, and said next '
        'week\'s talks "will be tough."',
        [
            ("urged", "Volodymyr Zelensky", "UKR", False),
            ("said", "Volodymyr Zelensky", "UKR", False),
        ],
        id="two verbs of one speaker",
    ),
    pytest.param(
        'Although Ushakov called the talks "very useful", he stressed that "much work remains".',
        [("called", "Yuri Ushakov", "RUS", False), ("stressed", "Yuri Ushakov", "RUS", True)],
        id="although ..., he stressed",
    ),
    pytest.param(
        "Putin said on Thursday that the draft could be a starting point for talks, while "
        "repeating demands that Ukrainian troops leave the Donbas.",
        [("said", "Vladimir Putin", "RUS", False), ("repeating", "Vladimir Putin", "RUS", False)],
        id="while repeating",
    ),
    pytest.param(
        'Zakharova spoke to reporters.\n\nQuote: "The document was not discussed with us."',
        [("Quote", "Maria Zakharova", "RUS", True)],
        id="Quote: label",
    ),
    pytest.param(
        "Dan Driscoll will travel to Kyiv this week. This was announced by the head of the "
        "presidential office, Andriy Yermak.",
        [("announced", "Andriy Yermak", "UKR", False)],
        id="this was announced by",
    ),
    pytest.param(
        "Finland's Elina Valtonen said the text was still vague, while Norway's Espen Barth Eide "
        'insisted "no deal can bypass Kyiv."',
        [("said", "Elina Valtonen", "FIN", False), ("insisted", "Espen Barth Eide", "NOR", True)],
        id="while another speaker insisted",
    ),
    pytest.param(
        '"We are far from done," Marco Rubio told journalists, while Andriy Yermak said the day '
        'had been "the most useful so far."',
        [("told", "Marco Rubio", "USA", True), ("said", "Andriy Yermak", "UKR", False)],
        id="quote then another speaker",
    ),
    pytest.param(
        "A visit by Witkoff to Moscow is planned for Monday, a US official confirmed to CBS News.",
        [("confirmed", None, "USA", False)],
        id="trailing verb without complement",
    ),
    pytest.param(
        "The talks were useful, Yuri Ushakov, a foreign policy adviser to Putin, said in a video.",
        [("said", "Yuri Ushakov", "RUS", False)],
        id="apposition before a trailing verb",
    ),
    pytest.param(
        "The US plan contains many of Moscow's longstanding demands, including concessions.",
        [],
        id="plural noun is not a verb",
    ),
    pytest.param("Kyiv would also pledge never to join NATO under the draft.", [], id="modal"),
    pytest.param(
        "Speaking in Bishkek at the end of a three-day state visit, Putin confirmed that the "
        "plan was received.",
        [("confirmed", "Vladimir Putin", "RUS", False)],
        id="state visit",
    ),
    pytest.param(
        "Merz's office said the call was productive.",
        [("said", None, "DEU", False)],
        id="a person's office is an institution",
    ),
    pytest.param(
        "France, Germany and Britain call for a ceasefire along the current line.",
        [("call", None, "EUR", False)],
        id="listed European states",
    ),
    pytest.param(
        "David van Weel confirmed that the Netherlands would send troops.",
        # the text gives him no side (the country he speaks of is not his flag)
        [("confirmed", "David van Weel", None, False)],
        id="name particle",
    ),
    pytest.param(
        '"A deal is within reach," said senior Kremlin adviser Yury Ushakov, who sat in on the '
        "talks.",
        [("said", "Yuri Ushakov", "RUS", True)],
        id="inverted with modifiers",
    ),
    pytest.param(
        "The Washington Post reported that Zelensky's office was shaken by a scandal.",
        [("reported", None, None, False)],
        id="outlets speak for no party",
    ),
    pytest.param(
        'Writing on Truth Social, Trump posted:\n\n"KYIV HAS SHOWN NO THANKS."',
        [("posted", "Donald Trump", "USA", True)],
        id="block quotation after posted",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_reporting_pattern(body: str, expected: list) -> None:
    assert run(body) == expected


def test_trailing_aside_is_not_the_content() -> None:
    body = 'The papers deal with a "lasting settlement", Ushakov said, giving no more details.'
    assert texts(body) == ['The papers deal with a "lasting settlement"']


def test_outlet_closing_a_clause_is_cut() -> None:
    body = "Zelensky's office confirmed receipt of the plan, the Independent reported."
    assert texts(body) == ["receipt of the plan"]


def test_unfinished_last_sentence_keeps_the_paragraph() -> None:
    body = (
        "Putin also said that talks must cover Crimea. The Kremlin has insisted on "
        "guarantees that Ukraine will never join NATO"
    )
    assert [c for c, *_ in run(body)] == ["said", "insisted"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a noun phrase in apposition after a trailing attribution is not the content
        (
            "Russia will study the plan, Peskov said on Friday, a day after the envoy left.",
            ["Russia will study the plan"],
        ),
        (
            "Both sides agreed to a truce, Trump said Wednesday, a breakthrough after weeks.",
            ["Both sides agreed to a truce"],
        ),
        # but a clause after the verb still is
        (
            "Putin said an agreement on the first phase was possible.",
            ["an agreement on the first phase was possible"],
        ),
    ],
)
def test_trailing_appositive(body: str, expected: list[str]) -> None:
    assert texts(body + "\n") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The detained fishermen, Peskov said on Monday, would be released within a week.\n",
            "The detained fishermen, Peskov said on Monday, would be released within a week",
            id="the subject before the reporting clause",
        ),
        pytest.param(
            "The mediator, a retired judge, said on Monday that the strike would end.\n",
            "the strike would end",
            id="an apposition is no part of what was said",
        ),
    ],
)
def test_a_reporting_clause_between_commas_reports_both_sides(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_a_title_of_the_speaker_between_the_commas() -> None:
    assert texts("The ceasefire line, the mediator said, will be drawn by observers.\n") == [
        "The ceasefire line, the mediator said, will be drawn by observers"
    ]


@pytest.mark.parametrize(
    "body",
    [
        '"Is that a fair offer?" the dockers\' spokeswoman asked.\n',
        '"We will not sign!" Ms. Whitlow told reporters on Monday.\n',
    ],
)
def test_a_question_or_exclamation_then_its_attribution(body: str) -> None:
    assert [s.direct for s in extract_statements(HEADER + body)] == [True]


def test_a_quotation_then_a_name_with_an_apposition_then_the_verb() -> None:
    body = '"We are not leaving the table," Sergei Lavrov, Russia\'s foreign minister, said.\n'
    assert run(body) == [("said", "Sergei Lavrov", "RUS", True)]
    assert texts(body) == ["We are not leaving the table,"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The port stayed shut on Monday because, according to two union officials, the "
            "pay offer had been withdrawn.\n",
            "the pay offer had been withdrawn",
            id="after a clause: the clause that follows",
        ),
        pytest.param(
            "The talks, according to two officials, will resume in Geneva on Monday.\n",
            "The talks, according to two officials, will resume in Geneva on Monday",
            id="after a short subject: both sides",
        ),
    ],
)
def test_according_to_between_commas(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_a_quotation_then_a_title_and_the_name_in_apposition() -> None:
    body = (
        'The chair, Luis Vayas Valdivieso, said the text was final. "A treaty that counts '
        'bottles is not a treaty," the Panamanian delegation head, Juan Carlos Monterrey '
        'Gomez, told reporters. He said Panama would not sign "a treaty that fails".\n'
    )
    assert [s[1] for s in run(body)] == [
        "Luis Vayas Valdivieso",
        "Juan Carlos Monterrey Gomez",
        "Juan Carlos Monterrey Gomez",
    ]


def test_according_to_x_then_a_relative_clause_about_x() -> None:
    body = (
        "The army chief was also in the capital, according to a Ukrainian official, who said "
        "Kyiv had been kept informed.\n"
    )
    assert texts(body)[0].startswith("The army chief was also in the capital")
