"""Guidance tracked across calls: each call's statement of a target and its revision since the last call.

The rules live in SQL (warehouse/schema.sql: the views `guidance_statements`,
`guidance_revisions`, `guidance_latest`) so SQL users get the same answers; this module
reads the revisions as of a call into typed records.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pipeline.errors import PipelineError
from pipeline.warehouse import unknown_call

if TYPE_CHECKING:
    import duckdb

# Revision -> the arrow the diff shows before it.
ARROWS = {
    "raised": "▲",
    "lowered": "▼",
    "reaffirmed": "=",
    "new": "+",
    "dropped": "×",
    "pulled_in": "◀",
    "pushed_out": "▶",
}


@dataclass(frozen=True, slots=True)
class CallRef:
    ticker: str
    call_id: str
    call_date: date | None
    call_seq: int
    as_of_date: date | None  # its date, else the day after the quarter it reports on (call_sequence)


@dataclass(frozen=True, slots=True)
class Said:
    """One call's statement of a target, as the figure gave it."""

    call_id: str
    call_date: date | None
    value: float | None
    value_low: float | None
    value_high: float | None
    qualifier: str
    period_label: str | None
    period_end: date | None
    period_framed: bool  # the period is the one the turn set, not the sentence's own
    speaker: str
    evidence: str

    def bounds(self, unit: str) -> tuple[float, float]:
        """The guided interval: a point, a range, or a one-sided bound; a milestone's year."""
        if unit == "date":
            return (float(self.period_end.year),) * 2
        if self.qualifier in ("exact", "approx"):
            return (self.value, self.value)
        low = -math.inf if self.value_low is None else self.value_low
        high = math.inf if self.value_high is None else self.value_high
        return (low, high)

    def as_figure(self, unit: str) -> dict:
        """The fields `formatting.figure_value` reads."""
        return {"unit": unit, "qualifier": self.qualifier, "value": self.value, "value_low": self.value_low,
                "value_high": self.value_high, "period_label": self.period_label, "period_end": self.period_end}


@dataclass(frozen=True, slots=True)
class Revision:
    """A tracked target as of a call: the latest statement, the one before it, and how it moved."""

    ticker: str
    metric: str
    subject: str | None
    kind: str
    unit: str
    revision: str
    figure_id: str | None
    current: Said | None  # None when the call dropped the guidance
    previous: Said | None

    @property
    def latest(self) -> Said:
        """What management last said of the target (the previous statement of a dropped one)."""
        return self.current or self.previous

    @property
    def arrow(self) -> str:
        return ARROWS[self.revision]


def resolve_call(con: duckdb.DuckDBPyConnection, ticker: str | None, call_id: str | None) -> CallRef:
    """The call a diff is as of: the given one, else the ticker's latest (the only ticker if none is given)."""
    calls = con.execute("SELECT ticker, call_id, call_date, call_seq, as_of_date FROM call_sequence").fetchall()
    if not calls:
        raise PipelineError("no calls in the warehouse (run `pipeline ingest` first)")
    if call_id is not None:
        match = [c for c in calls if c[1] == call_id.upper()]
        if not match:
            raise unknown_call(call_id)
        if ticker is not None and match[0][0] != ticker.upper():
            raise PipelineError(f"call {call_id} is not a {ticker.upper()} call")
        return CallRef(*match[0])
    tickers = sorted({c[0] for c in calls})
    if ticker is None:
        if len(tickers) > 1:
            raise PipelineError(f"several tickers in the warehouse ({', '.join(tickers)}): name one")
        ticker = tickers[0]
    of_ticker = [c for c in calls if c[0] == ticker.upper()]
    if not of_ticker:
        raise PipelineError(f"no {ticker.upper()} calls in the warehouse (tickers: {', '.join(tickers)})")
    return CallRef(*max(of_ticker, key=lambda c: c[3]))


_SAID = ("call_id", "call_date", "value", "value_low", "value_high", "qualifier", "period_label", "period_end",
         "period_framed", "speaker", "evidence")


def revisions_as_of(con: duckdb.DuckDBPyConnection, call: CallRef, metrics_of_interest: Collection[str]) -> list[Revision]:
    """The targets a diff as of `call` shows, in one query.

    The call's guidance (stated or dropped) and, for `metrics_of_interest` (those the
    model is compared with), also actuals and the latest statement from an earlier call,
    unless it has since been dropped or its date has passed.
    """
    metrics = list(metrics_of_interest)
    current = ", ".join(_SAID)
    previous = ", ".join(f"previous_{name}" for name in _SAID)
    records = con.execute(
        f"""
        SELECT ticker, metric, subject, kind, unit, revision, figure_id, {current}, {previous}
        FROM (
            SELECT *, row_number() OVER (PARTITION BY metric, subject_key, kind, unit, target_start, target_end
                                         ORDER BY call_seq DESC) AS recency
            FROM guidance_revisions
            WHERE ticker = ? AND call_seq <= ?
        )
        WHERE recency = 1
          AND ((call_id = ? AND (kind = 'guidance' OR list_contains(?, metric)))
               OR (list_contains(?, metric) AND revision <> 'dropped' AND coalesce(period_end >= ?, true)))
        """,
        [call.ticker, call.call_seq, call.call_id, metrics, metrics, call.as_of_date],
    ).fetchall()
    size = len(_SAID)
    revisions = []
    for record in records:
        head, now, before = record[:7], record[7 : 7 + size], record[7 + size :]
        revisions.append(Revision(*head, current=_said(now), previous=_said(before)))
    return revisions


def _said(values: tuple) -> Said | None:
    """A statement's columns, or None for the empty side of a new or dropped target (no evidence)."""
    return None if values[-1] is None else Said(*values)
