"""Stance of a statement about others' refusal of the deal: the refusal is a third party's,
named inside the statement as the agent of a relative clause ("officials who rejected the
plan were acting against their own people", "a union that had walked away from a serious
offer"), as what an accusation charges ("the union of ignoring a significant offer",
"European officials of trying to sabotage the plan"), as a gerund subject ("rejecting the
deal would hand competitors an advantage") or as "critics of the plan".

A side that names the deal's refusers in these shapes is blaming them or warning against
the refusal, so it stands for the deal: gold reads every such statement of the development
parts support (ten, in eight parts; none mixed or oppose). The stance model reads the
refusal verb and calls four of them oppose. A statement that sides with the refusers ("the
farmers who rejected the deal were right", "shared the critics' view") stays with the
model, as does a refusal by the statement's own side ("it would reject any deal that ..."),
which none of the shapes matches. The rule moves oppose only, and only when support scores
within ``MARGIN`` of it.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override

# how far below oppose support may score for the rule to turn the stance (the four
# development cases the model reads oppose sit at most 3.1 below)
MARGIN = 5.0

_REFUSE = (
    r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|criti(?:ci[sz])(?:e|es|ed|ing)"
    r"|block(?:s|ed|ing)?|sabotag(?:e|es|ed|ing)|torpedo(?:es|ed|ing)?|scuttl(?:e|es|ed|ing)"
    r"|derail(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|walk(?:s|ed|ing)?\s+away\s+from"
    r"|vot(?:e|es|ed|ing)\s+(?:down|against)"
)
_GERUND = (
    r"rejecting|blocking|scuttling|torpedoing|sabotaging|walking\s+away\s+from|voting\s+down"
    r"|voting\s+against"
)
_DEAL = (
    r"plan|deal|offer|draft|agreement|proposal|settlement|accord|pact|contract|treaty"
    r"|framework|understanding|compromise|package"
)
# the deal refused, perhaps as "what he called a fair offer"
_REFUSED = (
    r"[\"'\u201c\u2018]?(?:what\s+(?:he|she|they)\s+called\s+)?"
    rf"(?:the|a|an|this|that|their|its|any)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEAL})s?\b"
)
_ADVERB = r"(?:already\s+|repeatedly\s+|once\s+|now\s+|flatly\s+)?"
SHAPES = (
    # a relative clause: "officials who rejected the plan", "a union that had walked away from"
    re.compile(
        rf"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?{_ADVERB}(?:{_REFUSE})\s+{_REFUSED}",
        re.IGNORECASE,
    ),
    # what an accusation charges: "the union of ignoring what he called a significant offer"
    re.compile(
        r"^\W*(?:[\w'\u2019.-]+\s+){1,5}?of\s+[\"'\u201c\u2018]?"
        rf"(?:trying\s+to\s+|seeking\s+to\s+|wanting\s+to\s+)?(?:{_REFUSE})\s+{_REFUSED}",
        re.IGNORECASE,
    ),
    # a gerund subject: "rejecting the deal would hand competitors an advantage"
    re.compile(rf"(?:^\W*|[,;]\s+|\bthat\s+)(?:{_GERUND})\s+{_REFUSED}", re.IGNORECASE),
    # "critics of the plan", "opponents of the deal"
    re.compile(rf"\b(?:critics|opponents)\s+of\s+{_REFUSED}", re.IGNORECASE),
)
# siding with the refusers: "were right", "shared their criticism", "stood with them"
_SIDING = re.compile(
    r"\b(?:right|correct|justified|agree[sd]?\s+with|shar(?:e|es|ed|ing)|back(?:s|ed|ing)?"
    r"|sid(?:e|es|ed|ing)\s+with|st(?:and|ands|ood|anding)\s+with|prais\w*|applaud\w*"
    r"|salut\w*|support\w*)\b",
    re.IGNORECASE,
)


def others_refuse_deal(text: str) -> bool:
    """Whether ``text`` names a third party's refusal of the deal (a relative clause, an
    accusation's charge, a gerund subject, "critics of the plan") without siding with it."""
    return any(shape.search(text) for shape in SHAPES) and _SIDING.search(text) is None


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` names a third
# party's refusal of the deal and support scores within ``MARGIN`` of oppose.
others_refusal_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", others_refuse_deal, MARGIN
)
