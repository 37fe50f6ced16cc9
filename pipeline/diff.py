"""`pipeline diff`: what management said as of a call, how it moved, and where the model disagrees.

`diff` builds the rows (two warehouse queries, the model run in memory) and stores the
discrepancies; the `render_*` and `to_*` functions show the same rows in a terminal
(a table when wide, one block per target when narrow or piped), as JSON, CSV or Markdown.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.discrepancy import (
    ABOVE, ALIGNED, BELOW, DEFAULT_MAPPING, NO_YEAR, Comparison, Discrepancy, ModelMapping, load_mapping, compare,
    store_discrepancies, stored_inputs,
)
from pipeline.errors import PipelineError
from pipeline.formatting import amount, figure_value, period_text
from pipeline.model import ModelInputs, WhatIf
from pipeline.model.spec import SCENARIOS, SPECS_BY_KEY, YEARS
from pipeline.taxonomy import MILESTONE
from pipeline.track import CallRef, Revision, Said, resolve_call, revisions_as_of

if TYPE_CHECKING:
    from rich.console import Console

SCENARIO_CHOICES = (*SCENARIOS, "both")
SHORT = {"conservative": "cons", "optimistic": "opt"}
STATUS_STYLE = {ABOVE: "bold red", BELOW: "bold yellow", ALIGNED: "green"}


@dataclass(frozen=True, slots=True)
class DiffRow:
    revision: Revision
    comparisons: tuple[Comparison, ...]  # one per scenario shown; empty when not compared
    not_modelled: str | None  # why the model has no counterpart
    # Guidance whose date had passed when the call said it ("Our first vehicles are planned for late 2021", said in
    # April 2024): a target recalled, or a slip of the transcript, worth a look before it is believed.
    past_when_said: bool

    @property
    def flagged(self) -> bool:
        return any(c.flagged for c in self.comparisons)


@dataclass(frozen=True, slots=True)
class Diff:
    call: CallRef
    model: str | None  # None when the ticker has no model, or it was never run
    scenarios: tuple[str, ...]
    rows: tuple[DiffRow, ...]
    note: str | None = None

    @property
    def flagged(self) -> int:
        return sum(row.flagged for row in self.rows)


def diff(db_path: Path | str | None = None, ticker: str | None = None, call_id: str | None = None, *,
         scenario: str = "both", only_flagged: bool = False, mapping_path: Path | str = DEFAULT_MAPPING) -> Diff:
    """Every tracked target as of a call (default: the ticker's latest) against the stored model run.

    Also replaces the call's rows of the `discrepancies` table, for every scenario.
    """
    from pipeline import warehouse

    if scenario not in SCENARIO_CHOICES:
        raise PipelineError(f"{scenario}: no such scenario (expected one of {', '.join(SCENARIO_CHOICES)})")
    mapping = load_mapping(mapping_path)
    con = warehouse.connect(db_path)
    try:
        call = resolve_call(con, ticker, call_id)
        revisions = revisions_as_of(con, call, mapping.metrics_of_interest)
        inputs = stored_inputs(con, mapping.model) if call.ticker == mapping.ticker else None
        rows = [row for row in build_rows(revisions, mapping, inputs, call.as_of_date) if _current(row, call)]
        if inputs is not None:
            store_discrepancies(con, mapping.model, call, [Discrepancy(r.revision, c) for r in rows for c in r.comparisons])
    finally:
        con.close()
    scenarios = SCENARIOS if scenario == "both" else (scenario,)
    shown = [replace(row, comparisons=tuple(c for c in row.comparisons if c.scenario in scenarios)) for row in rows]
    note = None
    if call.ticker != mapping.ticker:
        note = f"no model for {call.ticker} (the mapping is for {mapping.ticker})"
    elif inputs is None:
        note = f"model {mapping.model} not in the warehouse (run `pipeline model run`)"
    return Diff(call, None if note else mapping.model, scenarios,
                tuple(row for row in shown if row.flagged or not only_flagged), note)


def build_rows(revisions: Sequence[Revision], mapping: ModelMapping, inputs: ModelInputs | None,
               as_of: date | None) -> list[DiffRow]:
    """Each revision with its comparisons (flags first), or the reason it has none; `as_of` is the day the
    diff's call was held (or the earliest it can have been)."""
    from pipeline.model.engine import project

    projections = {s: project(inputs.scenario(s)) for s in SCENARIOS} if inputs else {}
    rows = []
    for revision in revisions:
        entry = mapping.entry_for(revision.metric, revision.subject, revision.unit)
        comparisons, why_not = (), None
        if entry is None:
            why_not = mapping.why_not_modelled(revision.metric, revision.unit)
        elif inputs is not None and revision.current is not None:
            comparisons = compare(revision, entry, inputs, projections)
        rows.append(DiffRow(revision, comparisons, why_not, _past_when_said(revision, as_of)))
    return sorted(rows, key=_order)


def _past_when_said(revision: Revision, as_of: date | None) -> bool:
    said = revision.current
    return (revision.kind == "guidance" and said is not None and as_of is not None and said.period_end is not None
            and said.period_end < as_of)


def _current(row: DiffRow, call: CallRef) -> bool:
    """Said (or dropped) on the call, or an earlier statement the model can still be compared with."""
    said = row.revision.current
    return said is None or said.call_id == call.call_id or any(c.status != NO_YEAR for c in row.comparisons)


def _order(row: DiffRow) -> tuple:
    statuses = {c.status for c in row.comparisons}
    group = 0 if row.flagged else 1 if ALIGNED in statuses else 2 if row.not_modelled is None else 3
    r = row.revision
    return (group, r.metric, r.subject or "", r.latest.period_end or date.min, r.kind)


# ---------------------------------------------------------------- texts shared by every format


def target_text(revision: Revision) -> str:
    """metric · subject · period, and (actual) for a stated result."""
    parts = [revision.metric, revision.subject]
    if revision.metric != MILESTONE:
        parts.append(period_text(revision.latest.period_label, revision.latest.period_framed))
    text = " · ".join(part for part in parts if part)
    return text + (" (actual)" if revision.kind == "actual" else "")


def said_text(said: Said | None, unit: str) -> str:
    return figure_value(said.as_figure(unit)) if said else "—"


PAST_WHEN_SAID = "date already past when said"


def revision_text(row: DiffRow) -> str:
    revision = row.revision
    text = f"{revision.arrow} {revision.revision.replace('_', ' ')}"
    return text + (f" · {PAST_WHEN_SAID}" if row.past_when_said else "")


def model_text(comparison: Comparison, unit: str) -> str:
    if comparison.model_value is None:
        return "—"
    if unit == "date":
        return f"{comparison.model_value:.0f}"
    return _number(comparison.model_value, unit)


def gap_text(comparison: Comparison, unit: str) -> str:
    if comparison.gap is None:
        return ""
    if comparison.gap == 0:
        return "0"
    if unit == "date":
        return f"{comparison.gap:+.0f} yr"
    sign = "+" if comparison.gap > 0 else ""
    pct = f" ({comparison.gap_pct:+.0f}%)" if comparison.gap_pct is not None and comparison.gap else ""
    return sign + _number(comparison.gap, unit) + pct


def retune_text(retune: WhatIf | None) -> str:
    if retune is None:
        return ""
    unit = SPECS_BY_KEY[retune.input].unit
    return f"{retune.input}: {_input_value(retune.old_value, unit)} → {_input_value(retune.new_value, unit)}"


def impact_text(retune: WhatIf | None) -> str:
    if retune is None:
        return ""
    change = retune.fcf_2034_change
    text = f"2034 FCF {'+' if change > 0 else ''}{amount(change, 'USD')}"
    if retune.implied_rate_change is not None:
        text += f", implied rate {retune.implied_rate_change * 100:+.2f} pp"
    return text


def source_text(said: Said | None) -> str:
    return f"{said.speaker}, {said.call_id}" if said else ""


def _number(value: float, unit: str) -> str:
    """Three significant digits: model values are estimates, not accounts."""
    return amount(value, unit) if unit.startswith("USD") else amount(float(f"{value:.3g}"), unit)


def _input_value(value: float, unit: str) -> str:
    if unit == "year":
        return f"{value:.0f}"
    if unit.startswith("USD"):
        return amount(value, unit)
    return f"{value:.4g} {unit}"


# ---------------------------------------------------------------- terminal


def render(result: Diff, console: Console) -> None:
    """A table on a wide terminal; one block per target when narrow or piped (80 columns)."""
    from pipeline.cli.common import WIDE_TERMINAL, literal

    console.print(literal(_header(result)))
    if result.note:
        console.print(literal(result.note, style="dim"))
    if not result.rows:
        console.print("nothing to show")
    elif console.width >= WIDE_TERMINAL:
        console.print(_table(result))
    else:
        for row in result.rows:
            console.print()
            console.print(_block(row, len(result.scenarios) > 1))


def _header(result: Diff) -> str:
    call = result.call
    when = f" ({call.call_date})" if call.call_date else ""
    against = f"\nagainst {result.model}: {', '.join(result.scenarios)}" if result.model else ""
    return f"{call.call_id}{when}: {len(result.rows)} tracked, {result.flagged} flagged{against}"


def _status(comparison: Comparison):
    from rich.text import Text

    return Text(comparison.status, style=STATUS_STYLE.get(comparison.status, "dim"))


def _evidence(said: Said | None):
    from pipeline.cli.common import literal

    if said is None:
        return literal("")
    quote = literal(f"“{said.evidence}”", style="italic")
    quote.append(f" — {source_text(said)}", style="dim")
    return quote


def _scenario_lines(row: DiffRow, labelled: bool):
    """Per scenario: the model value and gap, the status, then the retune and its impact."""
    from rich.text import Text

    unit = row.revision.unit
    if all(c.status == NO_YEAR for c in row.comparisons):
        year = row.comparisons[0].year
        why = f"{year} is outside {YEARS[0]}–{YEARS[-1]}" if year else "the statement gives no period"
        return Text(f"{NO_YEAR}: {why}", style="dim")
    lines = Text()
    for comparison in row.comparisons:
        label = f"{SHORT[comparison.scenario]:<5}" if labelled else ""
        indent = " " * len(label)
        if lines:
            lines.append("\n")
        lines.append(label, style="bold")
        gap = gap_text(comparison, unit)
        lines.append(model_text(comparison, unit) + (f"  gap {gap}" if gap else ""))
        lines.append(f"\n{indent}")
        lines.append_text(_status(comparison))
        retune = comparison.retune
        if retune:
            unit_in = SPECS_BY_KEY[retune.input].unit
            lines.append(f"\n{indent}retune {retune.input}\n{indent}{_input_value(retune.old_value, unit_in)} → "
                         f"{_input_value(retune.new_value, unit_in)}\n{indent}{impact_text(retune)}", style="cyan")
    return lines


def _block(row: DiffRow, labelled: bool):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from pipeline.cli.common import literal

    revision = row.revision
    title = literal(target_text(revision), style="bold")
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True, min_width=6)
    grid.add_column(overflow="fold")
    said = Text(said_text(revision.current, revision.unit), style="bold")
    said.append(f"  {revision.current.call_id}" if revision.current else "", style="dim")
    said.append(f"  {revision_text(row)}", style=_revision_style(row))
    grid.add_row("said", said)
    if revision.previous:
        grid.add_row("before", Text(f"{said_text(revision.previous, revision.unit)}  {revision.previous.call_id}"))
    if row.comparisons:
        grid.add_row("model", _scenario_lines(row, labelled))
    elif row.not_modelled:
        grid.add_row("model", Text(f"not modelled: {row.not_modelled}", style="dim"))
    grid.add_row("quote", _evidence(revision.latest))
    return Group(title, grid)


