"""The head noun that ends a party's, an alliance's or a front's name, standing for it alone
once the text has named it in full: "the Coordination Framework ... the Framework said",
"a Framework official", "the Polisario Front ... the Front".

The head stands for the body only where one body the text names may be meant: no other
organisation or movement the text names has a listed name ending in the same noun (a text
that names the European Union and the African Union leaves "the Union" alone)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.actors import ActorKind, Gazetteer, per_gazetteer

# The nouns a coalition's, a party's or a movement's own name ends in and that the text
# writes alone, capitalised, for it ("the Framework", "the Front", "the Alliance")
BODY_HEADS = frozenset(
    ("Framework", "Front", "Alliance", "Coalition", "Movement", "Congress", "Assembly")
)

_HEAD = re.compile(r"[A-Z][a-z]+")
# what stands right before the head written alone: a word in lower case or a capitalised
# article ("the Framework", "The Front", "several Framework leaders"), not a capitalised
# word that makes it another name ("People's Assembly", "National Congress")
_ALONE_AFTER = re.compile(r"(?:^|[^\w'’-])(?:[a-z][\w-]*|The|A|An)[ ]$")


@dataclass(frozen=True, slots=True)
class HeadNamed:
    """A body whose listed name ends in ``head``; ``start`` is where the text first writes
    that name in full (None where the text names the body only in another form)."""

    head: str
    code: str
    start: int | None


@per_gazetteer
def _listed_heads(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Code -> the body heads its listed multi-word names end in (organisations and
    movements only)."""
    found: dict[str, set[str]] = {}
    for actor in gaz.actors.values():
        if actor.kind not in (ActorKind.ORGANISATION, ActorKind.MOVEMENT):
            continue
        for name in actor.names:
            words = name.split()
            if len(words) > 1 and words[-1] in BODY_HEADS and _HEAD.fullmatch(words[-1]):
                found.setdefault(actor.code, set()).add(words[-1])
    return {code: frozenset(heads) for code, heads in found.items()}


def heads_named(gaz: Gazetteer, code: str, written: str, start: int) -> list[HeadNamed]:
    """The body heads of ``code`` that an actor mention ``written`` at ``start`` brings
    into the text: each with ``start`` where the mention writes the name ending in it."""
    heads = _listed_heads(gaz).get(code, frozenset())
    words = written.split()
    last = words[-1] if len(words) > 1 else None
    return [HeadNamed(h, code, start if h == last else None) for h in sorted(heads)]


def written_alone(text: str, start: int) -> bool:
    """Whether the head at ``start`` stands alone, after a lower-case word or an article,
    not at the end of a longer capitalised name."""
    return _ALONE_AFTER.search(text, max(0, start - 30), start) is not None
