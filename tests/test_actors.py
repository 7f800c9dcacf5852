"""The gazetteer loader and its lookups: surfaces, people, offices on dates, extension files.

The bundled data itself is checked in test_actors_data.py; here the behaviour of
parley.actors (and of the extractor when a user extends the gazetteer).
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from parley.actors import Gazetteer, Office, Person, gazetteer_documents, load_gazetteer
from parley.errors import InputError
from parley.extract import extract_statements
from parley.extract.mentions import mention_finder

EXTENSION = {
    "actors": [
        {
            "code": "XTL",
            "kind": "state",
            "name": "Testland",
            "names": ["Testland"],
            "adjectives": ["Testlandic"],
            "plurals": ["Testlanders"],
            "capitals": ["Testburg"],
            "metonyms": ["Glass Palace"],
            "government": ["Testlandic government"],
        }
    ],
    "people": [
        {
            "name": "Ilse Probst",
            "aliases": ["Probst"],
            "gender": "f",
            "offices": [
                {
                    "actor": "XTL",
                    "roles": ["foreign minister"],
                    "descriptions": ["Testlandic top envoy"],
                    "from": "2024-01-01",
                    "to": None,
                }
            ],
        }
    ],
}


@pytest.fixture
def fresh_gazetteer(monkeypatch: pytest.MonkeyPatch):
    """Clear the cached gazetteer and matcher before and after, so env changes take effect."""
    monkeypatch.delenv("PARLEY_ACTORS", raising=False)
    load_gazetteer.cache_clear()
    mention_finder.cache_clear()
    yield monkeypatch
    load_gazetteer.cache_clear()
    mention_finder.cache_clear()


def _write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# -- lookups on the bundled gazetteer -------------------------------------------------------


@pytest.mark.parametrize(
    "surface, code",
    [
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Russian", "RUS"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Washington", "USA"),
        ("the US administration", "USA"),
        ("Berlin", "DEU"),
        ("European allies", "EUR"),
        ("the Europeans", "EUR"),
        ("NATO", "NATO"),
        (" Ukrainians ", "UKR"),
    ],
)
def test_actor_of_surface_forms(surface, code):
    assert load_gazetteer().actor_of(surface) == code


def test_unknown_surface_has_no_actor():
    assert load_gazetteer().actor_of("Atlantis") is None


@pytest.mark.parametrize(
    "surface, name",
    [
        ("Putin", "Vladimir Putin"),
        ("Vladimir Putin", "Vladimir Putin"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("Peskov", "Dmitry Peskov"),
        ("Sybiga", "Andrii Sybiha"),
    ],
)
def test_person_by_name_or_alias(surface, name):
    person = load_gazetteer().person(surface)
    assert person is not None and person.name == name


def test_unknown_person_is_none():
    assert load_gazetteer().person("Nobody Inparticular") is None


@pytest.mark.parametrize(
    "day, name",
    [
        (date(2024, 12, 31), "Olaf Scholz"),
        (date(2025, 5, 5), "Olaf Scholz"),
        (date(2025, 5, 6), "Friedrich Merz"),  # a term starts on its first day
        (date(2025, 11, 28), "Friedrich Merz"),
    ],
)
def test_german_chancellor_depends_on_the_date(day, name):
    holders = load_gazetteer().holders("DEU", "chancellor", day)
    assert [p.name for p in holders] == [name]


def test_holders_without_a_date_are_the_current_ones():
    assert [p.name for p in load_gazetteer().holders("DEU", "Chancellor", None)] == [
        "Friedrich Merz"
    ]


def test_holders_of_any_actor():
    names = {p.name for p in load_gazetteer().holders(None, "chancellor", date(2025, 6, 1))}
    assert "Friedrich Merz" in names
    assert "Olaf Scholz" not in names


def test_description_names_the_office_holder():
    gaz = load_gazetteer()
    assert [p.name for p in gaz.describe("Kremlin spokesman", date(2025, 11, 28))] == [
        "Dmitry Peskov"
    ]
    assert gaz.describe("Kremlin spokesman", date(2010, 1, 1)) == []


def test_person_actor_and_roles_on_a_date():
    rutte = load_gazetteer().person("Rutte")
    assert rutte.actor_on(date(2023, 1, 1)) == "NLD"
    assert rutte.actor_on(date(2025, 1, 1)) == "NATO"
    assert "secretary general" in rutte.roles_on(date(2025, 1, 1))
    assert "prime minister" not in rutte.roles_on(date(2025, 1, 1))


def test_office_held_on_boundaries():
    office = Office("XTL", ("minister",), date(2025, 1, 1), date(2025, 7, 1))
    assert not office.held_on(date(2024, 12, 31))
    assert office.held_on(date(2025, 1, 1))
    assert office.held_on(date(2025, 6, 30))
    assert not office.held_on(date(2025, 7, 1))  # the end date is exclusive
    assert not office.held_on(None)  # without a date only open-ended offices count
    assert Office("XTL", (), None, None).held_on(None)


def test_person_without_office_has_no_actor():
    assert Person("Nobody").actor_on(date(2025, 1, 1)) is None


def test_from_rows_lower_cases_roles_and_indexes_every_surface():
    gaz = Gazetteer.from_rows([EXTENSION])
    assert gaz.actor_of("Testburg") == "XTL"
    assert gaz.actor_of("Glass Palace") == "XTL"
    assert gaz.actor_of("Testlandic") == "XTL"
    assert gaz.person("Probst").gender == "f"
    assert "foreign minister" in gaz.roles
    assert [p.name for p in gaz.describe("Testlandic top envoy", date(2025, 1, 1))] == [
        "Ilse Probst"
    ]


# -- extension files (PARLEY_ACTORS) ------------------------------------------------------


def test_extension_file_adds_actors_and_people(fresh_gazetteer, tmp_path):
    path = _write(tmp_path / "extra.json", EXTENSION)
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(path))
    gaz = load_gazetteer()
    assert gaz.actor_of("Testland") == "XTL"
    assert gaz.person("Probst").name == "Ilse Probst"
    # the bundled data is still there
    assert gaz.actor_of("Moscow") == "RUS"
    assert gaz.person("Putin").name == "Vladimir Putin"


def test_later_file_overrides_earlier_by_code_and_name(fresh_gazetteer, tmp_path):
    first = _write(tmp_path / "first.json", EXTENSION)
    override = {
        "actors": [{"code": "XTL", "name": "New Testland", "names": ["New Testland"]}],
        "people": [
            {
                "name": "Ilse Probst",
                "aliases": ["I. Probst"],
                "offices": [{"actor": "RUS", "roles": ["envoy"], "from": "2024-01-01"}],
            }
        ],
    }
    second = _write(tmp_path / "second.json", override)
    fresh_gazetteer.setenv("PARLEY_ACTORS", os.pathsep.join([str(first), str(second)]))
    gaz = load_gazetteer()
    assert gaz.actors["XTL"].name == "New Testland"
    assert gaz.actor_of("New Testland") == "XTL"
    assert gaz.person("I. Probst").actor_on(date(2025, 1, 1)) == "RUS"


def test_extension_file_overrides_a_bundled_person(fresh_gazetteer, tmp_path):
    override = {
        "people": [
            {
                "name": "Dmitry Peskov",
                "aliases": ["Peskov"],
                "gender": "m",
                "offices": [{"actor": "XTL", "roles": ["spokesman"], "from": "2000-01-01"}],
            }
        ]
    }
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(_write(tmp_path / "p.json", override)))
    assert load_gazetteer().person("Peskov").actor_on(date(2025, 1, 1)) == "XTL"


def test_extra_argument_is_read_after_the_environment(fresh_gazetteer, tmp_path):
    env = _write(tmp_path / "env.json", EXTENSION)
    extra = _write(
        tmp_path / "extra.json", {"actors": [{"code": "XTL", "name": "Extra", "names": []}]}
    )
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(env))
    docs = gazetteer_documents([extra])
    assert len(docs) == 3
    assert load_gazetteer((str(extra),)).actors["XTL"].name == "Extra"


def test_extractor_uses_the_extension_file(fresh_gazetteer, tmp_path):
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(_write(tmp_path / "x.json", EXTENSION)))
    text = "Ilse Probst said Testland was ready to host the next round of talks."
    (s,) = extract_statements(text, published=date(2025, 11, 28))
    assert (s.speaker, s.actor) == ("Ilse Probst", "XTL")
    assert s.text == "Testland was ready to host the next round of talks"


def test_gazetteer_is_cached_until_cleared(fresh_gazetteer, tmp_path):
    plain = load_gazetteer()
    assert load_gazetteer() is plain
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(_write(tmp_path / "x.json", EXTENSION)))
    assert load_gazetteer().person("Probst") is None  # still the cached one
    load_gazetteer.cache_clear()
    assert load_gazetteer().person("Probst") is not None


def test_bad_json_names_the_file(fresh_gazetteer, tmp_path):
    bad = tmp_path / "broken-actors.json"
    bad.write_text('{"actors": [ {"code": "XTL",, } ]', encoding="utf-8")
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(bad))
    with pytest.raises(InputError) as info:
        load_gazetteer()
    assert info.value.path == str(bad)
    assert "broken-actors.json" in str(info.value)
    assert "JSON" in str(info.value)


def test_json_that_is_not_an_object_is_an_input_error(fresh_gazetteer, tmp_path):
    path = _write(tmp_path / "list.json", [1, 2, 3])
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(path))
    with pytest.raises(InputError, match="list.json"):
        load_gazetteer()


def test_an_unknown_actor_kind_or_gender_is_an_input_error(fresh_gazetteer, tmp_path):
    for doc, problem in (
        ({"actors": [{"code": "XTL", "kind": "country"}]}, "kind 'country' is not one of"),
        ({"people": [{"name": "A B", "gender": "x", "offices": []}]}, "gender 'x'"),
        ({"shared": [{"form": "Congo", "actors": ["COD"]}]}, "two or more actors"),
    ):
        path = _write(tmp_path / "kinds.json", doc)
        fresh_gazetteer.setenv("PARLEY_ACTORS", str(path))
        with pytest.raises(InputError, match=problem) as info:
            load_gazetteer()
        assert info.value.path == str(path)


def test_missing_extension_file_is_an_input_error(fresh_gazetteer, tmp_path):
    missing = tmp_path / "nowhere.json"
    fresh_gazetteer.setenv("PARLEY_ACTORS", str(missing))
    with pytest.raises(InputError, match="nowhere.json"):
        load_gazetteer()


def test_empty_entries_in_the_path_list_are_ignored(fresh_gazetteer, tmp_path):
    path = _write(tmp_path / "x.json", EXTENSION)
    fresh_gazetteer.setenv("PARLEY_ACTORS", os.pathsep + str(path) + os.pathsep)
    assert load_gazetteer().actor_of("Testland") == "XTL"
