"""Every figure the seed post states, beside the engine's value for it.

Figures the post fully determines must match within 1%; the others are printed (run
`python tests/test_model_reproduction.py` for the markdown table in README.md, "Reproducing the post").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from pipeline.model import ModelInputs, ModelRun, compute_model, load_inputs, scenario_value

ASSUMPTIONS = Path(__file__).parents[1] / "assumptions" / "tesla.toml"
C, O = "conservative", "optimistic"


@dataclass(frozen=True)
class SeedFigure:
    label: str
    seed: float
    engine: Callable[[ModelInputs, ModelRun], float]
    determined: bool  # the post states every input and step it depends on


def series(scenario: str, segment: str, metric: str, year: int = 2034):
    def value(inputs: ModelInputs, run: ModelRun) -> float:
        projection = next(p for p in run.projections if p.scenario == scenario)
        return projection[segment, metric].at(year)

    return value


def coefficient_2024(inputs: ModelInputs, run: ModelRun) -> float:
    return series(C, "energy", "market_coefficient", 2025)(inputs, run) - inputs.scenario(C)["energy.market_coefficient_step"]


def wholesale_2024(inputs: ModelInputs, run: ModelRun) -> float:
    return inputs.scenario(C)["energy.energy_revenue_2024"] / coefficient_2024(inputs, run)


def implied_rate(scenario: str):
    return lambda inputs, run: next(v for v in run.valuations if v.scenario == scenario).implied_discount_rate


def value_at_rate(scenario: str, rate: float):
    return lambda inputs, run: scenario_value(inputs, scenario, rate)


FIGURES = [
    SeedFigure("2024 charging wholesale market (USD)", 0.49e9, wholesale_2024, True),
    SeedFigure("2024 market coefficient k (x)", 20.58, coefficient_2024, True),
    SeedFigure("2034 k, conservative (x)", 25, series(C, "energy", "market_coefficient"), True),
    SeedFigure("2034 k, optimistic (x)", 35, series(O, "energy", "market_coefficient"), True),
    SeedFigure("2034 FSD licensing, optimistic (USD)", 22.5e9, series(O, "fsd", "licensing_revenue"), True),
    SeedFigure("2034 FSD licensing, conservative (USD)", 11.25e9, series(C, "fsd", "licensing_revenue"), True),
    SeedFigure("2034 Class 8 demand, optimistic (trucks)", 370e3, series(O, "semi", "class8_demand"), True),
    SeedFigure("2034 Semi share, conservative", 0.24, series(C, "semi", "share"), True),
    SeedFigure("2034 Semi share, optimistic", 0.40, series(O, "semi", "share"), True),
    SeedFigure("2027 Semi deliveries, conservative", 25e3, series(C, "semi", "deliveries", 2027), True),
    SeedFigure("2034 Semi deliveries, conservative", 60e3, series(C, "semi", "deliveries"), True),
    SeedFigure("2026 Semi deliveries, optimistic", 50e3, series(O, "semi", "deliveries", 2026), True),
    SeedFigure("2034 Semi deliveries, optimistic", 148e3, series(O, "semi", "deliveries"), True),
    SeedFigure("2034 active Semis, conservative", 257e3, series(C, "semi", "active_fleet"), True),
    SeedFigure("2034 active Semis, optimistic", 728e3, series(O, "semi", "active_fleet"), True),
    SeedFigure("2034 energy FCF, conservative (USD)", 8.88e9, series(C, "energy", "fcf"), False),
    SeedFigure("2034 energy FCF, optimistic (USD)", 43.73e9, series(O, "energy", "fcf"), False),
    SeedFigure("2034 Cybercab FCF, conservative (USD)", 1.92e9, series(C, "cybercab", "fcf"), False),
    SeedFigure("2034 Cybercab FCF, optimistic (USD)", 4.45e9, series(O, "cybercab", "fcf"), False),
    SeedFigure("2034 Semi FCF, conservative (USD)", 3.28e9, series(C, "semi", "fcf"), False),
    SeedFigure("2034 Semi FCF, optimistic (USD)", 31.9e9, series(O, "semi", "fcf"), False),
    SeedFigure("2034 active Cybercabs, conservative", 2.95e6, series(C, "cybercab", "active_fleet"), False),
    SeedFigure("2034 active Cybercabs, optimistic", 3.38e6, series(O, "cybercab", "active_fleet"), False),
    SeedFigure("implied discount rate at $1,435B, conservative", 0.055, implied_rate(C), False),
    SeedFigure("implied discount rate at $1,435B, optimistic", 0.103, implied_rate(O), False),
    SeedFigure("value at 4%, conservative (USD)", 3.81e12, value_at_rate(C, 0.04), False),
    SeedFigure("value at 6%, optimistic (USD)", 5.24e12, value_at_rate(O, 0.06), False),
]


@cache
def model() -> tuple[ModelInputs, ModelRun]:
    inputs = load_inputs(ASSUMPTIONS)
    return inputs, compute_model(inputs)


def engine_value(figure: SeedFigure) -> float:
    return figure.engine(*model())


def relative_difference(figure: SeedFigure) -> float:
    return engine_value(figure) / figure.seed - 1


def markdown_table() -> str:
    lines = ["| figure | seed | engine | difference | must match |", "|---|---:|---:|---:|:---:|"]
    for figure in FIGURES:
        lines.append(
            f"| {figure.label} | {_show(figure.seed)} | {_show(engine_value(figure))} "
            f"| {round(relative_difference(figure), 3) + 0:+.1%} | {'yes' if figure.determined else 'no'} |"
        )
    return "\n".join(lines)


def _show(value: float) -> str:
    for scale, suffix in ((1e8, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / (scale * 10 if suffix == 'B' else scale):,.2f}{suffix}"
    return f"{value:.4g}"


@pytest.mark.parametrize("figure", [f for f in FIGURES if f.determined], ids=lambda f: f.label)
def test_figures_the_seed_determines_match_within_one_percent(figure):
    assert abs(relative_difference(figure)) <= 0.01, f"{figure.label}: seed {figure.seed}, engine {engine_value(figure)}"


def test_print_the_reproduction_table():
    table = markdown_table()
    print("\n" + table)
    assert table.count("\n") == len(FIGURES) + 1


if __name__ == "__main__":
    print(markdown_table())
