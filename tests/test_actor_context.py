"""Actors read from the context of unnamed groups and of people the gazetteer does not
know (issue 8): invented sentences, one rule each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "MAPUTO - Mozambique reached a deal with its official creditors on Friday.\n\n"
            "The steering committee of Mozambique's bondholders said it would study the "
            "terms. Its advisers said that private creditors would not take a deeper cut.",
            [(None, None), (None, None)],
            id="a debtor's bondholders and their advisers",
        ),
        pytest.param(
            "MAPUTO - Mozambique reached a deal with its official creditors on Friday.\n\n"
            "The creditor committee said it would sign a memorandum with Mozambique. The "
            "committee said the others should follow.",
            [(None, None), (None, None)],
            id="a creditor committee, then the committee",
        ),
        pytest.param(
            "MAPUTO - Mozambique reached a deal with its lenders on Friday.\n\n"
            "Lenders said the deal was fair. A bond broker in London said prices rose. "
            "Mozambique's finance ministry said the deal was done.",
            [(None, None), (None, None), (None, "MOZ")],
            id="lenders and a broker, not the debtor",
        ),
        pytest.param(
            "HAVANA - Colombia and the ELN agreed a ceasefire.\n\n"
            "Pablo Rivas, who heads the ELN's negotiating team, said the group would keep "
            "its arms.\n\nMarta Oyelaran, who led the M23 delegation, said the text was "
            "clear.\n\nIlsa Dorn, who handles foreign relations for the SDF's political "
            "wing, said the Kurds had not given up.\n\nJon Varga, who runs a small factory "
            "in Bogota, said prices rose.",
            [
                ("Pablo Rivas", "ELN"),
                ("Marta Oyelaran", "M23"),
                ("Ilsa Dorn", "SDF"),
                ("Jon Varga", None),
            ],
            id="who heads a side's delegation, team or wing",
        ),
        pytest.param(
            "ANKARA - Turkey opened talks with the PKK.\n\nA Diyarbakir lawyer who has "
            "represented PKK defendants, Selin Aras, said the ruling gave Ankara a route. "
            '"The court has written the argument," she said.',
            [("Selin Aras", None), ("Selin Aras", None)],
            id="a lawyer a relative clause ties to the party speaks for nobody",
        ),
        pytest.param(
            "ANKARA - Turkey opened talks with the PKK.\n\nRojda Elci, a co-chair of the "
            "Mesopotamia Communities Union (MCU), the PKK's umbrella body, said the process "
            'needed guarantees.\n\nElci read a statement. "We destroy our weapons," she '
            "said.\n\nJon Holden, president of IAM District 751, the largest local, said "
            "workers would vote.",
            [("Rojda Elci", "PKK"), ("Rojda Elci", "PKK"), ("Jon Holden", None)],
            id="an office in a body the text makes a side's own",
        ),
        pytest.param(
            "KINSHASA - Congo and Rwanda signed accords in Washington.\n\nA source close "
            "to the Doha mediation said both sides would sign.\n\nA person close to the "
            "French wine industry said the floor was too low.\n\nSources close to the "
            "Ukrainian delegation said the text had changed.",
            [(None, None), (None, None), (None, "UKR")],
            id="close to a place's mediation or a nation's industry is no side",
        ),
        pytest.param(
            "CARACAS - Venezuela and Guyana traded warnings.\n\nA retired Venezuelan "
            "general, writing in a Caracas daily, argued that the navy should sail.\n\nA "
            "Venezuelan general said the navy was ready.",
            [(None, None), (None, "VEN")],
            id="a retired officer is out of office",
        ),
        pytest.param(
            "NEW DELHI - India and Pakistan agreed a ceasefire.\n\nThe Pakistani "
            "military's spokesman, Lt Gen Amir Sharif, said Pakistan had responded.\n\n"
            "India's Director General of Military Operations, Rajan Ghosh, said strikes had "
            "hit nine sites.",
            [("Amir Sharif", "PAK"), ("Rajan Ghosh", "IND")],
            id="a title in apposition before a ranked name",
        ),
        pytest.param(
            "WASHINGTON - The United States set a deadline for Ukraine.\n\nUkraine's "
            "Foreign Minister Oleh Marchuk said the plan needed work.\n\nIn Kyiv, the "
            "president's office said the talks would go on.",
            [("Oleh Marchuk", "UKR"), (None, "UKR")],
            id="a framing city of a state whose official the text itself placed",
        ),
        pytest.param(
            "ROME - Iran and the United States held a fifth round.\n\nSalim Harthy has "
            "posted on X. The Omani foreign minister wrote that the talks had made some "
            "progress.",
            [("Salim Harthy", "OMN")],
            id="the description that opens the next sentence gives the named person a side",
        ),
        pytest.param(
            "ANKARA - Turkey and the PKK moved on.\n\nTurkish President Ali Demirel is "
            "due to address his party tomorrow. Aides said he would announce a commission."
            "\n\nAides said the weather was bad.",
            [(None, "TUR"), (None, None)],
            id="bare aides serve the person the paragraph just named",
        ),
        pytest.param(
            "GENEVA - The treaty enters into force next year.\n\nWhen the text was formally "
            "adopted in June, Russia distanced itself from the consensus. Its representative "
            "said the treaty was flawed.",
            [(None, "RUS")],
            id="its: the state a sentence opens on after a when-clause",
        ),
    ],
)
def test_actor_from_context(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected
