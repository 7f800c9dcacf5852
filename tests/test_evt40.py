"""evt40: a forecast of what a thing would do, read by the event model narrowly as a
commitment, takes the verdict class; an unconditioned announced protest read narrowly as a
threat is a protest."""

from __future__ import annotations

from functools import partial

from event_helpers import event_of, fixed_coder

CLASSES = ("ACCUSE", "AGREE", "PROTEST", "REJECT", "SUPPORT", "THREATEN")


_coder = partial(fixed_coder, CLASSES)


def test_a_forecast_of_effect_read_narrowly_as_agree_is_a_verdict() -> None:
    coder = _coder({"AGREE": 2.0, "REJECT": 0.5, "SUPPORT": 0.0})
    assert event_of(coder, "cheaper imports would hurt the orchard growers") == "REJECT"
    # a party's or a deal's "would" is a commitment or its terms; a quotation stays
    assert event_of(coder, "the union would help the growers sell abroad") == "AGREE"
    assert event_of(coder, "the accord would raise quotas by a tenth") == "AGREE"
    assert event_of(coder, "Cheaper imports will hurt the growers,", True) == "AGREE"
    # a confident commitment stays
    confident = _coder({"AGREE": 9.0, "REJECT": 0.0})
    assert event_of(confident, "cheaper imports would hurt the growers") == "AGREE"


def test_an_announced_protest_read_narrowly_as_a_threat_is_a_protest() -> None:
    coder = _coder({"THREATEN": 1.0, "PROTEST": 0.0})
    assert event_of(coder, "the drivers would picket the depot from Monday") == "PROTEST"
    # a protest on a condition is a threat
    assert event_of(coder, "the drivers would picket the depot if fares rose") == "THREATEN"
    confident = _coder({"THREATEN": 6.0, "PROTEST": 0.0})
    assert event_of(confident, "the drivers would picket the depot") == "THREATEN"
