"""Hearsay read in the thirty-first round (hsy31): the addressee of a directive ("urged the
cabinet to ...") is the speaker's request, not another party's position; an analyst's report
of a party's refusal, and a sided speaker's quotation, keep their ``about``."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TALKS = (
    "ANKARA, March 4 (HD) - Turkey and Greece held another round of talks on maritime "
    "borders on Tuesday.\n\n"
)


def test_an_analysts_report_of_a_refusal_keeps_its_about() -> None:
    found = last_statement(
        _TALKS + '"Athens has refused every joint map so far," said Nikos Varvaris, '
        "a lecturer in international law."
    )
    assert found.direct
    assert found.about == "GRC"


def test_a_sided_speakers_quotation_is_left_to_the_other_rules() -> None:
    found = last_statement(
        _TALKS + '"Athens now carries the cost of its own caution," said Turkish Foreign '
        "Minister Hakan Fidan."
    )
    assert found.actor == "TUR"
    assert found.about == "GRC"


_TRADE = (
    "BERN, March 4 (HD) - Switzerland and Brazil held another round of trade talks on "
    "Tuesday, and farmers protested outside.\n\n"
)


def test_an_addressee_a_role_names_is_the_speakers_request() -> None:
    found = last_statement(
        _TRADE + "Jonas Keller, president of the Swiss Farmers' Union, urged the cabinet to "
        "publish the quota tables before the vote."
    )
    assert found.actor == "SBV"
    assert found.about is None
