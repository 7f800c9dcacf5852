"""A named person whose side the text gives through the delegation or panel of a side named
after the office: "X, who led the delegation of the pro-independence FLNKS,", "X, interim
chair of the NDFP negotiating panel,"."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _first(body: str) -> tuple[str | None, str | None]:
    s = extract_statements("Title: t\nPublished: 2025-07-12\n\n" + body + "\n")[0]
    return s.speaker, s.actor


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        pytest.param(
            "Marie Wahnyamalla, who led the delegation of the pro-independence FLNKS, said "
            "the movement would take the text to its members.",
            "FLNKS",
            id="who led the delegation of the side",
        ),
        pytest.param(
            "Rosa Salvador, interim chair of the NDFP negotiating panel, said the front would "
            "not sign a surrender.",
            "NDFP",
            id="chair of the side's panel",
        ),
    ],
)
def test_delegation_of_a_side(body: str, actor: str | None) -> None:
    assert _first(body)[1] == actor
