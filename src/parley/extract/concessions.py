"""A concession actually made: one party has given up a demand or taken the other's terms.

The spec's hard case: "an offer or willingness to give something up is AGREE; CONCEDE is a
concession actually made". A reported clause in the perfect that says one party *has*
dropped its demand ("had dropped its objection"), or *has* accepted a term or a figure
("had accepted the lower price", "has accepted that the board decides", "had signed up to
the common table") reports a concession made, and the event model, whose words are those of
agreeing, codes it AGREE (or, with "refused" or "not" elsewhere in the clause, REJECT).

One use: ``concession_made`` (a dropped demand or an accepted term) is the event model's
extra ``concede`` (feature ``conc:made``), which the model weighs: older articles code an
accepted term AGREE more often than the recent ones do, so a hard rule on it costs the
validation parts. A dropped demand alone is CONCEDE by the parse-gated event rule in
``dropped_demand`` (which replaced, cnc45, a hard override by the regex ``_DROPPED`` here).

Not a concession (the clause is left to the model):
- a joint settlement: "both sides had agreed to ...", "they had accepted ...";
- accepting a settlement or an overture rather than a term: a request, proposal, offer,
  invitation, plan, ceasefire, truce, deal, agreement, package or framework;
- a denied, hypothetical or alleged acceptance: "had not accepted", "would have accepted",
  "should have accepted", "had privately accepted" (a charge against the party);
- "agreed to" with a verb ("had agreed to meet"): a promise of a future act (AGREE).
"""

from __future__ import annotations

import re

from parley.extract.features import Utterance

# the perfect of a verb of yielding a demand, up to two adverbs between ("had in the end")
_DROPPED = re.compile(
    r"\b(?:had|has|have)\s+(?:\w+\s+){0,3}?(?:dropped|abandoned|given\s+up|waived)\s+"
    r"(?:(?:its|their|his|her|the|an?|both|earlier|long-standing|main|key)\s+)*"
    r"(?:\w+\s+){0,2}?(?:demands?|objections?|claims?|insistence|conditions?|opposition)\b",
    re.I,
)

# what one accepts when settling rather than yielding (the model's AGREE is right there)
_SETTLEMENT = (
    r"(?:requests?|proposals?|invitations?|offers?|plans?|ceasefires?|truces?|deals?"
    r"|agreements?|packages?|frameworks?|arrangements?|recommendations?|principles?|outlines?"
    r"|core|texts?|terms)\b"
)

# the perfect of a verb of accepting, before a term: a that-clause, a noun phrase or a quotation
_ACCEPTED = re.compile(
    r"\b(?:had|has|have)\s+(?:\w+\s+){0,3}?(?:accepted|conceded|signed\s+up\s+to|agreed\s+to)\s+"
    r"(?!(?:\S+\s+){0,5}?" + _SETTLEMENT + r")"
    r"(?:that|an?|the|more|less|its|their|some|\")\b",
    re.I,
)

# several parties as the subject: a joint settlement, not one side's concession
_JOINT = re.compile(
    r"\b(?:both|two|all|each)\s+(?:sides|leaders|parties|governments|countries|delegations)\b"
    r"|\b(?:they|we)\b",
    re.I,
)

# a denial, a hypothesis or a charge close before the verb ("had not accepted", "would have
# accepted", "had privately accepted")
_BLOCKED = re.compile(
    r"\b(?:not|never|n't|refused|would|should|could|might|privately|in\s+private)\b", re.I
)

# how far before the verb a denial or modal is read (a clause's own auxiliary and adverbs)
_BLOCK_REACH = 30


def concession_made(text: str) -> bool:
    """Whether ``text`` reports that one party has given up a demand or accepted a term."""
    return _one_sides(text, _DROPPED.search(text) or _ACCEPTED.search(text))


def _one_sides(text: str, found: re.Match[str] | None) -> bool:
    """Whether ``found`` (a verb of yielding) is one party's own, affirmed and actual."""
    if found is None:
        return False
    if _JOINT.search(text, 0, found.start()):
        return False
    return _BLOCKED.search(text, max(0, found.start() - _BLOCK_REACH), found.end()) is None


def features_concession(u: Utterance) -> list[str]:
    """The event model's extra ``concede``: ``conc:made`` when the words report a concession."""
    return ["conc:made"] if concession_made(u.text) else []
