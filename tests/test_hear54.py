"""Hearsay read in the forty-third round (hear54): "the Commission" alone, once the text has
named an organisation whose executive the gazetteer lists as "<...> Commission" (the European
Union), is that organisation: a non-member's official reporting what "the Commission" promised
reports the EU's position. Another body of the same head ("the Electoral Commission") keeps
the bare head from standing for the organisation. A body's telling that the sentence credits
to a source ("Ethiopia has told Cairo that ..., according to two officials") is the source's
statement about that body."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.extract import extract_statements
from parley.extract.mentions import MentionKind, mention_finder

_LEAD = (
    "TIRANA, June 2 (HD) - Albania and the European Union signed a memorandum on rare earths "
    "on Monday.\n\n"
)


def test_the_commission_is_the_union_it_heads() -> None:
    found = last_statement(
        _LEAD + "A senior Albanian official said the Commission had promised to fund the "
        "first survey of the deposits."
    )
    assert found.about == "EU"


def test_the_bare_commission_becomes_a_mention_of_the_union() -> None:
    text = _LEAD + "The Commission has said little since."
    [m] = [m for m in mention_finder().mentions(text) if m.text == "Commission"]
    assert m.kind is MentionKind.ACTOR
    assert m.actor == "EU"


def test_another_commission_keeps_the_head_a_role() -> None:
    text = _LEAD + "The Central Election Commission met on Tuesday. The Commission said little."
    found = [m for m in mention_finder().mentions(text) if m.text == "Commission"]
    assert all(m.actor != "EU" for m in found)


def test_the_commission_before_the_union_is_named_is_left_alone() -> None:
    text = "The Commission met on Tuesday. Albania and the European Union signed a memorandum."
    [m] = [m for m in mention_finder().mentions(text) if m.text == "Commission"]
    assert m.actor != "EU"


_DAM = "Title: Addis offers to keep hosting the dam talks\n\nCAIRO - "
_CREDIT = ", according to people briefed on the contacts.\n"


def _told(teller: str) -> str:
    return (
        _DAM + teller + " told Cairo and Khartoum that it is ready to share the filling "
        "schedule for the reservoir, including the release figures for the dry season"
    )


def test_a_body_telling_credited_to_a_source_is_reported() -> None:
    *_, found = extract_statements(_told("Ethiopia has") + _CREDIT)
    assert found.about == "ETH"
    assert found.actor is None


def test_a_sided_source_leaves_the_telling_to_the_body() -> None:
    *_, found = extract_statements(_told("Ethiopia has") + ", according to Sudanese officials.\n")
    assert found.actor == "ETH"


def test_a_body_telling_with_no_source_is_its_own() -> None:
    *_, found = extract_statements(_told("Ethiopia has") + ".\n")
    assert found.about is None
    assert found.actor == "ETH"
