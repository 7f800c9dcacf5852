"""A fake extractor: instant and deterministic, for storage, CLI and fault tests."""

from __future__ import annotations

import re
from datetime import date, datetime

from parley.extract.model import Statement

_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")
_ACTORS = {"Putin": "RUS", "Peskov": "RUS", "Zelensky": "UKR", "Rubio": "USA", "Trump": "USA"}


def fake_extract(
    text: str, source: str = "", published: date | datetime | None = None
) -> list[Statement]:
    """Every quotation is a direct statement; the speaker is the next known name after it.

    Deterministic and instant, so that storage and CLI tests do not depend on the
    real extractor's quality or speed.
    """
    found = []
    for match in _QUOTE.finditer(text):
        after = text[match.end() : match.end() + 60]
        speaker = next((name for name in _ACTORS if name in after), None)
        quote = match.group(1)
        found.append(
            Statement(
                source=source,
                start=match.start(1),
                end=match.end(1),
                text=quote,
                direct=True,
                cue="said",
                speaker=speaker,
                actor=_ACTORS.get(speaker or ""),
                event="REJECT" if "reject" in quote.lower() else None,
                targets=["UKR"] if "Ukrain" in quote else [],
            )
        )
    return found
