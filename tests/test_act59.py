"""A pronoun "it" that speaks with no named speaker (act59, thirty-sixth round).

"When Moscow left the deal, it said ...": the listed party that opens the pronoun's own
sentence (or its opening subordinate clause); "The Turkish foreign ministry's statement was
brief. It said ...": the body whose statement the sentence before is about; "The OLA's
command told another story. In a statement, it said ...": a body acting through its own
organ. Each takes that party's side rather than the state the context reaches for.
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 6, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_OWN_CLAUSE = (
    "Title: Kenya and Egypt weigh a grain plan\n\n"
    "NAIROBI, June 1 - Kenya's trade minister said the plan would lower bread prices.\n\n"
    "When Moscow walked out of the shipping pact in 2023, it said it would come back only "
    "if its banks were reconnected to the payment system.\n"
)


def test_it_after_an_opening_clause_is_that_clause_subject() -> None:
    actors = _actors(_OWN_CLAUSE)
    got = actors["it would come back only if its banks were reconnected to the payment system"]
    assert got == "RUS"


_DOCUMENT = (
    "Title: Envoys meet at the border\n\n"
    "YEREVAN, June 1 - Armenia's envoy said the talks had been frank and useful.\n\n"
    "The Turkish foreign ministry's statement was brief. It said the two envoys had agreed "
    "to meet again in the autumn.\n"
)


def test_it_after_a_bodys_statement_is_that_body() -> None:
    actors = _actors(_DOCUMENT)
    assert actors["the two envoys had agreed to meet again in the autumn"] == "TUR"


def test_trailing_it_says_is_not_the_sentence_subject() -> None:
    text = (
        "Title: A trade text\n\n"
        "JAKARTA, June 1 - The fact sheet was published on Sunday.\n\n"
        "Indonesia also agreed to drop its duties on American wheat, it says.\n"
    )
    actors = _actors(text)
    assert actors.get("Indonesia also agreed to drop its duties on American wheat") != "IDN"


_ORGAN = (
    "Title: A ceasefire in the west\n\n"
    "ADDIS ABABA, June 1 - Prime Minister Abiy Ahmed said the war in the west was over.\n\n"
    "The OLA's command told another story. In a statement sent to reporters, it said its "
    "fighters had not been consulted about any ceasefire.\n"
)


def test_it_after_a_bodys_command_is_that_body() -> None:
    actors = _actors(_ORGAN)
    assert actors["its fighters had not been consulted about any ceasefire"] == "OLA"
