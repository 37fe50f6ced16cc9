"""The real transcripts in ../shared/corpus, and renderings of them into the text layouts people get.

The renderings are what a Motley Fool page, the same page flattened onto one line, and a
transcript API's `Name: text` look like; the gold turns come from the JSON, not from our parser.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is absent (the shared materials sit beside the clone in CI)")
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} is absent (the shared materials sit beside the clone in CI)")


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []


def gold_turns(call: dict) -> list[tuple[str, str, str]]:
    """(speaker, speech, section) of each gold turn. The corpus also lists page furniture
    such as `Duration: 42 minutes` as a "turn" with no speech; that is not a turn."""
    turns = [(t["speaker"], t["speech"], "prepared") for t in call["prepared_remarks"]]
    turns += [(t["speaker"], t["speech"], "qa") for t in call["q_and_a"]]
    return [t for t in turns if t[1].strip()]


def _entry(participant: str) -> tuple[str, str]:
    parts = [p.strip() for p in re.split(r"\s*--\s*", participant)]
    return parts[0], " -- ".join(parts)


def render_page(call: dict, ticker: str, year: int, quarter: int) -> str:
    entries = dict(_entry(p) for p in call["participants"])
    lines = [f"Example Corp ({ticker} +1.00%)", f"Q{quarter} {year} Earnings Call", "Jan 30, 2022, 8:30 a.m. ET", "",
             "Contents:", "", "  • Prepared Remarks", "  • Questions and Answers", "  • Call Participants", ""]
    for header, key in (("Prepared Remarks:", "prepared_remarks"), ("Questions and Answers:", "q_and_a")):
        lines += [header, ""]
        for turn in (t for t in call[key] if t["speech"].strip()):
            lines += [entries.get(turn["speaker"], turn["speaker"]), ""]
            for paragraph in turn["speech"].split("\n"):
                lines += [paragraph, ""]
    lines += ["Duration: 60 minutes", "", "Call participants:", ""]
    for entry in entries.values():
        lines += [entry, ""]
    lines += [f"More {ticker} analysis", "", "All earnings call transcripts"]
    return "\n".join(lines)


def render_flat(call: dict, ticker: str, year: int, quarter: int) -> str:
    page = render_page(call, ticker, year, quarter)
    return " ".join(line for line in page.split("\n") if line.strip())


def render_colon(call: dict) -> str:
    lines = []
    for key in ("prepared_remarks", "q_and_a"):
        for turn in (t for t in call[key] if t["speech"].strip()):
            lines.append(f"{turn['speaker']}: {turn['speech']}")
    return "\n".join(lines)


def same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def call_identity(path: Path) -> tuple[str, int, int]:
    ticker, quarter, year = path.stem.split("_")
    return ticker, int(year), int(quarter[1])
