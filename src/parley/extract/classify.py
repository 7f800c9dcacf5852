"""What a statement does: PLOVER event type, targets, stance and hearsay (``about``).

Rules over the cue verb and the reported words (patterns in ``lexicon.py``): a
conditional warning is a THREATEN even when it mentions rejection; readiness to
talk is AGREE even when it mentions consultation.
"""

from __future__ import annotations

import re
from datetime import date

from parley.extract.lexicon import (
    CONTRAST,
    CUE_EVENTS,
    CUE_WEIGHTS,
    DENIED_NEGATIVE,
    DILEMMA,
    EVENT_SCAN,
    NEGATIVE,
    PARTIAL,
    POSITIVE,
    PRECEDENCE,
    RULES,
)
from parley.extract.mentions import Mention, MentionKind

_I = re.IGNORECASE
# When no pattern fires: most statements in negotiation reporting are about the talks.
DEFAULT_EVENT = "CONSULT"

# Another actor's position, stated: "Ukraine is against it", "Kyiv refuses", "Ukraine's
# rejection", "American officials requested".
_POSITION_AFTER = re.compile(
    r"^\s*(?:['’]s\s+|\s*[\"“]|\s+(?:has|have|had|is|are|was|were|would|will|does|do|did|still"
    r"|also|not|now|again|already|reportedly|allegedly|only|clearly|simply)\b)*\s*[\"“]?(?:"
    r"is\s+against|are\s+against|against|rejects?|rejected|rejection|refus\w*|opposes?|opposed"
    r"|opposition|wants?|wanted|does\s+not\s+want|doesn't\s+want|supports?|supported|support"
    r"|backs?|backed|agreed?|agrees|accepts?|accepted|acceptance|demands?|demanded|requests?"
    r"|requested|insists?|insisted|ready|prepared|willing|unwilling|readiness|position|stance"
    r"|proposed|has\s+no\s+intention|won't|will\s+not|cannot|can't|never|intends?"
    r"|plans?\s+to|seeks?|sought|hopes?|objections?|objects?|objected|denied|denies|dismissed"
    r"|welcomed|welcomes|endorsed|endorses|approved|approves|asked|called|urged|pushed|is\s+unable"
    r"|unable|agreement|counter-?proposal|response|reply|answer|view|assessment|shows?\s+no\s+sign"
    r"|(?:is|are|was|were)\s+(?:still\s+)?trying|intends?|intention|playing\s+for\s+time"
    r"|dragging|stalling|trying|submitted|offered|presented|put\s+forward|sent|told|said|says"
    r"|insisted|stressed|argued|warned|signalled|signaled|indicated|is\s+happy|are\s+happy|likes?"
    r"|is\s+fine\s+with|are\s+fine\s+with|is\s+satisfied|are\s+satisfied|is\s+open|are\s+open"
    r"|fine\s+with|happy|unhappy|love|loves|declined|declines|would\s+rather|is\s+keeping|keeps"
    r"|kept|has\s+kept)\b",
    _I,
)
_ADJ_SUBJECT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:officials?|side|leadership|government|authorities|negotiators?"
    r"|delegation|team|president|leader|diplomats?|ministry|envoys?|counterparts?"
    r"|investigators?|regulators?|prosecutors?|mediators?|lawmakers?|legislators|ministers?"
    r"|forces|troops|military|army|navy|parliament|cabinet|administration|embassy)\b"
)
_WITH_OWN = re.compile(r"\s+(?:and|with)\s+(?:the\s+)?$")
_IF_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:the\s+)?$", re.I)
_RESPONSE_FROM = re.compile(
    r"\b(?:response|reply|answer|proposals?|offer|request|demands?|position|objections?)\s+"
    r"(?:from|of)\s+(?:the\s+)?$",
    re.I,
)
_PERSUADE = re.compile(r"\b(?:persuade|convince|force|pressure|push)\s*$", _I)


def classify_event(lemma: str, content: str) -> str | None:
    """PLOVER event type of what the statement says (weighted word patterns)."""
    by_cue = CUE_EVENTS.get(lemma)
    if by_cue is not None:
        return by_cue
    scores: dict[str, float] = {}
    lean = CUE_WEIGHTS.get(lemma)
    if lean:
        scores[lean[0]] = lean[1]
    hits: dict[int, int] = {}
    for group in EVENT_SCAN.groups(content):
        assert group is not None  # every alternative of EVENT_SCAN is a named group
        rule = int(group[1:])
        hits[rule] = hits.get(rule, 0) + 1
    for rule, n in hits.items():
        event, weight = RULES[rule]
        scores[event] = scores.get(event, 0.0) + weight * min(n, 2)
    if not scores:
        return DEFAULT_EVENT
    best = max(scores.values())
    return next(e for e in PRECEDENCE if scores.get(e) == best)


def classify_stance(event: str | None, content: str) -> str:
    """Stance toward the plan under discussion of the actor whose position is reported."""
    denied = DENIED_NEGATIVE.count(content)
    pos = POSITIVE.count(content) + 2 * denied
    neg = NEGATIVE.count(content) - denied
    if event in ("SUPPORT", "AGREE"):
        pos += 2
    elif event in ("REJECT", "ACCUSE"):
        neg += 2
    # A warning aimed at another party says little about the speaker's view of the plan:
    # a threat to make Kyiv sign is support for it.
    if DILEMMA.found(content):
        return "mixed"  # "a choice between its dignity and a key partner"
    if pos and CONTRAST.found(content) and event not in ("ACCUSE", "THREATEN"):
        return "mixed"  # "we welcome any effort, but ..."
    if PARTIAL.found(content) and event not in ("ACCUSE", "THREATEN"):
        return "mixed"  # "some of the ideas looked acceptable", "more work to do"
    if neg > pos:
        return "oppose"
    return "support"


# Directive speech acts: what follows the verb is the addressee and what it is asked to do
# ("urged Stockholm to do more", "called on Israel to stop", "demanded the ELN stop"), the
# speaker's own request, not the addressee's position reported.
DIRECTIVES = frozenset(
    [
        "urge",
        "call",
        "demand",
        "ask",
        "press",
        "appeal",
        "implore",
        "exhort",
        "instruct",
        "order",
        "plead",
        "beg",
        "challenge",
        "invite",
        "encourage",
    ]
)
# Speech acts of thanks: what follows the verb is the party thanked, then what for
GRATITUDE = frozenset(["thank"])
# "[Qatar] for carrying messages", "[the G7] partners for keeping ...": the reason given, a
# few words after the party thanked (not a relative clause: "the partners who had ...")
_THANKED_FOR = re.compile(r"(?:\s+[\w'’.-]+){0,3}?,?\s+for\b", re.IGNORECASE)
_ADDRESSEE_LEAD = re.compile(r"\s*(?:on\s+|upon\s+)?(?:the\s+)?", re.IGNORECASE)


def addressed(
    lemma: str, mentions: list[Mention], about: str, text: str, start: int, day: date | None
) -> bool:
    """Whether ``about`` is the addressee of a directive cue: the party named where the
    statement's words open (at ``start``, after "on" or "the")."""
    if lemma and lemma.split()[0] in GRATITUDE:
        # "thanked [Tokyo] for its patience during the negotiations": the party thanked and
        # what it is thanked for, the speaker's gratitude, not the party's position (even
        # when what it is thanked for names the talks or the deal)
        thanked = _opening_party(mentions, about, text, start, day)
        return thanked is not None and _THANKED_FOR.match(text, thanked.end) is not None
    if not lemma or lemma.split()[0] not in DIRECTIVES:
        return False
    first = _opening_party(mentions, about, text, start, day)
    if (
        first is not None
        and lemma.split()[0] == "call"
        and _names_a_partys_thing(text, start, first)
    ):
        return False
    # "urged [the national government] to fund the projects", "urged [the partners who
    # pay for the army] to stop": whoever the addressee is, a statement that opens with it
    # and its infinitive is the speaker's request, not another party's position
    return first is not None or _ADDRESSEE_INFINITIVE.match(text, start) is not None


# "called on X to", "called X to stop": the addressee and its infinitive, a few words on
_ADDRESSEE_INFINITIVE = re.compile(
    r"\s*(?:on\s+|upon\s+)?"
    # not a clause or a question ("that Russia agree to", "whether Kyiv was ready to")
    r"(?!(?:that|whether|if|for|about|what|how|why|when|it|he|she|they|we|i)\b)"
    r"(?:[\w'’.-]+,?\s+){1,9}?to\s+[\"“]?"
    # a verb after "to", not a noun phrase ("urged restraint to both sides")
    r"(?!(?:the|a|an|its|their|his|her|our|all|both|each|this|that|these|those|any)\b)[a-z]",
    re.IGNORECASE,
)
_INFINITIVE_NEAR = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+to\s+\w", re.IGNORECASE)
_CALLED_ON = re.compile(r"\s*(?:on|upon)\b", re.IGNORECASE)
# a thing the party qualifies: "the US [measures]" (not "China [a] key enabler")
_THING_NEXT = re.compile(r"\s+(?!(?:a|an|the|to|for|on)\b)[a-z][\w-]*")


