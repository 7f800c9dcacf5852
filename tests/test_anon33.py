"""Unnamed speakers of public agencies (anon33, thirty-second round): a spokesperson or an
official "for", "at" or "of" a public agency the gazetteer does not know (capitalised words
closed by Agency, Authority, Directorate, Office, Bureau or Administration: "the Fisheries
Licensing Authority", "the Attorney-General's Office"), or such an agency as the subject,
speaks for the state the paragraph, the dateline or the article gives, as a ministry's
spokesperson does (a province's government where the talks are with it); a news agency,
an international agency or a private body's office stays without a side. Sentences
invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


def _by_text(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


_MINE = (
    "PORT MORESBY - Papua New Guinea and a Canadian miner signed a new agreement on the "
    "future of a copper mine on Tuesday, ending a dispute over royalties.\n\n"
)


def test_a_spokesman_for_an_unknown_authority_speaks_for_the_state() -> None:
    text = _MINE + (
        "A spokesman for the Copper Licensing Authority said the new royalty would be paid "
        "from next year."
    )
    found = _by_text(text)
    assert found["the new royalty would be paid from next year"] == (None, "PNG")


def test_an_unknown_office_as_the_subject_speaks_for_the_state() -> None:
    text = _MINE + ("The Solicitor-General's Office said the old licence had lapsed in March.")
    found = _by_text(text)
    assert found["the old licence had lapsed in March"] == (None, "PNG")


def test_a_news_agency_is_no_state_body() -> None:
    text = _MINE + (
        "A spokesman for the Pacific News Agency said its reporters had been barred from the site."
    )
    found = _by_text(text)
    assert found["its reporters had been barred from the site"][1] is None


def test_an_international_agency_is_no_state_body() -> None:
    text = _MINE + (
        "A spokeswoman for the International Copper Agency said the deal would steady prices."
    )
    found = _by_text(text)
    assert found["the deal would steady prices"][1] is None


def test_a_labour_directorate_is_a_state_body() -> None:
    text = (
        "SANTIAGO - Workers at a copper smelter went on strike on Monday after talks with "
        "the company failed during mediation by Chile's labour directorate.\n\n"
        "The labour directorate said both sides had moved but remained apart on pay."
    )
    found = _by_text(text)
    assert found["both sides had moved but remained apart on pay"] == (None, "CHL")
