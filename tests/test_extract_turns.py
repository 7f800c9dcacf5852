"""Transcript turns: a labelled answer is one direct statement of the labelled speaker."""

# ruff: noqa: E501  (article texts keep their long paragraph lines)

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.segment import paragraphs
from parley.extract.turns import TurnRole, interview_turns, transcript_turns

INTERVIEW = """Title: An envoy on the talks - transcript
Published: 2025-08-22

Massad Boulos, the US senior adviser for Africa, spoke to us on Thursday about the talks between Congo and the M23 rebels.

HOST: The M23 says it will not hand back Goma. How do you bridge that?

BOULOS: President Kagame told me personally that Rwanda is ready to lift its measures. We will hold everyone to the timetable.

HOST: When will they sign?

BOULOS: Soon. Deadlines in these processes are targets.
"""

BRIEFING = """Title: Ministry briefing - transcript
Published: 2025-08-18

Below is a transcript of Monday's briefing by a deputy spokesperson of South Korea's Unification Ministry.

Q: How does the ministry read the statement?

SPOKESPERSON: We have taken note of it. Our policy does not depend on one statement.
"""


def _turns(text: str) -> dict[int, object]:
    return transcript_turns(text, paragraphs(text))


def test_labels_roles_and_spans() -> None:
    turns = list(_turns(INTERVIEW).values())
    assert [t.label for t in turns] == ["HOST", "BOULOS", "HOST", "BOULOS"]
    assert [t.role for t in turns] == [TurnRole.ASKS, TurnRole.ANSWERS] * 2
    words = INTERVIEW[turns[3].start : turns[3].end]
    assert words == "Soon. Deadlines in these processes are targets."


def test_one_label_is_not_a_transcript() -> None:
    text = "Title: x\n\nNOTE: this story was updated.\n\nPutin said the plan could work.\n"
    assert _turns(text) == {}


def test_headings_are_not_speakers() -> None:
    text = "UPDATE: new figures.\n\nEDITOR'S NOTE: corrected.\n\nWATCH: the video.\n"
    assert _turns(text) == {}


def test_answer_turn_is_one_statement_with_hearsay() -> None:
    out = extract_statements(INTERVIEW)
    answers = [s for s in out if s.cue == "said" and s.direct]
    assert [s.text[:20] for s in answers] == ["President Kagame tol", "Soon. Deadlines in t"]
    assert all(s.speaker == "Massad Boulos" and s.actor == "USA" for s in answers)
    # Kagame's words come second-hand: the envoy's claim about Rwanda, not Kagame speaking
    assert answers[0].about == "RWA"
    assert not any(s.speaker == "Paul Kagame" for s in out)


def test_question_turn_gives_no_statement() -> None:
    out = extract_statements(INTERVIEW)
    assert not any("hand back Goma" in s.text for s in out)


def test_office_label_takes_the_introduced_side() -> None:
    (s,) = extract_statements(BRIEFING)
    assert s.text.startswith("We have taken note")
    assert s.actor == "KOR" and s.direct


def test_datelines_and_digest_sections_are_not_speakers() -> None:
    from parley.actors import load_gazetteer

    text = "BAKU: Aliyev said the text was ready.\n\nYEREVAN: Pashinyan said it was not.\n"
    assert transcript_turns(text, paragraphs(text), load_gazetteer().surfaces) == {}
    out = extract_statements("Title: x\nPublished: 2025-08-08\n\n" + text)
    assert {s.speaker for s in out} == {"Ilham Aliyev", "Nikol Pashinyan"}


def test_label_the_introduction_does_not_name_is_looked_up() -> None:
    text = (
        "Title: Briefing\nPublished: 2025-11-24\n\n"
        "Below is an edited transcript of remarks to reporters in Geneva on Sunday.\n\n"
        "Q: Is there a deal?\n\n"
        "SECRETARY RUBIO: We have made enormous progress.\n\n"
        "Q: And Russia?\n\n"
        "SECRETARY RUBIO: The Russians get a vote here.\n"
    )
    out = extract_statements(text)
    assert [(s.speaker, s.actor) for s in out] == [("Marco Rubio", "USA")] * 2


def test_a_heading_label_is_no_turn() -> None:
    text = "THE CLAIM: The bridge was destroyed.\n\nOUR VERDICT: Misleading, for three reasons.\n"
    assert _turns(text) == {}
    text = "THE PRESIDENT: We will not sign.\n\nQ: Why not?\n\nTHE PRESIDENT: It is a bad deal.\n"
    assert len(_turns(text)) == 3


INTRO = (
    "Title: t\n\nROME - Marta Bellini, Italy's labour minister, spoke to the Courier on "
    "Tuesday. The interview has been edited for length.\n\n"
)


def test_an_interview_with_q_and_a_labels_gives_the_answers_to_the_interviewee() -> None:
    text = INTRO + (
        "Q: Will the strike end this week?\n\n"
        "A: We are ready to meet the unions tomorrow, without conditions.\n\n"
        "Q: And the pension clause?\n\n"
        "A: That clause is not negotiable.\n"
    )
    got = extract_statements(text)
    assert [(s.speaker, s.direct) for s in got] == [("Marta Bellini", True)] * 2


def test_an_interview_with_labels_as_names_are_written() -> None:
    text = INTRO + (
        "Courier: Will the strike end this week?\n\n"
        "Bellini: We are ready to meet the unions tomorrow, without conditions.\n\n"
        "Courier: And the pension clause?\n\n"
        "Bellini: That clause is not negotiable.\n"
    )
    got = extract_statements(text)
    assert [s.speaker for s in got] == ["Marta Bellini"] * 2
    # a section heading written the same way is no turn: the text never named it
    assert _turns("Background: The talks began in May.\n\nBackground: They stalled.\n") == {}


