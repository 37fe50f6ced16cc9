"""Guidance tracked across calls: the views over the bundled Tesla calls and over made-up calls."""

from __future__ import annotations

import json
from datetime import date, datetime

import duckdb
import pytest
from conftest import TRANSCRIPTS, run_pipeline
from corpus import CORPUS, needs_corpus

from pipeline import warehouse
from pipeline.track import resolve_call
from pipeline.errors import PipelineError


def _ingest(db, *files: str):
    for name in files:
        result = run_pipeline("ingest", str(TRANSCRIPTS / name), db=db)
        assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def orders(tmp_path_factory) -> dict[str, object]:
    """The two Tesla calls ingested oldest first, and newest first."""
    paths = {}
    for order, files in {"oldest_first": ("q4-2023.txt", "q1-2024.txt"), "newest_first": ("q1-2024.txt", "q4-2023.txt")}.items():
        paths[order] = tmp_path_factory.mktemp(order) / "earnings.duckdb"
        _ingest(paths[order], *files)
    return paths


def _revisions(db) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute("SELECT * EXCLUDE (call_seq) FROM guidance_revisions ORDER BY ALL")
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]
    finally:
        con.close()


def _one(rows: list[dict], **where) -> dict:
    found = [r for r in rows if all(r[k] == v for k, v in where.items())]
    assert len(found) == 1, (where, found)
    return found[0]


def test_ingest_order_does_not_change_the_revisions(orders):
    assert _revisions(orders["oldest_first"]) == _revisions(orders["newest_first"])


def test_next_gen_start_of_production_is_pulled_in(orders):
    rows = _revisions(orders["newest_first"])
    sop = _one(rows, metric="milestone", subject="next-gen vehicle start of production", call_id="TSLA-2024Q1")
    assert sop["revision"] == "pulled_in"
    assert sop["previous_call_id"] == "TSLA-2023Q4"
    assert sop["period_end"] == date(2025, 6, 30) and sop["period_label"] == "early 2025"
    assert sop["previous_period_end"] == date(2025, 12, 31)
    assert "early 2025" in sop["evidence"]


def test_several_statements_in_a_call_collapse_to_the_most_specific_then_the_latest_said(orders):
    rows = _revisions(orders["oldest_first"])
    q4 = _one(rows, metric="milestone", subject="next-gen vehicle start of production", call_id="TSLA-2023Q4")
    # said as "toward the end of 2025", "second half next year" and "next year": the narrowest wins
    assert q4["statements_in_call"] == 3 and q4["period_label"] == "end of 2025" and q4["revision"] == "new"
    q1 = _one(rows, metric="milestone", subject="next-gen vehicle start of production", call_id="TSLA-2024Q1")
    # the quoted old "second half of 2025" and the new "early 2025" are as narrow: the latest said wins
    assert q1["statements_in_call"] == 2 and q1["period_label"] == "early 2025"


def test_capex_guidance_is_new_then_dropped(orders):
    rows = _revisions(orders["newest_first"])
    capex = [r for r in rows if r["metric"] == "capex"]
    assert [(r["call_id"], r["revision"]) for r in sorted(capex, key=lambda r: r["call_date"])] == [
        ("TSLA-2023Q4", "new"), ("TSLA-2024Q1", "dropped")]
    dropped = _one(capex, revision="dropped")
    assert dropped["previous_value_low"] == 10e9 and dropped["previous_qualifier"] == "at_least"
    assert dropped["previous_period_label"] == "FY2024" and dropped["value"] is None


def test_repeated_guidance_is_reaffirmed(orders):
    rows = _revisions(orders["newest_first"])
    lathrop = _one(rows, metric="storage_production_rate", subject="Lathrop", kind="guidance", call_id="TSLA-2024Q1")
    assert lathrop["revision"] == "reaffirmed" and lathrop["value"] == lathrop["previous_value"] == 40


