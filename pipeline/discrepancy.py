"""Where the model disagrees with what management said: the mapping, the gap, the status, the retune.

`assumptions/mapping.toml` says which figures the model can be compared with and how.
For each mapped statement and scenario, `compare` gives the model's value in the
statement's unit, the gap to the guided value or range, a status, and for a flag the
input value that would close the gap with the engine's what-if of that change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.datafile import read_toml
from pipeline.errors import PipelineError
from pipeline.model import ModelInputs, WhatIf, what_if
from pipeline.model.engine import Projection, project
from pipeline.model.spec import SCENARIOS, SPECS_BY_KEY, YEARS
from pipeline.taxonomy import MILESTONE
from pipeline.track import CallRef, Revision

if TYPE_CHECKING:
    import duckdb

DEFAULT_MAPPING = Path("assumptions") / "mapping.toml"
ALIGNED, ABOVE, BELOW, NO_YEAR = "aligned", "model above guidance", "model below guidance", "no model year"
FLAGS = (ABOVE, BELOW)
COMPARES = ("input", "series", "growth")


@dataclass(frozen=True, slots=True)
class MetricMapping:
    metric: str
    compare: str  # input | series | growth
    model: str  # an input key, or a series as segment.metric
    units: Mapping[str, float]  # figure unit -> factor to model units
    tolerance: float  # relative
    retune: str
    retune_range: tuple[float, float] | None = None
    year_offset: int = 0


@dataclass(frozen=True, slots=True)
class MilestoneMapping:
    subjects: tuple[str, ...]
    model: str  # a first-year input
    tolerance_years: float


@dataclass(frozen=True, slots=True)
class ModelMapping:
    model: str
    ticker: str
    metrics: Mapping[str, MetricMapping]
    milestones: tuple[MilestoneMapping, ...]
    not_modelled: Mapping[str, str]  # metric -> why

    @property
    def metrics_of_interest(self) -> tuple[str, ...]:
        return (*self.metrics, MILESTONE) if self.milestones else tuple(self.metrics)

    def entry_for(self, metric: str, subject: str | None, unit: str) -> MetricMapping | MilestoneMapping | None:
        if metric == MILESTONE:
            return next((m for m in self.milestones if subject in m.subjects), None)
        entry = self.metrics.get(metric)
        return entry if entry is not None and unit in entry.units else None

    def why_not_modelled(self, metric: str, unit: str) -> str:
        if metric in self.metrics:
            return f"no conversion from {unit}"
        return self.not_modelled.get(metric, "not in the mapping")


@dataclass(frozen=True, slots=True)
class Comparison:
    """One statement against one scenario, in the statement's unit (years for a milestone)."""

    scenario: str
    model_ref: str
    year: int | None
    model_value: float | None
    guided_low: float
    guided_high: float
    gap: float | None  # model minus the nearest guided bound, 0 inside the range
    gap_pct: float | None
    tolerance: float
    status: str
    retune: WhatIf | None

    @property
    def flagged(self) -> bool:
        return self.status in FLAGS


def load_mapping(path: Path | str = DEFAULT_MAPPING) -> ModelMapping:
    document = read_toml(path)
    try:
        return _parse_mapping(document)
    except (KeyError, TypeError, ValueError) as exc:
        raise PipelineError(f"{path}: {exc}") from None


def _parse_mapping(document: Mapping) -> ModelMapping:
    metrics = {}
    for metric, entry in document.get("metrics", {}).items():
        if entry["compare"] not in COMPARES:
            raise ValueError(f"metrics.{metric}: compare must be one of {', '.join(COMPARES)}")
        _check_input(f"metrics.{metric}", entry["retune"])
        if entry["compare"] == "input":
            _check_input(f"metrics.{metric}", entry["model"])
        elif "retune_range" not in entry:
            raise ValueError(f"metrics.{metric}: a series comparison needs retune_range")
        metrics[metric] = MetricMapping(
            metric=metric,
            compare=entry["compare"],
            model=entry["model"],
            units={unit: float(factor) for unit, factor in entry["units"].items()},
            tolerance=float(entry["tolerance"]),
            retune=entry["retune"],
            retune_range=tuple(entry["retune_range"]) if "retune_range" in entry else None,
            year_offset=int(entry.get("year_offset", 0)),
        )
    milestones = []
    for entry in document.get("milestones", []):
        _check_input("milestones", entry["model"])
        milestones.append(MilestoneMapping(tuple(entry["subjects"]), entry["model"], float(entry["tolerance_years"])))
    return ModelMapping(document["model"], document["ticker"], metrics, tuple(milestones), dict(document.get("not_modelled", {})))


