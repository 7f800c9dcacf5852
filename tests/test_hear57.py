"""Hearsay read in the forty-fourth round (hear57): a statement sourced to a document of
several parties ("according to the joint statement", "said in a joint statement", "a text
published by both governments") reports the signatories' own commitments, not one party's
position told by another: no ``about``, whichever party its clause names."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.joint_documents import from_joint_document

_LEAD = "Title: Andean neighbours close in on a river deal\n\nLIMA - "


def _about(sentence: str) -> str | None:
    *_, found = extract_statements(_LEAD + sentence + "\n")
    return found.about


def test_a_term_listed_by_a_joint_statement_is_no_hearsay() -> None:
    assert (
        _about(
            "According to the joint statement, Chile will lower its tariffs on most "
            "Peruvian farm goods and drop its quota on fishmeal."
        )
        is None
    )


def test_a_joint_statement_after_the_clause_is_no_hearsay() -> None:
    assert (
        _about(
            "Chile would send a delegation to Lima next month to settle the quota, the two "
            "foreign ministries said in a joint statement."
        )
        is None
    )


def test_one_party_reporting_another_still_is_hearsay() -> None:
    assert (
        _about(
            "A Peruvian official said Chile had rejected the quota and would not lower its "
            "tariffs on fishmeal."
        )
        == "CHL"
    )


def test_the_reporting_words_are_read_not_the_content() -> None:
    text = "The ministry said Chile had broken the joint declaration it signed in May."
    start = text.index("Chile")
    assert not from_joint_document(text, start, len(text) - 1, text.index("said"))
    text = "According to a text published by both governments, Chile will cut tariffs."
    start = text.index("Chile")
    assert from_joint_document(text, start, len(text) - 1, 0)


def _last(sentence: str) -> tuple[str | None, str | None]:
    *_, found = extract_statements(_LEAD + sentence + "\n")
    return found.actor, found.about


def test_a_telling_closed_by_an_unnamed_source_is_the_sources_report() -> None:
    assert _last(
        "Chile has told Lima that it cannot keep the quota open as if nothing had happened, "
        "two officials familiar with the exchanges said."
    ) == (None, "CHL")


def test_a_telling_closed_by_a_sided_source_stays_the_tellers() -> None:
    actor, about = _last(
        "Chile has told Lima that it cannot keep the quota open as if nothing had happened, "
        "two Chilean officials said."
    )
    assert about is None
