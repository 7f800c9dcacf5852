"""evt51: talks reported in progress with a word between "in" and the talks ("was in
preliminary talks with"), or as the object of "continuing" ("was continuing negotiations
with"), are a consultation (CONSULT) when the model reads them narrowly as an offer; a
commitment to go on talking stays an offer."""

from __future__ import annotations

from functools import partial

from event_helpers import event_of, fixed_coder
from parley.extract.ongoing_acts import TALKING

CLASSES = ("AGREE", "CONSULT", "REQUEST")

_coder = partial(fixed_coder, CLASSES)


def test_qualified_or_continuing_talks_in_progress_are_a_consultation() -> None:
    coder = _coder({"AGREE": 3.0, "CONSULT": 0.0})
    assert event_of(coder, "the ferry firm was in preliminary talks with two buyers") == "CONSULT"
    assert event_of(coder, 'the guild was "in active negotiations" with the port') == "CONSULT"
    assert event_of(
        coder, "the council was continuing negotiations with the dockers and would report soon"
    ) == ("CONSULT")
    assert event_of(coder, "the port is continuing technical discussions with the guild") == (
        "CONSULT"
    )


def test_a_commitment_to_go_on_talking_or_a_confident_offer_stays() -> None:
    coder = _coder({"AGREE": 3.0, "CONSULT": 0.0})
    assert event_of(coder, "the ferry firm would continue negotiations with the dockers") == (
        "AGREE"
    )
    assert event_of(coder, "the guild agreed to continue talks with the port") == "AGREE"
    confident = _coder({"AGREE": 8.0, "CONSULT": 0.0})
    assert event_of(confident, "the ferry firm was in preliminary talks with two buyers") == (
        "AGREE"
    )


def test_the_pattern_needs_be_and_the_talks_close_by() -> None:
    assert TALKING.search("the guild was in exploratory talks with the port")
    assert not TALKING.search("the guild was in the middle of a long dispute over talks")
    assert not TALKING.search("the talks are in their third week")
