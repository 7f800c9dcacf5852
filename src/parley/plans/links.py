"""Statements linked to plans and to their points.

For each source, :func:`link_source` decides which plan its statements speak of and
then, statement by statement, whether a statement speaks of particular points
(explicit numbers, figures, references and term overlap) or of the plan as a whole.
Every :class:`~parley.positions.model.Link` keeps its method, score and reason.
The rules are documented in docs/positions.md:

* **Which plan.** A plan is named by its number of points ("the 28-point plan"), by
  its proposer in the phrase of a plan noun ("the American proposal", "Ukraine's
  framework"), or, for a counter-proposal, by "counter-proposal".
  The statement's own words decide first, then the whole source's.
* **Which version.** A number of points that one version has ("the 19-point text")
  picks that version; otherwise the newest version dated on or before the source's
  publication (the text a reader of that day knew); a source older than every
  version gets the oldest; an undated source gets the newest.
* **Which point.** ``explicit`` "point 7", "points 5 and 6", "paragraph 12" (score 1);
  ``number`` a figure that exactly one point holds ("600,000", "100 days"; 0.9);
  ``reference`` "the clause on NATO membership", "the territorial provisions", "the
  amnesty": the words of the referring phrase against the points (TF-IDF cosine,
  threshold :data:`REFERENCE_THRESHOLD`); ``similarity`` the whole statement against
  the points (threshold :data:`SIMILARITY_THRESHOLD`), measured on
  tests/data/links/labelled.jsonl (docs/positions.md).
* **The plan as a whole.** A statement that names a plan noun ("this plan", "the
  proposal", "the text") and no point links to the plan (``plan``, 1.0); a statement
  with a stance or an event but no word of the plan, in a source that discusses the
  plan, links to it by ``context`` (0.5): its stance is, by the statement
  specification, its stance toward the plan under discussion.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property, lru_cache

from parley.actors import load_gazetteer
from parley.plans.model import Plan
from parley.positions.model import Link, LinkMethod

SIMILARITY_THRESHOLD = 0.30
REFERENCE_THRESHOLD = 0.30
NEAR_BEST = 0.8  # points within this share of the best score are linked too (at most 3)
MAX_POINTS = 3
CONTEXT_SCORE = 0.5

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")
_STEM = 6
_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which
    while who whom why will with would you your said says say told will shall must may might
    also would within without per any every such one two three toward towards remain remains
    still even ever however include includes including make makes made take takes taken give
    gives given well also get gets got must need needs want wants like new first last next
    many much already yet there here whole along across around behind beyond near among amid
    upon onto via""".split()  # noqa: SIM905
)
_PLAN_NOUN = (
    r"(?:plans?|proposals?|counter-?proposals?|counterproposals?|framework|drafts?|blueprint|"
    r"roadmap|road map|initiative|peace deal|deal|text|document)"
)
_PLAN_MENTION = re.compile(
    rf"\b(?:(?P<n>\d{{1,3}}|[a-z]+(?:-[a-z]+)?)[- ]point\s+(?:[\w-]+\s+){{0,2}}{_PLAN_NOUN}\b"
    rf"|(?P<det>the|this|that|its|their|our|his|her|whose|a|an|[A-Z][a-z]+'s|[A-Z][a-z]+’s)\s+"
    rf"(?:(?:[\w-]+)\s+){{0,3}}?{_PLAN_NOUN}\b)",
    re.IGNORECASE,
)
_N_POINT = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]point\b", re.IGNORECASE)
_EXPLICIT = re.compile(
    r"\b(?:points?|paragraphs?|clauses?|items?|articles?|sections?|provisions?)\s+(?:no\.?\s*)?"
    r"(\d{1,3}[a-z]?)((?:\s*(?:,|and|or|&|to|through|-|–)\s*\d{1,3}[a-z]?)*)",
    re.IGNORECASE,
)
_ORDINAL_POINT = re.compile(
    r"\bthe\s+([a-z]+(?:-[a-z]+)?)\s+(?:point|paragraph|clause|item|article)\b", re.I
)
_REFERENCE = re.compile(
    r"\b(?:the|its|this|that)\s+((?:[\w,-]+\s+){0,4}?)(?:clauses?|provisions?|points?|sections?|"
    r"articles?|parts?|paragraphs?|passages?|terms|demands?|requirements?|cap|ceiling|limit|ban)"
    r"(?:\s+(?:on|about|regarding|concerning|dealing with|covering|for)\s+((?:[\w'’-]+\s*){1,6}))?",
    re.IGNORECASE,
)
# "the amnesty", "the buffer zone", "the Zaporizhzhia plant": a definite noun phrase whose
# words belong to one point's topic.
_DEFINITE = re.compile(r"\b(?:the|its|this|that)\s+([\w-]+)(?:\s+([\w-]+))?", re.IGNORECASE)
_FIGURE = re.compile(
    r"(?<![\w.])\$?(\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)\s*(%|percent|k\b|bn\b|billion|million|thousand)?",
    re.I,
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
_PROPOSER_WORDS = {
    "USA": ("american", "us", "u.s.", "washington", "trump", "white house", "witkoff"),
    "EUR": ("european", "europe", "europeans", "e3", "coalition of the willing"),
    "EU": ("eu", "european union", "brussels"),
    "UKR": ("ukraine", "ukrainian", "kyiv", "kiev", "zelensky", "zelenskyy"),
    "RUS": ("russia", "russian", "moscow", "kremlin", "putin"),
}  # fmt: skip


def number_word(word: str) -> int | None:
    """18, "eighteen", "twenty-eight" -> the number; else None."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    total = 0
    for part in word.split("-"):
        if part not in _NUMBER_WORDS:
            return None
        total += _NUMBER_WORDS[part]
    return total or None


# Words of the talk about any plan, not of one point's topic.
_DISCOURSE = frozenset(
    """president prime minister leader leaders official officials government side sides party
    parties country countries war peace plan plans point points proposal proposals draft
    text document agreement agreements deal deals framework clause clauses provision
    provisions section article paragraph part terms negotiation negotiations talks issue
    issues question matter current basis final""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Stems of the names of states, capitals and demonyms in the gazetteer.

    A party's name says who speaks or is spoken of, not which point: names that two
    or more points share are left out of the vectors (a name only one point holds,
    "Poland", stays); organisations (NATO, IAEA, the EU) always stay; people's names
    always go (:func:`_people`).
    """
    gaz = load_gazetteer()
    words: set[str] = set()
    surfaces = [s for s, code in gaz.surfaces.items() if len(code) == 3]
    surfaces += [s for s, code in gaz.adjectives.items() if len(code) == 3]
    for surface in surfaces:
        for word in _WORD.findall(surface):
            words.add(stem(word))
    return frozenset(words)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Stems of people's names: a person speaks or is spoken of, never a point's topic."""
    gaz = load_gazetteer()
    return frozenset(
        stem(word) for alias in gaz.aliases if not alias.isupper() for word in _WORD.findall(alias)
    )


# A few words of plan vocabulary that say the same thing in other words.
_SAME = {
    "join": "member", "member": "member", "accessi": "member", "accede": "member",
    "admit": "member", "admitt": "member", "admiss": "member", "land": "territ",
    "territ": "territ", "army": "force", "armed": "force", "troop": "force", "soldier": "force",
    "personn": "force", "cap": "limit", "ceilin": "limit", "limit": "limit", "rebuil": "recons",
    "recons": "recons",
}  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stemmer: plural and -ing/-ed endings off, then the first six letters;
    all-capital acronyms (NATO, START, G8) stay apart from ordinary words."""
    if len(word) > 1 and word.isupper():
        return "#" + word.lower()
    w = word.lower().strip("'’-").replace("’", "'").removesuffix("'s")
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
                w = w[:-1]  # capped -> cap
            break
    w = w[:_STEM]
    return _SAME.get(w, w)


def terms(text: str) -> list[str]:
    """Content words, stemmed (:func:`stem`), without stop words and the words of plan talk."""
    out = []
    for word in _WORD.findall(text):
        w = word.lower()
        if len(w) < 2 or w in _STOP or w in _DISCOURSE:
            continue
        out.append(stem(word))
    return out


def figures(text: str) -> set[float]:
    """Amounts in ``text`` ("600,000", "$100 billion", "50%", "100 days"), years left out."""
    out = set()
    for m in _FIGURE.finditer(text):
        raw = re.sub(r"[,\s]", "", m.group(1))
        try:
            value = float(raw)
        except ValueError:
            continue
        unit = (m.group(2) or "").lower()
        value *= {"k": 1e3, "thousand": 1e3, "million": 1e6, "bn": 1e9, "billion": 1e9}.get(unit, 1)
        if unit in ("%", "percent"):
            value = -value  # a share is not an amount
        if value == int(value) and 1900 <= value <= 2100 and not unit:
            continue  # a year
        if abs(value) < 10 and not unit:
            continue  # small numbers are points, counts and days of the week, not figures
        out.add(value)
    return out


@dataclass
class PointIndex:
    """TF-IDF vectors of one plan version's points (text and sub-items)."""

    plan: Plan
    vectors: dict[str, dict[str, float]] = field(init=False)
    idf: dict[str, float] = field(init=False)
    df: dict[str, int] = field(init=False)
    parties: frozenset[str] = field(init=False)
    figures: dict[str, set[float]] = field(init=False)

    def __post_init__(self) -> None:
        docs = {p.number: Counter(terms(" ".join((p.text, *p.items)))) for p in self.plan.points}
        n = max(1, len(docs))
        df: Counter[str] = Counter()
        for counts in docs.values():
            df.update(counts.keys())
        # The parties' names (in two points or more) say who, not what: they are left out.
        people = _people()
        self.parties = frozenset(
            t for t, k in df.items() if (k >= 2 and t in _names()) or t in people
        )
        for counts in docs.values():
            for t in self.parties:
                counts.pop(t, None)
        df = Counter({t: k for t, k in df.items() if t not in self.parties})
        self.df = dict(df)
        self.idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
        self.vectors = {num: self._vector(counts) for num, counts in docs.items()}
        self.postings: dict[str, list[str]] = {}
        for num, vec in self.vectors.items():
            for t in vec:
                self.postings.setdefault(t, []).append(num)
        self.figures = {p.number: figures(" ".join((p.text, *p.items))) for p in self.plan.points}

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        vec = {t: (1 + math.log(c)) * self.idf[t] for t, c in counts.items() if t in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def _topic(self, term: str) -> bool:
        """One word enough to name a point: only that point has it, and it is an acronym or
        a word of five letters or more ("amnesty", "G8"; not "work")."""
        return self.df[term] == 1 and (len(term) >= 5 or term.startswith("#"))

    def similarity(self, text: str, min_shared: int = 2) -> list[tuple[str, float, list[str]]]:
        """(point, cosine, shared terms) for the points sharing at least ``min_shared`` terms
        with ``text`` (or, with ``min_shared`` 1, one term no other point has), best first."""
        query = self._vector(Counter(t for t in terms(text) if t not in self.parties))
        out = []
        touched = {n for t in query for n in self.postings.get(t, ())}
        for number in touched:
            vec = self.vectors[number]
            shared = [t for t in query if t in vec]
            if not shared or (len(shared) < 2 and not (min_shared == 1 and self._topic(shared[0]))):
                continue
            score = sum(query[t] * vec[t] for t in shared)
            out.append((number, score, shared))
        out.sort(key=lambda x: (-x[1], _number_key(x[0])))
        return out

    @cached_property
    def sizes(self) -> int:
        return len(self.plan.points)


@dataclass(frozen=True, slots=True)
class LinkInput:
    """What linking needs of a statement."""

    id: int
    start: int
    end: int
    text: str
    stance: str | None
    event: str | None


@dataclass
class PlanSet:
    """Every stored plan version, grouped by name, with a point index per version."""

    versions: Sequence[Plan]
    indexes: dict[str, PointIndex] = field(init=False)
    by_name: dict[str, list[Plan]] = field(init=False)

    def __post_init__(self) -> None:
        self.indexes = {p.ref: PointIndex(p) for p in self.versions}
        self.by_name = {}
        for plan in self.versions:
            self.by_name.setdefault(plan.name, []).append(plan)
        for items in self.by_name.values():
            items.sort(key=lambda p: (p.date or date.min, p.version))

    def identify(self, text: str) -> tuple[str | None, int]:
        """The plan name ``text`` speaks of most clearly, and the strength of the evidence."""
        scores = {name: self._evidence(name, text) for name in self.by_name}
        if not scores:
            return None, 0
        best = max(scores.values())
        if best <= 0:
            return None, 0
        top = [n for n, s in scores.items() if s == best]
        # Ties go to an original draft before a counter-proposal, then to the oldest.
        top.sort(
            key=lambda n: (
                self.by_name[n][0].answers is not None,
                self.by_name[n][0].date or date.min,
            )
        )
        return top[0], best

    def _evidence(self, name: str, text: str) -> int:
        plans = self.by_name[name]
        lower = text.lower()
        score = 0
        sizes = {len(p.points) for p in plans}
        for m in _N_POINT.finditer(text):
            if number_word(m.group(1)) in sizes:
                score += 3
                break
        proposer = plans[-1].proposer
        for m in _PLAN_MENTION.finditer(text):
            lead = m.group().lower()  # "the American proposal", "Ukraine's framework"
            if proposer and any(
                re.search(rf"\b{re.escape(w)}\b", lead)
                for w in _PROPOSER_WORDS.get(proposer, (proposer.lower(),))
            ):
                score += 2
                break
        if plans[-1].answers and re.search(
            r"counter-?\s?proposal|counteroffer|counter-offer|response to", lower
        ):
            score += 1
        return score

    def version(
        self, name: str, text: str, published: datetime | date | None, also: str = ""
    ) -> Plan:
        """The version meant: by its number of points in ``text``, else in ``also`` (the
        whole source), else by date (module docstring)."""
        plans = self.by_name[name]
        for where in (text, also):
            for m in _N_POINT.finditer(where):
                n = number_word(m.group(1))
                sized = [p for p in plans if len(p.points) == n]
                if sized:
                    return _by_date(sized, published)
        return _by_date(plans, published)


def _number_key(number: str) -> tuple[int, str]:
    return (int(number), "") if number.isdigit() else (10**9, number)


def _by_date(plans: list[Plan], published: datetime | date | None) -> Plan:
    if published is None:
        return plans[-1]
    day = published.date() if isinstance(published, datetime) else published
    known = [p for p in plans if p.date is None or p.date <= day]
    return known[-1] if known else plans[0]


def names_plan(text: str) -> bool:
    """True when ``text`` names a plan ("this plan", "the 28-point proposal", "the text")."""
    return _PLAN_MENTION.search(text) is not None


def link_source(
    plans: PlanSet,
    source_text: str,
    published: datetime | date | None,
    statements: Iterable[LinkInput],
) -> list[Link]:
    """Links for the statements of one source (see the module docstring)."""
    source_plan, _ = plans.identify(source_text)
    discusses = bool(_PLAN_MENTION.search(source_text))
    out: list[Link] = []
    for st in statements:
        own, strength = plans.identify(st.text)
        name = own if own is not None else source_plan
        if name is None:
            continue
        plan = plans.version(name, st.text, published, also=source_text)
        found = link_points(plans.indexes[plan.ref], st.text)
        if found:
            out.extend(
                Link(st.id, plan.ref, point, method, score, reason)
                for point, method, score, reason in found
            )
            continue
        mention = _PLAN_MENTION.search(st.text)
        if mention:
            out.append(
                Link(
                    st.id,
                    plan.ref,
                    None,
                    LinkMethod.PLAN,
                    1.0,
                    f"names the plan: {mention.group().strip()!r}",
                )
            )
        elif discusses and (st.stance or st.event):
            out.append(Link(st.id, plan.ref, None, LinkMethod.CONTEXT, CONTEXT_SCORE,
                            "a stance in a source about this plan"))  # fmt: skip
    return out


def link_points(index: PointIndex, text: str) -> list[tuple[str, LinkMethod, float, str]]:
    """(point, method, score, reason) for the points ``text`` speaks of; [] when none."""
    plan = index.plan
    numbers = [p.number for p in plan.points]
    found: dict[str, tuple[str, LinkMethod, float, str]] = {}

    def add(point: str, method: LinkMethod, score: float, reason: str) -> None:
        if point not in found or found[point][2] < score:
            found[point] = (point, method, score, reason)

    for m in _EXPLICIT.finditer(text):
        for point in _expand(m.group(1), m.group(2) or ""):
            if point in numbers:
                add(point, LinkMethod.EXPLICIT, 1.0, f"names it: {m.group().strip()!r}")
    for m in _ORDINAL_POINT.finditer(text):
        n = _ORDINALS.get(m.group(1).lower())
        if n is not None and str(n) in numbers:
            add(str(n), LinkMethod.EXPLICIT, 1.0, f"names it: {m.group().strip()!r}")
    if found:
        return list(found.values())
    said = figures(_N_POINT.sub(" ", text))
    for number, held in index.figures.items():
        shared = said & held
        if shared and sum(1 for h in index.figures.values() if shared & h) == 1:
            value = next(iter(shared))
            add(
                number,
                LinkMethod.NUMBER,
                0.9,
                f"the figure {abs(value):,.0f} is in this point only",
            )
    if found:
        return list(found.values())
    candidates: dict[str, tuple[float, list[str], str]] = {}
    for m, phrase, least in [
        *((m, " ".join(x for x in m.groups() if x), 1) for m in _REFERENCE.finditer(text)),
        *((m, m.group(1), 1) for m in _DEFINITE.finditer(text)),
        *((m, f"{m.group(1)} {m.group(2)}", 2) for m in _DEFINITE.finditer(text) if m.group(2)),
    ]:
        for number, score, words in index.similarity(phrase, min_shared=least):
            if number not in candidates or candidates[number][0] < score:
                candidates[number] = (score, words, m.group().strip())
    ranked = sorted(((n, sc, sh) for n, (sc, sh, _) in candidates.items()), key=lambda x: -x[1])
    if ranked:
        ref = candidates[ranked[0][0]][2]
        _take(ranked, REFERENCE_THRESHOLD, LinkMethod.REFERENCE, f"refers to it: {ref!r}", add)
    if found:
        return list(found.values())
    ranked = index.similarity(text)
    _take(ranked, SIMILARITY_THRESHOLD, LinkMethod.SIMILARITY, "shares the terms", add)
    return list(found.values())


def _take(
    ranked: list[tuple[str, float, list[str]]],
    threshold: float,
    method: LinkMethod,
    reason: str,
    add: Callable[[str, LinkMethod, float, str], None],
) -> None:
    if not ranked or ranked[0][1] < threshold:
        return
    best = ranked[0][1]
    for number, score, shared in ranked[:MAX_POINTS]:
        if score >= threshold and score >= NEAR_BEST * best:
            add(number, method, score, f"{reason} ({', '.join(shared[:5])})")


def _expand(first: str, rest: str) -> list[str]:
    out = [first.lower()]
    for sep, num in re.findall(r"\s*(,|and|or|&|to|through|-|–)\s*(\d{1,3}[a-z]?)", rest):
        if sep in ("to", "through", "-", "–") and out[-1].isdigit() and num.isdigit():
            out.extend(str(k) for k in range(int(out[-1]) + 1, int(num) + 1))
        else:
            out.append(num.lower())
    return out
