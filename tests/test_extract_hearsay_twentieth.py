"""Hearsay structures read in the twentieth round (hear20): a verb of coming to know
("heard", "noticed") with a clausal complement reports the position one level down, as a
verb of telling does; and a bargaining stand named by an adjective ("forthcoming",
"flexible") after a copula is the subject's disposition, not the speaker's verdict."""

from __future__ import annotations

from hearsay_helpers import held_phrases, last_statement
from parley.extract.holders import holders
from parley.extract.syntax import parser

_held = held_phrases


def _last(body: str) -> str | None:
    return last_statement(body).about


def test_a_clause_heard_is_held_by_its_own_subject_first() -> None:
    found = _held("he had heard the Chilean government was unhappy with the quota")
    assert found[0] == ("the Chilean government", False)


def test_a_clause_noticed_is_held_by_its_own_subject_first() -> None:
    found = _held("she had noticed that Peruvian negotiators were ready to sign")
    assert found[0] == ("Peruvian negotiators", False)


def test_a_bargaining_stand_after_a_copula_is_a_disposition() -> None:
    assert _held('Norway had been "remarkably forthcoming" on the quota') == [("Norway", False)]
    assert _held("Quito was more flexible than in March") == [("Quito", False)]


def test_a_verdict_after_a_copula_is_still_nobody_s() -> None:
    # the adjectives added are stands in bargaining, not any judgement of a party
    assert _held("Quito was wrong about the border") == [("Quito", True)]


def test_a_heard_position_of_another_state_is_hearsay() -> None:
    body = (
        "LIMA, May 4 (HD) - Peru and Chile closed a fisheries round on Friday.\n\n"
        "A Peruvian trawler captain, Luis Salas, said he had heard the Chilean government "
        "was unhappy with the quota."
    )
    assert _last(body) == "CHL"


def test_a_forthcoming_partner_is_hearsay() -> None:
    body = (
        "OSLO, May 4 (HD) - Norway and Iceland closed a fisheries round on Friday.\n\n"
        'Icelandic Fisheries Minister Anna Jonsdottir said Norway had been "remarkably '
        'forthcoming" on the quota.'
    )
    assert _last(body) == "NOR"


def test_the_only_one_that_refused_is_the_subject_s_position() -> None:
    # a copula whose complement singles the subject out of a class by a refusal it alone
    # made reports that refusal, not a verdict on the subject
    assert _held("Chile was the only member that refused to sign") == [("Chile", False)]


def test_it_before_a_singled_out_class_is_no_cleft() -> None:
    # "it" stands for the party named before, not for the class after the copula
    found = _held("it was the only country that refused to pay")
    assert [phrase for phrase, _ in found] == ["it"]
    assert _held("it was the Houthis who asked") == [("the Houthis", False)]


def test_a_class_without_a_position_taken_is_still_a_verdict() -> None:
    assert _held("Chile was the only member with a coastline") == [("Chile", True)]


def test_the_only_one_that_refused_is_hearsay() -> None:
    body = (
        "LIMA, May 4 (HD) - Ten Pacific states signed a fisheries accord on Friday.\n\n"
        "Peruvian Fisheries Minister Luis Salas said Chile was the only member that "
        "refused to sign."
    )
    assert _last(body) == "CHL"


def test_a_new_government_stating_a_position_is_the_state_of_the_paragraph() -> None:
    body = (
        "LONDON, May 4 (HD) - British train drivers accepted a pay offer on Friday.\n\n"
        "Union leader Tom Hale said the new government had been willing to talk about "
        "the pay offer."
    )
    assert _last(body) == "GBR"


def test_a_subject_told_by_a_named_teller_is_marked_inner() -> None:
    nlp = parser()
    assert nlp is not None
    sentence = "a senior official had told her that the government would not pay more"
    found = {sentence[h.start : h.end]: h.inner for h in holders(nlp(sentence))}
    assert found == {"the government": True, "a senior official": False}


def test_a_government_told_of_by_its_official_is_hearsay() -> None:
    # a clause a teller reports one level down is a position told, not the speaker's
    # own: the unqualified government in it is the state of the paragraph
    body = (
        "DUBLIN, May 4 (HD) - Irish nurses walked out on Monday over pay.\n\n"
        "A mediator, Ann Ryan, said a senior official had told her that the government "
        "would not pay more than 5%."
    )
    assert _last(body) == "IRL"


def test_a_government_judged_by_a_speaker_without_a_side_is_still_nobody_s() -> None:
    body = (
        "DUBLIN, May 4 (HD) - Irish nurses walked out on Monday over pay.\n\n"
        "A mediator, Ann Ryan, said the government would not pay more than 5%."
    )
    assert _last(body) is None


def test_a_commitment_received_is_held_by_its_giver() -> None:
    assert _held("Lima had received Santiago's assurances on the quota")[0] == (
        "Santiago's",
        False,
    )
    assert _held("he had Chile's word on the quota")[0] == ("Chile's", False)


def test_a_proposal_received_is_not_held_by_its_sender() -> None:
    found = _held("Lima had received Santiago's proposal and was studying it")
    assert "Santiago's" not in [phrase for phrase, _ in found]


def test_if_anything_sets_no_condition() -> None:
    # "if anything" has neither verb nor subject: the clause after it is no consequence
    assert _held("If anything, Chile will read the accord as a licence") == [("Chile", False)]
    assert _held("If Quito signs, Chile will read the accord as a licence")[-1][1] is True


def test_an_act_perceived_is_held_by_its_own_agent_first() -> None:
    found = _held("the navy had observed Chilean boats entering the zone at night")
    assert [phrase for phrase, _ in found][:2] == ["Chilean boats", "the navy"]
    found = _held("officials had watched Chilean forces pull back from the line")
    assert [phrase for phrase, _ in found][:2] == ["Chilean forces", "officials"]


def test_a_perceived_thing_without_an_act_has_no_agent() -> None:
    assert _held("Lima saw the talks as a chance") == [("Lima", False)]


def test_an_act_perceived_by_the_speaker_s_own_side_is_hearsay() -> None:
    body = (
        "LIMA, May 4 (HD) - Peru and Chile closed a fisheries round on Friday.\n\n"
        "The Peruvian foreign ministry said the navy had observed Chilean troops "
        "removing the border markers in two places."
    )
    assert _last(body) == "CHL"
