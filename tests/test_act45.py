"""Names read against the article's own states, and members of the European Parliament
(act45, thirty-third round).

A party the table lists for a state the text never names, in a text that names other
states, is another body of the same name ("SPD" of a Czech party is not Germany's); a
one-word place that closes a longer capitalised name is no place ("National Unity
leader X" is no officer of a South Sudanese province). A legislator
titled by a demonym in a paragraph on the European Parliament, or called an MEP, speaks
for the EU (the corpus's convention), not for the state of the demonym. Sentences
invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.bloc_legislators import european_legislator


def _actors(text: str, day: date) -> dict[str, str | None]:
    return {
        s.text: s.actor for s in extract_statements(text, published=day, opposition=Opposition.NONE)
    }


def test_a_party_acronym_of_a_state_the_text_never_names_is_not_that_state_s() -> None:
    text = (
        "PRAGUE, Nov 4 - Czech coalition talks went on in Prague on Tuesday, with the "
        "Czech president asking for the names of the ministers.\n\n"
        "SPD leader Karel Dvorak said his party would not ask for the finance ministry.\n"
    )
    found = _actors(text, date(2025, 11, 4))
    assert found["his party would not ask for the finance ministry"] != "DEU"


def test_a_party_acronym_of_the_state_the_text_names_keeps_its_state() -> None:
    text = (
        "BERLIN, Nov 4 - German coalition partners met in Berlin on Tuesday.\n\n"
        "SPD leader Karl Dietrich said his party would not ask for the finance ministry.\n"
    )
    found = _actors(text, date(2025, 11, 4))
    assert found["his party would not ask for the finance ministry"] == "DEU"


def test_a_place_word_closing_a_longer_name_is_no_office_s_place() -> None:
    text = (
        "JERUSALEM, March 27 - Israel's government paused its legal overhaul on Monday "
        "after talks in Jerusalem.\n\n"
        "National Unity leader Avi Shaked said he would join the talks at the residence.\n"
    )
    found = _actors(text, date(2023, 3, 27))
    assert found["he would join the talks at the residence"] != "SSD"


def test_a_dutch_lawmaker_in_the_european_parliament_is_the_eu_s() -> None:
    text = (
        "BRUSSELS, July 17 - The bloc signed a migration memorandum with a North African "
        "state on Sunday.\n\n"
        "Members of the European Parliament asked why the text had not been put to a vote. "
        '"This was decided behind closed doors," said Dutch lawmaker Anke de Vries.\n'
    )
    found = _actors(text, date(2023, 7, 17))
    assert found["This was decided behind closed doors,"] == "EU"


def test_an_mep_in_apposition_is_the_eu_s() -> None:
    text = (
        "BRUSSELS, March 28 - Germany won an exemption for its cars on Tuesday.\n\n"
        "Jonas Keller, a German Greens MEP, said the exemption was a gift to a few "
        "carmakers.\n"
    )
    found = _actors(text, date(2023, 3, 28))
    assert found["the exemption was a gift to a few carmakers"] == "EU"


def test_the_chamber_decides_a_lawmaker_s_side() -> None:
    mep = "Talks with the European Parliament resume today. Dutch lawmaker Anke de Vries said"
    start = mep.index("Anke")
    assert european_legislator(mep, start, start + len("Anke de Vries"))
    national = "Talks in The Hague resume today. Dutch lawmaker Anke de Vries said"
    start = national.index("Anke")
    assert not european_legislator(national, start, start + len("Anke de Vries"))
    bundestag = "The European Parliament votes today. Bundestag lawmaker Karl Dietrich said"
    start = bundestag.index("Karl")
    assert not european_legislator(bundestag, start, start + len("Karl Dietrich"))


def test_unnamed_lawmakers_in_the_european_parliament_are_the_eu_s() -> None:
    text = (
        "BRUSSELS, Nov 5 - Ministers agreed a climate target overnight, which still has "
        "to be negotiated with the European Parliament. Green lawmakers said they would "
        "fight the use of foreign credits.\n"
    )
    found = _actors(text, date(2025, 11, 5))
    assert found["they would fight the use of foreign credits"] == "EU"


def test_a_listed_surname_inside_a_hyphenated_name_is_not_the_listed_person() -> None:
    text = (
        "LONDON, June 13 - The government scrapped its removal flights on Thursday.\n\n"
        "Refugee lawyer Anna Berg-Whitaker said the ministry would have to review "
        "thousands of files.\n"
    )
    found = {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2024, 6, 13), opposition=Opposition.NONE)
    }
    speaker, actor = found["the ministry would have to review thousands of files"]
    assert speaker == "Anna Berg-Whitaker"
    assert actor != "USA"


def test_a_place_after_an_article_keeps_its_state() -> None:
    text = (
        "NEW DELHI, Sept 4 - Talks with two armed groups resumed in New Delhi.\n\n"
        "A Manipur official said the governor would meet the groups next week.\n"
    )
    found = _actors(text, date(2025, 9, 4))
    assert found["the governor would meet the groups next week"] is not None
