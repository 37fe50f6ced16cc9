"""`pipeline diff [TICKER] [--call CALL] [--scenario S] [--only-flagged] [--format F]`"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import console, db_option, reports_errors


@click.command()
@click.argument("ticker", required=False)
@click.option("--call", "call_id", default=None, help="As of this call, e.g. TSLA-2024Q1 [default: the latest].")
@click.option("--scenario", type=click.Choice(["conservative", "optimistic", "both"]), default="both", show_default=True)
@click.option("--only-flagged", is_flag=True, help="Only targets where the model is above or below guidance.")
@click.option("--format", "output_format", type=click.Choice(["rich", "json", "csv", "markdown"]), default="rich",
              show_default=True, help="rich prints for the terminal (plain text when piped).")
@click.option("--mapping", "mapping_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("assumptions") / "mapping.toml", show_default=True, help="The metric ↔ model mapping.")
@db_option
@reports_errors
def diff(ticker: str | None, call_id: str | None, scenario: str, only_flagged: bool, output_format: str,
         mapping_path: Path, db_path: Path | None) -> None:
    """What management said as of a call, how it moved since the last call, and where the model disagrees."""
    from pipeline import diff as library

    result = library.diff(db_path, ticker, call_id, scenario=scenario, only_flagged=only_flagged, mapping_path=mapping_path)
    if output_format == "rich":
        library.render(result, console())
        return
    writers = {"json": library.to_json, "csv": library.to_csv, "markdown": library.to_markdown}
    click.echo(writers[output_format](result), nl=output_format == "json")
