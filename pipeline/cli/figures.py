"""`pipeline figures [CALL]`"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import console, db_option, literal, reports_errors


@click.command()
@click.argument("call_id", required=False)
@db_option
@click.option("--metric", default=None, help="Only this metric, e.g. capex.")
@click.option("--kind", type=click.Choice(["guidance", "actual"]), default=None)
@reports_errors
def figures(call_id: str | None, db_path: Path | None, metric: str | None, kind: str | None) -> None:
    """Print the figures management gave, with the evidence sentence."""
    from rich.table import Table

    from pipeline import browse
    from pipeline.formatting import figure_value

    rows = browse.figures(db_path, call_id=call_id, metric=metric, kind=kind)
    table = Table(title=f"{len(rows)} figure(s)", title_justify="left", show_lines=True)
    table.add_column("call", no_wrap=True)
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("period")
    table.add_column("kind")
    table.add_column("speaker")
    table.add_column("evidence", ratio=1, min_width=30)
    for r in rows:
        metric_text = r["metric"] + (f" · {r['subject']}" if r["subject"] else "")
        table.add_row(literal(r["call_id"]), literal(metric_text), figure_value(r), literal(r["period_label"]),
                      r["kind"], literal(r["speaker"]), literal(r["evidence"]))
    console().print(table)