def test_a_product_named_two_ways_is_one_target_across_calls(orders):
    """Q4 2023 says "full self-driving ... over 400,000 vehicles", Q1 2024 "FSD ... around 1.8 million vehicles":
    one product, so one tracked fleet that moved up."""
    rows = _revisions(orders["oldest_first"])
    fleet = _one(rows, metric="fleet_size", subject="FSD", call_id="TSLA-2024Q1")
    assert fleet["revision"] == "raised" and fleet["value"] == 1.8e6
    assert fleet["previous_call_id"] == "TSLA-2023Q4" and fleet["previous_value_low"] == 400_000


@needs_corpus
def test_a_segment_written_in_another_case_or_without_group_is_the_same_target(tmp_path):
    """DXC's transcripts write "IT outsourcing revenue was $1.13 billion" (Q1 FY2022) and "IT Outsourcing revenue was
    $1.11 billion" (Q3 FY2022); Snap-on's call says "RS&I" and "RS&I Group" of one operating margin of 24.8%, and
    "Snap-on Tools Group" and "the Tools Group" of one of 21.9%."""
    db = tmp_path / "earnings.duckdb"
    for name in ("DXC_q1_2022.json", "DXC_q3_2022.json", "SNA_q4_2021.json"):
        result = run_pipeline("ingest", str(CORPUS / name), db=db)
        assert result.returncode == 0, result.stderr
    rows = _revisions(db)
    outsourcing = _one(rows, metric="revenue", subject="IT Outsourcing", call_id="DXC-2022Q3")
    assert outsourcing["revision"] == "lowered" and outsourcing["value"] == 1.11e9
    assert outsourcing["previous_call_id"] == "DXC-2022Q1" and outsourcing["previous_value"] == 1.13e9
    margin = _one(rows, metric="operating_margin", subject_key="rs&i", value=24.8)
    assert margin["statements_in_call"] == 2
    tools = _one(rows, metric="operating_margin", subject_key="tools", value=21.9)
    assert tools["statements_in_call"] == 2


@needs_corpus
def test_an_outlook_list_is_tracked_by_the_period_its_heading_set(tmp_path):
    """DXC's CFO reads lists: "Moving on to second-quarter guidance on Slide 22. ... Non-GAAP diluted earnings per share
    in the range of $0.80 to $0.84." (Q1 FY2022); "Turning to the fourth quarter guidance. ... $0.98 to $1.03 per share."
    and "... update our current fiscal year guidance. ... $3.64 to $3.69." (Q3 FY2022). Three targets, each new, not
    one undated EPS "raised" from $0.82 to $3.665; and the diff and the figures say the period came from the context."""
    db = tmp_path / "earnings.duckdb"
    for name in ("DXC_q1_2022.json", "DXC_q3_2022.json"):
        result = run_pipeline("ingest", str(CORPUS / name), db=db)
        assert result.returncode == 0, result.stderr
    eps = {(r["call_id"], r["period_label"], r["period_framed"], r["value_low"], r["value_high"], r["revision"])
           for r in _revisions(db) if r["metric"] == "adjusted_eps" and r["kind"] == "guidance" and r["revision"] != "dropped"}
    assert eps == {("DXC-2022Q1", "Q2 FY2022", True, 0.80, 0.84, "new"),
                   ("DXC-2022Q3", "Q4 FY2022", True, 0.98, 1.03, "new"),
                   ("DXC-2022Q3", "FY2022", True, 3.64, 3.69, "new")}
    shown = run_pipeline("diff", "DXC", "--format", "json", db=db)
    assert shown.returncode == 0, shown.stderr
    targets = {row["target"] for row in json.loads(shown.stdout)["rows"]}
    assert {"adjusted_eps · Q4 FY2022 (from context)", "adjusted_eps · FY2022 (from context)"} <= targets
    listed = run_pipeline("figures", "DXC-2022Q3", "--metric", "adjusted_eps", "--kind", "guidance", db=db)
    assert listed.returncode == 0, listed.stderr
    assert "$3.64/share – $3.69/share  FY2022 (from context)  (guidance)" in listed.stdout


@needs_corpus
def test_a_guidance_the_call_replaces_is_not_its_statement(tmp_path):
    """MarineMax raises its 2021 EPS guidance "to the range of $4 to $4.20 for 2021 from our earlier guidance of $3.70 to
    $3.90", and Boston Beer its capex to "between $250 million and $350 million, a decrease in our previously
    communicated range of between $300 million and $400 million": the earlier range is said last, but the call's
    statement is the new one; the figures list shows the earlier one as replaced."""
    db = tmp_path / "earnings.duckdb"
    for name in ("HZO_q1_2021.json", "SAM_q1_2021.json"):
        result = run_pipeline("ingest", str(CORPUS / name), db=db)
        assert result.returncode == 0, result.stderr
    stated = {(r["ticker"], r["metric"], r["period_label"], r["value_low"], r["value_high"]) for r in _revisions(db)
              if r["metric"] in ("eps", "capex") and r["period_label"] == "FY2021"}
    assert stated == {("HZO", "eps", "FY2021", 4.0, 4.2), ("SAM", "eps", "FY2021", 22.0, 26.0),
                      ("SAM", "capex", "FY2021", 250e6, 350e6)}
    listed = run_pipeline("figures", "HZO-2021Q1", "--metric", "eps", "--kind", "guidance", db=db)
    assert listed.returncode == 0, listed.stderr
    assert "$3.70/share – $3.90/share  FY2021  (earlier guidance, replaced)" in listed.stdout
    assert "$4.00/share – $4.20/share  FY2021  (guidance)" in listed.stdout


@needs_corpus
def test_milestones_that_name_only_their_event_are_told_apart_by_their_date(tmp_path):
    """Philip Morris's Q3 2021 call plans to "launch in our second market of Switzerland next month", "to launch in
    Ukraine before year-end" and looks forward to "additional major launches in 2022": each milestone's subject is
    only "launch", and the three are three targets; Tesla's "next-gen vehicle start of production", said with two
    dates in its Q4 2023 call, stays one."""
    db = tmp_path / "earnings.duckdb"
    assert run_pipeline("ingest", str(CORPUS / "PM_q3_2021.json"), db=db).returncode == 0
    _ingest(db, "q4-2023.txt")
    launches = [(r["period_label"], r["revision"]) for r in _revisions(db) if r["subject"] == "launch"]
    assert sorted(launches) == [("FY2022", "new"), ("Nov 2021", "new"), ("end of 2021", "new")]
    production = [r for r in _revisions(db) if r["subject"] == "next-gen vehicle start of production"]
    assert [(r["period_label"], r["statements_in_call"]) for r in production] == [("end of 2025", 3)]


def test_latest_names_the_call_that_dropped_a_guidance(orders):
    con = duckdb.connect(str(orders["oldest_first"]), read_only=True)
    try:
        latest = con.execute("SELECT call_id, revision, dropped_in_call_id FROM guidance_latest WHERE metric = 'capex'").fetchall()
    finally:
        con.close()
    assert latest == [("TSLA-2023Q4", "new", "TSLA-2024Q1")]


# ---------------------------------------------------------------- made-up calls: every revision rule

CALLS = {  # call_id -> call date
    "ACME-2024Q1": date(2024, 4, 20),
    "ACME-2024Q2": date(2024, 7, 20),
    "ACME-2024Q3": date(2024, 10, 20),
}


def _figure(call_id, start, metric, value=None, *, low=None, high=None, qualifier="exact", unit="USD", subject=None,
            period=("FY2025", date(2025, 1, 1), date(2025, 12, 31)), kind="guidance", evidence="said so"):
    label, period_start, period_end = period
    return dict(figure_id=f"{call_id}:{start}:{metric}", call_id=call_id, turn_index=0, speaker="CFO", role="executive",
                metric=metric, subject=subject, kind=kind, value=value, value_low=low, value_high=high, unit=unit,
                qualifier=qualifier, period_label=label, period_start=period_start, period_end=period_end,
                evidence=evidence, char_start=start, char_end=start + 5, confidence=0.9)


