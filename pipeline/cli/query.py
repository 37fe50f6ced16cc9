"""`pipeline query SQL_OR_FILE [--format csv|json|parquet --out FILE]`"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import console, db_option, literal, reports_errors
from pipeline.errors import PipelineError


MIN_COLUMN_WIDTH = 10  # below this a table column is unreadable


@click.command()
@click.argument("sql_or_file")
@click.option("--format", "export", type=click.Choice(["csv", "json", "parquet"]), default=None,
              help="Print csv or json, or write this format to --out [default: a table; --out: its suffix].")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="The file to write.")
@db_option
@reports_errors
def query(sql_or_file: str, export: str | None, out: Path | None, db_path: Path | None) -> None:
    """Run SQL (a file of queries/ by name, e.g. guidance_history, or literal SQL) and print the rows."""
    from rich.table import Table

    from pipeline import query as library

    if export == "parquet" and out is None:
        raise PipelineError("parquet needs --out FILE")
    result = library.query(sql_or_file, db_path, export=export, out=out)
    if out is not None:
        click.echo(f"{len(result.rows)} row(s) written to {out}")
        return
    if export is not None:
        click.echo(library.to_csv(result) if export == "csv" else library.to_json(result), nl=False)
        return
    out_console = console()
    cells = [[literal("" if value is None else value) for value in row] for row in result.rows]
    out_console.print(f"{len(result.rows)} row(s)")
    if len(result.columns) * MIN_COLUMN_WIDTH <= out_console.width:
        table = Table(show_lines=False)
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in cells:
            table.add_row(*row)
        out_console.print(table)
        return
    # Too many columns for the terminal: one block of "column  value" lines per row.
    for row in cells:
        record = Table.grid(padding=(0, 2))
        record.add_column(style="bold", no_wrap=True)
        record.add_column(overflow="fold")
        for column, value in zip(result.columns, row):
            record.add_row(column, value)
        out_console.print()
        out_console.print(record)
