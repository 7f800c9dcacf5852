"""How a domestic opposition is coded: the extraction setting ``Opposition``.

The spec reads ``actor`` as the political actor the speaker stands for, and issue 8 asks
that a party membership give it ("Reform UK leader Nigel Farage" -> GBR): that is
``Opposition.STATE``, the default. The negotiation corpus's gold follows an in-house
convention where the opposition has no side (tests/data/negotiations/README.md, "Domestic
opposition"): ``Opposition.NONE``. Sentences written for these tests (the people are the
issue's and public figures), none taken from the corpus.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.extract import Article, Opposition, extract_many, extract_statements

DAY = date(2025, 6, 10)


def _who(body: str, opposition: Opposition, day: date = DAY) -> list[tuple[str | None, str | None]]:
    found = extract_statements("Title: t\n\n" + body + "\n", published=day, opposition=opposition)
    return [(s.speaker, s.actor) for s in found]


@pytest.mark.parametrize(
    ("body", "state", "none"),
    [
        pytest.param(
            "Reform UK leader Nigel Farage said the trade deal with the United States was a "
            "betrayal.",
            [("Nigel Farage", "GBR")],
            [("Nigel Farage", None)],
            id="the issue's example: a party leader the gazetteer knows",
        ),
        pytest.param(
            "The United States and Iran met in Oman.\n\nDemocratic Senator Chris Murphy said "
            "the ceasefire deal with Iran would not hold.",
            [("Chris Murphy", "USA")],
            [("Chris Murphy", None)],
            id="a US Democratic senator in 2025, the party's label before the title",
        ),
        pytest.param(
            "Chris Murphy, a Democratic senator from Connecticut, said the ceasefire deal with "
            "Iran would not hold.",
            [("Chris Murphy", "USA")],
            [("Chris Murphy", None)],
            id="a US Democratic senator in 2025, in apposition",
        ),
        pytest.param(
            "The United States and Iran met in Oman.\n\nSen. Chris Murphy (D-Conn.) said the "
            "ceasefire deal with Iran would not hold.",
            [("Chris Murphy", "USA")],
            [("Chris Murphy", None)],
            id="a US senator by his party-and-state label",
        ),
        pytest.param(
            "The United States and Iran met in Oman.\n\nSenate Democratic leader Chuck "
            "Schumer said the ceasefire deal with Iran would not hold.",
            [("Chuck Schumer", "USA")],
            [("Chuck Schumer", "IRN")],  # NONE: the context's side, as before the setting
            id="a chamber's party leader",
        ),
        pytest.param(
            "Britain and Mauritius signed the treaty.\n\nJugnauth, now in opposition, warned "
            "that the renegotiation could cost Mauritius the whole agreement.",
            [("Pravind Jugnauth", "MUS")],
            [("Pravind Jugnauth", None)],
            id="a former prime minister the text places in opposition: his own state's",
        ),
        pytest.param(
            "Washington lifted the sanctions.\n\nNot everyone in Ruritania's opposition was "
            "pleased. Ivan Petrov, the opposition Liberal Union's candidate, said the sanctions "
            "had been lifted for the wrong people.",
            [("Ivan Petrov", None)],
            [("Ivan Petrov", None)],
            id="an opposition the text names by a state the gazetteer lacks: no side",
        ),
        pytest.param(
            "The United States let the licence lapse.\n\nMaria Corina Machado, who won the "
            "opposition primary, remains barred from office. The opposition coalition said "
            "the electoral authority had blocked her registration.",
            [(None, "VEN")],
            [(None, None)],
            id="an opposition body after an opposition figure the gazetteer knows",
        ),
        pytest.param(
            "Turkish opposition leader Ozgur Ozel said the talks with the PKK must go through "
            "parliament.",
            [("Ozgur Ozel", "TUR")],
            [("Ozgur Ozel", None)],
            id="an opposition leader with a demonym",
        ),
        pytest.param(
            "Turkey and the PKK held talks.\n\nThe opposition leader said the talks must go "
            "through parliament.",
            [(None, "TUR")],
            [(None, None)],
            id="an unnamed opposition leader is the state's, never an armed group's",
        ),
        pytest.param(
            "Kemal Arda, an opposition lawmaker, said Turkey should not send troops to Syria.",
            [("Kemal Arda", "TUR")],
            [("Kemal Arda", None)],
            id="an opposition lawmaker in apposition",
        ),
        pytest.param(
            "A spokesman for Gibraltar's opposition Social Democrats said the treaty with Spain "
            "was flawed.",
            [(None, "GIB")],
            [(None, None)],
            id="an office of a named state's opposition",
        ),
        pytest.param(
            "Britain and Mauritius signed the treaty.\n\nShadow Foreign Secretary Priti Patel "
            "said the deal was a surrender.",
            [("Priti Patel", "GBR")],
            [("Priti Patel", None)],
            id="a shadow office held by a former minister",
        ),
        pytest.param(
            "Colombia and the ELN met in Caracas.\n\nPaloma Valencia said the talks were a "
            "mistake.",
            [("Paloma Valencia", "COL")],
            [("Paloma Valencia", None)],
            id="an opposition senator the gazetteer knows",
        ),
    ],
)
def test_opposition_politicians(body: str, state: list, none: list) -> None:
    assert _who(body, Opposition.STATE) == state
    assert _who(body, Opposition.NONE) == none


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Colombia and the ELN met in Caracas.\n\nFormer president Alvaro Uribe said the "
            "talks were a mistake.",
            [("Alvaro Uribe", None)],
            id="a former office-holder speaks for himself",
        ),
        pytest.param(
            "India and Pakistan agreed a ceasefire.\n\nVivek Rao, a retired Indian army "
            "officer, said the truce would hold.",
            [("Vivek Rao", None)],
            id="a retired officer",
        ),
        pytest.param(
            "Canada and the United States resumed talks.\n\nLana Payne, president of the "
            "Unifor union, said the deal failed workers.",
            [("Lana Payne", None)],
            id="a union's officer",
        ),
        pytest.param(
            "Russia and Ukraine met in Istanbul.\n\nTatiana Stanovaya, an analyst at a "
            "Berlin think tank, said the talks were theatre.",
            [("Tatiana Stanovaya", None)],
            id="an analyst",
        ),
    ],
)
def test_private_voices_in_both_modes(body: str, expected: list) -> None:
    assert _who(body, Opposition.STATE) == expected
    assert _who(body, Opposition.NONE) == expected


def test_the_default_is_the_specs_reading() -> None:
    body = "Reform UK leader Nigel Farage said the trade deal was a betrayal."
    found = extract_statements("Title: t\n\n" + body + "\n", published=DAY)
    assert [s.actor for s in found] == ["GBR"]
    batch = list(extract_many([Article("Title: t\n\n" + body + "\n", published=DAY)]))
    assert [s.actor for s in batch[0]] == ["GBR"]
    none = list(
        extract_many(
            [Article("Title: t\n\n" + body + "\n", published=DAY)], opposition=Opposition.NONE
        )
    )
    assert [s.actor for s in none[0]] == [None]


def _farage(tmp_path: Path) -> Path:
    article = tmp_path / "farage.txt"
    article.write_text(
        "Title: t\nPublished: 2025-06-10\n\nReform UK leader Nigel Farage said the trade "
        "deal was a betrayal.\n",
        encoding="utf-8",
    )
    return article


def test_the_cli_takes_the_setting(tmp_path: Path) -> None:
    article = _farage(tmp_path)
    runner = CliRunner()
    actors = {}
    for flag in ("state", "none", "NONE"):
        done = runner.invoke(app, ["extract", str(article), "--opposition", flag])
        assert done.exit_code == 0, done.output
        actors[flag] = '"actor": "GBR"' in done.stdout
    assert actors == {"state": True, "none": False, "NONE": False}
    default = runner.invoke(app, ["extract", str(article)])
    assert '"actor": "GBR"' in default.stdout
    assert runner.invoke(app, ["extract", str(article), "--opposition", "maybe"]).exit_code != 0
    helped = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert "--opposition" in helped.stdout


@pytest.mark.parametrize(("setting", "actor"), [(None, "GBR"), ("none", None), ("state", "GBR")])
def test_ingest_stores_under_the_setting(tmp_path: Path, setting: str | None, actor: str | None):
    """``parley ingest --opposition`` codes what it stores as ``extract`` does."""
    from parley.record import Record

    db = tmp_path / "p.db"
    flag = ["--opposition", setting] if setting else []
    done = CliRunner().invoke(app, ["ingest", str(_farage(tmp_path)), "--db", str(db), *flag])
    assert done.exit_code == 0, done.output
    with Record(db, create=False) as record:
        assert [(s.speaker, s.actor) for s in record.statements()] == [("Nigel Farage", actor)]


def test_the_record_and_its_cluster_tasks_take_the_setting(tmp_path: Path) -> None:
    """The API: ``Record(opposition=...)`` for ingest and single sources, and the Dask
    tasks that extract for a record on a cluster."""
    from parley.distributed import extract_file
    from parley.record import Record
    from parley.sources import read_path

    article = _farage(tmp_path)
    with Record(tmp_path / "n.db", opposition=Opposition.NONE) as record:
        assert record.opposition is Opposition.NONE
        record.ingest([article])
        assert [s.actor for s in record.statements()] == [None]
    [source] = read_path(article)
    with Record(tmp_path / "s.db") as record:
        assert record.opposition is Opposition.STATE
        assert record.store_source(source) == 1
        assert [s.actor for s in record.statements()] == ["GBR"]
    for setting, actor in ((Opposition.NONE, None), (Opposition.STATE, "GBR")):
        result = extract_file(str(article), 10**6, opposition=setting)
        assert [s.actor for item in result.extracted for s in item.statements] == [actor]
