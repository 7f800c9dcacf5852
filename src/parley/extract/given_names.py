"""The gender a given name has among the gazetteer's people.

A person the gazetteer does not know ("Mark Bristow", "Aissata Traore-Lindqvist") has no
recorded gender, so any "he" or "she" could refer back to them. Their given name often
tells: every known person called Mark is a man, every known Aissata a woman.
"""

from __future__ import annotations

from parley.actors import Gazetteer, Gender, per_gazetteer


def given_name_gender(gaz: Gazetteer, name: str | None) -> Gender | None:
    """The one gender of the gazetteer's people whose given name opens ``name``; None when
    nobody known has it, or people of both genders do."""
    if not name or name in gaz.people:
        return None
    return _genders(gaz).get(name.split()[0])


# States whose people's names are written surname first in English copy ("Han Duck-soo",
# "Xi Jinping"): their first word is no given name
SURNAME_FIRST = frozenset(("CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM", "MNG"))


@per_gazetteer
def _genders(gaz: Gazetteer) -> dict[str, Gender]:
    found: dict[str, set[Gender]] = {}
    surnames: set[str] = set()
    for person in gaz.people.values():
        words = person.name.split()
        if len(words) < 2:
            continue
        if any(o.actor in SURNAME_FIRST for o in person.offices):
            surnames.add(words[0])
            continue
        if person.gender in (Gender.MALE, Gender.FEMALE):
            found.setdefault(words[0], set()).add(person.gender)
    return {
        given: genders.pop()
        for given, genders in found.items()
        if len(genders) == 1 and given not in surnames
    }
