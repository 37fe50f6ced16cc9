"""The model against what management said: the mapping, gaps, statuses, retunes and the stored table."""

from __future__ import annotations

import math
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline import taxonomy
from pipeline.diff import diff
from pipeline.discrepancy import ABOVE, ALIGNED, BELOW, NO_YEAR, compare, load_mapping
from pipeline.errors import PipelineError
from pipeline.model import load_inputs, run_model
from pipeline.model.engine import project
from pipeline.track import Revision, Said

ROOT = Path(__file__).resolve().parents[1]
MAPPING = ROOT / "assumptions" / "mapping.toml"
ASSUMPTIONS = ROOT / "assumptions" / "tesla.toml"


@pytest.fixture(scope="module")
def modelled_db(tesla_db, tmp_path_factory) -> Path:
    """Both Tesla calls and a model run."""
    path = tmp_path_factory.mktemp("modelled") / "earnings.duckdb"
    shutil.copy(tesla_db, path)
    run_model(path, ASSUMPTIONS)
    return path


@pytest.fixture(scope="module")
def model():
    inputs = load_inputs(ASSUMPTIONS)
    return inputs, {s: project(inputs.scenario(s)) for s in ("conservative", "optimistic")}


def test_every_catalogue_metric_is_mapped_or_listed_as_not_modelled():
    mapping = load_mapping(MAPPING)
    catalogue = set(taxonomy.metrics()) | {"milestone"}
    assert set(mapping.metrics) | set(mapping.not_modelled) >= catalogue
    assert not set(mapping.metrics) & set(mapping.not_modelled) - {"milestone"}
    assert set(mapping.metrics) <= catalogue


def test_every_mapped_series_exists_in_the_model(model):
    _, projections = model
    for entry in load_mapping(MAPPING).metrics.values():
        if entry.compare != "input":
            projections["conservative"][tuple(entry.model.split("."))]  # KeyError if the series does not exist


def test_a_mapping_naming_an_unknown_input_is_rejected(tmp_path):
    bad = tmp_path / "mapping.toml"
    bad.write_text(MAPPING.read_text(encoding="utf-8").replace('retune = "fsd.subscription_price"', 'retune = "fsd.price"'))
    with pytest.raises(PipelineError, match="fsd.price is not a model input"):
        load_mapping(bad)


def _statement(metric, unit, *, value=None, low=None, high=None, qualifier="exact", period_end=None, subject=None):
    said = Said("X-2025Q1", date(2025, 4, 1), value, low, high, qualifier, None, period_end, False, "CFO", "said so")
    return Revision("TSLA", metric, subject, "guidance", unit, "new", "f1", said, None)


def test_fsd_price_cut_is_flagged_with_its_retune_and_valuation_impact(modelled_db):
    result = diff(modelled_db, mapping_path=MAPPING)
    [row] = [r for r in result.rows if r.revision.metric == "fsd_price"]
    assert row.revision.kind == "actual" and row.revision.current.value == 99
    assert "$99 a month" in row.revision.current.evidence and row.revision.current.speaker == "Elon Musk"
    for c in row.comparisons:
        assert (c.model_value, c.guided_low, c.guided_high, c.status) == (200, 99, 99, ABOVE)
        assert c.gap == 101 and c.gap_pct == pytest.approx(102.02, abs=0.01)
        assert (c.retune.input, c.retune.old_value, c.retune.new_value) == ("fsd.subscription_price", 200, 99)
        assert c.retune.fcf_2034_change < -1e9  # a lower price earns less subscription FCF
        assert c.retune.implied_rate_change < 0


def test_semi_customers_in_2026_flag_only_the_conservative_first_sales_year(modelled_db):
    result = diff(modelled_db, mapping_path=MAPPING)
    [row] = [r for r in result.rows if r.revision.subject == "Semi external customers"]
    by_scenario = {c.scenario: c for c in row.comparisons}
    assert (by_scenario["conservative"].model_value, by_scenario["conservative"].status) == (2027, ABOVE)
    assert by_scenario["conservative"].retune.new_value == 2026 and by_scenario["conservative"].retune.fcf_2034_change > 0
    assert (by_scenario["optimistic"].gap, by_scenario["optimistic"].status) == (0, ALIGNED)


