"""Companies and unions spoken for by shorter forms of their listed names (org31, thirty-
first round): a group listed with a designator ("X Group") by its name alone and its units
by that name and one more capitalised word; a union listed as "<word> union" by that word
where only a name may stand; "the group" as a class noun; people close to or familiar with
"its" thinking, or set off by commas ("A person, close to the company, said"). Invented
sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.actors import Actor, ActorKind, _group_stems, _union_short_names, load_gazetteer
from parley.extract import extract_statements
from parley.extract.mentions import MentionFinder, MentionKind
from parley.extract.options import Opposition


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (s.speaker, s.actor)
        for s in extract_statements("Title: t\n\n" + body + "\n", opposition=Opposition.NONE)
    ]


def test_group_stems_drop_the_designator() -> None:
    rows = [
        Actor("AAA", ActorKind.ORGANISATION, "a", names=("Korvel Group", "Korvel Energy")),
        Actor("BBB", ActorKind.ORGANISATION, "b", names=("Tamsin Mining Corporation",)),
        Actor("CCC", ActorKind.STATE, "c", names=("Ostland Group",)),
        Actor("DDD", ActorKind.ORGANISATION, "d", names=("Harbour Group",)),
        Actor("EEE", ActorKind.ORGANISATION, "e", names=("Harbour Holdings",)),
    ]
    # a state is no company; a stem two bodies share stands for neither
    assert _group_stems(rows) == {"Korvel": "AAA", "Tamsin Mining": "BBB"}


def test_union_short_names_of_unions_only() -> None:
    rows = [
        Actor("AAA", ActorKind.ORGANISATION, "a", names=("Forge the Union",), nouns=("union",)),
        Actor("BBB", ActorKind.ORGANISATION, "b", names=("Hearth union",), nouns=("union",)),
        Actor("CCC", ActorKind.ORGANISATION, "c", names=("Pacific Union",)),
        Actor(
            "DDD",
            ActorKind.ORGANISATION,
            "d",
            names=("Plain Union",),
            nouns=("union",),
            members=("X", "Y"),
        ),  # fmt: skip
    ]
    # a body the gazetteer calls no union, and a union of states, give no short name
    assert _union_short_names(rows) == {"Forge": "AAA", "Hearth": "BBB"}


def _mention_actors(text: str) -> list[tuple[str, str | None]]:
    finder = MentionFinder(load_gazetteer())
    return [(m.text, m.actor) for m in finder.mentions(text) if m.kind is MentionKind.ACTOR]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Adani Renewables said on Monday that it would appeal.",
            [("Adani Renewables", "ADANI")],
            id="the group's name and one more word is a unit of the group",
        ),
        pytest.param(
            "Adani said on Monday that it would appeal.",
            [("Adani", "ADANI")],
            id="the group's name alone",
        ),
        pytest.param(
            "An Adani spokesman said on Monday that it would appeal.",
            [("Adani", "ADANI")],
            id="the name before one who speaks for the body",
        ),
        pytest.param(
            "Gautam Adani met the minister. Adani said on Monday that talks would go on.",
            [],
            id="not the surname of a person the text names",
        ),
        pytest.param(
            "The Adani affair dominated the debate on Monday.",
            [],
            id="not a name qualifying another noun",
        ),
    ],
)
def test_company_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _mention_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Community organiser Jane Roe said the plant had a future.",
            [("Community", "COMMUNITY")],
            id="before an office of the union's people",
        ),
        pytest.param(
            "Jane Roe, assistant general secretary of Unite, said the plant had a future.",
            [("Unite", "UNITE")],
            id="after an office and of",
        ),
        pytest.param(
            "Jane Roe of Community said the plant had a future.",
            [("Community", "COMMUNITY")],
            id="after a person's name and of",
        ),
        pytest.param(
            "The strike went ahead. GMB said the plant had a future.",
            [("GMB", "GMBUNION")],
            id="the subject of a reporting verb opening a sentence",
        ),
        pytest.param(
            "Jobs are at stake. Community, the largest steel union, said the plant had a future.",
            [("Community", "COMMUNITY")],
            id="apposed to its class noun",
        ),
        pytest.param(
            "Community leaders said the plant had a future.",
            [],
            id="a common word before a plural of people is no name",
        ),
        pytest.param(
            "Leaders will unite behind the plan, the Community Council said.",
            [],
            id="a longer name and a verb are not the union",
        ),
    ],
)
def test_union_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [m for m in _mention_actors(text) if m[1] in ("COMMUNITY", "UNITE", "GMBUNION")] == (
        expected
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Talks between the port authority and Adani broke down on Monday.\n\n"
            "The company said it would not lower its offer. It remained ready to talk, it "
            "added.",
            [(None, "ADANI"), (None, "ADANI")],
            id="the company after the group's bare name",
        ),
        pytest.param(
            "The Adani Group walked away from the port talks on Monday.\n\n"
            "The group said the authority had moved the goalposts.",
            [(None, "ADANI")],
            id="the group as a class noun",
        ),
        pytest.param(
            "The Adani Group walked away from the port talks on Monday.\n\n"
            "A person familiar with its thinking said the price offered was too low.",
            [(None, "ADANI")],
            id="familiar with its thinking",
        ),
        pytest.param(
            "The Adani Group walked away from the port talks on Monday.\n\n"
            "A second person, close to the company, said the price offered was too low.",
            [(None, "ADANI")],
            id="close to the company between commas",
        ),
        pytest.param(
            "Workers at the plant stopped work on Monday.\n\n"
            "Unite regional officer Jane Roe said the members would stay out.",
            [("Jane Roe", "UNITE")],
            id="an officer introduced by the union's short name",
        ),
        pytest.param(
            "Dockers walked out on Monday.\n\n"
            "The employers' federation VBO-FEB said the walkout had cost exporters dearly.",
            [(None, "VBO")],
            id="a class noun before a listed body's name describes it",
        ),
        pytest.param(
            "ArcelorMittal closed its last mill on Friday.\n\n"
            "The steelmaker said the buyer had agreed to keep the workforce.",
            [(None, "ARCELOR")],
            id="a company by its trade",
        ),
        pytest.param(
            "Farmers blocked the highway on Monday.\n\n"
            "Jane Roe, of the Kisan Mazdoor Morcha, called the curfew an attempt to scare them.",
            [("Jane Roe", "KMM")],
            id="a person set off by commas as of a listed body",
        ),
    ],
)
def test_spoken_for(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected
