"""Named persons the gazetteer lacks whose names share a word with somebody else's: a known
surname inside a double surname ("Traore-Lindqvist", "Hernan Petro Lozano") is another
person, and a word two learned people share ("Park") is the one the text named last."""

from __future__ import annotations

from parley.extract import extract_statements


def _all(body: str, day: str = "2025-06-20") -> list[tuple[str | None, str | None]]:
    return [
        (s.speaker, s.actor)
        for s in extract_statements(f"Title: t\nPublished: {day}\n\n" + body + "\n")
    ]


def test_a_hyphenated_double_surname_is_not_the_known_person() -> None:
    body = (
        "We spoke to Amina Traore-Holm, a lawyer in Dakar, about the ruling.\n\n"
        "Traore-Holm said the ruling changed the nature of the dispute."
    )
    (speaker, actor), *_ = _all(body)
    assert speaker == "Amina Traore-Holm"
    assert actor is None


def test_a_double_surname_after_another_given_name_and_alone_later() -> None:
    body = (
        '"Nothing has changed on the river," said Julio Petro Vargas, a ferryman of 60.\n\n'
        "At the landing, Petro Vargas said the zone would change nothing."
    )
    got = _all(body)
    assert [s for s, _ in got] == ["Julio Petro Vargas", "Julio Petro Vargas"]
    assert [a for _, a in got] == [None, None]


def test_the_known_person_alone_keeps_his_name() -> None:
    body = "Colombian President Gustavo Petro spoke on Monday.\n\nPetro said the talks would go on."
    *_, (speaker, actor) = _all(body)
    assert speaker == "Gustavo Petro"
    assert actor == "COL"


def test_a_shared_surname_is_the_person_named_last() -> None:
    body = (
        "The union's strike committee chief, Choi Dal, wrote that the members wanted the "
        "plan dropped.\n\n"
        "Deputy Labour Minister Choi Hyun-woo told reporters that the ministry had sent "
        "orders to the strikers.\n\n"
        '"The door is open, but the plan is not up for negotiation," Choi said.'
    )
    *_, (speaker, actor) = _all(body)
    assert speaker == "Choi Hyun-woo"


def test_a_shared_surname_before_the_second_bearer_is_named() -> None:
    body = (
        "Education Minister Lee Ju-ho told a briefing that the quota would be frozen.\n\n"
        "Lee said the deans had asked for the freeze.\n\n"
        "The deans' association welcomed the decision. Its president, Lee Min-jae, told "
        "reporters the schools could not cope."
    )
    got = _all(body, "2024-09-01")
    assert got[1] == ("Lee Ju-ho", "KOR")
