"""det48: a sentence the parse reads as a noun phrase whose participle calls on somebody to
act ("A league of river towns called on the ministry to ...") is that noun's statement."""

from parley.extract import extract_statements


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(s.cue, s.text) for s in extract_statements("Title: t\n\n" + body + "\n")]


def test_a_collective_noun_that_called_on_somebody_to_act() -> None:
    # fails on main: the parse hangs "called" on "towns" as a participle, and the pattern
    # rules find no mention in "A league of river towns"
    found = _pairs("A league of river towns called on the ministry to reopen the locks.")
    assert len(found) == 1
    assert found[0][0] == "called"
    assert "reopen the locks" in found[0][1]


def test_a_participle_with_an_infinitive_alone_is_no_statement() -> None:
    # "called to review ...": a body so convened, and the sentence's verb is "met"
    assert _pairs("A panel called to review the tariff met on Friday.") == []


def test_a_time_after_called_on_is_no_addressee() -> None:
    assert _pairs("A panel called on Friday to review the tariff met again on Monday.") == []
