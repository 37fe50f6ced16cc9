"""The inputs the engine reads: for each, its segment, unit and whether it varies by year.

An assumptions file must give exactly these inputs, in these units. Keeping the
catalogue in one place lets the loader reject a bad file before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass

SCENARIOS = ("conservative", "optimistic")
BASE_YEAR = 2024  # the last year of known data the inputs are anchored to
YEARS = tuple(range(2025, 2035))  # the forecast horizon; its last year carries the terminal value
SEGMENTS = ("ev", "energy", "fsd", "cybercab", "semi", "valuation")


@dataclass(frozen=True, slots=True)
class InputSpec:
    segment: str
    name: str
    unit: str
    by_year: bool = False  # a {year: value} path, held at its last value afterwards

    @property
    def key(self) -> str:
        return f"{self.segment}.{self.name}"


def _specs(segment: str, *entries: tuple) -> list[InputSpec]:
    return [InputSpec(segment, *entry) for entry in entries]


INPUT_SPECS: tuple[InputSpec, ...] = tuple(
    _specs(
        "ev",
        ("global_new_car_sales_2024", "vehicles"),
        ("global_new_car_sales_growth", "fraction/yr"),
        ("ev_penetration_2024", "fraction"),
        ("ev_penetration_step", "fraction/yr"),
        ("tesla_ev_share", "fraction"),
        ("tesla_deliveries_2024", "vehicles"),
        ("tesla_auto_revenue_2024", "USD"),
        ("fcf_margin_2024", "fraction"),
        ("fcf_margin_step", "fraction/yr"),
        ("us_active_fleet_2024", "vehicles"),
        ("us_fleet_scrappage_rate", "fraction/yr"),
        ("us_share_of_deliveries", "fraction"),
    )
    + _specs(
        "energy",
        ("miles_per_vehicle", "miles/yr"),
        ("efficiency", "Wh/mile"),
        ("wholesale_power_price_2024", "USD/MWh"),
        ("power_price_growth", "fraction/yr"),
        ("energy_revenue_2024", "USD"),
        ("market_coefficient_step", "x/yr"),
        ("fcf_margin_2025", "fraction"),
        ("fcf_margin_step", "fraction/yr"),
        ("megapack_price", "USD/GWh"),
    )
    + _specs(
        "fsd",
        ("adoption_2025", "fraction"),
        ("adoption_2034", "fraction"),
        ("subscription_price", "USD/month"),
        ("subscription_margin_2025", "fraction"),
        ("subscription_margin_2034", "fraction"),
        ("licensing_market_2034", "USD"),
        ("licensing_scale", "fraction"),
        ("licensing_revenue_2025", "USD"),
    )
    + _specs(
        "cybercab",
        ("first_production_year", "year"),
        ("production_first_year", "vehicles"),
        ("production_2034", "vehicles"),
        ("service_life", "years"),
        ("tesla_share", "fraction", True),
        ("revenue_per_active_cab", "USD/vehicle/yr"),
        ("fcf_margin_first_year", "fraction"),
        ("fcf_margin_2034", "fraction"),
    )
    + _specs(
        "semi",
        ("first_sales_year", "year"),
        ("class8_replacement_demand", "vehicles/yr"),
        ("class8_demand_growth", "fraction/yr"),
        ("share_first_year", "fraction"),
        ("share_step", "fraction/yr"),
        ("price_per_truck", "USD/vehicle"),
        ("miles_per_truck", "miles/yr"),
        ("miles_growth", "fraction/yr"),
        ("fsd_price_per_mile", "USD/mile"),
        ("charging_price_per_mile", "USD/mile"),
        ("retirement_rate", "fraction/yr"),
        ("sales_margin_first_year", "fraction"),
        ("sales_margin_step", "fraction/yr"),
        ("service_margin_first_year", "fraction"),
        ("service_margin_step", "fraction/yr"),
    )
    + _specs(
        "valuation",
        ("market_cap", "USD"),
        ("perpetual_growth", "fraction"),
    )
)

SPECS_BY_KEY = {spec.key: spec for spec in INPUT_SPECS}
