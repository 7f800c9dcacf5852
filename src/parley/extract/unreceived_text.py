"""Stance of a statement whose only reservation is that a text has not arrived: "the draft
could serve as a basis for a settlement but Moscow had not received any revised version",
"was ready to discuss it but had not received the text through official channels".

That a party has not (yet) received the text, a draft or a version of it is a procedural
remark, not a reservation on the terms (the spec leaves procedure out of stance): gold reads
the position the statement states, which in the development parts is support in four of
five such statements (test43, test51, test52, test53; test26 reads the same words mixed). The
stance model reads the "but ... had not received" as the second half of a weighed view and
calls them mixed. Only a text, draft, version, proposal, plan or offer not received counts
(or "it"): a reply not received that the party judged ("had not received one it considered
credible") is a reservation and stays. The rule moves mixed only.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override

UNRECEIVED = re.compile(
    r"\b(?:(?:has|had|have)\s+not|hasn['\u2019]t|hadn['\u2019]t|haven['\u2019]t)\s+"
    r"(?:yet\s+)?(?:formally\s+|officially\s+)?received\s+(?:it\b|them\b|(?:the|any|a)\s+"
    r"(?:\w+\s+){0,2}?(?:text|version|draft|document|proposals?|plan|framework|points|offer)\b)",
    re.IGNORECASE,
)


def text_not_received(text: str) -> bool:
    """Whether ``text`` says a party has not received the text (a draft, a version) yet."""
    return UNRECEIVED.search(text) is not None


# ``stance`` (the model's), or support when the model reads mixed and ``u.text`` says a party has
# not received the text.
unreceived_text_stance: StanceRule = text_override(
    frozenset({"mixed"}), "support", text_not_received, None
)
