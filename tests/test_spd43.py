"""spd43: the rules that parse one short text on their own (a mandative clause, an expectation
laid on a party, a speech infinitive's addressee, a plural teller) parse it on one core, as the
batched parse does; a trained pipeline called directly spread its matrix products over every
core and cost the benchmark's CPU time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from parley.extract import syntax
from parley.extract.expectation import expectation_of_party
from parley.extract.mandative import subjunctive_clause
from parley.extract.plural_tellers import _plural_subject
from parley.extract.purpose_speech import _addressee

pytestmark = pytest.mark.skipif(syntax.parser() is None, reason="no trained pipeline")


@pytest.fixture
def limits(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The thread limits asked of BLAS while the test runs."""
    seen: list[dict[str, Any]] = []
    controller = syntax._blas()
    real = controller.limit

    def spy(**kwargs: Any) -> Any:
        seen.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(controller, "limit", spy)
    return seen


def test_parse_one(limits: list[dict[str, Any]]) -> None:
    doc = syntax.parse_one("The harbour board said it was ready to talk.")
    assert doc is not None and any(t.dep_ == "ROOT" for t in doc)
    assert limits == [{"limits": 1, "user_api": "blas"}]
    assert syntax.parse_one("   ") is None


@pytest.mark.parametrize(
    ("rule", "args"),
    [
        (expectation_of_party, ("the ministry expected the growers to accept the quota",)),
        (subjunctive_clause, ("the ferry levy be withdrawn",)),
        (_plural_subject, ("Several orchard owners said they had been told.", 21)),
        (_addressee, ("The guild had written to the council to say it was ready.", 44)),
    ],
)
def test_each_rule_parses_on_one_core(
    rule: Callable[..., object], args: tuple[object, ...], limits: list[dict[str, Any]]
) -> None:
    rule.cache_clear()  # type: ignore[attr-defined]
    rule(*args)
    assert {"limits": 1, "user_api": "blas"} in limits