UNLABELLED = """Title: A harbour pilot on the port dispute
Published: 2025-10-02

Harbour pilots in Aldmouth have refused overtime since Monday. Transport Minister Olav Brenner said the port authority would review the pilots' rosters. We spoke to Ines Varga, who chairs the pilots' association, about the dispute. The conversation has been edited for length.

Why refuse overtime now?

We asked for a roster review in March and heard nothing. Our pilots are tired, and tired pilots make mistakes.

The minister says a review is coming. Is that enough?

A review is a promise. We have had promises before.

What would end the dispute?

A signed roster with rest days in it. I would put that to our members tomorrow.

The port authority said in a statement that it was "ready to talk at any time".
"""


def test_an_interview_without_labels_gives_each_answer_to_the_interviewee() -> None:
    got = extract_statements(UNLABELLED)
    answers = [s for s in got if s.direct and s.speaker == "Ines Varga"]
    assert [s.text for s in answers] == [
        "We asked for a roster review in March and heard nothing. Our pilots are tired, and tired pilots make mistakes.",
        "A review is a promise. We have had promises before.",
        "A signed roster with rest days in it. I would put that to our members tomorrow.",
    ]
    # the questions state nothing; the story after the last answer is read as a story
    assert not any(s.text.startswith("a review is coming") for s in got)
    assert any(s.text == 'it was "ready to talk at any time"' for s in got)


def test_question_headings_without_an_interview_are_no_turns() -> None:
    # no introduction saying it is an interview: an explainer's headings
    explainer = UNLABELLED.replace(" The conversation has been edited for length.", "").replace(
        "We spoke to", "This explainer quotes"
    )
    assert interview_turns(explainer, paragraphs(explainer), []) == {}
    assert not any(s.speaker == "Ines Varga" and s.direct for s in extract_statements(explainer))
    # an introduction, but the paragraphs after the questions are the writer's narration
    narrated = (
        "Title: t\n\nWe spoke to Ines Varga about the dispute. The interview has been edited.\n\n"
        "What happened in March?\n\nThe pilots asked for a roster review.\n\n"
        "Why now?\n\nThe port authority has not answered them.\n\n"
        "What next?\n\nThe minister will meet both sides on Friday.\n"
    )
    assert not any(s.direct for s in extract_statements(narrated))


def test_a_label_in_capitals_with_accents_is_a_turn() -> None:
    text = """Title: Envoys after the meeting - transcript
Published: 2025-07-17

UN Secretary-General António Guterres and his envoy, María Ángela Holguín, spoke to reporters after the talks.

GUTERRES: We had two days of frank discussions. We are not there yet.

Q: When is the next meeting?

HOLGUÍN: I will travel to the island next month. Both leaders have told me they are willing to keep working.
"""
    got = extract_statements(text)
    last = got[-1]
    assert last.speaker == "María Ángela Holguín"
    assert last.direct and last.text.startswith("I will travel")


def test_a_label_of_a_title_and_a_full_name_not_introduced() -> None:
    text = """Title: Morning briefing - transcript
Published: 2025-04-11

The following is an excerpt of President Claudia Sheinbaum's morning news conference on Friday.

Q: Will Mexico deliver the water?

SHEINBAUM: We have already sent a proposal for immediate deliveries.

Q: Secretary, how much water can be sent?

ENERGY SECRETARY RAÚL OSORIO: We are reviewing it dam by dam, and that is the core of our offer.
"""
    last = extract_statements(text)[-1]
    assert last.text.startswith("We are reviewing")
    assert last.speaker in ("Raúl Osorio", "Raul Osorio") and last.actor == "MEX"


BRACKETED = """Title: Agencies on the river accord - transcript
Published: 2025-08-18

Officials of two agencies answered questions in Geneva on Friday.

Q (Radio Suisse): The accord says the dams will be inspected. Who will do it?

MARTA OLSEN (UNICEF): Children downstream need clean water first. We are ready to help with testing.

Q (Daily Courier): The governments say inspections will start in June. Is that realistic?

JONAS WEBER (ICRC): We have not been asked yet. If both sides ask, we will go.
"""


def test_labels_with_a_bracketed_body_or_outlet() -> None:
    turns = _turns(BRACKETED)
    roles = [(t.label, t.affiliation, t.role) for t in turns.values()]
    assert roles == [
        ("Q", "Radio Suisse", TurnRole.ASKS),
        ("MARTA OLSEN", "UNICEF", TurnRole.ANSWERS),
        ("Q", "Daily Courier", TurnRole.ASKS),
        ("JONAS WEBER", "ICRC", TurnRole.ANSWERS),
    ]
    found = extract_statements(BRACKETED, source="t")
    # the questions' paraphrases are nobody's statements; each answer is its speaker's,
    # of the body in brackets
    assert [(s.speaker, s.actor, s.direct) for s in found] == [
        ("Marta Olsen", "UN", True),
        ("Jonas Weber", "ICRC", True),
    ]


def test_an_interview_introduction_found_as_with_case_ignored() -> None:
    import random

    from parley.extract.turns import _INTERVIEW_INTRO, _interview_intro

    pieces = ["We", "I", "spoke", "TALKED", "to", "With", "us", "ME", "the", "Interview", "has"]
    pieces += ["been", "LIGHTLY", "edited", "for", "clarity", "Exchange", "was", "translated"]
    pieces += ["and", "condensed", "\u0130", "\u017fpoke", "“", "é", "\n", ".", "conversation"]
    rng = random.Random(13)
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        m = _INTERVIEW_INTRO.expression.search(text, pos, end)
        assert _interview_intro(text, pos, end) == (None if m is None else m.span())
