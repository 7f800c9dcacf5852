"""evt44: a mandative subjunctive after a verb of demanding ("insisted the ferry board be
consulted", "urged the mayor stay on") is a request, whatever its words say of agreement."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.mandative import subjunctive_clause
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")


@needs_parser
def test_a_mandative_subjunctive_is_a_request() -> None:
    coder = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": -4.0})
    assert event_of(
        coder, "the harbour plan be agreed with both guilds", cue="insisted", lemma="insist"
    ) == ("REQUEST")
    assert event_of(
        coder, "the mayor stay on to finish the lease talks", cue="urged", lemma="urge"
    ) == ("REQUEST")
    assert event_of(
        coder,
        "the charter commit the towns to a shared ferry fund",
        cue="recommended",
        lemma="recommend",
    ) == ("REQUEST")


@needs_parser
def test_an_indicative_another_cue_a_quotation_or_a_confident_model_stays() -> None:
    coder = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": -4.0})
    # the indicative after "insisted"; a plural subject; a verb of saying; a quotation
    assert event_of(
        coder, "the harbour plan was agreed with both guilds", cue="insisted", lemma="insist"
    ) == ("AGREE")
    assert (
        event_of(coder, "the towns are close to a ferry deal", cue="insisted", lemma="insist")
        == "AGREE"
    )
    assert (
        event_of(coder, "the mayor stay on to finish the talks", cue="said", lemma="say") == "AGREE"
    )
    assert event_of(coder, "The mayor stay on,", True, cue="urged", lemma="urge") == "AGREE"
    confident = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": -8.5})
    assert (
        event_of(confident, "the mayor stay on to finish the talks", cue="urged", lemma="urge")
        == "AGREE"
    )


@needs_parser
def test_the_subjunctive_clause() -> None:
    assert subjunctive_clause("the full draft be published")
    assert subjunctive_clause("the government publish every draft it receives")
    assert not subjunctive_clause("the government publishes every draft it receives")
    assert not subjunctive_clause("a majority of growers favour the ferry plan")
    assert not subjunctive_clause("the guild and the council are close to a deal")
