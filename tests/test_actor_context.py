"""Actors read from the context of unnamed groups and of people the gazetteer does not
know (issue 8): invented sentences, one rule each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "MAPUTO - Mozambique reached a deal with its official creditors on Friday.\n\n"
            "The steering committee of Mozambique's bondholders said it would study the "
            "terms. Its advisers said that private creditors would not take a deeper cut.",
            [(None, None), (None, None)],
            id="a debtor's bondholders and their advisers",
        ),
        pytest.param(
            "MAPUTO - Mozambique reached a deal with its official creditors on Friday.\n\n"
            "The creditor committee said it would sign a memorandum with Mozambique. The "
            "committee said the others should follow.",
            [(None, None), (None, None)],
            id="a creditor committee, then the committee",
        ),
        pytest.param(
            "MAPUTO - Mozambique reached a deal with its lenders on Friday.\n\n"
            "Lenders said the deal was fair. A bond broker in London said prices rose. "
            "Mozambique's finance ministry said the deal was done.",
            [(None, None), (None, None), (None, "MOZ")],
            id="lenders and a broker, not the debtor",
        ),
        pytest.param(
            "HAVANA - Colombia and the ELN agreed a ceasefire.\n\n"
            "Pablo Rivas, who heads the ELN's negotiating team, said the group would keep "
            "its arms.\n\nMarta Oyelaran, who led the M23 delegation, said the text was "
            "clear.\n\nIlsa Dorn, who handles foreign relations for the SDF's political "
            "wing, said the Kurds had not given up.\n\nJon Varga, who runs a small factory "
            "in Bogota, said prices rose.",
            [("Pablo Rivas", "ELN"), ("Marta Oyelaran", "M23"), ("Ilsa Dorn", "SDF"),
             ("Jon Varga", None)],
            id="who heads a side's delegation, team or wing",
        ),
    ],
)
def test_actor_from_context(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected
