"""Features of a hearsay candidate, for measuring a trained gate against the rules.

The rules (:func:`parley.extract.pipeline._hearsay` over the parse, the word patterns of
:func:`parley.extract.classify.about_of`, and their vetoes) give each statement either an
``about`` or none. A gate would see one *candidate* per statement, the rules' ``about`` when
they give one, else the first other party the statement names (not the speaker's side,
not a pronoun), together with what the rules decided (a parse holder, a word pattern, a
veto, nothing) and a few facts of the statement's form, and keep the candidate when a
logistic regression over those binary features finds it more likely right than not.

``benchmarks/hearsay_gate.py`` holds such a gate and measures it by grouped
cross-validation over the development negotiations (the pipeline writes the rows with
``PARLEY_HEARSAY_TRACE``). It is not shipped: it trades hits for false alarms, and adds no
hit the rules miss (docs/measurements.md, "Hearsay measured across negotiations").

No feature names a party, a person or a word of one story: only the decision paths, the
statement's form (direct or reported, its event and stance), the kind of mention and where
it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parley.extract.mentions import Mention, MentionKind

# How the rules reached their decision on a statement (one feature each).
PATHS = (
    "parse",  # the parse found another party holding the reported clause
    "parse_told",  # ... as the teller of a clause or the agent of a telling
    "parse_nobody",  # the parse found the clause is nobody else's position
    "pattern",  # no parse decision; a word pattern named a party
    "quote_unopened",  # a pattern in a quotation on a party that opens no sentence
    "veto",  # a request, an obligation or a warning: the speaker's own act
    "own_voice",  # an accusation from a speaker with no side: the critic's own charge
    "own_group",  # a quotation of a speaker with no side that says "we": its own group's
    "none",  # no rule named anybody
)

# A position predicate right after a mention ("Kyiv [has rejected]", "Moscow['s refusal]").
_POSITION_NEXT = re.compile(
    r"^(?:['’]s\s+\w+\s*|\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|would|will|did|does"
    r"|do|could|can|may|might|must|should|still|also|not|now|already)\b)*\s*"
    r"(?:\w+\s+)?(?P<word>\w+)",
    re.IGNORECASE,
)
POSITION_WORDS = frozenset(
    (
    "accept", "accepted", "accepts", "acceptance", "agree", "agreed", "agrees", "reject",
    "rejected", "rejects", "rejection", "refuse", "refused", "refuses", "refusal", "want",
    "wants", "wanted", "ready", "willing", "prepared", "insist", "insisted", "insists",
    "demand", "demanded", "demands", "offer", "offered", "offers", "propose", "proposed",
    "proposes", "proposal", "oppose", "opposed", "opposes", "support", "supported",
    "supports", "open", "committed", "intend", "intends", "intended", "plan", "plans",
    "seek", "seeks", "sought", "hope", "hopes", "position", "stance", "response",
    "unwilling", "opposition", "backed", "backs", "welcomed", "welcomes", "approved",
    "endorsed", "declined", "told", "said", "says", "signalled", "signaled", "indicated",
    "made", "asked", "requested", "pushed", "pressed", "objected", "objects", "view",
    "expects", "expected", "believes", "believed", "considers", "considered",
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Candidate:
    """One statement's hearsay candidate and the features the gate reads."""

    party: str | None
    features: tuple[str, ...]


def candidate(
    mentions: Sequence[Mention],
    own: frozenset[str],
    text: str,
    start: int,
    end: int,
    day: date | None,
    *,
    path: str,
    rules: str | None,
    direct: bool,
    event: str | None,
    stance: str | None,
    sided: bool,
) -> Candidate:
    """The candidate of a statement text[start:end] whose speaker's side is ``own``: the
    rules' ``about`` when they gave one, else the first other party it names."""
    inside = [
        m
        for m in mentions
        if start <= m.start
        and m.end <= end
        and m.kind is not MentionKind.PRONOUN
        and m.actor_on(day) is not None
    ]
    others = [m for m in inside if m.actor_on(day) not in own]
    parties = {m.actor_on(day) for m in others}
    party = rules
    first: Mention | None = None
    if party is None and others:
        first = others[0]
        party = first.actor_on(day)
    elif party is not None:
        first = next((m for m in others if m.actor_on(day) == party), None)
    feats = [f"path:{path}", f"event:{event}", f"stance:{stance}"]
    feats.append("direct" if direct else "reported")
    feats.append("sided" if sided else "sideless")
    feats.append(f"parties:{min(len(parties), 3)}")
    if rules is not None:
        feats.append("from:rules")
    if party is None:
        return Candidate(None, tuple(feats))
    if first is None:
        feats.append("mention:none")
    else:
        feats.append(f"mention:{first.kind.value}")
        if first.possessive:
            feats.append("possessive")
        share = (first.start - start) / max(1, end - start)
        feats.append(f"at:{min(int(share * 4), 3)}")
        m = _POSITION_NEXT.match(text, first.end, end)
        if m is not None and m.group("word").lower() in POSITION_WORDS:
            feats.append("next:position")
        if any(x.actor_on(day) in own for x in inside if x.start < first.start):
            feats.append("own_before")
    if own:
        feats.append("own_named" if any(m.actor_on(day) in own for m in inside) else "own_unnamed")
    # crossings: the rules' path read differently with and without a side for the speaker
    feats.append(f"path:{path}|{'sided' if sided else 'sideless'}")
    feats.append(f"path:{path}|{'direct' if direct else 'reported'}")
    return Candidate(party, tuple(feats))
