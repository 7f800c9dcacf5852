"""det45: a participle's phrase set off inside the reported clause's subject does not end
the clause; one of speech after the clause's verb still does (det47: a participle of any
other verb there goes on with what was said)."""

from parley.extract import extract_statements


def _texts(text: str) -> list[str]:
    return [s.text for s in extract_statements(text)]


def test_participle_inside_subject_keeps_clause() -> None:
    texts = _texts(
        "The Harbour Workers Union said the settlement on its main contract, covering nine "
        "depots, came after months of talks with the port operators."
    )
    assert any(t.endswith("came after months of talks with the port operators") for t in texts)


def test_participle_after_verb_still_ends_clause() -> None:
    texts = _texts(
        "The Harbour Workers Union said the settlement was fair, noting its nine depots, "
        "and would be put to members."
    )
    assert "the settlement was fair" in texts


def test_writer_clause_in_present_perfect_ends_report() -> None:
    texts = _texts(
        "The ministry said it rejects the merger, and the provincial council, together with "
        "two employer groups, has lobbied against the merger for a year."
    )
    assert "it rejects the merger" in texts


def test_shared_subject_in_present_perfect_left_alone() -> None:
    texts = _texts(
        "The ministry said it rejects the merger, and has written to the regulator about the "
        "merger twice."
    )
    assert not any(t == "it rejects the merger" for t in texts)
