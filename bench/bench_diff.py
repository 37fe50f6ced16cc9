"""How long `pipeline diff` takes over 1,000 synthetic calls' figures, from the library and the CLI.

    .venv/bin/python bench/bench_diff.py [--calls 1000] [--figures-per-call 40]

One ticker (TSLA, so every mapped figure is compared with the model) with a call a
quarter; each call restates, raises or lowers a mix of mapped and unmapped guidance and
milestones, so histories are as long as the number of calls.
"""

from __future__ import annotations

import argparse
import io
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAPPING = ROOT / "assumptions" / "mapping.toml"

# metric, unit, typical value, subjects
GUIDED = [
    ("fsd_price", "USD/month", 150.0, [None]),
    ("storage_deployments", "GWh", 60.0, [None, "energy"]),
    ("deliveries_growth", "%", 20.0, [None]),
    ("cybercab_capacity", "units/yr", 500_000.0, ["Cybercab"]),
    ("capex", "USD", 10e9, [None]),
    ("gross_margin", "%", 18.0, ["auto", "energy"]),
    ("vehicle_capacity", "units/yr", 3e6, [None, "Shanghai", "Berlin"]),
    ("ai_training_gpus", "units", 85_000.0, [None]),
]
MILESTONES = ["Cybercab start of production", "Semi volume production", "Optimus external sales", "next-gen vehicle launch"]


def build_warehouse(path: Path, calls: int, per_call: int, seed: int = 7) -> None:
    from pipeline import warehouse
    from pipeline.model import run_model

    rng = random.Random(seed)
    first_year = 2025 - (calls - 1) // 4
    con = warehouse.connect(path)
    call_rows, figures = [], {name: [] for name in FIGURE_COLUMNS}
    for i in range(calls):
        year, quarter = first_year + i // 4, i % 4 + 1
        call_id, call_date = f"TSLA-{year}Q{quarter}", date(year, quarter * 3, 1) + timedelta(days=50)
        call_rows.append((call_id, year, quarter, call_date))
        for j in range(per_call):
            _add_figure(figures, rng, call_id, call_date, j)
    con.executemany("INSERT INTO calls (call_id, company, ticker, fiscal_year, fiscal_quarter, call_date, source_path, "
                    "source_sha256, source_format, ingested_at) VALUES (?, 'Tesla', 'TSLA', ?, ?, ?, 'synthetic', 'x', "
                    "'colon', ?)",
                    [(*row, datetime(2026, 1, 1)) for row in call_rows])
    warehouse.insert_columns(con, "figures", figures)
    con.close()
    run_model(path, ROOT / "assumptions" / "tesla.toml")


FIGURE_COLUMNS = ("figure_id", "call_id", "turn_index", "speaker", "role", "metric", "subject", "kind", "value", "value_low",
                  "value_high", "unit", "qualifier", "period_label", "period_start", "period_end", "evidence",
                  "char_start", "char_end", "confidence")


def _add_figure(figures: dict, rng: random.Random, call_id: str, call_date: date, j: int) -> None:
    target_year = call_date.year + rng.choice((0, 1, 1, 2))
    period = (f"FY{target_year}", date(target_year, 1, 1), date(target_year, 12, 31))
    if j % 5 == 4:
        metric, unit, value, subject = "milestone", "date", None, rng.choice(MILESTONES)
        half = rng.choice((1, 2))
        period = (f"H{half} {target_year}", date(target_year, 1 + 6 * (half - 1), 1),
                  date(target_year, 6 * half, 30 if half == 1 else 31))
    else:
        metric, unit, typical, subjects = rng.choice(GUIDED)
        value, subject = round(typical * rng.uniform(0.8, 1.2), 1), rng.choice(subjects)
    row = dict(figure_id=f"{call_id}:{j * 100}:{metric}", call_id=call_id, turn_index=j, speaker=rng.choice(("CEO", "CFO")),
               role="executive", metric=metric, subject=subject, kind="guidance", value=value, value_low=None,
               value_high=None, unit=unit, qualifier="exact", period_label=period[0], period_start=period[1],
               period_end=period[2], evidence=f"We expect {metric} of {value} in {period[0]}.", char_start=j * 100,
               char_end=j * 100 + 20, confidence=0.9)
    for name in FIGURE_COLUMNS:
        figures[name].append(row[name])


def time_library(path: Path, runs: int) -> tuple[float, int, int]:
    from rich.console import Console

    from pipeline.diff import diff, render

    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = diff(path, mapping_path=MAPPING)
        render(result, Console(record=True, width=80, file=io.StringIO()))
        best = min(best, time.perf_counter() - started)
    return best, len(result.rows), result.flagged


def time_cli(path: Path, runs: int) -> float:
    pipeline = Path(sys.executable).with_name("pipeline")
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(pipeline), "diff", "--db", str(path), "--mapping", str(MAPPING)], check=True,
                       capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--figures-per-call", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        build_warehouse(path, args.calls, args.figures_per_call)
        built = time.perf_counter() - started
        library, rows, flagged = time_library(path, args.runs)
        cli = time_cli(path, args.runs)
    figures = args.calls * args.figures_per_call
    print(f"{args.calls} calls, {figures:,} figures (built in {built:.1f} s); diff shows {rows} rows, {flagged} flagged\n")
    print("| pipeline diff | seconds (best of %d) |" % args.runs)
    print("|---|---:|")
    print(f"| library: diff() + render at 80 columns | {library:.3f} |")
    print(f"| CLI: `pipeline diff` (process start included) | {cli:.3f} |")
    if max(library, cli) >= 1.0:
        sys.exit("slower than one second")


if __name__ == "__main__":
    main()
