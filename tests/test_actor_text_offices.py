"""Offices and private persons read from the text itself (issue 8): invented sentences, one
rule each, for speakers the gazetteer does not know."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "VALLETTA - Malta and Tunisia opened talks on Monday.\n\n"
            "A retired Maltese ambassador, Karl Vella, said the talks would be slow. "
            '"They always are," he said.',
            [("Karl Vella", None), ("Karl Vella", None)],
            id="a past title before the name, the sentence before ending on a full stop",
        ),
        pytest.param(
            "VALLETTA - Malta and Tunisia opened talks on Monday.\n\n"
            '"Everyone in Valletta knows it," said Karl Vella, a former Maltese diplomat who '
            "now teaches at a college in Valletta.",
            [("Karl Vella", None)],
            id="a former diplomat whom 'now' gives no office",
        ),
        pytest.param(
            "TUNIS - Tunisia and the IMF agreed a loan.\n\n"
            '"The money is real," said Lina Haddad, head of research at the Tunis brokerage '
            "Carthage Capital.",
            [("Lina Haddad", None)],
            id="an office at a business the place qualifies",
        ),
        pytest.param(
            "BOGOTA, Colombia - The government and the ELN opened talks on Monday.\n\n"
            "The peace commissioner, Ana Ruiz, told reporters the first round would be "
            "short.",
            [("Ana Ruiz", "COL")],
            id="a definite state office in apposition before the name",
        ),
        pytest.param(
            "MANILA, Philippines - The government and the NDFP resumed talks.\n\n"
            "Pedro Cruz Jr., the presidential peace adviser, spoke on Monday. He said "
            "the talks would go on.",
            [("Pedro Cruz Jr.", "PHL")],
            id="a presidential office after a name that ends on Jr.",
        ),
        pytest.param(
            "MOSCOW - Russia and Ukraine met in Istanbul.\n\n"
            "In the Duma, the mood is impatient. Ivan Orlov, who chairs the lower house's "
            "defence committee, said the law would pass.",
            [("Ivan Orlov", "RUS")],
            id="who chairs the lower house's committee: the legislature the paragraph names",
        ),
        pytest.param(
            "BANGKOK - Thailand's military government and two rebel groups met in Laos on "
            "Friday, Laos's foreign ministry said.\n\n"
            "Junta spokesman Major General Somchai Wong said the army had agreed to a truce.",
            [(None, "LAO"), ("Somchai Wong", "THA")],
            id="a junta's spokesman: the state whose military government the text named",
        ),
        pytest.param(
            "YANGON - Myanmar's military and two armed groups agreed a truce in Kunming, "
            "China's foreign ministry said.\n\n"
            "The National Unity Government, which leads the opposition to the junta, has "
            "rejected the truce. Its spokesman Kyaw Zin said the deal helped the army.",
            [(None, "CHN"), ("Kyaw Zin", "NUG")],
            id="its spokesman: the body the sentence before opens on",
        ),
        pytest.param(
            "KHARKIV REGION, Ukraine - Commanders weighed the plan on Tuesday.\n\n"
            "That is what matters most. Colonel Taras Koval, who commands a brigade near the "
            "river, said the number of soldiers mattered less.",
            [("Taras Koval", "UKR")],
            id="a rank with no side: an officer of the state the dateline names",
        ),
        pytest.param(
            "TOKYO - Japan backed the plan on Monday.\n\n"
            "In Beijing, asked about the plan, a foreign ministry spokesperson repeated that "
            "the talks should go on.",
            [(None, "CHN")],
            id="a state body framed by the capital that opens the sentence",
        ),
        pytest.param(
            "YANGON - Talks went on.\n\n"
            "Three sources described the deal. A second source, a Myanmar official familiar "
            "with the talks, said the army had insisted on a timetable.",
            [(None, "MMR")],
            id="a source an apposition makes one state's official",
        ),
        pytest.param(
            "BOGOTA, Colombia - The government and the ELN talked on Monday.\n\n"
            "A senior official in the peace commissioner's office said the rebels had "
            "known for weeks.",
            [(None, "COL")],
            id="the staff of a state office",
        ),
        pytest.param(
            "WASHINGTON - A hearing on the trade pact opened on Monday.\n\n"
            "The first Mexican witness, Luis Soto, who heads an exporters' council, told the "
            "panel that supply chains were one. A witness for a dairy group went further, "
            "urging the panel to act. He said the quotas were a sham.",
            [("Luis Soto", None), (None, None), (None, None)],
            id="a witness is a private person, one person",
        ),
        pytest.param(
            "GENEVA - The two sides met at the border on Tuesday.\n\n"
            "The special envoys for relations between Armenia and Turkey, Aram Sarkis and "
            "Kemal Yurt, met on the frontier.\n\n"
            "Writing after the meeting, Sarkis called the talks frank. Yurt said the next "
            "round would follow.",
            [("Aram Sarkis", "ARM"), ("Kemal Yurt", "TUR")],
            id="two names paired in order with the two sides a plural title names",
        ),
        pytest.param(
            "CAIRO - The International Monetary Fund's board approved a loan under the "
            "Extended Fund Facility on Friday.\n\n"
            "The Fund said the next review would focus on subsidies.",
            [(None, "IMF")],
            id="the Fund after a programme whose name has Fund in the middle",
        ),
    ],
)
def test_offices_and_private_persons(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _all(body) == expected


def test_definite_office_opening_the_sentence_before_a_pronoun() -> None:
    found = _all(
        "WASHINGTON - Saudi Crown Prince Mohammed bin Salman met President Donald Trump at "
        "the White House on Tuesday.\n\n"
        'Trump said the talks had gone well. "It was great," Trump said.\n\n'
        'On Israel, the crown prince was direct. "We want a clear path," he told reporters.'
    )
    assert found[-1] == ("Mohammed bin Salman", "SAU")
