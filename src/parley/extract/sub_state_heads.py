"""The head of a sub-state executive ("Premier X", "Chief Minister X", "Governor X") with no
place before the office: the government of the province the article names that leads it
(see :func:`head_government`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from parley.actors import Gazetteer
from parley.extract.mentions import Mention, MentionKind
from parley.places import regional_government, regional_state, sub_state_government

# The head of a sub-state government's executive: a province's or territory's premier, a
# state's chief minister or governor
SUB_STATE_HEADS = frozenset(
    (
        "premier", "chief minister", "governor", "state governor", "provincial governor",
        "regional governor",
    )
)  # fmt: skip

# Words by which a paragraph speaks of a sub-state government ("the province", "provincial
# laws", "the territorial government", "the state government"), and of a federal one
_SUB_STATE_WORDS = re.compile(
    r"\b(?:provinc(?:e|es|ial)|territorial|state\s+government)\b", re.IGNORECASE
)
_FEDERAL_WORDS = re.compile(r"\b(?:federal|national\s+government)\b", re.IGNORECASE)

# An "of" phrase after an office or its holder's name: what the office is of ("Governor X
# of the central bank", "the governor of the Reserve Bank")
_OF_AFTER = re.compile(r",?\s+of\s")


# What stands between a province's name and the head of its executive, and between the
# office and its holder's name ("Quebec Premier X", "Quebec's premier, X")
_HEAD_GAP = re.compile(r"(?:['’]s)?,?\s+")


@dataclass(frozen=True, slots=True)
class NamedGovernment:
    """A mention of a sub-state government the gazetteer lists, or of its province; with
    ``head``, the name of the person the text makes the head of its executive there
    ("Quebec Premier X")."""

    start: int
    government: str
    head: str | None = None


def named_governments(gaz: Gazetteer, mentions: list[Mention]) -> list[NamedGovernment]:
    """Each mention of a sub-state government the gazetteer lists ("Ontario's government")
    or of the province it governs ("Nunavut"), in order."""
    found: list[NamedGovernment] = []
    for i, m in enumerate(mentions):
        code: str | None = None
        if m.kind is MentionKind.ACTOR and m.actor is not None:
            code = m.actor if regional_state(gaz, m.actor) is not None else None
            if code is None:
                code = _opening_province(gaz, m.text)
        elif m.kind in (MentionKind.NAME, MentionKind.SURNAME):
            code = regional_government(gaz, m.text.removesuffix("'s").removesuffix("’s"))
        if code is not None:
            found.append(NamedGovernment(m.start, code, _head_named(mentions, i)))
    return found


def _opening_province(gaz: Gazetteer, name: str) -> str | None:
    """The listed government of the province whose name opens a listed body's name ("the
    B.C. General Employees' Union", "the Ontario Nurses' Association"): a body of that
    province, which the text so names."""
    words = name.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        code = regional_government(gaz, " ".join(words[:k]))
        if code is not None:
            return code
    return None


def _head_named(mentions: list[Mention], i: int) -> str | None:
    """The name of the person a province's mention ``mentions[i]`` makes the head of its
    executive right after it ("Quebec Premier X"), or None."""
    if i + 2 >= len(mentions):
        return None
    place, office, name = mentions[i : i + 3]
    if office.kind is not MentionKind.ROLE or office.role not in SUB_STATE_HEADS:
        return None
    if name.kind not in (MentionKind.NAME, MentionKind.PERSON):
        return None
    if office.start - place.end > 4 or name.start - office.end > 3:
        return None
    return name.text


def _same_person(a: str, b: str | None) -> bool:
    """Whether two names of people are one person's ("Jane Roe", "Roe")."""
    if b is None:
        return False
    return a.split()[-1] == b.split()[-1]


# What sets a province's name as the other party of its paragraph ("a memorandum with
# Quebec", "talks with Alberta")
_COUNTERPART_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


def paragraph_heads(
    text: str, mentions: list[Mention], named: list[NamedGovernment]
) -> dict[str, str]:
    """Person -> the government whose bare head ("Premier X", "Chief Minister X") the text
    makes them by their paragraph: the first government it names that is not set as the
    other party ("with Quebec"). A story of two provinces' premiers ("Quebec's position is
    patience. Premier X said ...") so tells one premier's province from the other's."""
    found: dict[str, str] = {}
    for office, name in zip(mentions, mentions[1:], strict=False):
        if (
            office.kind is not MentionKind.ROLE
            or office.role not in _CABINET_HEADS
            or name.kind not in (MentionKind.NAME, MentionKind.PERSON)
            or not 0 <= name.start - office.end <= 3
        ):
            continue
        floor, end = _paragraph(text, name.start)
        here = [
            n.government
            for n in named
            if floor <= n.start < end
            and _COUNTERPART_BEFORE.search(text, max(0, n.start - 12), n.start) is None
        ]
        if here:
            found.setdefault(name.text, here[0])
    return found


