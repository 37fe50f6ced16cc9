"""Reading the warehouse back: stored calls, and a call's turns."""

from __future__ import annotations

from pathlib import Path

from pipeline import warehouse
from pipeline.errors import PipelineError
from pipeline.taxonomy import metric_named


def calls(db_path: Path | str | None = None) -> list[dict]:
    con = warehouse.connect(db_path, read_only=True)
    try:
        cursor = con.execute(
            """
            SELECT c.call_id, c.company, c.call_date, c.source_format,
                   coalesce(sum(s.turns), 0) AS turns, count(s.speaker) AS speakers,
                   coalesce(sum(s.words), 0) AS words
            FROM calls c LEFT JOIN speakers s USING (call_id)
            GROUP BY c.call_id, c.company, c.call_date, c.source_format, c.ticker, c.fiscal_year, c.fiscal_quarter
            ORDER BY c.ticker, c.fiscal_year, c.fiscal_quarter
            """
        )
        return _rows(cursor)
    finally:
        con.close()


def turns(call_id: str, db_path: Path | str | None = None, *, speaker: str | None = None,
          section: str | None = None) -> list[dict]:
    """The call's turns in order; `speaker` is matched fuzzily against the call's speakers."""
    con = warehouse.connect(db_path, read_only=True)
    try:
        call_id = warehouse.require_call(con, call_id)
        names = [row[0] for row in con.execute("SELECT DISTINCT speaker FROM turns WHERE call_id = ?", [call_id]).fetchall()]
        who = match_speaker(speaker, names) if speaker else None
        cursor = con.execute(
            """
            SELECT turn_index, speaker, role, section, text, char_start, char_end FROM turns
            WHERE call_id = ? AND (? IS NULL OR speaker = ?) AND (? IS NULL OR section = ?)
            ORDER BY turn_index
            """,
            [call_id, who, who, section, section],
        )
        return _rows(cursor)
    finally:
        con.close()


def match_speaker(query: str, names: list[str]) -> str:
    from rapidfuzz import fuzz, process, utils

    best = process.extractOne(query, names, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=70)
    if not best:
        raise PipelineError(f"no speaker like {query!r} on this call (speakers: {', '.join(names)})")
    return best[0]


def _rows(cursor) -> list[dict]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def figures(db_path: Path | str | None = None, *, call_id: str | None = None, metric: str | None = None,
            kind: str | None = None, min_confidence: float | None = None) -> list[dict]:
    """Stored figures, in call and spoken order, optionally of one call, metric (its key or a phrase that names it,
    see `taxonomy.metric_named`) or kind, or only those of at least `min_confidence`."""
    con = warehouse.connect(db_path, read_only=True)
    try:
        if call_id:
            call_id = warehouse.require_call(con, call_id)
        if metric:
            metric = metric_named(metric)
        cursor = con.execute(
            """
            SELECT f.* FROM figures f JOIN calls c USING (call_id)
            WHERE (? IS NULL OR f.call_id = ?) AND (? IS NULL OR f.metric = ?) AND (? IS NULL OR f.kind = ?)
              AND (? IS NULL OR f.confidence >= ?)
            ORDER BY c.call_date NULLS LAST, f.call_id, f.char_start
            """,
            [call_id, call_id, metric, metric, kind, kind, min_confidence, min_confidence],
        )
        return _rows(cursor)
    finally:
        con.close()
