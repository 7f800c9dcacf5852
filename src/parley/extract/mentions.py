"""Mentions of people, actors, offices and pronouns, found with spaCy matchers.

The tokenizer and PhraseMatcher come from spaCy's blank English pipeline; when a
trained pipeline is installed and selected, its PERSON entities add names the
gazetteer does not know.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from parley.actors import Gazetteer, Person, load_gazetteer
from parley.extract.roles import GROUPS, INSTITUTIONS, PERSON_ROLES

PRONOUNS = {"he": "m", "she": "f", "He": "m", "She": "f", "they": "p", "They": "p"}
_NOT_NAME = {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "After", "Before",
    "During", "Despite", "While", "When", "Since", "This", "That", "These", "Those", "It",
    "Its", "His", "Her", "Their", "Our", "We", "They", "He", "She", "I", "Mr", "Mrs", "Ms",
    "Dr", "President", "Minister", "Prime", "Foreign", "Secretary", "General", "Chancellor",
    "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Special", "Vice", "Deputy",
    "Senator", "Sen", "Rep", "Gov", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "According", "Speaking",
    "Asked", "Russian", "Ukrainian", "American", "European", "Western", "Kremlin", "Photo",
    "Read", "More", "Related", "Security", "Council", "Ministry", "Office", "Army", "Defence",
    "Defense", "State", "Department", "House", "Senate", "Parliament", "Union", "National",
    "Commission", "Agency", "News", "Times", "Post", "Press", "Update", "Live", "Breaking",
    "Peace", "Plan", "Point", "Thanksgiving", "Christmas", "Geneva", "Moscow", "Kyiv",
}  # fmt: skip
_NAME_TOKEN = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\.?$|[A-Z]\.$")


@dataclass(slots=True)
class Mention:
    """A span that may name who speaks or whom a statement is about."""

    start: int
    end: int
    kind: str  # person | name | actor | adjective | role | pronoun
    text: str
    actor: str | None = None
    person: Person | None = None
    role: str | None = None
    role_class: str | None = None  # person | institution | group (for kind == "role")
    gender: str | None = None
    possessive: bool = False


class MentionFinder:
    """Finds mentions in a text; built once per gazetteer and reused."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language | None = None) -> None:
        self.gaz = gazetteer
        self.nlp = nlp or spacy.blank("en")
        self.trained = "ner" in self.nlp.pipe_names
        make = self.nlp.make_doc
        self.exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.exact.add("PERSON", [make(s) for s in gazetteer.aliases])
        self.exact.add("ACTOR", [make(s) for s in gazetteer.surfaces])
        self.exact.add("ADJ", [make(s) for s in gazetteer.adjectives])
        self.exact.add("DESC", [make(s) for s in gazetteer.descriptions])
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        roles = PERSON_ROLES | INSTITUTIONS | GROUPS | gazetteer.roles
        self.lower.add("ROLE", [make(s) for s in roles])
        self.roles_person = PERSON_ROLES | gazetteer.roles
        self.gazetteer_roles = gazetteer.roles

    def doc(self, text: str) -> Doc:
        if self.trained:
            return self.nlp(text)
        return self.nlp.make_doc(text)

    def find(self, doc: Doc) -> list[Mention]:
        spans = []
        for match_id, a, b in self.exact(doc):
            span = doc[a:b]
            span.label_ = self.nlp.vocab.strings[match_id]
            spans.append(span)
        for _, a, b in self.lower(doc):
            span = doc[a:b]
            # Office nouns are lower case in running text, title case before a name
            # ("Foreign Minister Sergei Lavrov"); all caps is a heading.
            if span.text.isupper() and len(span.text) > 2:
                continue
            span.label_ = "ROLE"
            spans.append(span)
        if self.trained:
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    spans.append(ent)
        taken = filter_spans(spans)
        used = set()
        out: list[Mention] = []
        for span in taken:
            used.update(range(span.start, span.end))
            out.append(self._mention(doc, span))
        out.extend(self._names(doc, used))
        for tok in doc:
            if tok.text in PRONOUNS and tok.i not in used:
                out.append(
                    Mention(tok.idx, tok.idx + len(tok.text), "pronoun", tok.text,
                            gender=PRONOUNS[tok.text])
                )  # fmt: skip
        out.sort(key=lambda m: m.start)
        return out

    def _mention(self, doc: Doc, span) -> Mention:
        gaz = self.gaz
        text = span.text
        label = span.label_
        poss = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s", "'")
        start, end = span.start_char, span.end_char
        if label == "PERSON":
            person = gaz.person(text)
            if person is None:  # a trained NER name the gazetteer does not know
                return Mention(start, end, "name", text, possessive=poss)
            return Mention(start, end, "person", text, person=person, possessive=poss,
                           gender=person.gender)  # fmt: skip
        if label == "ACTOR":
            return Mention(start, end, "actor", text, actor=gaz.surfaces[text], possessive=poss)
        if label == "ADJ":
            return Mention(start, end, "adjective", text, actor=gaz.adjectives[text])
        if label == "DESC":
            return Mention(start, end, "role", text, role=text, role_class="description",
                           possessive=poss)  # fmt: skip
        role = text.lower()
        if role in GROUPS and role not in self.roles_person:
            cls = "group"
        elif role in INSTITUTIONS:
            cls = "institution"
        else:
            cls = "person"
        return Mention(start, end, "role", text, role=role, role_class=cls, possessive=poss)

    def _names(self, doc: Doc, used: set[int]) -> list[Mention]:
        """Capitalised word runs the gazetteer does not know: likely personal names."""
        out = []
        run: list = []
        for tok in [*doc, None]:
            ok = (
                tok is not None
                and tok.i not in used
                and tok.text not in _NOT_NAME
                and _NAME_TOKEN.match(tok.text) is not None
            )
            if ok:
                run.append(tok)
                continue
            if len(run) >= 2:
                a, b = run[0], run[-1]
                poss = b.i + 1 < len(doc) and doc[b.i + 1].lower_ in ("'s", "’s")
                text = doc[a.i : b.i + 1].text
                if "\n" not in text:
                    out.append(Mention(a.idx, b.idx + len(b.text), "name", text,
                                       possessive=poss))  # fmt: skip
            elif len(run) == 1:
                tok1 = run[0]
                poss = tok1.i + 1 < len(doc) and doc[tok1.i + 1].lower_ in ("'s", "’s")
                out.append(Mention(tok1.idx, tok1.idx + len(tok1.text), "surname", tok1.text,
                                   possessive=poss))  # fmt: skip
            run = []
        return out


@lru_cache(maxsize=2)
def mention_finder(model: str | None = None) -> MentionFinder:
    """The shared finder; ``model`` (or PARLEY_SPACY_MODEL) names a trained spaCy pipeline."""
    name = model or os.environ.get("PARLEY_SPACY_MODEL") or None
    nlp = None
    if name:
        nlp = spacy.load(name, exclude=["lemmatizer", "textcat"])
    return MentionFinder(load_gazetteer(), nlp)
