"""act68 (thirty-eighth round): a person the gazetteer lists only for an office taken after
the article's day takes the side the text's own party words give ("The opposition X party
... its trade spokesman Y": nobody's, under Opposition.NONE); and "European officials" in a
story whose headline names the European Union as a party speak for the Union, not for the
group of European states. Invented sentences."""

from __future__ import annotations

from datetime import datetime

import pytest

from actor_helpers import actor_of


def test_shadow_spokesman_before_his_office_speaks_for_no_state() -> None:
    text = (
        "Title: Britain joins a fisheries pact\n\n"
        "Britain agreed on Friday to join the fisheries pact with Norway.\n\n"
        "The opposition Labour Party said it did not oppose the pact, but its trade "
        "spokesman Nick Thomas-Symonds said the gains were far too small to matter.\n"
    )
    day = datetime(2023, 5, 2)
    assert actor_of(text, "Nick Thomas-Symonds", "gains were far too small", day) is None


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("EU and Ruritania sign a fisheries accord", "EU", id="the EU a party"),
        pytest.param("What the EU's accord with Ruritania promises", "EU", id="possessive EU"),
        pytest.param("Ruritania's EU bid stalls over fish", "EUR", id="another's EU topic"),
        pytest.param("Ruritania signs a fisheries accord", "EUR", id="no EU in headline"),
    ],
)
def test_european_officials_follow_a_headline_naming_the_union(
    headline: str, expected: str
) -> None:
    text = (
        f"Title: {headline}\n\n"
        "Ruritania and the European Union agreed on Monday on fishing quotas for Spain "
        "and Portugal.\n\n"
        "European officials said the accord would be reviewed within a year.\n"
    )
    assert actor_of(text, None, "reviewed within a year") == expected
