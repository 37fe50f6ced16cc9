"""`pipeline figures` through the real console script, on the bundled calls."""

from __future__ import annotations

import duckdb

from conftest import run_pipeline


def test_figures_of_a_call_show_value_period_speaker_and_evidence(tesla_db):
    result = run_pipeline("figures", "TSLA-2023Q4", "--metric", "capex", db=tesla_db)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "1 figure(s)" in text
    assert "capex TSLA-2023Q4 ≥ $10B FY2024 (guidance) confidence 0.88" in text
    assert "capital expenditure for 2024 to be in excess of 10 billion" in text and "Vaibhav Taneja" in text


def test_figures_filter_by_kind_matches_the_warehouse(tesla_db):
    with duckdb.connect(str(tesla_db), read_only=True) as con:
        expected = con.execute("SELECT count(*) FROM figures WHERE kind = 'guidance'").fetchone()[0]
    result = run_pipeline("figures", "--kind", "guidance", db=tesla_db, env={"COLUMNS": "160"})
    assert result.returncode == 0, result.stderr
    assert f"{expected} figure(s)" in result.stdout
    assert "evidence" in result.stdout  # a wide terminal gets the table


def test_figures_filter_by_confidence_matches_the_warehouse(tesla_db):
    with duckdb.connect(str(tesla_db), read_only=True) as con:
        total, sure = con.execute("SELECT count(*), count(*) FILTER (confidence >= 0.85) FROM figures").fetchone()
    assert 0 < sure < total  # (the bundled calls have figures on both sides of the line)
    result = run_pipeline("figures", "--min-confidence", "0.85", db=tesla_db, env={"COLUMNS": "160"})
    assert result.returncode == 0, result.stderr
    assert f"{sure} figure(s)" in result.stdout


def test_a_confidence_outside_0_to_1_is_refused(tesla_db):
    result = run_pipeline("figures", "--min-confidence", "85", db=tesla_db)
    assert result.returncode == 2
    assert "--min-confidence" in result.stderr


def test_figures_of_an_unknown_call_is_one_error_line(tesla_db):
    result = run_pipeline("figures", "TSLA-1999Q1", db=tesla_db)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["error: no call 'TSLA-1999Q1' in the warehouse (see `pipeline calls`)"]


def test_a_metric_is_named_as_an_analyst_says_it_and_a_call_in_any_case(tesla_db):
    result = run_pipeline("figures", "tsla-2023q4", "--metric", "Capital expenditures", db=tesla_db)
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "1 figure(s)" in text and "capex TSLA-2023Q4 ≥ $10B FY2024 (guidance)" in text


def test_a_misspelt_metric_is_one_error_line_naming_the_nearest(tesla_db):
    result = run_pipeline("figures", "--metric", "free cash flw", db=tesla_db)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["error: no metric 'free cash flw' (did you mean free_cash_flow?)"]
