"""The whole extraction run: clutter never yields statements, offsets always hold,
the result is deterministic.

All snippets are invented for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.extract import Statement, extract_statements
from parley.extract.dates import article_date, parse_date
from parley.extract.model import EVENT_TYPES, STANCES
from parley.extract.pipeline import ascii_name, spelled_as_written, written_spellings
from parley.extract.segment import header_end

HEADLINE = "Kremlin signals readiness for new round of talks"
CAPTION = "Peskov said the talks were useful, in a photo taken in Moscow on Friday. (AFP Photo)"
MENU = "Home | World | Europe"
MORE = "More From World"
RELATED = "Zelensky says Ukraine will not trade land for promises"

ARTICLE = f"""Title: {HEADLINE}
Outlet: Example Wire
Published: 2025-11-28

{HEADLINE}
{CAPTION}
{MENU}
MOSCOW, Nov 28 - Kremlin spokesman Dmitry Peskov said on Friday that Moscow was ready to hold \
another round of talks with the American delegation.
"We have received the revised text," Peskov told reporters. "It will be studied carefully."
Ukrainian Foreign Minister Andrii Sybiha said Kyiv would not sign any document dictated by \
Moscow, adding that Ukraine's borders were not for sale.
The next meeting could take place in Abu Dhabi, according to the Kremlin.
{MORE}
{RELATED}
"""

CLUTTER_LINES = [HEADLINE, CAPTION, MENU, MORE, RELATED]


def _clutter_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for line in CLUTTER_LINES:
        pos = text.find(line, header_end(text))
        while pos >= 0:
            spans.append((pos, pos + len(line)))
            pos = text.find(line, pos + 1)
    return spans


@pytest.fixture(scope="module")
def article_statements() -> list[Statement]:
    return extract_statements(ARTICLE, source="example-wire")


def test_article_statements_are_the_expected_ones(article_statements):
    got = [(s.speaker, s.actor, s.cue, s.direct) for s in article_statements]
    assert got == [
        ("Dmitry Peskov", "RUS", "said", False),
        ("Dmitry Peskov", "RUS", "told", True),
        ("Dmitry Peskov", "RUS", "told", True),
        ("Andrii Sybiha", "UKR", "said", False),
        ("Andrii Sybiha", "UKR", "adding", False),
        (None, "RUS", "according to", False),
    ]


def test_article_statement_texts(article_statements):
    texts = [s.text.rstrip(",.") for s in article_statements]
    assert texts == [
        "Moscow was ready to hold another round of talks with the American delegation",
        "We have received the revised text",
        "It will be studied carefully",
        "Kyiv would not sign any document dictated by Moscow",
        "Ukraine's borders were not for sale",
        "The next meeting could take place in Abu Dhabi",
    ]


def test_every_statement_text_is_its_source_span(article_statements):
    for s in article_statements:
        assert ARTICLE[s.start : s.end] == s.text
        assert 0 <= s.start < s.end <= len(ARTICLE)


def test_statements_are_in_text_order_and_do_not_overlap(article_statements):
    for a, b in zip(article_statements, article_statements[1:], strict=False):
        assert a.end <= b.start


def test_no_statement_from_header_headline_caption_or_menu(article_statements):
    body = header_end(ARTICLE)
    clutter = _clutter_spans(ARTICLE)
    for s in article_statements:
        assert s.start >= body
        assert not any(a <= s.start < b for a, b in clutter), s


def test_source_is_carried_on_every_statement(article_statements):
    assert {s.source for s in article_statements} == {"example-wire"}


def test_field_values_follow_the_spec(article_statements):
    for s in article_statements:
        assert s.event is None or s.event in EVENT_TYPES
        assert s.stance is None or s.stance in STANCES
        assert isinstance(s.targets, list)
        assert s.actor not in s.targets
        assert s.about is None or s.about != s.actor
        assert s.cue and s.cue in ARTICLE


def test_extraction_is_deterministic():
    first = [s.to_dict() for s in extract_statements(ARTICLE, source="x")]
    second = [s.to_dict() for s in extract_statements(ARTICLE, source="x")]
    assert first == second


def test_statement_round_trips_through_dict(article_statements):
    for s in article_statements:
        assert Statement.from_dict(s.to_dict()) == s


def test_caption_alone_yields_nothing():
    assert extract_statements(CAPTION + "\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Putin says Russia is ready to negotiate\n",
        "Zelensky says Ukraine will not trade land for promises\n",
        "Reuters\nPeskov said the talks were useful. Getty Images\n",
        "Read more: Lavrov says the Europeans are spoiling the talks\n",
    ],
)
def test_headlines_and_link_lists_yield_nothing(text):
    assert extract_statements(text) == []


@pytest.mark.parametrize(
    "headline",
    [
        'Zelensky says Ukraine "will not be rushed"',
        'Kremlin says US plan could be "a basis"',
    ],
)
def test_headline_ending_in_a_quoted_phrase_yields_nothing(headline):
    text = f"{headline}\nSybiha said on Monday that Kyiv wanted a just peace.\n"
    got = extract_statements(text)
    assert [s.text for s in got] == ["Kyiv wanted a just peace"]


def test_pasted_page_with_headlines_keeps_its_body_statements():
    text = (
        "Kremlin signals readiness for new round of talks\n"
        "Envoys expected in Moscow as diplomacy picks up pace\n"
        "Peskov said that Moscow was ready to continue the talks.\n"
        "Lavrov said Russia would answer the Europeans soon.\n"
        "Sybiha said Kyiv would not be rushed into a bad deal.\n"
        "Most read\n"
    )
    got = extract_statements(text)
    assert [s.speaker for s in got] == ["Dmitry Peskov", "Sergei Lavrov", "Andrii Sybiha"]


def test_hard_wrapped_article_keeps_offsets_across_line_breaks():
    text = (
        "Russian President Vladimir Putin said on Friday that Moscow was ready\n"
        "to discuss the revised proposal in detail with the American envoys who\n"
        "are expected to arrive in the Russian capital early next week.\n"
        "\n"
        "Ukrainian officials said they had not yet received the final text of\n"
        "the document and that they would study it together with their partners\n"
        "in Europe before giving any answer to the American side.\n"
    )
    got = extract_statements(text)
    # "said [they had not yet received ...] and that [they would study it ...]": one cue,
    # one statement
    assert [(s.speaker, s.actor) for s in got] == [("Vladimir Putin", "RUS"), (None, "UKR")]
    assert got[1].text.endswith("before giving any answer to the American side")
    for s in got:
        assert text[s.start : s.end] == s.text
    assert "\n" in got[0].text
    assert got[0].text.startswith("Moscow was ready")
    assert got[0].text.endswith("early next week")


def test_empty_and_clutter_only_texts_yield_nothing():
    assert extract_statements("") == []
    assert extract_statements("Title: Nothing\n\n") == []
    assert extract_statements(f"{MENU}\n{MORE}\n") == []


def test_heading_breaks_a_running_quotation():
    text = (
        '"We are ready to work on the draft," Peskov told reporters.\n'
        "Other news\n"
        '"This is a separate quotation with nobody named."\n'
    )
    got = extract_statements(text)
    assert len(got) == 1
    assert got[0].text.startswith("We are ready")


def test_published_datetime_is_accepted():
    text = "The German chancellor said Europe had to be part of any settlement."
    (s,) = extract_statements(text, published=datetime(2025, 3, 1, 12, 30))
    assert s.speaker == "Olaf Scholz"


# -- dates ----------------------------------------------------------------------------------


def test_article_date_prefers_the_argument_then_header_then_text():
    text = "Published: 2025-03-01\n\nOn Nov 28, 2025 the talks resumed.\n"
    body = header_end(text)
    assert article_date(text, body, date(2024, 1, 2)) == date(2024, 1, 2)
    assert article_date(text, body, datetime(2024, 1, 2, 9)) == date(2024, 1, 2)
    assert article_date(text, body, None) == date(2025, 3, 1)
    plain = "On Nov 28, 2025 the talks resumed.\n"
    assert article_date(plain, 0, None) == date(2025, 11, 28)
    assert article_date("No date at all here.", 0, None) is None


@pytest.mark.parametrize(
    "value, day",
    [
        ("2025-11-28", date(2025, 11, 28)),
        ("2025-11-28T10:15:00+03:00", date(2025, 11, 28)),
        ("28 November 2025", date(2025, 11, 28)),
        ("Nov. 28, 2025", date(2025, 11, 28)),
        ("not a date", None),
    ],
)
def test_parse_date(value, day):
    assert parse_date(value) == day


def test_ascii_name():
    assert ascii_name("Recep Tayyip Erdoğan") == "Recep Tayyip Erdogan"
    assert ascii_name("Jean-Noël Barrot") == "Jean-Noel Barrot"
    assert ascii_name("Vladimir Putin") == "Vladimir Putin"
    assert ascii_name(None) is None


def test_speaker_spelled_as_the_article_spells_it():
    accented = written_spellings("President Recep Tayyip Erdoğan met Irene Vélez in Ankara.")
    assert spelled_as_written("Recep Tayyip Erdogan", accented) == "Recep Tayyip Erdoğan"
    assert spelled_as_written("Irene Vélez", accented) == "Irene Vélez"
    plain = written_spellings("President Recep Tayyip Erdogan met Irene Velez in Ankara.")
    assert spelled_as_written("Irene Vélez", plain) == "Irene Velez"
    assert spelled_as_written(None, plain) is None
    found = extract_statements("Prime Minister Viktor Orbán said the EU was wrong.")
    assert [s.speaker for s in found] == ["Viktor Orbán"]


# -- properties over shuffled invented paragraphs ------------------------------------------

BODY = [
    "Peskov said that Moscow was ready to continue the talks.",
    '"We have received the text," Lavrov said. "We will answer soon."',
    "Zelensky accused Moscow of dragging out the talks to buy time.",
    "Talks will resume next week, according to the Kremlin.",
    "A senior European diplomat said the draft was far too close to Moscow's demands.",
    "Merz said Europe must have a seat at the table, adding that Berlin would wait.",
    "She said the EU would not accept a bad deal.",
    "Putin met Witkoff in the Kremlin for five hours on Tuesday.",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(BODY + CLUTTER_LINES), min_size=1, max_size=10),
    st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]),
)
def test_offsets_hold_and_clutter_is_silent_for_any_arrangement(paras, sep):
    # one paragraph per line (a pasted page) or blank-line separated
    text = sep.join(paras) + sep
    got = extract_statements(text)
    clutter = _clutter_spans(text)
    for s in got:
        assert text[s.start : s.end] == s.text
        assert not any(a <= s.start < b for a, b in clutter)
    assert [s.to_dict() for s in extract_statements(text)] == [s.to_dict() for s in got]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(BODY), min_size=1, max_size=12))
def test_offsets_hold_for_body_lines_one_per_line(paras):
    text = "\n".join(paras) + "\n"
    for s in extract_statements(text):
        assert text[s.start : s.end] == s.text
        assert "\n" not in s.text


def test_a_relative_clause_with_another_speaker_is_a_statement_of_its_own():
    text = (
        "Title: t\n\nA senior official involved in the talks said the harbour side had agreed "
        'to tie the roster to the safety rules, which the official said would "take the sting '
        'out of it". The ministry said the union had first demanded that the whole levy be paid '
        "up front, a request that the ministry's negotiators called impossible without a loan.\n"
    )
    got = [(s.cue, s.text) for s in extract_statements(text)]
    assert got == [
        ("said", "the harbour side had agreed to tie the roster to the safety rules"),
        ("said", 'would "take the sting out of it"'),
        # the narrator's closing ", a request ..." is not the ministry's (det37)
        ("said", "the union had first demanded that the whole levy be paid up front"),
        ("called", "impossible without a loan"),
    ]


def test_a_relative_clause_with_its_own_subject_or_the_same_speaker_stays_whole():
    # "which the port says [the union runs]": the clause has the relative's gap
    text = (
        "Title: t\n\nThe mayor said the city would fine the Dock Syndicate, which the port says "
        "the union runs, for the closures. The minister said the pilots' pay would be reviewed "
        "in June, which he said would settle the dispute.\n"
    )
    assert [s.text for s in extract_statements(text)] == [
        "the city would fine the Dock Syndicate, which the port says the union runs, for the "
        "closures",
        "the pilots' pay would be reviewed in June, which he said would settle the dispute",
    ]


# ---------------------------------------------------------------- page furniture (invented)


def test_a_caption_between_intro_and_block_quotation_does_not_cut_them_apart():
    text = (
        "The talks ended late on Sunday in the port city.\n\n"
        "Asked about the harbour, the chief negotiator Rafe Olsen said:\n\n"
        "Rafe Olsen speaks during a news conference on Sunday. NEWSWIRE/Piet Bos\n\n"
        '"The harbour stays open to every ship, and nobody will close it while we talk."\n'
    )
    found = extract_statements(text, source="t")
    quoted = [s for s in found if s.text.startswith("The harbour stays open")]
    assert quoted and quoted[0].speaker == "Rafe Olsen"


def test_a_pull_quote_is_not_a_second_statement():
    text = (
        'Rafe Olsen said: "The harbour stays open to every ship, and nobody will close it '
        'while we talk," and left the room.\n\n'
        "“The harbour stays open to every ship, and nobody will close it while we talk”\n\n"
        "The next round is due in March.\n"
    )
    found = extract_statements(text, source="t")
    assert len([s for s in found if "harbour stays open" in s.text]) == 1


def test_a_pasted_page_is_dated_by_its_byline_not_a_caption_or_an_update():
    text = (
        "Home | World | Europe\n"
        "Ports deal in sight\n"
        "Rafe Olsen arrives in Lima, March 3, 2024. (Photo: Newswire)\n"
        "Updated: June 9, 2025\n"
        "By Ada Lind\n"
        "June 7, 2025\n"
        "Rafe Olsen said on Saturday that the harbour would stay open.\n"
    )
    assert article_date(text, 0, None) == date(2025, 6, 7)


def test_a_standfirst_summing_up_the_story_is_not_a_second_statement():
    text = (
        "Home\nWorld\n"
        "Ports deal in sight after a night of talks\n"
        "Olsen says the harbour will stay open to every ship while the talks go on.\n"
        "By Ada Lind\n"
        "June 7, 2025\n"
        "Talks on the port ended late on Saturday in Lima.\n"
        "The chief negotiator, Rafe Olsen, said the harbour would stay open to every ship "
        "while the talks go on.\n"
    )
    found = extract_statements(text, source="t")
    assert [s.text for s in found] == [
        "the harbour would stay open to every ship while the talks go on"
    ]
