"""`pipeline calls` and `pipeline turns CALL`."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import console, db_option, literal, reports_errors


@click.command()
@db_option
@reports_errors
def calls(db_path: Path | None) -> None:
    """List the calls in the warehouse."""
    from rich.table import Table

    from pipeline import browse

    rows = browse.calls(db_path)
    table = Table(title=f"{len(rows)} call(s)", title_justify="left")
    for column in ("call", "company", "date", "layout", "turns", "speakers", "words"):
        table.add_column(column, justify="right" if column in ("turns", "speakers", "words") else "left",
                         no_wrap=column == "call")
    for r in rows:
        table.add_row(literal(r["call_id"]), literal(r["company"]), str(r["call_date"] or ""), r["source_format"],
                      str(r["turns"]), str(r["speakers"]), f"{r['words']:,}")
    console().print(table)


@click.command()
@click.argument("call_id")
@db_option
@click.option("--speaker", default=None, help="Only this speaker (matched fuzzily: 'elon', 'Taneja').")
@click.option("--section", type=click.Choice(["prepared", "qa"]), default=None)
@reports_errors
def turns(call_id: str, db_path: Path | None, speaker: str | None, section: str | None) -> None:
    """Print a call's turns in spoken order."""
    from rich.text import Text

    from pipeline import browse

    out = console()
    for r in browse.turns(call_id, db_path, speaker=speaker, section=section):
        header = Text.assemble((f"[{r['turn_index']}] ", "dim"), literal(r["speaker"], "bold"),
                               (f"  {r['role']} · {r['section']} · chars {r['char_start']}–{r['char_end']}", "dim"))
        out.print(header)
        out.print(literal(r["text"]), soft_wrap=True)
        out.print()