def _add_call(con, call_id: str, call_date: date | None, quarter_end: date | None = None):
    year, quarter = int(call_id[5:9]), int(call_id[-1])
    con.execute("INSERT INTO calls (call_id, company, ticker, fiscal_year, fiscal_quarter, call_date, source_path, "
                "source_sha256, source_format, ingested_at, quarter_end) VALUES (?, 'Acme', 'ACME', ?, ?, ?, 'x', 'x', "
                "'colon', ?, ?)", [call_id, year, quarter, call_date, datetime(2026, 1, 1), quarter_end])


def _made_up_warehouse(path, figures: list[dict], calls: list[str]):
    con = warehouse.connect(path)
    for call_id in calls:  # in the given order: the views must not care
        _add_call(con, call_id, CALLS[call_id])
    warehouse.insert_columns(con, "figures", {name: [f[name] for f in figures] for name in figures[0]})
    return con


H2_2025 = ("H2 2025", date(2025, 7, 1), date(2025, 12, 31))
Q1_2026 = ("Q1 2026", date(2026, 1, 1), date(2026, 3, 31))
Q3_2024 = ("Q3 2024", date(2024, 7, 1), date(2024, 9, 30))

FIGURES = [
    # capex FY2025: ≥ 10B, then 11–13B (raised), then 11–13B (reaffirmed)
    _figure("ACME-2024Q1", 10, "capex", 10e9, low=10e9, qualifier="at_least"),
    _figure("ACME-2024Q2", 10, "capex", None, low=11e9, high=13e9, qualifier="range"),
    _figure("ACME-2024Q3", 10, "capex", None, low=11e9, high=13e9, qualifier="range"),
    # margin FY2025: 20% then 18% (lowered), then not repeated (dropped)
    _figure("ACME-2024Q1", 20, "gross_margin", 20.0, unit="%"),
    _figure("ACME-2024Q2", 20, "gross_margin", 18.0, unit="%"),
    # a launch pushed out from H2 2025 to Q1 2026
    _figure("ACME-2024Q1", 30, "milestone", subject="Widget launch", unit="date", period=H2_2025),
    _figure("ACME-2024Q2", 30, "milestone", subject="Widget launch", unit="date", period=Q1_2026),
    # a Q3 2024 target guided in Q1, silent in Q2 (dropped), silent in Q3 (past: nothing)
    _figure("ACME-2024Q1", 40, "deliveries", 5000.0, unit="units", period=Q3_2024),
    # an actual not repeated is not "dropped"
    _figure("ACME-2024Q1", 50, "cash", 1e9, kind="actual"),
]


@pytest.fixture
def made_up(tmp_path):
    con = _made_up_warehouse(tmp_path / "w.duckdb", FIGURES, ["ACME-2024Q3", "ACME-2024Q1", "ACME-2024Q2"])
    yield con
    con.close()


def _history(con, metric) -> list[tuple]:
    return con.execute("SELECT call_id, revision FROM guidance_revisions WHERE metric = ? ORDER BY call_seq", [metric]).fetchall()


def test_made_up_calls_cover_every_revision(made_up):
    assert _history(made_up, "capex") == [("ACME-2024Q1", "new"), ("ACME-2024Q2", "raised"), ("ACME-2024Q3", "reaffirmed")]
    assert _history(made_up, "gross_margin") == [("ACME-2024Q1", "new"), ("ACME-2024Q2", "lowered"), ("ACME-2024Q3", "dropped")]
    assert _history(made_up, "milestone") == [("ACME-2024Q1", "new"), ("ACME-2024Q2", "pushed_out"), ("ACME-2024Q3", "dropped")]
    assert _history(made_up, "deliveries") == [("ACME-2024Q1", "new"), ("ACME-2024Q2", "dropped")]
    assert _history(made_up, "cash") == [("ACME-2024Q1", "new")]


