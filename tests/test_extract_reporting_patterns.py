"""Attribution patterns met in real reporting on the negotiation, one invented example each.

Each case was first seen going wrong on a real page; the sentences here are written for
the test and only share the grammar.
"""

from __future__ import annotations

import pytest

from parley.extract import extract_statements
from parley.extract.attribution import Draft
from parley.extract.pipeline import _reporting_clause_only
from parley.extract.speakers import Who

HEADER = "Title: t\nPublished: 2025-11-27T10:00:00+00:00\n\n"


def run(body: str) -> list[tuple[str, str | None, str | None, bool]]:
    text = HEADER + body
    found = extract_statements(text, source="t")
    for s in found:
        assert text[s.start : s.end] == s.text
    return [(s.cue, s.speaker, s.actor, s.direct) for s in found]


def texts(body: str) -> list[str]:
    return [s.text for s in extract_statements(HEADER + body, source="t")]


CASES = [
    pytest.param(
        'Zelensky urged lawmakers to "end the infighting" amid a probe, and said next '
        'week\'s talks "will be tough."',
        [
            ("urged", "Volodymyr Zelensky", "UKR", False),
            ("said", "Volodymyr Zelensky", "UKR", False),
        ],
        id="two verbs of one speaker",
    ),
    pytest.param(
        'Although Ushakov called the talks "very useful", he stressed that "much work remains".',
        [("called", "Yuri Ushakov", "RUS", False), ("stressed", "Yuri Ushakov", "RUS", True)],
        id="although ..., he stressed",
    ),
    pytest.param(
        "Putin said on Thursday that the draft could be a starting point for talks, while "
        "repeating demands that Ukrainian troops leave the Donbas.",
        [("said", "Vladimir Putin", "RUS", False), ("repeating", "Vladimir Putin", "RUS", False)],
        id="while repeating",
    ),
    pytest.param(
        'Zakharova spoke to reporters.\n\nQuote: "The document was not discussed with us."',
        [("Quote", "Maria Zakharova", "RUS", True)],
        id="Quote: label",
    ),
    pytest.param(
        "Dan Driscoll will travel to Kyiv this week. This was announced by the head of the "
        "presidential office, Andriy Yermak.",
        [("announced", "Andriy Yermak", "UKR", False)],
        id="this was announced by",
    ),
    pytest.param(
        "Finland's Elina Valtonen said the text was still vague, while Norway's Espen Barth Eide "
        'insisted "no deal can bypass Kyiv."',
        [("said", "Elina Valtonen", "FIN", False), ("insisted", "Espen Barth Eide", "NOR", True)],
        id="while another speaker insisted",
    ),
    pytest.param(
        '"We are far from done," Marco Rubio told journalists, while Andriy Yermak said the day '
        'had been "the most useful so far."',
        [("told", "Marco Rubio", "USA", True), ("said", "Andriy Yermak", "UKR", False)],
        id="quote then another speaker",
    ),
    pytest.param(
        "A visit by Witkoff to Moscow is planned for Monday, a US official confirmed to CBS News.",
        [("confirmed", None, "USA", False)],
        id="trailing verb without complement",
    ),
    pytest.param(
        "The talks were useful, Yuri Ushakov, a foreign policy adviser to Putin, said in a video.",
        [("said", "Yuri Ushakov", "RUS", False)],
        id="apposition before a trailing verb",
    ),
    pytest.param(
        "The US plan contains many of Moscow's longstanding demands, including concessions.",
        [],
        id="plural noun is not a verb",
    ),
    pytest.param("Kyiv would also pledge never to join NATO under the draft.", [], id="modal"),
    pytest.param(
        "Speaking in Bishkek at the end of a three-day state visit, Putin confirmed that the "
        "plan was received.",
        [("confirmed", "Vladimir Putin", "RUS", False)],
        id="state visit",
    ),
    pytest.param(
        "Merz's office said the call was productive.",
        [("said", None, "DEU", False)],
        id="a person's office is an institution",
    ),
    pytest.param(
        "France, Germany and Britain call for a ceasefire along the current line.",
        [("call", None, "EUR", False)],
        id="listed European states",
    ),
    pytest.param(
        "David van Weel confirmed that the Netherlands would send troops.",
        # the text gives him no side (the country he speaks of is not his flag)
        [("confirmed", "David van Weel", None, False)],
        id="name particle",
    ),
    pytest.param(
        '"A deal is within reach," said senior Kremlin adviser Yury Ushakov, who sat in on the '
        "talks.",
        [("said", "Yuri Ushakov", "RUS", True)],
        id="inverted with modifiers",
    ),
    pytest.param(
        "The Washington Post reported that Zelensky's office was shaken by a scandal.",
        [("reported", None, None, False)],
        id="outlets speak for no party",
    ),
    pytest.param(
        'Writing on Truth Social, Trump posted:\n\n"KYIV HAS SHOWN NO THANKS."',
        [("posted", "Donald Trump", "USA", True)],
        id="block quotation after posted",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_reporting_pattern(body: str, expected: list) -> None:
    assert run(body) == expected


def test_trailing_aside_is_not_the_content() -> None:
    body = 'The papers deal with a "lasting settlement", Ushakov said, giving no more details.'
    assert texts(body) == ['The papers deal with a "lasting settlement"']


def test_outlet_closing_a_clause_is_cut() -> None:
    body = "Zelensky's office acknowledged receipt of the plan, the Independent reported."
    assert texts(body) == ["receipt of the plan"]


def test_unfinished_last_sentence_keeps_the_paragraph() -> None:
    body = (
        "Putin also said that talks must cover Crimea. The Kremlin has insisted on "
        "guarantees that Ukraine will never join NATO"
    )
    assert [c for c, *_ in run(body)] == ["said", "insisted"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a noun phrase in apposition after a trailing attribution is not the content
        (
            "Russia will study the plan, Peskov said on Friday, a day after the envoy left.",
            ["Russia will study the plan"],
        ),
        (
            "Both sides agreed to a truce, Trump said Wednesday, a breakthrough after weeks.",
            ["Both sides agreed to a truce"],
        ),
        # but a clause after the verb still is
        (
            "Putin said an agreement on the first phase was possible.",
            ["an agreement on the first phase was possible"],
        ),
    ],
)
def test_trailing_appositive(body: str, expected: list[str]) -> None:
    assert texts(body + "\n") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The detained fishermen, Peskov said on Monday, would be released within a week.\n",
            "The detained fishermen, Peskov said on Monday, would be released within a week",
            id="the subject before the reporting clause",
        ),
        pytest.param(
            "The mediator, a retired judge, said on Monday that the strike would end.\n",
            "the strike would end",
            id="an apposition is no part of what was said",
        ),
    ],
)
def test_a_reporting_clause_between_commas_reports_both_sides(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_a_title_of_the_speaker_between_the_commas() -> None:
    assert texts("The ceasefire line, the mediator said, will be drawn by observers.\n") == [
        "The ceasefire line, the mediator said, will be drawn by observers"
    ]


@pytest.mark.parametrize(
    "body",
    [
        '"Is that a fair offer?" the dockers\' spokeswoman asked.\n',
        '"We will not sign!" Ms. Whitlow told reporters on Monday.\n',
    ],
)
def test_a_question_or_exclamation_then_its_attribution(body: str) -> None:
    assert [s.direct for s in extract_statements(HEADER + body)] == [True]


def test_a_quotation_then_a_name_with_an_apposition_then_the_verb() -> None:
    body = '"We are not leaving the table," Sergei Lavrov, Russia\'s foreign minister, said.\n'
    assert run(body) == [("said", "Sergei Lavrov", "RUS", True)]
    assert texts(body) == ["We are not leaving the table,"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The port stayed shut on Monday because, according to two union officials, the "
            "pay offer had been withdrawn.\n",
            "the pay offer had been withdrawn",
            id="after a clause: the clause that follows",
        ),
        pytest.param(
            "The talks, according to two officials, will resume in Geneva on Monday.\n",
            "The talks, according to two officials, will resume in Geneva on Monday",
            id="after a short subject: both sides",
        ),
    ],
)
def test_according_to_between_commas(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_a_quotation_then_a_title_and_the_name_in_apposition() -> None:
    body = (
        'The chair, Luis Vayas Valdivieso, said the text was final. "A treaty that counts '
        'bottles is not a treaty," the Panamanian delegation head, Juan Carlos Monterrey '
        'Gomez, told reporters. He said Panama would not sign "a treaty that fails".\n'
    )
    assert [s[1] for s in run(body)] == [
        "Luis Vayas Valdivieso",
        "Juan Carlos Monterrey Gomez",
        "Juan Carlos Monterrey Gomez",
    ]


def test_according_to_x_then_a_relative_clause_about_x() -> None:
    body = (
        "The army chief was also in the capital, according to a Ukrainian official, who said "
        "Kyiv had been kept informed.\n"
    )
    assert texts(body)[0].startswith("The army chief was also in the capital")


def test_a_quotation_split_by_an_honorific_and_an_unknown_surname() -> None:
    # "Mr." makes one capitalised word a person's name: both halves are his
    body = (
        'The mayor spoke at the harbor.\n\n"The reason the port moved," Mr. Okafor said, '
        '"is that its main worry was the tide."\n'
    )
    assert texts(body) == [
        "The reason the port moved,",
        "is that its main worry was the tide.",
    ]
    assert {s[1] for s in run(body)} == {"Okafor"}


def test_a_fronted_clause_then_the_reporting_clause_and_a_subordinate_clause() -> None:
    body = (
        "The budget plan would hurt every nurse in the city, two union leaders said Friday "
        "afternoon, as they pressed the council for a vote on the delayed pay deal.\n"
    )
    assert texts(body) == ["The budget plan would hurt every nurse in the city"]


def test_a_horizontal_bar_after_a_dateline_is_a_dash() -> None:
    body = "LAGOS \u2015 The strike will go on until the fuel price falls, the union said.\n"
    assert texts(body) == ["The strike will go on until the fuel price falls"]


@pytest.mark.parametrize("dash", ["\u2015", "\u2014", "\u2013"])
def test_a_quotation_signed_with_a_dash_and_a_name(dash: str) -> None:
    body = (
        "Readers wrote to us after the debate.\n\n"
        f"\u201cThe mayor never answered a question. He only attacked.\u201d {dash} Ada Mensah\n\n"
        f'"I have never felt so hopeful about the city." {dash} Tomas Rey, a bus driver.\n\n'
        f'"Talks will resume on Monday." {dash} Reuters\n'
    )
    assert [(s[1], s[3]) for s in run(body)] == [("Ada Mensah", True), ("Tomas Rey", True)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Economists agreed that the levy would fall hardest on small farms.\n",
            ["the levy would fall hardest on small farms"],
            id="agreed that",
        ),
        pytest.param(
            "Most analysts agree the tariffs will raise prices for farmers.\n",
            ["the tariffs will raise prices for farmers"],
            id="agree + clause",
        ),
        pytest.param("The union agreed to meet the employers next week.\n", [], id="agreed to"),
        pytest.param(
            "A truce agreed in Lima in June expired in August after the two sides failed to "
            "agree on extending it.\n",
            [],
            id="a truce agreed in June",
        ),
    ],
)
def test_agree_reports_only_a_clause(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_a_fronted_participle_of_speech_takes_the_subject_after_it() -> None:
    body = (
        "The port was closed for a week.\n\nSince announcing in May that she would not run "
        "again, Ms. Adeyemi has backed the harbor plan.\n"
    )
    assert texts(body) == ["she would not run again"]


def test_a_quotation_that_goes_on_after_an_outlets_attribution() -> None:
    body = (
        '"The deal looks shaky," the newspaper wrote, "because neither side has signed the '
        'annex."\n'
    )
    assert texts(body) == ["The deal looks shaky,", "because neither side has signed the annex."]


def test_as_reported_by_an_outlet() -> None:
    body = "As first reported by the Lagos Courier, the senator will not run again.\n"
    assert [(s[0], s[1]) for s in run(body)] == [("reported", "Lagos Courier")]
    assert texts(body) == ["the senator will not run again"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Turnout is lower among young voters, according to Ana Ruiz, chief economist at "
            "the farmers' bank.\n",
            ["Turnout is lower among young voters"],
            id="an apposition after X",
        ),
        pytest.param(
            "The mayor is ahead by ten points, according to the Courier's survey, which "
            "favors incumbents.\n",
            ["The mayor is ahead by ten points"],
            id="a relative clause after X",
        ),
        pytest.param(
            "The wage deal, according to two people briefed on it, raises pay by a fifth.\n",
            ["The wage deal, according to two people briefed on it, raises pay by a fifth"],
            id="a predicate after X",
        ),
    ],
)
def test_according_to_x_and_what_is_said_about_x(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_two_coordinated_objects_of_a_verb_of_naming() -> None:
    body = "Farmers called the fuel levy and the new import fees a tax grab by the capital.\n"
    assert texts(body) == ["the fuel levy and the new import fees a tax grab by the capital"]


def test_a_reported_clause_after_a_phrase_of_time_without_that() -> None:
    body = "Okafor said at the rally her party would stay out of the coalition.\n"
    assert texts(body) == ["her party would stay out of the coalition"]


def test_a_relative_that_inside_what_was_called_for() -> None:
    body = (
        "The union has called for new limits on the overtime that drivers can be asked to work.\n"
    )
    assert texts(body) == ["new limits on the overtime that drivers can be asked to work"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The council backed the plan, pledging to match and where possible beat the "
            "national target on housing.\n",
            "to match and where possible beat the national target on housing",
            id="an infinitive and a bare verb",
        ),
        pytest.param(
            "The mayor has mentioned cutting bus fares and forcing landlords to repair older "
            "buildings.\n",
            "cutting bus fares and forcing landlords to repair older buildings",
            id="two gerunds",
        ),
    ],
)
def test_a_second_conjunct_the_parse_hangs_higher(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_a_quoted_question_and_its_asker() -> None:
    body = (
        "The port was closed on Monday.\n\n"
        '"Why would anyone trust the council?" Okafor asked reporters on Monday.\n\n'
        "The union asked for anonymity to discuss the talks.\n"
    )
    assert [(s[0], s[1], s[3]) for s in run(body)] == [("asked", "Okafor", True)]


def test_a_quotation_split_by_a_speaker_no_lexicon_names() -> None:
    body = (
        "The film opened on Sunday.\n\n"
        '"If the fares go up again," the film\'s host says, "who will ride the trains?"\n'
    )
    assert texts(body) == ["If the fares go up again,", "who will ride the trains?"]


def test_a_fact_check_claim_signed_with_a_title_and_name() -> None:
    # a heading label ("THE CLAIM:") is no speaker; the signature may hold a title with
    # lower-case words before the name; "reporting to" the president says nothing
    body = (
        'THE CLAIM: "The port of Odesa is fully under our control." \u2014 Navy commander '
        "Ivan Petrenko, reporting to Prime Minister Olga Kravets on 3 March 2025.\n\n"
        "OUR VERDICT: False. The port was never taken.\n"
    )
    assert [(s[1], s[3]) for s in run(body)] == [("Ivan Petrenko", True)]


def test_told_a_named_outlet_and_a_trailing_quantifier_phrase() -> None:
    body = (
        'A union spokesperson tells the Harbour Daily News the strike has "no end date".\n\n'
        "Negotiators have met four times since April, two diplomats said, most of them by "
        "video link.\n"
    )
    assert texts(body) == [
        'the strike has "no end date"',
        "Negotiators have met four times since April",
    ]


def test_a_one_sentence_quotation_signed_with_a_dash_and_a_mistyped_opening_mark() -> None:
    body = (
        "Readers wrote to us after the debate.\n\n"
        "\u201dThe mayor never answered a single question.\u201d \u2015 Ada Mensah\n\n"
        "\u201cI have never felt so hopeful about the city.\u201d \u2014 Tomas Rey\n"
    )
    assert [(s[1], s[3]) for s in run(body)] == [("Ada Mensah", True), ("Tomas Rey", True)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ms. Okafor is not a dealmaker, said Mr. Lindqvist, but she has won the trust of "
            "the unions.\n",
            [("Ms. Okafor is not a dealmaker", "Lindqvist")],
            id="a coordinated clause after the speaker",
        ),
        pytest.param(
            "The harbour was quiet by noon. Said Petra Lindqvist, who grew up on the docks, "
            "\u201cWe have never seen it this empty.\u201d\n",
            [("We have never seen it this empty.", "Petra Lindqvist")],
            id="a fronted verb before its speaker",
        ),
        pytest.param(
            "Petra Lindqvist Says The Ferry Will Run Again Next Week.\n\n"
            "The council met for three hours on Tuesday.\n",
            [("The Ferry Will Run Again Next Week", "Petra Lindqvist")],
            id="a headline in title case",
        ),
        pytest.param(
            "At a rally in the port, the senator mocked Lindqvist and said the ferry deal "
            "would never pass.\n",
            [("Lindqvist", None), ("the ferry deal would never pass", None)],
            id="a name alone as what was mocked",
        ),
        pytest.param(
            "At the rally, Lindqvist attacked Okafor for her record on the harbour, saying, "
            '"She has let the docks rot."\n',
            [
                ("Okafor for her record on the harbour", "Lindqvist"),
                ("She has let the docks rot.", "Lindqvist"),
            ],
            id="a participle of speech after the object is a report of its own",
        ),
    ],
)
def test_attributions_of_feature_and_headline_writing(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extract_statements(HEADER + body, source="t")
    assert [(s.text, s.speaker) for s in found] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The minister drew criticism after she appeared to suggest that the ferry crews "
            "were paid too much.\n",
            ["the ferry crews were paid too much"],
            id="a hedge on what was said",
        ),
        pytest.param(
            "The timing of the strike was not planned, the union leaders said; they only "
            "learned of the vote on Friday.\n",
            ["The timing of the strike was not planned"],
            id="a semicolon after an inverted reporting clause",
        ),
        pytest.param(
            "The union leaders said the timing of the strike was not planned; they only "
            "learned of the vote on Friday.\n",
            ["the timing of the strike was not planned"],
            id="a semicolon ends the reported clause",
        ),
        pytest.param(
            'Bemoaning the "rigged vote," the mayor accused the council of hiding the ballots.\n',
            ["the council of hiding the ballots"],
            id="a quotation after a determiner is no quotation first",
        ),
        pytest.param(
            "The envoy was in the capital for separate contacts, according to a ministry "
            "official; an earlier version of this story said he attended the talks.\n",
            ["The envoy was in the capital for separate contacts"],
            id="an earlier version of a story says nothing",
        ),
    ],
)
def test_hedges_semicolons_and_phrases_in_quotation_marks(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_a_name_before_the_comma_of_an_inverted_reporting_clause_is_not_its_subject() -> None:
    body = (
        "The mayor would do well to build bridges to Mr. Okafor, said Ana Ruiz, a former "
        "aide to the council.\n"
    )
    found = extract_statements(HEADER + body, source="t")
    assert [(s.text, s.speaker) for s in found] == [
        ("The mayor would do well to build bridges to Mr. Okafor", "Ana Ruiz")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ferry crews would be paid for the strike days, Ana Ruiz said, a concession that could "
            "end the dispute.\n",
            [("Ferry crews would be paid for the strike days", "Ana Ruiz")],
            id="an apposition with a relative clause after the reporting clause",
        ),
        pytest.param(
            "The port will reopen on Monday, said the union's president, Harold Okafor.\n",
            [("The port will reopen on Monday", "Harold Okafor")],
            id="a title's possessor and the name in apposition after the verb",
        ),
    ],
)
def test_what_follows_an_inverted_reporting_clause(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extract_statements(HEADER + body, source="t")
    assert [(s.text, s.speaker) for s in found] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            'The mayor exhorted voters to "stay home" and said the vote was rigged.\n',
            ['to "stay home"', "the vote was rigged"],
            id="exhorted",
        ),
        pytest.param(
            'In her speech, the mayor proclaimed a goal of "safe streets for all."\n',
            ['a goal of "safe streets for all'],
            id="proclaimed a noun phrase",
        ),
        pytest.param(
            "The harbour was quiet. Said Okafor: \u201cWe have never seen it this empty.\u201d\n",
            ["We have never seen it this empty."],
            id="a fronted verb and a colon",
        ),
    ],
)
def test_more_verbs_and_forms_of_speech(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Talks resumed on Monday. Maria Okafor said most of the clauses that the envoys "
            "drafted would go.\n",
            [("most of the clauses that the envoys drafted would go", "Maria Okafor")],
            id="a relative that after the reported clause's subject",
        ),
        pytest.param(
            "Talks resumed on Monday. Maria Okafor said this week that the clauses had been "
            "dropped.\n",
            [("the clauses had been dropped", "Maria Okafor")],
            id="a time before the complementiser",
        ),
        pytest.param(
            "The envoy Dana Whitlow met the delegation. Although the talks stalled, she said, a "
            "deal remains possible.\n",
            [("a deal remains possible", "Dana Whitlow")],
            id="a parenthetical after a fronted subordinate clause",
        ),
        pytest.param(
            'Talks resumed on Monday. Dana Whitlow said they were useful.\n\n"The gap is too '
            'wide," Kyiv School of Economics professor Ivan Petrenko said.\n',
            [("they were useful", "Dana Whitlow"), ("The gap is too wide,", "Ivan Petrenko")],
            id="proper nouns modifying the title after a quotation",
        ),
        pytest.param(
            "Senator Angus Whitlow met the envoys on Tuesday. Mr. Whitlow said the talks had "
            "stalled. Later Mr. Bishop said the talks had resumed.\n",
            [
                ("the talks had stalled", "Angus Whitlow"),
                ("the talks had resumed", "Bishop"),
            ],
            id="an honorific makes an office word a surname",
        ),
        pytest.param(
            "Sen. Nadia Jordan (D-Ore.) said the deal was weak. Fire Chief Omar Chad said the "
            "roads were closed.\n",
            [("the deal was weak", "Nadia Jordan"), ("the roads were closed", "Omar Chad")],
            id="a given name and a country name after a title",
        ),
        pytest.param(
            'Talks resumed on Monday. Dana Whitlow said they were useful.\n\n"We are close," '
            'K.T. Osei said. "The ceasefire can hold," said Vice President J.D. Vance.\n',
            [
                ("they were useful", "Dana Whitlow"),
                ("We are close,", "K.T. Osei"),
                ("The ceasefire can hold,", "JD Vance"),
            ],
            id="initials written together",
        ),
        pytest.param(
            'Dana Whitlow met the envoys in Albany, N.Y. "The talks were useful," she said.\n',
            [("The talks were useful,", "Dana Whitlow")],
            id="a state's initials end a sentence before a quotation",
        ),
    ],
)
def test_subjects_titles_and_relative_clauses(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extract_statements(HEADER + body, source="t")
    assert [(s.text, s.speaker) for s in found] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a request for anonymity
        "A driver, who asked that his name not be used because he feared his employer, "
        "spoke at the gate.\n",
        # a bare noun phrase after a verb that neither judges nor demands: the topic only
        "A second fighter repeated the statement in Kurdish.\n",
        "Pollsters acknowledge the limits.\n",
        "Supporters gathered down the road, chanting his name.\n",
        "Below is what each side said about it.\n",
        "The ministry has said little in public.\n",
        # a thing named by "called"
        "The two leaders signed what they called the Harbour Agreement on Thursday.\n",
        # a thing named by "call" with a pronoun for the thing first, a particle in the
        # name, the name's common noun, an acronym in brackets, or named after something
        "Farmers call it Lindmoor; the ministry calls it Blackwater.\n",
        "The militia calls itself the Frente Norte de Liberación y Paz.\n",
        "The company calls itself the Northern Haulage Alliance (NHA).\n",
        "Locals call it the Varden corridor, a term the capital avoids.\n",
        "The miners are calling the accord after the village where it was signed.\n",
        # a pro-form for another's words: the verb reports nothing of its own
        "The deputy minister has said much the same in recent weeks.\n",
        "The opposition says the opposite.\n",
        # "dismiss" with staff for its object: they were let go, nothing was said
        "The mill dismissed nearly 2,000 workers in March.\n",
        "The airline, which dismissed its entire cabin staff last year, is hiring again.\n",
        # a relative pronoun is the verb's object
        "Here is what the plan contains, who has to act, and what each side says.\n",
        "It will be their first meeting since the vote, which the court confirmed in December.\n",
    ],
)
def test_no_statement_in_a_topic_a_name_or_a_request_for_anonymity(body: str) -> None:
    assert texts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "call" judging, not naming: a common noun or adjective after the pronoun
        ("The minister called it a cynical manoeuvre.\n", ["it a cynical manoeuvre"]),
        (
            "The senator called it the worst deal in a generation.\n",
            ["it the worst deal in a generation"],
        ),
        # "dismiss" with a claim for its object rejects it
        ("The ministry dismissed the claims of the workers.\n", ["the claims of the workers"]),
        # a reported clause after "the same"
        (
            "The envoy said the same rules would apply to both sides.\n",
            ["the same rules would apply to both sides"],
        ),
    ],
)
def test_a_judgement_a_rejection_or_a_clause_stays(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_a_journalists_gloss_ends_the_reported_clause() -> None:
    body = (
        "The union said on Monday it would extend its strike indefinitely, the sharpest "
        "escalation yet in the dispute.\n"
    )
    assert texts(body) == ["it would extend its strike indefinitely"]


def test_a_view_noun_holds_what_was_said() -> None:
    body = "She repeated the ministry's view that the envoy was never lawfully appointed.\n"
    assert texts(body) == ["the envoy was never lawfully appointed"]


@pytest.mark.parametrize(
    "body",
    [
        "EU governments are still arguing over whether to fund the loan.\n",
        "The ministers argued about the loan for hours.\n",
    ],
)
def test_a_quarrel_reports_nothing(body: str) -> None:
    assert texts(body) == []


def test_a_sentence_after_a_closed_quotation_reports_its_own_clause() -> None:
    body = (
        '"They call us a back door," said Lam Quoc, who owns a workshop. "What is foreign '
        'here?" He said he would accept stricter checks if his orders came back.\n'
    )
    assert texts(body)[-1] == "he would accept stricter checks if his orders came back"


def test_crediting_somebody_is_a_report_of_its_own() -> None:
    body = (
        "She said she had stayed in touch with both sides all summer and credited the "
        "negotiators for reaching a deal.\n"
    )
    assert texts(body) == [
        "she had stayed in touch with both sides all summer",
        "the negotiators for reaching a deal",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day after the verb, then a participle of the writer's: the clause before is said
        (
            "The harbour will stay closed until March, the port authority said on "
            "Wednesday, ending weeks of uncertainty for shippers.\n",
            "The harbour will stay closed until March",
        ),
        # a dateline, then the clause, then unnamed sources and the writer's participle
        (
            "LIMA, May 3 (Coastal Wire) - Andes Copper is preparing a new bid for the "
            "smelter, two people close to the company said, opening a contest for the plant.\n",
            "Andes Copper is preparing a new bid for the smelter",
        ),
    ],
)
def test_a_closing_participle_after_the_reporting_clause(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_a_bodys_bare_reaction_before_its_spokesmans_words_is_a_lead_in() -> None:
    body = (
        "The Maritime Union welcomed the ruling. Its spokeswoman, Ada Lind, said the "
        "ruling protected every crew on the river.\n"
    )
    assert texts(body) == ["the ruling protected every crew on the river"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a named person's bare reaction says nothing of its own either (det25: a bare
        # definite object names what was told; her words follow)
        (
            "Ada Lind rejected the charge. She said the union had never blocked the port.\n",
            ["the union had never blocked the port"],
        ),
        (
            "The Maritime Union welcomed the ruling. The river reopened on Monday.\n",
            [],
        ),
        # a reaction coordinated with a second report of its speaker stays (one per act)
        (
            "The Maritime Union welcomed the ruling and urged the board to reopen the river.\n",
            ["the ruling", "the board to reopen the river"],
        ),
    ],
)
def test_a_bare_reaction_is_no_statement_unless_coordinated(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_a_second_speaker_repeating_that_ends_the_first_clause() -> None:
    body = (
        "The union has long said the offer is too low, and its president, Ada Lind, "
        "repeated this week that members would not vote on it.\n"
    )
    assert texts(body) == ["the offer is too low", "members would not vote on it"]


def test_a_second_reporting_verb_the_parse_hangs_on_an_infinitive() -> None:
    # "rejected" is finite: it goes with "had done", not with "to keep"
    body = (
        "The chair said the secretariat had done everything it could to keep the talks "
        "going and rejected claims that it had favoured the exporters.\n"
    )
    assert texts(body) == [
        "the secretariat had done everything it could to keep the talks going",
        "claims that it had favoured the exporters",
    ]


# -- detection by structure (December 4, ninth round, detect24) --------------------------


def test_a_capitalised_conference_ends_a_bodys_name() -> None:
    # "Conference said" is a name's last word and its verb, not "a conference call"
    body = "The Teamsters Canada Rail Conference said its members would obey the order.\n"
    assert texts(body) == ["its members would obey the order"]


def test_said_in_a_statement_that_when_the_parse_hangs_the_clause_on_the_noun() -> None:
    body = (
        "The CGT labour confederation, which has called a general strike for Thursday, said "
        "in a statement that the agreement would be paid for by pensioners.\n"
    )
    assert texts(body) == ["the agreement would be paid for by pensioners"]


@pytest.mark.parametrize(
    "body",
    [
        "Unite, which had called off a planned strike after the election, stayed critical.\n",
        "The union called a general strike for Monday.\n",
        # a free relative names what was said without saying it
        "Here is what happened, and what each side says it means.\n",
        "Tomorrow: what the capitals said about sanctions relief.\n",
        "Leaders signed what the White House calls the Washington Accords.\n",
        # thanking with no reason given is courtesy
        "Hassan Sheikh thanked Erdogan and left the hall.\n",
    ],
)
def test_nothing_said(body: str) -> None:
    assert texts(body) == []


def test_a_nominal_report_ends_where_its_verb_phrase_ends() -> None:
    body = (
        "Mogadishu had called the January memorandum an act of aggression, passed a law "
        "and expelled Ethiopia's ambassador in April.\n"
    )
    assert texts(body) == ["the January memorandum an act of aggression"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The text says the agreement will remove all physical barriers.\n",
         "the agreement will remove all physical barriers"),
        ("The document adds that the framework must be agreed by both sides.\n",
         "the framework must be agreed by both sides"),
        ("Talks are to start by the end of February, with Turkey's help, the text said.\n",
         "Talks are to start by the end of February, with Turkey's help"),
        ("The counter-proposal kept the idea, according to a copy seen by this newspaper.\n",
         "The counter-proposal kept the idea"),
        # a colon ends the source
        ("The talks dragged on over two questions, according to two people familiar with "
         "the negotiations: how much cash would arrive, and how fast the peso would move.\n",
         "The talks dragged on over two questions"),
    ],
)  # fmt: skip
def test_a_texts_words_and_according_to(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_the_first_names_of_a_person_named_in_full_before() -> None:
    body = (
        "Somali President Hassan Sheikh Mohamud arrived on Monday.\n\n"
        "Hassan Sheikh said Somalia was ready to work with Ethiopia.\n"
    )
    [(cue, speaker, actor, _)] = run(body)
    assert (cue, speaker, actor) == ("said", "Hassan Sheikh Mohamud", "SOM")


def test_a_clause_of_when_before_the_colon_introduces_the_quotation() -> None:
    body = (
        "Here is what the union's leader, Ada Lind, said as she left the meeting:\n\n"
        '"The company has had every chance to do the right thing."\n'
    )
    assert texts(body) == ["The company has had every chance to do the right thing."]


# -- detection by structure (seventeenth round, det17) ---------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the next sentence's statement spells the reaction out, whoever says it
        (
            "Farmers' groups condemned the tariff. A spokeswoman for one group said "
            "growers would lose half their income.\n",
            ["growers would lose half their income"],
        ),
        # a participle closing the same sentence spells it out
        (
            "A port authority official rejected that claim, saying the cranes had been "
            "idle for weeks.\n",
            ["the cranes had been idle for weeks"],
        ),
        (
            "The dockers' federation welcomed the ruling in a statement on Friday, saying "
            "it protected every crew.\n",
            ["it protected every crew"],
        ),
    ],
)
def test_an_unnamed_speakers_bare_reaction_before_its_spelled_out_words(
    body: str, expected: list[str]
) -> None:
    assert texts(body) == expected


