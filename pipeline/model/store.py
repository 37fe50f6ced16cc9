"""Write one model's inputs, yearly series and valuation to the warehouse, replacing its old rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from pipeline.model.engine import Projection
from pipeline.model.inputs import AssumptionRow
from pipeline.model.spec import YEARS
from pipeline.warehouse import insert_columns, transaction

if TYPE_CHECKING:
    import duckdb

MODEL_TABLES = ("assumptions", "model_series", "model_valuation")


@dataclass(frozen=True, slots=True)
class ValuationRow:
    model: str
    scenario: str
    market_cap: float
    implied_discount_rate: float | None
    perpetual_growth: float


def store_model(
    con: duckdb.DuckDBPyConnection,
    model: str,
    assumptions: Sequence[AssumptionRow],
    projections: Sequence[Projection],
    valuations: Sequence[ValuationRow],
) -> None:
    with transaction(con):
        for table in MODEL_TABLES:
            con.execute(f"DELETE FROM {table} WHERE model = ?", [model])
        insert_columns(con, "assumptions", _columns(assumptions, AssumptionRow))
        insert_columns(con, "model_series", _series_columns(model, projections))
        insert_columns(con, "model_valuation", _columns(valuations, ValuationRow))


def _columns(rows: Sequence, record_type: type) -> dict[str, list]:
    return {field.name: [getattr(row, field.name) for row in rows] for field in fields(record_type)}


def _series_columns(model: str, projections: Sequence[Projection]) -> dict[str, list]:
    columns: dict[str, list] = {name: [] for name in ("model", "scenario", "segment", "metric", "year", "value", "unit")}
    for projection in projections:
        for metric in projection.metrics:
            for year, value in zip(YEARS, metric.values):
                for name, cell in zip(
                    columns, (model, projection.scenario, metric.segment, metric.metric, year, value, metric.unit)
                ):
                    columns[name].append(cell)
    return columns
