"""A negated act by its class: what a negation denies decides what a statement does.

"We will not block the deal" and "this is not a trap" deny an act of opposing, and commit
or approve; "we cannot accept that" and "they never paid" deny an act of accepting or
delivering, and refuse or blame. The words' own negated stems (``~block``, ``~accept``) are
features already, but each is rare; the class pools them, so that a negated verb of opposing
the model never saw negated still reads as one (``na:opp``, ``na:acc``, and the same with
the clause's modal, ``na:opp:will``).
"""

from __future__ import annotations

from functools import lru_cache

from parley.extract.features import (
    _CLAUSE_END,
    _MODAL_FORMS,
    _MODALS,
    _NEGATORS,
    Utterance,
    stem,
    words_of,
)

# Verbs and nouns of opposing, obstructing or breaking off (and the hostile acts a party
# renounces: "would not return to arms").
OPPOSING_WORDS = (
    "reject", "refuse", "oppose", "block", "veto", "obstruct", "sabotage", "boycott",
    "abandon", "quit", "withdraw", "resist", "attack", "fight", "war", "arms", "trap",
    "waste", "threat", "threaten", "walk", "derail", "undermine", "stall", "collapse",
    "fought", "withdrew", "withdrawn",
)  # fmt: skip
# Verbs and adjectives of accepting, allowing, delivering and answering.
ACCEPTING_WORDS = (
    "accept", "agree", "sign", "allow", "permit", "promise", "deliver", "pay", "answer",
    "respond", "compromise", "negotiate", "talk", "happen", "possible", "acceptable",
    "honour", "honor", "keep", "consult", "share", "release", "fund", "approve", "paid",
    "kept",
)  # fmt: skip
# Besides the negators: a contrast that sets an act aside ("rather than reject it").
_SETTING_ASIDE = {("rather", "than"), ("instead", "of")}
# The first words of those contrasts: a statement with none of them and no negator has no
# denied act.
_ASIDE_FIRST = frozenset(first for first, _ in _SETTING_ASIDE)


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    out = {stem(w): "acc" for w in ACCEPTING_WORDS}
    out.update({stem(w): "opp" for w in OPPOSING_WORDS})
    return out


def features_negated_act(u: Utterance) -> list[str]:
    """The class of each act a negation (or "rather than", "instead of") denies, to the end
    of its clause, alone and with the clause's modal: ``na:opp``, ``na:acc:will``."""
    toks, stems, _ = words_of(u.text, u.parties)
    if _NEGATORS.isdisjoint(toks) and _ASIDE_FIRST.isdisjoint(toks):
        return []  # nothing denies an act (most statements): no walk over the words
    classes = _classes()
    out: list[str] = []
    negated = False
    modal = ""
    for i, (t, s) in enumerate(zip(toks, stems, strict=True)):
        if t in _CLAUSE_END:
            negated, modal = False, ""
            continue
        form = _MODAL_FORMS.get(t, t)
        if form in _MODALS:
            modal = form
        if t in _NEGATORS or (i and (toks[i - 1], t) in _SETTING_ASIDE):
            negated = True
            continue
        kind = classes.get(s) if negated and t.islower() else None
        if kind is not None:
            out.append(f"na:{kind}")
            if modal:
                out.append(f"na:{kind}:{modal}")
            negated = False  # one denied act per negation
    return out
