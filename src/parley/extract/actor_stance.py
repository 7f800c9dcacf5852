"""An unsure stance read through the same party's sure stances in the article.

A statement's stance is toward the article's deal, and a party keeps one side of it through
an article: the party that turned the offer down is against it in its other statements too.
The stance model reads a statement alone, so a fact, figure or image whose side follows only
from the speaker ("the reform would go ahead", "the text contained a litany of loopholes")
is near a coin toss for it. When the model is unsure of such a statement and the same party
(the same actor code) said at least ``SURE_OTHERS`` other things in the article whose stance
the model is sure of, all on one side (support or oppose), the statement takes that side.

A party's hearsay about another party (``about``: "Budapest had defended its own interests",
said by Moscow) reports the other party's position, which is what its stance is of; it takes
the side of that party's own sure statements (not hearsay) in the article first (stn43).

Measured on the 48 development parts (stn42): 19 scored statements corrected, 1 put wrong,
the thresholds chosen in the middle of the range where no part loses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from parley.extract.model import Stance, Statement

# the model's lead of a statement's stance over its runner-up below which it is unsure
UNSURE = 1.0
# the lead of another statement's stance at or above which it is sure
SURE = 2.0
# how many sure statements of the same party it takes
SURE_OTHERS = 3

_SIDES = (Stance.SUPPORT, Stance.OPPOSE)


def _sure_sides(
    out: Sequence[Statement], leads: Sequence[float | None], *, first_hand: bool
) -> dict[str, list[Stance]]:
    """The sides each party's sure statements take (only its own, not hearsay, if
    ``first_hand``)."""
    sure: dict[str, list[Stance]] = defaultdict(list)
    for st, lead in zip(out, leads, strict=True):
        if first_hand and st.about:
            continue
        if st.actor and lead is not None and lead >= SURE and st.stance in _SIDES:
            sure[st.actor].append(st.stance)
    return sure


def _one_side(sides: Sequence[Stance]) -> Stance | None:
    """The one side at least ``SURE_OTHERS`` sure statements all take, if any."""
    if len(sides) >= SURE_OTHERS and len(set(sides)) == 1:
        return sides[0]
    return None


def party_side_stances(out: Sequence[Statement], leads: Sequence[float | None]) -> None:
    """Give each unsure statement of ``out`` the one side its party's sure statements take.

    ``leads[i]`` is the stance model's lead for ``out[i]`` (None where a rule decided the
    stance). A party's hearsay about another party (``about``) reports that party's
    position, so it takes first the side of the reported party's own sure statements, and
    its speaker's party's side only when those give none. Statements are changed in place;
    the sides are read before any is changed."""
    sure = _sure_sides(out, leads, first_hand=False)
    said = _sure_sides(out, leads, first_hand=True)
    changed: list[tuple[Statement, Stance]] = []
    for st, lead in zip(out, leads, strict=True):
        if not st.actor or lead is None or lead >= UNSURE or st.stance is None:
            continue
        # an unsure statement is never sure itself, so its party's sure list is the others'
        side = None
        if st.about and st.about != st.actor:
            side = _one_side(said.get(st.about, []))
        if side is None:
            side = _one_side(sure.get(st.actor, []))
        if side is not None and side != st.stance:
            changed.append((st, side))
    for st, side in changed:
        st.stance = side