def head_government(
    gaz: Gazetteer,
    text: str,
    named: list[NamedGovernment],
    state: str,
    offices: list[Mention],
    name: Mention,
    bare_heads: dict[str, str] | None = None,
) -> str | None:
    """The sub-state government the holder ``name`` of ``offices`` leads, when one of them
    heads a sub-state executive and the context gives its state (``state``): of the
    governments of that state's provinces the article names (``named``), the one the
    holder's paragraph names first, else the article's only one. None for an office an
    "of" phrase qualifies ("Governor X of the central bank", "the governor of the Reserve
    Bank") and for any other office."""
    heads = [o for o in offices if o.role in SUB_STATE_HEADS]
    if not heads:
        return None
    if any(_OF_AFTER.match(text, at) for at in (name.end, *(o.end for o in heads))):
        return None
    return _paragraph_government(gaz, text, named, state, name.start, name.text, bare_heads)


def minister_government(
    gaz: Gazetteer,
    text: str,
    named: list[NamedGovernment],
    state: str,
    at: int,
    *,
    story: bool = False,
) -> str | None:
    """The sub-state government a minister of a portfolio named at ``at`` with no state in their
    title ("X, the minister of Indigenous relations", "Energy Minister X") serves when the
    context gives its state (``state``) and their own paragraph speaks of a province, a
    territory or a state government (or, with ``story``, the whole article does: see
    :func:`sub_state_story`) and of no federal one: the government
    :func:`head_government` would give a premier there. None otherwise."""
    floor, end = _paragraph(text, at)
    if _FEDERAL_WORDS.search(text, floor, end) is not None:
        return None
    if _SUB_STATE_WORDS.search(text, floor, end) is None and not story:
        return None
    return _paragraph_government(gaz, text, named, state, at)


# The heads of a sub-state executive whose bare title names no other office-holder ("the
# governor" may be a central bank's)
_CABINET_HEADS = frozenset(("premier", "chief minister"))


def cabinet_government(
    gaz: Gazetteer,
    text: str,
    mentions: list[Mention],
    named: list[NamedGovernment],
    state: str,
    at: int,
) -> str | None:
    """The sub-state government whose cabinet a minister of a portfolio named at ``at`` with
    no state in their title ("Treaty Minister X") sits in, when the paragraph speaks of no
    federal government and the article's bare heads of a sub-state executive ("Premier
    X") all lead that one government (:func:`head_government`): a story told from a
    province's or state's own government. None otherwise, and None in a story that names
    the governments (or the provinces) of several of ``state``'s provinces: one told
    between them and their federation, whose minister may be the federal one."""
    floor, end = _paragraph(text, at)
    if _FEDERAL_WORDS.search(text, floor, end) is not None:
        return None
    if len({n.government for n in named if regional_state(gaz, n.government) == state}) > 1:
        return None
    found = set()
    for before, office, name in zip(mentions, mentions[1:], mentions[2:], strict=False):
        if (
            office.kind is MentionKind.ROLE
            and office.role in _CABINET_HEADS
            and name.kind in (MentionKind.NAME, MentionKind.PERSON)
            and 0 <= name.start - office.end <= 3
            # (a bare title only: "Alberta Premier X" says whose premier X is)
            and office.start - before.end > 4
        ):
            found.add(head_government(gaz, text, named, state, [office], name))
    return found.pop() if len(found) == 1 else None


def sub_state_story(
    gaz: Gazetteer, text: str, mentions: list[Mention], state: str, *, by_name: bool = True
) -> bool:
    """Whether the article speaks of a province, a territory or a state government ("talks
    with the state government", or a listed one of ``state``'s by a name that says it is a
    government: "the Tamil Nadu government", unless not ``by_name``, as in a story filed
    from the state's capital) and nowhere of a federal or national one, nor
    names the ``state`` itself as a place or a body ("India's government"): a story that
    only a sub-state government's ministers take part in (a province's labour dispute),
    where an unqualified minister is one of theirs wherever in the article they speak."""
    return (
        (
            _SUB_STATE_WORDS.search(text) is not None
            or (by_name and any(_named_sub_state_government(gaz, m, state) for m in mentions))
        )
        and _FEDERAL_WORDS.search(text) is None
        and not any(
            m.kind is MentionKind.ACTOR
            and m.actor == state
            and _BRANCH_OWNER.search(text, max(0, m.start - 3), m.start) is None
            for m in mentions
        )
    )


