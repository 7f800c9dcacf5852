"""Stance of a demand that a measure be undone: "called for the law to be repealed",
"demanded the package be withdrawn", "urged the government to stop the legislative
process", "urged it to start again from scratch". The stance model reads the demand's
words (a request, often with "to" and a verb of action) and calls many of these support;
toward the measure the speaker wants gone the statement is against it (oppose), and the
coders read it so on every development part.

The rule needs the demand's own shape: reported words (not a quotation) behind a verb of
asking, urging or promising, opening with the addressee or the measure and no verb of
their own, then the undoing ("to be withdrawn", "be scrapped", "to cancel the deal").
An undoing of a hostile act ("urged Unite to suspend the strike", "to stop the attacks")
is not a measure's and stays with the model.
"""

from __future__ import annotations

import re

from parley.extract.features import Utterance

# the cue's lemma: a verb that takes a demand or a commitment as its object
DEMAND_LEMMAS = frozenset(
    (
    "ask", "demand", "request", "urge", "call", "appeal", "plead", "press", "push", "want",
    "exhort", "insist", "propose", "suggest", "recommend", "promise", "pledge", "vow",
    )
)  # fmt: skip
# a measure undone, as a passive participle or an infinitive
_UNDONE = (
    r"(?:withdrawn|scrapped|repealed|cancell?ed|dropped|abandoned|shelved|torn\s+up|revoked"
    r"|annulled|rescinded|reversed|suspended|halted|stopped|axed|ditched|binned|frozen"
    r"|struck\s+down)"
)
_UNDO = (
    r"(?:withdraw|scrap|repeal|cancel|drop|abandon|shelve|tear\s+up|revoke|annul|rescind"
    r"|reverse|suspend|halt|stop|axe|ditch|freeze|strike\s+down)"
)
# what a negotiation or a government puts forward (not a party's hostile act: a strike,
# an attack, an appeal)
_MEASURE = (
    r"(?:deal|agreement|accord|pact|treaty|plan|proposal|package|law|bill|reform|decree"
    r"|directive|rules?|regulations?|clauses?|contract|memorandum|process|programme|program"
    r"|policy|quota|waiver|measures?|order|talks|negotiations|nomination|legislation|it|them)"
)
# the demand's opening: a noun phrase (its addressee or the measure) with no finite verb
# and no negation of its own ("the government to ...", "the pact be ...")
_OPEN = (
    r"^\W*(?:that\s+)?(?:(?!(?:would|could|will|can|may|might|was|were|is|are|had|has|have"
    r"|did|does|not|never)\b)[^\s,.;:\"]+\s+){0,8}?"
)
# the undoing after the opening: "(to) be withdrawn", "to cancel the deal", "to lapse"
_UNDOING = (
    rf"(?:(?:to|should|must)\s+)?be\s+(?:\w+ly\s+)?{_UNDONE}\b"
    rf"|to\s+(?:\w+ly\s+)?{_UNDO}\s+(?:\w+ly\s+)?"
    rf"(?:(?:the|its|this|that|their|his|her|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?{_MEASURE}\b"
    r"|to\s+(?:lapse|expire|start\s+(?:again|over)|go\s+back\s+to\s+the\s+drawing\s+board)\b"
)
# the demand as the cue's object: the words open on it
DEMANDED_UNDOING = re.compile(rf"{_OPEN}(?:{_UNDOING})", re.IGNORECASE)
# a verb of demanding inside the words, with its object before the undoing ("they wanted it
# to lapse", "would press for the ban to lapse"); not a negated one ("did not want it to")
_DEMAND_VERB = (
    r"(?:want(?:s|ed)?|press(?:es|ed)?|push(?:es|ed)?|call(?:s|ed)?|urg(?:e|es|ed)"
    r"|demand(?:s|ed)?|ask(?:s|ed)?)"
)
DEMAND_IN_WORDS = re.compile(
    rf"(?<!\bnot\s)(?<!n't\s)\b{_DEMAND_VERB}\s+(?:for\s+)?(?:[^\s,.;:\"]+\s+){{1,6}}?(?:{_UNDOING})",
    re.IGNORECASE,
)


def demands_undoing(u: Utterance) -> bool:
    """Whether ``u`` reports a demand (or a promise) that a measure be undone."""
    if u.direct:
        return False
    if u.lemma in DEMAND_LEMMAS and DEMANDED_UNDOING.search(u.text):
        return True
    return bool(DEMAND_IN_WORDS.search(u.text))


def demanded_undoing_stance(stance: str, u: Utterance) -> str:
    """``stance`` (the model's), or oppose when ``u`` demands that a measure be undone."""
    return "oppose" if stance != "oppose" and demands_undoing(u) else stance
