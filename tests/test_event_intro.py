"""The word that introduces reported words after their cue, as a classifier feature."""

from __future__ import annotations

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
