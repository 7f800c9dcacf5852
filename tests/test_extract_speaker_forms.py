"""Speakers named as the article names them: given names that are somebody else's
surname, one-word names a description gives, descriptions after "the", name particles,
full forms with a generational suffix or without the gazetteer's extra surname; and what
gives no statement (an interviewer's label, an empty object)."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.speaker_forms import written_in_full


def _all(body: str, day: str = "2025-11-20") -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.actor, s.text)
        for s in extract_statements(f"Title: t\nPublished: {day}\n\n" + body + "\n")
    ]


def test_a_known_surname_as_another_mans_given_name() -> None:
    body = (
        "We talked to Petro Marchenko, who runs a ferry on the river.\n\n"
        '"Nobody crosses at night any more," Marchenko said.'
    )
    speakers = [s for s, _, _ in _all(body)]
    assert speakers == ["Petro Marchenko"]


def test_a_one_word_name_with_a_relative_clause_and_the_pronoun_after_it() -> None:
    body = (
        "Mykola, who repairs boats in the harbour, said he had stopped reading the news. "
        '"Every promise sinks here," he said.'
    )
    assert [s for s, _, _ in _all(body)] == ["Mykola", "Mykola"]


def test_a_name_with_an_article_is_no_person_before_a_relative_clause() -> None:
    body = "The Greens, who are leaving government, said the levy was unfair."
    assert all(s != "Greens" for s, _, _ in _all(body))


def test_a_call_sign_names_the_commander_a_first_pronoun_refers_to() -> None:
    body = (
        "In a trench near the river, a Ukrainian company commander with the call sign Bereza "
        "unfolded a map.\n\n"
        '"We hold this line with half the men we need," he said.'
    )
    (speaker, actor, _), *_ = _all(body)
    assert speaker == "Bereza"
    assert actor == "UKR"


def test_a_description_after_the_refers_back_to_the_person() -> None:
    body = (
        "Marco Bellandi, the assembly's rapporteur, told reporters the text was nearly done. "
        '"We will not sign at any price," the Italian Liberal said.'
    )
    assert [s for s, _, _ in _all(body)] == ["Marco Bellandi", "Marco Bellandi"]


def test_dutch_name_particles() -> None:
    body = "Dutch lawmaker Anke in 't Hout said the council had moved too slowly."
    assert [s for s, _, _ in _all(body)] == ["Anke in 't Hout"]


def test_written_in_full() -> None:
    assert written_in_full("Surangel Whipps", "said Surangel Whipps Jr. in a letter") == (
        "Surangel Whipps Jr."
    )
    assert written_in_full("Bruno Rodríguez Parrilla", "minister Bruno Rodríguez said") == (
        "Bruno Rodríguez"
    )
    # the text writes the name on: the canonical form stays
    assert written_in_full("Abdel Fattah al-Burhan", "Abdel Fattah Burhan said") == (
        "Abdel Fattah al-Burhan"
    )
    assert written_in_full("Mohammed bin Salman", "Mohammed bin Salman's visit") == (
        "Mohammed bin Salman"
    )
    # somebody else's suffix once is not the speaker's
    assert written_in_full("Donald Trump", "Donald Trump Jr. and Donald Trump spoke") == (
        "Donald Trump"
    )
    assert written_in_full("Kim Jong Un", "Kim Jong-un said") == "Kim Jong Un"


def test_an_interviewers_label_that_only_asks_gives_no_statement() -> None:
    body = (
        "We spoke to Iryna Savchuk, who runs a bakery in Odesa. The interview has been "
        "edited for length.\n\n"
        "BSR: What did you think of the plan?\n\n"
        "SAVCHUK: I think it forgets the people who stayed.\n\n"
        "BSR: Would a ceasefire help your business?\n\n"
        "SAVCHUK: Only if the drones stop as well."
    )
    texts = [t for _, _, t in _all(body)]
    assert not any(t.endswith("?") for t in texts)
    assert any("forgets the people" in t for t in texts)


def test_an_empty_object_reports_nothing() -> None:
    body = "The ministry has said remarkably little about the clause. It said nothing since."
    assert _all(body) == []


def test_a_name_given_only_as_or_by_surname() -> None:
    body = (
        "Another shopper, who gave her name only as Rosa, said the strike was badly timed.\n\n"
        "A nurse in Daegu, who asked to be identified only by her surname, Seo, said most "
        "colleagues would wait."
    )
    assert [s for s, _, _ in _all(body)] == ["Rosa", "Seo"]


def test_the_writers_own_question_is_no_statement() -> None:
    body = (
        "The ministry has published the draft.\n\n"
        "We asked Oksana Petrenko, a former election official, what a vote would take."
    )
    assert _all(body) == []


def test_a_given_name_keeps_she_from_a_man_named_since() -> None:
    body = (
        "We spoke to Aissata Konate, a lawyer in Dakar.\n\n"
        '"The state now decides who sells the gold," Konate said.\n\n'
        "The miner's chief executive, Mark Hollins, has called for talks.\n\n"
        '"Every investor in the region is reading this order," she said.'
    )
    *_, (speaker, _, _) = _all(body)
    assert speaker == "Aissata Konate"


def test_a_company_name_is_no_person() -> None:
    body = (
        "A court placed Kestrel Mining's mine under administration.\n\n"
        "Kestrel said the order was unlawful."
    )
    assert [s for s, _, _ in _all(body)] == [None]
