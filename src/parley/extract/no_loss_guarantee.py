"""Stance of a guarantee that no one will lose: a side says that no member, region or
worker will be left out, lose a job or be laid off ("no village would be left on the wrong
side", "nobody gets left outside this time", "none of its members would lose their job").

A side that says nobody loses by the deal is vouching for it: gold reads such statements
of the development parts support (six of seven; the seventh is a demand that a government
give that guarantee, which the model reads oppose 4.0 clear of support). A bullet not
fired is a disavowal of force, not a guarantee, and is not counted here. The stance model
reads the negation and the words of loss and calls some of them oppose or mixed. The rule
moves oppose or mixed to support, and only when support scores within ``MARGIN`` of it.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override

# how far below the model's reading support may score for the rule to turn the stance (the
# three development cases the model misreads sit 0.4 to 2.6 below; the demand that a
# government give the guarantee, gold oppose, sits 4.0 below)
MARGIN = 3.0

# who loses nothing: nobody, no one, none of them, no (noun), not a single (noun)
_NOBODY = r"no|nobody|no\s+one|none\s+of|not\s+a\s+single"
# the modal or present of the guarantee
_MODAL = r"would|will|gets?|is|are|shall"
# the loss it rules out
_LOSS = (
    r"left|lose|lost|worse\s+off|excluded|forgotten|laid\s+off|dismissed|harmed|hurt"
    r"|abandoned|disadvantaged"
)
GUARANTEE = re.compile(
    rf"\b(?:{_NOBODY})\b[^,.;:]{{0,50}}?\b(?:{_MODAL})\s+(?:be\s+|get\s+)?(?:{_LOSS})\b",
    re.IGNORECASE,
)


def guarantees_no_loss(text: str) -> bool:
    """Whether ``text`` says that no one will lose, be left out or be laid off."""
    return GUARANTEE.search(text) is not None


# ``stance`` (the model's), or support when the model reads oppose or mixed, ``u.text``
# guarantees that no one loses and support scores within ``MARGIN`` of that reading.
no_loss_guarantee_stance: StanceRule = text_override(
    frozenset({"oppose", "mixed"}), "support", guarantees_no_loss, MARGIN
)
