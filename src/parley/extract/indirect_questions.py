"""An indirect question or a free relative a reporting verb takes as its object.

"told reporters why he voted to walk out", "made clear where his government would draw the
line", "explaining why they should stay", "repeating what an official had told reporters":
a clause opened by a wh-word after a verb that does not ask names the matter the speaker
spoke of (the reason, the place, the thing told), not what the speaker said of it. A verb
that asks ("asked why ...", "questioned how ...") states its question; an agreement on
"how much" or "where" is itself the agreement; and the speaker's own label for a thing
("rejected what he called blackmail", "what they say are the largest reserves") states
the speaker's view. Those stay.
"""

from __future__ import annotations

import re

from parley.extract.attribution import Draft

# verbs whose wh-clause is the question they put, and verbs whose wh-clause is what was
# settled ("agreed how much Seoul will pay")
_ASKING_OR_SETTLING = frozenset(
    ("ask", "question", "wonder", "query", "inquire", "enquire", "agree", "disagree", "decide")
)
# a wh-word opening the object ("whether" and "which" are left alone: "says whether X holds
# elections is for X to decide" reports a clause whose subject it opens, and "which" opens
# a relative clause on a noun)
_WH_OBJECT = re.compile(r"(?:what|why|how|where|when|who|whom)\b")
# the speaker's label inside a free relative: "what he called", "what it says are"
_OWN_LABEL = re.compile(
    r"what\s+(?:[\w'’.-]+\s+){1,4}?(?:call|calls|called|calling|describe|describes|described"
    r"|term|terms|termed|dub|dubs|dubbed|label|labels|labelled|labeled|say|says|said)\b"
)


def asks_only(text: str, d: Draft) -> bool:
    """Whether statement ``d`` is only a wh-clause its verb (one that does not ask) takes
    as its object: the matter spoken of, not what was said of it."""
    if d.direct or d.cue_start > d.start or d.lemma in _ASKING_OR_SETTLING:
        return False
    if _WH_OBJECT.match(text, d.start, d.end) is None:
        return False
    if text[: d.start].rstrip().endswith(","):
        return False  # "according to X, who follows the talks": a relative clause on X
    return _OWN_LABEL.match(text, d.start, d.end) is None
