"""Unnamed speakers whose side the subject of the sentence before gives (issue 8,
twenty-fourth round, act24b): a bare spokesperson after an opening phrase or in a clause
joined to the body's own, a state body named by its possessor or its demonym, and a
pronoun after a private body's sentence. Invented sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _actors(body: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


def _actor_of(body: str, text: str) -> str | None:
    found = [actor for said, actor in _actors(body) if said == text]
    assert found, _actors(body)
    return found[0]


# an earlier speaker of another side, whom a wrong resolution would fall back to
_OTHER = "Chinese foreign ministry spokesman Lin Jian said the accord was a model. "


@pytest.mark.parametrize(
    ("body", "text", "actor"),
    [
        pytest.param(
            "OTTAWA, May 2 - Dockers voted to strike.\n\n"
            + _OTHER
            + "Canada's transport ministry called the vote regrettable. In a statement, a "
            "spokesperson said the ports would stay open.",
            "the ports would stay open",
            "CAN",
            id="an opening phrase before a bare spokesperson",
        ),
        pytest.param(
            "LIMA, May 2 - Talks on fishing rights resumed.\n\n"
            + _OTHER
            + "Peru's foreign ministry did not comment on the offer, but a spokesman said "
            "in Lima that the quota was too low.",
            "the quota was too low",
            "PER",
            id="a spokesman in a clause joined to the ministry's own",
        ),
        pytest.param(
            "MANILA, May 2 - The coast guard said two boats were damaged.\n\n"
            + _OTHER
            + "Chile's foreign ministry rejected that account. At a briefing on Friday, its "
            "spokesperson said the claim was false.",
            "the claim was false",
            "CHL",
            id="its spokesperson: the ministry its possessor names",
        ),
        pytest.param(
            "MANILA, May 2 - The coast guard said two boats were damaged.\n\n"
            + _OTHER
            + "The Chilean foreign ministry rejected that account. Its spokesperson said the "
            "claim was false.",
            "the claim was false",
            "CHL",
            id="its spokesperson: the ministry a demonym names",
        ),
    ],
)
def test_spokesperson_of_the_subject_before(body: str, text: str, actor: str) -> None:
    assert _actor_of(body, text) == actor


def test_pronoun_after_a_private_body_speaks_for_nobody() -> None:
    """ "It said" after a sentence a creditors' body opens is that body's: no side, not the
    side heard last."""
    body = (
        "ACCRA, May 2 - Ghana reached a deal with its creditors.\n\n"
        + _OTHER
        + "The bondholder committee has issued its own statement. It said the accord was "
        "fair. It also warned that the talks had been slow."
    )
    assert _actor_of(body, "the accord was fair") is None
    assert _actor_of(body, "the talks had been slow") is None


def test_pronoun_after_a_state_still_takes_the_state() -> None:
    """The same construction after a state's sentence keeps the state's side."""
    body = (
        "ACCRA, May 2 - Ghana reached a deal with its creditors.\n\n"
        + _OTHER
        + "Ghana's finance ministry has issued its own statement. It said the accord was fair."
    )
    assert _actor_of(body, "the accord was fair") == "GHA"


def test_source_taken_up_again_keeps_no_side() -> None:
    """ "The person said" after sources described with no side is no voice of the article's
    main side."""
    body = (
        "LIMA, April 8 - Peru's economy minister Ana Rojas said on Tuesday that the deal was "
        "close.\n\n"
        "The talks dragged on over two questions, according to two people familiar with the "
        "negotiations: how much cash would come first, and how fast the sol would float. One "
        "of them said the lenders had wanted a quicker float. The person said the details "
        "had been settled."
    )
    assert _actor_of(body, "the details had been settled") is None
