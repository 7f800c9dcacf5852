"""Actors from context for people the gazetteer does not know (invented names), and the
measurement switch that drops the gazetteer's people (benchmarks/unknown_people.py)."""

from __future__ import annotations

import pytest

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.mentions import mention_finder


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Adjoa Mensimah, the Ghanaian diplomat who heads the UN Support Mission in Libya, "
            "said the roadmap was ready.",
            [("Adjoa Mensimah", "UN")],
            id="the body a relative clause names, not the demonym",
        ),
        pytest.param(
            "European Union ministers met in Brussels on Monday. Liisa Varendi, the bloc's "
            "foreign policy chief, said sanctions would stay.",
            [("Liisa Varendi", "EU")],
            id="the bloc's office",
        ),
        pytest.param(
            "NEW DELHI, Oct 21 (Wire) - India and China agreed on border patrols.\n\n"
            "External Affairs Minister Ravindra Kothapalli called the agreement a positive "
            "development.",
            [("Ravindra Kothapalli", "IND")],
            id="external affairs minister",
        ),
        pytest.param(
            "ABUJA, May 3 (Wire) - West African leaders met on Sunday.\n\n"
            "Speaking after talks with ECOWAS Commission President Ama de Souza Bello at the "
            "summit, the host said tariffs would fall.\n\n"
            "De Souza Bello said the deal was balanced.",
            [(None, None), ("Ama de Souza Bello", "ECOWAS")],
            id="a surname of several words",
        ),
        pytest.param(
            "SEOUL/TOKYO - South Korea said on Monday it would compensate the victims through "
            "a foundation, clearing the way for a summit with Japan.\n\n"
            "Foreign Minister Han Sojeong told a news conference that the foundation would "
            "pay the damages.\n\nIn Tokyo, Japan's government welcomed Seoul's plan; Japanese "
            "firms in Japan said nothing.",
            [(None, "KOR"), ("Han Sojeong", "KOR"), (None, "JPN")],
            id="the state the paragraph before opens on",
        ),
        pytest.param(
            "WASHINGTON - The United States and China agreed on Sunday to cut tariffs.\n\n"
            "Secretary of State Orrin Balfe said the deal was a start. Vice President Tamsin "
            "Roer said talks would go on.",
            [("Orrin Balfe", "USA"), ("Tamsin Roer", "USA")],
            id="government titles without a state",
        ),
        pytest.param(
            "BRUSSELS - NATO foreign ministers met on Wednesday.\n\n"
            "Secretary General Ines Valtari said the allies were united.",
            [("Ines Valtari", "NATO")],
            id="an office only an organisation has",
        ),
        pytest.param(
            "BRUSSELS - The European Union and the United States published a joint statement "
            "on Thursday.\n\nTrade Commissioner Pavel Dorn said the text was final. "
            "Commission Vice-President Anna Ruud said the deal would hold.",
            [("Pavel Dorn", "EU"), ("Anna Ruud", "EU")],
            id="commission offices",
        ),
        pytest.param(
            "Chile waited for months for Peru to ratify the accord.\n\n"
            "Peru, the only signatory that has not ratified Chile's proposal, said it would "
            "no longer object. Foreign Minister Rosa Quispe Llano said the vote was a "
            "formality.",
            [(None, "PER"), ("Rosa Quispe Llano", "PER")],
            id="the state a sentence of the paragraph opens on as subject",
        ),
        pytest.param(
            "Norway, which borders Sweden, has asked for talks on fishing rights.\n\n"
            "Poland says the quotas must be cut. Prime Minister Tomasz Wrobel said Warsaw "
            "would not wait.",
            [(None, "NOR"), (None, "POL"), ("Tomasz Wrobel", "POL")],
            id="the subject of the sentence before in its own paragraph, not one before it",
        ),
        pytest.param(
            "CAIRO - Iran and the atomic agency agreed on inspections.\n\n"
            "Gerold Almont and Kaveh Tehrani shook hands in Cairo on Tuesday. Almont, the "
            "director-general of the International Atomic Energy Agency, said the text was "
            "a step in the right direction.",
            [("Gerold Almont", "IAEA")],
            id="an apposition to the surname of a person named in full before",
        ),
        pytest.param(
            "CAIRO - Iran and the atomic agency agreed on inspections.\n\n"
            "Gerold Almont and Kaveh Tehrani shook hands in Cairo on Tuesday. Almont, who "
            "arrived on Monday, said the text was a step in the right direction.",
            [("Gerold Almont", None)],
            id="a relative clause after the surname gives no side",
        ),
        pytest.param(
            "CAIRO - Iran and the atomic agency agreed on inspections.\n\n"
            "Gerold Almont and Kaveh Tehrani shook hands in Cairo on Tuesday. Tehrani told "
            "Almont, according to the state news agency IRNA, that the text was a step in "
            "the right direction. Almont said he agreed.",
            [("Kaveh Tehrani", None), ("Gerold Almont", None)],
            id="a source after the surname as object is no apposition",
        ),
        pytest.param(
            "TRIPOLI - The rival governments met again.\n\n"
            "Presented to the council by Hanna Tellier, the head of the UN Support Mission "
            "in Libya, the plan aims at elections. Tellier said neither step had been "
            "completed.",
            [("Hanna Tellier", "UN")],
            id="the head of an organisation's named body in a country",
        ),
        pytest.param(
            "GENEVA - Negotiators met again on Tuesday.\n\n"
            "India's Director General of Military Operations, Lt Gen Ravi Dhanraj, said the "
            "strikes had hit nine sites.",
            [("Ravi Dhanraj", "IND")],
            id="a title whose complement names no side, the name in apposition",
        ),
        pytest.param(
            "LONDON - The talks resumed.\n\n"
            "Mark Ellery, a professor at the London School of Economics, said the talks "
            "would fail.",
            [("Mark Ellery", None)],
            id="a state's city opening a name is no side",
        ),
    ],
)
@pytest.mark.parametrize("people", [True, False], ids=["people", "no people"])
def test_actor_from_context(
    body: str,
    expected: list[tuple[str | None, str | None]],
    people: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not people:
        _drop_people(monkeypatch)
    try:
        assert _all(body) == expected
    finally:
        _restore()


def _drop_people(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_EVAL_NO_PEOPLE", "1")
    _restore()


def _restore() -> None:
    load_gazetteer.cache_clear()
    mention_finder.cache_clear()


@pytest.fixture
def no_people(monkeypatch: pytest.MonkeyPatch):
    _drop_people(monkeypatch)
    yield
    monkeypatch.delenv("PARLEY_EVAL_NO_PEOPLE")
    _restore()


def test_switch_drops_people_only(no_people: None) -> None:
    gaz = load_gazetteer()
    assert gaz.people == {}
    assert gaz.actor_of("Ukraine") == "UKR"
    assert gaz.actors["UN"].kind != "state"


def test_people_by_default() -> None:
    assert load_gazetteer().people
