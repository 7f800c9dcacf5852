"""Segmentation: header block, paragraphs, page clutter and sentences.

All snippets are invented for these tests.
"""

from __future__ import annotations

import pytest

from parley.extract.quotes import find_quotes
from parley.extract.segment import (
    Span,
    header_end,
    header_fields,
    is_caption,
    is_clutter,
    is_inset,
    is_pull_quote,
    page_head_end,
    page_summaries,
    paragraphs,
    sentences,
)


def _sentences(text: str) -> list[str]:
    span = Span(0, len(text))
    quotes = [q.outer for q in find_quotes(text, span)]
    return [text[s.start : s.end] for s in sentences(text, span, quotes)]


def _paragraphs(text: str, start: int = 0) -> list[str]:
    return [text[p.start : p.end] for p in paragraphs(text, start)]


# -- header block -------------------------------------------------------------------------

HEADED = (
    "Title: Envoys meet again in Geneva\n"
    "URL: https://news.example.org/geneva-round\n"
    "Published: 2025-11-30\n"
    "Author: A. Writer\n"
    "\n"
    "Negotiators met for a second day. Nothing was signed.\n"
)


def test_header_end_is_the_first_body_character():
    body = header_end(HEADED)
    assert HEADED[body:].startswith("Negotiators met for a second day.")


def test_header_fields_are_read_with_lower_case_keys():
    fields = header_fields(HEADED)
    assert fields == {
        "title": "Envoys meet again in Geneva",
        "url": "https://news.example.org/geneva-round",
        "published": "2025-11-30",
        "author": "A. Writer",
    }


def test_url_colon_does_not_split_the_header_value():
    assert header_fields(HEADED)["url"].startswith("https://")


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators met for a second day in Geneva.\nNothing was signed.\n",
        # a body that opens with a colon sentence is not a header
        "Lavrov said: the talks will go on.\n\nMore text follows here.\n",
        # an unknown key is not a header field
        "Mood: tense\n\nThe talks went on late into the night.\n",
    ],
)
def test_text_without_header_starts_at_zero(text):
    assert header_end(text) == 0
    assert header_fields(text) == {}


def test_header_only_text_has_no_body():
    text = "Title: Nothing else\nPublished: 2025-11-30"
    assert header_end(text) == len(text)


def test_paragraphs_start_after_the_header():
    paras = _paragraphs(HEADED, header_end(HEADED))
    assert paras == ["Negotiators met for a second day. Nothing was signed."]


# -- paragraphs ---------------------------------------------------------------------------


def test_one_paragraph_per_line_and_blank_lines_skipped():
    text = "First line of the story.\n\n   \nSecond line of the story.\nThird one.\n"
    assert _paragraphs(text) == [
        "First line of the story.",
        "Second line of the story.",
        "Third one.",
    ]


def test_paragraph_offsets_index_the_text():
    text = "Alpha paragraph here.\nBeta paragraph here.\n"
    for p in paragraphs(text):
        assert text[p.start : p.end].strip() == text[p.start : p.end]


WRAPPED = (
    "The Kremlin said on Monday that it had received the revised draft from\n"
    "Washington and that its experts would need several days to study every\n"
    "point before Moscow could give the American side a considered answer.\n"
    "\n"
    "In Kyiv, officials said the document still contained clauses that they\n"
    "regarded as impossible to accept, including limits on the size of the\n"
    "army and the surrender of land that Russian troops had never captured.\n"
    "\n"
    "Both delegations are expected to meet again before the end of the week\n"
    "in a neutral capital, although no venue has been announced publicly so\n"
    "far by any of the governments involved in the talks.\n"
)


def test_hard_wrapped_lines_are_rejoined_into_paragraphs():
    paras = _paragraphs(WRAPPED)
    assert len(paras) == 3
    assert paras[0].startswith("The Kremlin said on Monday")
    assert paras[0].endswith("a considered answer.")
    assert paras[1].startswith("In Kyiv, officials said")
    assert paras[2].endswith("involved in the talks.")


def test_hard_wrapped_paragraph_ends_at_a_short_last_line_without_blank():
    text = WRAPPED.replace("considered answer.\n\n", "considered answer.\n").replace(
        "had never captured.\n\n", "had never captured.\nShort closing line.\n\n"
    )
    paras = _paragraphs(text)
    assert any(p.endswith("Short closing line.") for p in paras)
    assert all("\n\n" not in p for p in paras)


def test_pasted_page_with_headline_lines_is_not_hard_wrapped():
    lines = [
        "Kremlin signals readiness for a new round of talks",
        "Peskov said on Friday that Moscow was ready to continue the talks in Geneva.",
        "Read next",
        "Zelensky heads to Berlin for talks with European leaders",
        "Lavrov says the Europeans are sabotaging the American plan",
        "Subscribe to our newsletter",
    ]
    text = "\n".join(lines) + "\n"
    assert _paragraphs(text) == lines


