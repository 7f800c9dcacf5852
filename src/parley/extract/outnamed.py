"""Whether an article between two states is rather one state's story with its own
province: a sub-state government the gazetteer lists (by its name or its province's) named
more often than either state ("the federal government and Sarawak", Sarawak throughout,
with "buyers in Japan" once)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from parley.actors import Gazetteer
from parley.places import regional_government, regional_state


def sub_state_outnamed(
    gaz: Gazetteer, parties: tuple[str, ...], actors: Iterable[str], places: Iterable[str]
) -> bool:
    """Whether a listed sub-state government of one of the two ``parties`` (states) is
    named (by the actor mentions' codes ``actors``, or by its province among the
    capitalised names ``places``) more often than each of them: the two parties the
    article names most, once a province's name counts for its government, are that
    state and its province, not two states."""
    sides: Counter[str] = Counter(actors)
    for name in places:
        own = regional_government(gaz, name.removesuffix("'s").removesuffix("’s"))
        if own is not None:
            sides[own] += 1
    return any(
        regional_state(gaz, code) in parties and all(count > sides[p] for p in parties)
        for code, count in sides.items()
    )
