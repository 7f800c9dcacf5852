"""evt41: a reported act in progress that the event model reads narrowly as an offer or a
welcome takes the act's class: talking is CONSULT, asking is REQUEST; the infinitive of
the cue "offer" read narrowly as another class is an offer (AGREE)."""

from __future__ import annotations

from functools import partial

from event_helpers import event_of, fixed_coder

CLASSES = ("AGREE", "CONSULT", "REQUEST", "SUPPORT")


_coder = partial(fixed_coder, CLASSES)


def test_talks_in_progress_read_narrowly_as_an_offer_are_a_consultation() -> None:
    coder = _coder({"AGREE": 3.0, "CONSULT": 0.0})
    assert event_of(coder, "the ferry firm was negotiating with the dockers") == "CONSULT"
    assert event_of(coder, "the guild remained committed and was in talks with a buyer") == (
        "CONSULT"
    )
    # a commitment to go on talking is an offer; "'s meeting" is a possessive
    assert event_of(coder, "the ferry firm would keep talking to the dockers") == "AGREE"
    assert event_of(coder, "the mayor's meeting would settle the fares") == "AGREE"
    # a quotation and a confident offer stay
    assert event_of(coder, "We are negotiating with the dockers,", True) == "AGREE"
    confident = _coder({"AGREE": 8.0, "CONSULT": 0.0})
    assert event_of(confident, "the ferry firm was negotiating with the dockers") == "AGREE"


def test_a_demand_in_progress_read_narrowly_as_an_offer_is_a_request() -> None:
    coder = _coder({"AGREE": 2.0, "SUPPORT": 1.0, "REQUEST": 0.0})
    assert event_of(coder, "the guild would take the fee but is demanding a bonus") == "REQUEST"
    assert event_of(coder, "the council was seeking more detail from the port") == "REQUEST"
    assert event_of(coder, "the guild would take the fee and sign on Monday") == "AGREE"


def test_the_infinitive_of_an_offer_cue_read_narrowly_as_a_charge_is_an_offer() -> None:
    def code(agree: float, text: str, lemma: str = "offer") -> str | None:
        coder = fixed_coder(("ACCUSE", "AGREE"), {"ACCUSE": 1.0, "AGREE": agree})
        return event_of(coder, text, cue="offered", lemma=lemma)

    assert code(0.0, "to hold the smugglers in its own jails") == "AGREE"
    # a noun offered, another cue's infinitive, a confident model stay
    assert code(0.0, "the smugglers' names") == "ACCUSE"
    assert code(0.0, "to hold the smugglers in its own jails", "pledge") == "ACCUSE"
    assert code(-5.0, "to hold the smugglers in its own jails") == "ACCUSE"
