"""Settings of the extraction that change what it codes, not how it reads.

:class:`Opposition` says how a domestic opposition politician or party is coded: the
spec (``actor``: "the political actor the speaker stands for ... null when the speaker
stands for none (a private person, an analyst, a news outlet)") and issue 8 ("Reform UK
leader Nigel Farage" -> GBR) read a party politician as the voice of the state whose
politics they take part in, in government or not: :attr:`Opposition.STATE`, the default.
The negotiation corpus's gold was written under an in-house convention that gives the
opposition no side (tests/data/negotiations/README.md, "Domestic opposition"):
:attr:`Opposition.NONE`, which every measurement on that corpus uses.
"""

from __future__ import annotations

from enum import StrEnum


class Opposition(StrEnum):
    """How the extractor codes domestic opposition politicians and parties."""

    STATE = "state"  # the state whose politics they take part in (the spec, issue 8)
    NONE = "none"  # no side (the corpus's in-house convention)


DEFAULT_OPPOSITION = Opposition.STATE
