"""Speed without a change of output (thirty-ninth round, spd39): exact checks before five
scans, ``office_subject``'s patterns compiled once a form, and one look-up of a feature for
both of the classifier's models. Each new path is compared with the old one on invented
sentences and on random texts built to reach its edges."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from parley.actors import load_gazetteer
from parley.extract import conditional_stance, headline_side, phrases, speakers, unlisted
from parley.extract.classifier import (
    StatementClassifier,
    default_classifier,
    featurize,
    featurize_more,
    fit_linear,
)
from parley.extract.conditional_stance import conditional_assent
from parley.extract.features import NONE_INTRO, Utterance

_SENTENCES = [
    "The union would accept the offer if the pay rise were backdated.",
    "The council will sign, provided that the road stays open.",
    "If it brings jobs, I am for it, the mayor said.",
    "A delay is acceptable only if the site is visible.",
    "They would back any deal as long as the fund survives.",
    "The board would support new fines if the firm did not change course.",
    "The minister believed the drivers would accept a schedule if it were fair.",
    "The drivers rejected the offer on Monday, saying it was too small.",
    "The difference between the two specific offers is small.",
    "ONLY IF the debts are cut WILL WE SIGN.",
    "İf the plan holds, they will sign.",
    "The ıf of it: the mayor will sign.",
    "We wıll accept ıf it is fair.",
    "Talks went on late on Friday evening, and later this week, as planned.",
    "A Western diplomat in the capital said the talks would go on.",
    "A senior official from a Nordic country said it.",
]
_ALPHABET = list("aeilnoprsfgvwy .,;İıſK") + [
    " if ",
    " only if ",
    "provided",
    " as long as ",
    " would accept ",
    " will sign ",
    " I am for it ",
    " not ",
    " believed ",
    "day",
    " Friday",
    " week",
    "tonight",
    "diplomat",
    "official",
    "envoy",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(1, 30))) for _ in range(n)]


def _old_conditional_assent(text: str) -> bool:
    c = conditional_stance
    if c._ONLY_IF.search(text):
        return True
    if c._FAILED_CONDITION.search(text) or c._FORECAST.search(text):
        return False
    return bool(c._ACCEPT_THEN_IF.search(text) or c._IF_THEN_ACCEPT.search(text))


def test_conditional_assent_as_the_five_patterns_read_it() -> None:
    texts = _SENTENCES + _random_texts(4000, 39)
    assert [conditional_assent(t) for t in texts] == [_old_conditional_assent(t) for t in texts]
    assert conditional_assent(_SENTENCES[0]) and not conditional_assent(_SENTENCES[7])
    # a text without a condition's word is not scanned further
    assert conditional_stance._MAY_CONDITION.search(_SENTENCES[7]) is None


def _old_times_dropped(text: str) -> str:
    return phrases.TIME.sub(lambda t: "," if t.group().endswith(",") else "", text)


def test_times_dropped_as_the_time_expression_reads_it() -> None:
    texts = _SENTENCES + _random_texts(4000, 40)
    assert [phrases.times_dropped(t) for t in texts] == [_old_times_dropped(t) for t in texts]
    assert phrases.times_dropped(" on Friday, as planned") == ", as planned"


def test_origin_nouns_found_by_one_search_as_by_one_find_each() -> None:
    rng = random.Random(41)
    for text in _SENTENCES + _random_texts(1000, 42):
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        old = any(text.find(noun, lo, hi) >= 0 for noun in speakers._ORIGIN_NOUNS)
        assert (speakers._ANY_ORIGIN_NOUN.search(text, lo, hi) is not None) == old


def test_headline_head_read_only_where_a_title_is() -> None:
    gaz = load_gazetteer()
    titled = (
        "Title: Okafor suspends the talks\n\n"
        "Ontario Premier Adaeze Okafor said the province would not sign.\n"
    )
    untitled = "Title: Okafor suspends the talks\n\nAdaeze Okafor said the talks were over.\n"
    assert headline_side._HEAD_TITLE.search(untitled) is None
    assert not headline_side.headline_sub_state(gaz, untitled)
    assert headline_side.headline_sub_state(gaz, titled)


def test_office_subject_compiles_a_forms_patterns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    party = unlisted.Unlisted("XU", "Xandar Union", ("Xandar Union", "XU"))
    text = (
        "After the XU, the country's largest union federation, said it would strike, "
        "a quiet man from the XU, said nothing. A senior XU negotiator said the offer failed."
    )
    cues = [m.start() for m in re.finditer(r"said", text)]
    first = [unlisted.office_subject(text, c, [party]) for c in cues]
    compiled: list[str] = []
    real = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(unlisted.re, "compile", counted)
    assert [unlisted.office_subject(text, c, [party]) for c in cues] == first
    assert first == [None, "XU", "XU"]  # (a capital "After" opens no clause)
    assert compiled == []  # the second reading of the same forms compiles nothing


def _old_code(clf: StatementClassifier, u: Utterance) -> tuple[np.ndarray, np.ndarray]:
    feats = featurize(u, clf.extras)
    event = clf.event.scores(featurize_more(u, feats, clf.event_extras))
    stance = clf.stance.scores(featurize_more(u, feats, clf.stance_extras))
    return event, stance


def _new_scores(clf: StatementClassifier, u: Utterance) -> tuple[np.ndarray, np.ndarray]:
    event_rows, stance_rows = clf._rows(u, featurize(u, clf.extras))
    return clf.event.scores_at(event_rows), clf.stance.scores_at(stance_rows)


def test_one_look_up_for_both_models_gives_the_same_scores() -> None:
    shipped = default_classifier()
    assert shipped is not None
    event = fit_linear(
        [["in:call:for"], [f"in:call:{NONE_INTRO}"], ["w:strike"]] * 3,
        ["REQUEST", "ACCUSE", "THREATEN"] * 3,
        c=10.0,
    )
    stance = fit_linear([["in:call:for"], ["cue:call"]] * 3, ["support", "oppose"] * 3, c=10.0)
    toy = StatementClassifier(event=event, stance=stance, stance_extras=("intro",))
    utterances = [Utterance(t, "said", "say", False) for t in _SENTENCES] + [
        Utterance("a new round of talks", "called", "call", False, None, "for"),
        Utterance("the fare rise greedy", "called", "call", False, None, NONE_INTRO),
        Utterance("we will strike", "said", "say", True),
    ]
    for clf in (shipped, toy):
        for u in utterances:
            old, new = _old_code(clf, u), _new_scores(clf, u)
            assert [a.tobytes() for a in old] == [b.tobytes() for b in new]
