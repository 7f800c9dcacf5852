"""Speed without a change of output (thirty-second round, spd33): a body's or a name's
form is looked for as a substring before a pattern holding it is compiled and run. The
readings below must stay what the patterns give. Sentences, people and bodies invented."""

from __future__ import annotations

import random
import re

from parley.actors import load_gazetteer
from parley.extract.speaker_forms import _NAME_GOES_ON, _NAME_GOES_ON_BEFORE, _whole
from parley.extract.unlisted import (
    Unlisted,
    _introduced_with,
    listed_parties,
    member_of,
    office_subject,
)

_XU = Unlisted("XU", "Xylo Union", ("Xylo Union", "XU"))
_QW = Unlisted("QW", "Quill Workers", ("Quill Workers",))


def _reference_whole(form: str, text: str) -> list[int]:
    """The scan ``_whole`` replaced: a search of the escaped form."""
    ends = []
    for m in re.finditer(re.escape(form), text):
        a, b = m.start(), m.end()
        if a and _NAME_GOES_ON_BEFORE.match(text[a - 1]):
            continue
        if _NAME_GOES_ON.match(text, b):
            continue
        ends.append(b)
    return ends


def test_whole_names_match_the_pattern_search_on_random_texts() -> None:
    rng = random.Random(33)
    pieces = ["Ana", "Ana Bel", " ", "-", "'s", "’", "x", ".", "AnaAna", "\n", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        form = rng.choice(["Ana", "Ana Bel", "AnaAna", "a A", "Bel"])
        assert _whole(form, text) == _reference_whole(form, text)


def test_whole_names_skip_longer_words_and_hyphens() -> None:
    text = "Lia Tor said so; Lia Torres did not, nor did Lia Tor-Ek."
    assert _whole("Lia Tor", text) == [7]


def _cue(text: str) -> int:
    return text.index(" said") + 1


def test_a_body_named_right_before_the_verb_is_the_subject() -> None:
    text = "Talks stalled after the Xylo Union, the largest federation, said no."
    assert office_subject(text, _cue(text), [_QW, _XU]) == "XU"


def test_an_apposition_placing_the_subject_in_the_body() -> None:
    text = "Her steward, a calm man from the Quill Workers, said the offer was poor."
    assert office_subject(text, _cue(text), [_XU, _QW]) == "QW"


def test_a_bodys_office_opening_the_clause() -> None:
    text = "A senior XU negotiator said the vote would go ahead."
    assert office_subject(text, _cue(text), [_QW, _XU]) == "XU"


def test_a_body_named_only_far_before_the_verb_is_not_the_subject() -> None:
    text = "The Xylo Union met on Monday. " + "Nothing was settled that day. " * 8
    text += "A spokesman said talks would resume."
    assert office_subject(text, _cue(text), [_XU]) is None


def test_a_person_of_a_listed_body_and_one_introduced_with_it() -> None:
    text = "Mira Dent of the Quill Workers, said the strike would go on."
    assert member_of(text, "Mira Dent", len(text), [_XU, _QW]) == "QW"
    text = "The Xylo Union's chief negotiator, Pol Ardo, said the offer fell short."
    start = text.index("Pol Ardo")
    forms = [("Xylo Union", "XU"), ("XU", "XU")]
    assert _introduced_with(text, start, start + len("Pol Ardo"), forms) == "XU"
    assert _introduced_with(text, start, start + len("Pol Ardo"), [("Quill", "QW")]) is None


def test_a_listed_body_called_by_its_head_noun_in_either_case() -> None:
    gaz = load_gazetteer()
    opening = "Bin crews in Birmingham stopped work on Friday over pay grades.\n\n"
    for noun in ("council", "Council"):
        text = opening + f"A steward said the {noun} had walked away from the table."
        assert [p.code for p in listed_parties(text, gaz)] == ["BHAMCC"], noun
    assert listed_parties(opening + "A steward said the talks had failed.", gaz) == []
