"""Hearsay read in the thirty-seventh round (hear44): a speaker whose side is settled only
after the hearsay step read its clause ("In a separate statement, the ministry said ...",
the ministry taken up from the spokesperson before it) has its clause read again under the
settled side, so a party that was its own under the first reading is another's position."""

from __future__ import annotations

from hearsay_helpers import last_statement

_ARTICLE = (
    "Briefing: Tokyo and Beijing settle a quarrel over rice exports\n\n"
    "Japan and China said on Monday they had settled a quarrel over rice exports.\n\n"
    "Tokyo's account\n\n"
    "Chief Cabinet Secretary Yoshimasa Hayashi said the government would keep pressing for "
    "the labels to be dropped.\n\n"
    "Beijing's account\n\n"
    "Foreign ministry spokesperson Mao Ning said China's objection to the labels "
    '"has not changed," and that the settlement did not mean sales would resume at '
    "once.\n\n"
    "In a separate statement, the ministry said Japan had agreed to cooperate with joint "
    "checks of the harvest."
)


def test_a_clause_read_again_under_the_speakers_settled_side() -> None:
    found = last_statement(_ARTICLE)
    assert found.actor == "CHN"
    assert found.about == "JPN"
