"""The narrator's closing resumptive apposition: ", a figure the union calls too low".

An indirect statement that ends on a comma and an indefinite noun phrase naming what was
just reported ("..., a figure ...", "..., a request ...", "..., a modest step ...") ends
before that comma: the noun phrase is the narrator's comment on the reported clause, not
part of it. Quoted words are never cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.extract.attribution import Draft

# ", a/an [up to three words] <a noun that sums up a report or its content>", and no quotation
# mark from there to the statement's end
_RESUMPTIVE = re.compile(
    r",\s+an?\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:figure|sum|number|amount|request|demand|condition|offer|proposal|claim|step|move)s?\b"
    r"[^\"“”]*$"
)
# words (of the statement before the comma) that make a clause of its own
_WORD = re.compile(r"[\w'’-]+")
_MIN_WORDS = 4


def cut_resumptive(text: str, drafts: list[Draft]) -> list[Draft]:
    """Each indirect statement ends before a closing resumptive apposition."""
    out: list[Draft] = []
    for d in drafts:
        if not d.direct:
            span = text[d.start : d.end]
            m = _RESUMPTIVE.search(span)
            if m is not None and len(_WORD.findall(span, 0, m.start())) >= _MIN_WORDS:
                end = d.start + m.start()
                if not d.start <= d.cue_start < d.end or d.cue_start < end:
                    d = replace(d, end=end)
        out.append(d)
    return out
