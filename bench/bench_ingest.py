"""Ingest speed: parse() per layout on one core, parse + load into DuckDB, and the cold CLI.

    .venv/bin/python bench/bench_ingest.py
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import (ROOT, corpus, corpus_files, load_warning, measure, one_core, per_second, print_machine, report,
                    words)

from pipeline import warehouse
from pipeline.extract import extract
from pipeline.ingest import ingest, store_call
from pipeline.parse import parse, parse_file

Q1_2024 = ROOT / "transcripts" / "q1-2024.txt"
PIPELINE = shutil.which("pipeline", path=str(Path(sys.executable).parent)) or "pipeline"
_scratch = tempfile.TemporaryDirectory(prefix="bench-ingest-")
_dbs = itertools.count()


def fresh_db() -> Path:
    return Path(_scratch.name) / f"run{next(_dbs)}.duckdb"


def call_words(calls) -> int:
    return words(turn.text for call in calls for turn in call.turns)


def layouts(paths: list[Path]) -> dict[str, list[tuple[str, dict]]]:
    """Each corpus call as text in every layout, with the parse() options the corpus tests give it."""
    texts: dict[str, list[tuple[str, dict]]] = {"motley_page": [], "motley_flat": [], "colon": [], "json_corpus": []}
    for path in paths:
        call, (ticker, year, quarter) = corpus.load(path), corpus.call_identity(path)
        options = {"source_name": path.stem + ".txt", "ticker": ticker, "quarter": f"{year}Q{quarter}"}
        texts["motley_page"].append((corpus.render_page(call, ticker, year, quarter), options))
        texts["motley_flat"].append((corpus.render_flat(call, ticker, year, quarter), options))
        texts["colon"].append((corpus.render_colon(call), options))
        texts["json_corpus"].append((path.read_text(encoding="utf-8"), {"source_name": path.name}))
    return texts


def parse_all(texts: list[tuple[str, dict]]) -> list:
    return [parse(text, **options) for text, options in texts]


def parse_and_store(paths: list[Path], db: Path) -> list:
    """What ingest does without figure extraction: read, hash, parse, and load each call in its own transaction."""
    con = warehouse.connect(db)
    calls = []
    try:
        for path in paths:
            call = parse_file(path)
            with warehouse.transaction(con):
                store_call(con, call, path, hashlib.sha256(path.read_bytes()).hexdigest())
            calls.append(call)
    finally:
        con.close()
    return calls


def cold(*args: str) -> None:
    subprocess.run([PIPELINE, *args], cwd=ROOT, check=True, capture_output=True)


def main() -> None:
    warning = load_warning()
    paths = corpus_files()
    rows = []

    print("parse() per layout, one core ...", file=sys.stderr)
    with one_core():
        for layout, texts in layouts(paths).items():
            seconds, calls = measure(parse_all, texts)
            rows.append((f"parse(), {layout}, one core", len(calls), call_words(calls), seconds))

    print("parse + load ...", file=sys.stderr)
    seconds, calls = measure(lambda: parse_and_store(paths, fresh_db()))
    rows.append(("parse + store_call, no figures (JSON files)", len(calls), call_words(calls), seconds))
    extract("")  # load spaCy now, so no run below pays for it (bench_extract.py times the load)
    for jobs in (1, 2):
        seconds, results = measure(lambda: ingest([str(p) for p in paths], fresh_db(), jobs=jobs))
        assert not any(r.failed for r in results), [r.error for r in results if r.failed]
        name = f"ingest(), with figures, jobs={jobs} (JSON files)"
        rows.append((name, len(results), sum(r.words for r in results), seconds))

    throughput = [(name, n, f"{w:,}", f"{s:.2f}", per_second(w, s)) for name, n, w, s in rows]

    print("cold CLI ...", file=sys.stderr)
    q1_words = call_words([parse_file(Q1_2024)])
    ingest_seconds, _ = measure(lambda: cold("ingest", str(Q1_2024), "--db", str(fresh_db())),
                                runs=5, pick=statistics.median)
    help_seconds, _ = measure(cold, "--help", runs=5, pick=statistics.median)

    print_machine(warning)
    report(f"Ingest throughput ({len(paths)} corpus calls; best of 3)",
           ("benchmark", "calls", "words", "seconds", "words/s"), throughput,
           "Words are the whitespace-split words of the parsed turns. The parse() rows run in one process pinned "
           "to one CPU; the ingest() rows start with spaCy already loaded.")
    report("Cold process (median of 5)", ("command", "words", "seconds"), [
        ("`pipeline ingest transcripts/q1-2024.txt --db <fresh tmp db>`", f"{q1_words:,}", f"{ingest_seconds:.2f}"),
        ("`pipeline --help`", "", f"{help_seconds:.2f}"),
    ])


if __name__ == "__main__":
    main()
