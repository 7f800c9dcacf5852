"""det45: a participle's phrase set off inside the reported clause's subject does not end
the clause; one after the clause's verb still does."""

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
        "The Harbour Workers Union said the settlement was fair, covering nine depots, "
        "and would be put to members."
    )
    assert "the settlement was fair" in texts