def _revision_style(row: DiffRow) -> str:
    if row.past_when_said:
        return "bold yellow"
    return {"new": "blue", "dropped": "magenta", "reaffirmed": "dim"}.get(row.revision.revision, "bold magenta")


def _table(result: Diff):
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from pipeline.cli.common import literal

    labelled = len(result.scenarios) > 1
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, expand=True)
    table.add_column("metric · period", ratio=1, overflow="fold")
    table.add_column("said · before · revision", width=26)
    table.add_column("model · gap · status · retune", width=46)
    table.add_column("evidence", ratio=2)
    for row in result.rows:
        revision = row.revision
        said = Text(said_text(revision.current, revision.unit), style="bold")
        said.append(f"  {revision.current.call_id}" if revision.current else "", style="dim")
        if revision.previous:
            said.append(f"\nwas {said_text(revision.previous, revision.unit)}  ")
            said.append(revision.previous.call_id, style="dim")
        said.append(f"\n{revision_text(row)}", style=_revision_style(row))
        if row.comparisons:
            model = _scenario_lines(row, labelled)
        else:
            model = Text(f"not modelled: {row.not_modelled}" if row.not_modelled else "", style="dim")
        table.add_row(literal(target_text(revision), style="bold"), said, model, _evidence(revision.latest))
    return table


