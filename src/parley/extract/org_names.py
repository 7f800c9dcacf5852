"""A company or a union the gazetteer lists, named in a shorter form than its listed names:
a group by its name without its designator ("Adani" of the Adani Group) and its units by
that name and one more capitalised word ("Adani Green"); a union by the word before
"union" ("GMB", "Unite", "Community") where only a name may stand ("Unite general
secretary X", "X, general secretary of Community,", "GMB said")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parley.actors import ActorKind, Gazetteer, per_gazetteer
from parley.extract.mentions import _VOICE_NOUN_AFTER, Mention, MentionKind
from parley.extract.roles import RoleClass

# offices of a union's people, after its name ("Unite general secretary", "GMB national
# officer") or before "of" and its name ("general secretary of Unite")
_OFFICES = (
    r"general[ ]secretary|secretary|president|leader|chief|official|officer|organi[sz]er|"
    r"spokes(?:man|woman|person)|chair(?:man|woman|person)?|negotiator|representative|"
    r"convenor|member|steward"
)
# (one of them, not a plural: "Community leaders" are a place's people)
_OFFICE_AFTER = re.compile(
    r"[ ](?:(?:deputy|assistant|acting|national|regional|joint|senior|local)[ ])*"
    r"(?:general[ ]secretary|secretary|president|chief|official|officer|organi[sz]er|"
    r"spokes(?:man|woman|person)|chair(?:man|woman|person)?|negotiator|representative|"
    r"convenor|steward)\b(?!s)"
)
# "general secretary of [Unite]", "Roy Example of [Community]": an office or a person's
# name before "of"
_OF_BEFORE = re.compile(rf"(?:\b(?:{_OFFICES})s?|\b[A-Z][\w'’-]+)[ ]of[ ]$")
# "[Unite] said", "X has repeatedly argued", "X, which represents the crews, says": the
# name as the subject of a reporting verb in either tense, after its auxiliary or adverb,
# or after a relative clause set off by commas that describes the body
_VERB_AFTER = re.compile(
    r"(?:,[ ](?:which|that)[ ][^,.;:\"“”]{1,120},)?"
    r"[ ](?:(?:has|had|also|\w+ly)[ ]){0,2}"
    r"(?:said|says|told|tells|added|adds|warned|warns|called|calls|urged|urges|argued|argues"
    r"|insisted|insists)\b"
)
# what stands before that subject: the opening of a sentence or a clause
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n|,[ ]|\band[ ])$")
# "[Community], the steelworkers' union,": the name apposed to its class noun
_UNION_AFTER = re.compile(
    r"[ ](?:trade[ ])?union\b|,[ ](?:the|a|an)[ ](?:[\w'’-]+[ ]){0,3}(?:trade[ ])?union\b"
)
# a word that goes on the name: "Unite Here" is another body
_MORE_NAME = re.compile(r"[ ]?[A-Z]|['’-]\w")


def company_names(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Adani said", "Adani Green said", "an Adani spokesperson": a company listed by
    its name and a designator ("the Adani Group") is its name alone, and that name with
    one more capitalised word names a unit of the same group; not where the name alone is
    the surname of a person the text names ("Gautam Adani"), nor a name qualifying another
    noun ("the Adani affair") unless that noun is one who speaks for a body."""
    from parley.extract.speaker_patterns import attributive_name  # noqa: PLC0415 (a cycle)

    stems = gaz.group_stems
    if not stems:
        return mentions
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.kind is MentionKind.NAME and m.text.split()[0] not in stems
    }
    out = []
    for m in mentions:
        code = None
        if m.kind in (MentionKind.NAME, MentionKind.SURNAME):
            words = m.text.split()
            for cut in (len(words), len(words) - 1):
                stem = " ".join(words[:cut])
                # the name alone may be the person's; with a word after, the unit's
                if cut > 0 and stem in stems and (cut < len(words) or stem not in surnames):
                    code = stems[stem]
                    break
        if code is not None and inside_longer_name(text, m.start):
            code = None
        if (
            code is not None
            and attributive_name(text, m)
            and _VOICE_NOUN_AFTER.match(text, m.end) is None
        ):
            code = None
        if code is not None:
            m = Mention(
                m.start, m.end, MentionKind.ACTOR, m.text, actor=code, possessive=m.possessive
            )
        out.append(m)
    return out


