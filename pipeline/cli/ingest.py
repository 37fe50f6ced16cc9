"""`pipeline ingest PATH...`"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from pipeline.cli.common import console, db_option, literal, reports_errors


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Parser processes [default: all cores].")
@click.option("--format", "layout", type=click.Choice(["motley_page", "motley_flat", "colon", "json_corpus", "json_api"]),
              default=None, help="Force a layout instead of detecting it.")
@click.option("--ticker", default=None, help="Override the ticker found in the text.")
@click.option("--quarter", default=None, metavar="YYYYQn", help="Override the fiscal quarter, e.g. 2024Q3.")
@click.option("--date", "call_date", default=None, metavar="YYYY-MM-DD", help="Override the call date.")
@click.option("--force", is_flag=True, help="Reload calls even when the file is unchanged.")
@reports_errors
def ingest(paths: tuple[str, ...], db_path: Path | None, jobs: int | None, layout: str | None,
           ticker: str | None, quarter: str | None, call_date: str | None, force: bool) -> None:
    """Parse transcripts (files, folders, globs) and load them into the warehouse."""
    from rich.progress import Progress
    from rich.table import Table

    from pipeline.ingest import ParseOptions
    from pipeline.ingest import ingest as ingest_calls

    options = ParseOptions(layout, ticker, quarter, call_date)
    failures = 0

    with Progress(console=console(stderr=True), transient=True, auto_refresh=False) as progress:
        task = progress.add_task("ingesting", total=None, visible=False)

        def files(total: int) -> None:
            # A bar only when there is more than one file to wait for.
            progress.update(task, total=total, visible=total > 1, refresh=True)

        def report(result) -> None:
            nonlocal failures
            for warning in result.warnings:
                click.echo(f"warning: {result.path}: {warning}", err=True)
            if result.failed:
                failures += 1
                click.echo(f"error: {result.path}: {result.error}", err=True)
            progress.update(task, advance=1, refresh=True)

        results = ingest_calls(paths, db_path, jobs=jobs, options=options, force=force, on_result=report, on_files=files)

    loaded = [r for r in results if not r.failed]
    if loaded:
        statuses = Counter(r.status for r in loaded)
        title = ", ".join(f"{statuses[s]} {s}" for s in ("loaded", "replaced", "unchanged") if statuses[s])
        figures = sum(r.figures for r in loaded)
        table = Table(title=f"{len(loaded)} file(s): {title}; {figures:,} figures", title_justify="left")
        numeric = ("turns", "speakers", "words", "seconds")
        for column in ("call", "layout", "status") + numeric:
            table.add_column(column, justify="right" if column in numeric else "left", no_wrap=column == "call")
        for r in loaded:
            table.add_row(literal(r.call_id), r.layout, r.status, str(r.turns), str(r.speakers), f"{r.words:,}",
                          f"{r.seconds:.2f}")
        console().print(table)
    if failures:
        sys.exit(2)
