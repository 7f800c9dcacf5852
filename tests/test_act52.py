"""People of no party introduced through a private employer that a place qualifies, and a
former official who now teaches at a school (act52, thirty-sixth round).

"X, head of trading at the small Oslo firm Y," and "Analysts at the independent Riga
brokerage Y" work for a business of that city, not for its state; "X of Warsaw research
house Y" likewise; "X, a former Peruvian diplomat who now teaches at the Z School of
Government," holds no office now (the closing word of a school's name is no office). The
state's own officials keep their side. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 6, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_OSLO = (
    "Title: Norway and Sweden resume talks on a power cable\n\n"
    "OSLO, June 1 - Norway and Sweden resumed talks on Sunday on the price of power "
    "sent through a new cable.\n\n"
    "Norwegian Foreign Minister Espen Barth Eide said Oslo wanted a fair split of the "
    "congestion income.\n\n"
    "Ingrid Solberg, head of power trading at the small Oslo firm Fjordline Markets, said "
    "the talks had already moved forward prices.\n"
)


def test_a_firm_a_city_qualifies_after_an_adjective_is_no_side() -> None:
    actors = _actors(_OSLO)
    assert actors["the talks had already moved forward prices"] is None
    assert actors["Oslo wanted a fair split of the congestion income"] == "NOR"


_RIGA = (
    "Title: Latvia and Lithuania argue over a rail line\n\n"
    "RIGA, June 1 - Latvia and Lithuania met on Sunday to settle the cost of a new rail "
    "line.\n\n"
    "Analysts at the independent Riga brokerage Baltik Securities wrote in a note to "
    "clients that the delay would raise the cost by a tenth.\n"
)


def test_a_city_brokerage_before_its_name_is_no_side() -> None:
    actors = _actors(_RIGA)
    assert actors["the delay would raise the cost by a tenth"] is None


_WARSAW = (
    "Title: Poland and Ukraine meet over grain\n\n"
    "WARSAW, June 1 - Poland and Ukraine held talks on Sunday on grain imports.\n\n"
    "Economists were split. Marta Nowak of Warsaw research house Wisla Economics said "
    "the quota would barely change farm prices.\n"
)


def test_a_city_research_house_is_no_side() -> None:
    actors = _actors(_WARSAW)
    assert actors["the quota would barely change farm prices"] is None


_LIMA = (
    "Title: Peru and Bolivia discuss a lake treaty\n\n"
    "LIMA, June 1 - Peru and Bolivia opened talks on Sunday on the water of the lake.\n\n"
    '"Neither side wants to be seen to give ground," said Jorge Quispe, a former Peruvian '
    "diplomat who now teaches at the Andes School of Government.\n"
)


def test_a_former_diplomat_teaching_at_a_school_of_government_is_no_side() -> None:
    actors = _actors(_LIMA)
    assert actors["Neither side wants to be seen to give ground,"] is None


_NOW_MINISTER = (
    "Title: Peru and Bolivia discuss a lake treaty\n\n"
    "LIMA, June 1 - Peru and Bolivia opened talks on Sunday on the water of the lake.\n\n"
    '"We will not give up a drop," said Jorge Quispe, a former Peruvian diplomat who is '
    "now deputy foreign minister.\n"
)


def test_a_former_diplomat_now_in_office_keeps_the_state() -> None:
    actors = _actors(_NOW_MINISTER)
    assert actors["We will not give up a drop,"] == "PER"
