"""evt55: a refusal reported with the cue "warn" ("warned that the guild would not accept
another delay") is a coercive warning (THREATEN) when the model reads the refusal (REJECT)
and THREATEN is close; a refusal reported with "said", a warning without a negated modal, or a
confident REJECT stay with the model."""

from __future__ import annotations

from event_helpers import event_of, fixed_coder
from parley.extract.features import Utterance
from parley.extract.warned_refusals import warned_refusal

CLASSES = ("AGREE", "REJECT", "REQUEST", "THREATEN")


def test_a_warned_refusal_is_a_threat() -> None:
    coder = fixed_coder(CLASSES, {"REJECT": 0.0, "AGREE": -1.0, "THREATEN": -4.0})
    text = "the ferry guild would not accept another delay to the harbour works"
    assert event_of(coder, text, cue="warned", lemma="warn") == "THREATEN"
    text = "the dockers will never sign a contract paid for out of their pensions"
    assert event_of(coder, text, cue="warning", lemma="warn") == "THREATEN"
    text = "We won't let the island's ferry be sold off,"
    assert event_of(coder, text, direct=True, cue="warned", lemma="warn") == "THREATEN"


def test_a_said_refusal_a_plain_warning_or_a_confident_refusal_stays() -> None:
    coder = fixed_coder(CLASSES, {"REJECT": 0.0, "AGREE": -1.0, "THREATEN": -4.0})
    text = "the ferry guild would not accept another delay to the harbour works"
    assert event_of(coder, text) == "REJECT"
    plain = Utterance("the harbour levy was too high for the skippers", "warned", "warn", False)
    assert not warned_refusal(plain)
    confident = fixed_coder(CLASSES, {"REJECT": 0.0, "THREATEN": -6.0})
    assert event_of(confident, text, cue="warned", lemma="warn") == "REJECT"
