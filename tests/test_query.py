"""`pipeline query`: every SQL file of queries/ runs on the Tesla warehouse; literal SQL; exports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import run_pipeline

from pipeline.diff import diff
from pipeline.errors import PipelineError
from pipeline.model import run_model
from pipeline.query import QUERIES_DIR, query

ROOT = Path(__file__).resolve().parents[1]
QUERY_FILES = sorted(QUERIES_DIR.glob("*.sql"))


@pytest.fixture(scope="module")
def full_db(tesla_db, tmp_path_factory) -> Path:
    """Both Tesla calls, the model and its discrepancies."""
    path = tmp_path_factory.mktemp("query") / "earnings.duckdb"
    shutil.copy(tesla_db, path)
    run_model(path, ROOT / "assumptions" / "tesla.toml")
    diff(path, mapping_path=ROOT / "assumptions" / "mapping.toml")
    return path


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_every_query_file_says_what_it_answers_and_returns_rows(full_db, path):
    assert path.read_text(encoding="utf-8").startswith("-- ")
    result = query(path.stem, full_db)
    assert result.rows, f"{path.name} returned nothing on the Tesla calls"


def test_revisions_in_the_latest_call_include_the_pulled_in_start_of_production(full_db):
    result = query("revisions_latest_call", full_db)
    rows = [dict(zip(result.columns, row)) for row in result.rows]
    assert {r["call_id"] for r in rows} == {"TSLA-2024Q1"}
    assert any(r["subject"] == "next-gen vehicle start of production" and r["revision"] == "pulled_in" for r in rows)
    assert any(r["metric"] == "capex" and r["revision"] == "dropped" for r in rows)


def test_discrepancies_query_lists_the_fsd_price_flag(full_db):
    result = query("discrepancies.sql", full_db)
    rows = [dict(zip(result.columns, row)) for row in result.rows]
    fsd = [r for r in rows if r["metric"] == "fsd_price"]
    assert {(r["scenario"], r["retune_to"]) for r in fsd} == {("conservative", 99), ("optimistic", 99)}
    assert all(r["fcf_2034_change"] < 0 for r in fsd)


def test_literal_sql_runs_read_only(full_db):
    assert query("SELECT count(*) AS n FROM calls", full_db).rows == [(2,)]
    with pytest.raises(PipelineError, match="query failed"):
        query("DELETE FROM calls", full_db)


def test_a_statement_longer_than_a_file_name_runs_through_the_cli(full_db):
    columns = ", ".join(f"f.{name}" for name in ("call_id", "metric", "subject", "kind", "value", "value_low",
                                                 "value_high", "unit", "qualifier", "period_label", "period_end", "speaker", "evidence"))
    sql = f"SELECT {columns} FROM figures f WHERE f.metric IN ('capex', 'fsd_price', 'ai_training_gpus', 'storage_production_rate') ORDER BY ALL"
    assert len(sql) > 255  # (the longest name most file systems take)
    result = run_pipeline("query", sql, "--format", "csv", db=full_db)
    assert result.returncode == 0, result.stderr
    assert "TSLA-2024Q1,fsd_price" in result.stdout


def test_an_unknown_query_name_is_one_error_line(full_db):
    result = run_pipeline("query", "no_such_query", db=full_db)
    assert result.returncode == 2
    assert result.stderr.startswith("error: no_such_query: no such query file (named queries: discrepancies,")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("export", ["csv", "json", "parquet"])
def test_cli_exports(full_db, tmp_path, export):
    out = tmp_path / f"history.{export}"
    result = run_pipeline("query", "guidance_history", "--format", export, "--out", str(out), db=full_db)
    assert result.returncode == 0, result.stderr
    expected = len(query("guidance_history", full_db).rows)
    assert result.stdout.strip() == f"{expected} row(s) written to {out}"
    if export == "json":
        assert len(json.loads(out.read_text(encoding="utf-8"))) == expected
    else:
        reader = "read_csv_auto" if export == "csv" else "read_parquet"
        assert duckdb.connect().execute(f"SELECT count(*) FROM {reader}(?)", [str(out)]).fetchone()[0] == expected


def test_cli_prints_a_table_of_the_rows(full_db):
    result = run_pipeline("query", "SELECT call_id FROM calls ORDER BY call_id", db=full_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "2 row(s)"
    assert "TSLA-2023Q4" in result.stdout and "TSLA-2024Q1" in result.stdout
