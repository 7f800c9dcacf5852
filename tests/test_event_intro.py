"""The word that introduces reported words after their cue, as a classifier feature."""

from __future__ import annotations

from pathlib import Path

from parley.extract.classifier import StatementClassifier, fit_linear
from parley.extract.features import NONE_INTRO, Utterance, features_intro, intro_of


def test_a_preposition_or_complementiser_before_the_words_is_their_intro() -> None:
    assert intro_of("The mayor called for ", False) == "for"
    assert intro_of("The minister warned that ", False) == "that"
    assert intro_of("The board agreed to ", False) == "to"
    assert intro_of("The teachers called on ", False) == "on"


def test_words_straight_after_the_cue_have_no_intro_word() -> None:
    # "called the fare rise greedy": the words follow the cue itself
    assert intro_of("The drivers called ", False) == NONE_INTRO
    assert intro_of("", False) == NONE_INTRO
    # a quotation opens with punctuation, not grammar
    assert intro_of('The drivers said: "', True) is None


def test_intro_features_pair_the_word_with_the_cue() -> None:
    asking = Utterance("a new round of talks", "called", "call", False, None, "for")
    judging = Utterance("the fare rise greedy", "called", "call", False, None, NONE_INTRO)
    assert features_intro(asking) == ["in:for", "in:call:for"]
    assert features_intro(judging) == [f"in:{NONE_INTRO}", f"in:call:{NONE_INTRO}"]
    assert features_intro(Utterance("we will strike", "said", "say", True)) == []


def test_event_only_extras_reach_the_event_model_alone(tmp_path: Path) -> None:
    # the event model learns "called for" as a request, "called X Y" as a charge; the stance
    # model is fitted on features without the intro word, so it cannot lean on it
    event = fit_linear(
        [["in:call:for"], [f"in:call:{NONE_INTRO}"]] * 3, ["REQUEST", "ACCUSE"] * 3, c=10.0
    )
    stance = fit_linear([["in:call:for"], ["cue:call"]] * 3, ["support", "oppose"] * 3, c=10.0)
    clf = StatementClassifier(event=event, stance=stance, event_extras=("intro",))
    path = tmp_path / "m.json"
    clf.save(path)
    again = StatementClassifier.load(path)
    assert again.event_extras == ("intro",) and again.extras == ()
    asking = Utterance("a new round of talks", "called", "call", False, None, "for")
    judging = Utterance("the fare rise greedy", "called", "call", False, None, NONE_INTRO)
    assert again.code(asking).event == "REQUEST"
    assert again.code(judging).event == "ACCUSE"
    # "in:call:for" is not among the stance model's features: both read as its "cue:call"-less
    # default, the same for both utterances
    assert again.code(asking).stance == again.code(judging).stance
