"""Stance of a statement about undoing a measure (a deal, a law, a reform, a package).

A demand that a measure be undone ("called for the law to be repealed", "demanded the
package be withdrawn", "urged the government to stop the legislative process", "urged it to
start again from scratch", "they wanted it to lapse") is against it: oppose. The stance
model reads the demand's words (a request, "to" and a verb of action) and calls many of
these support.

A refusal to undo one ("would not withdraw the reform", "will not reverse membership",
"would not tear up an agreement") stands by it: support. The model reads the negation and
the verb of refusing and calls some of these oppose.

The rule needs the demand's own shape: reported words (not a quotation) behind a verb of
asking, urging or promising, opening with the addressee or the measure and no verb of
their own, then the undoing ("to be withdrawn", "be scrapped", "to cancel the deal").
An undoing of a hostile act ("urged Unite to suspend the strike", "to stop the attacks")
is not a measure's and stays with the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.prefilter import Prefiltered

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
_MEASURE_NOUN = (
    r"(?:deal|agreement|accord|pact|treaty|plan|proposal|package|law|bill|reform|decree"
    r"|directive|rules?|regulations?|clauses?|contract|memorandum|programme|program|policy"
    r"|legislation)"
)
# what a demand asks to be undone: a measure, the process or the talks that make it, or a
# pronoun for one named before
_MEASURE = (
    rf"(?:{_MEASURE_NOUN}|process|quota|waiver|measures?|order|talks|negotiations|nomination"
    r"|it|them)"
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


# the speaker's refusal to undo a measure ("would not withdraw the reform", "will not reverse
# membership", "would not tear up an agreement"): it stands by the measure. Not an infinitive
# ("urged them not to scrap the plan" is a demand) and not an object after a preposition
# ("will not withdraw from territory")
KEPT_MEASURE = re.compile(
    rf"(?:\bnot|\bnever|n't)\s+(?:\w+ly\s+)?(?:{_UNDO}|reopen|undo|unpick|renegotiate"
    r"|roll\s+back|water\s+down|dilute)\s+(?:(?:the|its|this|that|their|his|her|a|an|our)\s+)?"
    rf"(?:(?!(?:from|on|in|to|with|of)\b)[\w-]+\s+){{0,3}}?(?:{_MEASURE_NOUN}|membership)\b",
    re.IGNORECASE,
)


_KEPT_MEASURE_CHECKED = Prefiltered(KEPT_MEASURE)  # searched only where its words are
_DEMAND_IN_WORDS_CHECKED = Prefiltered(DEMAND_IN_WORDS)  # searched only where its words are


def keeps_measure(text: str) -> bool:
    """Whether ``text`` refuses to undo a measure."""
    return bool(_KEPT_MEASURE_CHECKED.search(text))


def demands_undoing(u: Utterance) -> bool:
    """Whether ``u`` reports a demand (or a promise) that a measure be undone."""
    if u.direct:
        return False
    if u.lemma in DEMAND_LEMMAS and DEMANDED_UNDOING.search(u.text):
        return True
    return bool(_DEMAND_IN_WORDS_CHECKED.search(u.text))


def undone_measure_stance(
    stance: str, u: Utterance, classes: Sequence[str], scores: np.ndarray
) -> str:
    """``stance`` (the model's); oppose when ``u`` demands that a measure be undone, support
    when the model says oppose and ``u`` refuses to undo one."""
    if stance != "oppose" and demands_undoing(u):
        return "oppose"
    if stance == "oppose" and keeps_measure(u.text):
        return "support"
    return stance