def _check_input(where: str, key: str) -> None:
    if key not in SPECS_BY_KEY:
        raise ValueError(f"{where}: {key} is not a model input")


def stored_inputs(con: duckdb.DuckDBPyConnection, model: str) -> ModelInputs | None:
    """The inputs of the last `pipeline model run`, rebuilt from the assumptions table (None if never run)."""
    from pipeline.model.inputs import parse_inputs

    rows = con.execute("SELECT scenario, segment, input, year, value, unit, source FROM assumptions WHERE model = ?", [model]).fetchall()
    if not rows:
        return None
    document: dict = {"model": model}
    for scenario, segment, name, year, value, unit, source in rows:
        entry = document.setdefault(segment, {}).setdefault(name, {"unit": unit, "source": source})
        if year is None:
            entry[scenario] = value
        else:
            entry.setdefault(scenario, {})[str(year)] = value
    return parse_inputs(document)


def compare(revision: Revision, entry: MetricMapping | MilestoneMapping, inputs: ModelInputs,
            projections: Mapping[str, Projection]) -> tuple[Comparison, ...]:
    """The latest statement of a mapped target against every scenario."""
    said = revision.latest
    low, high = said.bounds(revision.unit)
    yearly = isinstance(entry, MetricMapping) and entry.compare != "input"
    if isinstance(entry, MilestoneMapping):
        year, tolerance, factor = None, entry.tolerance_years, 1.0
    else:
        factor, tolerance = entry.units[revision.unit], entry.tolerance
        # a yearly series is compared in the statement's year: none without a period
        year = said.period_end.year + entry.year_offset if yearly and said.period_end else None
    comparisons = []
    for scenario in SCENARIOS:
        if yearly and not _in_model_years(entry, year):
            comparisons.append(Comparison(scenario, entry.model, year, None, low, high, None, None, tolerance, NO_YEAR, None))
            continue
        measure = _measure(entry, year)
        model_value = measure(inputs, projections[scenario], scenario) / factor
        gap, reference = _gap(model_value, low, high)
        relative = not isinstance(entry, MilestoneMapping)  # a milestone's gap is in years
        status = _status(gap, reference, tolerance, relative=relative)
        retune = _retune(entry, measure, inputs, scenario, reference * factor) if status in FLAGS else None
        gap_pct = gap / abs(reference) * 100 if relative and reference else None
        comparisons.append(Comparison(scenario, entry.model, year, model_value, low, high, gap, gap_pct, tolerance, status, retune))
    return tuple(comparisons)


def _in_model_years(entry: MetricMapping, year: int | None) -> bool:
    first = YEARS[0] + 1 if entry.compare == "growth" else YEARS[0]  # growth needs the year before
    return year is not None and first <= year <= YEARS[-1]


Measure = Callable[[ModelInputs, Projection, str], float]


def _measure(entry: MetricMapping | MilestoneMapping, year: int | None) -> Measure:
    """The model's value the statement is compared with, in model units."""
    if isinstance(entry, MilestoneMapping) or entry.compare == "input":
        return lambda inputs, _projection, scenario: inputs.scenario(scenario)[entry.model]
    series = tuple(entry.model.split("."))
    if entry.compare == "growth":
        return lambda _inputs, projection, _scenario: projection[series].at(year) / projection[series].at(year - 1) - 1
    return lambda _inputs, projection, _scenario: projection[series].at(year)


def _gap(model_value: float, low: float, high: float) -> tuple[float, float]:
    """(model minus the nearest bound, that bound); a model value inside the range has no gap."""
    if model_value > high:
        return model_value - high, high
    if model_value < low:
        return model_value - low, low
    return 0.0, model_value


