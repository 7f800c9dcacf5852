"""A reproach: an obligation in the perfect ("X should have acted sooner").

"should" + a verb asks for what is to come (a demand); "should have" + a past participle
judges what was, or was not, done. The annotation codes the second as an accusation, but
the event model, which reads "should" as a demand's word and sees the perfect too rarely to
learn it, codes it a request. Inside a relative clause ("tariffs that should never have been
imposed") the judgment qualifies a noun, not the statement's act, and does not count.
"""

from __future__ import annotations

from parley.extract.features import words_of

# Modals of obligation that in the perfect reproach ("ought to have consulted").
_OBLIGATION = frozenset({"should", "ought"})
# Words between the modal and "have", and between "have" and its participle.
_PERFECT_SKIP = frozenset({"not", "n't", "never", "to", "really", "also", "simply"})
# Relative pronouns: a modal right after one is in a relative clause.
_RELATIVE = frozenset({"that", "which", "who", "whom"})
_PARTICIPLE_IRREGULAR = frozenset({"been", "done", "made", "taken", "given", "known", "seen",
                                   "gone", "held", "kept", "told", "paid", "sent", "spent",
                                   "left", "sought", "brought", "thought", "put", "let",
                                   "come", "run", "chosen", "spoken", "written", "heard",
                                   "begun", "stood", "shown", "met", "set", "cut"})  # fmt: skip


def _participle(word: str) -> bool:
    """Whether ``word`` may be a past participle: in "-ed"/"-en", or a listed irregular one."""
    return word.endswith(("ed", "en")) or word in _PARTICIPLE_IRREGULAR


def reproach(text: str) -> bool:
    """Whether ``text`` holds an obligation in the perfect outside a relative clause ("X
    should have acted sooner", "it should never have been allowed", "they ought to have
    consulted us"). "should have a seat" (``have`` the verb) is no perfect."""
    toks = words_of(text).toks
    for i, t in enumerate(toks):
        if t not in _OBLIGATION or (i > 0 and toks[i - 1] in _RELATIVE):
            continue
        j = i + 1
        while j < len(toks) and toks[j] in _PERFECT_SKIP:
            j += 1
        if j >= len(toks) or toks[j] not in ("have", "'ve"):
            continue
        k = j + 1
        while k < len(toks) and toks[k] in _PERFECT_SKIP:
            k += 1
        if k < len(toks) and _participle(toks[k]):
            return True
    return False
