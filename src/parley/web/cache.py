"""Derived views of the record (positions) kept between requests until the record changes.

Deriving positions reads every claim on a plan; on a large record that takes seconds,
while the record changes rarely. A view is kept with a fingerprint of what it depends
on (statements, sources, plans, the analyst's link decisions); any change to those makes
the next request derive it again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select

from parley.record import Record
from parley.storage.models import PlanRow, SourceRow, StatementRow
from parley.storage.positions import LinkDecisionRow

T = TypeVar("T")


class DerivedCache:
    """A small LRU of derived values, valid while the record's fingerprint stays the same."""

    def __init__(self, record: Record, size: int = 64) -> None:
        self.record = record
        self.size = size
        self._values: OrderedDict[Hashable, tuple[tuple[Any, ...], Any]] = OrderedDict()
        self._lock = threading.Lock()

    def fingerprint(self) -> tuple[Any, ...]:
        """Counts and newest ids of what derived views read: any write changes one of them."""
        query = select(
            select(func.max(StatementRow.id)).scalar_subquery(),
            select(func.count()).select_from(StatementRow).scalar_subquery(),
            select(func.count()).select_from(SourceRow).scalar_subquery(),
            select(func.max(PlanRow.id)).scalar_subquery(),
            select(func.count()).select_from(PlanRow).scalar_subquery(),
            select(func.max(LinkDecisionRow.decided_at)).scalar_subquery(),
            select(func.count()).select_from(LinkDecisionRow).scalar_subquery(),
        )
        with self.record.engine.connect() as connection:
            row = connection.execute(query).one()
        return tuple(row)

    def get(self, key: Hashable, derive: Callable[[], T]) -> T:
        """The value for ``key``, derived again when the record changed since it was kept."""
        stamp = self.fingerprint()
        with self._lock:
            kept = self._values.get(key)
            if kept is not None and kept[0] == stamp:
                self._values.move_to_end(key)
                value: T = kept[1]
                return value
        value = derive()
        with self._lock:
            self._values[key] = (stamp, value)
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def positions(
        self, plan: str | None = None, actor: str | None = None, point: str | None = None
    ) -> list[Any]:
        """:meth:`Record.positions`, kept until the record changes."""
        return self.get(
            ("positions", plan, actor, point),
            lambda: self.record.positions(plan=plan, actor=actor, point=point),
        )
