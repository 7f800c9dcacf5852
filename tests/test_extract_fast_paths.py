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


def test_holders_asked_again_are_the_same_and_a_list_of_their_own() -> None:
    gaz = load_gazetteer()
    day = date(2025, 11, 20)
    first = gaz.holders(None, "foreign minister", day)
    assert first  # the gazetteer holds foreign ministers on that day
    first.clear()  # a caller's list is its own: the memo keeps its own copy
    again = gaz.holders(None, "Foreign Minister", day)  # the role's case does not count
    assert again and again == gaz.holders(None, "foreign minister", day)
    assert again is not gaz.holders(None, "foreign minister", day)
    # another day is asked afresh, not read off the first day's memo
    assert [p.name for p in gaz.holders(None, "foreign minister", date(1990, 1, 1))] != [
        p.name for p in again
    ]


def test_holders_memo_starts_again_when_full(monkeypatch) -> None:
    import parley.actors as actors

    gaz = load_gazetteer()
    monkeypatch.setattr(actors, "_HELD_KEPT", 3)
    gaz._held.clear()
    days = [date(2020, 1, d) for d in range(1, 8)]
    got = [[p.name for p in gaz.holders("USA", "president", d)] for d in days]
    assert len(gaz._held) <= 3
    assert got == [[p.name for p in gaz.holders("USA", "president", d)] for d in days]


def test_written_spellings_as_every_word_read() -> None:
    from parley.extract.pipeline import _WORD, ascii_name, written_spellings

    def plain(text: str) -> dict[str, str]:
        return {
            p: w
            for w in set(_WORD.findall(text))
            if not w.isascii() and (p := ascii_name(w)) and p != w
        }

    pieces = ["Ana", "Łukasz", "Gómez’s", "the", "minister’s", "“talks”", "—", "–", "…", "\xa0"]
    pieces += ["it’s", "‘no’", "São", "Ca'n", "x-ray", "Ørsted", "ﬁnal", "²", "…said", "é"]
    rng = random.Random(8)
    for _ in range(1000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert written_spellings(text) == plain(text)
    # typeset quotes, dashes and apostrophes alone: nothing to spell otherwise
    assert written_spellings("“We won’t sign,” she said — firmly… ‘never’.") == {}
    assert written_spellings("Sebastián Piñera’s office") == {
        "Sebastian": "Sebastián",
        "Pinera’s": "Piñera’s",
    }


def test_name_runs_tried_at_capitals_as_at_every_position() -> None:
    from parley.extract.mentions import _NAME_RUN, _name_runs

    pieces = ["Ana", "van", "der", "Berg", "O'Neill", "D’Alema", "McCarthy", "al-Rishq", "J."]
    pieces += ["G.K."]
    pieces += ["F.B.I.", "Jr.", "Sr.", "II", "Łukasz", "Émile", "Çelik", "said", "the", "x", "4B"]
    pieces += [",", ".", "-", "’s", "(", "\n", "in 't", "Kassym-Jomart", "eBay", "_Ana", "ÅB"]
    rng = random.Random(9)
    for _ in range(3000):
        text = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in _name_runs(text)] == [m.span() for m in _NAME_RUN.finditer(text)]


def test_acronyms_found_by_their_first_capital_as_before() -> None:
    from parley.extract.unlisted import _ACRONYM

    before = re.compile(
        r"(?<![\w.'’-])(?=(?:[0-9]*[A-Z]){2})[A-Z][A-Z0-9]{1,6}(?![\w-]|['’](?!s\b))"
    )
    pieces = ["NFR", "N4", "4NFR", "U.S.", "RSF", "-led", "x", ".", "’", "'", "ABCDEFGH", "A1B"]
    pieces += ["A", "B2", "M23", "the", "\n", "(", ")", "é", "_", "-", "Ab", "AB’s", "'s", "s"]
    rng = random.Random(10)
    for _ in range(3000):
        text = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in _ACRONYM.finditer(text)] == [
            m.span() for m in before.finditer(text)
        ]


def test_photo_credits_found_as_by_the_word_boundaries() -> None:
    from parley.extract.segment import _CREDIT

    before = re.compile(
        r"\((?:[A-Z][\w.]*\s*)?(?:Photo|Photograph|Image|File)(?:\s+by[^)]*)?\)|Getty\s+Images"
        r"|\b(?:AFP|AP|Reuters|EPA|Anadolu|TASS|Sputnik|Pool)(?:\s+(?:Photo|via\s+\w+))?\s*$"
        r"|\b(?:Photo|Photograph|Image)\s*(?:by|credit|:)",
    )
    pieces = ["AFP", "AP", "Reuters", "EPA", "Anadolu", "TASS", "Sputnik", "Pool", "Photo"]
    pieces += ["Photograph", "Image", "File", "by", "credit", ":", "via", "Getty", "Images", "("]
    pieces += [")", "x", "the", "SAP", "eAFP", "_AP", "4Reuters", "\n", ".", "’", "Ana", "  "]
    rng = random.Random(11)
    for _ in range(5000):
        text = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert bool(_CREDIT.search(text)) == bool(before.search(text)), text


def test_an_unnamed_origin_holds_its_head_noun_as_written() -> None:
    from parley.extract.speakers import _ORIGIN_NOUNS, _UNNAMED_ORIGIN

    pieces = ["a", "An", "two", "Several", "senior", "Western", "northern", "European", "top"]
    pieces += ["diplomat", "officials", "negotiator", "envoys", "sources", "officer", "from"]
    pieces += ["of", "one", "the", "NATO", "country", "members", "in", "Northern", "Europe", ","]
    rng = random.Random(14)
    found = 0
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for m in _UNNAMED_ORIGIN.finditer(text):
            found += 1
            assert m.group("noun") in _ORIGIN_NOUNS
            assert any(noun in m.group() for noun in _ORIGIN_NOUNS)
    assert found > 100
