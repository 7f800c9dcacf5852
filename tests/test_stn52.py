"""Three stance shapes: something said to stand ("the offer still stood") and a guarantee
that no one loses ("nobody gets left behind") read support; a voiced fear ("it feared the
rules would tie up farm work") reads oppose."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.no_loss_guarantee import guarantees_no_loss, no_loss_guarantee_stance
from parley.extract.standing_offer import says_stands, standing_offer_stance
from parley.extract.voiced_fear import voiced_fear_stance, voices_fear
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "the offer still stood",
        "That clause still stands.",
        "the ministry's proposal stood and that there was no deadline on it",
        'the pledge "still stands" and that the board expected an answer',
        "The accord between the two mayors stands",
    ],
)
def test_says_stands(text: str) -> None:
    assert says_stands(text)


@pytest.mark.parametrize(
    "text",
    [
        "the guild could not accept the text as it stands",
        "the council stood firm on the fee",
        'the federation stood "fully behind" the clubs',
        "the village it still stands in was flooded twice",
        "the union's objection still stood",
        "our rejection of the draft stands",
    ],
)
def test_not_says_stands(text: str) -> None:
    assert not says_stands(text)


def test_standing_moves_oppose_only() -> None:
    assert ruled(standing_offer_stance, "oppose", "the offer still stood") == "support"
    assert ruled(standing_offer_stance, "mixed", "the offer still stood") == "mixed"
    assert ruled(standing_offer_stance, "oppose", "the offer was withdrawn") == "oppose"


def test_standing_margin() -> None:
    close = np.array([-1.0, 1.0, -1.0])  # support 2 below oppose
    far = np.array([-1.0, 3.0, -1.0])  # support 4 below oppose
    assert ruled(standing_offer_stance, "oppose", "the offer still stood", close) == "support"
    assert ruled(standing_offer_stance, "oppose", "the offer still stood", far) == "oppose"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody gets left behind this time,",
        "no district would be left outside the scheme",
        "none of the drivers at the depot would lose their job because of the merger",
        "no one will be worse off under the new grid",
        "not a single nurse would be laid off",
    ],
)
def test_guarantees_no_loss(text: str) -> None:
    assert guarantees_no_loss(text)


@pytest.mark.parametrize(
    "text",
    [
        "the drivers would lose their jobs",
        "no deal would be signed before spring",
        "many towns will be left without a bus",
        "nobody wanted the talks to fail",
    ],
)
def test_no_guarantee(text: str) -> None:
    assert not guarantees_no_loss(text)


def test_guarantee_moves_oppose_and_mixed() -> None:
    text = "no district would be left outside the scheme"
    assert ruled(no_loss_guarantee_stance, "oppose", text) == "support"
    assert ruled(no_loss_guarantee_stance, "mixed", text) == "support"
    assert ruled(no_loss_guarantee_stance, "support", text) == "support"


def test_guarantee_margin() -> None:
    text = "no district would be left outside the scheme"
    close = np.array([-3.0, 1.0, -1.0])  # support 2 below oppose
    far = np.array([-3.0, 2.0, -2.0])  # support 4 below oppose
    assert ruled(no_loss_guarantee_stance, "oppose", text, close) == "support"
    assert ruled(no_loss_guarantee_stance, "oppose", text, far) == "oppose"


def test_shipped_model_reads_standing_and_guarantee_support() -> None:
    # the stance model alone reads each of these oppose (main at 77b0610b)
    model = default_classifier()
    assert model is not None
    for text in (
        "the ultimatum still stood",
        "the warning still stands",
        "none of the miners would lose their job because of the sale",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's


@pytest.mark.parametrize(
    "text",
    [
        "it feared the new fishing rules would tie up every small boat in paperwork",
        'its drivers feared "one company holding the keys to every depot."',
        "the growers were concerned that the quota would leave them exposed",
        "the council was worried about losing its say over the port",
    ],
)
def test_voices_fear(text: str) -> None:
    assert voices_fear(text)


@pytest.mark.parametrize(
    "text",
    [
        "the union had no fear of a strike",
        "the accord would ease the fears of the growers",
        "the minister said he was not worried about the vote and backed the deal",
        "nobody should fear the new rules, the minister said, because they protect farms",
    ],
)
def test_no_voiced_fear(text: str) -> None:
    assert not voices_fear(text)


def test_fear_moves_support_only() -> None:
    text = "it feared the new fishing rules would tie up every small boat in paperwork"
    assert ruled(voiced_fear_stance, "support", text) == "oppose"
    assert ruled(voiced_fear_stance, "mixed", text) == "mixed"
    far = np.array([-2.0, -2.0, 2.0])  # oppose 4 below support
    assert ruled(voiced_fear_stance, "support", text, far) == "support"


def test_shipped_model_reads_fear_oppose() -> None:
    # the stance model alone reads each of these support (main at 77b0610b)
    model = default_classifier()
    assert model is not None
    for text in (
        "it feared the new fishing rules would tie up every small boat in paperwork",
        'its drivers feared "one company holding the keys to every depot."',
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "oppose"
        assert coding.stance_lead is None  # the rule's, not the model's
