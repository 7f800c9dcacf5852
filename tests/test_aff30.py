"""Named people whose affiliation the text writes (aff30, thirtieth round): a state's office
in an apposition is not undone by a private office conjoined after it; a relative clause
saying whom a person leads names a listed organisation; an appointment clause gives a state
office; a state's inspectorate and its standing mediator are state bodies; "the party's"
and "the union's" refer back to a body of that class; a dotted acronym is written without
its stops; "the party" may stand for a listed movement the gazetteer calls a party; a body
is named without the place word that opens its name. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.actors import undotted
from parley.extract import Opposition, extract_statements


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def _actor_of(text: str, words: str) -> str | None:
    found = _actors(text)
    [key] = [k for k in found if words in k]
    return found[key]


def test_a_conjoined_private_office_leaves_the_state_office() -> None:
    text = (
        "DOHA - Qatar and Iraq agreed a power deal on Tuesday.\n\n"
        "Karim Haddad, Qatar's minister of state for energy and chief executive of a state "
        "company, said the plant would open next year.\n"
    )
    assert _actor_of(text, "plant would open") == "QAT"


def test_a_private_office_of_its_own_body_stays_private() -> None:
    text = (
        "BRUSSELS - Belgian unions marched on Monday.\n\n"
        "Jan Peeters, president of the liberal union federation ACLVB, said the march "
        "would go on.\n"
    )
    assert _actor_of(text, "march would go on") != "BEL"


def test_who_leads_a_listed_organisation() -> None:
    text = (
        "OSLO - Norway met reindeer herders on Monday.\n\n"
        "Nils Olsen, who leads the Sør-Fosen sijte herding group, said the families "
        "wanted real solutions.\n"
    )
    assert _actor_of(text, "families wanted") == "SORFOSEN"


def test_the_head_of_a_state_inspectorate() -> None:
    text = (
        "KINSHASA - DR Congo pressed its partners on Monday.\n\n"
        "Paul Mbala, head of the General Inspectorate of Finance, said the partners owed "
        "more than they had paid.\n"
    )
    assert _actor_of(text, "partners owed") == "COD"


def test_an_appointment_clause_gives_a_state_office() -> None:
    text = (
        "BUENOS AIRES - Argentina met provincial leaders on Monday.\n\n"
        "Diego Ruiz, who was promoted to cabinet chief last week, said the talks were "
        "going well.\n"
    )
    assert _actor_of(text, "talks were going well") == "ARG"


def test_the_national_mediator_is_the_states() -> None:
    text = (
        "OSLO - Norway and the herders resumed talks on Monday.\n\n"
        "The talks were led by the national mediator, Eva Lunde, with a judge.\n\n"
        "Lunde said both sides had moved closer.\n"
    )
    assert _actor_of(text, "moved closer") == "NOR"


def test_the_partys_founder_is_the_party_named_before() -> None:
    text = (
        "AGARTALA - India and the Tipra Motha party agreed a process on Saturday, after the "
        "party's founder, Rajen Kumar Debnath, began a fast.\n\n"
        "Debnath said the process was a fair start.\n"
    )
    assert _actor_of(text, "fair start") == "TIPRA"


def test_the_unions_president_is_the_union_not_the_employer() -> None:
    text = (
        "CHICAGO - The Chicago Teachers Union and Chicago Public Schools reached a deal.\n\n"
        "Mary Jones, the union's president, said teachers had given nothing away.\n"
    )
    assert _actor_of(text, "given nothing away") == "CTU"


def test_a_dotted_acronym_is_written_without_its_stops() -> None:
    assert undotted("S.T.O.P.") == "STOP"
    assert undotted("Sindicato") is None
    text = (
        "LISBON - Portugal's teachers' unions met the ministry on Monday.\n\n"
        "Rui Matos, the leader of the smaller STOP union, said the protests would go on.\n"
    )
    assert _actor_of(text, "protests would go on") == "STOP"


def test_the_partys_leader_after_a_table_party_named_before() -> None:
    text = (
        "AGARTALA - The ruling Bharatiya Janata Party courted its rivals on Monday. The "
        "Tipra Motha party held a rally.\n\n"
        "Rajen Debnath, the party's leader in the assembly, said the party was ready.\n"
    )
    assert _actor_of(text, "party was ready") == "TIPRA"


def test_a_body_named_without_its_opening_place_word() -> None:
    text = (
        "CHICAGO - Chicago Public Schools and the Chicago Teachers Union signed a contract.\n\n"
        "Tom Reyes, president of the Board of Education, said the budget would balance.\n"
    )
    assert _actor_of(text, "budget would balance") == "CPS"


def test_led_by_its_chairman_is_the_group_the_sentence_opens_on() -> None:
    text = (
        "NEW DELHI - A wing of an armed group signed an accord with India on Friday.\n\n"
        "The United National Liberation Front, founded decades ago, is banned in India. The "
        "wing that signed is led by its chairman, Tomba Singh; another stayed away.\n\n"
        "Singh said his fighters wanted jobs and land.\n"
    )
    assert _actor_of(text, "wanted jobs") == "UNLFP"
