"""Party offices and membership (issue 8, read off the spent test14): a speaker the text
places in a governing party speaks for its state on the article's date, in a party out of
government for none; "ruling" and "opposition" in the text say so too. Sentences and
people written for these tests, none taken from the corpus; the parties are those of
src/parley/data/parties.json. The data itself is checked at the end."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.parties import load_parties

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "parley" / "data" / "parties.json"
DOCS = ROOT / "docs" / "actors.md"


def _who(
    body: str, day: date, opposition: Opposition = Opposition.NONE
) -> list[tuple[str | None, str | None]]:
    found = extract_statements("Title: t\n\n" + body + "\n", published=day, opposition=opposition)
    return [(s.speaker, s.actor) for s in found]


# Each case runs under the corpus's convention (Opposition.NONE), and under the spec's
# reading (Opposition.STATE, the default), where a domestic opposition's politicians and
# parties speak for their state: STATE_SIDES gives what STATE expects where it differs.
BOTH = [
    pytest.param(Opposition.NONE, id="opposition-none"),
    pytest.param(Opposition.STATE, id="opposition-state"),
]
# a party out of government speaks for its state, named by the party table or the text
STATE_SIDES = {
    "the same partner after it left the government": [("Hans Vogel", "DEU")],
    "an opposition party's title": [("Derya Kaya", "TUR")],
    "opposition leader with a country adjective": [("Selim Dogan", "TUR")],
    "leader of the main opposition party in apposition": [("Pablo Ruiz", "ESP")],
    "'its' office of a party out of government": [("Oriol Puig", "ESP")],
    "the leader of a party out of government, named after 'led by'": [("Marta Vidal", "ESP")],
    "a party's parliamentary leader in apposition before the name": [("Oriol Puig", "ESP")],
    "an opposition party's office with a country adjective": [("Ali Kaya", "TUR")],
    "a party's title before a name keeps the name as the speaker": [("Mark Tessier", "CAN")],
    "a party out of government as subject": [(None, "TUR")],
    "a shared party name out of government in its state": [("Sarah Hale", "GBR")],
}


def _expected(request: pytest.FixtureRequest, opposition: Opposition, expected: list) -> list:
    case = request.node.callspec.id.split("-", 2)[2]  # "opposition-state-<case>"
    return STATE_SIDES.get(case, expected) if opposition is Opposition.STATE else expected


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        pytest.param(
            "Spain's parliament will vote next week.\n\nPSOE negotiator Lucia Ferrer said the "
            "budget deal was close.",
            date(2024, 3, 5),
            [("Lucia Ferrer", "ESP")],
            id="a governing party's title before the name",
        ),
        pytest.param(
            "Germany's budget talks resumed.\n\nFDP negotiator Hans Vogel said the party would "
            "not accept new debt.",
            date(2023, 5, 2),
            [("Hans Vogel", "DEU")],
            id="a coalition partner while it governed",
        ),
        pytest.param(
            "Germany's budget talks resumed.\n\nFDP negotiator Hans Vogel said the party would "
            "not accept new debt.",
            date(2025, 2, 3),
            [("Hans Vogel", None)],
            id="the same partner after it left the government",
        ),
        pytest.param(
            "Turkey's parliament debated the bill.\n\nIn Ankara, Kemal Arslan, spokesman of the "
            "ruling AK Party, said the law would be passed within weeks.",
            date(2025, 4, 8),
            [("Kemal Arslan", "TUR")],
            id="a governing party's office in apposition",
        ),
        pytest.param(
            "Turkey's parliament debated the bill.\n\nThe MHP's Cemal Oztan said the commission "
            "should finish its work by the summer.",
            date(2025, 4, 8),
            [("Cemal Oztan", "TUR")],
            id="a ruling alliance partner named by possessive",
        ),
        pytest.param(
            "Turkey's parliament debated the bill.\n\nCHP spokeswoman Derya Kaya said the "
            "government had hidden the text from parliament.",
            date(2025, 4, 8),
            [("Derya Kaya", None)],
            id="an opposition party's title",
        ),
        pytest.param(
            "Latvia signed the accord.\n\nLiga Berzina, a senior figure of the ruling Unity "
            "Forward party, said the accord would be ratified in May.",
            date(2025, 4, 8),
            [("Liga Berzina", "LVA")],
            id="'ruling' names a party the table lacks",
        ),
        pytest.param(
            "Turkey signed the accord.\n\nTurkish opposition leader Selim Dogan said the "
            "accord had been signed in secret.",
            date(2025, 4, 8),
            [("Selim Dogan", None)],
            id="opposition leader with a country adjective",
        ),
        pytest.param(
            "Spain signed the accord.\n\nPablo Ruiz, the leader of Spain's main opposition "
            "party, said the accord was a surrender.",
            date(2025, 4, 8),
            [("Pablo Ruiz", None)],
            id="leader of the main opposition party in apposition",
        ),
        pytest.param(
            "Spain's government met the parties.\n\nThe Catalan party ERC welcomed the deal. "
            "Its spokesman in parliament, Oriol Puig, said the deal was only a first step.",
            date(2024, 3, 5),
            # the party's bare reaction is the lead-in its spokesman spells out: dropped
            # whatever side either is on (det17)
            [("Oriol Puig", None)],
            id="'its' office of a party out of government",
        ),
        pytest.param(
            "Spain's government signed a pact with Junts, the separatist party led from "
            "Brussels by Marta Vidal.\n\nVidal said the pact was not a blank cheque.",
            date(2024, 3, 5),
            [("Marta Vidal", None)],
            id="the leader of a party out of government, named after 'led by'",
        ),
        pytest.param(
            "Spain's budget passed.\n\nERC's parliamentary leader, Oriol Puig, said the budget "
            "was a first step.",
            date(2025, 4, 8),
            [("Oriol Puig", None)],
            id="a party's parliamentary leader in apposition before the name",
        ),
        pytest.param(
            "Spain's budget passed.\n\nAna Lopez of the governing Socialists said the budget "
            "was a first step.",
            date(2025, 4, 8),
            [("Ana Lopez", "ESP")],
            id="'of the governing' party after the name",
        ),
        pytest.param(
            "Turkey's budget passed.\n\nThe Turkish opposition party's leader, Ali Kaya, said "
            "the budget was theft.",
            date(2025, 4, 8),
            [("Ali Kaya", None)],
            id="an opposition party's office with a country adjective",
        ),
        pytest.param(
            "Turkey's budget passed.\n\nSources in the ruling party said the budget was a "
            "first step.",
            date(2025, 4, 8),
            [(None, "TUR")],
            id="unnamed sources in the ruling party",
        ),
        pytest.param(
            "Georgia's parliament met.\n\nGeorgian Dream accuses the opposition of stirring "
            "the protests. Levan Beridze, the party's executive secretary, said the police "
            "would respond.",
            date(2024, 12, 2),
            [(None, "GEO"), ("Levan Beridze", "GEO")],
            id="a governing party as subject and 'the party's' office after it",
        ),
        pytest.param(
            "South Africa's cabinet met.\n\nThe Democratic Alliance, a partner in the "
            "coalition, said the government had been too slow.",
            date(2025, 8, 8),
            [(None, "ZAF")],
            id="a coalition partner by its name ending in a body's noun",
        ),
        pytest.param(
            "Canada's parliament met.\n\nConservative leader Mark Tessier said the deal was weak.",
            date(2025, 8, 8),
            [("Mark Tessier", None)],
            id="a party's title before a name keeps the name as the speaker",
        ),
        pytest.param(
            "Turkey's budget passed.\n\nThe IYI Party said the budget was theft.",
            date(2025, 4, 8),
            [(None, None)],
            id="a party out of government as subject",
        ),
        pytest.param(
            "Spain's Socialists met Junts in Geneva.\n\nA Socialist official said the talks "
            "had been useful.",
            date(2024, 3, 5),
            [(None, "ESP")],
            id="an unnamed official of a governing party with a shared name",
        ),
        pytest.param(
            "Turkey's parliament debated the bill.\n\nAKP sources said the vote would be held "
            "on Thursday.",
            date(2025, 4, 8),
            [(None, "TUR")],
            id="unnamed sources of a governing party",
        ),
        pytest.param(
            "Britain's parliament debated the bill.\n\nLabour negotiator Sarah Hale said the "
            "bill was rushed.",
            date(2023, 6, 1),
            [("Sarah Hale", None)],
            id="a shared party name out of government in its state",
        ),
        pytest.param(
            "Britain's parliament debated the bill.\n\nLabour negotiator Sarah Hale said the "
            "bill would pass.",
            date(2025, 6, 1),
            [("Sarah Hale", "GBR")],
            id="the same party in government",
        ),
        pytest.param(
            "New Zealand's parliament debated the bill.\n\nLabour negotiator Aroha Tane said "
            "the bill would pass.",
            date(2022, 6, 1),
            [("Aroha Tane", "NZL")],
            id="a shared party name in the state the article names",
        ),
    ],
)
@pytest.mark.parametrize("opposition", BOTH)
def test_party_offices(
    request: pytest.FixtureRequest,
    body: str,
    day: date,
    expected: list[tuple[str | None, str | None]],
    opposition: Opposition,
):
    assert _who(body, day, opposition) == _expected(request, opposition, expected)


def test_names_that_run_on_are_not_parties():
    table = load_parties()
    text = (
        "The Social Democrats met the Democratic Republic of the Congo's envoy at the "
        "Ministry of Law and Justice, and Democrats in Congress objected."
    )
    found = [text[p.start : p.end] for p in table.find(text)]
    assert found == ["Social Democrats", "Democrats"]


def test_the_table_is_silent_outside_its_days():
    table = load_parties()
    fdp = table.parties["FDP"]
    assert table.governs(fdp, date(2019, 6, 1)) is None  # before the table's first day
    assert table.governs(fdp, date(2022, 6, 1)) is True
    assert table.governs(fdp, date(2025, 1, 1)) is False
    assert table.governs(fdp, date(2026, 6, 1)) is False  # after it was checked: as then
    assert table.governs(table.parties["SPD"], date(2026, 6, 1)) is True


# -- the data ----------------------------------------------------------------------------

G20_STATES = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN",
              "KOR", "MEX", "RUS", "ZAF", "TUR", "GBR", "USA"}  # fmt: skip
# Saudi Arabia has no parties; these states of the corpus's negotiations have them
CORPUS_STATES = {"ESP", "TUR", "ZMB", "VNM", "UKR", "ISR", "ARM", "AZE", "PAK", "BGD",
                 "VEN", "COL", "GEO", "SRB", "XKX", "MOZ", "NGA", "KEN", "KHM"}  # fmt: skip
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def doc() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def test_every_party_has_a_state_dates_and_a_source(doc: dict):
    states = {a.code for a in load_gazetteer().actors.values() if a.kind == "state"}
    codes = [p["code"] for p in doc["parties"]]
    assert len(codes) == len(set(codes))
    for p in doc["parties"]:
        assert p["state"] in states, p["code"]
        assert p["names"] and all(n.strip() == n and n for n in p["names"]), p["code"]
        assert p["source"].strip(), p["code"]
        assert isinstance(p["governing"], list), p["code"]
        for spell in p["governing"]:
            assert DAY.match(spell["from"]), p["code"]
            assert spell["to"] is None or (
                DAY.match(spell["to"]) and spell["from"] < spell["to"]
            ), p["code"]
        spells = sorted(p["governing"], key=lambda s: s["from"])
        for a, b in zip(spells, spells[1:], strict=False):
            assert a["to"] is not None and a["to"] <= b["from"], p["code"]


def test_each_party_is_documented_with_its_source(doc: dict):
    text = DOCS.read_text(encoding="utf-8")
    for p in doc["parties"]:
        row = next(
            (line for line in text.splitlines() if line.startswith(f"| `{p['code']}` |")), ""
        )
        assert p["source"] in row, p["code"]


def test_the_table_covers_the_g20_and_the_corpus_states(doc: dict):
    covered = {p["state"] for p in doc["parties"] if p["governing"]}
    assert covered >= G20_STATES | CORPUS_STATES


def test_a_state_has_a_governing_party_on_every_day_it_is_recorded(doc: dict):
    """Where the table records a state, some party governs it on each first of the month
    from 2020 to its checked day, except the documented caretaker and interim spells."""
    caretakers = {
        # Pakistan's caretaker government, Bangladesh's interim government since Hasina
        "PAK": (date(2023, 8, 14), date(2024, 3, 4)),
        "BGD": (date(2024, 8, 5), date(2025, 11, 1)),
        # Nepal's interim government of Sushila Karki since Oli's coalition resigned
        "NPL": (date(2025, 9, 9), date(2025, 11, 1)),
        # Austria's expert government to 7 January 2020; Kosovo's Haradinaj and Hoti
        # governments (AAK, LDK) and Kenya's Jubilee and Brazil's Bolsonaro, not recorded
        "AUT": (date(2020, 1, 1), date(2020, 1, 7)),
        "XKX": (date(2020, 1, 1), date(2021, 3, 22)),
        "KEN": (date(2020, 1, 1), date(2022, 9, 13)),
        "BRA": (date(2020, 1, 1), date(2023, 1, 1)),
    }
    table = load_parties()
    by_state: dict[str, list] = {}
    for party in table.parties.values():
        by_state.setdefault(party.state, []).append(party)
    for state, parties in by_state.items():
        if not any(p.spells for p in parties):
            continue
        for year in range(2020, 2026):
            for month in range(1, 13):
                day = date(year, month, 1)
                if day > table.checked_to:
                    break
                gap = caretakers.get(state)
                if gap and gap[0] <= day < gap[1]:
                    continue
                assert any(p.governs(day) for p in parties), (state, day)
