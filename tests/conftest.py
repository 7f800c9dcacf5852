"""Shared fixtures: a fresh database, a fake extractor, the shared seed article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from parley.extract.model import Statement
from parley.record import Record

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
SEED = SHARED / "seed" / "turkiye-today-putin-28-point-plan.txt"

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


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch):
    """Replace parley.extract.extract_statements everywhere parley calls it."""
    monkeypatch.setattr("parley.extract.extract_statements", fake_extract)
    return fake_extract


@pytest.fixture
def fresh_db(tmp_path: Path, fake_extractor) -> Iterator[Record]:
    """A Record on a new SQLite file in tmp_path, extracting with the fake extractor."""
    with Record(tmp_path / "fresh.db") as record:
        yield record


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"shared seed article not found at {SEED}")
    return SEED