def _status(gap: float, reference: float, tolerance: float, *, relative: bool) -> str:
    allowed = tolerance * abs(reference) if relative else tolerance
    if abs(gap) <= allowed:
        return ALIGNED
    return ABOVE if gap > 0 else BELOW


def _retune(entry: MetricMapping | MilestoneMapping, measure: Measure, inputs: ModelInputs, scenario: str,
            target: float) -> WhatIf | None:
    """The what-if of the input value that puts the model on the nearest guided bound, if one exists."""
    if isinstance(entry, MilestoneMapping):
        name, value = entry.model, target
    elif entry.compare == "input":
        name, value = entry.retune, target
    else:
        name = entry.retune
        value = _solve(lambda x: measure(inputs, project(inputs.with_value(name, scenario, x).scenario(scenario)), scenario) - target,
                       *entry.retune_range, tolerance=1e-9 * max(1.0, abs(target)))
    if value is None:
        return None
    try:
        return what_if(inputs, name, value, scenario)
    except ArithmeticError:  # e.g. a first year at the end of the horizon leaves no path to grow along
        return None


def _solve(miss: Callable[[float], float], low: float, high: float, tolerance: float) -> float | None:
    """A root of miss in [low, high] by the Illinois method (few engine runs for the near-linear
    inputs retuned here); None when the range does not bracket one."""
    miss_low, miss_high = miss(low), miss(high)
    if not miss_low * miss_high <= 0:  # also rejects NaN
        return None
    side = 0
    for _ in range(100):
        if miss_high == miss_low:
            break
        x = (low * miss_high - high * miss_low) / (miss_high - miss_low)
        miss_x = miss(x)
        if abs(miss_x) <= tolerance:
            return x
        if (miss_x > 0) == (miss_high > 0):
            high, miss_high = x, miss_x
            miss_low = miss_low / 2 if side == -1 else miss_low
            side = -1
        else:
            low, miss_low = x, miss_x
            miss_high = miss_high / 2 if side == 1 else miss_high
            side = 1
    return (low + high) / 2


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A row of the warehouse `discrepancies` table."""

    revision: Revision
    comparison: Comparison


_COLUMNS = ("model", "scenario", "ticker", "as_of_call_id", "call_id", "figure_id", "metric", "subject", "kind",
            "period_label", "model_ref", "model_year", "model_value", "guided_low", "guided_high", "unit", "qualifier",
            "gap", "gap_pct", "tolerance", "status", "retune_input", "retune_from", "retune_to", "fcf_2034_before",
            "fcf_2034_after", "implied_rate_before", "implied_rate_after", "speaker", "evidence", "computed_at")


def store_discrepancies(con: duckdb.DuckDBPyConnection, model: str, call: CallRef, rows: list[Discrepancy]) -> None:
    """Replace the discrepancies of `model` as of `call` with `rows`, in one transaction."""
    from pipeline.warehouse import insert_columns, transaction

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    records = [_record(model, call, row, now) for row in rows]
    with transaction(con):
        con.execute("DELETE FROM discrepancies WHERE model = ? AND as_of_call_id = ?", [model, call.call_id])
        insert_columns(con, "discrepancies", {name: [r[i] for r in records] for i, name in enumerate(_COLUMNS)})


def _record(model: str, call: CallRef, row: Discrepancy, now: datetime) -> tuple:
    revision, c = row.revision, row.comparison
    said, retune = revision.latest, c.retune
    unit = "year" if revision.unit == "date" else revision.unit
    return (
        model, c.scenario, revision.ticker, call.call_id, said.call_id, revision.figure_id, revision.metric,
        revision.subject, revision.kind, said.period_label, c.model_ref, c.year, c.model_value,
        _finite(c.guided_low), _finite(c.guided_high), unit, said.qualifier, c.gap, c.gap_pct, c.tolerance, c.status,
        retune and retune.input, retune and retune.old_value, retune and retune.new_value,
        retune and retune.fcf_2034_before, retune and retune.fcf_2034_after,
        retune and retune.implied_rate_before, retune and retune.implied_rate_after,
        said.speaker, said.evidence, now,
    )


def _finite(value: float) -> float | None:
    """An open side of a one-sided bound is stored as NULL."""
    return value if math.isfinite(value) else None
