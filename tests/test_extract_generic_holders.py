"""Hearsay whose holder is a party named generically (issue 8): an unqualified state body
("the army") or a movement's members ("the fighters") as the subject of the reported
clause, given the side the resolver gives them as speakers."""

from __future__ import annotations

import pytest

from hearsay_helpers import last_statement


def _last(body: str) -> tuple[str | None, str | None]:
    s = last_statement(body)
    return s.actor, s.about


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "KHARTOUM, May 4 (HD) - Shelling went on overnight in the capital.\n\n"
            "The Rapid Support Forces said the army had broken the truce within hours.",
            ("RSF", "SDN"),
            id="a rebel group's charge against the state's army",
        ),
        pytest.param(
            "KHARTOUM, May 4 (HD) - Shelling went on overnight in the capital.\n\n"
            "A Sudanese government spokesman said the army had respected the truce.",
            ("SDN", None),
            id="the speaker's own army is no hearsay",
        ),
        pytest.param(
            "BENGHAZI, May 4 (HD) - Voting is due in June.\n\n"
            "The Libyan National Army said the army would protect the polling stations.",
            ("LNA", None),
            id="an armed group named as an army speaks of itself",
        ),
        pytest.param(
            "ERBIL, May 4 (HD) - The PKK began to disarm on Friday at a cave near the border.\n\n"
            "A Turkish official said the fighters had handed over only their rifles.",
            ("TUR", "PKK"),
            id="a movement's members are the movement named last",
        ),
    ],
)
def test_a_generic_party_holds_the_reported_clause(
    body: str, expected: tuple[str | None, str | None]
) -> None:
    assert _last(body) == expected


def test_the_state_a_rebel_groups_own_clauses_speak_of() -> None:
    body = (
        "A U.S. State Department spokesperson said the talks in Jeddah would resume on "
        "Sunday. The United States said it was ready to host them.\n\n"
        "The Rapid Support Forces says it will let aid reach Khartoum. It says the army "
        "has broken every truce."
    )
    assert _last(body) == ("RSF", "SDN")
