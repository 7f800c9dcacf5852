"""The faster forms of a few look-ups give what the plain forms give (issue 8, item 7)."""

from __future__ import annotations

import random
import re
from datetime import date

import spacy
from spacy.tokens import Span
from spacy.util import filter_spans

from parley.actors import load_gazetteer
from parley.extract.mentions import _longest_first
from parley.parties import load_parties


def test_longest_first_keeps_what_filter_spans_keeps() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc(" ".join(f"w{i}" for i in range(30)))
    rng = random.Random(3)
    for _ in range(300):
        found = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randrange(30)
            b = min(30, a + rng.randint(1, 4))
            found.append((a, b, rng.choice(["PERSON", "ACTOR", "ROLE"])))
        spans = [Span(doc, a, b, label=label) for a, b, label in found]
        expected = [(s.start, s.end, s.label_) for s in filter_spans(spans)]
        assert _longest_first(found) == expected


def test_party_names_match_as_the_plain_alternation() -> None:
    table = load_parties()
    assert table.pattern is not None
    names = sorted(table.forms, key=len, reverse=True)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    for text in (" ".join(names), "-".join(names), ", the ".join(names), "x".join(names)):
        assert [m.span() for m in table.pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_holders_as_every_person_read() -> None:
    gaz = load_gazetteer()

    def plain(actor: str | None, role: str, day: date | None) -> list[str]:
        return [
            p.name
            for p in gaz.people.values()
            if any(
                (actor is None or o.actor == actor) and role in o.roles and o.held_on(day)
                for o in p.offices
            )
        ]

    roles = sorted(gaz.roles)[:: max(1, len(gaz.roles) // 40)]
    for day in (None, date(2021, 6, 1), date(2025, 11, 20)):
        for role in roles:
            for actor in (None, "USA", "RUS", "UKR", "FRA"):
                assert [p.name for p in gaz.holders(actor, role, day)] == plain(actor, role, day)
        assert [p.name for p in gaz.holders(None, "President", day)] == plain(
            None, "president", day
        )


def test_body_names_read_line_by_line_as_over_the_whole_text() -> None:
    from parley.extract.mentions import _BODY_NAME, _body_name_matches

    pieces = [
        "the Ministry of Foreign Affairs",
        "a Department of Health and Social Care spokesperson",
        "the House Ways and Means Committee",
        "Office",
        "the Oval Office",
        "Agency",
        "Trade & Industry Bureau",
        "said",
        "Ms Alder",
        "of the",
        ",",
        "\n",
        "\n\n",
        " ",
    ]
    rng = random.Random(5)
    for _ in range(500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in _body_name_matches(text)] == [
            m.span() for m in _BODY_NAME.finditer(text)
        ]
