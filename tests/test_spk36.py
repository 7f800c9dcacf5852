"""Speakers (spk36, thirty-fourth round).

A given name that is also a month's abbreviation ("Jan") or a pronoun ("He") opens a
name after a title the gazetteer knows, as it does at the start of a run; a verb of
saying that the parse joins to the first verb of a reported clause whose subject is a
thing ("his country denied it and accused ...") is the reporter's own second verb; an
adverb of time between an apposition's relative pronoun and its verb ("X, a former
adviser who now writes a column") keeps the relative clause on the named person; a
clause coordinated after a comma with a capitalised subject and a past verb of its own
("..., and President X, also in Rome, compared ...") is a sentence a later "he" may
refer to; the dateline that opens a sentence ("CITY, Country, June 22 - ") is
no subject of the participle that follows its verb ("..., saying ..."); the party after a
name ("X of the Y party, the deputy head of ..., said") qualifies it as a home place does.
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionKind, mention_finder


def _speakers(text: str) -> dict[str, str | None]:
    found = extract_statements(text, published=date(2025, 3, 4), opposition=Opposition.NONE)
    return {s.text: s.speaker for s in found}


def test_jan_after_a_title_opens_a_name() -> None:
    found = mention_finder().mentions("Pensions Minister Jan Kowalczyk spoke on Friday.")
    assert any(m.kind is MentionKind.NAME and m.text == "Jan Kowalczyk" for m in found)


def test_jan_before_a_day_stays_a_month() -> None:
    found = mention_finder().mentions("Talks resume in Geneva on Jan 5 after a break.")
    assert not any(m.text.startswith("Jan") for m in found)


def test_a_titled_jan_speaks() -> None:
    text = (
        "WARSAW, March 4 - Farmers blocked roads again on Tuesday.\n\n"
        "Agriculture Minister Jan Kowalczyk accused the protesters of blocking "
        '"every road to a deal" with the ministry.\n'
    )
    found = _speakers(text)
    assert found['the protesters of blocking "every road to a deal" with the ministry'] == (
        "Jan Kowalczyk"
    )


def test_a_second_verb_of_saying_after_a_things_clause_is_the_reporters() -> None:
    text = (
        "MINSK, March 4 - Border talks stalled on Tuesday.\n\n"
        "Defence Minister Pavel Drozdov said his country threatened nobody and accused "
        "the neighbours of moving troops to the border.\n"
    )
    found = _speakers(text)
    assert found["the neighbours of moving troops to the border"] == "Pavel Drozdov"


def test_a_second_verb_after_a_persons_clause_is_left_to_the_parse() -> None:
    from parley.extract import syntax

    nlp = syntax.parser()
    assert nlp is not None
    doc = nlp("Drozdov said Markov had resigned and accused the cabinet of lying.")
    found = syntax.reports([doc], [0])
    subjects = {r.cue: doc.text[r.subject_start : r.subject_end] for r in found}
    assert subjects.get("accused") != "Drozdov"


def test_an_apposed_relative_with_a_time_adverb_keeps_the_named_person() -> None:
    text = (
        "LISBON, March 4 - Nurses and the ministry signed a pay deal on Tuesday.\n\n"
        "That is the fear of Rui Tavares Mendes, a former ministry adviser who now writes a "
        "column for a weekly. He warned that other professions would now bring their own "
        "claims.\n"
    )
    found = _speakers(text)
    assert found["other professions would now bring their own claims"] == "Rui Tavares Mendes"


def test_he_after_a_coordinated_clause_is_its_named_subject() -> None:
    text = (
        "ROME, March 4 - The summit ended without a statement on Tuesday.\n\n"
        "President Karl Brenner said the talks had failed.\n\n"
        "Italy's foreign ministry summoned the envoy, Luca Ferri, the same evening, and "
        "President Marco Bellini, also in Rome, compared the talks to a leaking boat. "
        '"A leaking boat sinks everyone on it," he told reporters.\n'
    )
    found = _speakers(text)
    assert found["A leaking boat sinks everyone on it,"] == "Marco Bellini"


def test_a_participle_after_a_dateline_with_a_country_is_the_subjects() -> None:
    text = (
        "Rally row\n\n"
        "CALI, Colombia, June 22 - President Ana Restrepo on Sunday defended her decision "
        'to invite the leaders, saying the men were "part of a peace process".\n'
    )
    found = _speakers(text)
    assert found['the men were "part of a peace process"'] == "Ana Restrepo"


def test_a_party_after_the_name_then_an_apposition_keeps_the_name() -> None:
    text = (
        "KYIV, March 4 - Parliament passed the budget on Tuesday.\n\n"
        "Ivan Sirenko of the Voice party, the deputy head of the budget committee, said the "
        "budget rested on loans that partners might withdraw.\n"
    )
    found = _speakers(text)
    assert found["the budget rested on loans that partners might withdraw"] == "Ivan Sirenko"
