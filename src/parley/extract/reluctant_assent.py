"""Stance of a reluctant acceptance: the side took the deal, and says in the same breath
that it did so against its wishes — for want of a better course ("we accepted it because the
alternative was another collapse", "India had agreed to the extension only because the text
makes clear it will end") or beyond what it wanted ("the airline had conceded more than it
wanted to", "the party had accepted fewer seats than it had sought", "the bloc had moved
further than it wanted") or with a word for reluctance ("he had voted yes reluctantly", "we
voted in favour with our noses held", "many had accepted it with a heavy heart").

The acceptance with its stated cost is what the spec calls a mixed stance, and gold reads it
so across the development parts; the stance model reads the verb of acceptance and calls it
support. Only a support reading is changed: an oppose reading of such a clause is no
acceptance the model saw, and stays the model's.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# a verb of acceptance or of giving ground
_ACCEPT = r"(?:accept\w*|agree[sd]?|sign(?:s|ed)?|conced\w*|mov(?:e|es|ed)|got|gave|settled)"
# ... taken for want of a better course: "because the alternative was", "only because"
_NO_CHOICE = re.compile(
    rf"\b{_ACCEPT}\b[^.;]{{0,80}}?\b(?:because\s+the\s+alternative|only\s+because)\b",
    re.IGNORECASE,
)
# ... or beyond the side's own wish: ground given "more / further than it wanted" (not
# "got more than we hoped", a gain), or a share taken "less / fewer than it had sought"
_GIVEN = r"(?:accept\w*|agree[sd]?|sign(?:s|ed)?|conced\w*|mov(?:e|es|ed)|gave)"
_TAKEN = r"(?:accept\w*|agree[sd]?|sign(?:s|ed)?|got|settled)"
_WISH = (
    r"than\s+(?:it|they|we|he|she|I)\s+(?:had\s+|would\s+have\s+)?"
    r"(?:wanted|hoped|sought|liked|intended|wished|planned)\b"
)
_BEYOND_WISH = re.compile(
    rf"\b(?:{_GIVEN}\s+(?:\w+\s+){{0,2}}?(?:more|further|farther)"
    rf"|{_TAKEN}\s+(?:\w+\s+){{0,2}}?(?:fewer|less))\s+(?:\w+\s+)?{_WISH}",
    re.IGNORECASE,
)

# ... or in a manner of reluctance, on either side of the verb: "reluctantly", "grudgingly",
# "with a heavy heart", "with our noses held", "holding their noses" (not "reluctant to sign",
# a refusal, which has no verb of acceptance done)
_ASSENT = (
    r"(?:accept\w*|agree[sd]?|sign(?:s|ed)?|conced\w*|ratif\w+|endors\w+|approv\w+|backed"
    r"|vot(?:e|es|ed|ing)\s+(?:yes|for|in\s+favou?r))"
)
_RELUCTANCE = (
    r"(?:reluctantly|grudgingly|with\s+(?:a\s+)?heavy\s+hearts?"
    r"|with\s+(?:our|their|his|her|its|my)\s+noses?\s+held"
    r"|holding\s+(?:our|their|his|her|its|my)\s+noses?)"
)
_RELUCTANT_MANNER = re.compile(
    rf"\b{_ASSENT}\b[^.;]{{0,60}}?{_RELUCTANCE}|{_RELUCTANCE}\W{{0,3}}\s*(?:\w+\s+){{0,2}}?{_ASSENT}\b",
    re.IGNORECASE,
)


_NO_CHOICE_CHECKED = Prefiltered(_NO_CHOICE)  # searched only where its words are
_BEYOND_WISH_CHECKED = Prefiltered(_BEYOND_WISH)  # searched only where its words are
_RELUCTANT_MANNER_CHECKED = Prefiltered(_RELUCTANT_MANNER)  # searched only where its words are


def reluctant_assent(text: str) -> bool:
    """Whether ``text`` accepts the deal against the side's wish."""
    return bool(
        _NO_CHOICE_CHECKED.search(text)
        or _BEYOND_WISH_CHECKED.search(text)
        or _RELUCTANT_MANNER_CHECKED.search(text)
    )


# ``stance`` (the model's), or mixed when the model reads support and ``u.text`` accepts the deal
# against the side's wish.
reluctant_assent_stance: StanceRule = text_override(
    frozenset({"support"}), "mixed", reluctant_assent, None
)
