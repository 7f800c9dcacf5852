"""Hearsay read in the nineteenth round: a named party's act (a deverbal noun with the
party as its possessor) as the subject of any predicate, not only of a verdict, is that
party's conduct reported ("[Egypt's] cooperation with Eritrea had deepened suspicion")."""

from __future__ import annotations

import pytest

from hearsay_helpers import last_statement


def _last(body: str) -> str | None:
    return last_statement(body).about


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A Kenyan analyst said Uganda's withdrawal from the talks had hardened positions "
            "in Kinshasa.",
            "UGA",
            id="a named party's act as the subject of an active verb",
        ),
        pytest.param(
            "A trade lawyer said Peru's amendment to the mining code risked undoing the "
            "arbitration award.",
            "PER",
            id="a named party's act as the subject of a verb of risk",
        ),
        pytest.param(
            "A Malian analyst said Niger's walkout was a warning rather than a break.",
            "NER",
            id="a verdict on a named party's act still judges that party",
        ),
        pytest.param(
            "A trade lawyer said the removal of the tariffs had lifted prices in Lima.",
            None,
            id="an act with no named possessor holds nothing",
        ),
        pytest.param(
            "A Kenyan analyst said Uganda's population had grown faster than its economy.",
            None,
            id="a noun of that form that names no act holds nothing",
        ),
    ],
)
def test_a_named_partys_act_as_a_subject(body: str, expected: str | None) -> None:
    assert _last(body) == expected
