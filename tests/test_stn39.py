"""stn39: a statement that accepts the deal on a condition reads mixed, after the model."""

from __future__ import annotations

import pytest

from parley.extract.classifier import default_classifier
from parley.extract.conditional_stance import conditional_assent
from parley.extract.features import Utterance


@pytest.mark.parametrize(
    "text",
    [
        "the growers would sign if the water quota were doubled",
        "If it lowers the rent, I am for it,",
        "the guild was ready to support the charter if the night shifts were kept",
        "a two-year wait is tolerable only if the bridge gets built",
        "the council would back any accord, provided the harbour stayed public",
    ],
)
def test_conditional_assent(text: str) -> None:
    assert conditional_assent(text)


@pytest.mark.parametrize(
    "text",
    [
        "the growers would walk out if the water quota were cut",
        "the mayor would back fresh fines if the ministry did not change course",
        "the board believed the growers would accept a quota if it came soon",
        "the town could scale back the festival if the grant were late",
        "the growers would sign the accord",
    ],
)
def test_not_conditional_assent(text: str) -> None:
    assert not conditional_assent(text)


def test_model_stance_made_mixed() -> None:
    model = default_classifier()
    assert model is not None
    u = Utterance(
        text="the growers would sign if the water quota were doubled",
        cue="said",
        lemma="say",
        direct=False,
    )
    assert model.code(u).stance == "mixed"
