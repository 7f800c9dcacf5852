"""Speakers of no side that parley gave a state (priv33, thirty-second round): a known
person's single-word name that opens another person's name with a hyphenated double surname
("Halina Nowak-Brandt" is not Chad's prime minister Allamaye Halina); practitioners of a
science ("a Polish archaeologist"); the office holder of an unnamed private business ("the
head of a small family firm"), who otherwise got the side the article quotes most.
Invented sentences, one construction each."""

from __future__ import annotations

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.mentions import MentionFinder, MentionKind
from parley.extract.options import Opposition


def _all(body: str) -> list[tuple[str | None, str | None]]:
    text = "Title: t\nPublished: 2025-03-01T10:00:00+00:00\n\n" + body + "\n"
    return [(s.speaker, s.actor) for s in extract_statements(text, opposition=Opposition.NONE)]


def test_known_surname_before_a_hyphenated_surname_is_somebody_else() -> None:
    finder = MentionFinder(load_gazetteer())
    text = "Halina Nowak-Brandt, a retired teacher, said she doubted the promise."
    people = [m for m in finder.mentions(text) if m.kind is MentionKind.PERSON]
    assert people == []
    rows = _all(text)
    assert rows and all(actor is None for _, actor in rows)
    assert all(speaker != "Allamaye Halina" for speaker, _ in rows)


def test_the_listed_person_keeps_the_side() -> None:
    rows = _all("Prime Minister Allamaye Halina said the talks would resume in May.")
    assert rows == [("Allamaye Halina", "TCD")]


def test_a_practitioner_of_a_science_speaks_for_no_side() -> None:
    rows = _all(
        "Poland and Ukraine agreed to resume the search in May.\n\n"
        "Jan Kowalczyk, a Polish archaeologist on the team, said the remains were old."
    )
    assert rows == [("Jan Kowalczyk", None)]


def test_the_head_of_an_unnamed_business_speaks_for_no_side() -> None:
    rows = _all(
        "German Chancellor Friedrich Merz said Europe would not pay for a plan it had not "
        "seen. Merz said Berlin would consult its partners first.\n\n"
        "The head of a small family firm in Dresden, who asked not to be named, said any "
        'ceasefire would be better than none. "We can live with the details," he said.'
    )
    assert rows[:2] == [("Friedrich Merz", "DEU"), ("Friedrich Merz", "DEU")]
    assert rows[2:] == [(None, None), (None, None)]
