"""A conditional warning's two ends read as grammar (evt56): the inverted "Should ..." opens
its clause, "as if" compares rather than sets a condition, and the consequence's modal has
its verb after it (not the noun "will", nor a modal left without its verb)."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.classifier import conditional_warning


@pytest.mark.parametrize(
    "text",
    [
        # an obligation inside the clause, and "will" as a noun
        "trade between the ports should not harm any neighbour and should respect the will of"
        " the islanders",
        # a comparison, with its modal left without a verb
        "savers not to spend as if the bonus never would",
        # an elliptic consequence
        "If this budget does not pass, I do not know what will.",
        "If the council does not fund it, other lenders will,",
    ],
)
def test_not_a_conditional_warning(text: str) -> None:
    assert not conditional_warning(text)


@pytest.mark.parametrize(
    "text",
    [
        "Should the guild reject the offer, the studio would close the lot",
        "the envoy said that, should the rebels refuse the text, the army would resume",
        'if they did not, the ministry would "take over the running" of the port',
        "If they refuse, the strikes will go on",
        "unless the prisoners are freed, there will be consequences",
        "if Kyiv does not sign, the shelling will not stop",
    ],
)
def test_still_a_conditional_warning(text: str) -> None:
    assert conditional_warning(text)


def test_a_condition_of_failure_keeps_the_threat() -> None:
    coder = fixed_coder(("ACCUSE", "AGREE", "REQUEST", "THREATEN"), {"THREATEN": 1.0, "AGREE": 0.0})
    # a negation after "if", whether the warning's condition comes last ...
    assert event_of(coder, "the board could halt the line if the parts did not arrive") == (
        "THREATEN"
    )
    assert event_of(coder, "the guild would walk out if no offer was made") == "THREATEN"
    # ... while a plain condition is still an offer
    assert event_of(coder, "the guild would back the charter only if the fees fell") == "AGREE"
