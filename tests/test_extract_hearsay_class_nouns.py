"""Hearsay read in the twenty-sixth round (hsy26): a listed body the text has named, called
in a reported clause by a noun of its class ("the association", "the union": the gazetteer's
class nouns), holds the act that clause tells, as when it speaks ("the association said")."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.actors import load_gazetteer
from parley.extract.unlisted import class_subject, class_subjects, listed_parties

_TALKS = (
    "DHAKA, June 2 (HD) - The Bangladesh Garment Manufacturers and Exporters Association "
    "and the labour unions met again on Sunday over the minimum wage for factory workers.\n\n"
)


def test_the_class_noun_resolves_to_the_named_body() -> None:
    gaz = load_gazetteer()
    text = _TALKS + "A mediator said the association had accepted the new floor."
    at = text.index("the association")
    assert class_subjects(text, at - 5, at + 20) == [at]
    assert class_subject(text, at, listed_parties(text, gaz)) == "BGMEA"


def test_no_body_for_a_possessive_or_a_generic_noun() -> None:
    gaz = load_gazetteer()
    text = _TALKS + "A mediator said the association's offer and the organisation had moved."
    parties = listed_parties(text, gaz)
    assert class_subject(text, text.index("the association's"), parties) is None
    assert class_subject(text, text.index("the organisation"), parties) is None


def test_no_body_where_the_text_names_none_of_that_class() -> None:
    gaz = load_gazetteer()
    text = "A mediator said the union had accepted the new floor."
    assert class_subject(text, text.index("the union"), listed_parties(text, gaz)) is None


def test_an_act_told_of_the_body_by_its_class_noun_is_hearsay() -> None:
    found = last_statement(
        _TALKS + "Nusrat Jahan, a labour lawyer who follows the talks, said the association "
        "had withdrawn its offer of a phased increase."
    )
    assert found.about == "BGMEA"


def test_a_state_the_body_is_in_is_no_act_of_it() -> None:
    # "had been" tells no act of the body, and the predicate states no position
    found = last_statement(
        _TALKS + "Nusrat Jahan, a labour lawyer who follows the talks, said the association "
        "had been under pressure from buyers for months."
    )
    assert found.about is None


def test_a_noun_in_a_name_as_written_is_no_class() -> None:
    # the European Union's name holds "Union", but the gazetteer gives it no class noun: a
    # farmers' union is not the European Union
    gaz = load_gazetteer()
    text = (
        "WARSAW, May 4 (HD) - Farmers blocked roads as the European Union weighed the deal.\n\n"
        "A farmer said the union had written to the president."
    )
    assert class_subject(text, text.index("the union"), listed_parties(text, gaz)) is None
