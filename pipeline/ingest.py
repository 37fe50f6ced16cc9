"""Ingest transcript files into the warehouse: parse on every core, load through one writer.

Each call is loaded in one transaction, replacing whatever that call_id held before;
a file whose bytes are already stored for its call is left alone.
"""

from __future__ import annotations

import glob
import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import warehouse
from pipeline.errors import PipelineError
from pipeline.records import ParsedCall

if TYPE_CHECKING:
    from pipeline.extract import CallFigure

TRANSCRIPT_SUFFIXES = {".txt", ".json", ".md", ".text"}
PER_CALL_TABLES = ("figures", "turns", "speakers", "calls")


@dataclass(frozen=True)
class ParseOptions:
    layout: str | None = None
    ticker: str | None = None
    quarter: str | None = None
    call_date: str | None = None


@dataclass
class IngestResult:
    path: str
    status: str  # loaded | replaced | unchanged | failed
    call_id: str | None = None
    layout: str | None = None
    turns: int = 0
    speakers: int = 0
    words: int = 0
    figures: int = 0
    seconds: float = 0.0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == "failed"


@dataclass
class Prepared:
    """What a worker hands the writer: the parsed call, or why the file failed."""

    path: str
    sha256: str | None
    call: ParsedCall | None
    error: str | None
    seconds: float
    figures: list[CallFigure] = field(default_factory=list)
    quarter_end: date | None = None  # of the quarter the call reports on


def expand_paths(specs: Iterable[str]) -> tuple[list[Path], list[IngestResult]]:
    """Files, folders (their transcript files, recursively) and globs → files, plus the specs that match nothing."""
    files: list[Path] = []
    missing: list[IngestResult] = []
    for spec in specs:
        if any(ch in spec for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            files += matches
            if not matches:
                missing.append(IngestResult(spec, "failed", error="no files match this pattern"))
            continue
        path = Path(spec)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TRANSCRIPT_SUFFIXES)
            files += found
            if not found:
                missing.append(IngestResult(spec, "failed", error="folder holds no transcript files"))
        elif path.exists():
            files.append(path)
        else:
            missing.append(IngestResult(spec, "failed", error="no such file"))
    return list(dict.fromkeys(files)), missing


def prepare(path: Path, options: ParseOptions) -> Prepared:
    """Read, parse and extract one file (runs in a worker process)."""
    from pipeline.extract import call_time, extract_call
    from pipeline.parse import parse_file

    started = time.perf_counter()
    sha = None
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        call = parse_file(
            path, layout=options.layout, ticker=options.ticker, quarter=options.quarter, call_date=options.call_date
        )
        when = call_time(call)
        figures = extract_call(call, when)
        return Prepared(str(path), sha, call, None, time.perf_counter() - started, figures, when.reported_quarter_end)
    except PipelineError as exc:
        return Prepared(str(path), sha, None, str(exc), time.perf_counter() - started)
    except Exception as exc:  # a malformed file must not stop the batch: report it like any bad input
        return Prepared(str(path), sha, None, f"cannot read this transcript ({type(exc).__name__}: {exc})",
                        time.perf_counter() - started)


