"""The model's arithmetic on small hand-computed cases, and the loader's checks."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.errors import PipelineError
from pipeline.model import compute_model, what_if
from pipeline.model.engine import Metric, cybercab, energy, ev_sales, fsd, semi
from pipeline.model.inputs import ScenarioInputs, load_inputs, parse_inputs
from pipeline.model.valuation import implied_discount_rate, value_at

ASSUMPTIONS = Path(__file__).parents[1] / "assumptions" / "tesla.toml"


def values(metrics, name):
    return next(m.values for m in metrics if m.metric == name)


def approx(expected):
    return pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_ev_sales_compounds_sales_steps_penetration_and_accumulates_the_us_fleet():
    p = ScenarioInputs("t", {
        "ev.global_new_car_sales_2024": 1000, "ev.global_new_car_sales_growth": 0.10,
        "ev.ev_penetration_2024": 0.20, "ev.ev_penetration_step": 0.10, "ev.tesla_ev_share": 0.5,
        "ev.tesla_deliveries_2024": 100, "ev.tesla_auto_revenue_2024": 5000,
        "ev.fcf_margin_2024": 0.02, "ev.fcf_margin_step": 0.01,
        "ev.us_active_fleet_2024": 400, "ev.us_fleet_scrappage_rate": 0.25, "ev.us_share_of_deliveries": 0.5,
    })
    metrics = ev_sales(p)
    deliveries = values(metrics, "deliveries")
    assert deliveries[:2] == approx((1100 * 0.30 * 0.5, 1210 * 0.40 * 0.5))  # 165, 242
    assert values(metrics, "revenue")[0] == approx(165 * 50)  # 5000 / 100 per vehicle
    assert values(metrics, "fcf")[1] == approx(242 * 50 * 0.04)
    fleet = values(metrics, "us_active_fleet")
    assert fleet[0] == approx(400 * 0.75 + 82.5)
    assert fleet[1] == approx(fleet[0] * 0.75 + 121)


def test_energy_calibrates_the_coefficient_to_base_year_revenue_and_steps_it():
    p = ScenarioInputs("t", {
        "ev.us_active_fleet_2024": 1000, "energy.miles_per_vehicle": 10_000, "energy.efficiency": 100,
        "energy.wholesale_power_price_2024": 50, "energy.power_price_growth": 0.10,
        "energy.energy_revenue_2024": 1_000_000, "energy.market_coefficient_step": 1.0,
        "energy.fcf_margin_2025": 0.2, "energy.fcf_margin_step": 0.05, "energy.megapack_price": 1000,
    })
    # 1 MWh a vehicle, wholesale 2024 = 1000 × 1 × 50 = 50,000, so k(2024) = 20
    fleet = Metric("ev", "us_active_fleet", "vehicles", tuple([2000.0] * 10))
    metrics = energy(p, fleet)
    assert values(metrics, "market_coefficient")[:2] == approx((21, 22))
    revenue = values(metrics, "revenue")
    assert revenue[1] == approx(2000 * 1 * 50 * 1.1**2 * 22)
    assert values(metrics, "storage_gwh_implied")[1] == approx(revenue[1] / 1000)
    assert values(metrics, "fcf")[2] == approx(2000 * 50 * 1.1**3 * 23 * 0.30)


def test_fsd_interpolates_adoption_and_margin_and_grows_licensing_at_a_constant_rate():
    p = ScenarioInputs("t", {
        "fsd.adoption_2025": 0.1, "fsd.adoption_2034": 1.0, "fsd.subscription_price": 10,
        "fsd.subscription_margin_2025": 0.0, "fsd.subscription_margin_2034": 0.9,
        "fsd.licensing_market_2034": 1024, "fsd.licensing_scale": 0.5, "fsd.licensing_revenue_2025": 1,
    })
    fleet = Metric("ev", "us_active_fleet", "vehicles", tuple([100.0] * 10))
    metrics = fsd(p, fleet)
    assert values(metrics, "subscribers")[3] == approx(100 * 0.4)
    assert values(metrics, "subscription_revenue")[3] == approx(40 * 10 * 12)
    assert values(metrics, "licensing_revenue") == approx(tuple(2.0**k for k in range(10)))  # 1 -> 512
    assert values(metrics, "fcf")[3] == approx(4800 * 0.3 + 8)


def test_cybercab_fleet_keeps_the_last_service_life_years_of_production():
    p = ScenarioInputs("t", {
        "cybercab.first_production_year": 2030, "cybercab.production_first_year": 10,
        "cybercab.production_2034": 160, "cybercab.service_life": 2,
        "cybercab.tesla_share": {2030: 0.5, 2032: 0.25}, "cybercab.revenue_per_active_cab": 100,
        "cybercab.fcf_margin_first_year": 0.1, "cybercab.fcf_margin_2034": 0.5,
    })
    metrics = cybercab(p)
    assert values(metrics, "production") == approx((0, 0, 0, 0, 0, 10, 20, 40, 80, 160))
    assert values(metrics, "active_fleet")[5:] == approx((10, 30, 60, 120, 240))
    assert values(metrics, "tesla_share")[4:] == approx((0, 0.5, 0.5, 0.25, 0.25, 0.25))
    assert values(metrics, "fcf")[6] == approx(30 * 0.5 * 100 * 0.2)


def test_semi_starts_in_its_first_year_and_retires_a_share_of_last_years_fleet():
    p = ScenarioInputs("t", {
        "semi.first_sales_year": 2033, "semi.class8_replacement_demand": 1000, "semi.class8_demand_growth": 0.1,
        "semi.share_first_year": 0.1, "semi.share_step": 0.1, "semi.price_per_truck": 10,
        "semi.miles_per_truck": 100, "semi.miles_growth": 0.5, "semi.fsd_price_per_mile": 0.25,
        "semi.charging_price_per_mile": 0.75, "semi.retirement_rate": 0.5,
        "semi.sales_margin_first_year": 0.1, "semi.sales_margin_step": 0.1,
        "semi.service_margin_first_year": 0.5, "semi.service_margin_step": 0.0,
    })
    metrics = semi(p)
    assert values(metrics, "deliveries")[-3:] == approx((0, 100, 1100 * 0.2))
    assert values(metrics, "active_fleet")[-2:] == approx((100, 50 + 220))
    assert values(metrics, "service_revenue")[-1] == approx(270 * 150 * 1.0)
    assert values(metrics, "fcf")[-1] == approx(220 * 10 * 0.2 + 270 * 150 * 0.5)


def test_first_year_counts_undiscounted_and_the_terminal_value_sits_at_the_last_year():
    # 10, then 10 / 1.1, then a terminal 10 × 1.0 / (0.1 − 0) = 100 discounted one period
    assert value_at([10.0, 10.0], 0.10, 0.0) == pytest.approx(10 + 10 / 1.1 + 100 / 1.1)


@given(
    cash=st.floats(1.0, 1e3),
    growth=st.floats(0.0, 0.05),
    spread=st.floats(0.005, 0.2),
)
def test_a_path_growing_at_g_is_worth_the_gordon_value_and_the_implied_rate_inverts_it(cash, growth, spread):
    rate = growth + spread
    fcf = [cash * (1 + growth) ** t for t in range(10)]
    value = value_at(fcf, rate, growth)
    # the sum of cash × ((1 + g) / (1 + r))^t over t = 0, 1, 2, ...
    assert value == pytest.approx(cash * (1 + rate) / (rate - growth), rel=1e-9)
    assert implied_discount_rate(fcf, value, growth) == pytest.approx(rate, rel=1e-6)


def test_model_totals_are_the_sum_of_segment_fcf():
    run = compute_model(load_inputs(ASSUMPTIONS))
    for projection in run.projections:
        for i in range(10):
            segments = sum(projection[s, "fcf"].values[i] for s in ("ev", "energy", "fsd", "cybercab", "semi"))
            assert projection.total_fcf[i] == pytest.approx(segments)


def test_what_if_reports_the_change_a_lower_subscription_price_makes():
    inputs = load_inputs(ASSUMPTIONS)
    change = what_if(inputs, "fsd.subscription_price", 99, "optimistic")
    run = compute_model(inputs)
    optimistic = run.projections[1]
    subscription_fcf_2034 = optimistic["fsd", "subscription_revenue"].values[-1] * optimistic["fsd", "subscription_margin"].values[-1]
    assert change.old_value == 200
    assert change.fcf_2034_before == pytest.approx(optimistic.total_fcf[-1])
    assert change.fcf_2034_change == pytest.approx(-subscription_fcf_2034 * (200 - 99) / 200)
    assert change.implied_rate_change < 0
    assert inputs.scenario("optimistic")["fsd.subscription_price"] == 200  # the inputs are untouched


def test_what_if_rejects_unknown_and_by_year_inputs():
    inputs = load_inputs(ASSUMPTIONS)
    with pytest.raises(PipelineError, match="fsd.price_per_month: no such input"):
        what_if(inputs, "fsd.price_per_month", 99, "optimistic")
    with pytest.raises(PipelineError, match="cybercab.tesla_share: varies by year"):
        what_if(inputs, "cybercab.tesla_share", 0.3, "optimistic")


def document():
    return tomllib.loads(ASSUMPTIONS.read_text(encoding="utf-8"))


def test_the_shipped_file_gives_every_input_a_source():
    inputs = load_inputs(ASSUMPTIONS)
    assert all(entry.source for entry in inputs.entries.values())
    rows = inputs.rows()
    shares = [r for r in rows if r.input == "tesla_share" and r.scenario == "conservative"]
    assert [(r.year, r.value) for r in shares] == [(2027, 0.10), (2028, 0.50), (2029, 0.35), (2030, 0.25)]


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda d: d["fsd"].pop("subscription_price"), "fsd.subscription_price: missing input"),
        (lambda d: d["energy"]["power_price_growth"].update(unit="percent"), "energy.power_price_growth: unit is 'percent'"),
        (lambda d: d["semi"]["retirement_rate"].update(optimistic="five"), "semi.retirement_rate (optimistic): 'five' is not a number"),
        (lambda d: d["ev"]["tesla_ev_share"].update(value=True), "ev.tesla_ev_share (conservative): True is not a number"),
        (lambda d: d["cybercab"]["tesla_share"].update(optimistic={"later": 0.4}), "cybercab.tesla_share (optimistic): 'later' is not a year"),
        (lambda d: d["fsd"].update(subscription_fee={}), "fsd.subscription_fee: unknown input"),
        (lambda d: d["semi"]["share_step"].pop("conservative"), "semi.share_step: no value for scenario conservative"),
    ],
)
def test_a_bad_document_is_rejected_naming_the_input(break_it, message):
    broken = document()
    break_it(broken)
    with pytest.raises(PipelineError) as caught:
        parse_inputs(broken)
    assert str(caught.value).startswith(message)


def test_a_bad_file_is_rejected_naming_the_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(ASSUMPTIONS.read_text(encoding="utf-8").replace('value = 200\n', 'value = "200"\n'), encoding="utf-8")
    with pytest.raises(PipelineError, match=r"bad\.toml: fsd\.subscription_price \(conservative\): '200' is not a number"):
        load_inputs(bad)
    bad.write_text("model = ", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"bad\.toml: not valid TOML"):
        load_inputs(bad)


def test_numbers_must_be_finite():
    broken = document()
    broken["valuation"]["market_cap"]["value"] = math.inf
    with pytest.raises(PipelineError, match="valuation.market_cap"):
        parse_inputs(broken)
