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


def test_an_acronym_that_does_not_spell_a_name_with_no_party_head_is_left_out() -> None:
    assert _codes("The Valdoran Liberation Council (QX) held the pass.") == {}


def test_an_armed_groups_acronym_in_its_own_language_is_its_code() -> None:
    # the initials of the name in English are VLA; the group's own acronym differs
    text = "Fighters of the Valdor Liberation Army (TPKV) held the pass."
    assert _codes(text) == {"TPKV": "Valdor Liberation Army"}


def test_a_leading_count_in_an_acronym_is_spelled_out() -> None:
    text = (
        "Rebels of the Vanguard, Victory and Valour group (3V) held the pass, with other "
        "armed groups."
    )
    assert _codes(text) == {"VVV": "Vanguard, Victory and Valour group"}


def test_a_union_for_peace_is_an_armed_group_where_the_text_is_about_one() -> None:
    text = "The Union for Peace in Valdor (UPV), an armed group, held the pass."
    assert _codes(text) == {"UPV": "Union for Peace in Valdor"}


def test_a_union_for_peace_is_no_armed_group_without_armed_conflict() -> None:
    assert _codes("The Union for Peace in Valdor (UPV) held a congress.") == {}


def test_a_coalition_is_an_armed_group_only_where_the_text_is_about_armed_groups() -> None:
    text = "The Coalition of Valdoran Patriots (CVP) met on Monday."
    assert _codes(text) == {}
    assert _codes(text + " The rebels held the pass.") == {"CVP": "Coalition of Valdoran Patriots"}


def test_a_trade_union_stays_out_in_an_armed_conflict_too() -> None:
    text = "The Union of Valdoran Dockworkers (UVD) met; rebels held the pass."
    assert _codes("The Valdoran Dockworkers Union (VDU) met; rebels held the pass.") == {}
    assert _codes(text.replace("Dockworkers", "Workers")) == {}


def test_an_acronym_the_article_defines_beats_the_party_tables_reading() -> None:
    # the party table reads APC as a Nigerian party
    text = "The Alliance of Patriots for Concord (APC) is a rebel alliance."
    [party] = unlisted_parties(text, load_gazetteer())
    assert (party.code, party.shadows) == ("APC", ("NGA",))


def test_a_defined_acronym_whose_name_reads_as_its_state_is_not_recoded() -> None:
    assert _codes("Rebels fought the Nigerian Patriots' Coalition (APC) on Monday.") == {}


def test_the_subject_before_an_inserted_phrase_is_the_speaker() -> None:
    text = (
        "The Valdoran Liberation Front (VLF) shelled the town. The VLF, which draws its "
        "fighters from the hills, said the truce was over."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert subject_party(text, text.index("said"), parties) == "VLF"


def test_a_coordinated_verb_shares_the_sentences_subject() -> None:
    text = (
        "The Valdoran Liberation Front (VLF) met. The VLF's leadership rejected the plan, "
        "and said the truce was over."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert subject_party(text, text.index("said"), parties) == "VLF"


def test_an_inserted_phrase_after_another_subject_is_not_the_party() -> None:
    text = (
        "The Valdoran Liberation Front (VLF) met. Officials in the capital, citing the VLF, "
        "said the truce was over."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert subject_party(text, text.index("said"), parties) is None


def test_a_pronoun_after_an_unlisted_partys_statement_stands_for_it() -> None:
    text = (
        "Title: Pass talks\n\nFighters of the Valdoran Liberation Front (VLF) held the pass "
        "on Monday.\n\nA VLF commander said the fighters would stay in the hills. He "
        "accused the army of shelling villages.\n"
    )
    assert [a for _, a in _sides(text)] == ["VLF", "VLF"]


def test_the_groups_spokesman_may_name_the_group_later_in_the_sentence() -> None:
    text = (
        "The talks stalled. The rebels' spokesman, Arno Pesk, said the demand of the "
        "Valdoran Liberation Front (VLF) had not changed."
    )
    parties = unlisted_parties(text, load_gazetteer())
    assert affiliation(text, "Arno Pesk", len(text), parties) == "VLF"


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


def test_an_acronym_that_spells_a_states_code_is_still_a_party() -> None:
    # BRB is Barbados's code in the gazetteer, but no text writes Barbados as "BRB"
    text = (
        "The Barisan Rakyat Bersatu held the hills. A member of the BRB's political wing "
        "said the talks would go on."
    )
    assert _codes(text) == {"BRB": "BRB"}


def test_a_possessive_acronym_is_a_use_of_the_acronym() -> None:
    text = "The VLF's armed wing held the pass."
    assert _codes(text) == {"VLF": "VLF"}


def test_a_member_of_the_partys_wing_is_the_subject_before_an_inserted_phrase() -> None:
    text = (
        "Title: Pass talks\n\nFighters of the Valdoran Liberation Front (VLF) held the pass "
        "on Monday. The capital sent a negotiator to Valdor.\n\nA member of the VLF's "
        "political wing, reached by phone, said the fighters would stay in the hills.\n"
    )
    assert "VLF" in [a for _, a in _sides(text)]


def test_trie_pattern_matches_as_the_alternation_longest_first() -> None:
    import re

    from parley.extract.unlisted import _trie

    names = ["Red Cross", "Red Crescent", "Red", "AB", "A.B.", "ABC", "Port Union", "Port"]
    longest = sorted(names, key=len, reverse=True)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, longest)) + r")(?!\w)")
    trie = re.compile(r"(?<!\w)" + _trie(names) + r"(?!\w)")
    text = (
        "The Red Crossing team met the Red Crescent, then A.B. and ABCD and ABC; "
        "Port Unions and the Port Union, the Red Cross's staff, AB-ABC and Red."
    )
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert trie.findall(text) == [
        "Red",
        "Red Crescent",
        "A.B.",
        "ABC",
        "Port",
        "Port Union",
        "Red Cross",
        "AB",
        "ABC",
        "Red",
    ]