def _prepared(paths: list[Path], options: ParseOptions, jobs: int) -> Iterator[Prepared]:
    if jobs <= 1 or len(paths) <= 1:
        yield from (prepare(p, options) for p in paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # map keeps the files' order and streams results as they are ready.
        yield from pool.map(prepare, paths, [options] * len(paths), chunksize=max(1, len(paths) // (jobs * 8)))


def ingest(
    specs: Iterable[str],
    db_path: Path | str | None = None,
    *,
    jobs: int | None = None,
    options: ParseOptions = ParseOptions(),
    force: bool = False,
    on_result: Callable[[IngestResult], None] | None = None,
    on_files: Callable[[int], None] | None = None,
) -> list[IngestResult]:
    """Parse and load every transcript the specs name. One bad file does not stop the others.

    `on_files` hears how many files the specs named, before any is read; `on_result` hears each result.
    """
    paths, results = expand_paths(specs)
    if on_files:
        on_files(len(paths))
    for result in results:
        if on_result:
            on_result(result)
    con = None  # opened at the first call to load, so a run of bad files writes nothing
    try:
        for prepared in _prepared(paths, options, jobs or os.cpu_count() or 1):
            if con is None and prepared.call is not None:
                con = warehouse.connect(db_path)
            result = _load(con, prepared, force)
            results.append(result)
            if on_result:
                on_result(result)
    finally:
        if con is not None:
            con.close()
    return results


def _load(con, prepared: Prepared, force: bool) -> IngestResult:
    call = prepared.call
    if call is None:
        return IngestResult(prepared.path, "failed", error=prepared.error, seconds=prepared.seconds)
    started = time.perf_counter()
    stored = con.execute(
        "SELECT source_sha256, call_date, source_format, company FROM calls WHERE call_id = ?", [call.call_id]
    ).fetchone()
    # Unchanged means the same bytes read the same way (an override such as --date changes the reading).
    same = stored == (prepared.sha256, call.meta.call_date, call.source_format, call.meta.company)
    if same and not force:
        status = "unchanged"
    else:
        status = "replaced" if stored else "loaded"
        try:
            with warehouse.transaction(con):
                store_call(con, call, Path(prepared.path), prepared.sha256 or "", prepared.figures, prepared.quarter_end)
        except Exception as exc:  # a failed load leaves the previous version of the call intact
            return IngestResult(prepared.path, "failed", call.call_id, call.source_format, error=f"load failed: {exc}")
    return IngestResult(
        prepared.path,
        status,
        call.call_id,
        call.source_format,
        turns=len(call.turns),
        figures=len(prepared.figures),
        speakers=len({t.speaker for t in call.turns}),
        words=sum(t.words for t in call.turns),
        seconds=prepared.seconds + time.perf_counter() - started,
        warnings=list(call.warnings),
    )


def store_call(con, call: ParsedCall, source_path: Path, sha256: str, figures: list[CallFigure] = (),
               quarter_end: date | None = None) -> None:
    """Replace everything stored for this call_id with this call (the caller holds the transaction)."""
    for table in PER_CALL_TABLES:
        con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call.call_id])
    meta = call.meta
    warehouse.insert_columns(
        con,
        "calls",
        {
            "call_id": [call.call_id],
            "company": [meta.company],
            "ticker": [meta.ticker],
            "fiscal_year": [meta.fiscal_year],
            "fiscal_quarter": [meta.fiscal_quarter],
            "call_date": [meta.call_date],
            "quarter_end": [quarter_end],
            "source_path": [str(source_path.resolve())],
            "source_sha256": [sha256],
            "source_format": [call.source_format],
            "ingested_at": [datetime.now(timezone.utc).replace(tzinfo=None)],
        },
    )
    turns = call.turns
    warehouse.insert_columns(
        con,
        "turns",
        {
            "call_id": [call.call_id] * len(turns),
            "turn_index": [t.turn_index for t in turns],
            "speaker": [t.speaker for t in turns],
            "title": [t.title for t in turns],
            "affiliation": [t.affiliation for t in turns],
            "role": [t.role for t in turns],
            "section": [t.section for t in turns],
            "text": [t.text for t in turns],
            "char_start": [t.char_start for t in turns],
            "char_end": [t.char_end for t in turns],
        },
    )
    people: dict[str, list] = {}
    for t in turns:
        person = people.setdefault(t.speaker, [t.title, t.affiliation, t.role, 0, 0])
        person[3] += 1
        person[4] += t.words
    warehouse.insert_columns(
        con,
        "speakers",
        {
            "call_id": [call.call_id] * len(people),
            "speaker": list(people),
            "title": [p[0] for p in people.values()],
            "affiliation": [p[1] for p in people.values()],
            "role": [p[2] for p in people.values()],
            "turns": [p[3] for p in people.values()],
            "words": [p[4] for p in people.values()],
        },
    )
    store_figures(con, call.call_id, figures)


def store_figures(con, call_id: str, figures: list[CallFigure]) -> None:
    rows = [cf.figure for cf in figures]
    warehouse.insert_columns(
        con,
        "figures",
        {
            "figure_id": [f"{call_id}:{cf.char_start}:{cf.figure.metric}" for cf in figures],
            "call_id": [call_id] * len(figures),
            "turn_index": [cf.turn_index for cf in figures],
            "speaker": [cf.speaker for cf in figures],
            "role": [cf.role for cf in figures],
            "metric": [f.metric for f in rows],
            "subject": [f.subject for f in rows],
            "kind": [f.kind for f in rows],
            "value": [f.value for f in rows],
            "value_low": [f.value_low for f in rows],
            "value_high": [f.value_high for f in rows],
            "unit": [f.unit for f in rows],
            "qualifier": [f.qualifier for f in rows],
            "period_label": [f.period_label for f in rows],
            "period_start": [f.period_start for f in rows],
            "period_end": [f.period_end for f in rows],
            "evidence": [f.evidence for f in rows],
            "char_start": [cf.char_start for cf in figures],
            "char_end": [cf.char_end for cf in figures],
            "confidence": [f.confidence for f in rows],
            "framing_label": [f.framing_label for f in rows],
            "framing_start": [f.framing_start for f in rows],
            "framing_end": [f.framing_end for f in rows],
            "superseded": [f.superseded for f in rows],
        },
    )
