"""evt28: the sentence that introduces a quotation (``features.lead_of``) and its words as
features of the event model (the ``lead`` extra, registered, not read by the shipped model)."""

from __future__ import annotations

from parley.extract.classifier import EXTRAS
from parley.extract.features import Utterance, features_lead, lead_of


def _at(text: str, words: str) -> int:
    return text.index(words)


def test_the_lead_is_the_sentence_before_a_quotation_that_opens_its_own() -> None:
    text = (
        "The talks resumed on Tuesday. The mayor turned down the drivers' claim. "
        '"We cannot find that money," she told reporters.'
    )
    assert lead_of(text, _at(text, "We cannot")) == "The mayor turned down the drivers' claim."


def test_the_lead_is_the_opening_of_the_sentence_a_quotation_stands_in() -> None:
    text = 'Talks broke up. One delegate, who asked not to be named, said "the plan is dead" later.'
    lead = "One delegate, who asked not to be named, said"
    assert lead_of(text, _at(text, "the plan")) == lead


def test_the_lead_crosses_a_paragraph_break_and_reaches_a_limited_way_back() -> None:
    text = 'The board praised the new rota.\n\n"It is fairer to everyone," a member said.'
    assert lead_of(text, _at(text, "It is")) == "The board praised the new rota."
    assert lead_of('"Nothing came before," he said.', 1) == ""
    long = "x" * 400 + ' "Words," he said.'
    assert len(lead_of(long, _at(long, "Words"))) <= 300


def test_the_lead_features_are_its_content_words_for_a_quotation_only() -> None:
    lead = "The minister Anna Berg flatly rejected the union's offer."
    quote = Utterance("We will not pay that", "said", "say", True, lead=lead)
    feats = features_lead(quote)
    assert {"ld:reject", "ld:offer", "ld:flat"} <= set(feats)
    # no function words, no names
    assert not {"ld:the", "ld:anna", "ld:berg", "ld:NAME"} & set(feats)
    reported = Utterance("it would not pay", "said", "say", False, lead=lead)
    assert features_lead(reported) == []
    assert features_lead(Utterance("We will not pay", "said", "say", True)) == []
    assert EXTRAS["lead"] is features_lead
