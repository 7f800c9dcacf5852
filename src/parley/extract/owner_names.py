"""Listed bodies the gazetteer names by their owner: "<Owner>'s management", "<Owner> union".

A company's management at its wage talks and the union of its workers are listed under names
that hold the company's own name as their owner ("Hyundai Motor's management", "Hyundai
Motor's union"), because the company's name alone also names it outside any labour dispute
(its welcome of a tariff deal speaks for no side of those talks). In a text that reports a
labour dispute (:func:`parley.extract.labour.labour_dispute`) and writes the owner's name,
the owner's name is how the text names the employer ("Hyundai Motor said in a statement"),
and "the union" of a story that never names the union in full is the owner's union, as the
text's class nouns take them up ("the company said", "the union's leadership told members").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.actors import ActorKind, Gazetteer, per_gazetteer
from parley.extract.labour import labour_dispute

# "<Owner>'s management", "<Owner> union": a capitalised owner and the organ the body is
_OWNED_ORGAN = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,3})(?P<poss>['’]s)?[ ]"
    r"(?P<organ>management|union)"
)


@dataclass(frozen=True)
class OwnedBody:
    """A listed body of an owner, as the text names it: its code, the forms that stand for
    it (the owner's name for the management, "the union" as written for the union) and
    the class noun the forms take up."""

    code: str
    forms: tuple[str, ...]
    noun: str


@per_gazetteer
def _owned_organs(gaz: Gazetteer) -> list[tuple[str, str, str]]:
    """(owner, organ, code) for each listed organisation a name of which is its owner's
    organ ("Hyundai Motor's management": Hyundai Motor, management, HYUNDAI). A union's
    owner counts only where the gazetteer also lists that owner's management (the name
    before "union" is otherwise the union's own: "Efling union")."""
    out = []
    for actor in gaz.actors.values():
        if actor.kind is not ActorKind.ORGANISATION:
            continue
        for name in actor.names:
            m = _OWNED_ORGAN.fullmatch(name)
            if m is not None and len(m.group("owner")) >= 4:
                out.append((m.group("owner"), m.group("organ"), actor.code))
    return out


def owned_bodies(text: str, gaz: Gazetteer, named: frozenset[str]) -> list[OwnedBody]:
    """The management and the union of an owner the labour-dispute ``text`` names alone
    ("Hyundai Motor fell", not "Hyundai Motor's management"), neither named in full (not
    in ``named``): the management with the owner's name as its form, the union with "the
    union" as the text writes it, where one listed union of that owner fits."""
    organs = [o for o in _owned_organs(gaz) if o[2] not in named and o[0] in text]
    if not organs or not labour_dispute(text):
        return []
    out: dict[str, OwnedBody] = {}
    unions: dict[str, set[str]] = {}
    for owner, organ, code in organs:
        alone = rf"(?<![\w-]){re.escape(owner)}(?![\w-])(?![ ](?:branch|union)\b)"
        if re.search(alone, text) is None:
            continue
        if organ == "management":
            out[code] = OwnedBody(code, (owner,), "company")
        else:
            unions.setdefault(owner, set()).add(code)
    employers = {owner for owner, organ, _ in organs if organ == "management"}
    for owner, codes in unions.items():
        if owner not in employers:
            continue  # "Efling union": the union's own name, not its employer's
        written = tuple(sorted({m.group(0) for m in re.finditer(r"\b[Tt]he[ ]union\b", text)}))
        if len(codes) == 1 and written:
            code = next(iter(codes))
            out.setdefault(code, OwnedBody(code, written, "union"))
    return list(out.values())
