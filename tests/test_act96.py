"""A coalition's or front's head noun standing for it alone once the text named it in
full ("the Coordination Framework ... a Framework official"), and one who speaks from
inside a regulator the gazetteer lists by a one-word name ("Ofwat ... an official at the
regulator"). Sentences invented for these tests."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.mentions import MentionKind, mention_finder
from parley.extract.options import Opposition


def _actors(text: str) -> dict[str, str | None]:
    found = extract_statements(text, opposition=Opposition.NONE)
    return {s.text: s.actor for s in found}


def _head_actors(text: str, head: str) -> list[str | None]:
    return [
        m.actor if m.kind is MentionKind.ACTOR else None
        for m in mention_finder().mentions(text)
        if m.text == head
    ]


def test_head_noun_after_the_full_name_is_the_body() -> None:
    text = (
        "Title: Baghdad waits on a nominee\n\n"
        "The Coordination Framework met in Baghdad on Monday to weigh the candidates.\n\n"
        "A Framework official said no name had yet been dropped from the list.\n"
    )
    assert _actors(text)["no name had yet been dropped from the list"] == "COORDFW"


def test_the_head_noun_with_an_article_is_the_body() -> None:
    text = (
        "The Coordination Framework met on Monday. Later the Framework said it would "
        "wait for the court.\n"
    )
    assert _head_actors(text, "Framework") == ["COORDFW"]


def test_head_noun_before_the_full_name_stays_a_name() -> None:
    text = "A Framework aide spoke first. The Coordination Framework met on Monday.\n"
    assert _head_actors(text, "Framework") == [None]


def test_head_noun_alone_after_one_named_body() -> None:
    text = "The Offshore Alliance met on Monday. Later the Alliance said it would stay.\n"
    assert _head_actors(text, "Alliance") == ["OFFSHORE"]


def test_head_noun_another_named_body_also_ends_in_stays_a_name() -> None:
    # NATO, named by its letters, is listed as the North Atlantic Alliance too
    text = (
        "The Offshore Alliance met NATO officials on Monday. Later the Alliance said it "
        "would stay.\n"
    )
    assert _head_actors(text, "Alliance") == [None]


def test_head_noun_ending_a_longer_name_is_no_short_form() -> None:
    text = (
        "The Coordination Framework met on Monday. The National Framework of the "
        "engineers met too.\n"
    )
    assert _head_actors(text, "Framework") == [None]


def test_official_at_the_regulator_is_the_regulators_state() -> None:
    text = (
        "Title: Water company seeks a softer deal\n\n"
        "Ofwat said on Monday it would study the proposal from the lenders.\n\n"
        "An official at the regulator said it would not accept a plan that rewarded failure.\n"
    )
    assert _actors(text)["it would not accept a plan that rewarded failure"] == "GBR"


def test_officials_at_the_regulator_say_privately() -> None:
    text = (
        "Title: Water company seeks a softer deal\n\n"
        "Ofwat has fined the company twice this year.\n\n"
        "Officials at the regulator say privately that the lenders asked for too much.\n"
    )
    assert _actors(text)["the lenders asked for too much"] == "GBR"