# ---------------------------------------------------------------- json, csv, markdown


def records(result: Diff) -> list[dict]:
    """The diff as plain data: one record per target, the model comparison per scenario."""
    return [_record(row) for row in result.rows]


def _record(row: DiffRow) -> dict:
    r = row.revision
    return {
        "ticker": r.ticker, "metric": r.metric, "subject": r.subject, "kind": r.kind, "unit": r.unit,
        "target": target_text(r), "revision": r.revision, "past_when_said": row.past_when_said,
        "said": _said_record(r.current, r.unit), "before": _said_record(r.previous, r.unit),
        "not_modelled": row.not_modelled,
        "model": [_comparison_record(c, r.unit) for c in row.comparisons],
    }


def _said_record(said: Said | None, unit: str) -> dict | None:
    if said is None:
        return None
    return {
        "call_id": said.call_id, "call_date": _iso(said.call_date), "text": said_text(said, unit),
        "value": said.value, "value_low": said.value_low, "value_high": said.value_high, "qualifier": said.qualifier,
        "period_label": said.period_label, "period_end": _iso(said.period_end), "period_framed": said.period_framed,
        "speaker": said.speaker, "evidence": said.evidence,
    }


def _comparison_record(c: Comparison, unit: str) -> dict:
    retune = c.retune
    return {
        "scenario": c.scenario, "model_ref": c.model_ref, "year": c.year, "model_value": c.model_value,
        "model_text": model_text(c, unit), "gap": c.gap, "gap_pct": c.gap_pct, "gap_text": gap_text(c, unit),
        "tolerance": c.tolerance, "status": c.status,
        "retune": None if retune is None else {
            "input": retune.input, "from": retune.old_value, "to": retune.new_value,
            "fcf_2034_before": retune.fcf_2034_before, "fcf_2034_after": retune.fcf_2034_after,
            "fcf_2034_change": retune.fcf_2034_change,
            "implied_rate_before": retune.implied_rate_before, "implied_rate_after": retune.implied_rate_after,
            "implied_rate_change": retune.implied_rate_change, "text": f"{retune_text(retune)}: {impact_text(retune)}",
        },
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def to_json(result: Diff) -> str:
    call = result.call
    document = {"ticker": call.ticker, "call_id": call.call_id, "call_date": _iso(call.call_date),
                "model": result.model, "scenarios": list(result.scenarios), "note": result.note, "rows": records(result)}
    return json.dumps(document, indent=2, ensure_ascii=False)


def flat_records(result: Diff) -> list[dict]:
    """One flat record per target, scenario columns suffixed (model_conservative, status_optimistic, ...)."""
    flat = []
    for row in result.rows:
        r = row.revision
        record = {
            "metric": r.metric, "subject": r.subject, "kind": r.kind, "target": target_text(r), "unit": r.unit,
            "said": said_text(r.current, r.unit) if r.current else "", "said_call_id": r.current and r.current.call_id,
            "before": said_text(r.previous, r.unit) if r.previous else "", "before_call_id": r.previous and r.previous.call_id,
            "revision": r.revision, "past_when_said": row.past_when_said, "not_modelled": row.not_modelled,
        }
        for c in row.comparisons:
            s = c.scenario
            record |= {f"model_{s}": c.model_value, f"gap_{s}": c.gap, f"gap_pct_{s}": c.gap_pct, f"status_{s}": c.status,
                       f"retune_{s}": retune_text(c.retune), f"retune_to_{s}": c.retune and c.retune.new_value,
                       f"fcf_2034_change_{s}": c.retune and c.retune.fcf_2034_change,
                       f"implied_rate_change_{s}": c.retune and c.retune.implied_rate_change}
        record |= {"speaker": r.latest.speaker, "evidence": r.latest.evidence}
        flat.append(record)
    return flat


def to_csv(result: Diff) -> str:
    rows = flat_records(result)
    columns = list(dict.fromkeys(name for row in rows for name in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_markdown(result: Diff) -> str:
    lines = [f"**{_header(result).replace(chr(10), '**  ' + chr(10) + '**')}**", ""]
    if result.note:
        lines += [f"_{result.note}_", ""]
    lines += ["| metric · period | said | before | revision | model · gap · status | retune · impact | evidence |",
              "|---|---|---|---|---|---|---|"]
    for row in result.rows:
        r = row.revision
        model = [f"{SHORT[c.scenario]}: {model_text(c, r.unit)} {gap_text(c, r.unit)} **{c.status}**".replace("  ", " ")
                 for c in row.comparisons] or ([f"not modelled: {row.not_modelled}"] if row.not_modelled else [])
        retunes = [f"{SHORT[c.scenario]}: {retune_text(c.retune)}; {impact_text(c.retune)}" for c in row.comparisons if c.retune]
        cells = [target_text(r), _with_call(r.current, r.unit), _with_call(r.previous, r.unit), revision_text(row),
                 "<br>".join(model), "<br>".join(retunes), f"“{r.latest.evidence}” — {source_text(r.latest)}"]
        lines.append("| " + " | ".join(_cell(text) for text in cells) + " |")
    return "\n".join(lines) + "\n"


def _with_call(said: Said | None, unit: str) -> str:
    return f"{said_text(said, unit)} ({said.call_id})" if said else "—"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
