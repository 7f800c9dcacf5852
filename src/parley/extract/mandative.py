"""A mandative subjunctive after a verb of demanding ("demanded the full draft be
published", "insists the roadmap commit the parties to a new fund", "recommended Van Zwol
stay on as formateur"): the reported clause says what another party must do (REQUEST).

The subjunctive is the clause's grammar, not its words: its verb stands in the base form
after a singular subject ("the roadmap commit", not "commits"; "the name be agreed"), which
only a verb of demanding, insisting, urging or proposing licenses. Over the 50 development
parts the coders code every indirect statement of that shape after such a verb REQUEST (evt44:
53 of 53 with a singular subject as the parser reads it). The event model reads the cue and
the words; the new ones whose words speak of agreement ("be agreed with the two parties",
"commit the parties to creating a new fund", "stay on to assemble the team") it reads as AGREE
by 1.4 to 4.7. The rule asks the parser only for such a statement the model does not code
REQUEST when REQUEST scores within ``MANDATE_MARGIN``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within
from parley.extract.syntax import SUBJECT_DEPS, parsed_root

# Verbs whose clause may be a mandative subjunctive ("demanded that X be", "urged X stay");
# not "propose" (a proposal is an offer, AGREE: "proposed both sides measure the flow") nor
# "suggest" (also a finding's verb: "polls suggest ...")
MANDATIVE_LEMMAS = frozenset(("demand", "insist", "recommend", "urge", "ask", "request", "require"))
MANDATE_MARGIN = 8.0

_SINGULAR_NOUNS = frozenset(("NN", "NNP"))
_BASE_FORMS = frozenset(("VB", "VBP"))
# present forms of "be" that are no subjunctive ("Germany and the Commission are close")
_INDICATIVE_BE = frozenset(("am", "are", "is"))


@lru_cache(maxsize=256)
def subjunctive_clause(text: str) -> bool:
    """Whether ``text`` is a clause in the mandative subjunctive: its head verb in the base
    form ("stay", "commit", "be"), or the passive "be" + participle, after one singular noun
    subject that is no part of a whole ("a majority of Bulgarians") nor coordinated."""
    verb = parsed_root(text)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.tag_ not in _SINGULAR_NOUNS or subj.i > verb.i:
        return False
    if any(c.dep_ == "conj" or (c.dep_ == "prep" and c.lower_ == "of") for c in subj.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:  # "the full draft be published"
        return len(auxiliaries) == 1 and auxiliaries[0].lower_ == "be"
    return verb.tag_ in _BASE_FORMS and verb.lower_ not in _INDICATIVE_BE


def mandate_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or REQUEST when an indirect statement after a verb of
    demanding is a mandative subjunctive and REQUEST is close."""
    if event == "REQUEST" or u.direct or u.lemma not in MANDATIVE_LEMMAS:
        return event
    if not within(scores, classes, "REQUEST", event, MANDATE_MARGIN):
        return event
    return "REQUEST" if subjunctive_clause(u.text) else event