# A possessive right before a state's name: the state names a branch or a market of
# the owner ("Samsung's India revenue", "the firm's India unit"), not the state's side
_BRANCH_OWNER = re.compile(r"['’]s\s$")


def _named_sub_state_government(gaz: Gazetteer, m: Mention, state: str) -> bool:
    """Whether ``m`` names a listed sub-state government of ``state`` as a government ("the
    Tamil Nadu government", "the Government of Tamil Nadu"), not only its place."""
    return (
        m.kind is MentionKind.ACTOR
        and m.actor is not None
        and _GOVERNMENT_WORD.search(m.text) is not None
        and regional_state(gaz, m.actor) == state
    )


_GOVERNMENT_WORD = re.compile(r"\bgovernment\b", re.IGNORECASE)


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """Where the paragraph holding ``at`` starts and ends."""
    floor = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    return floor, len(text) if end < 0 else end


def _paragraph_government(
    gaz: Gazetteer,
    text: str,
    named: list[NamedGovernment],
    state: str,
    at: int,
    holder: str | None = None,
    bare_heads: dict[str, str] | None = None,
) -> str | None:
    """Of the governments of ``state``'s provinces the article names (``named``), the one
    the paragraph holding ``at`` names first, else the one the article names most (a tie:
    none), as a story about one province names others in passing ("nurses in Queensland and
    Victoria are paid more"). A government whose head the text names as another person
    than ``holder`` ("Quebec Premier X" beside a bare "Premier Y") is left out: the office
    a story leaves unqualified is its home province's, and none when every government named
    has another head."""
    own = [n for n in named if regional_state(gaz, n.government) == state]
    led = {n.government for n in own if n.head is not None and not _same_person(n.head, holder)}
    # (and one whose bare head the text makes another person by their paragraph)
    led |= {
        g
        for p, g in (bare_heads or {}).items()
        if holder is not None and not _same_person(p, holder)
    }
    if own and all(n.government in led for n in own):
        # "Premier X" beside "Tasmania's premier, Y" alone: X leads a government the
        # gazetteer does not list, not the one the text gives another head
        return None
    own = [n for n in own if n.government not in led]
    floor, end = _paragraph(text, at)
    here = [n.government for n in own if floor <= n.start < end]
    if here:
        return here[0]
    ranked = Counter(n.government for n in own).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def government_before(gaz: Gazetteer, text: str, mentions: list[Mention], at: int) -> str | None:
    """The listed sub-state government (by its name or its province's) the paragraph holding
    ``at`` names last before it ("Jubaland's parliament re-elected X, the state's
    president"): what "the state's", "the province's" there stands for. None when the
    paragraph names none."""
    floor, _ = _paragraph(text, at)
    found = None
    for m in mentions:
        if m.start >= at:
            break
        if m.start < floor:
            continue
        code: str | None = None
        if m.kind is MentionKind.ACTOR and m.actor is not None:
            code = m.actor if sub_state_government(gaz, m.actor) is not None else None
        elif m.kind in (MentionKind.NAME, MentionKind.SURNAME):
            code = regional_government(gaz, m.text.removesuffix("'s").removesuffix("’s"))
        found = code or found
    return found


def city_government(gaz: Gazetteer, text: str, named: list[NamedGovernment], at: int) -> str | None:
    """The city government the gazetteer lists ("City of Chicago") that a mayor named at
    ``at`` heads: of the listed city governments the article names, the one the mayor's
    paragraph names first, else the one the article names most (a tie: none)."""
    cities = [n for n in named if _city(gaz, n.government)]
    floor, end = _paragraph(text, at)
    here = [n.government for n in cities if floor <= n.start < end]
    if here:
        return here[0]
    ranked = Counter(n.government for n in cities).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _city(gaz: Gazetteer, code: str) -> bool:
    """Whether the listed actor ``code`` is a city's government by its name ("City of X")."""
    actor = gaz.actors.get(code)
    return actor is not None and any(n.startswith("City of ") for n in actor.names)
