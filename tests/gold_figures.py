"""Scoring extracted figures against the hand-written gold in tests/gold/figures/*.toml (and, for the actual
figures of some corpus calls, tests/gold/actuals/*.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.taxonomy import cues

GOLD_DIR = Path(__file__).parent / "gold" / "figures"
ACTUALS_DIR = Path(__file__).parent / "gold" / "actuals"


@dataclass
class Score:
    matched: int
    gold: int
    figures: list  # every figure scored
    misses: list[dict]
    extras: list

    @property
    def extracted(self) -> int:
        return len(self.figures)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def report(self, name: str) -> str:
        lines = [f"{name}: precision {self.precision:.3f} ({self.matched}/{self.extracted}), recall {self.recall:.3f} ({self.matched}/{self.gold})"]
        lines += [f"  MISSED {g['metric']} {g['kind']} {g.get('value')} {g.get('value_low')} {g.get('value_high')} {g['unit']} "
                  f"{g.get('period_end')} {g.get('subject')} | {g['quote']}" for g in self.misses]
        lines += [f"  EXTRA  {f.metric} {f.kind} {f.value} {f.value_low} {f.value_high} {f.unit} {f.period_end} {f.subject} | "
                  f"{f.evidence[:300]}" for f in self.extras]
        return "\n".join(lines)


def load_gold(name: str, directory: Path = GOLD_DIR) -> dict:
    with open(directory / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def _subject_ok(gold: dict, figure) -> bool:
    if not gold.get("subject"):
        return True
    if not figure.subject:
        return False
    ours = figure.subject.lower()
    written = gold["subject"].lower()
    # Free-text subjects ("4680 additional lines installation" vs "4680 installation") agree on a
    # word stem; the product names a call may use ("new models", "robotaxi") count as the product.
    products = {phrase: product for own in cues().companies.values() for phrase, product in own.products.items()}
    canonical = " ".join(product.lower() for phrase, product in products.items() if phrase in written)
    stems = [w[:5] for w in f"{written} {canonical}".replace("/", " ").split() if len(w) > 2]
    return any(stem in ours for stem in stems) or ours in written


def _period_ok(written: str | None, period_end: date | None) -> bool:
    """The same period end, give or take the days by which a 52/53-week fiscal year (Sysco's ends on
    the Saturday nearest June 30) misses the month's end: the transcript rarely says which day it is."""
    if written is None or period_end is None:
        return written is None and period_end is None
    return abs((date.fromisoformat(written) - period_end).days) <= 6


def matches(gold: dict, figure, located: int | None) -> bool:
    f = figure
    if (f.metric, f.kind, f.unit) != (gold["metric"], gold["kind"], gold["unit"]):
        return False
    if not all(_close(getattr(f, k), gold.get(k)) for k in ("value", "value_low", "value_high")):
        return False
    if not _period_ok(gold.get("period_end"), f.period_end) or not _subject_ok(gold, f):
        return False
    return located is None or (located - 250 <= f.start <= located + len(gold["quote"]) + 250)


def score(gold_entries: list[dict], figures: list, locate) -> Score:
    """Greedy one-to-one: each gold entry takes the first unmatched figure that agrees with it."""
    used: set[int] = set()
    misses = []
    for g in gold_entries:
        where = locate(g)
        hit = next((i for i, f in enumerate(figures) if i not in used and matches(g, f, where)), None)
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
    extras = [f for i, f in enumerate(figures) if i not in used]
    return Score(len(used), len(gold_entries), figures, misses, extras)
