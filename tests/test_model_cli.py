"""`pipeline model run | show | set` through the real CLI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.cli import main

ASSUMPTIONS = Path(__file__).parents[1] / "assumptions" / "tesla.toml"
PIPELINE = Path(sys.executable).parent / "pipeline"


@pytest.fixture
def assumptions(tmp_path) -> Path:
    copy = tmp_path / "tesla.toml"
    shutil.copy(ASSUMPTIONS, copy)
    return copy


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("assumptions", "model_series", "model_valuation")}
    finally:
        con.close()


def test_run_stores_inputs_series_and_valuation(tmp_path, assumptions):
    db = tmp_path / "w.duckdb"
    result = invoke("model", "run", "--assumptions", str(assumptions), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "tesla_fcf optimistic: 2034 FCF" in result.output
    con = duckdb.connect(str(db), read_only=True)
    semis = con.execute(
        "SELECT value FROM model_series WHERE model = 'tesla_fcf' AND scenario = 'conservative' "
        "AND segment = 'semi' AND metric = 'active_fleet' AND year = 2034"
    ).fetchone()[0]
    rates = con.execute("SELECT scenario, implied_discount_rate, perpetual_growth FROM model_valuation ORDER BY scenario").fetchall()
    price = con.execute(
        "SELECT value, unit, source FROM assumptions WHERE segment = 'fsd' AND input = 'subscription_price' AND scenario = 'optimistic'"
    ).fetchone()
    con.close()
    assert semis == pytest.approx(257_616.8, rel=1e-6)
    assert [(s, g) for s, _, g in rates] == [("conservative", 0.03), ("optimistic", 0.04)]
    assert all(0.03 < rate < 0.2 for _, rate, _ in rates)
    assert price[:2] == (200.0, "USD/month") and "월 200$" in price[2]
    before = counts(db)
    assert invoke("model", "run", "--assumptions", str(assumptions), "--db", str(db)).exit_code == 0
    assert counts(db) == before  # a re-run replaces the model's rows


def test_show_prints_the_stored_series_filtered(tmp_path, assumptions):
    db = tmp_path / "w.duckdb"
    invoke("model", "run", "--assumptions", str(assumptions), "--db", str(db))
    result = invoke("model", "show", "--scenario", "optimistic", "--segment", "semi", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "semi.active_fleet" in result.output and "728.70k" in result.output
    assert "conservative" not in result.output and "energy." not in result.output


def test_show_before_any_run_fails_with_one_line(tmp_path):
    result = invoke("model", "show", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "no warehouse here yet" in result.output


def test_set_reports_the_change_and_leaves_the_file_alone(tmp_path, assumptions):
    before = assumptions.read_bytes()
    result = invoke("model", "set", "fsd.subscription_price", "99", "--scenario", "optimistic", "--assumptions", str(assumptions), "--db", str(tmp_path / "w.duckdb"))
    assert result.exit_code == 0, result.output
    assert "fsd.subscription_price (optimistic): 200 -> 99" in result.output
    assert "2034 FCF:" in result.output and "pp)" in result.output
    assert assumptions.read_bytes() == before
    assert not (tmp_path / "w.duckdb").exists()


def test_set_with_save_rewrites_only_that_value_and_reruns(tmp_path, assumptions):
    db = tmp_path / "w.duckdb"
    result = invoke("model", "set", "fsd.subscription_price", "99", "--scenario", "optimistic", "--save", "--assumptions", str(assumptions), "--db", str(db))
    assert result.exit_code == 0, result.output
    text = assumptions.read_text(encoding="utf-8")
    assert "conservative = 200.0\noptimistic = 99.0\n" in text
    assert text.count("\n") == ASSUMPTIONS.read_text(encoding="utf-8").count("\n") + 1
    con = duckdb.connect(str(db), read_only=True)
    stored = con.execute(
        "SELECT scenario, value FROM assumptions WHERE input = 'subscription_price' ORDER BY scenario"
    ).fetchall()
    con.close()
    assert stored == [("conservative", 200.0), ("optimistic", 99.0)]


def test_set_rejects_an_unknown_input(tmp_path, assumptions):
    result = invoke("model", "set", "fsd.monthly_fee", "99", "--scenario", "optimistic", "--assumptions", str(assumptions))
    assert result.exit_code == 2
    assert result.output == "error: fsd.monthly_fee: no such input (inputs are named segment.name, e.g. fsd.subscription_price)\n"


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ("[fsd.subscription_price]\nunit = \"USD/month\"\nvalue = 200\n", "[fsd.subscription_price]\nunit = \"USD/month\"\n", "fsd.subscription_price: no value for scenario conservative"),
        ('unit = "Wh/mile"', 'unit = "kWh/mile"', "energy.efficiency: unit is 'kWh/mile'"),
        ("value = 13_500", 'value = "lots"', "energy.miles_per_vehicle (conservative): 'lots' is not a number"),
        ("[semi.miles_growth]", "[semi.mileage_growth]", "semi.mileage_growth: unknown input"),
    ],
)
def test_a_bad_file_exits_2_naming_file_and_input_and_writes_nothing(tmp_path, assumptions, old, new, named):
    db = tmp_path / "w.duckdb"
    assert invoke("model", "run", "--assumptions", str(assumptions), "--db", str(db)).exit_code == 0
    before = counts(db)
    text = assumptions.read_text(encoding="utf-8")
    assert old in text
    assumptions.write_text(text.replace(old, new), encoding="utf-8")
    result = invoke("model", "run", "--assumptions", str(assumptions), "--db", str(db))
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {assumptions}: {named}")
    assert result.output.count("\n") == 1
    assert counts(db) == before


def test_the_installed_command_runs_the_model(tmp_path, assumptions):
    db = tmp_path / "w.duckdb"
    completed = subprocess.run(
        [str(PIPELINE), "model", "run", "--assumptions", str(assumptions), "--db", str(db)],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "implied discount rate" in completed.stdout
    assert counts(db)["model_valuation"] == 2
