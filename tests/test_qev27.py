"""The acts a quotation shows by its form (features.features_quote, features_quote_last)."""

from __future__ import annotations

from parley.extract.classifier import EXTRAS
from parley.extract.features import (
    Utterance,
    features_quote,
    features_quote_last,
    quote_sentences,
)


def quoted(text: str) -> Utterance:
    return Utterance(text, "said", "say", True)


def test_reported_speech_has_none() -> None:
    u = Utterance("we will sign the accord", "said", "say", False)
    assert features_quote(u) == []
    assert features_quote_last(u) == []


def test_sentences() -> None:
    assert quote_sentences("We came. They left? Fine.") == ["We came.", "They left?", "Fine."]


def test_first_person_commitment_and_its_negation() -> None:
    assert "q:commit" in features_quote(quoted("We will open the crossing on Monday."))
    assert "q:commit" in features_quote(quoted("I'll carry the proposal to the cabinet."))
    assert "q:commit~" in features_quote(quoted("We will never hand over the port."))


def test_readiness() -> None:
    assert "q:ready" in features_quote(quoted("We are ready to resume the talks."))


def test_demand_of_another_party() -> None:
    feats = features_quote(quoted("They must pull their ships back."))
    assert "q:demand" in feats
    assert "q:commit" not in feats


def test_imperative() -> None:
    assert "q:imperative" in features_quote(quoted("Return the hostages and talk to us."))
    assert "q:imperative" in features_quote(quoted("Let them open the border first."))
    assert "q:imperative" not in features_quote(quoted("Farmers are angry about the quota."))


def test_conditional_warning() -> None:
    assert "q:warning" in features_quote(quoted("If the fleet sails, we will close the strait."))


def test_question() -> None:
    assert "q:question" in features_quote(quoted("Why should anyone trust this offer?"))
    assert "q:question" not in features_quote(quoted("The offer is poor?"))


def test_position_of_the_act() -> None:
    feats = features_quote(quoted("The talks ran late. We will sign tomorrow."))
    assert "ql:commit" in feats
    assert "qf:commit" not in feats
    assert "q:multi" in feats


def test_last_sentence_opening() -> None:
    feats = features_quote_last(quoted("The night was long. Nobody signed anything."))
    assert "ql:w:sign" in feats  # "Nobody" opens a sentence: masked as a name
    assert features_quote_last(quoted("One sentence only.")) == []


def test_registered_as_extras() -> None:
    assert EXTRAS["quote"] is features_quote
    assert EXTRAS["quotelast"] is features_quote_last
