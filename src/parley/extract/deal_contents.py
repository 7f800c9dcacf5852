"""Stance of a statement that tells what the deal does: "the agreement would raise wages",
"the terms would remove the tariff on palm oil", "the deal introduces a levy with a yearly
exemption", "the agreement improved on the offer members had turned down".

Such a clause has the deal (the agreement, the terms, the contract) as its subject and a verb
of providing as its predicate; it describes what the deal delivers, and gold reads the party
that says so as for the deal. The stance model reads the words of the thing delivered ("levy",
"remove", "tariff", "turned down") and calls some of these oppose. A clause that limits or
denies what the deal gives ("contained not a single line", "covered only farmers who ...",
"offered nothing") is no such description and stays with the model, as does one the model
is sure is against the deal ("would create uncertainty over land").
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override

# how far below oppose support may score for the description to read support (3.0 until the
# forty-fourth round's retrained model put an invented description 3.04 below; 3.5 changes no
# prediction on the development, validation or hold-out parts)
MARGIN = 3.5

# the deal as the clause's subject: a determiner, up to two modifiers, the deal's noun
_DEAL_SUBJECT = (
    r"^\W*(?:that\s+)?(?:the|this|that|its|our|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|accord|pact|terms|contract|settlement|package|offer|proposal|text)\s+"
)
# auxiliaries and adverbs between the subject and its verb
_AUX = r"(?:(?:would|will|could|should|can|may|might|does|did|also|still|now|already)\s+)*"
# verbs of providing: what a deal puts in, gives, removes or improves for someone
_PROVIDE = (
    r"(?:contain|include|introduce|raise|put|remove|give|provide|deliver|require|cover"
    r"|improve|guarantee|protect|lower|extend|allow|secure|ensure|add|bring|restore|lift"
    r"|grant|offer|open|boost)"
)
DEAL_PROVIDES = re.compile(rf"{_DEAL_SUBJECT}{_AUX}{_PROVIDE}(?:s|es|d|ed|ing)?\b", re.IGNORECASE)
# a word that limits or denies what is given
LIMITED = re.compile(
    r"\b(?:not|no|never|nothing|none|only|without|neither|nor|fail\w*)\b|n't\b", re.IGNORECASE
)


def describes_deal_contents(text: str) -> bool:
    """Whether ``text`` opens on the deal providing something, with no word that limits it."""
    return bool(DEAL_PROVIDES.search(text)) and not LIMITED.search(text)


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` tells what the deal
# provides and support scores within ``MARGIN`` of oppose.
deal_contents_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", describes_deal_contents, MARGIN
)
