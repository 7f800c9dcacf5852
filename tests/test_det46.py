"""det46: an offer, promise, proposal, pledge, threat or request told inside a relative
clause describes the noun the clause is on; it is no statement. Outside one it still is."""

from parley.extract import extract_statements
from parley.extract.relative_acts import act_in_relative


def _texts(text: str) -> list[str]:
    return [s.text for s in extract_statements(text)]


def test_threat_in_relative_clause_is_no_statement() -> None:
    texts = _texts(
        "The talks stalled on Monday. The bill was backed by Senator Mary Cole, who had "
        "threatened to quit the committee if the vote was delayed."
    )
    assert not any(t.startswith("to quit the committee") for t in texts)


def test_request_and_offer_in_relative_clause_are_no_statements() -> None:
    texts = _texts(
        "The ferry operators met the unions again. Paul Reed, who asked the minister to "
        "attend the meeting, was not present. Norway, which offered to host the talks, "
        "stayed silent."
    )
    assert not any(t.startswith(("to attend", "to host")) for t in texts)


def test_subject_gap_that_clause_is_no_statement() -> None:
    texts = _texts("The drivers ended a standoff that had threatened to close the border.")
    assert not any(t.startswith("to close the border") for t in texts)


def test_main_clause_threat_still_reported() -> None:
    texts = _texts("The mayor threatened to close the border if the fees were not cut.")
    assert any(t.startswith("to close the border") for t in texts)


def test_complement_that_is_not_a_relative_clause() -> None:
    text = "She said that the union offered to pay."
    assert not act_in_relative("offer", text, 0, text.index("offered"))
    text = "A union that offered to pay"
    assert act_in_relative("offer", text, 0, text.index("offered"))
    assert not act_in_relative("say", "A union that said", 0, 13)
