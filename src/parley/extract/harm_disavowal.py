"""Stance of a disavowal of harm: a side says it will not use force or do harm, or that a
party will not be harmed ("the country had no intention of invading anyone", "we will not
fire a single shot", "it does not want to harm its neighbour", "domestic firms would not be
disadvantaged").

A side that disowns force or harm is reassuring the other parties about the deal it seeks or
has made: gold reads these statements support across the development parts (eleven in seven
parts, one mixed where a threat follows, none oppose). The stance model reads the negation
and the words of war and harm and calls some of them oppose. A disavowal said with a
refusal or a dismissal of the deal ("we reject it and will not be hurt by it") stays with
the model. Only a disavowal of what is to
come counts (a future or conditional "will not" / "would not", a stated want of intent or
wish, "does not want to"): a constraint ("cannot attack", "borders must not be changed by
force") or a refusal to be bullied ("will not be threatened") is no reassurance and stays
with the model.
"""

from __future__ import annotations

import re

from parley.extract.dismissal_verdict import DISMISSAL
from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# how far below oppose support may score for the disavowal to turn the stance (the five
# development cases the model reads oppose sit 1.6-8.7 below; a disavowal inside a plain
# refusal, "we reject the plan and will not be hurt by it", sits lower still)
MARGIN = 10.0

# what the side disowns: an intention, a wish, a want, or a deed to come
_DISOWN = (
    r"(?:will|would|shall)\s+(?:not|never)|won['\u2019]t|wouldn['\u2019]t"
    r"|(?:no|not\s+the\s+slightest)\s+(?:intention|wish|desire|plans?)\s+(?:of|to)"
    r"|(?:do|does|did)\s+not\s+want\s+to|(?:don|doesn|didn)['\u2019]t\s+want\s+to"
)
# the harm it disowns, done by the side: force, war or damage
_DONE = (
    r"harm(?:ing)?|hurt(?:ing)?|disadvantag(?:e|ing)|invad(?:e|ing)|attack(?:ing)?"
    r"|fight(?:ing)?|threaten(?:ing)?|endanger(?:ing)?|go(?:ing)?\s+to\s+war"
    r"|wag(?:e|ing)\s+war|us(?:e|ing)\s+force|tak(?:e|ing)\s+\w+(?:\s+\w+)?\s+by\s+force"
    r"|fir(?:e|ing)\s+(?:a|one|a\s+single)\s+(?:bullet|shot)"
)
# the harm it says a party will not suffer (the passive of damage to an interest; not that
# of force, "will not be threatened", which is defiance)
_SUFFERED = r"be\s+(?:harmed|hurt|disadvantaged|weakened)"
DISAVOWAL = re.compile(
    rf"\b(?:{_DISOWN})\s+(?:\w+ly\s+|ever\s+|again\s+)?(?:{_DONE}|{_SUFFERED})\b",
    re.IGNORECASE,
)


# a refusal or a dismissal of the deal said with the disavowal is what the statement does
# ("we reject the plan and will not be hurt by it", "we will not fight, but it is a sell-out")
_REFUSAL = re.compile(r"\b(?:reject\w*|refus\w*|oppos\w*|against)\b", re.IGNORECASE)


_DISMISSAL_CHECKED = Prefiltered(DISMISSAL)  # searched only where its words are


def disavows_harm(text: str) -> bool:
    """Whether ``text`` disowns force or harm to come, with no refusal or dismissal of the
    deal."""
    return (
        DISAVOWAL.search(text) is not None
        and _REFUSAL.search(text) is None
        and _DISMISSAL_CHECKED.search(text) is None
    )


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` disowns force or
# harm to come and support scores within ``MARGIN`` of oppose.
harm_disavowal_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", disavows_harm, MARGIN
)
