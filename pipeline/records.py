"""Typed records passed between parse, extract and the warehouse."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

MANAGEMENT_ROLES = ("executive", "host", "unknown")


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    title: str | None = None
    affiliation: str | None = None


def map_offset(anchors: tuple[tuple[int, int], ...], text_offset: int) -> int:
    """Follow (text offset, source offset) anchors: from each anchor on, both advance together."""
    i = bisect.bisect_right(anchors, (text_offset, float("inf"))) - 1
    text_at, source_at = anchors[max(i, 0)]
    return source_at + (text_offset - text_at)


def compose_anchors(
    inner: tuple[tuple[int, int], ...], outer: tuple[tuple[int, int], ...], length: int
) -> tuple[tuple[int, int], ...]:
    """Anchors from a text into a middle text (`inner`), then the middle into the source (`outer`),
    made into anchors straight from the text into the source. `length` is the text's length."""
    composed = []
    bounds = [t for t, _ in inner[1:]] + [length]
    for (text_at, middle_at), text_end in zip(inner, bounds):
        middle_end = middle_at + (text_end - text_at)
        composed.append((text_at, map_offset(outer, middle_at)))
        composed += [(text_at + (m - middle_at), s) for m, s in outer if middle_at < m < middle_end]
    return tuple(composed)


@dataclass(frozen=True, slots=True)
class Turn:
    turn_index: int
    speaker: str
    title: str | None
    affiliation: str | None
    role: str
    section: str
    text: str
    # (text offset, source offset) pairs: from each anchor on, text and source advance together.
    # A paragraph break or a JSON escape starts a new anchor.
    anchors: tuple[tuple[int, int], ...] = field(repr=False)

    @property
    def char_start(self) -> int:
        return self.source_offset(0)

    @property
    def char_end(self) -> int:
        return self.source_offset(len(self.text) - 1) + 1 if self.text else self.char_start

    @property
    def words(self) -> int:
        return len(self.text.split())

    def source_offset(self, text_offset: int) -> int:
        """Where the character at `text_offset` of this turn's text stands in the source file."""
        return map_offset(self.anchors, text_offset)


@dataclass(frozen=True, slots=True)
class CallMeta:
    company: str | None
    ticker: str
    fiscal_year: int
    fiscal_quarter: int
    call_date: date | None

    @property
    def call_id(self) -> str:
        return f"{self.ticker}-{self.fiscal_year}Q{self.fiscal_quarter}"


@dataclass(frozen=True, slots=True)
class ParsedCall:
    meta: CallMeta
    source_format: str
    turns: tuple[Turn, ...]
    warnings: tuple[str, ...] = ()

    @property
    def call_id(self) -> str:
        return self.meta.call_id


@dataclass(frozen=True, slots=True)
class Figure:
    metric: str
    subject: str | None
    kind: str  # guidance | actual
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str
    qualifier: str  # exact | range | at_least | up_to | approx
    period_label: str | None
    period_start: date | None
    period_end: date | None
    evidence: str  # the sentence
    start: int  # the figure's words, as offsets into the text given to extract()
    end: int
    confidence: float
    # An undated guidance's time as an earlier sentence of the turn set it ("Turning to the fourth quarter
    # guidance. Revenues between $4.11 billion and $4.15 billion."): what tracking compares it by.
    framing_label: str | None = None
    framing_start: date | None = None
    framing_end: date | None = None
    # A guidance the call says it replaces ("up from the previous range of $250 million to $270 million"): the last
    # call's, not this one's statement.
    superseded: bool = False


@dataclass(frozen=True, slots=True)
class CallFigure:
    """A figure of a call: the figure, who said it, and where it stands in the source file."""

    figure: Figure
    turn_index: int
    speaker: str
    role: str
    char_start: int
    char_end: int