def test_a_call_ingested_late_is_placed_by_its_quarter(tmp_path):
    q2 = [f for f in FIGURES if f["call_id"] == "ACME-2024Q2"]
    late = _made_up_warehouse(tmp_path / "late.duckdb", [f for f in FIGURES if f not in q2], ["ACME-2024Q1", "ACME-2024Q3"])
    assert _history(late, "capex") == [("ACME-2024Q1", "new"), ("ACME-2024Q3", "raised")]
    _add_call(late, "ACME-2024Q2", CALLS["ACME-2024Q2"])
    warehouse.insert_columns(late, "figures", {name: [f[name] for f in q2] for name in q2[0]})
    assert _history(late, "capex") == [("ACME-2024Q1", "new"), ("ACME-2024Q2", "raised"), ("ACME-2024Q3", "reaffirmed")]
    late.close()


def test_a_target_whose_quarter_a_call_without_a_date_reports_on_has_passed_not_been_dropped(tmp_path):
    """The corpus calls give no date: the next call's quarter, not its date, tells a target that ended from one
    left unsaid. A Q2 2024 target not repeated in the Q2 call has passed; an FY2024 one has been dropped."""
    figures = [_figure("ACME-2024Q1", 10, "deliveries", 5000.0, unit="units", period=("Q2 2024", date(2024, 4, 1), date(2024, 6, 30))),
               _figure("ACME-2024Q1", 20, "capex", 1e9, period=("FY2024", date(2024, 1, 1), date(2024, 12, 31)))]
    con = warehouse.connect(tmp_path / "w.duckdb")
    _add_call(con, "ACME-2024Q1", None, date(2024, 3, 31))
    _add_call(con, "ACME-2024Q2", None, date(2024, 6, 30))
    warehouse.insert_columns(con, "figures", {name: [f[name] for f in figures] for name in figures[0]})
    assert _history(con, "deliveries") == [("ACME-2024Q1", "new")]
    assert _history(con, "capex") == [("ACME-2024Q1", "new"), ("ACME-2024Q2", "dropped")]
    q2 = resolve_call(con, None, "ACME-2024Q2")
    assert q2.as_of_date == date(2024, 7, 1)
    con.close()


@needs_corpus
def test_targets_of_a_quarter_or_year_the_next_corpus_call_reports_are_not_dropped(tmp_path):
    """Comstock's Q3 2021 call guides 2021 ("for this year, we expect to spend between $590 million to $630 million")
    and its fourth quarter; its Q4 2021 call reports that quarter, so these targets have passed by then. Only those
    still ahead that the Q4 call does not repeat are dropped ("we anticipate we'll achieve certification during the
    first half of 2022")."""
    db = tmp_path / "earnings.duckdb"
    for name in ("CRK_q3_2021.json", "CRK_q4_2021.json"):
        result = run_pipeline("ingest", str(CORPUS / name), db=db)
        assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT call_id, call_date, quarter_end FROM calls ORDER BY 1").fetchall() == [
            ("CRK-2021Q3", None, date(2021, 9, 30)), ("CRK-2021Q4", None, date(2021, 12, 31))]
    finally:
        con.close()
    dropped = [r for r in _revisions(db) if r["revision"] == "dropped"]
    assert dropped and all(r["previous_period_end"] is None or r["previous_period_end"] > date(2021, 12, 31) for r in dropped)
    assert ("milestone", date(2022, 6, 30)) in {(r["metric"], r["previous_period_end"]) for r in dropped}


def test_resolve_call_defaults_to_the_latest_and_rejects_unknown_calls(made_up):
    assert resolve_call(made_up, None, None).call_id == "ACME-2024Q3"
    assert resolve_call(made_up, "acme", "acme-2024q1").call_seq == 1
    with pytest.raises(PipelineError, match="no call"):
        resolve_call(made_up, None, "ACME-2023Q4")
    with pytest.raises(PipelineError, match="no TSLA calls"):
        resolve_call(made_up, "TSLA", None)
