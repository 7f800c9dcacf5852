"""Bodies named in full before a bare noun takes them up ("The Competition and Markets
Authority said ... . The authority said", "X, the authority's chief executive,"): whether a
text's words name a body, and the one state the nearest full name with a given noun names
in its words, its owner's or as a whole (a state's listed organ)."""

from __future__ import annotations

import re

from parley.actors import ActorKind, Gazetteer, per_gazetteer
from parley.extract.unlisted import owning_state

# Nouns that name a public or private body (not a person, not a group of people)
_BODY_NOUNS = (
    "ministry", "department", "office", "agency", "authority", "commission", "bureau",
    "secretariat", "directorate", "institute", "regulator", "inspectorate", "board",
)  # fmt: skip
BODY_NOUN = "(?:" + "|".join(_BODY_NOUNS) + ")"
# A body noun that says what a body does, not what its name calls it
_KIND_ONLY = "regulator"


def names_body(subject: str, noun: str, modifier: str | None) -> bool:
    """Whether ``subject`` holds the body noun (and the bare noun's modifier, if any), as a
    name ("the Harbour Authority") or an office ("Foreign ministry spokeswoman X")."""
    if not re.search(r"\b" + noun + r"\b", subject, re.IGNORECASE):
        return False
    return (
        modifier is None or re.search(r"\b" + modifier + r"\b", subject, re.IGNORECASE) is not None
    )


# A capitalised word of a name: "Commerce", "U.S.", "Relations"
_CAP_WORD = r"(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*"
# How many paragraph breaks back a bare body's full name may stand
_NAMED_REACH = 4


def _named_body(noun: str) -> re.Pattern[str]:
    """A body's capitalised name holding ``noun`` ("Commerce Department", "Institute of
    National Memory"), with the capitalised words before it and its owner ("Ukraine's")."""
    return re.compile(
        rf"(?:(?P<owner>(?:{_CAP_WORD})(?:[ ](?:{_CAP_WORD}))?)['’]s[ ])?"
        rf"(?P<name>(?:(?:{_CAP_WORD})[ ](?:and[ ])?){{0,5}}{noun.capitalize()}\b"
        rf"(?:[ ](?:of|for)(?:[ ]the)?(?:[ ](?:{_CAP_WORD})){{1,4}})?)"
    )


def _reach(text: str, at: int) -> int:
    """Where the paragraph ``_NAMED_REACH`` breaks before ``at`` opens."""
    lo = at
    for _ in range(_NAMED_REACH + 1):
        lo = text.rfind("\n", 0, lo)
        if lo < 0:
            return 0
    return lo + 1


def named_body_state(
    text: str, gaz: Gazetteer, noun: str, modifier: str | None, at: int
) -> str | None:
    """The one state that the nearest full name before ``at`` holding the body ``noun``
    (and ``modifier``) names in its own words, its owner's, or as a whole (a state's
    listed organ: "the Competition and Markets Authority"), or None."""
    named, held = None, noun
    # ("the regulator" takes up a body whose name holds another noun: "The Competition and
    # Markets Authority said ... The regulator added")
    for n in _BODY_NOUNS if noun == _KIND_ONLY else (noun,):
        for m in _named_body(n).finditer(text, _reach(text, at), at):
            if named is None or m.start() > named.start():
                named, held = m, n
    if noun == _KIND_ONLY and modifier is None:
        # ("Ofwat said ... An official at the regulator said"): a state's organ the
        # gazetteer lists by a one-word name, named after any full name
        organ = _last_listed_organ(text, gaz, named.end() if named else _reach(text, at), at)
        if organ is not None:
            return organ
    if named is None or not names_body(named.group(0), held, modifier):
        return None
    name = named.group("name")
    words = [w for w in name.split() if w != "and"]
    owner = named.group("owner") or ""
    prefixes = [" ".join(words[:k]) for k in range(2, len(words))]
    # (a city's name is no owner: "the Kyiv International Institute of Sociology" is a
    # pollster in Kyiv, "the Canada Industrial Relations Board" is Canada's)
    return owning_state(
        gaz,
        [w for w in (owner, *owner.split(), name, *words, *prefixes) if not _capital(gaz, w)],
    )


def _capital(gaz: Gazetteer, word: str) -> bool:
    """Whether ``word`` is the capital of the state it names ("Kyiv")."""
    actor = gaz.actors.get(gaz.actor_of(word) or "")
    return actor is not None and word in actor.capitals


# A capitalised word that may be an organ's one-word name ("Ofwat", "Acas")
_ONE_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w&-]+(?![\w'’-])")


@per_gazetteer
def _one_word_organs(gaz: Gazetteer) -> dict[str, str]:
    """A state's organs the gazetteer lists by a one-word name ("Ofwat"): name -> state."""
    return {
        name: actor.code
        for actor in gaz.actors.values()
        if actor.kind is ActorKind.STATE
        for name in actor.government
        if " " not in name
    }


def _last_listed_organ(text: str, gaz: Gazetteer, lo: int, hi: int) -> str | None:
    """The state of the last one-word organ name the gazetteer lists in text[lo:hi]."""
    organs = _one_word_organs(gaz)
    found = None
    for m in _ONE_WORD.finditer(text, lo, hi):
        found = organs.get(m.group(0), found)
    return found
