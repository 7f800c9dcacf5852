"""Quotation finding, and direct quotations attributed end to end.

All snippets are invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract import extract_statements
from parley.extract.quotes import find_quotes, typeset_marks, word_count
from parley.extract.segment import Span

DAY = date(2025, 11, 28)


def _quotes(text: str) -> list[tuple[str, bool]]:
    return [(text[q.start : q.end], q.closed) for q in find_quotes(text, Span(0, len(text)))]


def _direct(text: str):
    return [s for s in extract_statements(text, published=DAY) if s.direct]


def _words(s: str) -> str:
    """Quoted words without the trailing comma or stop that may sit inside the marks."""
    return s.rstrip(",.;:!? ")


# -- find_quotes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ('"We are ready," he said.', "We are ready,"),
        ("“We are ready,” he said.", "We are ready,"),
        ("«We are ready», he said.", "We are ready"),
    ],
)
def test_straight_curly_and_guillemet_quotes(text, words):
    got = _quotes(text)
    assert got[0] == (words, True)


def test_several_quotations_in_one_paragraph():
    text = '"First part," Lavrov said, "and second part." He called it "final".'
    assert [w for w, _ in _quotes(text)] == ["First part,", "and second part.", "final"]


def test_quote_offsets_exclude_marks_and_padding():
    text = "He said: “ padded words ” and left."
    (q,) = find_quotes(text, Span(0, len(text)))
    assert text[q.mark_start] == "“" and text[q.mark_end - 1] == "”"
    assert text[q.start : q.end] == "padded words"
    assert q.outer == Span(q.mark_start, q.mark_end)


def test_unclosed_quote_runs_to_the_paragraph_end():
    text = 'Zelensky said: "We will not trade our land for promises.\nNext paragraph here.'
    para = Span(0, text.index("\n"))
    (q,) = find_quotes(text, para)
    assert not q.closed
    assert q.end == para.end
    assert text[q.start : q.end] == "We will not trade our land for promises."


def test_quotes_are_searched_only_inside_the_paragraph():
    text = 'Outside "one" here.\nInside "two" here.'
    para = Span(text.index("Inside"), len(text))
    assert [text[q.start : q.end] for q in find_quotes(text, para)] == ["two"]


def test_apostrophes_are_not_quotation_marks():
    assert _quotes("Ukraine's envoy and Russia’s aide met.") == []


def test_empty_quotation_is_dropped():
    assert _quotes('He said "" and nothing more.') == []


def test_word_count():
    assert word_count("  We are   ready\nto talk ") == 5
    assert word_count("") == 0


# -- direct quotations through the pipeline ------------------------------------------------


def test_straight_quote_with_cue_after():
    (s,) = _direct('"We have studied the draft carefully," Lavrov said.')
    assert _words(s.text) == "We have studied the draft carefully"
    assert (s.speaker, s.actor, s.cue, s.direct) == ("Sergei Lavrov", "RUS", "said", True)


def test_curly_quote_with_inverted_cue():
    (s,) = _direct("“The draft is a good basis,” said Peskov.")
    assert _words(s.text) == "The draft is a good basis"
    assert s.speaker == "Dmitry Peskov"


def test_quote_after_colon():
    (s,) = _direct('Sybiha wrote on X: "Ukraine will never recognise the occupation."')
    assert _words(s.text) == "Ukraine will never recognise the occupation"
    assert (s.speaker, s.cue) == ("Andrii Sybiha", "wrote")


def test_quotation_split_around_the_attribution_gives_two_statements():
    text = '"We are ready to talk," Putin said. "But only if our interests are respected."'
    got = _direct(text)
    assert [_words(s.text) for s in got] == [
        "We are ready to talk",
        "But only if our interests are respected",
    ]
    assert {s.speaker for s in got} == {"Vladimir Putin"}
    assert got[0].end < got[1].start


def test_quotation_split_with_comma_continuation():
    text = '"The plan has merit," Rubio said, "but some points need more work."'
    got = _direct(text)
    assert len(got) == 2
    assert all(s.speaker == "Marco Rubio" for s in got)


def test_unclosed_quote_continues_into_next_paragraph_with_same_speaker():
    text = (
        'Zelensky told parliament: "We will defend every village and every town.\n'
        '"Nobody will decide the fate of Ukraine without Ukraine."\n'
        "The session ended shortly afterwards.\n"
    )
    got = _direct(text)
    assert [_words(s.text) for s in got] == [
        "We will defend every village and every town",
        "Nobody will decide the fate of Ukraine without Ukraine",
    ]
    assert all(s.speaker == "Volodymyr Zelensky" for s in got)
    # the unclosed quotation stops at its paragraph's end
    assert "\n" not in got[0].text


def test_continuation_paragraph_keeps_the_speaker():
    text = (
        '"We have received the text," Peskov told reporters on Friday.\n'
        '"It will be studied carefully, point by point."\n'
        "Officials in Kyiv did not comment.\n"
    )
    got = _direct(text)
    assert len(got) == 2
    assert [s.speaker for s in got] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_block_quote_after_said_colon_in_next_paragraph():
    text = (
        "Speaking in Bishkek on Thursday, Putin said:\n"
        "“We are ready to work on this text.”\n"
        "“But we will not accept an ultimatum.”\n"
    )
    got = _direct(text)
    assert [_words(s.text) for s in got] == [
        "We are ready to work on this text",
        "But we will not accept an ultimatum",
    ]
    assert all(s.speaker == "Vladimir Putin" and s.actor == "RUS" for s in got)


def test_block_quote_running_over_two_paragraphs():
    text = (
        "Speaking on state television on Sunday, Lavrov said:\n"
        '"The Europeans want to spoil everything.\n'
        '"They will not succeed."\n'
        "The interview lasted an hour.\n"
    )
    got = _direct(text)
    assert [_words(s.text) for s in got] == [
        "The Europeans want to spoil everything",
        "They will not succeed",
    ]
    assert all(s.speaker == "Sergei Lavrov" for s in got)


def test_block_quote_after_short_intro_paragraph():
    text = "Zelensky said:\n“We are ready to work on the American text.”\n"
    (s,) = _direct(text)
    assert s.speaker == "Volodymyr Zelensky"


def test_scare_quotes_inside_a_sentence_are_not_direct_statements():
    # the quoted words belong to indirect speech; there must be no separate direct statement
    got = extract_statements('Peskov said the plan "may become a basis" for a settlement.')
    assert [s.direct for s in got] == [False]
    assert got[0].speaker == "Dmitry Peskov"
    assert "may become a basis" in got[0].text


def test_unattributed_quote_is_not_a_statement():
    text = 'The document calls for "lasting peace" between the parties.'
    assert _direct(text) == []


def test_direct_offsets_point_at_the_words_inside_the_marks():
    text = "Officials met.\n“We want peace, not a pause,” Sybiha said.\n"
    (s,) = _direct(text)
    assert text[s.start : s.end] == s.text
    assert text[s.start - 1] == "“"


def test_two_apostrophes_are_a_double_quotation_mark() -> None:
    text = "''We will not sign it,'' the minister said. ''Not this week.''"
    assert typeset_marks(text) == ' "We will not sign it,"  the minister said.  "Not this week." '
    got = _direct(text)
    assert [(_words(s.text), s.cue) for s in got] == [
        ("We will not sign it", "said"),
        ("Not this week", "said"),
    ]
    assert all(text[s.start : s.end] == s.text for s in got)


def test_an_apostrophe_before_two_marks_stays_one() -> None:
    assert typeset_marks("the voters' ''choice''") == 'the voters\'  "choice" '
    assert typeset_marks("the voters''' choice") == "the voters''' choice"
    assert typeset_marks("``Yes,'' he said") == ' "Yes,"  he said'


def test_a_clause_ending_in_a_colon_introduces_the_quotation() -> None:
    text = 'Dana Whitlow, the union\'s leader, delivered a blunt message: "We will not go back."'
    assert [(s.cue, s.speaker, _words(s.text)) for s in _direct(text)] == [
        (":", "Dana Whitlow", "We will not go back")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The envoy said Serbia would not recognise the border, "not in law and not in fact."',
        "The spokeswoman says Chile has agreed to all of the bank's terms, "
        '"including the early repayment of the bridge loan."',
    ],
)
def test_a_quotation_that_goes_on_with_a_reported_clause_is_part_of_it(text: str) -> None:
    # indirect speech the quotation finishes: one statement of the whole clause, not the
    # quoted words alone
    [s] = extract_statements(text, published=DAY)
    assert not s.direct
    assert s.text.startswith(("Serbia would not", "Chile has agreed")) and s.text.endswith('"')


def test_a_short_adverbial_before_a_quotation_still_introduces_it() -> None:
    [s] = extract_statements('The envoy said on Monday, "We will not sign."', published=DAY)
    assert s.direct and s.text == "We will not sign."


def test_he_after_a_quotation_is_the_person_the_paragraph_opened_on() -> None:
    # the narrated sentence before a sentence that opens with a quotation names who speaks,
    # not the speaker of the paragraph before; a quotation's own sentences narrate nothing
    text = (
        "Marta Ilves, 41, spoke first.\n\nIts chairman, Jaan Tamm, said the union would not "
        'call a strike.\n\nIlves read the clause again. "They want us to forget," she said.'
        '\n\nNoor Haddad of the Patients First Alliance said clinics would close. "Patients are '
        'not a bargaining chip. Both sides should talk tonight," she said.'
    )
    got = [(s.speaker, s.direct) for s in extract_statements(text, published=DAY)]
    assert got == [
        ("Jaan Tamm", False),
        ("Marta Ilves", True),
        ("Noor Haddad", False),
        ("Noor Haddad", True),
    ]


def test_an_acronym_before_the_title_after_a_quotation() -> None:
    # '"...," GDL chairman X told reporters': the organisation's acronym is part of the
    # speaker's title, so the quotation is his, not the previous paragraph's speaker's
    text = (
        "The union said the stoppage would run until Monday.\n\n"
        '"The offer is a provocation," SNCF union chairman Paul Marchal told reporters. '
        '"We will not talk about 37 hours."'
    )
    got = [(s.speaker, s.cue) for s in extract_statements(text, published=DAY) if s.direct]
    assert got == [("Paul Marchal", "told"), ("Paul Marchal", "told")]


def test_a_pronoun_in_its_own_sentence_is_the_person_that_sentence_opened_on() -> None:
    # 'X thanked them for what he called "..."': "he" is X, the sentence's subject, not
    # the speaker of the paragraph before
    text = (
        'Vice President Tom Reyes said every criticism of the plan "misreads it".\n\n'
        "Prime Minister Ana Varga thanked the leaders for what she called "
        '"clear words at a hard moment".'
    )
    got = [s.speaker for s in extract_statements(text, published=DAY)]
    assert got == ["Tom Reyes", "Ana Varga"]


def test_a_quotation_running_on_into_the_next_paragraph_takes_its_attribution() -> None:
    # newswire style: a paragraph leaves the quotation open, the next one opens with a mark
    # and names the speaker; the first part is the same speaker's
    from parley.extract import extract_statements

    text = (
        "Title: t\n\n"
        '"We have waited two years for this offer. Our members will vote it down.\n\n'
        '"If the company wants a deal, it knows where to find us," Ana Ruiz said.\n\n'
        "The company declined to comment.\n"
    )
    got = extract_statements(text)
    assert [(s.text[:13], s.speaker, s.direct) for s in got] == [
        ("We have waite", "Ana Ruiz", True),
        ("If the compan", "Ana Ruiz", True),
    ]


def test_a_closing_mark_where_an_opening_one_belongs_opens_a_quotation() -> None:
    text = "\u201dThe port will reopen on Monday.\u201d Crews were told \u201dnot yet\u201d again."
    assert [text[q.start : q.end] for q in find_quotes(text, Span(0, len(text)))] == [
        "The port will reopen on Monday.",
        "not yet",
    ]
    glued = "She said \u201cwe are ready.\u201d Then she left."
    assert [glued[q.start : q.end] for q in find_quotes(glued, Span(0, len(glued)))] == [
        "we are ready."
    ]
