"""Consultation events read from the words of statements (frames of verbs and their arguments)."""

from __future__ import annotations

import pytest

from parley.extract.mentions import mention_finder
from parley.positions.consultations import (
    ActorMention,
    Event,
    Reported,
    consultation_log,
    events_in,
)
from parley.positions.model import ConsultationKind as K


def reported(
    text: str, speaker: str = "RUS", proposer: str | None = "USA", sid: int = 1
) -> Reported:
    finder = mention_finder()
    mentions = []
    for m in finder.find(finder.doc(text), text):
        code = m.actor or (m.person.actor_on(None) if m.person else None)
        if code:
            mentions.append(ActorMention(m.start, m.end, code))
    return Reported(sid, text, speaker, tuple(mentions), "plan@1", proposer)


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        ("Russia obtained the plan through existing channels with the US administration",
         "RUS", [("USA", "RUS", K.RECEIVED)]),
        ("Moscow has received a 28-point plan from the United States to end the war in Ukraine",
         "RUS", [("USA", "RUS", K.RECEIVED)]),
        ("this text has not been discussed with us", "RUS", [("RUS", "USA", K.NOT_DISCUSSED)]),
        ("detailed consultations have not occurred", "RUS", [("RUS", "USA", K.NOT_DISCUSSED)]),
        ("Witkoff handed the draft to Umerov in Miami", None, [("USA", "UKR", K.RECEIVED)]),
        ("Kyiv was left out of the talks by Washington", "UKR", [("USA", "UKR", K.LEFT_OUT)]),
        ("We have discussed the plan with the Americans", "UKR", [("UKR", "USA", K.DISCUSSED)]),
        ("the Europeans were not given the text", "EUR", [("USA", "EUR", K.LEFT_OUT)]),
        ("Paris briefed Berlin and London on the draft", "FRA",
         [("FRA", "DEU", K.BRIEFED), ("FRA", "GBR", K.BRIEFED)]),
    ],
)  # fmt: skip
def test_frames(text: str, speaker: str | None, expected: list[tuple[str, str, K]]) -> None:
    assert events_in(reported(text, speaker)) == [Event(*e) for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "If Kiev doesn't want to consult on President Trump's proposals and rejects them",
        "Moscow remains prepared for detailed consultation on the peace plan",
        "a pause in negotiations followed the Alaska talks",
        "We think this plan can serve as the basis for a final peaceful solution",
        "Ukraine will discuss the plan with the United States next week",
    ],
)
def test_conditions_plans_and_bare_nouns_report_no_event(text: str) -> None:
    assert events_in(reported(text)) == []


def test_the_seed_briefing_lists_the_six_partners_one_row_per_pair() -> None:
    text = (
        "Moscow has briefed partners including China, India, North Korea, South Africa, Brazil, "
        "and member states of the Collective Security Treaty Organization on the matter"
    )
    log = consultation_log([reported(text, sid=7), reported(text, sid=9)])
    assert [(c.from_actor, c.to_actor, c.kind) for c in log] == [
        ("RUS", code, K.BRIEFED) for code in sorted(["CHN", "IND", "PRK", "ZAF", "BRA", "CSTO"])
    ]
    assert all(c.evidence == (7, 9) for c in log)
