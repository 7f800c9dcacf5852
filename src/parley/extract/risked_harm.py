"""A plan said to risk a harm ("the plan risked leaving the islands without a ferry", "the
agreement risks rewarding the smugglers"): a charge against the plan's authors, ACCUSE.

The shape: the reported clause opens with a noun phrase naming a plan or a settlement
(plan, proposal, agreement, deal, arrangement, law, bill, rules, ...), whose verb is "risks" or
"risked" with no modal, followed by a gerund (the harm). Over the 51 development parts the
coders code it ACCUSE in 5 of 5 (evt49); with a noun object instead of a gerund ("the
arrangement risked a patchwork ... if other states demanded the same") it is a conditional
warning (THREATEN, 1) and stays. A gerund subject ("piling duties on the ports risked ...")
or a party ("the talks", "the attacks") is not a plan and stays (REJECT, SUPPORT, null). The
parser often reads "risks" as a noun here, so the shape is read from the words' order; the
rule overrides the model when ACCUSE scores within ``RISKED_MARGIN``.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import EventRule, gated_override

RISKED_MARGIN = 6.0
# the nouns of a plan or a settlement put forward by a party
PLANS = (
    "plans?",
    "proposals?",
    "agreements?",
    "deals?",
    "arrangements?",
    "amendments?",
    "laws?",
    "bills?",
    "rules",
    "polic(?:y|ies)",
    "pacts?",
    "measures?",
    "reforms?",
    "packages?",
    "schemes?",
    "frameworks?",
    "settlements?",
)
# the clause's opening noun phrase (a determiner, up to two modifiers, the plan noun), then
# "risks"/"risked" with no modal, then a gerund, quoted or not
RISKED_GERUND = re.compile(
    r"(?:^|\band\s+that\s+)(?:the|this|that|its|their|his|her|an?)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:" + "|".join(PLANS) + r")\s+risk(?:s|ed)\s+[\"“]?\w+ing\b",
    re.IGNORECASE,
)


def risked_harm(text: str) -> bool:
    """Whether ``text`` says a plan or settlement risks (or risked) doing a harm."""
    return RISKED_GERUND.search(text) is not None


# ``event`` (the model's), or ACCUSE when the statement says a plan risks a harm and ACCUSE is
# close.
# The verb the shape needs, as a cheap gate: the shape's own expression tries its opening at
# every position of every statement whose reading ACCUSE is close to.
RISK_VERB = re.compile(r"risk(?:s|ed)\s", re.IGNORECASE)
risked_event: EventRule = gated_override("ACCUSE", (RISK_VERB,), RISKED_MARGIN, risked_harm)
