"""`pipeline diff` over the bundled Tesla calls: snapshots of every rendering, the CLI, and its speed."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import run_pipeline
from corpus import CORPUS, needs_corpus
from rich.console import Console

from pipeline import warehouse
from pipeline.diff import diff, render, target_text, to_csv, to_json, to_markdown
from pipeline.model import run_model

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).parent / "snapshots"
MAPPING = ROOT / "assumptions" / "mapping.toml"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"  # rewrite the snapshots (then review them before committing)


@pytest.fixture(scope="module")
def modelled_db(tesla_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("diff") / "earnings.duckdb"
    shutil.copy(tesla_db, path)
    run_model(path, ROOT / "assumptions" / "tesla.toml")
    return path


def _rendered(result, width: int) -> str:
    console = Console(record=True, width=width, file=io.StringIO(), highlight=False)
    render(result, console)
    return console.export_text()


def _matches_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}: run with UPDATE_SNAPSHOTS=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed: rerun with UPDATE_SNAPSHOTS=1 if intended, and review"


@pytest.mark.parametrize("width", [80, 140])
def test_terminal_render_matches_snapshot(modelled_db, width):
    text = _rendered(diff(modelled_db, mapping_path=MAPPING), width)
    assert max(len(line) for line in text.splitlines()) <= width
    _matches_snapshot(f"diff_tsla_{width}.txt", text)


def test_json_matches_snapshot(modelled_db):
    _matches_snapshot("diff_tsla.json", to_json(diff(modelled_db, mapping_path=MAPPING)) + "\n")


def test_rows_show_the_revisions_and_the_flags(modelled_db):
    rows = {(r.revision.metric, r.revision.subject, r.revision.kind): r for r in diff(modelled_db, mapping_path=MAPPING).rows}
    sop = rows["milestone", "next-gen vehicle start of production", "guidance"].revision
    assert (sop.revision, sop.previous.period_label, sop.current.period_label) == ("pulled_in", "end of 2025", "early 2025")
    capex = rows["capex", None, "guidance"]
    assert capex.revision.revision == "dropped" and capex.revision.current is None and capex.not_modelled
    assert rows["fsd_price", None, "actual"].flagged
    flagged = [r for r in rows.values() if r.flagged]
    assert flagged == list(diff(modelled_db, mapping_path=MAPPING).rows)[: len(flagged)]  # flags come first


def test_guidance_whose_date_had_passed_when_said_is_marked(modelled_db):
    """The Q1 2024 transcript has Lars Moravy say "Our first vehicles are planned for late 2021" of the Semi factory
    whose construction had just started: a slip (late 2025, surely) that the diff prints as said, and marks."""
    result = diff(modelled_db, mapping_path=MAPPING)
    marked = [target_text(r.revision) for r in result.rows if r.past_when_said]
    assert marked == ["milestone · Semi first vehicles"]
    assert "said   late 2021  TSLA-2024Q1  + new · date already past when said" in _rendered(result, 80)


@needs_corpus
def test_a_corpus_outlook_for_a_year_already_over_is_marked(tmp_path):
    """Oxford Industries' call on its fiscal 2020 (the year to January 2021) says "we expect capital expenditures to be
    approximately $35 million in fiscal 2020", a slip for fiscal 2021: the diff marks it rather than track it quietly."""
    db = tmp_path / "earnings.duckdb"
    assert run_pipeline("ingest", str(CORPUS / "OXM_q4_2020.json"), db=db).returncode == 0
    result = run_pipeline("diff", "OXM", "--format", "json", db=db)
    assert result.returncode == 0, result.stderr
    marked = [(row["target"], row["said"]["text"]) for row in json.loads(result.stdout)["rows"] if row["past_when_said"]]
    assert marked == [("capex · FY2020", "~$35M")]


def test_only_flagged_and_one_scenario(modelled_db):
    result = diff(modelled_db, scenario="optimistic", only_flagged=True, mapping_path=MAPPING)
    assert result.scenarios == ("optimistic",)
    assert [r.revision.metric for r in result.rows] == ["fsd_price"]  # Semi customers in 2026 agree with optimistic
    assert all(c.scenario == "optimistic" for r in result.rows for c in r.comparisons)


def test_csv_and_markdown_carry_the_same_rows(modelled_db):
    result = diff(modelled_db, mapping_path=MAPPING)
    records = list(csv.DictReader(io.StringIO(to_csv(result))))
    assert [r["target"] for r in records] == [target_text(r.revision) for r in result.rows]
    fsd = next(r for r in records if r["metric"] == "fsd_price")
    assert (fsd["status_conservative"], float(fsd["retune_to_optimistic"])) == ("model above guidance", 99)
    markdown = to_markdown(result)
    assert markdown.count("\n| ") == len(result.rows) + 1  # the header and one line per row
    assert "fsd.subscription_price: $200/month → $99/month" in markdown


def test_the_bundled_diff_renders_well_under_a_second(modelled_db):
    started = time.perf_counter()
    _rendered(diff(modelled_db, mapping_path=MAPPING), 80)
    assert time.perf_counter() - started < 0.5


def test_cli_prints_plain_text_when_piped(modelled_db):
    result = run_pipeline("diff", "TSLA", "--only-flagged", db=modelled_db)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert result.stdout.startswith("TSLA-2024Q1 (2024-04-23): 2 tracked, 2 flagged\nagainst tesla_fcf: conservative, optimistic\n")
    assert "$200/month → $99/month" in result.stdout


def test_cli_json_as_of_the_first_call(modelled_db):
    result = run_pipeline("diff", "--call", "TSLA-2023Q4", "--format", "json", db=modelled_db)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["call_id"] == "TSLA-2023Q4"
    assert {row["revision"] for row in document["rows"]} == {"new"}  # nothing came before it
    assert not any(row["metric"] == "fsd_price" for row in document["rows"])  # the $99 came later


def test_cli_rejects_an_unknown_call_in_one_line(modelled_db):
    result = run_pipeline("diff", "--call", "TSLA-2019Q1", db=modelled_db)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["error: no call 'TSLA-2019Q1' in the warehouse (see `pipeline calls`)"]


def test_transcript_text_prints_literally_and_a_ticker_without_model_is_tracked_only(tmp_path):
    con = warehouse.connect(tmp_path / "w.duckdb")
    con.execute("INSERT INTO calls (call_id, company, ticker, fiscal_year, fiscal_quarter, call_date, source_path, "
                "source_sha256, source_format, ingested_at) VALUES ('ACME-2024Q1', 'Acme', 'ACME', 2024, 1, ?, 'x', 'x', "
                "'colon', ?)", [date(2024, 4, 20), datetime(2026, 1, 1)])
    evidence = "We guide [bold red]record[/] capex of $5 billion\x1b[31m."
    con.execute("INSERT INTO figures VALUES ('ACME-2024Q1:0:capex', 'ACME-2024Q1', 0, 'CFO [x]', 'executive', 'capex', NULL,"
                " 'guidance', 5e9, NULL, NULL, 'USD', 'exact', 'FY2024', '2024-01-01', '2024-12-31', ?, 0, 5, 0.9, NULL, NULL, NULL, false)", [evidence])
    con.close()
    result = diff(tmp_path / "w.duckdb", mapping_path=MAPPING)
    assert result.model is None and result.note == "no model for ACME (the mapping is for TSLA)"
    for width in (80, 140):
        text = _rendered(result, width)
        assert "[bold red]record[/]" in text and "CFO [x]" in text and "\x1b" not in text