# -- clutter ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # headlines: no final punctuation
        "Kremlin signals readiness for a new round of talks",
        # captions with photo credits
        "Envoys shake hands before the talks in Geneva on Sunday. (AFP Photo)",
        "The Ukrainian president speaks to reporters in Kyiv. Getty Images",
        "Delegates arrive at the venue / Reuters",
        "Photo: a convoy near the front line",
        "Rubio (L) greets Yermak (R) at the US mission in Geneva.",
        # menus, link lists and page furniture
        "More From World",
        "Read more: Kremlin says talks will continue",
        "Home | World | Europe",
        "Share this article",
        "Advertisement",
        "Subscribe to our daily briefing",
        "Reporting by Jane Doe; Editing by John Roe",
        "© 2025 Example News. All rights reserved.",
        # datelines and time stamps
        "Nov. 28, 2025",
        "MOSCOW, Nov 28 (Reuters) -",
        "10:45 GMT",
        "Updated: 28 November 2025",
        # section labels
        "World",
        "Europe",
    ],
)
def test_page_clutter_is_recognised(line):
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Peskov said the Kremlin had not yet seen the revised draft.",
        '"We are ready," he said.',
        "Talks will resume next week, according to two officials.",
        "Meloni met Zelensky in Rome on Monday.",
        # a body paragraph opening with a dateline is body text
        "KYIV, Nov. 28 - Sybiha said Ukraine would not be rushed into a bad deal.",
        # a question is a sentence too
        "Will the talks resume before the end of the year?",
        # "(R)" as a party label, not a position in a picture
        "Sen. Dana Whitlow (R) said the bill would not pass before the recess.",
        # a quotation of one sentence signed with a dash and a name
        "\u201cThe mayor never answered a single question.\u201d \u2014 Ada Mensah",
        '"I have never felt so hopeful about the city." \u2015 Tomas Rey',
    ],
)
def test_body_paragraphs_are_not_clutter(line):
    assert not is_clutter(line)


def test_empty_and_blank_lines_are_clutter():
    assert is_clutter("")
    assert is_clutter("   \t ")


# -- sentences ----------------------------------------------------------------------------


