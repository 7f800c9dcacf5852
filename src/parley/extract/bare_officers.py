"""A company officer introduced by a bare title ("Chief executive X said"): whose officer.

Reporting names a body's chief executive or chairman without naming the body again when the
sentences just before are about it ("Acme confirmed it would not raise its offer. Chief
executive X said ..."). The owner is the listed body that opens the nearest earlier sentence
of the same paragraph as its subject. Another name opening a sentence in between (a company
the gazetteer does not list, "Northwind said ...") stops the search: the officer is then that
body's, whom no code stands for.
"""

from __future__ import annotations

import re

from parley.extract.unlisted import Unlisted, forms_by_length

# A private body's officer title, with no owner before it, opening a sentence or following a
# quotation it closes: "Chief executive X", '"...," chief executive X said'
_BARE_TITLE = re.compile(
    r"(?:^|(?<=[.!?][ ])|(?<=[.!?][\"”][ ])|(?<=,[\"”][ ])|(?<=\n))"
    r"(?:[Cc]hief[ ](?:executive(?:[ ]officer)?|financial[ ]officer|operating[ ]officer)"
    r"|CEO|[Cc]hair(?:man|woman))[ ]$"
)
# Where a sentence ends: a full stop, question or exclamation mark (and a closing quotation
# mark) before a space
_SENTENCE_END = re.compile(r"[.!?][\"”]?[ ]+")
# What may open a sentence before its subject: a preposition or a word of time and up to
# three lower-case words, a comma ("Days later ", "For ", "In a statement, "), then "the"
_BEFORE_SUBJECT = re.compile(r"(?:(?P<lead>[A-Z][a-z]*)(?:[ ][a-z]+){0,3},?[ ])?(?:the[ ])?")
_LEADS = frozenset(
    (
        "In", "On", "At", "For", "After", "Before", "Days", "Weeks", "Months", "Hours",
        "Earlier", "Later", "Last", "Since", "Then", "By", "With", "Under", "As",
    )
)  # fmt: skip
# Words that open a sentence without naming anyone: a determiner, a pronoun, a preposition
_PLAIN_OPENERS = frozenset(
    (
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "In", "On", "At", "For",
        "But", "And", "After", "Before", "When", "While", "This", "That", "These", "Those",
        "Another", "One", "Some", "Asked", "As", "By", "With", "Under", "Days", "Weeks",
        "Months", "Hours", "Earlier", "Later", "Last", "Since", "Then", "Both",
    )
)  # fmt: skip
_WORD = re.compile(r"[\"“‘ ]*([A-Za-z][\w'’-]*)")


def _subject_body(sentence: str, forms: list[tuple[str, str]]) -> str | None:
    """The code of the listed body that opens ``sentence`` as its subject, or None; a
    possessive ("Acme's shares") is not the body as subject."""
    opener = _BEFORE_SUBJECT.match(sentence)
    starts = [4] if sentence.startswith("The ") else [0]
    if opener is not None and (opener.group("lead") or "") in _LEADS | {""}:
        starts.append(opener.end())
    for at in starts:
        for form, code in forms:
            if not sentence.startswith(form, at):
                continue
            after = sentence[at + len(form) : at + len(form) + 2]
            if after[:1].isalnum() or after[:1] in "'’":
                continue
            return code
    return None


def bare_officer(text: str, speaker: str, bodies: list[Unlisted]) -> str | None:
    """The code of the listed body a speaker first introduced by a bare officer's title
    ("Chief executive X said") is an officer of: the body that opens as subject the nearest
    earlier sentence of the paragraph that opens on a name; None when that name is no
    listed body's, or no sentence before in the paragraph opens on one."""
    if not bodies or " " not in speaker.strip():
        return None
    i = text.find(speaker)
    if i < 0:
        return None
    title = _BARE_TITLE.search(text, max(0, i - 40), i)
    if title is None:
        return None
    paragraph = text.rfind("\n", 0, title.start()) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, paragraph, title.start())]
    starts = [paragraph, *ends]
    forms = forms_by_length(bodies)
    # the sentences before the title's own, nearest first (the title's sentence starts at
    # the last end found, or at the title itself)
    for a, b in reversed(list(zip(starts, starts[1:], strict=False))):
        sentence = text[a:b]
        code = _subject_body(sentence, forms)
        if code is not None:
            return code
        word = _WORD.match(sentence)
        if word is None or sentence.lstrip().startswith(('"', "“", "‘")):
            continue
        if word.group(1)[0].isupper() and word.group(1) not in _PLAIN_OPENERS:
            return None  # another name opens the sentence: the officer may be its
    return None
