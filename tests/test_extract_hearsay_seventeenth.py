"""Hearsay, seventeenth round: what the speaker's side got from a giver the clause leaves
unnamed ("we were not consulted", "it had received no formal reply") is the act of the
other side of the article's negotiation."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements
from parley.extract.counterpart import counterpart, may_receive, negotiating_parties

# Two parties named again and again: Norway and Iceland, over a fishing quota
_STORY = (
    "OSLO, May 4 (HD) - Norway and Iceland failed again on Friday to agree on the mackerel "
    "quota. Iceland wants a larger share; Norway says the stock cannot bear it. Icelandic "
    "boats have kept fishing, and Norway has threatened to close its ports to them. Norway "
    "and Iceland last met in March.\n\n"
)


def _last(body: str) -> tuple[str | None, str | None]:
    *_, s = extract_statements("Title: t\n\n" + _STORY + body + "\n")
    return s.actor, s.about


def test_negotiating_parties_are_the_two_named_most() -> None:
    assert negotiating_parties(["NOR", None, "ISL", "NOR", "EU", "ISL", "NOR"]) == ("NOR", "ISL")
    assert negotiating_parties(["NOR"]) == ("NOR",)
    assert counterpart("NOR", ("NOR", "ISL")) == "ISL"
    assert counterpart("ISL", ("NOR", "ISL")) == "NOR"
    assert counterpart("EU", ("NOR", "ISL")) is None  # a third party has no counterpart
    assert counterpart(None, ("NOR", "ISL")) is None
    assert counterpart("NOR", ("NOR",)) is None


def test_may_receive_needs_a_verb_of_giving_or_receiving() -> None:
    assert may_receive("we were not consulted")
    assert may_receive("it had received no answer")
    assert not may_receive("the stock cannot bear it")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            'The Norwegian fisheries minister said: "We were not consulted before the boats '
            'went out, and that is not how neighbours behave."',
            ("NOR", "ISL"),
            id="an agentless passive of consulting with the speaker's side as subject",
        ),
        pytest.param(
            "The Norwegian fisheries minister said Oslo had not yet received any formal "
            "answer to its letter.",
            ("NOR", "ISL"),
            id="the speaker's side received no answer",
        ),
        pytest.param(
            "The Norwegian fisheries minister said Norway had been shown none of the new figures.",
            ("NOR", "ISL"),
            id="a passive of showing with the thing shown kept as its object",
        ),
        pytest.param(
            "The Norwegian fisheries minister said Norway received only a small part of "
            "the catch it was due.",
            ("NOR", "ISL"),
            id="a shortfall: received only a part",
        ),
    ],
)
def test_the_other_side_is_the_unnamed_giver(body: str, expected: tuple[str, str]) -> None:
    assert _last(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "The Norwegian fisheries minister said Oslo had received a formal answer from "
            "the European Commission.",
            id="the giver named in a from-phrase",
        ),
        pytest.param(
            "The Norwegian fisheries minister said Norway had been told by the European "
            "Commission that the quota was under review.",
            id="the giver named as the by-agent",
        ),
        pytest.param(
            "The Norwegian fisheries minister said the proposal was offered as a basis for "
            "the next round.",
            id="a thing offered, no recipient",
        ),
        pytest.param(
            "The Norwegian fisheries minister said Norway had received the new figures.",
            id="a thing received, neither an answer nor a shortfall",
        ),
    ],
)
def test_no_unnamed_giver(body: str) -> None:
    # (a named teller keeps its own reading: "told by the European Commission" is the EU's)
    assert _last(body)[1] != "ISL"


@pytest.mark.parametrize(
    ("clause", "worth"),
    [
        ("we were never formally consulted on the draft", True),
        ("it had not been shown the final text", True),
        ("the capital had not yet received any formal reply", True),
        ("the island received only a third of its quota", True),
        ("the quota was put to us as a take-it-or-leave-it offer", True),
        # a verb of giving or telling that is no passive, a thing received that is no
        # answer: no parse is spent on them
        ("the ministers gave the talks another week", False),
        ("the ministers told reporters the talks would go on", False),
        ("the delegation received the new figures on Tuesday", False),
    ],
)
def test_may_receive_asks_a_parse_only_for_the_forms_read(clause: str, worth: bool) -> None:
    assert may_receive(clause) is worth
