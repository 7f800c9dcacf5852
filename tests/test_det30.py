"""Statement detection (det30, thirtieth round): refusing requests made in words ("rejected
calls for ..."), glued initials of a name in apposition after a comma, a reporting clause set
off between a clause of its own and the writer's ", but ..." (what was said is before it), a list
the parse broke at a present-tense word after a past verb's object, and names with letters
that have no accent to take off (ø, æ) spelled as the text writes them; talking or speaking
about a topic is no statement. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.segment import Span, sentences


def _texts(text: str) -> dict[str, str]:
    return {
        s.text: s.cue
        for s in extract_statements(text, published=date(2025, 11, 20), opposition=Opposition.NONE)
    }


def test_rejecting_calls_is_a_statement() -> None:
    found = _texts("Governor Mara Quinlan rejected calls for a snap vote on the new charter.")
    assert found.get("calls for a snap vote on the new charter") == "rejected"


def test_rejecting_an_offer_is_still_an_act_not_a_statement() -> None:
    found = _texts("Governor Mara Quinlan rejected the offer of a new charter.")
    assert not any(cue == "rejected" for cue in found.values())


def test_glued_initials_before_a_surname_and_comma_do_not_end_a_sentence() -> None:
    text = "Two aides said the mediator, R.J. Tallow, had called the rebels on Monday."
    spans = sentences(text, Span(0, len(text)), [])
    assert len(spans) == 1


def test_glued_initials_of_a_place_still_end_a_sentence() -> None:
    text = "The union met in Washington, D.C. The talks went on."
    spans = sentences(text, Span(0, len(text)), [])
    assert len(spans) == 2


def test_set_off_reporting_clause_then_but_takes_the_clause_before() -> None:
    found = _texts(
        "The port authority will ask the shippers to cover the dredging bill, three people"
        " close to the talks said, but the two camps are still far apart on the sums."
    )
    assert "The port authority will ask the shippers to cover the dredging bill" in found
    assert not any(t.startswith("but the two camps") for t in found)


def test_set_off_reporting_clause_then_as_takes_the_clause_before() -> None:
    found = _texts(
        "The ministry has asked the miners' leaders to come to the capital next week, two"
        " officials said on Tuesday, as the strike entered its third month."
    )
    assert "The ministry has asked the miners' leaders to come to the capital next week" in found


def test_past_said_in_a_relative_clause_stays_a_statement() -> None:
    found = _texts(
        "Mayor Ilse Varga signed a pact with the dockers, which the mayor's office said would"
        " end the dispute within weeks."
    )
    assert any("end the dispute within weeks" in t for t in found)


def test_a_list_the_parse_breaks_stays_whole() -> None:
    text = "The minister rejected calls for division, hate speech and attempts to sow fear."
    assert "calls for division, hate speech and attempts to sow fear" in _texts(text)


def test_a_name_with_a_letter_of_its_own_is_spelled_as_written() -> None:
    found = {
        s.speaker
        for s in extract_statements(
            "OSLO - Prime Minister Jonas Gahr Støre said on Friday the state would act.",
            published=date(2025, 11, 20),
            opposition=Opposition.NONE,
        )
    }
    assert found == {"Jonas Gahr Støre"}


def test_talking_about_a_topic_is_no_statement() -> None:
    found = _texts(
        "Talks resumed in Geneva. The envoy spoke to reporters about what both capitals want."
    )
    assert not any(t.startswith("what both capitals want") for t in found)
    assert not _texts("The cabinet talks about growth; the unions talk about wages.")