def test_a_named_persons_bare_reaction_before_a_participle_is_no_statement() -> None:
    # det25: the participle says what she said; "the charge" names what was told
    body = "Ada Lind rejected the charge, saying the union had never blocked the port.\n"
    assert texts(body) == ["the union had never blocked the port"]


def test_a_participle_set_off_inside_the_reported_clause_does_not_end_it() -> None:
    body = (
        "The company said on Monday that the court, sitting under the rules of the trade "
        "body, had granted its request.\n"
    )
    assert texts(body) == [
        "the court, sitting under the rules of the trade body, had granted its request"
    ]


def test_a_writers_clause_after_an_according_to_source_is_not_the_sources() -> None:
    body = (
        "The first plant is due to open in 2030, according to the ministry, and the "
        "project is expected to cost about $2 billion.\n"
    )
    assert texts(body) == ["The first plant is due to open in 2030"]


@pytest.mark.parametrize(
    "body",
    [
        "A manager at the plant, who asked that the company not be named, said orders "
        "had fallen.\n",
        '"We live here," he said, asking that only his first name, Ray, be used.\n',
    ],
)
def test_a_request_for_anonymity_with_a_longer_subject_is_no_statement(body: str) -> None:
    assert not any("name" in t for t in texts(body))


def test_a_reporting_clause_alone_is_no_content() -> None:
    text = "the pact was announced, three of the officials said."
    start = text.index("three")
    draft = Draft(start, len(text) - 1, False, "announced", 4, Who(None, None, False), "announce")
    assert _reporting_clause_only(text, draft)
    kept = Draft(0, 22, False, "said", 30, Who(None, None, False), "say")
    assert not _reporting_clause_only("the pact was announced", kept)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # two initials without stops after a lower-case title open the speaker's name
        ("Nurses' union president KT Walford said the strike would go on.\n", "KT Walford"),
        (
            "The delegation's leader, chair RJ Osei, said the vote would be held on Monday.\n",
            "RJ Osei",
        ),
        # an abbreviated title before a name is no initial
        ("India's PM Modi said the deal was good for farmers.\n", "Narendra Modi"),
    ],
)
def test_two_initials_written_together_open_a_name(body: str, speaker: str) -> None:
    found = extract_statements(HEADER + body, source="t")
    assert [s.speaker for s in found] == [speaker]


def test_two_capitals_before_a_party_name_are_no_initials() -> None:
    body = "A spokesman for the NZ First Party said the party would vote against the bill.\n"
    assert [s.speaker for s in extract_statements(HEADER + body, source="t")] == [None]


def test_a_portfolio_after_the_title_is_the_titles_not_a_person() -> None:
    body = (
        "Minister for the Civil Service and Transport Tomas Veldhuis backed the "
        "plan, saying it would hold. He told reporters that the vote would come in May.\n"
    )
    found = extract_statements(HEADER + body, source="t")
    assert [s.speaker for s in found] == ["Tomas Veldhuis"] * len(found)
    assert found


def test_a_party_after_the_title_stays_a_party() -> None:
    from parley.extract.mentions import MentionKind, mention_finder

    text = "Minister of Foreign Affairs of Ukraine Andrii Sybiha said so."
    kinds = [(m.text, m.kind) for m in mention_finder().mentions(text)]
    assert ("Ukraine", MentionKind.ACTOR) in kinds
