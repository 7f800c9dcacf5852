"""spd44: two rules that parse one short text on their own ask for the parse only when the
words their parsed shape needs are there: an expectation laid on a party only when the text
holds a verb of expecting, a speech infinitive's addressee only when the sentence's tokens
hold "to", a speech verb's bare form and the pronoun. What they find is unchanged."""

from __future__ import annotations

import pytest

from parley.extract import syntax
from parley.extract.expectation import expectation_of_party
from parley.extract.purpose_speech import _addressee, addressee_start

pytestmark = pytest.mark.skipif(syntax.parser() is None, reason="no trained pipeline")


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts given to ``parse_one`` while the test runs."""
    seen: list[str] = []
    real = syntax.parse_one

    def spy(text: str) -> object:
        seen.append(text)
        return real(text)

    for module in ("expectation", "purpose_speech"):
        monkeypatch.setattr(f"parley.extract.{module}.parse_one", spy)
    return seen


def test_tokens_are_the_parse_tokens() -> None:
    text = "The guild's board hadn't written to the council (yet) to say it was ready."
    words, doc = syntax.tokens(text), syntax.parse_one(text)
    assert words is not None and doc is not None
    assert [(t.idx, t.text) for t in words] == [(t.idx, t.text) for t in doc]


def test_no_parse_without_a_verb_of_expecting(parses: list[str]) -> None:
    expectation_of_party.cache_clear()
    assert not expectation_of_party("the ministry asked the growers to accept the quota")
    assert parses == []
    assert expectation_of_party("the council expected Harlow to pay its share")
    assert len(parses) == 1


def test_no_parse_without_a_speech_infinitive(parses: list[str]) -> None:
    _addressee.cache_clear()
    assert _addressee("The guild had written to the council and it was ready.", 40) is None
    assert _addressee("The guild wrote the council a letter saying it was ready.", 47) is None
    assert parses == []
    text = "The ferry company had written to the harbour board to say it would resume sailings."
    assert addressee_start(text, 0, text.index("it would")) == text.index("the harbour")
    assert len(parses) == 1


def test_no_parse_when_no_token_starts_at_the_pronoun(parses: list[str]) -> None:
    _addressee.cache_clear()
    assert _addressee("The guild had written to the council to say it was ready.", 46) is None
    assert parses == []