def _names_a_partys_thing(text: str, start: int, party: Mention) -> bool:
    """'called [the US measures] a limited step', 'called [Russia's offer] a trap': "call"
    naming a party's act or thing that it judges, not calling on the party to act (no
    "on", no infinitive after it); the party itself so named ("called China a key
    enabler") stays the speaker's own verdict."""
    if _CALLED_ON.match(text, start) or _INFINITIVE_NEAR.match(text, party.end):
        return False
    if party.kind is MentionKind.ADJECTIVE:
        return False  # "called European leaders weak"
    return party.possessive or _THING_NEXT.match(text, party.end) is not None


# Deontic modals after the opening party: "Iran needed to cooperate", "Europe should talk to
# Moscow" is what the speaker demands of that party, not its position reported.
_OBLIGED = re.compile(
    r"\s+(?:must|should|ought\s+to|needs?\s+to|needed\s+to|has\s+to|had\s+to"
    r"|(?:will|would)\s+have\s+to)\b",
    re.IGNORECASE,
)


def obliged(mentions: list[Mention], about: str, text: str, start: int, day: date | None) -> bool:
    """Whether the statement opens with ``about`` under a deontic modal: a demand on it."""
    first = _opening_party(mentions, about, text, start, day)
    return first is not None and _OBLIGED.match(text, first.end) is not None


def _opening_party(
    mentions: list[Mention], about: str, text: str, start: int, day: date | None
) -> Mention | None:
    """The mention of ``about`` that opens the statement at ``start`` (after "on" or
    "the"), if the statement opens with it."""
    opening = _ADDRESSEE_LEAD.match(text, start)
    at = opening.end() if opening else start
    first = min((m for m in mentions if m.start >= start), key=lambda m: m.start, default=None)
    if first is not None and first.start == at and first.actor_on(day) == about:
        return first
    return None


def targets_of(
    mentions: list[Mention],
    own: frozenset[str],
    text: str,
    start: int,
    end: int,
    day: date | None = None,
) -> list[str]:
    """Actors the statement's act is aimed at: the other actors it names."""
    out: list[str] = []
    for m in mentions:
        if m.start < start or m.end > end:
            continue
        actor = m.actor
        if m.person is not None:
            if m.possessive:
                continue
            actor = m.person.actor_on(day)
        if m.kind is MentionKind.ROLE and not m.actor:
            continue
        if actor and actor not in own and actor not in out:
            out.append(actor)
    return out


def about_of(
    mentions: list[Mention],
    own: frozenset[str],
    event: str | None,
    text: str,
    start: int,
    end: int,
    day: date | None = None,
) -> str | None:
    """The other actor whose position the statement reports (hearsay), else None."""
    if event == "THREATEN":
        return None  # a warning is the speaker's own act, whoever it names
    for m in mentions:
        if (
            m.start < start
            or m.end > end
            or m.kind
            in (MentionKind.PRONOUN, MentionKind.ROLE, MentionKind.SURNAME, MentionKind.NAME)
        ):
            continue
        actor = m.actor_on(day)
        if not actor or actor in own:
            continue
        if _WITH_OWN.search(text, max(start, m.start - 40), m.start) and _own_before(
            mentions, own, m.start, day
        ):
            continue  # "Moscow and Washington had agreed": the speaker's side is in it
        after = text[m.end : min(end, m.end + 60)]
        if m.kind is MentionKind.ADJECTIVE:
            # "American officials requested", "the Ukrainian side rejected"; but "American
            # support" is a thing, not a party's position
            subject = _ADJ_SUBJECT.match(after)
            if subject is None:
                continue
            after = after[subject.end() :]
        before = text[max(start, m.start - 30) : m.start]
        if _IF_BEFORE.search(before):
            continue  # "If Europe wants to see ...": a condition, not a position
        if _POSITION_AFTER.match(after):
            return actor
        if _PERSUADE.search(before[-20:]) or _RESPONSE_FROM.search(before):
            return actor  # "persuade Kyiv", "a response from Ukraine"
    return None


def _own_before(mentions: list[Mention], own: frozenset[str], pos: int, day: date | None) -> bool:
    """True when the mention just before ``pos`` names the speaker's own side."""
    before = [m for m in mentions if m.end <= pos and pos - m.end < 45]
    if not before:
        return False
    m = before[-1]
    actor = m.actor_on(day)
    return actor in own
