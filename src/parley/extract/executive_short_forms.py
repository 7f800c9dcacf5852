"""An organisation's executive arm by its head noun alone: "the Commission" once the text
names the European Union (whose executive the gazetteer lists as "European Commission"),
"the Secretariat" once it names the Pacific Islands Forum. The capitalised head noun is a
role word to the mention finder; it stands for the organisation when the text has named
exactly one organisation whose listed names include "<...> <head>", and names no other
body of that head ("the Electoral Commission", "a Human Rights Commission")."""

from __future__ import annotations

import re

from parley.actors import ActorKind, Gazetteer
from parley.extract.mentions import Mention, MentionKind

# The head nouns of an organisation's executive, which its staff and reporters use alone
HEADS = frozenset(("Commission", "Secretariat"))

# A capitalised word before a head: another body of the same head, unless it is a name of
# the organisation itself ("European Commission")
_QUALIFIED = re.compile(r"\b([A-Z][\w'’&-]*(?:[ ][A-Z][\w'’&-]*)*)[ ](" + "|".join(HEADS) + r")\b")
# The articles that may open the capitalised run at a sentence's start ("The Commission")
_ARTICLES = frozenset(("The", "A", "An"))
# What may stand before the head for it to be the body (not "a Commission official")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def executive_short_forms(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """The role mentions "Commission", "Secretariat" after "the", once an organisation the
    text named before lists "<...> Commission" among its names, made mentions of it."""
    heads: dict[str, dict[str, int]] = {}  # head -> code -> where first named
    named: dict[str, set[str]] = {}  # head -> the organisations' full names of that head
    for m in mentions:
        if m.kind is not MentionKind.ACTOR or not m.actor:
            continue
        found = gaz.actors.get(m.actor)
        if found is None or found.kind is not ActorKind.ORGANISATION:
            continue
        for name in found.names:
            words = name.split()
            if len(words) > 1 and words[-1] in HEADS:
                heads.setdefault(words[-1], {}).setdefault(found.code, m.start)
                named.setdefault(words[-1], set()).add(name)
    if not heads:
        return mentions
    for q in _QUALIFIED.finditer(text):
        head = q.group(2)
        if head not in heads:
            continue
        phrase = q.group(1).split()
        if phrase[0] in _ARTICLES:
            phrase = phrase[1:]
        # the capitalised words before the head: some tail of them that with the head is
        # a listed name ("European Commission") is the organisation's own
        if phrase and not any(
            " ".join([*phrase[k:], head]) in named[head] for k in range(len(phrase))
        ):
            heads[head] = {}  # another body of that head: "the Electoral Commission"
    out = []
    for m in mentions:
        codes = heads.get(m.text) if m.kind is MentionKind.ROLE else None
        if codes and len(codes) == 1 and _THE_BEFORE.search(text, max(0, m.start - 5), m.start):
            [(code, first)] = codes.items()
            if first < m.start:
                m = Mention(
                    m.start, m.end, MentionKind.ACTOR, m.text, actor=code, possessive=m.possessive
                )
        out.append(m)
    return out
