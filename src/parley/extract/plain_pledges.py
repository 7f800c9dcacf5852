"""A plain pledge: a reported clause that opens with its subject and "would/will" + a verb
("it would publish the new roster rules before the window", "the government would raise
wages and pensions", "they will return to the capital in January"), with no negation, no
condition and no word of asking, expecting or obliging anywhere in it.

Over the 49 development parts the coders code this shape AGREE 311 times and REQUEST 20
(evt42); the event model reads a few new ones as a request by a hair (REQUEST ahead of AGREE
by less than 0.1 to 0.9 on test50, test51, test53). The rule overrides the model only when
AGREE scores within ``PLEDGE_MARGIN`` of REQUEST: verbs that themselves press the other side
("they will raise it again", "would hold the US to that") score the request by 1.9 and more,
and stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# the subject (up to four words), then the modal and a verb that is no auxiliary
PLEDGE = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?:would|will)\s+(?:\w+ly\s+)?(?!not\b|be\b|have\b)\w+",
    re.IGNORECASE,
)
# a negation, a condition or a limit in time
UNPLAIN = re.compile(r"\b(?:not|never|no|unless|if|only|until|once)\b|n't\b", re.IGNORECASE)
# a word of asking, expecting or obliging, which makes the clause an appeal
APPEAL = re.compile(
    r"\b(?:ask\w*|urg\w+|press\w*|push\w*|seek\w*|sought|call\w*|demand\w*|expect\w*|hop\w+"
    r"|want\w*|insist\w*|need\w*|requir\w+|wait\w*|should|must|ought|ha(?:s|ve|d)\s+to"
    r"|like|prefer\w*|hold\s+\w+\s+to)\b",
    re.IGNORECASE,
)
PLEDGE_MARGIN = 1.0


def plain_pledge(text: str) -> bool:
    """Whether ``text`` is a plain pledge: subject, "would/will" + verb, nothing else."""
    return (
        PLEDGE.search(text) is not None
        and UNPLAIN.search(text) is None
        and APPEAL.search(text) is None
    )


def pledge_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or AGREE when the model reads an indirect plain pledge as a
    request and AGREE is close."""
    if event != "REQUEST" or u.direct or not plain_pledge(u.text):
        return event
    return "AGREE" if within(scores, classes, "AGREE", event, PLEDGE_MARGIN) else event
