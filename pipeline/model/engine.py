"""The valuation model as arithmetic: one scenario's inputs in, yearly series per segment out.

Pure functions only. Steps and growth "per year" count from the base year 2024, except
where an input's name anchors them elsewhere: a `_2025` or `_first_year` value is the
value in that year, and the path runs on from there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from pipeline.model.inputs import ScenarioInputs
from pipeline.model.spec import BASE_YEAR, YEARS

LAST_YEAR = YEARS[-1]
FCF_SEGMENTS = ("ev", "energy", "fsd", "cybercab", "semi")


@dataclass(frozen=True, slots=True)
class Metric:
    """One yearly series: a value for each year of YEARS."""

    segment: str
    metric: str
    unit: str
    values: tuple[float, ...]

    def at(self, year: int) -> float:
        return self.values[YEARS.index(year)]


@dataclass(frozen=True, slots=True)
class Projection:
    scenario: str
    metrics: tuple[Metric, ...]

    def __getitem__(self, segment_metric: tuple[str, str]) -> Metric:
        segment, metric = segment_metric
        for candidate in self.metrics:
            if (candidate.segment, candidate.metric) == (segment, metric):
                return candidate
        raise KeyError(segment_metric)

    @property
    def total_fcf(self) -> tuple[float, ...]:
        return self["total", "fcf"].values


def project(inputs: ScenarioInputs) -> Projection:
    ev = ev_sales(inputs)
    fleet = _by_name(ev)["us_active_fleet"]
    segments = ev + energy(inputs, fleet) + fsd(inputs, fleet) + cybercab(inputs) + semi(inputs)
    named = {(m.segment, m.metric): m for m in segments}
    total = [
        Metric("total", name, "USD", _sum(named[segment, name].values for segment in FCF_SEGMENTS))
        for name in ("revenue", "fcf")
    ]
    return Projection(inputs.scenario, tuple(segments + total))


def ev_sales(p: ScenarioInputs) -> list[Metric]:
    n = [year - BASE_YEAR for year in YEARS]
    car_sales = [p["ev.global_new_car_sales_2024"] * (1 + p["ev.global_new_car_sales_growth"]) ** k for k in n]
    penetration = [p["ev.ev_penetration_2024"] + p["ev.ev_penetration_step"] * k for k in n]
    deliveries = [sales * share * p["ev.tesla_ev_share"] for sales, share in zip(car_sales, penetration)]
    revenue_per_vehicle = p["ev.tesla_auto_revenue_2024"] / p["ev.tesla_deliveries_2024"]
    revenue = [count * revenue_per_vehicle for count in deliveries]
    margin = [p["ev.fcf_margin_2024"] + p["ev.fcf_margin_step"] * k for k in n]
    fleet = _stock(
        p["ev.us_active_fleet_2024"], [p["ev.us_share_of_deliveries"] * count for count in deliveries], p["ev.us_fleet_scrappage_rate"]
    )
    return _metrics(
        "ev",
        ("global_new_car_sales", "vehicles", car_sales),
        ("ev_penetration", "fraction", penetration),
        ("deliveries", "vehicles", deliveries),
        ("us_active_fleet", "vehicles", fleet),
        ("revenue", "USD", revenue),
        ("fcf_margin", "fraction", margin),
        ("fcf", "USD", _product(revenue, margin)),
    )


def energy(p: ScenarioInputs, fleet: Metric) -> list[Metric]:
    n = [year - BASE_YEAR for year in YEARS]
    mwh_per_vehicle = p["energy.miles_per_vehicle"] * p["energy.efficiency"] / 1e6
    price = [p["energy.wholesale_power_price_2024"] * (1 + p["energy.power_price_growth"]) ** k for k in n]
    wholesale_2024 = p["ev.us_active_fleet_2024"] * mwh_per_vehicle * p["energy.wholesale_power_price_2024"]
    coefficient_2024 = p["energy.energy_revenue_2024"] / wholesale_2024
    coefficient = [coefficient_2024 + p["energy.market_coefficient_step"] * k for k in n]
    wholesale = [vehicles * mwh_per_vehicle * unit_price for vehicles, unit_price in zip(fleet.values, price)]
    revenue = _product(wholesale, coefficient)
    margin = _linear_from(p["energy.fcf_margin_2025"], p["energy.fcf_margin_step"], YEARS[0])
    return _metrics(
        "energy",
        ("wholesale_power_price", "USD/MWh", price),
        ("charging_wholesale_market", "USD", wholesale),
        ("market_coefficient", "x", coefficient),
        ("revenue", "USD", revenue),
        ("storage_gwh_implied", "GWh", [amount / p["energy.megapack_price"] for amount in revenue]),
        ("fcf_margin", "fraction", margin),
        ("fcf", "USD", _product(revenue, margin)),
    )


def fsd(p: ScenarioInputs, fleet: Metric) -> list[Metric]:
    adoption = _interpolate(p["fsd.adoption_2025"], p["fsd.adoption_2034"])
    subscribers = _product(fleet.values, adoption)
    subscription_revenue = [count * p["fsd.subscription_price"] * 12 for count in subscribers]
    margin = _interpolate(p["fsd.subscription_margin_2025"], p["fsd.subscription_margin_2034"])
    licensing_2034 = p["fsd.licensing_market_2034"] * p["fsd.licensing_scale"]
    licensing = _geometric(p["fsd.licensing_revenue_2025"], licensing_2034, YEARS[0])
    # The seed adds royalties to FCF whole: licensing carries no cost in this model.
    fcf_values = [sub * rate + royalty for sub, rate, royalty in zip(subscription_revenue, margin, licensing)]
    return _metrics(
        "fsd",
        ("adoption", "fraction", adoption),
        ("subscribers", "vehicles", subscribers),
        ("subscription_revenue", "USD", subscription_revenue),
        ("subscription_margin", "fraction", margin),
        ("licensing_revenue", "USD", licensing),
        ("revenue", "USD", _sum([subscription_revenue, licensing])),
        ("fcf", "USD", fcf_values),
    )


def cybercab(p: ScenarioInputs) -> list[Metric]:
    start = int(p["cybercab.first_production_year"])
    production = _geometric(p["cybercab.production_first_year"], p["cybercab.production_2034"], start)
    life = int(p["cybercab.service_life"])
    # A cab runs for `life` years and then retires, so the fleet is the last `life` years of output.
    active = [sum(production[max(0, i - life + 1) : i + 1]) for i in range(len(YEARS))]
    share = [p.on("cybercab.tesla_share", year) for year in YEARS]
    revenue = [count * fraction * p["cybercab.revenue_per_active_cab"] for count, fraction in zip(active, share)]
    margin = _interpolate(p["cybercab.fcf_margin_first_year"], p["cybercab.fcf_margin_2034"], start)
    return _metrics(
        "cybercab",
        ("production", "vehicles", production),
        ("active_fleet", "vehicles", active),
        ("tesla_share", "fraction", share),
        ("revenue", "USD", revenue),
        ("fcf_margin", "fraction", margin),
        ("fcf", "USD", _product(revenue, margin)),
    )


def semi(p: ScenarioInputs) -> list[Metric]:
    start = int(p["semi.first_sales_year"])
    demand = _compound_from(p["semi.class8_replacement_demand"], p["semi.class8_demand_growth"], start)
    share = _linear_from(p["semi.share_first_year"], p["semi.share_step"], start)
    deliveries = _product(demand, share)
    fleet = _stock(0.0, deliveries, p["semi.retirement_rate"])
    miles = _compound_from(p["semi.miles_per_truck"], p["semi.miles_growth"], start)
    price_per_mile = p["semi.fsd_price_per_mile"] + p["semi.charging_price_per_mile"]
    sales_revenue = [count * p["semi.price_per_truck"] for count in deliveries]
    service_revenue = [trucks * distance * price_per_mile for trucks, distance in zip(fleet, miles)]
    sales_margin = _linear_from(p["semi.sales_margin_first_year"], p["semi.sales_margin_step"], start)
    service_margin = _linear_from(p["semi.service_margin_first_year"], p["semi.service_margin_step"], start)
    fcf_values = _sum([_product(sales_revenue, sales_margin), _product(service_revenue, service_margin)])
    return _metrics(
        "semi",
        ("class8_demand", "vehicles", demand),
        ("share", "fraction", share),
        ("deliveries", "vehicles", deliveries),
        ("active_fleet", "vehicles", fleet),
        ("miles_per_truck", "miles/yr", miles),
        ("sales_revenue", "USD", sales_revenue),
        ("service_revenue", "USD", service_revenue),
        ("sales_margin", "fraction", sales_margin),
        ("service_margin", "fraction", service_margin),
        ("revenue", "USD", _sum([sales_revenue, service_revenue])),
        ("fcf", "USD", fcf_values),
    )


def _stock(opening: float, additions: Sequence[float], loss_rate: float) -> list[float]:
    """A fleet that loses `loss_rate` of last year's stock, then gains this year's additions."""
    stock, path = opening, []
    for added in additions:
        stock = stock * (1 - loss_rate) + added
        path.append(stock)
    return path


def _from_start(start: int, value_from: Callable[[int], float]) -> list[float]:
    """`value_from(years since start)` from `start` on; zero before the segment exists."""
    return [value_from(year - start) if year >= start else 0.0 for year in YEARS]


def _linear_from(first: float, step: float, start: int) -> list[float]:
    return _from_start(start, lambda k: first + step * k)


def _compound_from(first: float, growth: float, start: int) -> list[float]:
    return _from_start(start, lambda k: first * (1 + growth) ** k)


def _interpolate(first: float, last: float, start: int = YEARS[0]) -> list[float]:
    """A straight line from `first` in `start` to `last` in the final year."""
    return _linear_from(first, (last - first) / (LAST_YEAR - start), start)


def _geometric(first: float, last: float, start: int) -> list[float]:
    """Constant-rate growth from `first` in `start` to `last` in the final year."""
    return _compound_from(first, (last / first) ** (1 / (LAST_YEAR - start)) - 1, start)


def _product(left: Sequence[float], right: Sequence[float]) -> list[float]:
    return [a * b for a, b in zip(left, right)]


def _sum(series: Iterable[Sequence[float]]) -> tuple[float, ...]:
    return tuple(map(sum, zip(*series)))


def _metrics(segment: str, *entries: tuple[str, str, Sequence[float]]) -> list[Metric]:
    return [Metric(segment, name, unit, tuple(float(v) for v in values)) for name, unit, values in entries]


def _by_name(metrics: list[Metric]) -> dict[str, Metric]:
    return {m.metric: m for m in metrics}
