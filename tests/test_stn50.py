"""stn50: a disavowal of force or harm to come ("had no intention of invading", "will not
fire a single shot", "local farmers would not be disadvantaged") reads support where the
stance model says oppose within the margin; a verdict that the deal falls short ("the offer
fell short on pay", "the draft lacked any timetable") reads oppose where it says support."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.deficit_verdict import deficit_verdict_stance, finds_deal_short
from parley.extract.features import Utterance
from parley.extract.harm_disavowal import disavows_harm, harm_disavowal_stance
from parley.extract.unreceived_text import text_not_received, unreceived_text_stance
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "the republic had no intention of invading its neighbour",
        "Our army will not fire a single shot to get the valley",
        "local farmers would not be disadvantaged",
        "the kingdom had no wish to go to war over the island",
        "The island will not be harmed by any of this",
        "we do not want to take the river by force",
        "the league won't ever hurt the smaller clubs",
    ],
)
def test_disavows_harm(text: str) -> None:
    assert disavows_harm(text)


@pytest.mark.parametrize(
    "text",
    [
        "the army cannot attack the valley",  # a constraint, not a disavowal
        "borders must not be changed by force",  # an obligation
        "we will not be threatened into signing",  # defiance, not reassurance
        "we reject this plan and will not be hurt by it",  # said with a refusal
        "we will not fight anyone, but the pact is a sell-out",  # said with a dismissal
        "the new terms would hurt the smaller clubs",  # no denial
        "they invaded the valley last spring",
    ],
)
def test_no_disavowal(text: str) -> None:
    assert not disavows_harm(text)


def test_margin() -> None:
    text = "local farmers would not be disadvantaged"
    near = np.array([-3.0, 1.0, -6.0])
    far = np.array([-3.0, 1.0, -10.0])
    assert ruled(harm_disavowal_stance, "oppose", text, near) == "support"
    assert ruled(harm_disavowal_stance, "oppose", text, far) == "oppose"
    assert ruled(harm_disavowal_stance, "mixed", text, near) == "mixed"
    assert ruled(harm_disavowal_stance, "oppose", "the deal is bad", near) == "oppose"


def test_shipped_model_reads_disavowals_support() -> None:
    # the stance model alone reads each of these oppose (main at b73d701d)
    model = default_classifier()
    assert model is not None
    for text in (
        "the republic had no intention of invading its neighbour and would seek a corridor",
        "Our army will not fire a single shot to get the valley",
        "local farmers would not be disadvantaged",
        "The island will not be harmed by any of this",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's


@pytest.mark.parametrize(
    "text",
    [
        "the offer fell short on pensions and on overtime",
        "the draft lacked any timetable for the transfers",
        "the package did not go far enough for part-time staff",
        "the proposal was too vague on pay",
        "the union's offers still fall short of what nurses earn elsewhere",
    ],
)
def test_finds_deal_short(text: str) -> None:
    assert finds_deal_short(text)


@pytest.mark.parametrize(
    "text",
    [
        "the plan gave the valley the water it had lacked for years",  # the party lacked it
        "the summit gave the pact a weight that earlier pledges lacked",  # a relative clause
        "the treaty would help countries that lack the tools",  # those who lack, helped
        "the offer did not lack ambition",  # denied
        "the offer went far enough for most members",
    ],
)
def test_no_deal_short(text: str) -> None:
    assert not finds_deal_short(text)


def test_deficit_moves_support_only() -> None:
    text = "the agreement lacked safeguards for the workers"
    assert ruled(deficit_verdict_stance, "support", text) == "oppose"
    assert ruled(deficit_verdict_stance, "mixed", text) == "mixed"
    assert ruled(deficit_verdict_stance, "support", "the agreement is good") == "support"


def test_shipped_model_reads_deficits_oppose() -> None:
    # the stance model alone reads each of these support (main at b73d701d)
    model = default_classifier()
    assert model is not None
    for text in (
        "the consultation process lacked openness and the participation of residents",
        "the agreement lacked safeguards for the workers",
        "the proposals lacked clear goals and timetables for the new reserves",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "oppose"
        assert coding.stance_lead is None  # the rule's, not the model's


@pytest.mark.parametrize(
    "text",
    [
        "the ministry saw the outline as a basis for a deal but had not received the final text",
        "the council was ready to look at the draft but has not yet received it",
        "Lisbon hadn't formally received any revised version",
    ],
)
def test_text_not_received(text: str) -> None:
    assert text_not_received(text)


@pytest.mark.parametrize(
    "text",
    [
        "the union had asked for a better offer and had not received one it thought fair",
        "the council has received the draft and will study it",
        "the ministry had not seen the annexes",
    ],
)
def test_no_text_not_received(text: str) -> None:
    assert not text_not_received(text)


def test_unreceived_moves_mixed_only() -> None:
    text = "the council was ready to look at the draft but has not yet received it"
    assert ruled(unreceived_text_stance, "mixed", text) == "support"
    assert ruled(unreceived_text_stance, "oppose", text) == "oppose"
    assert ruled(unreceived_text_stance, "mixed", "the deal is half good") == "mixed"


def test_shipped_model_reads_unreceived_support() -> None:
    # the stance model alone reads each of these mixed (main at b73d701d)
    model = default_classifier()
    assert model is not None
    for text in (
        "the ministry saw the outline as a basis for a deal but had not received the final text",
        "the council was ready to look at the draft but has not yet received it",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's
