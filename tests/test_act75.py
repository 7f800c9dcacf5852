"""act75: a summit's president speaks for the host state; the chair a text names "the
conference chair" speaks for the convening organisation; the leader of a bloc's team and the
bloc's own negotiator speak for the bloc."""

from __future__ import annotations

from parley.extract.pipeline import run


def _actors(text: str, speaker: str) -> set[str | None]:
    return {s.actor for s in run(text) if s.speaker == speaker}


def test_summit_president_is_host_state() -> None:
    text = (
        "The gavel came down in Doha on Monday, and delegates at the COP41 climate summit "
        "had a fund. Washington said it would pay, and U.S. officials said more would "
        "follow.\n\n"
        "Within minutes Omar Haddadi, the COP41 president, had declared the fund open. "
        '"This is a good day," he told the plenary.\n'
    )
    assert _actors(text, "Omar Haddadi") == {"QAT"}


def test_conference_chair_heading_speaks_for_organisation() -> None:
    text = (
        "The World Trade Organization's fifteenth ministerial conference closed in Nairobi "
        "on Sunday with no deal on farm subsidies.\n\n"
        "The conference chair\n\n"
        "Peter Mwangi Odhiambo, the Kenyan trade minister who chaired the meeting, told "
        "the closing session that members had worked hard.\n"
    )
    assert _actors(text, "Peter Mwangi Odhiambo") == {"WTO"}


def test_leader_of_bloc_team_and_bloc_negotiator_speak_for_bloc() -> None:
    text = (
        "For the Alliance of Small Island States the vote was a blow. Mele Tuilagi, the "
        "Fijian who led the bloc's negotiating team, said the islands had not been heard.\n\n"
        'The bloc was not alone. "A fund without money is a promise," the bloc\'s lead '
        "negotiator said in a statement.\n"
    )
    found = run(text)
    assert {s.actor for s in found if s.speaker == "Mele Tuilagi"} == {"AOSIS"}
    assert {s.actor for s in found if s.speaker is None and "promise" in s.text} == {"AOSIS"}
