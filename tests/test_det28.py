"""Statement detection read off the twenty-eighth round's errors (det28).

The sentences are written for the tests and only share the grammar of the cases seen.
"""

from __future__ import annotations

from detection_helpers import found_cues as found


def test_a_decade_ends_its_sentence() -> None:
    # "1990s." is a number with its letter, not an initial that keeps the sentence open
    got = found(
        "The mayor told a town meeting that the harbour had not been this busy since the "
        '1970s. "We will need more cranes," she said.'
    )
    assert ("the harbour had not been this busy since the 1970s", "told") in got
    assert ("We will need more cranes,", "said") in got


def test_told_after_the_clause_told() -> None:
    # the object of "told" is whom it was told to; what was told comes before the comma
    got = found(
        "Of the growers who answered the survey, most wanted a later harvest, a spokeswoman "
        "for the cooperative told the annual assembly in Varna."
    )
    assert got == [
        (
            "Of the growers who answered the survey, most wanted a later harvest",
            "told",
        )
    ]


def test_told_with_its_clause_after_keeps_it() -> None:
    got = found("A spokeswoman told the assembly that the harvest would come late.")
    assert got == [("the harvest would come late", "told")]


def test_an_unnamed_speaker_with_a_participle_after_a_quotation() -> None:
    got = found('"Our ferries never came back," said a man waiting outside the terminal.')
    assert got == [("Our ferries never came back,", "said")]


def test_a_lead_closed_by_sources_after_an_apposition() -> None:
    # the parse coordinates "said" with the clause before it, with only a comma between
    body = (
        "Lumen and Varo have held quiet talks this month on a joint fishing board for the "
        "Sorel Banks, a shoal off the northern cape, two officials familiar with the talks "
        "said on Friday."
    )
    got = found(body)
    assert got == [
        (
            "Lumen and Varo have held quiet talks this month on a joint fishing board for the "
            "Sorel Banks, a shoal off the northern cape",
            "said",
        )
    ]


def test_a_lead_with_a_dateline_of_two_cities() -> None:
    body = (
        "VARNA/SOREL - The two port authorities have agreed to share pilot boats, a shoal "
        "off the cape being the sticking point, two officials said."
    )
    got = found(body)
    assert got and all(not text.startswith("VARNA") for text, _ in got)


def test_according_to_at_the_end_covers_the_whole_lead() -> None:
    # the parse hangs the phrase on the "since" clause; its source reports all of it
    body = (
        "The ministry has reopened contacts with the rebels in the weeks since the floods "
        "cut the northern road, but it has not moved on their main demand, according to "
        "two people familiar with the contacts."
    )
    got = found(body)
    assert [cue for _, cue in got] == ["according to"]
    assert got[0][0].startswith("The ministry has reopened contacts")
    assert got[0][0].endswith("their main demand")


def test_told_closing_a_lead_with_an_adverbial_clause() -> None:
    # the parse hangs "told" on the "as" clause; what was told starts the sentence
    body = (
        "Several shipping firms have asked lawyers to review their leases, as the new "
        "treaty raises the prospect of lower port fees, four executives told this paper."
    )
    got = found(body)
    assert got == [
        (
            "Several shipping firms have asked lawyers to review their leases, as the new "
            "treaty raises the prospect of lower port fees",
            "told",
        )
    ]


def test_the_headline_set_again_above_the_story_is_no_statement() -> None:
    from parley.extract import extract_statements

    text = (
        "Title: Varna said no to the canal. Now the barges wait\n"
        "Published: 2025-11-27T10:00:00+00:00\n\n"
        "Varna said no to the canal. Now the barges wait\n\n"
        "By Ana Lind\n\n"
        "The harbour master said the ships would stay until spring.\n"
    )
    got = [(s.text, s.cue) for s in extract_statements(text, source="t")]
    assert got == [("the ships would stay until spring", "said")]