def test_discrepancies_are_stored_with_evidence_and_speaker(modelled_db):
    diff(modelled_db, mapping_path=MAPPING)
    con = duckdb.connect(str(modelled_db), read_only=True)
    try:
        rows = con.execute(
            "SELECT scenario, status, retune_to, speaker, evidence, as_of_call_id FROM discrepancies "
            "WHERE metric = 'fsd_price' ORDER BY scenario").fetchall()
    finally:
        con.close()
    assert [r[:4] for r in rows] == [("conservative", ABOVE, 99, "Elon Musk"), ("optimistic", ABOVE, 99, "Elon Musk")]
    assert all("$99 a month" in r[4] and r[5] == "TSLA-2024Q1" for r in rows)


def test_inside_a_guided_range_is_no_gap(model):
    inputs, projections = model
    entry = load_mapping(MAPPING).metrics["storage_deployments"]
    modelled = projections["optimistic"]["energy", "storage_gwh_implied"].at(2026)
    around = _statement("storage_deployments", "GWh", low=modelled * 0.5, high=modelled * 2, qualifier="range",
                        period_end=date(2026, 12, 31))
    c = {c.scenario: c for c in compare(around, entry, inputs, projections)}["optimistic"]
    assert (c.year, c.gap, c.status, c.retune) == (2026, 0, ALIGNED, None)
    assert c.model_value == pytest.approx(modelled)


def test_a_bound_counts_from_its_open_side(model):
    inputs, projections = model
    entry = load_mapping(MAPPING).metrics["storage_deployments"]
    modelled = projections["conservative"]["energy", "storage_gwh_implied"].at(2027)
    at_least = _statement("storage_deployments", "GWh", value=modelled * 2, low=modelled * 2, qualifier="at_least",
                          period_end=date(2027, 12, 31))
    c = compare(at_least, entry, inputs, projections)[0]
    assert c.status == BELOW and c.gap == pytest.approx(-modelled) and c.gap_pct == pytest.approx(-50)
    assert math.isinf(c.guided_high)
    up_to = replace(at_least, current=replace(at_least.current, qualifier="up_to", value_low=None, value_high=modelled * 2))
    assert compare(up_to, entry, inputs, projections)[0].status == ALIGNED


def test_within_tolerance_is_aligned(model):
    inputs, projections = model
    entry = load_mapping(MAPPING).metrics["fsd_price"]
    for price, status in ((200 * (1 + entry.tolerance * 0.9), ALIGNED), (200 * (1 + entry.tolerance * 1.1), BELOW)):
        c = compare(_statement("fsd_price", "USD/month", value=price), entry, inputs, projections)[0]
        assert c.status == status


def test_a_series_retune_puts_the_model_on_the_guided_value(model):
    inputs, projections = model
    entry = load_mapping(MAPPING).metrics["storage_deployments"]
    statement = _statement("storage_deployments", "GWh", value=150.0, period_end=date(2028, 12, 31))
    for c in compare(statement, entry, inputs, projections):
        assert c.status == BELOW and c.retune.input == "energy.market_coefficient_step"
        retuned = project(inputs.with_value(c.retune.input, c.scenario, c.retune.new_value).scenario(c.scenario))
        assert retuned["energy", "storage_gwh_implied"].at(2028) == pytest.approx(150.0, rel=1e-6)
        assert c.retune.fcf_2034_change > 0 and c.retune.implied_rate_change > 0


def test_growth_guidance_is_compared_with_modelled_growth(model):
    inputs, projections = model
    entry = load_mapping(MAPPING).metrics["deliveries_growth"]
    deliveries = projections["optimistic"]["ev", "deliveries"]
    growth = (deliveries.at(2027) / deliveries.at(2026) - 1) * 100
    statement = _statement("deliveries_growth", "%", value=round(growth, 6), period_end=date(2027, 12, 31))
    c = {c.scenario: c for c in compare(statement, entry, inputs, projections)}["optimistic"]
    assert c.model_value == pytest.approx(growth) and c.status == ALIGNED


def test_statements_outside_the_model_years_are_not_compared(model):
    inputs, projections = model
    entry = load_mapping(MAPPING).metrics["storage_deployments"]
    for period_end in (date(2024, 12, 31), None):
        c = compare(_statement("storage_deployments", "GWh", value=30.0, period_end=period_end), entry, inputs, projections)[0]
        assert (c.status, c.model_value, c.retune) == (NO_YEAR, None, None)
