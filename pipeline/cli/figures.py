"""`pipeline figures [CALL]`"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import WIDE_TERMINAL, console, db_option, literal, reports_errors


@click.command()
@click.argument("call_id", required=False)
@db_option
@click.option("--metric", default=None, help="Only this metric: its key (capex) or a phrase naming it (capital expenditures).")
@click.option("--kind", type=click.Choice(["guidance", "actual"]), default=None)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only figures of at least this confidence, e.g. 0.85 (see README: how often such rows are right).")
@reports_errors
def figures(call_id: str | None, db_path: Path | None, metric: str | None, kind: str | None,
            min_confidence: float | None) -> None:
    """Print the figures management gave, with the evidence sentence."""
    from pipeline import browse

    rows = browse.figures(db_path, call_id=call_id, metric=metric, kind=kind, min_confidence=min_confidence)
    out = console()
    out.print(literal(f"{len(rows)} figure(s)", style="bold"))
    if out.width >= WIDE_TERMINAL:
        out.print(_table(rows))
    else:
        for row in rows:
            out.print()
            out.print(_block(row))


def _what(row: dict) -> str:
    return row["metric"] + (f" · {row['subject']}" if row["subject"] else "")


def _value(row: dict) -> str:
    from pipeline.formatting import figure_value, period_text

    framed = row.get("framing_label")  # (absent from a warehouse made before it, opened read-only)
    said = row["period_label"] or period_text(framed, True)
    period = f"  {said}" if said and row["unit"] != "date" else ""
    # (a guidance the call replaces, "up from the previous range of ...", is the last call's)
    kind = "earlier guidance, replaced" if row.get("superseded") else row["kind"]
    return f"{figure_value(row)}{period}  ({kind})"


def _table(rows: list[dict]):
    from rich.table import Table

    table = Table(show_lines=True, expand=True)
    for column in ("call", "metric", "value · period · kind", "conf", "speaker"):
        table.add_column(column, no_wrap=column in ("call", "conf"))
    table.add_column("evidence", ratio=1)
    for r in rows:
        table.add_row(literal(r["call_id"]), literal(_what(r)), literal(_value(r)), f"{r['confidence']:.2f}",
                      literal(r["speaker"]), literal(r["evidence"]))
    return table


def _block(row: dict):
    from rich.console import Group

    head = literal(_what(row), style="bold")
    head.append(f"  {row['call_id']}", style="dim")
    said = literal(_value(row))
    said.append(f"  confidence {row['confidence']:.2f}", style="dim")
    quote = literal(f"“{row['evidence']}”", style="italic")
    quote.append(f" — {row['speaker']}", style="dim")
    return Group(head, said, quote)
