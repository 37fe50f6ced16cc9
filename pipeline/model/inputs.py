"""Load an assumptions file (TOML) into typed inputs, rejecting anything the engine cannot use.

File shape (see assumptions/README.md):

    model = "tesla_fcf"

    [ev.tesla_ev_share]
    unit = "fraction"
    value = 0.13                       # or: conservative = ...  optimistic = ...
    source = "..."
    note = "..."                       # optional

A by-year input gives `{ 2027 = 0.10, 2028 = 0.50 }` per scenario instead of a number.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.datafile import read_toml
from pipeline.errors import PipelineError
from pipeline.model.spec import INPUT_SPECS, SCENARIOS, SEGMENTS, SPECS_BY_KEY, InputSpec

Value = float | Mapping[int, float]


@dataclass(frozen=True, slots=True)
class InputEntry:
    spec: InputSpec
    values: Mapping[str, Value]  # scenario -> number, or {year: number} for a by-year input
    source: str
    note: str | None


@dataclass(frozen=True, slots=True)
class AssumptionRow:
    """One row of the warehouse `assumptions` table."""

    model: str
    scenario: str
    segment: str
    input: str
    year: int | None
    value: float
    unit: str
    source: str
    note: str | None


@dataclass(frozen=True, slots=True)
class ScenarioInputs:
    """The inputs of one scenario, read by key, e.g. `inputs["ev.tesla_ev_share"]`."""

    scenario: str
    values: Mapping[str, Value]

    def __getitem__(self, key: str) -> float:
        return self.values[key]  # type: ignore[return-value]

    def on(self, key: str, year: int) -> float:
        """A by-year input in `year`: the latest value given at or before it, 0 before the first."""
        path = self.values[key]
        given = [y for y in path if y <= year]  # type: ignore[union-attr]
        return path[max(given)] if given else 0.0  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class ModelInputs:
    model: str
    entries: Mapping[str, InputEntry]  # by key "segment.name", in the catalogue's order

    def scenario(self, scenario: str) -> ScenarioInputs:
        return ScenarioInputs(scenario, {key: entry.values[scenario] for key, entry in self.entries.items()})

    def with_value(self, key: str, scenario: str, value: float) -> ModelInputs:
        """A copy with one scalar input of one scenario changed (for what-if questions)."""
        entry = self.entries.get(key)
        if entry is None:
            raise PipelineError(f"{key}: no such input (inputs are named segment.name, e.g. fsd.subscription_price)")
        if scenario not in SCENARIOS:
            raise PipelineError(f"{scenario}: no such scenario (expected one of {', '.join(SCENARIOS)})")
        if entry.spec.by_year:
            raise PipelineError(f"{key}: varies by year; change it in the assumptions file")
        changed = replace(entry, values={**entry.values, scenario: float(value)})
        return replace(self, entries={**self.entries, key: changed})

    def rows(self) -> list[AssumptionRow]:
        rows = []
        for entry in self.entries.values():
            spec = entry.spec
            for scenario in SCENARIOS:
                value = entry.values[scenario]
                by_year = value.items() if isinstance(value, Mapping) else [(None, value)]
                rows += [
                    AssumptionRow(self.model, scenario, spec.segment, spec.name, year, number, spec.unit, entry.source, entry.note)
                    for year, number in by_year
                ]
        return rows


def load_inputs(path: Path | str) -> ModelInputs:
    document = read_toml(path)
    try:
        return parse_inputs(document)
    except PipelineError as exc:
        raise PipelineError(f"{path}: {exc}") from None


def parse_inputs(document: Mapping) -> ModelInputs:
    model = document.get("model")
    if not isinstance(model, str) or not model:
        raise PipelineError('model: missing (give e.g. model = "tesla_fcf")')
    given = {}
    for segment, table in document.items():
        if segment == "model":
            continue
        if segment not in SEGMENTS or not isinstance(table, Mapping):
            raise PipelineError(f"{segment}: unknown segment (expected one of {', '.join(SEGMENTS)})")
        for name, entry in table.items():
            key = f"{segment}.{name}"
            if key not in SPECS_BY_KEY:
                raise PipelineError(f"{key}: unknown input")
            given[key] = entry
    missing = [spec.key for spec in INPUT_SPECS if spec.key not in given]
    if missing:
        raise PipelineError(f"{missing[0]}: missing input" + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    entries = {spec.key: _parse_entry(spec, given[spec.key]) for spec in INPUT_SPECS}
    return ModelInputs(model, entries)


def _parse_entry(spec: InputSpec, entry: object) -> InputEntry:
    key = spec.key
    if not isinstance(entry, Mapping):
        raise PipelineError(f"{key}: expected a table with unit, value(s) and source")
    unknown = set(entry) - {"unit", "value", "source", "note", *SCENARIOS}
    if unknown:
        raise PipelineError(f"{key}: unknown field {sorted(unknown)[0]!r}")
    if entry.get("unit") != spec.unit:
        raise PipelineError(f"{key}: unit is {entry.get('unit')!r}, expected {spec.unit!r}")
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise PipelineError(f"{key}: missing source (the seed's wording this value came from)")
    note = entry.get("note")
    if note is not None and not isinstance(note, str):
        raise PipelineError(f"{key}: note must be text")
    if "value" in entry:
        if any(scenario in entry for scenario in SCENARIOS):
            raise PipelineError(f"{key}: give either value or per-scenario values, not both")
        raw = {scenario: entry["value"] for scenario in SCENARIOS}
    else:
        absent = [scenario for scenario in SCENARIOS if scenario not in entry]
        if absent:
            raise PipelineError(f"{key}: no value for scenario {absent[0]}")
        raw = {scenario: entry[scenario] for scenario in SCENARIOS}
    values = {scenario: _parse_value(spec, scenario, value) for scenario, value in raw.items()}
    return InputEntry(spec, values, source.strip(), note.strip() if note else None)


def _parse_value(spec: InputSpec, scenario: str, value: object) -> Value:
    where = f"{spec.key} ({scenario})"
    if not spec.by_year:
        return _number(where, value)
    if not isinstance(value, Mapping) or not value:
        raise PipelineError(f"{where}: expected a year table such as {{ 2027 = 0.10, 2028 = 0.50 }}")
    path = {}
    for year, number in value.items():
        if not (year.isdigit() and len(year) == 4):
            raise PipelineError(f"{where}: {year!r} is not a year")
        path[int(year)] = _number(f"{where} {year}", number)
    return dict(sorted(path.items()))


def _number(where: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise PipelineError(f"{where}: {value!r} is not a number")
    return float(value)


def save_value(path: Path | str, key: str, scenario: str, value: float) -> None:
    """Rewrite one scenario's value of one scalar input in the file, keeping everything else as written."""
    path = Path(path)
    inputs = load_inputs(path).with_value(key, scenario, value)  # checks the key, scenario and kind
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"[{key}]")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    values = inputs.entries[key].values
    block = [line for line in lines[start:end] if _setting(line) not in ("value", *SCENARIOS)]
    after = next((i + 1 for i, line in enumerate(block) if _setting(line) == "unit"), 1)
    block[after:after] = [f"{name} = {values[name]!r}\n" for name in SCENARIOS]
    text = "".join(lines[:start] + block + lines[end:])
    parse_inputs(tomllib.loads(text))
    path.write_text(text, encoding="utf-8")


def _setting(line: str) -> str:
    return line.split("=", 1)[0].strip()
