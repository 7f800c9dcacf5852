"""An article's text cut into segments, each covered by the statements that quote it.

The text is never turned into HTML here: segments are plain strings that the
template escapes, so a ``<script>`` in an article stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from parley.record import StoredStatement


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text and the statements (innermost last) whose span covers all of it."""

    text: str
    statements: tuple[StoredStatement, ...] = ()

    @property
    def ids(self) -> str:
        return " ".join(str(st.id) for st in self.statements)

    @property
    def actor(self) -> str | None:
        """The actor whose colour the segment takes: the innermost statement's."""
        return self.statements[-1].actor if self.statements else None


def segments(text: str, statements: Sequence[StoredStatement]) -> list[Segment]:
    """Cut ``text`` at every statement boundary; overlapping statements share segments.

    Offsets outside the text are clipped; empty or inverted spans are ignored.
    """
    spans = [
        (max(0, st.start), min(len(text), st.end), st)
        for st in statements
        if max(0, st.start) < min(len(text), st.end)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        # Longest span first, so the innermost (shortest) statement comes last.
        covering = sorted(
            (span for span in spans if span[0] <= left and span[1] >= right),
            key=lambda span: (span[0] - span[1], span[2].id),
        )
        out.append(Segment(text[left:right], tuple(st for _, _, st in covering)))
    return out
