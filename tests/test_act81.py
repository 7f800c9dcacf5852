"""act81 (forty-first round): a state's name or demonym before a currency's name names the
money, not the state ("US dollar bonds"); a body introduced by whom it represents ("X, which
speaks for ...") speaks for no state; a state's possessive before an unlisted acronym or
an unknown one-word name names a body of that country, a company, not the state ("Croatia's
JANAF said"); people of the development parts in the gazetteer. Invented sentences."""

from __future__ import annotations

from datetime import datetime

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.mentions import MentionFinder, MentionKind
from parley.extract.options import Opposition

_DAY = datetime(2025, 7, 8)


def _actor(text: str, words: str) -> str | None:
    for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE):
        if words in s.text:
            return s.actor
    raise AssertionError(f"no statement with {words!r}")


_BONDS = (
    "Title: Farm payments begin\n\n"
    "HARARE - Zimbabwe began paying former farm owners on Monday.\n\n"
    "The treasury will pay in instalments, mixing cash with US dollar bonds. Tendai Moyo, "
    "the finance minister, has said the plan spares the reserves. The ministry said the "
    "first payments had been made.\n"
)


def test_state_before_a_currency_is_no_mention_of_the_state() -> None:
    mentions = MentionFinder(load_gazetteer()).mentions("They were paid in US dollar bonds.")
    assert not any(m.kind is MentionKind.ACTOR for m in mentions)
    assert _actor(_BONDS, "spares the reserves") == "ZWE"
    assert _actor(_BONDS, "first payments") == "ZWE"


_PIPELINE = (
    "Title: Pipeline deal signed\n\n"
    "ZAGREB - Croatia and Serbia agreed on Tuesday to keep crude flowing, officials said.\n\n"
    "Croatia's PLINAC, which carries crude to the refinery, said it would comply with the "
    "sanctions. Serbia's Naftex said it had asked for a licence. Croatia's foreign ministry "
    "said the talks would go on.\n"
)


def test_possessive_state_before_an_unlisted_name_is_a_company() -> None:
    assert _actor(_PIPELINE, "comply with the sanctions") is None
    assert _actor(_PIPELINE, "asked for a licence") is None
    assert _actor(_PIPELINE, "talks would go on") == "HRV"


def test_people_of_the_development_parts() -> None:
    people = load_gazetteer().people
    assert people["Hikmat al-Hijri"].actor_on(_DAY.date()) == "SWDRUZE"
    assert people["Adam Bodnar"].actor_on(datetime(2024, 3, 1).date()) == "POL"
    assert people["Sarah Cardell"].actor_on(_DAY.date()) == "GBR"


_LOBBY = (
    "Title: Ottawa studies the plan\n\n"
    "OTTAWA - Canada said on Monday it would study the plan.\n\n"
    "The Estonian Canadian Council, which speaks for about 20,000 Canadians of Estonian "
    "descent, called the plan a mistake. It also asked the government to send more aid.\n"
)


def test_body_introduced_by_whom_it_represents_speaks_for_no_state() -> None:
    assert _actor(_LOBBY, "would study the plan") == "CAN"
    assert _actor(_LOBBY, "the plan a mistake") is None
    assert _actor(_LOBBY, "send more aid") is None
