"""What the benchmark scripts share: the corpus, timing, one-core pinning, the machine line, markdown tables."""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import corpus  # noqa: E402  tests/corpus.py: the shared corpus calls and their text renderings


def corpus_files() -> list[Path]:
    files = corpus.corpus_files()
    if not files:
        sys.exit(f"no corpus calls in {corpus.CORPUS} (the shared materials sit beside the clone)")
    return files


def measure(fn: Callable, *args, runs: int = 3, pick: Callable[[list[float]], float] = min):
    """Call fn(*args) `runs` times: (the picked time in seconds, default the fastest; what the last call returned)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - started)
    return pick(times), result


@contextmanager
def one_core() -> Iterator[None]:
    """Run the block pinned to one CPU (Linux), threads started inside it included."""
    if not hasattr(os, "sched_setaffinity"):
        yield  # elsewhere a single process is as close as we get
        return
    cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cpus)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, cpus)


def words(texts: Iterable[str]) -> int:
    return sum(len(text.split()) for text in texts)


def per_second(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, {date.today().isoformat()}")


def print_machine(warning: str = "") -> None:
    print(f"Machine: {machine()}" + (f"\n\n{warning}" if warning else ""))


def load_warning() -> str:
    """A warning when other processes keep the CPUs busy (call it before the benchmark starts)."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if load < 0.5:
        return ""
    return f"Warning: 1-minute load average {load:.2f} before the run: other processes compete for the CPUs."


def markdown_table(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    cells = [list(map(str, header))] + [list(map(str, row)) for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(cells[0]), rule, *map(line, cells[1:])])


def report(title: str, header: Sequence[str], rows: Iterable[Sequence], note: str = "") -> None:
    print(f"\n### {title}\n\n{markdown_table(header, rows)}")
    if note:
        print(f"\n{note}")
