"""Stance of a pending scrutiny: a side says it will examine, review, study or judge whether
the deal does what it should ("the party would examine whether the rise was justified",
"lawmakers would review whether the deal exposed farmers to imports", "we will judge the
government by whether it rebuilds the villages", "would watch closely whether the regime
delivered").

A side that reserves its judgement on a test still to be passed neither endorses nor
refuses the terms: gold reads these statements mixed across the development parts (eleven
in ten parts; one oppose, where the scrutiny is a lawyer's look at a court case, and one
support, said after an endorsement, which the model already reads mixed). The stance model
reads the doubt in the tested clause ("exposed farmers", "opened a gap") and calls four of
them oppose. Only a scrutiny still to come counts (a modal, "will", "would", "to"), of a
finite question ("whether it rebuilt", not "whether to back"); a decision ("would decide
whether") is not a scrutiny. The rule moves oppose only, and only when mixed scores within
``MARGIN`` of it: a refusal said alongside ("and would reject it") leaves oppose far ahead.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# how far below oppose mixed may score for the scrutiny to turn the stance (the four
# development cases the model reads oppose sit 1.4-3.8 below; a scrutiny of a legal case
# against the other side sits 6.1 below)
MARGIN = 5.0

_TO_COME = r"(?:will|would|shall|to)|['\u2019]ll"
_SCRUTINY = (
    r"examine|review|study|scrutini[sz]e|assess|judge|evaluate|analy[sz]e|check|watch"
    r"|look\s+(?:closely\s+|carefully\s+)?at"
)
SCRUTINY = re.compile(
    rf"(?:\b{_TO_COME})\s+(?:\w+ly\s+|now\s+|first\s+|also\s+|then\s+)?(?:{_SCRUTINY})\b"
    r"[^.;:]{0,60}?\bwhether\b(?!\s+(?:or\s+not\s+)?to\b)",
    re.IGNORECASE,
)


_SCRUTINY_CHECKED = Prefiltered(SCRUTINY)  # searched only where its words are


def scrutiny_pending(text: str) -> bool:
    """Whether ``text`` says a side will examine, review or judge whether something holds."""
    return _SCRUTINY_CHECKED.search(text) is not None


# ``stance`` (the model's), or mixed when the model reads oppose, ``u.text`` says a side will
# examine or judge whether something holds, and mixed scores within ``MARGIN``.
pending_scrutiny_stance: StanceRule = text_override(
    frozenset({"oppose"}), "mixed", scrutiny_pending, MARGIN
)
