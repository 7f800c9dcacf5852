"""Stance of a statement that opposes an opposition: the speaker disowns an act of opposing
("it did not oppose membership", "we are not blocking them", "would not stand in the way"),
or reproaches another party for one ("accused the union of walking away from a fair
offer", "accused Brussels of trying to sabotage the plan", "regretted that a few members had
blocked the agreement"). The stance model reads the words of opposition and calls such a
statement oppose; toward the deal the speaker is for it (support). The rule overrides the
model only when support scores within ``MARGIN`` of oppose, so that what the model learnt
with confidence stands.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# an act of opposing a deal or a party's course (not "fight", "resist": a party that will
# "not fight" for a cause gives it up)
_OPPOSE = (
    r"(?:oppos(?:e|es|ed|ing)|object(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?"
    r"|obstruct(?:s|ed|ing)?|stand(?:s|ing)?\s+in\s+the\s+way)\b"
)
# the speaker's own act of opposing, negated ("did not oppose", "would no longer block");
# not an infinitive ("urged them not to block": a demand)
NEGATED_OPPOSITION = re.compile(
    rf"(?:\bnot|\bnever|n't|\bno\s+longer)\s+(?!to\b)(?:\w+\s+){{0,2}}?\"?{_OPPOSE}",
    re.IGNORECASE,
)
# another party's act against the deal
_OBSTRUCT = (
    r"(?:walk(?:s|ed|ing)?\s+away|block(?:s|ed|ing)?|sabotag(?:e|es|ed|ing)"
    r"|derail(?:s|ed|ing)?|obstruct(?:s|ed|ing)?|torpedo(?:es|ed|ing)?|scuttl(?:e|es|ed|ing)"
    r"|wreck(?:s|ed|ing)?|stonewall(?:s|ed|ing)?|renege(?:s|d)?|reneging)\b"
)
# "[accused] X of (trying to / having) <obstructing>": the accusation's object and its act
REPROACHED_OPPOSITION = re.compile(
    rf"^\W*[^,.;:\"]{{1,60}}?\bof\s+\"?(?:trying\s+to\s+|seeking\s+to\s+|having\s+)?{_OBSTRUCT}"
    rf"|\bregrett?(?:s|ed|ing)?\s+that\b[^.;]*?\b(?:had|has|have)\s+(?:\w+\s+)?{_OBSTRUCT}",
    re.IGNORECASE,
)
# measured on the 47 development parts: the statements the rule puts right read oppose by
# 0.5 to 3.6 of score; the one it would put wrong ("the business federations of having
# blocked the talks", gold oppose) by 6.5
MARGIN = 4.0


_NEGATED_OPPOSITION_CHECKED = Prefiltered(NEGATED_OPPOSITION)  # searched only where its words are


def opposes_opposition(text: str) -> bool:
    """Whether ``text`` disowns an act of opposing or reproaches another party's."""
    return bool(_NEGATED_OPPOSITION_CHECKED.search(text) or REPROACHED_OPPOSITION.search(text))


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` opposes an
# opposition and support scores within ``MARGIN`` of oppose.
opposed_opposition_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", opposes_opposition, MARGIN
)
