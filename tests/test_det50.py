"""det50: a reported "that" clause the parse hangs past the medium noun of "said in a
statement that ..." (on a phrase of that noun, or misread as a relative clause)."""

from parley.extract import extract_statements
from parley.extract.syntax import parse_one, reports


def _texts(text: str) -> list[str]:
    return [s.text for s in extract_statements(text)]


def _reported(text: str) -> list[str]:
    doc = parse_one(text)
    assert doc is not None
    return [text[r.start : r.end] for r in reports([doc], [0])]


def test_that_clause_on_a_phrase_of_the_medium_noun_is_reported() -> None:
    # the parse hangs the clause on "questions", a noun inside "a written reply to ..."
    text = (
        "Ruritania's State Border Service said in a written reply to questions that a pause "
        "in the talks could free smugglers for other work."
    )
    assert any(t.startswith("a pause in the talks could free smugglers") for t in _texts(text))


def test_that_clause_on_a_short_reply_is_reported() -> None:
    text = (
        "Borduria's customs service said in a reply to questions that the checks had caused "
        "long delays."
    )
    assert "the checks had caused long delays" in _texts(text)


def test_that_misread_as_a_relative_object_is_reported() -> None:
    # "that" read as the object of "made", which has an object of its own
    text = "The cantons told federal officials in a short joint letter that they had made progress."
    assert _reported(text) == ["that they had made progress"]


def test_a_relative_clause_on_the_medium_noun_reports_nothing() -> None:
    # "that" the object of "sent", which has no other object: a true relative clause
    assert _reported("The union said in a letter that it sent to members on Friday.") == []
    assert _reported("The ferry workers' union spoke at a rally that lasted two hours.") == []


def test_the_addressee_and_call_before_that_are_not_what_was_told() -> None:
    # the pattern rules took in "analysts on a ... call that"; the parse starts at the clause
    text = (
        "Its chairman, Anton Veller, told analysts on a hastily arranged call that the bank "
        "respected the decision of its shareholders."
    )
    assert "the bank respected the decision of its shareholders" in _texts(text)


def test_a_participle_on_the_medium_is_not_what_was_said() -> None:
    # the pattern rules' statement started at "posted"; it starts after "that"
    text = "Ruiz said in a message posted online that the list of steps was long."
    assert _texts(text) == ["the list of steps was long"]
