"""det26: the medium a statement was made in ("in a post on X", "in a message broadcast on
radio") is how it was said, not what: it ends a reported noun phrase or quoted naming."""

from __future__ import annotations

import pytest

from detection_helpers import found_cues
from parley.extract import syntax
from parley.extract.syntax import parser

pytestmark = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")


def _objects(sentence: str) -> list[tuple[str, str]]:
    nlp = parser()
    assert nlp is not None
    docs = list(syntax.parse(nlp, [sentence]))
    return [(r.cue, sentence[r.start : r.end]) for r in syntax.reports(docs, [0])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            'Prime Minister Jan Novak called the talks "productive" in a post on X.',
            ('the talks "productive"', "called"),
            id="post after a quotation",
        ),
        pytest.param(
            'President Ana Ruiz called the vote "a new beginning" in a message broadcast on '
            "state radio.",
            ('the vote "a new beginning"', "called"),
            id="message after a quotation",
        ),
        pytest.param(
            'Prime Minister Jan Novak called the talks "productive" in many ways.',
            ('the talks "productive" in many ways', "called"),
            id="other phrase after a quotation stays",
        ),
    ],
)
def test_medium_after_quoted_naming(body: str, expected: tuple[str, str]) -> None:
    assert expected in found_cues(body)


def test_medium_hung_on_the_reported_noun() -> None:
    # the parse hangs "in a post" on "agreement": the report ends before it
    found = _objects("President Lea Brandt welcomed the agreement in a post on social media.")
    assert found == [("welcomed", "the agreement")]


def test_other_phrase_on_the_reported_noun_stays() -> None:
    found = _objects("President Lea Brandt welcomed the agreement in principle on pensions.")
    assert found == [("welcomed", "the agreement in principle on pensions")]
