"""What a statement does: PLOVER event type, targets, stance and hearsay (``about``).

Rules over the cue verb and the reported words, in a fixed order of precedence:
a conditional warning is a THREATEN even when it mentions rejection; readiness to
talk is AGREE even when it mentions consultation.
"""

from __future__ import annotations

import re

from parley.extract.mentions import Mention

# The cue verb alone decides for these.
CUE_EVENTS = {
    "accuse": "ACCUSE", "allege": "ACCUSE", "blame": "ACCUSE", "condemn": "ACCUSE",
    "criticize": "ACCUSE", "complain": "ACCUSE", "threaten": "THREATEN", "warn": "THREATEN",
    "caution": "THREATEN", "urge": "REQUEST", "demand": "REQUEST", "reject": "REJECT",
    "dismiss": "REJECT", "deny": "REJECT", "welcome": "SUPPORT", "praise": "SUPPORT",
    "pledge": "AGREE", "vow": "AGREE", "promise": "AGREE", "agree": "AGREE", "concede": "CONCEDE",
    "propose": "REQUEST",
}  # fmt: skip

_I = re.IGNORECASE
# (event, pattern) in order of precedence.
CONTENT_EVENTS: list[tuple[str, re.Pattern]] = [
    ("THREATEN", re.compile(
        r"\bif\b[^.]*\b(?:will|would)\b[^.]*\b(?:inevitabl\w*|force|military|war|strike|respond"
        r"|consequences?|happen|lose|losing|continue|fight|offensive|advance|take)\b"
        r"|\bwill\s+inevitably\b|\bor\s+else\b|\b(?:face|suffer)\s+(?:the\s+)?consequences"
        r"|\bby\s+military\s+means\b|\bmilitary\s+means\b|\bthreat(?:en)?s?\b|\bultimatum\b"
        r"|\botherwise\b[^.]*\b(?:will|would)\b", _I)),
    ("ACCUSE", re.compile(
        r"\bdream\w*\s+of\b|\baccus\w*|\bblam\w*|\blie[sd]?\b|\blying\b|\bsabotag\w*"
        r"|\bwarmonger\w*|\bprovocat\w*|\baggress\w*|\bcrimes?\b|\bcriminal\b|\bterror\w*"
        r"|\bobstruct\w*|\bunrealistic\b|\bpropaganda\b|\bbad\s+faith\b|\bstall\w*"
        r"|\bplaying\s+games\b|\bdisinformation\b|\bmanipulat\w*|\bdeliberately\b"
        r"|\bresponsible\s+for\b|\bto\s+blame\b|\bgenocide\b|\bviolat\w*|\bhypocri\w*"
        r"|\bundermin\w*|\bdrag\w*\s+(?:out|its|their|his)\b|\bprolong\w*\s+the\s+war", _I)),
    ("REJECT", re.compile(
        r"\breject\w*|\brefus\w*|\bagainst\s+it\b|\bunacceptable\b|\bnot\s+acceptable\b"
        r"|\b(?:won't|will\s+not|cannot|can't|would\s+not|wouldn't|never)\s+(?:\w+\s+)?"
        r"(?:accept|agree|recogni[sz]e|sign|give\s+up|cede|surrender|withdraw|trade)"
        r"|\bno\s+(?:deal|way|intention|question)\b|\bopposed?\b|\bopposition\b|\bred\s+lines?\b"
        r"|\bnon-starter\b|\bcapitulat\w*|\bout\s+of\s+the\s+question\b|\bdismiss\w*"
        r"|\bnot\s+(?:been\s+)?discussed\s+with\s+us\b|\bdead\s+on\s+arrival\b|\bnot\s+for\s+sale"
        r"|\bnot\s+(?:a\s+)?basis\b|\bunrealistic\s+demands?\b|\bdeny|\bdenied\b", _I)),
    ("AGREE", re.compile(
        r"\b(?:ready|prepared|willing|open)\s+(?:to|for)\b|\bwillingness\b|\breadiness\b"
        r"|\bagree[sd]?\s+(?:to|on|that)\b|\bagreed\b|\bcompromise\b|\bcommit\w*\s+to\b"
        r"|\bpromis\w*|\bpledg\w*|\bvow\w*|\bwill\s+(?:negotiate|meet|talk|send|work|continue"
        r"\s+(?:to\s+)?(?:work|talk|negotiat))|\bconsensus\b|\bbreakthrough\b|\bdeal\s+is\s+close"
        r"|\bclose\s+to\s+(?:a\s+)?(?:deal|agreement)\b|\bagreement\s+(?:was|has\s+been)\s+reached",
        _I)),
    ("REQUEST", re.compile(
        r"\brequest\w*|\bdemand\w*|\bmust\b|\bshould\b|\bneeds?\s+to\b|\bcall\w*\s+(?:on|for)\b"
        r"|\burg\w*|\binsist\w*|\bwants?\s+\w+(?:\s+\w+)?\s+to\b|\bask\w*\s+(?:\w+\s+)?to\b"
        r"|\bconcessions?\b|\brequire\w*|\bexpect\w*\s+\w+\s+to\b|\bhave\s+to\b|\bneed\b"
        r"|\bdeadline\b|\bappeal\w*", _I)),
    ("SUPPORT", re.compile(
        r"\bbasis\b|\bfoundation\b|\bsupport\w*|\bwelcom\w*|\bendors\w*|\bpositive\b"
        r"|\bconstructive\b|\bgood\s+(?:plan|deal|step|start|idea|proposal|basis)\b|\bprogress\b"
        r"|\bback(?:s|ed|ing)?\s+(?:the|a|this|his|Trump)\b|\buseful\b|\bstep\s+forward\b"
        r"|\bright\s+direction\b|\boptimis\w*|\bencourag\w*|\bpromising\b|\bproductive\b"
        r"|\bapprov\w*|\bfavou?r\w*|\bvaluable\b|\bfair\b|\bbest\s+chance\b|\bhopeful\b", _I)),
    ("CONSULT", re.compile(
        r"\bbrief\w*|\btalks\b|\bmeeting\b|\bmet\b|\bmeet\b|\bconsult\w*|\bdiscuss\w*"
        r"|\bnegotiat\w*|\bphone\s+call\b|\bspoke\s+(?:with|to)\b|\bcall\s+with\b"
        r"|\bdelegation\b|\bvisit\w*|\bsummit\b|\bdialogue\b|\bconversation\b|\bcontacts?\b"
        r"|\bexchange\w*\s+views\b|\breceived\b|\bhanded\b|\bpresented\b|\bsent\b", _I)),
    ("AID", re.compile(r"\b(?:aid|weapons|assistance|funding|supplies|deliver\w*)\b", _I)),
    ("SANCTION", re.compile(r"\bsanction\w*|\btariff\w*|\bembargo\b", _I)),
    ("ASSAULT", re.compile(r"\b(?:attack\w*|strike[sd]?|shell\w*|bomb\w*|drone\s+strikes?)\b", _I)),
]

