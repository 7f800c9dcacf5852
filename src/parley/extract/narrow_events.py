"""Three shapes of a reported clause whose PLOVER class the event model misreads on new text
when it is unsure between two classes (measured by evt39 on test43-test50, which the event
model never trained on). Each rule overrides the model only when the class it gives scores
within a margin of the model's own choice, so that what the model learnt with confidence
stands.

- A hope ("hoped trade could resume", "hopes the memorandum will persuade him") is an appeal
  to another party: REQUEST, when the model reads an offer, a welcome, a consultation or an
  accusation by less than ``HOPE_MARGIN``.
- A reported conditional offer ("would back the bill only if ...", "could keep its
  facilities if ...") whose main clause carries a modal and no negation commits the speaker
  to something on a condition: AGREE, when the model reads a threat by less than ``OFFER_MARGIN`` (a
  negated condition, "if ... does not", stays a threat, whether it comes first or last; a
  quotation's "we will ... if ..." is as often the speaker's own verdict, and stays).
- A reproach ("should have acted earlier", "ought to have answered") blames a party for a
  past act: ACCUSE, when the model reads a demand or a refusal by less than
  ``REPROACH_MARGIN``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.prefilter import Prefiltered

# a verb of hoping (not the noun in "hope of", "hopes for"; not a hope given up, "had
# hoped to keep", which appeals to nobody any more)
HOPE = re.compile(r"\bhop(?:e|es|ed|ing)\b(?!\s+(?:of|for)\b)", re.IGNORECASE)
GIVEN_UP = re.compile(r"\bhad\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# the classes a hope is misread as
HOPE_FROM = frozenset({"AGREE", "SUPPORT", "CONSULT", "ACCUSE"})
HOPE_MARGIN = 1.0

# the condition's opening word, and what marks the main clause before it as an offer
CONDITION = re.compile(r"\b(?:only\s+)?if\b", re.IGNORECASE)
OFFER_MODAL = re.compile(r"\b(?:would|could|will|can|might)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
OFFER_MARGIN = 2.0

# an obligation in the perfect, not inside a relative clause ("the deal that should have
# been signed" describes; "the government should have acted" blames)
REPROACH = re.compile(
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:should|ought\s+to)(?:\s+not|\s+never|n't)?"
    r"\s+have\s+(?!to\b)(?:been\s+|had\s+)?\w+(?:ed|en|t|wn|ne|un|ght|id|ade)\b",
    re.IGNORECASE,
)
REPROACH_FROM = frozenset({"REQUEST", "REJECT"})
REPROACH_MARGIN = 5.0

# a rule that moves a model's class to a close one when a statement has a given shape: it
# takes the model's class (or the one an earlier rule left), the statement, the model's
# classes and their scores, and returns a class; the event rules and the stance rules alike
ClassRule = Callable[[str, Utterance, Sequence[str], np.ndarray], str]
EventRule = ClassRule
StanceRule = ClassRule


_REPROACH_CHECKED = Prefiltered(REPROACH)  # searched only where its words are


def within(
    scores: np.ndarray, classes: Sequence[str], target: str, event: str, margin: float
) -> bool:
    """Whether ``target`` scores no more than ``margin`` below ``event``."""
    if target not in classes or event not in classes:
        return False
    return bool(scores[classes.index(target)] >= scores[classes.index(event)] - margin)


def text_override(
    sources: frozenset[str], target: str, holds: Callable[[str], bool], margin: float | None
) -> ClassRule:
    """A class rule: a reading in ``sources`` whose text ``holds`` becomes ``target``; with a
    ``margin``, only while ``target`` scores no more than ``margin`` below that reading."""

    def rule(cls: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
        if cls not in sources or not holds(u.text):
            return cls
        if margin is None or within(scores, classes, target, cls, margin):
            return target
        return cls

    return rule


# A stance rule carried by the statement's settled event: takes the event, the stance so far,
# the stance model's classes and their scores, and returns a stance
EventStanceRule = Callable[[str | None, str, Sequence[str], np.ndarray], str]


def event_lean(event: str, readings: frozenset[str], target: str, margin: float) -> EventStanceRule:
    """A stance rule read off the event: a statement coded ``event`` whose stance is one of
    ``readings`` becomes ``target`` when ``target`` scores no more than ``margin`` below it."""

    def rule(coded: str | None, stance: str, classes: Sequence[str], scores: np.ndarray) -> str:
        if coded != event or stance not in readings:
            return stance
        return target if within(scores, classes, target, stance, margin) else stance

    return rule


def gated_override(
    target: str, gates: tuple[re.Pattern[str], ...], margin: float, holds: Callable[[str], bool]
) -> ClassRule:
    """A class rule for a reading other than ``target``: ``target`` when every one of the
    cheap ``gates`` is found in the text, ``target`` scores no more than ``margin`` below the
    reading, and then (last, since it may parse) ``holds`` accepts the text. Each gate is
    searched only where the words it cannot match without are (:class:`Prefiltered`)."""
    checked = tuple(Prefiltered(gate) for gate in gates)

    def rule(cls: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
        if cls == target or any(gate.search(u.text) is None for gate in checked):
            return cls
        if not within(scores, classes, target, cls, margin):
            return cls
        return target if holds(u.text) else cls

    return rule


def hope(text: str) -> bool:
    """A verb of hoping that is not a hope given up."""
    return any(not GIVEN_UP.search(text[: m.start()]) for m in HOPE.finditer(text))


def conditional_offer(text: str) -> bool:
    """A main clause with a modal and no negation before an "if" condition, and no negation
    after it: a condition of failure ("would take over the company if no buyer was found",
    "could stop supplying diesel if the transit was not restored") makes the clause a warning.
    Over the 54 development parts (evt56) the coders code the reported shape with a negation
    after "if" THREATEN 33 and AGREE 4 of 51; without one, AGREE 48 and THREATEN 60 of 198."""
    found = CONDITION.search(text)
    if found is None:
        return False
    main = text[: found.start()]
    return (
        bool(OFFER_MODAL.search(main))
        and not NEGATION.search(main)
        and not NEGATION.search(text, found.end())
    )


def narrow_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or the class one of the three shapes gives when the model's
    score for it is close."""
    text = u.text
    if event in HOPE_FROM and hope(text):
        target, margin = "REQUEST", HOPE_MARGIN
    elif event == "THREATEN" and not u.direct and conditional_offer(text):
        target, margin = "AGREE", OFFER_MARGIN
    elif event in REPROACH_FROM and _REPROACH_CHECKED.search(text):
        target, margin = "ACCUSE", REPROACH_MARGIN
    else:
        return event
    return target if within(scores, classes, target, event, margin) else event
