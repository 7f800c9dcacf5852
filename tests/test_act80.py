"""act80 (forty-first round): an article whose two most-named parties are two states is
still one state's story with its province when a listed sub-state government (by its
province's name) is named more often than either state; its head then speaks for it, and so
do "the state government" and "the Premier's office" (an office only a state has, "the
Prime Minister's Office", stays the state's). Invented sentences."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from actor_helpers import actor_of
from parley.actors import load_gazetteer
from parley.extract.outnamed import sub_state_outnamed

_DAY = datetime(2025, 9, 3)
_actor = partial(actor_of, day=_DAY)


_LEVY = (
    "Title: Timber levy agreed after months of talks\n\n"
    "KOTA KINABALU - The Malaysian government and Sabah agreed on Monday on a timber levy, "
    "officials said.\n\n"
    "Sabah Chief Minister Rahim Osman said Sabah would collect the levy from next year. A "
    "trader at a Japanese mill said buyers in Japan had been told that nothing would "
    "change.\n\n"
    "Sabah wanted a larger share, one official said, and Sabah had pressed the point for "
    "months. The Malaysian government said the formula was fair.\n"
)


def test_head_of_the_province_named_throughout_speaks_for_its_government() -> None:
    assert _actor(_LEVY, "Rahim Osman", "collect the levy") == "SABAH"


def test_province_named_less_than_a_state_leaves_two_states() -> None:
    gaz = load_gazetteer()
    parties = ("MYS", "IDN")
    actors = ["MYS", "MYS", "IDN", "IDN", "IDN"]
    assert not sub_state_outnamed(gaz, parties, actors, ["Sabah", "Sabah"])
    assert sub_state_outnamed(gaz, parties, actors, ["Sabah"] * 4)
    # a province of a third state counts for neither
    assert not sub_state_outnamed(gaz, parties, actors, ["Quebec"] * 9)


_OFFICES = (
    "Title: Timber levy agreed after months of talks\n\n"
    "KOTA KINABALU - The Malaysian government and Sabah agreed on Monday on a timber levy, "
    "officials said.\n\n"
    "Sabah wanted a larger share, and Sabah had pressed the point for months. Last week the "
    "state government said the levy would fund new schools.\n\n"
    "After a meeting in March, the Premier's office said the talks had been cordial. A trader "
    "at a Japanese mill said buyers in Japan had been told that nothing would change.\n\n"
    "According to a statement from the Prime Minister's Office, the formula was fair to "
    "Sabah.\n"
)


def test_state_government_and_premiers_office_are_the_named_sub_state() -> None:
    assert _actor(_OFFICES, None, "fund new schools") == "SABAH"
    assert _actor(_OFFICES, None, "had been cordial") == "SABAH"


def test_prime_ministers_office_stays_the_state() -> None:
    assert _actor(_OFFICES, None, "fair to Sabah") == "MYS"