# a capitalised word glued before a name, other than a determiner that opens a sentence:
# "Panama Vale Mas Sin Mineria" is a coalition's name, not a unit of a company "Vale"
# (a possessive is no part of the name: "India's Adani")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An)[ ])[A-Z][\w-]*[ ]$")


def inside_longer_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` goes on a capitalised word before it, in one longer
    name the mentions split ("Panama Vale Mas Sin Mineria")."""
    return _WORD_BEFORE.search(text, max(0, start - 40), start) is not None


def _name_position(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands where only a name may: before an office of its
    people or "union", after an office (or a person's name) and "of", or as the subject
    of a reporting verb that opens a clause."""
    if _MORE_NAME.match(text, end):
        return False
    if _OFFICE_AFTER.match(text, end) or _UNION_AFTER.match(text, end):
        return True
    if _OF_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(
        _VERB_AFTER.match(text, end) and _CLAUSE_OPENS.search(text, max(0, start - 6), start)
    )


def union_named(text: str, short: str) -> bool:
    """Whether the text names a union by its short name ``short`` where only a name may
    stand (see ``union_names``)."""
    return short in text and any(
        _name_position(text, *found.span())
        for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)
    )


def union_names(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Unite general secretary X", "X of Community", "GMB said": a union the gazetteer
    lists only as "<word> union" or "<word> the Union" (its word may be a common one) is
    that word alone where only a name may stand (``_name_position``), unless a person the
    text names bears the word."""
    shorts = gaz.union_short_names
    # a word a person the text names bears ("Mara Unite") is that person's there
    borne = {
        word
        for m in mentions
        if m.kind is MentionKind.NAME and len(m.text.split()) > 1
        for word in m.text.split()
    }
    wanted = {short: code for short, code in shorts.items() if short in text and short not in borne}
    return _short_mentions(text, mentions, wanted, _name_position)


def _short_mentions(
    text: str,
    mentions: list[Mention],
    shorts: dict[str, str],
    position: Callable[[str, int, int], bool],
) -> list[Mention]:
    """``mentions`` with each short name of ``shorts`` (short -> code) written where
    ``position`` allows it made that body's mention (a name mention there gives way)."""
    added: list[Mention] = []
    for short, code in shorts.items():
        for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            a, b = found.span()
            if not position(text, a, b):
                continue
            clash = [m for m in mentions if m.start < b and a < m.end]
            if any(
                m.kind not in (MentionKind.NAME, MentionKind.SURNAME) or (m.start, m.end) != (a, b)
                for m in clash
            ):
                continue
            possessive = text.startswith(("'s", "’s"), b)
            added.append(Mention(a, b, MentionKind.ACTOR, short, actor=code, possessive=possessive))
    if not added:
        return mentions
    taken = {(m.start, m.end) for m in added}
    out = [m for m in mentions if (m.start, m.end) not in taken] + added
    out.sort(key=lambda m: m.start)
    return out


def apposed_class_nouns(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The employers' federation VBO-FEB said", "the union Unite": a private body's class
    noun right before the name of a company, union or other body the gazetteer lists is
    that body's description, not another body: the name alone stands."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.kind is MentionKind.ROLE
            and m.role_class is RoleClass.PRIVATE
            and not m.possessive
            and nxt.kind is MentionKind.ACTOR
            and text[m.end : nxt.start] == " "
            and _non_state(gaz, nxt.actor)
        ):
            continue
        out.append(m)
    return out


def _non_state(gaz: Gazetteer, code: str | None) -> bool:
    found = gaz.actors.get(code or "")
    return found is not None and found.kind in (ActorKind.ORGANISATION, ActorKind.MOVEMENT)


# "<words> Party of <place>": a party the gazetteer lists by its full name with its place
_PARTY_OF = re.compile(
    r"^(?P<short>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)[ ]Party[ ]of[ ](?P<place>[A-Z].*)$"
)
# an office of a party's people right after its short name, singular: "<short> leader X"
_PARTY_OFFICE_AFTER = re.compile(
    r"[ ](?:(?:deputy|interim|acting|parliamentary|house|senior)[ ])?"
    r"(?:leader|chief|spokes(?:man|woman|person)|president|chair(?:man|woman|person)?|"
    r"critic|MHA|MLA|MPP|MP|member|official|candidate)\b(?!s)"
)


@dataclass(frozen=True, slots=True)
class PartyShort:
    """A listed party's short name: its code, the place its full name gives, and the
    states of the party table's parties of the same name (which the text must not name)."""

    code: str
    place: str
    rivals: tuple[str, ...] = ()


# "<place>'s <words>": a listed name that opens on its place's possessive
_PLACE_OWNS = re.compile(r"^(?P<place>[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?)['’]s[ ](?P<short>[A-Z].*)$")


@per_gazetteer
def party_short_names(gaz: Gazetteer) -> dict[str, PartyShort]:
    """The short names of a party the gazetteer lists (a movement whose class noun is
    "party") by its name and its place: "<words> Party of <place>", "<place>'s <words>",
    "<place> <words>" give <words>, where no other listed body is called so (a party of
    the party table of that name is a rival, which the text must not place)."""
    from parley.parties import load_parties  # noqa: PLC0415 (a cycle)

    found: dict[str, set[tuple[str, str, str]]] = {}
    for actor in gaz.actors.values():
        if actor.kind is not ActorKind.MOVEMENT or "party" not in actor.nouns:
            continue
        places = [m.group("place") for n in actor.names if (m := _PARTY_OF.match(n))]
        for name in actor.names:
            named = _PARTY_OF.match(name) or _PLACE_OWNS.match(name)
            state = _place_code(gaz, named.group("place")) if named is not None else None
            if named is not None and state is not None:
                owner = (actor.code, named.group("place"), state)
                found.setdefault(named.group("short"), set()).add(owner)
                continue
            for place in places:
                if name.startswith(f"{place} ") and name[len(place) + 1 :][:1].isupper():
                    owner = (actor.code, place, _place_code(gaz, place) or "")
                    found.setdefault(name[len(place) + 1 :], set()).add(owner)
    table = load_parties().forms
    listed = {name for actor in gaz.actors.values() for name in actor.names}
    out: dict[str, PartyShort] = {}
    for short, owners in found.items():
        clash = {short, short.rstrip("s"), f"{short}s", f"{short} Party", f"{short} party"}
        if len({code for code, _, _ in owners}) != 1 or clash & listed:
            continue
        rivals = tuple(sorted({p.state for form in clash & set(table) for p in table[form]}))
        code, place, state = next(iter(owners))
        if state in rivals:
            continue  # a province's party is not told from its state's namesake
        out[short] = PartyShort(code, place, rivals)
    return out


def _party_position(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands right before a singular office of a party's people
    and goes on no further as a name."""
    return _MORE_NAME.match(text, end) is None and bool(_PARTY_OFFICE_AFTER.match(text, end))


def party_names(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Progressive Conservative leader X": a party the gazetteer lists by its full name
    and its place (``party_short_names``) is its short name right before a singular
    office of its people, where the text names the place too."""
    wanted = {
        short: found.code
        for short, found in party_short_names(gaz).items()
        if short in text
        and found.place in text
        and not any(name in text for state in found.rivals for name in _state_names(gaz, state))
    }
    return _short_mentions(text, mentions, wanted, _party_position) if wanted else mentions


def _state_names(gaz: Gazetteer, code: str) -> tuple[str, ...]:
    """The names and adjectives of the state ``code``, as the text may write them."""
    actor = gaz.actors.get(code)
    return (*actor.names, *actor.adjectives) if actor is not None else ()


def _place_code(gaz: Gazetteer, place: str) -> str | None:
    """The state a listed place is or belongs to ("Pakistan", "Ontario" -> "CAN")."""
    from parley.places import place_state  # noqa: PLC0415 (a cycle)

    found = gaz.actor_of(place)
    if found is not None and gaz.actors[found].kind is ActorKind.STATE:
        return found
    return place_state(gaz, place)
