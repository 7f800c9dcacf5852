"""Stance carried by an offer or readiness: a statement coded AGREE leans support.

The spec's AGREE is a promise, plan or readiness to meet or negotiate, or an offer or
willingness to give something up ("was ready to set aside the armed struggle", "would hold
them for as long as our partner needs", "remained committed to an ambitious treaty"): one
side's move toward the deal. The stance model does not read the event, and reads the words
of the thing offered (a struggle, a limit, a closed border) as mixed or oppose. Gold of the
development parts codes the stance of an AGREE statement support 1,116 times, mixed 242
times and oppose 18 times. So when the statement's final event is AGREE and the model's
reading (mixed or oppose) is ahead of support by less than ``MARGIN``, the event decides:
support. A clear mixed or oppose reading (an offer with its price, a refusal dressed as an
offer) is left alone, and so is the conditional acceptance that ``conditional_assent``
forces to mixed afterwards.

This rule reads the event, so it is not a ``StanceRule``: ``StatementClassifier.code``
applies it once the event is settled, after the text rules, as it does ``conceded_stance``.
"""

from __future__ import annotations

from parley.extract.narrow_events import EventStanceRule, event_lean

# the event whose statements offer, promise or accept a move toward the deal
AGREE = "AGREE"

# how far below the model's reading support may score for the rule to turn the stance
MARGIN = 1.0


# `stance`, or support when the statement's `event` is AGREE, the model reads
# mixed or oppose and support scores within `MARGIN` of that reading.
agreed_stance: EventStanceRule = event_lean(
    AGREE, frozenset({"mixed", "oppose"}), "support", MARGIN
)
