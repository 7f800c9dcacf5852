"""act71 (thirty-ninth round): the leading words of a branch's name ("<X> branch of <Y>")
name whose branch it is, not the branch; a state whose demonym is a word of a listed body's
name the article names has its people named (a dateline of that state stays the home of
an unqualified office); in a labour dispute the dateline's state is the dispute's, whatever
states the trade news names; a state office with no side nearer takes the state of the
place where the speaker "told reporters in". Invented sentences."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from actor_helpers import actor_of
from parley.extract.mentions import MentionKind, branch_name, mention_finder

_DAY = datetime(2025, 9, 3)
_actor = partial(actor_of, day=_DAY)


_STRIKE = (
    "Title: Carmaker shares fall as a strike begins\n\n"
    "SEOUL, Sept 3 - Shares of Hyundai Motor fell on Wednesday as workers at South Korea's "
    "biggest carmaker began a partial strike, adding a labour dispute to the pressure of "
    "American tariffs.\n\n"
    "Members of the Hyundai Motor branch of the Korean Metal Workers' Union stopped work for "
    "two hours in a walkout over pay, and the union said the stoppages would lengthen next "
    "week. Leaders of "
    "the Hyundai Motor branch of the Korean Metal Workers' Union want a later retirement "
    "age, which the union calls its main demand.\n\n"
    "Hyundai has said the tariffs cost it dearly in the United States. Hyundai and its "
    "rivals still pay a 25% tariff on cars shipped to the United States, and exporters "
    "want Washington to cut it.\n\n"
    "Labour Minister Park Min-jae urged both sides to settle and said the government would "
    "not step into a lawful dispute.\n"
)


def test_branch_name_leading_words_are_not_the_branch() -> None:
    assert branch_name("Hyundai Motor branch of the Korean Metal Workers' Union")
    assert not branch_name("Mount Sinai Hospital")
    found = [
        m
        for m in mention_finder().mentions(_STRIKE)
        if m.text == "Hyundai" and m.kind is MentionKind.ACTOR
    ]
    assert found == []


def test_labour_minister_of_the_strike_dateline() -> None:
    assert _actor(_STRIKE, "Park Min-jae", "not step into a lawful dispute") == "KOR"


def test_minister_who_told_reporters_in_a_capital() -> None:
    text = (
        "Title: Two states agree to study a return centre\n\n"
        "THE HAGUE/KAMPALA, Sept 3 (Wire) - The Netherlands and Uganda signed a letter of "
        "intent on a return centre, the Dutch government said on Tuesday.\n\n"
        '"We need partners who will help," Joke van Dam, the minister for foreign trade, '
        "told reporters in The Hague. She said the costs were still being worked out.\n"
    )
    assert _actor(text, "Joke van Dam", "partners who will help") == "NLD"
