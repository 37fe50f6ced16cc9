"""`pipeline model run | show | set`: the valuation model (thin layer over pipeline.model)."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import console, db_option, literal, reports_errors
from pipeline.model import DEFAULT_ASSUMPTIONS, SERIES_SEGMENTS
from pipeline.model.spec import SCENARIOS

assumptions_option = click.option(
    "--assumptions",
    "assumptions_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_ASSUMPTIONS,
    show_default=True,
    help="The model's assumptions file (TOML).",
)


@click.group()
def model() -> None:
    """The analyst's FCF valuation model: compute it, show it, ask what-if."""


@model.command()
@assumptions_option
@db_option
@reports_errors
def run(assumptions_path: Path, db_path: Path | None) -> None:
    """Load the assumptions, compute both scenarios and store them in the warehouse."""
    from pipeline.model import run_model

    result = run_model(db_path, assumptions_path)
    out = console()
    for projection, valuation in zip(result.projections, result.valuations):
        out.print(
            literal(
                f"{result.model} {projection.scenario}: 2034 FCF {_usd(projection.total_fcf[-1])}, "
                f"implied discount rate {_rate(valuation.implied_discount_rate)} "
                f"at market cap {_usd(valuation.market_cap)}"
            )
        )


@model.command()
@click.option("--scenario", type=click.Choice(SCENARIOS), default=None, help="Only this scenario.")
@click.option("--segment", type=click.Choice(SERIES_SEGMENTS), default=None, help="Only this segment.")
@click.option("--model", "model_name", default="tesla_fcf", show_default=True)
@db_option
@reports_errors
def show(scenario: str | None, segment: str | None, model_name: str, db_path: Path | None) -> None:
    """The stored yearly series as a table."""
    from rich.table import Table

    from pipeline.model import show_model

    rows = show_model(db_path, model_name, scenario, segment)
    years = sorted({year for row in rows for year in row.values})
    out = console()
    for shown in dict.fromkeys(row.scenario for row in rows):
        table = Table(title=literal(f"{model_name} {shown}"), title_justify="left")
        table.add_column("metric", no_wrap=True)
        table.add_column("unit", no_wrap=True)
        for year in years:
            table.add_column(str(year), justify="right", no_wrap=True)
        for row in rows:
            if row.scenario == shown:
                cells = [_format(row.values.get(year), row.unit) for year in years]
                table.add_row(*(literal(text) for text in (f"{row.segment}.{row.metric}", _display_unit(row.unit), *cells)))
        if not out.is_terminal:
            out.width = max(out.width, table.__rich_measure__(out, out.options).maximum)
        out.print(table)


@model.command(name="set")
@click.argument("input_name", metavar="INPUT")
@click.argument("value", type=float)
@click.option("--scenario", type=click.Choice(SCENARIOS), required=True)
@click.option("--save", is_flag=True, help="Also write the value into the assumptions file and re-run the model.")
@assumptions_option
@db_option
@reports_errors
def set_input(
    input_name: str, value: float, scenario: str, save: bool, assumptions_path: Path, db_path: Path | None
) -> None:
    """What-if: change INPUT (segment.name, e.g. fsd.subscription_price) to VALUE and show the effect."""
    from pipeline.model import load_inputs, run_model, save_value, what_if

    change = what_if(load_inputs(assumptions_path), input_name, value, scenario)
    rate_change = change.implied_rate_change
    lines = [
        f"{change.input} ({change.scenario}): {change.old_value:g} -> {change.new_value:g}",
        f"2034 FCF: {_usd(change.fcf_2034_before)} -> {_usd(change.fcf_2034_after)} ({_usd(change.fcf_2034_change, signed=True)})",
        f"implied discount rate: {_rate(change.implied_rate_before)} -> {_rate(change.implied_rate_after)}"
        + (f" ({rate_change * 100:+.2f} pp)" if rate_change is not None else ""),
    ]
    if save:
        save_value(assumptions_path, input_name, scenario, value)
        run_model(db_path, assumptions_path)
        lines.append(f"saved to {assumptions_path} and re-ran the model")
    out = console()
    for line in lines:
        out.print(literal(line))


def _usd(amount: float, signed: bool = False) -> str:
    sign = "+" if signed and amount >= 0 else ""
    return f"{sign}{amount / 1e9:,.2f}B USD"


def _rate(rate: float | None) -> str:
    return "none" if rate is None else f"{rate * 100:.2f}%"


def _display_unit(unit: str) -> str:
    return {"USD": "USD bn", "fraction": "%"}.get(unit, unit)


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "USD":
        return f"{value / 1e9:,.2f}"
    if unit == "fraction":
        return f"{value * 100:.1f}"
    for scale, suffix in ((1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:.2f}{suffix}"
    return f"{value:.2f}"
