"""What the training tests share: a small article of written examples for one part, and the
cross-validation benchmark loaded as a module."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from parley.extract import train
from parley.extract.features import Utterance


def training_article(part: str | None, rows: list[tuple[str, str, str]]) -> train.Article:
    """An article of ``part`` (None: a development article) whose examples are ``rows`` of
    (reported text, event, stance), each reported with "said"."""
    a = train.Article(part or "dev", part or "dev", "", [], None, part is not None, part)
    a.examples = [
        (Utterance(text, "said", "say", False), {"event": event, "stance": stance})
        for text, event, stance in rows
    ]
    return a


def event_cv() -> ModuleType:
    """``benchmarks/event_cv.py``, loaded as a module."""
    spec = importlib.util.spec_from_file_location("event_cv", train.ROOT / "benchmarks/event_cv.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
