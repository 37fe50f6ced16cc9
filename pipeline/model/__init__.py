"""The analyst's Tesla FCF valuation model: load the assumptions, project, value, store, ask what-if.

Library functions behind `pipeline model run | show | set`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.model.engine import FCF_SEGMENTS, Projection, project
from pipeline.model.inputs import ModelInputs, load_inputs, save_value
from pipeline.model.spec import SCENARIOS
from pipeline.model.store import ValuationRow
from pipeline.model.valuation import implied_discount_rate, value_at

DEFAULT_ASSUMPTIONS = Path("assumptions") / "tesla.toml"
SERIES_SEGMENTS = (*FCF_SEGMENTS, "total")

__all__ = [
    "DEFAULT_ASSUMPTIONS",
    "ModelInputs",
    "ModelRun",
    "SeriesRow",
    "WhatIf",
    "load_inputs",
    "run_model",
    "save_value",
    "scenario_value",
    "show_model",
    "valuation_of",
    "value_at",
    "what_if",
]


@dataclass(frozen=True, slots=True)
class ModelRun:
    model: str
    projections: tuple[Projection, ...]
    valuations: tuple[ValuationRow, ...]


@dataclass(frozen=True, slots=True)
class SeriesRow:
    scenario: str
    segment: str
    metric: str
    unit: str
    values: dict[int, float | None]  # year -> value


@dataclass(frozen=True, slots=True)
class WhatIf:
    input: str
    scenario: str
    old_value: float
    new_value: float
    fcf_2034_before: float
    fcf_2034_after: float
    implied_rate_before: float | None
    implied_rate_after: float | None

    @property
    def fcf_2034_change(self) -> float:
        return self.fcf_2034_after - self.fcf_2034_before

    @property
    def implied_rate_change(self) -> float | None:
        if self.implied_rate_before is None or self.implied_rate_after is None:
            return None
        return self.implied_rate_after - self.implied_rate_before


def valuation_of(inputs: ModelInputs, projection: Projection) -> ValuationRow:
    scenario = inputs.scenario(projection.scenario)
    market_cap = scenario["valuation.market_cap"]
    growth = scenario["valuation.perpetual_growth"]
    rate = implied_discount_rate(projection.total_fcf, market_cap, growth)
    return ValuationRow(inputs.model, projection.scenario, market_cap, rate, growth)


def scenario_value(inputs: ModelInputs, scenario: str, discount_rate: float) -> float:
    """The value (USD) of one scenario's FCF path at a given discount rate."""
    growth = inputs.scenario(scenario)["valuation.perpetual_growth"]
    if discount_rate <= growth:
        raise PipelineError(f"discount rate {discount_rate} must exceed the perpetual growth rate {growth}")
    return value_at(project(inputs.scenario(scenario)).total_fcf, discount_rate, growth)


def compute_model(inputs: ModelInputs) -> ModelRun:
    projections = tuple(project(inputs.scenario(scenario)) for scenario in SCENARIOS)
    return ModelRun(inputs.model, projections, tuple(valuation_of(inputs, p) for p in projections))


def run_model(db_path: Path | str | None = None, assumptions_path: Path | str = DEFAULT_ASSUMPTIONS) -> ModelRun:
    """Load and check the assumptions, compute every scenario, and replace the model's rows in the warehouse."""
    from pipeline.model.store import store_model
    from pipeline.warehouse import connect

    inputs = load_inputs(assumptions_path)
    run = compute_model(inputs)
    con = connect(db_path)
    try:
        store_model(con, inputs.model, inputs.rows(), run.projections, run.valuations)
    finally:
        con.close()
    return run


def show_model(
    db_path: Path | str | None = None,
    model: str = "tesla_fcf",
    scenario: str | None = None,
    segment: str | None = None,
) -> list[SeriesRow]:
    """The stored yearly series of a model, one row per scenario and metric, optionally filtered."""
    from pipeline.warehouse import connect

    if scenario is not None and scenario not in SCENARIOS:
        raise PipelineError(f"{scenario}: no such scenario (expected one of {', '.join(SCENARIOS)})")
    if segment is not None and segment not in SERIES_SEGMENTS:
        raise PipelineError(f"{segment}: no such segment (expected one of {', '.join(SERIES_SEGMENTS)})")
    con = connect(db_path, read_only=True)
    try:
        records = con.execute(
            """
            SELECT scenario, segment, metric, unit, year, value FROM model_series
            WHERE model = ? AND (? IS NULL OR scenario = ?) AND (? IS NULL OR segment = ?)
            ORDER BY rowid
            """,
            [model, scenario, scenario, segment, segment],
        ).fetchall()
    finally:
        con.close()
    if not records:
        raise PipelineError(f"{model}: no model series in the warehouse (run `pipeline model run` first)")
    rows: dict[tuple[str, str, str], SeriesRow] = {}
    for row_scenario, row_segment, metric, unit, year, value in records:
        key = (row_scenario, row_segment, metric)
        rows.setdefault(key, SeriesRow(row_scenario, row_segment, metric, unit, {}))
        rows[key].values[year] = value
    return list(rows.values())


def what_if(inputs: ModelInputs, input_name: str, value: float, scenario: str) -> WhatIf:
    """How 2034 FCF and the implied discount rate of one scenario move when one input changes."""
    changed = inputs.with_value(input_name, scenario, value)
    before, after = (project(model.scenario(scenario)) for model in (inputs, changed))
    return WhatIf(
        input=input_name,
        scenario=scenario,
        old_value=inputs.scenario(scenario)[input_name],
        new_value=float(value),
        fcf_2034_before=before.total_fcf[-1],
        fcf_2034_after=after.total_fcf[-1],
        implied_rate_before=valuation_of(inputs, before).implied_discount_rate,
        implied_rate_after=valuation_of(changed, after).implied_discount_rate,
    )