def test_sentences_split_at_full_stops_questions_and_exclamations():
    assert _sentences("The talks ended. Was it a success? Nobody knows! Lavrov left.") == [
        "The talks ended.",
        "Was it a success?",
        "Nobody knows!",
        "Lavrov left.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. delegation arrived in Geneva late on Saturday.",
        "Mr. Witkoff met the Russian envoy twice in one week.",
        "The deadline of Nov. 27 passed without a signature.",
        "Talks began at 9 a.m. Moscow time on Tuesday.",
        "The U.N. Security Council will meet on Friday.",
        "Dr. Smith and Gen. Jones both attended the briefing.",
        "J. D. Vance attended the meeting in person.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text):
    assert _sentences(text) == [text]


def test_abbreviation_followed_by_more_sentences():
    text = "Mr. Umerov led the team. The talks lasted six hours."
    assert _sentences(text) == ["Mr. Umerov led the team.", "The talks lasted six hours."]


@pytest.mark.parametrize(
    "text, first",
    [
        (
            'Putin said: "We are ready. We will talk. That is all." Then he left.',
            'Putin said: "We are ready. We will talk. That is all."',
        ),
        (
            "Zelensky said: “Nobody decides for us. Nobody. Ever.” The hall applauded.",
            "Zelensky said: “Nobody decides for us. Nobody. Ever.”",
        ),
    ],
)
def test_sentences_are_not_split_inside_a_quotation(text, first):
    got = _sentences(text)
    assert got[0] == first
    assert len(got) == 2


def test_sentence_spans_cover_the_paragraph_without_leading_space():
    text = "First one.   Second one. Third one."
    span = Span(0, len(text))
    got = sentences(text, span, [])
    assert [text[s.start : s.end] for s in got] == ["First one.", "Second one.", "Third one."]
    assert got[0].start == 0 and got[-1].end == len(text)


def test_sentences_respect_a_paragraph_inside_a_larger_text():
    text = "Header line.\nThe envoy left. The talks ended.\nFooter line."
    start = text.index("The envoy")
    end = text.index("\nFooter")
    got = sentences(text, Span(start, end), [])
    assert [text[s.start : s.end] for s in got] == ["The envoy left.", "The talks ended."]


def test_a_long_two_clause_headline_is_not_prose() -> None:
    # a headline joins two clauses with a semicolon and has no full stop
    head = (
        "Ceasefire deadline passes with troops still in the south; officials say the truce "
        "is extended to February 18"
    )
    assert is_clutter(head)
    # running text cut off before its full stop stays prose
    cut = (
        "the mediators said on Tuesday that both delegations had agreed to meet again in "
        "the capital after the holiday and that the talks on the border would resume there "
        "within a week"
    )
    assert not is_clutter(cut)


def test_a_question_in_quotation_marks_and_its_attribution_are_one_sentence():
    text = '"Will they sign?" the mediator asked. "Not yet." Talks resume on Monday.'
    assert _sentences(text) == ['"Will they sign?" the mediator asked.', '"Not yet."',
                                "Talks resume on Monday."]  # fmt: skip


# ---------------------------------------------------------------- page furniture (invented)


@pytest.mark.parametrize(
    "line",
    [
        "Mira Tanaka talks to reporters after the meeting in Oslo on Tuesday. NEWSWIRE/Piet Bos",
        "Delegates leave the hall in Lima, Oct. 2, 2025. Bo Lind / Harbourside Press",
        "Envoy Rafe Olsen, left, listens as Ana Quiroga answers a question. AGENCIA/Luz Mar",
    ],
)
def test_a_caption_credited_agency_slash_photographer_is_furniture(line):
    assert is_caption(line)
    assert is_clutter(line)
    assert is_inset(line)


@pytest.mark.parametrize(
    "line",
    [
        "She said the two capitals would talk again. Talks in Lima/Quito are planned.",
        "The minister said the and/or wording was settled in the final text.",
    ],
)
def test_a_slash_in_prose_is_not_a_credit(line):
    assert not is_caption(line)
    assert not is_clutter(line)


@pytest.mark.parametrize(
    "line",
    ["Also read: Can the truce outlast the winter?", "Read more: Envoy says talks will resume"],
)
def test_a_teaser_is_an_inset(line):
    assert is_clutter(line)
    assert is_inset(line)


@pytest.mark.parametrize("line", ["Reactions", "The Negotiations", "Opinion | Analysis"])
def test_a_heading_is_clutter_but_not_an_inset(line):
    assert is_clutter(line)
    assert not is_inset(line)


def test_a_pull_quote_repeats_a_quotation_of_the_story():
    text = (
        'Ms. Varga said: "We will not sign a text that nobody has read, and we said so '
        'again today," before leaving.\n'
        "“We will not sign a text that nobody has read, and we said so again today” — Ilse Varga\n"
    )
    start = text.index("“")
    assert is_pull_quote(text, Span(start, len(text) - 1))
    # the story's own paragraph is not
    assert not is_pull_quote(text, Span(0, start - 1))


def test_a_quotation_paragraph_said_once_is_not_a_pull_quote():
    text = "Ms. Varga spoke at length.\n“We will not sign a text that nobody has read.”\n"
    start = text.index("“")
    assert not is_pull_quote(text, Span(start, len(text) - 1))


_PAGE = (
    "Home\nWorld\nEurope\n"
    "Ports deal in sight after a night of talks\n"
    "Olsen says the harbour will stay open to every ship while the talks go on.\n"
    "Rafe Olsen arrives in Lima, March 3, 2024. (Photo: Newswire)\n"
    "By Ada Lind and Piet Bos\n"
    "June 7, 2025\n"
    "Talks on the port ended late on Saturday in Lima.\n"
    "The chief negotiator, Rafe Olsen, said the harbour would stay open to every ship while "
    "the talks go on, and that the next round was due in March.\n"
)


def _paras(text):
    return [(p, is_clutter(text[p.start : p.end])) for p in paragraphs(text)]


def test_a_page_head_ends_at_its_byline():
    assert _PAGE[page_head_end(_PAGE, _paras(_PAGE)) :].startswith("By Ada Lind")


def test_a_standfirst_the_story_repeats_is_a_summary():
    starts = page_summaries(_PAGE, _paras(_PAGE))
    assert [_PAGE[s : s + 10] for s in starts] == ["Olsen says"]


def test_a_standfirst_with_news_of_its_own_is_kept():
    page = _PAGE.replace(
        "the harbour would stay open to every ship while the talks go on, and that ", ""
    )
    assert page_summaries(page, _paras(page)) == set()


def test_no_head_when_the_story_starts_before_any_byline():
    text = (
        "Talks on the port ended late on Saturday in Lima.\n"
        "Rafe Olsen said the harbour would stay open.\n"
        "Ana Quiroga said the next round was due in March.\n"
        "By the evening both delegations had left.\n"
    )
    assert page_head_end(text, _paras(text)) == 0


def test_of_two_bare_quotations_that_repeat_each_other_the_first_is_the_story():
    quote = "“We will not sign a text that nobody has read, and we said so again today.”"
    text = f"Ms. Varga spoke to reporters.\n{quote}\nThe talks resume on Monday.\n{quote}\n"
    first = text.index(quote)
    second = text.index(quote, first + 1)
    assert not is_pull_quote(text, Span(first, first + len(quote)))
    assert is_pull_quote(text, Span(second, second + len(quote)))
