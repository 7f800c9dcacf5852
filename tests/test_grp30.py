"""Statements whose speaker is no named person but a body's unnamed people or the body
itself by a pronoun (grp30, thirtieth round): "a company official", "a member of the
group's delegation", "according to a senior party functionary", "The official added";
"X welcomed the plan and said it ...", "X said ... It added"; "X has said"."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.described import described_again, described_member
from parley.extract.options import Opposition
from parley.extract.unlisted import Unlisted

_FRONT = Unlisted("FRONT", "Hill Front", ("Hill Front",), movement=True)
_OTHER = Unlisted("OTHER", "River Army", ("River Army",), movement=True)
_FIRM = Unlisted("FIRM", "Acme Drilling", ("Acme Drilling",), nouns=("company",))
_PARTY = Unlisted("PARTY", "Valley People's Party", ("Valley People's Party",), nouns=("party",))


def _at(text: str, verb: str) -> int:
    return text.index(verb)


def test_a_member_of_the_groups_delegation() -> None:
    text = (
        "The Hill Front laid down its guns on Monday. "
        "A member of the group's delegation, who would not give his name, said the roads "
        "must come first."
    )
    cue = _at(text, "said the roads")
    assert described_member(text, cue, "said", [_FRONT]) == "FRONT"


def test_the_group_introduced_as_a_group_before_another_named_later() -> None:
    # the body the text called "a group" is "the group", though another is named after it
    text = (
        "Fighters of the Hill Front, a group that left the River Army years ago, met on "
        "Friday. A member of the group's council said talks would go on."
    )
    cue = _at(text, "said talks")
    assert described_member(text, cue, "said", [_FRONT, _OTHER]) == "FRONT"


def test_a_company_official_in_a_city() -> None:
    text = (
        "Acme Drilling paused work at the well. A company official in Port Rivers said the "
        "pause would last a week."
    )
    cue = _at(text, "said the pause")
    assert described_member(text, cue, "said", [_FIRM]) == "FIRM"


def test_according_to_a_senior_party_functionary() -> None:
    text = (
        "The Valley People's Party wants a new charter. According to a senior party "
        "functionary, the ministry asked for changes."
    )
    cue = _at(text, "According")
    assert described_member(text, cue, "According to", [_PARTY]) == "PARTY"


def test_no_body_of_another_class() -> None:
    # a company is no party, a named person no description
    text = "Acme Drilling paused work. A party official said the pause was a scandal."
    assert described_member(text, _at(text, "said the"), "said", [_FIRM]) is None
    text = "Acme Drilling paused work. Jane Roe said the pause was a scandal."
    assert described_member(text, _at(text, "said the"), "said", [_FIRM]) is None


def test_the_official_again() -> None:
    text = "A company official said it was fine. The official added that it was late."
    assert described_again(text, _at(text, "added"))
    assert not described_again(text, _at(text, "said"))


def _actors(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.actor, s.text) for s in extract_statements(text, opposition=Opposition.NONE)
    ]


def test_a_coordinated_verb_after_a_company_speaks_for_it() -> None:
    text = (
        "Title: Gas talks\n\nGas talks\n\n"
        'In a brief statement, TotalEnergies welcomed "the spirit of the talks" and said it '
        "hoped to sign the contracts before the summer.\n"
    )
    got = [a for _, a, t in _actors(text) if t.startswith("it hoped")]
    assert got == ["TTE"]


def test_a_company_official_speaks_for_the_company_named_before() -> None:
    text = (
        "Title: Gas talks\n\nGas talks\n\n"
        "TotalEnergies has asked for a larger share of the field.\n\n"
        "A company official, who was not authorised to speak, said the request was "
        "modest. The official said talks would resume next week.\n"
    )
    rows = _actors(text)
    assert [a for _, a, t in rows if t.startswith("the request")] == ["TTE"]
    assert [a for _, a, t in rows if t.startswith("talks would")] == ["TTE"]


def test_another_of_the_same_people() -> None:
    text = "One member of the party's staff said it was fine. Another said it was not."
    assert described_again(text, _at(text, "said it was not"))


def test_a_union_official_is_no_union_of_states() -> None:
    states = Unlisted("BLOC", "Northern Union", ("Northern Union",), of_states=True)
    text = "The Northern Union signed the pact. A union official said workers were not asked."
    assert described_member(text, _at(text, "said workers"), "said", [states]) is None


_RIVAL = Unlisted("RIVAL", "Coast Workers Party", ("Coast Workers Party",), nouns=("party",))


def test_the_party_a_story_is_about() -> None:
    from parley.extract.unlisted import noun_subject

    # (a body the gazetteer lacks, the Planning Council, stands between the rival's name
    # and "the party": the nearest name does not decide)
    story = (
        "The Valley People's Party ended its boycott. The Valley People's Party wants a "
        "charter, and the Valley People's Party will vote on it.\n\n"
        "The Coast Workers Party called the deal a stunt.\n\n"
        "What next?\n\nThe Planning Council will name a panel. The party says "
    )
    text = story + "it wants a date."
    cue = len(story) - len("says ")
    assert noun_subject(text, cue, [_PARTY, _RIVAL]) == "PARTY"
    # named as often as its rival: "the party" decides nothing
    even = story.replace(
        "The Coast Workers Party called",
        "The Coast Workers Party, the Coast Workers Party and the Coast Workers Party called",
    )
    cue = len(even) - len("says ")
    assert noun_subject(even + "it wants a date.", cue, [_PARTY, _RIVAL]) is None
