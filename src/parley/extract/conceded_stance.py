"""Stance carried by a concession: a statement coded CONCEDE reads support, not oppose.

A concession actually made (the spec's CONCEDE: "had dropped its objections to the
sequencing", "had accepted that the buyer keeps the contract", "had dropped its proposals
to cut the orchestra") is one side's move toward the deal. The stance model reads the
words of the thing given up (an objection, a cut, a demand) and may call the statement
oppose; the event says what the statement does. Gold of the development parts codes the
stance of a CONCEDE statement support 135 times, mixed 18 times and oppose once, and the
same holds for the statements the classifier codes CONCEDE (support 104, mixed 17, oppose
1). A mixed reading (a concession with its price, "had dropped it, provided ...") is left
alone; only oppose moves, and only when support scores within ``MARGIN`` of it.

This rule reads the event, so it is not a ``StanceRule``: ``StatementClassifier.code``
applies it once the event is settled, after the text rules.
"""

from __future__ import annotations

from parley.extract.narrow_events import EventStanceRule, event_lean

# the event whose statements make a concession
CONCEDE = "CONCEDE"

# how far below oppose support may score for the rule to turn the stance
MARGIN = 3.0


# `stance`, or support when the statement's `event` is CONCEDE, the model reads
# oppose and support scores within `MARGIN` of oppose.
conceded_stance: EventStanceRule = event_lean(CONCEDE, frozenset({"oppose"}), "support", MARGIN)
