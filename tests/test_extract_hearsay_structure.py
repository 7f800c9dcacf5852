"""Hearsay from the structure of the reported clause (issue 8): whose position a clause
states when it reports force, a teller's view, a position taken after another party's
act, a lender's "authorities", a name the parser misplaces before a quotation, a
sideless speaker's unqualified army, or a feeling toward something; a pronoun opening what
an unresolved body said, and a subject opening the clause a quotation finishes."""

from __future__ import annotations

import pytest

from hearsay_helpers import last_statement


def _last(body: str) -> tuple[str | None, str | None]:
    s = last_statement(body)
    return s.actor, s.about


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "BANGKOK, May 4 (HD) - Talks resumed in Kuala Lumpur.\n\n"
            "A Thai army spokesman said Cambodian troops had shelled two border villages "
            "overnight.",
            ("THA", None),
            id="an act of force reported is nobody's position",
        ),
        pytest.param(
            "BANGKOK, May 4 (HD) - Talks resumed in Kuala Lumpur.\n\n"
            "A Thai army spokesman said Cambodian troops had attacked the border posts in "
            "violation of the ceasefire.",
            ("THA", "KHM"),
            id="force that breaks the deal is an act toward it",
        ),
        pytest.param(
            "ISLAMABAD, May 4 (HD) - The programme's review ended on Friday.\n\n"
            "The IMF said the authorities remained committed to the budget targets agreed "
            "in March.",
            ("IMF", "PAK"),
            id="a lender's 'the authorities' is the state it lends to",
        ),
        pytest.param(
            "GENEVA, May 4 (HD) - The talks on the border regime ended on Friday.\n\n"
            'An EU official said Madrid insisted on "joint checks" and Gibraltar accepted it '
            "in the final round.",
            ("EU", "GIB"),
            id="the position taken after another party's act",
        ),
        pytest.param(
            "GENEVA, May 4 (HD) - The talks on the border regime ended on Friday.\n\n"
            "A diplomat said the U.S. side had first floated joint patrols along the line, "
            "and that Ukrainian negotiators had rejected any such arrangement.",
            (None, "UKR"),
            id="the refusal after another party's suggestion",
        ),
        pytest.param(
            "MOSCOW, May 4 (HD) - The envoys met for five hours.\n\n"
            "Bloomberg reported that Witkoff also said he believed Russia would need the "
            "whole region.",
            (None, "USA"),
            id="a named teller's forecast of another party is the teller's view",
        ),
        pytest.param(
            "SEOUL, May 4 (HD) - The delegation arrived in Washington on Monday.\n\n"
            "South Korea's finance minister, Koo Yun-cheol, said he had raised the currency "
            "question with Treasury Secretary Scott Bessent. According to Koo, Bessent "
            '"understood our concerns" and agreed that the two sides should keep talking.',
            ("KOR", "USA"),
            id="a name before a quotation that opens on the verb is its subject",
        ),
        pytest.param(
            "KHARTOUM, May 4 (HD) - Talks with the Rapid Support Forces resumed in Jeddah "
            "on Sunday.\n\n"
            "A person familiar with the talks said the army had insisted on a written "
            "timetable for the withdrawal from the capital.",
            (None, None),
            id="a sideless speaker's unqualified army is the speaker's own institution",
        ),
        pytest.param(
            "KHARTOUM, May 4 (HD) - Talks with the Rapid Support Forces resumed in Jeddah "
            "on Sunday.\n\n"
            "An RSF commander said the army had insisted on a written timetable for the "
            "withdrawal from the capital.",
            ("RSF", "SDN"),
            id="the other side's unqualified army is the state",
        ),
        pytest.param(
            "KHARTOUM, May 4 (HD) - Talks with the Rapid Support Forces resumed in Jeddah "
            "on Sunday.\n\n"
            "A person familiar with the talks said the government had promised a written "
            "timetable for the withdrawal from the capital.",
            (None, "SDN"),
            id="a sideless speaker's unqualified government stays the state",
        ),
        pytest.param(
            "GENEVA, May 4 (HD) - Talks on the trade pact resumed on Monday.\n\n"
            "A researcher at an institute in Oslo said Norwegian officials were less "
            "worried about the tariffs than about the timetable.",
            (None, "NOR"),
            id="a feeling toward something is a stance",
        ),
        pytest.param(
            "GENEVA, May 4 (HD) - Talks on the trade pact resumed on Monday.\n\n"
            "A researcher at an institute in Oslo said Norwegian officials were wary of "
            "the new quota clause.",
            (None, "NOR"),
            id="wary of a clause is a stance toward it",
        ),
        pytest.param(
            "GENEVA, May 4 (HD) - Talks on the trade pact resumed on Monday.\n\n"
            "A researcher at an institute in Oslo said Norwegian officials were "
            "disappointed.",
            (None, None),
            id="a bare feeling is a reaction, no stance",
        ),
    ],
)
def test_the_reported_clause_decides_the_holder(
    body: str, expected: tuple[str | None, str | None]
) -> None:
    assert _last(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "GENEVA, May 4 (HD) - Talks on the grain corridor resumed on Monday.\n\n"
            "In Stockholm, a Kurdish community group said it feared the talks would be used "
            "to pressure Sweden.",
            (None, None),
            id="'it' opening what an unresolved body said is that body",
        ),
        pytest.param(
            "GENEVA, May 4 (HD) - Talks on the grain corridor resumed on Monday.\n\n"
            "In Stockholm, a Kurdish community group said Sweden had agreed to extend the "
            "talks.",
            (None, "SWE"),
            id="a party the body's clause names still holds it",
        ),
        pytest.param(
            "OTTAWA, May 4 (HD) - The trade talks broke up on Friday.\n\n"
            'Canada had "walked away from the table," the U.S. trade representative said.',
            ("USA", "CAN"),
            id="a name opening the clause a quotation finishes",
        ),
        pytest.param(
            "OTTAWA, May 4 (HD) - The trade talks broke up on Friday.\n\n"
            'Canada had "never left the table," Canadian Trade Minister Dominic LeBlanc '
            "said.",
            ("CAN", None),
            id="the speaker's own side before the quotation",
        ),
        pytest.param(
            "OTTAWA, May 4 (HD) - The trade talks broke up on Friday.\n\n"
            'Talks with Canada had "run their course," the U.S. trade representative said.',
            ("USA", None),
            id="a name inside the subject before the quotation is not the subject",
        ),
    ],
)
def test_a_pronoun_or_a_subject_outside_the_clause(
    body: str, expected: tuple[str | None, str | None]
) -> None:
    assert _last(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "ISLAMABAD, May 4 (HD) - The programme's review ended on Friday.\n\n"
            "An IMF spokeswoman said the authorities had told the mission they would raise "
            "the gas tariff in July.",
            ("IMF", "PAK"),
            id="an unqualified government that tells states a position",
        ),
        pytest.param(
            "ISLAMABAD, May 4 (HD) - The programme's review ended on Friday.\n\n"
            "An IMF spokeswoman said the authorities had requested more time for the "
            "privatisation targets.",
            ("IMF", "PAK"),
            id="an unqualified government's request",
        ),
        pytest.param(
            "BAGHDAD, May 4 (HD) - The talks on the coalition's future ended on Friday.\n\n"
            "Iraqi lawmakers said the US embassy had warned them that the bill would put "
            "the aid programme at risk.",
            ("IRQ", "USA"),
            id="a body the roles know stands for the party right before it",
        ),
        pytest.param(
            "BRUSSELS, May 4 (HD) - The talks on the monitoring mission stalled.\n\n"
            "Russia accused NATO's top commander on Monday of trying to derail the "
            "ceasefire talks, after the commander said the alliance would expand patrols.",
            ("RUS", "NATO"),
            id="the accused hung on a later verb as a loose dependent",
        ),
        pytest.param(
            "BAKU, May 4 (HD) - The conference opened on Monday.\n\n"
            "Delegates said the holdup was a proposal from India to add an item on trade "
            "measures.",
            (None, "IND"),
            id="a position from a party as a verdict's complement",
        ),
        pytest.param(
            "CAIRO, May 4 (HD) - The International Monetary Fund delayed the loan again.\n\n"
            "Two officials said the Fund's mission was expected to begin talks in Cairo "
            "after the summer.",
            (None, "IMF"),
            id="a raising passive gives the subject of its infinitive",
        ),
        pytest.param(
            "KYIV, May 4 (HD) - The draft was published on Monday.\n\n"
            "Oleh Marchenko, who runs a small bakery in Lviv, said the ministry had assured "
            "shop owners that the power cuts would end in the spring.",
            (None, "UKR"),
            id="a state body that told the speaker's side is not the speaker's own",
        ),
    ],
)
def test_tellers_bodies_and_raised_subjects(
    body: str, expected: tuple[str | None, str | None]
) -> None:
    assert _last(body) == expected