MIXED = re.compile(r"\b(?:but|however|although|though|yet|while)\b", _I)
POSITIVE = {"SUPPORT", "AGREE", "CONCEDE", "COOPERATE", "CONSULT"}
NEGATIVE = {"REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}

# Another actor's position, stated: "Ukraine is against it", "Kyiv refuses", "Ukraine's
# rejection", "American officials requested".
_POSITION_AFTER = re.compile(
    r"^\s*(?:['’]s\s+|\s+(?:has|have|had|is|are|was|were|would|will|does|do|did|still|also|"
    r"not|now|again|already|reportedly|allegedly|only)\b)*\s*(?:"
    r"is\s+against|are\s+against|against|rejects?|rejected|rejection|refus\w*|opposes?|opposed"
    r"|opposition|wants?|wanted|does\s+not\s+want|doesn't\s+want|supports?|supported|support"
    r"|backs?|backed|agreed?|agrees|accepts?|accepted|acceptance|demands?|demanded|requests?"
    r"|requested|insists?|insisted|ready|prepared|willing|unwilling|readiness|position|stance"
    r"|proposals?|proposed|has\s+no\s+intention|won't|will\s+not|cannot|can't|never|intends?"
    r"|plans?\s+to|seeks?|sought|hopes?|objections?|objects?|objected|denied|denies|dismissed"
    r"|welcomed|welcomes|endorsed|endorses|approved|approves|asked|called|urged|pushed|is\s+unable"
    r"|unable|agreement|counter-?proposal|response|reply|answer|view|assessment)\b",
    _I,
)
_PERSUADE = re.compile(r"\b(?:persuade|convince|force|pressure|push)\s*$", _I)


def classify_event(lemma: str, content: str) -> str | None:
    """PLOVER event type of what the statement says."""
    by_cue = CUE_EVENTS.get(lemma)
    if by_cue is not None:
        return by_cue
    for event, pattern in CONTENT_EVENTS:
        if pattern.search(content):
            return event
    return None


def classify_stance(event: str | None, content: str) -> str | None:
    """Stance toward the plan under discussion of the actor whose position is reported."""
    if event is None:
        return None
    if event in NEGATIVE:
        positive = CONTENT_EVENTS[5][1].search(content) or CONTENT_EVENTS[3][1].search(content)
        if event == "REJECT" and positive and MIXED.search(content):
            return "mixed"
        return "oppose"
    if event in POSITIVE:
        if CONTENT_EVENTS[2][1].search(content) and MIXED.search(content):
            return "mixed"
        return "support"
    return None


def targets_of(
    mentions: list[Mention], own: str | None, text: str, start: int, end: int, day=None
) -> list[str]:
    """Actors the statement's act is aimed at: the other actors it names."""
    out: list[str] = []
    for m in mentions:
        if m.start < start or m.end > end:
            continue
        actor = m.actor
        if m.kind == "person":
            if m.possessive:
                continue
            actor = m.person.actor_on(day)
        if m.kind == "role" and not m.actor:
            continue
        if actor and actor != own and actor not in out:
            out.append(actor)
    return out


def about_of(
    mentions: list[Mention],
    own: str | None,
    event: str | None,
    text: str,
    start: int,
    end: int,
    day=None,
) -> str | None:
    """The other actor whose position the statement reports (hearsay), else None."""
    if event in ("ACCUSE", "THREATEN"):
        return None
    for m in mentions:
        if m.start < start or m.end > end or m.kind in ("pronoun", "role", "surname", "name"):
            continue
        actor = m.person.actor_on(day) if m.kind == "person" else m.actor
        if not actor or actor == own:
            continue
        after = text[m.end : min(end, m.end + 60)]
        if m.kind == "adjective":
            # "American officials requested", "the Ukrainian side rejected"
            after = re.sub(r"^\s+(?:\w+\s+){0,2}?(?:officials?|side|leadership|government"
                           r"|authorities|negotiators?|delegation|team|president|leader)\b",
                           "", after, count=1)  # fmt: skip
        if _POSITION_AFTER.match(after):
            return actor
        if _PERSUADE.search(text[max(start, m.start - 20) : m.start]):
            return actor
    return None
