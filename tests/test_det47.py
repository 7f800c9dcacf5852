"""Where an indirect statement ends (det47): a verb of speech inside the reported clause
that says nothing of its own (a restrictive relative on an object noun, a to-infinitive)
does not end it; a participle that is not of speech goes on with it; a second speaker
joined by "and" with a long description still starts a statement of its own."""

from __future__ import annotations

from datetime import date

from parley.extract.participles import speech_participle
from parley.extract.pipeline import run
from parley.extract.syntax import _object_relative, parse_one

_LEAD = "BERN, May 3 (Wire) - The talks ended without a deal on Tuesday.\n\n"


def _texts(body: str) -> list[tuple[str, str]]:
    return [(s.cue, s.text) for s in run(_LEAD + body + "\n", "t", date(2024, 5, 3))]


def test_a_restrictive_relative_with_a_speech_verb_stays_inside() -> None:
    found = _texts(
        "A member of the delegation said the border wording had been among the clauses "
        "Norway asked to change, and that the new draft no longer carried it."
    )
    said = [t for c, t in found if c == "said"]
    assert said and said[0].endswith("no longer carried it")
    assert not [t for c, t in found if c == "asked"]


def test_only_a_restrictive_relative_is_a_description() -> None:
    doc = parse_one("The ministry rejected the clauses Norway asked to change.")
    assert doc is not None
    asked = [t for t in doc if t.lower_ == "asked"]
    assert asked and _object_relative(asked[0])
    doc = parse_one("The ministry blamed the growers, who it said had sold too early.")
    assert doc is not None
    said = [t for t in doc if t.lower_ == "said"]
    assert said and not _object_relative(said[0])


def test_an_infinitive_of_speech_does_not_end_the_clause() -> None:
    found = _texts(
        "One of the envoys said the memo would make it harder for the smaller states to "
        "argue that the treaty protected their fishing rights."
    )
    said = [t for c, t in found if c == "said"]
    assert said and said[0].endswith("protected their fishing rights")


def test_a_participle_not_of_speech_goes_on_with_the_clause() -> None:
    found = _texts(
        "The two parties said on Monday that they had agreed to govern together, putting "
        "the finance minister on course for a second term."
    )
    said = [t for c, t in found if c == "said"]
    assert said and said[0].endswith("second term")


def test_a_participle_of_speech_still_ends_the_clause() -> None:
    assert speech_participle(", adding ")
    assert speech_participle(", pointing ")
    assert not speech_participle(", putting ")
    assert not speech_participle(", steelmaking ")


def test_a_second_speaker_with_a_long_description() -> None:
    found = _texts(
        "Its chair, Tom Lind, has said the lawsuit and the licence review are unrelated, "
        "and a person familiar with the agency's daily work said the settlement would not "
        "change the timetable."
    )
    said = [t for c, t in found if c == "said"]
    assert "the lawsuit and the licence review are unrelated" in said
    assert "the settlement would not change the timetable" in said
