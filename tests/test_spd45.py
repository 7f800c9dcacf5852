"""spd45: two statement features and one event rule skip their work when a cheap check of
the words rules it out: the negated-act classes when no negator and no "rather"/"instead"
stands in the words, the parties' polarity when no role and no "we"/"I" does, the risked-harm
shape when no "risks"/"risked" does; a speech infinitive's addressee tokenises a sentence only
when its lower-cased text holds "to" and a speech lemma. What they give is unchanged."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract import negacts, purpose_speech, syntax
from parley.extract.features import (
    NamedParty,
    PartyRole,
    Utterance,
    features_party_polarity,
    words_of,
)
from parley.extract.negacts import features_negated_act
from parley.extract.risked_harm import RISK_VERB, risked_event, risked_harm


def _said(text: str, parties: tuple[NamedParty, ...] = ()) -> Utterance:
    return Utterance(text=text, cue="said", lemma="say", direct=False, parties=parties)


def test_no_class_table_without_a_negation(monkeypatch: pytest.MonkeyPatch) -> None:
    def table() -> dict[str, str]:
        raise AssertionError("the class table was read")

    monkeypatch.setattr(negacts, "_classes", table)
    words_of.cache_clear()
    assert features_negated_act(_said("the guild will sign the charter next week")) == []


def test_negated_acts_still_found() -> None:
    words_of.cache_clear()
    assert "na:opp:will" in features_negated_act(_said("the guild will not block the charter"))
    words_of.cache_clear()
    found = features_negated_act(_said("the guild chose to wait rather than reject the charter"))
    assert "na:opp" in found


def test_party_polarity_without_an_opener_is_empty() -> None:
    words_of.cache_clear()
    assert features_party_polarity(_said("the charter would not pass this week")) == []


def test_party_polarity_still_read() -> None:
    text = "Freedonia will not accept the charter, and we would never sign it"
    words_of.cache_clear()
    found = features_party_polarity(_said(text, (NamedParty(0, 9, PartyRole.OTHER),)))
    assert found == ["pp:OTHER~:will", "pp:SELF~:would"]


@pytest.mark.parametrize(
    "text",
    [
        "the plan risks leaving the valley without a bus",
        "and that the new tariff package risked rewarding the smugglers",
        "The Deal RISKED Undoing years of work",
    ],
)
def test_every_risked_shape_passes_the_gate(text: str) -> None:
    assert risked_harm(text)
    assert RISK_VERB.search(text) is not None


def test_risked_rule_unchanged() -> None:
    classes = ("ACCUSE", "CONSULT")
    close = np.array([1.0, 2.0])
    said = _said("the plan risks leaving the valley without a bus")
    assert risked_event("CONSULT", said, classes, close) == "ACCUSE"
    plain = _said("the plan leaves the valley without a bus")
    assert risked_event("CONSULT", plain, classes, close) == "CONSULT"


def test_no_tokenising_without_the_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> None:
        raise AssertionError(f"tokenised {text!r}")

    monkeypatch.setattr(purpose_speech, "tokens", refuse)
    assert not purpose_speech._may_hold("The guild wrote a letter, and it was ready.", 31)
    assert not purpose_speech._may_hold("The guild went to the council, and it was ready.", 37)


def test_may_hold_still_passes_the_shape() -> None:
    if syntax.parser() is None:
        pytest.skip("no trained pipeline")
    sentence = "The guild had written to the council to say it was ready."
    assert purpose_speech._may_hold(sentence, sentence.index("it was"))
    assert purpose_speech._may_hold(sentence.upper(), sentence.index("it was"))
