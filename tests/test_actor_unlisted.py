"""Parties the gazetteer does not list (issue 8, twentieth round): a speaker named with an
organisation the gazetteer does not know takes the code the text gives it, its acronym or
its one-word name. Invented organisations and sentences."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.unlisted import affiliation, subject_party, unlisted_parties


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text, published=date(2025, 6, 1))]


def _codes(text: str) -> dict[str, str]:
    return {u.code: u.name for u in unlisted_parties(text, load_gazetteer())}


def test_an_acronym_defined_in_parentheses_is_the_party_code() -> None:
    text = "Fighters of the Valdoran Liberation Front (VLF) held the pass."
    assert _codes(text) == {"VLF": "Valdoran Liberation Front"}


def test_the_name_opens_where_its_initials_follow_the_acronym() -> None:
    text = "The commander of the Kurdish-led Northern Highland Forces (NHF) spoke."
    assert _codes(text) == {"NHF": "Northern Highland Forces"}


def test_an_acronym_that_does_not_spell_the_name_is_left_out() -> None:
    assert _codes("The Valdoran Liberation Front (QX) held the pass.") == {}


def test_an_institute_or_a_firm_is_no_party() -> None:
    text = (
        "An analyst at the Institute for Valdoran Studies (IVS) and a manager of Valdor "
        "Mining Corporation (VMC) spoke."
    )
    assert _codes(text) == {}


def test_a_one_word_name_before_a_party_head_is_upper_cased() -> None:
    assert _codes("Delegates of the Kesmaran Front arrived.") == {"KESMARAN": "Kesmaran Front"}


def test_a_generic_word_before_a_party_head_is_no_name() -> None:
    assert _codes("Delegates of the National Front arrived.") == {}


def test_a_bare_acronym_used_for_fighters_is_a_party() -> None:
    text = "VLF fighters held the pass. The VLF said it would talk."
    assert _codes(text) == {"VLF": "VLF"}


def test_a_bare_acronym_named_by_an_outlet_is_no_party() -> None:
    text = "VLF fighters held the pass, broadcaster VLF reported."
    assert _codes(text) == {}


def test_a_title_after_the_acronym_names_the_speakers_party() -> None:
    text = "The Valdoran Liberation Front (VLF) met. VLF spokesman Arno Pesk said no."
    parties = unlisted_parties(text, load_gazetteer())
    assert affiliation(text, "Arno Pesk", len(text), parties) == "VLF"


def test_an_apposition_names_the_speakers_party() -> None:
    text = (
        "The Valdoran Liberation Front (VLF) met. Arno Pesk, a member of the VLF's "
        "council, said no."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert affiliation(text, "Arno Pesk", len(text), parties) == "VLF"


def test_its_spokesman_refers_back_to_the_party_named_before() -> None:
    text = (
        "The Kesmaran Front rejected the plan on Monday. Its spokesman, Arno Pesk, said the "
        "talks were over."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert affiliation(text, "Arno Pesk", len(text), parties) == "KESMARAN"


def test_its_inside_an_apposition_refers_back_to_the_party() -> None:
    text = (
        "The Kesmaran Front answered on Monday. Arno Pesk, the chair of its negotiating "
        "panel, said the talks were over."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert affiliation(text, "Arno Pesk", len(text), parties) == "KESMARAN"


def test_a_speaker_named_after_the_quotation_is_read_there() -> None:
    text = (
        "Title: Pass talks\n\nFighters of the Valdoran Liberation Front (VLF) held the "
        'pass on Monday.\n\n"We will not leave the pass," said Arno Pesk, a commander of '
        "the VLF.\n"
    )
    assert ("Arno Pesk", "VLF") in _sides(text)


def test_a_name_and_another_title_is_not_the_partys() -> None:
    text = (
        "The Valdoran Liberation Front (VLF) met. The VLF and Interior Minister Arno Pesk "
        "disagreed."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert affiliation(text, "Arno Pesk", len(text), parties) is None


def test_the_group_said_is_the_armed_group_named_before() -> None:
    text = (
        "The Valdoran Liberation Front (VLF) shelled the town. The group said the truce was over."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert subject_party(text, text.index("said"), parties) == "VLF"


def test_a_union_or_a_party_is_no_armed_group_or_movement() -> None:
    text = (
        "The Harbour Pilots and Allied Workers Union (HPAWU) and the Valdoran Labour Party "
        "(VLP) met. HPAWU fighters were not there."
    )
    assert _codes(text) == {}


def test_a_speaker_of_an_unlisted_party_gets_its_code_in_the_statement() -> None:
    text = (
        "Title: Pass talks\n\nFighters of the Valdoran Liberation Front (VLF) held the "
        "pass on Monday.\n\nVLF spokesman Arno Pesk said the group would not withdraw.\n"
    )
    assert ("Arno Pesk", "VLF") in _sides(text)


def test_a_speaker_with_no_party_keeps_no_side() -> None:
    text = (
        "Title: Pass talks\n\nFighters of the Valdoran Liberation Front (VLF) held the "
        "pass on Monday.\n\nArno Pesk, an analyst at a university in the capital, said "
        "the fighting would go on.\n"
    )
    assert ("Arno Pesk", None) in _sides(text)


_ARTICLE = (
    "Title: Pass talks\nURL: https://example.org/pass\nOutlet: Example\n"
    "Published: 2025-06-01T10:00:00+00:00\n\n"
    "Fighters of the Valdoran Liberation Front (VLF) held the pass on Monday.\n\n"
    "VLF spokesman Arno Pesk said the group would not withdraw.\n"
)


def test_an_unlisted_code_flows_through_record_exports_and_web(tmp_path) -> None:
    from io import StringIO

    from fastapi.testclient import TestClient

    from parley.exports import write_csv, write_jsonl
    from parley.record import Record
    from parley.web import create_app

    path = tmp_path / "pass-talks.txt"
    path.write_text(_ARTICLE, encoding="utf-8")
    with Record(f"sqlite:///{tmp_path / 'db.sqlite'}", extractor=extract_statements) as record:
        assert record.ingest([path]).ok
        rows = record.statements(actor="VLF")
        assert [r.speaker for r in rows] == ["Arno Pesk"]
        out = StringIO()
        write_jsonl([r.to_dict() for r in rows], out)
        assert '"actor": "VLF"' in out.getvalue()
        out = StringIO()
        write_csv([r.to_dict() for r in rows], out, ["speaker", "actor"])
        assert "Arno Pesk,VLF" in out.getvalue()
        with TestClient(create_app(db=record, token=None)) as client:
            page = client.get("/actors/VLF")
            assert page.status_code == 200 and "Arno Pesk" in page.text
            listed = client.get("/actors")
            assert listed.status_code == 200 and "/actors/VLF" in listed.text
