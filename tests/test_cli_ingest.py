"""`pipeline ingest | calls | turns` through the installed console script, plus the load transaction via the library.

Every CLI test runs the real `pipeline` executable in a subprocess (conftest.run_pipeline) against a
warehouse in tmp_path; nothing in the parser or DuckDB is mocked.
"""

from __future__ import annotations

import dataclasses
import random
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import duckdb
import pytest

from conftest import PIPELINE, ROOT, TRANSCRIPTS, run_pipeline
from pipeline import warehouse
from pipeline.ingest import store_call
from pipeline.parse import parse_file

Q4 = TRANSCRIPTS / "q4-2023.txt"  # TSLA-2023Q4, motley_page, 143 turns
Q1 = TRANSCRIPTS / "q1-2024.txt"  # TSLA-2024Q1, motley_flat
PER_CALL_TABLES = ("calls", "speakers", "turns")
WIDE = {"COLUMNS": "200"}  # keep rich tables on one line per row


# --------------------------------------------------------------------------- helpers


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def counts(db: Path) -> dict[str, int]:
    return {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in PER_CALL_TABLES}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of the per-call tables, in a stable order."""
    return {t: sorted(query(db, f"SELECT * FROM {t}"), key=repr) for t in PER_CALL_TABLES}


def call_rows(db: Path) -> int:
    """Number of calls stored; 0 when the warehouse file does not exist."""
    return query(db, "SELECT count(*) FROM calls")[0][0] if db.exists() else 0


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def warning_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning:")]


def nonblank(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def summary(stdout: str) -> dict[str, dict[str, str]]:
    """The ingest summary table as {call_id: {column: cell}}."""
    lines = stdout.splitlines()
    header = next(line for line in lines if "call" in line and "status" in line and line.startswith("┃"))
    columns = [c.strip() for c in header.strip("┃").split("┃")]
    rows = {}
    for line in lines:
        if line.startswith("│"):
            cells = [c.strip() for c in line.strip("│").split("│")]
            rows[cells[0]] = dict(zip(columns, cells))
    return rows


TURN_HEADER = re.compile(r"^\[(?P<index>\d+)\] (?P<speaker>.+?)  (?P<role>\S+) · (?P<section>\S+) · chars \d+–\d+$")


def turn_headers(stdout: str) -> list[dict[str, str]]:
    return [m.groupdict() for m in map(TURN_HEADER.match, stdout.splitlines()) if m]


def page_transcript(company: str, ticker: str, quarter: int, year: int, when: str, turns: list[tuple[str, str]]) -> str:
    """A small Motley Fool page-layout transcript: header, then `Name -- Title` lines each followed by speech."""
    body = "".join(f"{speaker}\n\n{speech}\n\n" for speaker, speech in turns)
    return f"{company} ({ticker} 1.0%)\nQ{quarter} {year} Earnings Call\n{when}\n\nPrepared Remarks:\n\n{body}"


def small_call(ticker: str, quarter: int = 2, year: int = 2021, when: str = "Jul 28, 2021", extra: str = "") -> str:
    return page_transcript(
        f"{ticker.title()} Corp", ticker, quarter, year, when,
        [
            ("Jane Roe -- Chief Financial Officer", f"Thanks everyone. {ticker} revenue grew nicely this quarter. {extra}"),
            ("John Doe -- Chief Executive Officer", "Great quarter for all of us, thank you for joining."),
            ("Sam Smith -- Big Bank -- Analyst", f"What about {ticker} margins next year?"),
            ("Jane Roe -- Chief Financial Officer", "Margins will be fine, we expect them to hold."),
        ],
    )


MARKUP = "[bold red]HELLO[/bold red]"
ANSI = "\x1b[31mRED\x1b[0m"
EXC = page_transcript(
    "Example Corp", "EXC", 2, 2021, "Jul 28, 2021",
    [
        ("Jane Roe -- Chief Financial Officer", f"Thanks everyone. Our speech contains {MARKUP} and an ANSI escape {ANSI} right here."),
        ("John Doe -- Chief Executive Officer", "Great quarter for all of us, thank you."),
    ],
)


# --------------------------------------------------------------------------- ingest: paths, summary, failures


def test_ingest_folder_loads_both_bundled_calls_and_prints_summary_table(db):
    result = run_pipeline("ingest", str(TRANSCRIPTS), env=WIDE, db=db)
    assert result.returncode == 0, result.stderr
    assert error_lines(result.stderr) == []
    header = next(line for line in result.stdout.splitlines() if line.startswith("┃"))
    assert [c.strip() for c in header.strip("┃").split("┃")] == [
        "call", "layout", "status", "turns", "speakers", "words", "seconds"]
    rows = summary(result.stdout)
    assert set(rows) == {"TSLA-2023Q4", "TSLA-2024Q1"}
    assert rows["TSLA-2023Q4"]["layout"] == "motley_page"
    assert rows["TSLA-2024Q1"]["layout"] == "motley_flat"
    for call_id, row in rows.items():
        assert row["status"] == "loaded"
        turns, speakers, words = query(
            db, "SELECT sum(turns), count(*), sum(words) FROM speakers WHERE call_id = ?", [call_id])[0]
        assert int(row["turns"]) == turns == query(db, "SELECT count(*) FROM turns WHERE call_id = ?", [call_id])[0][0]
        assert int(row["speakers"]) == speakers
        assert int(row["words"].replace(",", "")) == words
        assert float(row["seconds"]) >= 0
    assert rows["TSLA-2023Q4"]["turns"] == "143"


def test_ingest_accepts_files_globs_and_folders(tmp_path):
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    (folder / "nested" / "aaa.txt").write_text(small_call("AAA"), encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\x00 not a transcript")  # folders only take transcript suffixes
    (tmp_path / "bbb.txt").write_text(small_call("BBB"), encoding="utf-8")
    (tmp_path / "ccc.txt").write_text(small_call("CCC"), encoding="utf-8")
    db = tmp_path / "w.duckdb"

    result = run_pipeline("ingest", str(Q4), str(tmp_path / "c*.txt"), str(folder), str(tmp_path / "bbb.txt"), db=db)

    assert result.returncode == 0, result.stderr
    assert error_lines(result.stderr) == []
    stored = {row[0] for row in query(db, "SELECT call_id FROM calls")}
    assert stored == {"TSLA-2023Q4", "CCC-2021Q2", "AAA-2021Q2", "BBB-2021Q2"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_file_does_not_stop_the_others_and_exit_code_is_2(tmp_path, jobs):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(Q4, folder / "a-good.txt")
    (folder / "b-empty.txt").write_text("", encoding="utf-8")
    (folder / "c-prose.txt").write_text("Just some prose.\nNobody is speaking here at all.\n", encoding="utf-8")
    shutil.copy(Q1, folder / "d-good.txt")
    db = tmp_path / "w.duckdb"

    result = run_pipeline("ingest", "--jobs", jobs, str(folder), str(tmp_path / "missing.txt"), env=WIDE, db=db)

    assert result.returncode == 2
    errors = error_lines(result.stderr)
    assert len(errors) == 3, result.stderr
    for name in ("b-empty.txt", "c-prose.txt", "missing.txt"):
        assert sum(name in line for line in errors) == 1, errors
    assert "Traceback" not in result.stderr
    assert {row[0] for row in query(db, "SELECT call_id FROM calls")} == {"TSLA-2023Q4", "TSLA-2024Q1"}
    assert set(summary(result.stdout)) == {"TSLA-2023Q4", "TSLA-2024Q1"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_malformed_json_transcript_is_one_error_not_a_crash(tmp_path, jobs):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-bad.json").write_text('{"prepared_remarks": "oops"}', encoding="utf-8")
    shutil.copy(Q4, folder / "b-good.txt")
    db = tmp_path / "w.duckdb"

    result = run_pipeline("ingest", "--jobs", jobs, str(folder), db=db)

    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    errors = error_lines(result.stderr)
    assert len(errors) == 1 and "a-bad.json" in errors[0]
    assert query(db, "SELECT call_id FROM calls") == [("TSLA-2023Q4",)]


def test_jobs_2_on_folder_of_distinct_calls_equals_jobs_1(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    tickers = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"]
    for i, ticker in enumerate(tickers):
        quarter = i % 4 + 1
        (folder / f"{ticker.lower()}.txt").write_text(
            small_call(ticker, quarter=quarter, year=2020 + i, when=f"Oct {10 + i}, {2020 + i}", extra="More words. " * i),
            encoding="utf-8",
        )
    serial, parallel = tmp_path / "serial.duckdb", tmp_path / "parallel.duckdb"

    one = run_pipeline("ingest", "--jobs", "1", str(folder), env=WIDE, db=serial)
    two = run_pipeline("ingest", "--jobs", "2", str(folder), env=WIDE, db=parallel)

    assert one.returncode == 0, one.stderr
    assert two.returncode == 0, two.stderr
    expected_ids = {f"{t}-{2020 + i}Q{i % 4 + 1}" for i, t in enumerate(tickers)}
    assert set(summary(two.stdout)) == expected_ids
    assert all(row["status"] == "loaded" for row in summary(two.stdout).values())

    def without_ingested_at(db: Path) -> dict[str, list[tuple]]:
        return {
            "calls": query(db, "SELECT * EXCLUDE (ingested_at) FROM calls ORDER BY call_id"),
            "speakers": query(db, "SELECT * FROM speakers ORDER BY call_id, speaker"),
            "turns": query(db, "SELECT * FROM turns ORDER BY call_id, turn_index"),
        }

    assert {r[0] for r in without_ingested_at(parallel)["calls"]} == expected_ids
    assert without_ingested_at(parallel) == without_ingested_at(serial)
    for (table_one, cells_one), (table_two, cells_two) in zip(
        sorted(summary(one.stdout).items()), sorted(summary(two.stdout).items())
    ):
        assert table_one == table_two
        assert {k: v for k, v in cells_one.items() if k != "seconds"} == {k: v for k, v in cells_two.items() if k != "seconds"}


# --------------------------------------------------------------------------- idempotence and replacement


def test_reingesting_same_files_changes_nothing_and_reports_unchanged(db):
    first = run_pipeline("ingest", str(TRANSCRIPTS), env=WIDE, db=db)
    assert first.returncode == 0, first.stderr
    before = snapshot(db)
    assert counts(db) == {"calls": 2, "speakers": len(before["speakers"]), "turns": len(before["turns"])}

    again = run_pipeline("ingest", str(TRANSCRIPTS), env=WIDE, db=db)

    assert again.returncode == 0, again.stderr
    assert {call: row["status"] for call, row in summary(again.stdout).items()} == {
        "TSLA-2023Q4": "unchanged", "TSLA-2024Q1": "unchanged"}
    assert snapshot(db) == before  # same rows, same ingested_at, same hashes


def test_same_file_named_twice_in_one_run_is_stored_once(db):
    result = run_pipeline("ingest", "transcripts/q4-2023.txt", str(Q4), str(Q4), env=WIDE, db=db, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert counts(db) == {"calls": 1, "speakers": 8, "turns": 143}
    assert "unchanged" in result.stdout and "loaded" in result.stdout


def assert_no_duplicates(db: Path) -> None:
    assert query(db, "SELECT call_id FROM calls GROUP BY call_id HAVING count(*) > 1") == []
    assert query(db, "SELECT call_id, turn_index FROM turns GROUP BY ALL HAVING count(*) > 1") == []
    assert query(db, "SELECT call_id, speaker FROM speakers GROUP BY ALL HAVING count(*) > 1") == []
    # speakers agree with turns: no leftovers from an older version of the call
    assert query(db, "SELECT sum(turns) FROM speakers") == query(db, "SELECT count(*) FROM turns")
    assert query(db, "SELECT count(*) FROM turns WHERE call_id NOT IN (SELECT call_id FROM calls)") == [(0,)]


def test_changed_file_for_same_call_replaces_its_rows(tmp_path, db):
    copy = tmp_path / "q4-2023.txt"
    original = Q4.read_text(encoding="utf-8")
    copy.write_text(original, encoding="utf-8")
    assert run_pipeline("ingest", str(copy), db=db).returncode == 0
    (loaded_at,) = query(db, "SELECT ingested_at FROM calls")[0]
    assert counts(db)["turns"] == 143

    # 1. edit one word: same turns, new text
    assert "Bye-bye." in original
    copy.write_text(original.replace("Bye-bye.", "Farewell, friends."), encoding="utf-8")
    edited = run_pipeline("ingest", str(copy), env=WIDE, db=db)
    assert edited.returncode == 0, edited.stderr
    assert summary(edited.stdout)["TSLA-2023Q4"]["status"] == "replaced"
    assert counts(db) == {"calls": 1, "speakers": 8, "turns": 143}
    texts = "\n".join(row[0] for row in query(db, "SELECT text FROM turns"))
    assert "Farewell, friends." in texts and "Bye-bye." not in texts
    (edited_at,) = query(db, "SELECT ingested_at FROM calls")[0]
    assert edited_at > loaded_at
    assert_no_duplicates(db)

    # 2. cut the last few turns (keep the participants list after them)
    start = original.rindex("Martin Viecha\n\nOK. I think that's all the time")
    end = original.index("Duration: 0 minutes")
    copy.write_text(original[:start] + original[end:], encoding="utf-8")
    cut = run_pipeline("ingest", str(copy), env=WIDE, db=db)
    assert cut.returncode == 0, cut.stderr
    row = summary(cut.stdout)["TSLA-2023Q4"]
    assert row["status"] == "replaced"
    turns = counts(db)["turns"]
    assert turns < 143 and int(row["turns"]) == turns
    assert query(db, "SELECT count(*) FROM calls") == [(1,)]
    assert query(db, "SELECT max(turn_index) FROM turns") == [(turns - 1,)]
    texts = "\n".join(r[0] for r in query(db, "SELECT text FROM turns"))
    assert "all the time we have for today" not in texts
    assert_no_duplicates(db)


def test_date_override_on_already_ingested_file_updates_call_date(db):
    assert run_pipeline("ingest", str(Q4), db=db).returncode == 0
    assert query(db, "SELECT call_date FROM calls") == [(date(2024, 1, 24),)]

    result = run_pipeline("ingest", str(Q4), "--date", "2024-01-25", db=db)

    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT call_date FROM calls") == [(date(2024, 1, 25),)]


# --------------------------------------------------------------------------- one transaction per call


def _bad_last_turn(call):
    """A new version of the call whose first turn is edited and whose last turn violates turns.role NOT NULL."""
    turns = list(call.turns)
    turns[0] = dataclasses.replace(turns[0], text="PARTIAL NEW TEXT")
    turns[-1] = dataclasses.replace(turns[-1], role=None)
    return dataclasses.replace(call, turns=tuple(turns))


def _bad_calls_row(call):
    """A new version whose calls row violates calls.source_format NOT NULL (fails right after the DELETEs)."""
    turns = (dataclasses.replace(call.turns[0], text="PARTIAL NEW TEXT"),) + call.turns[1:]
    return dataclasses.replace(call, source_format=None, turns=turns)


@pytest.mark.parametrize("make_bad", [_bad_last_turn, _bad_calls_row], ids=["turns-not-null", "calls-not-null"])
def test_store_call_failure_rolls_back_and_keeps_previous_version(tmp_path, make_bad):
    db = tmp_path / "w.duckdb"
    call = parse_file(Q4)
    con = warehouse.connect(db)
    try:
        with warehouse.transaction(con):
            store_call(con, call, Q4, "sha-of-good-version")
        good = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in PER_CALL_TABLES}
        assert len(good["turns"]) == 143

        bad = make_bad(call)
        assert bad.call_id == call.call_id
        with pytest.raises(duckdb.ConstraintException):
            with warehouse.transaction(con):
                store_call(con, bad, Q4, "sha-of-bad-version")

        after = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in PER_CALL_TABLES}
        assert after == good
        assert con.execute("SELECT source_sha256 FROM calls").fetchall() == [("sha-of-good-version",)]
        assert con.execute("SELECT count(*) FROM turns WHERE text = 'PARTIAL NEW TEXT'").fetchone() == (0,)
    finally:
        con.close()
    assert snapshot(db) == good  # and that is what is on disk


def test_cli_load_failure_keeps_previous_version_of_the_call(tmp_path):
    """A real load failure through the CLI: a warehouse whose turns table carries an extra CHECK constraint
    (the schema is CREATE TABLE IF NOT EXISTS, so the stricter table is kept) rejects the new version's last turn."""
    db = tmp_path / "w.duckdb"
    strict = warehouse.schema_sql().replace(
        "text        VARCHAR NOT NULL,", "text        VARCHAR NOT NULL CHECK (text NOT LIKE '%POISON%'),")
    assert "POISON" in strict
    con = duckdb.connect(str(db))
    con.execute(strict)
    con.close()
    assert run_pipeline("ingest", str(Q4), db=db).returncode == 0
    before = snapshot(db)

    original = Q4.read_text(encoding="utf-8")
    last = original.rindex("Thank you.\n\nDuration")  # Elon Musk's last turn
    poisoned = tmp_path / "poisoned.txt"
    poisoned.write_text(original[:last] + "POISON. " + original[last:], encoding="utf-8")
    result = run_pipeline("ingest", str(poisoned), db=db)

    assert result.returncode == 2
    errors = error_lines(result.stderr)
    assert len(errors) == 1 and "poisoned.txt" in errors[0] and "load failed" in errors[0], result.stderr
    assert snapshot(db) == before


# --------------------------------------------------------------------------- bad input


def _write_binary(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "binary": (_write_binary, "binary"),
    "no-turns": (lambda p: p.write_text("Quarterly letter\n\nRevenue rose. Costs fell.\nWe thank our staff.\n",
                                        encoding="utf-8"), "no speaker turns"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_gives_one_error_line_exit_2_and_writes_nothing(tmp_path, db, case):
    make, reason = BAD_INPUTS[case]
    path = tmp_path / f"bad-{case}.txt"
    if make:
        make(path)

    result = run_pipeline("ingest", str(path), db=db)

    assert result.returncode == 2
    assert nonblank(result.stderr) == error_lines(result.stderr), result.stderr  # nothing but the error line
    (line,) = error_lines(result.stderr)
    assert path.name in line and reason in line.lower()
    assert "Traceback" not in result.stderr
    assert call_rows(db) == 0


def test_bom_and_whitespace_only_file_is_reported_as_empty(tmp_path, db):
    path = tmp_path / "bom-only.txt"
    path.write_bytes(b"\xef\xbb\xbf\n  \n")
    result = run_pipeline("ingest", str(path), db=db)
    assert result.returncode == 2
    (line,) = error_lines(result.stderr)
    assert "bom-only.txt" in line and "empty" in line
    assert call_rows(db) == 0


def test_text_transcript_starting_with_bracketed_note_is_not_taken_for_json(tmp_path, db):
    body = ("Operator: Good afternoon and welcome to the ACME Q2 2021 earnings call.\n"
            "Jane Roe: Thanks. Revenue grew a lot this quarter, thank you all.\n"
            "Sam Smith: What about margins?\n"
            "Jane Roe: Margins will be fine.\n")
    plain, noted = tmp_path / "plain.txt", tmp_path / "noted.txt"
    plain.write_text(body, encoding="utf-8")
    noted.write_text("[Music]\n" + body, encoding="utf-8")
    assert run_pipeline("ingest", str(plain), "--ticker", "ACME", db=tmp_path / "plain.duckdb").returncode == 0

    result = run_pipeline("ingest", str(noted), "--ticker", "ACME", db=db)

    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT call_id FROM calls") == [("ACME-2021Q2",)]


def test_corrupt_database_is_refused_and_left_untouched(tmp_path):
    db = tmp_path / "corrupt.duckdb"
    garbage = random.Random(1234).randbytes(16384)
    db.write_bytes(garbage)
    before_listing = sorted(p.name for p in tmp_path.iterdir())

    result = run_pipeline("ingest", str(Q4), "--db", str(db))

    assert result.returncode == 2
    assert nonblank(result.stderr) == error_lines(result.stderr), result.stderr
    (line,) = error_lines(result.stderr)
    assert "corrupt.duckdb" in line
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == before_listing  # no .wal or other file next to it

    # reading commands refuse it the same way
    for args in (("calls",), ("turns", "TSLA-2023Q4")):
        browse = run_pipeline(*args, "--db", str(db))
        assert browse.returncode == 2
        (line,) = error_lines(browse.stderr)
        assert "corrupt.duckdb" in line
    assert db.read_bytes() == garbage


def test_bad_quarter_override_is_one_error_and_nothing_stored(db):
    result = run_pipeline("ingest", str(Q4), "--quarter", "sometime", db=db)
    assert result.returncode == 2
    (line,) = error_lines(result.stderr)
    assert "q4-2023.txt" in line and "--quarter" in line
    assert call_rows(db) == 0


def test_non_utf8_cp1252_transcript_is_read_with_a_warning(tmp_path, db):
    text = Q4.read_text(encoding="utf-8").replace("Tesla's fourth-quarter", "Tesla\u2019s \u201cfourth\u201d-quarter")
    assert "\u201cfourth\u201d" in text
    path = tmp_path / "q4-cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")

    result = run_pipeline("ingest", str(path), db=db)

    assert result.returncode == 0, result.stderr
    assert error_lines(result.stderr) == []
    (warning,) = warning_lines(result.stderr)
    assert "q4-cp1252.txt" in warning and "UTF-8" in warning
    assert query(db, "SELECT call_id, source_format FROM calls") == [("TSLA-2023Q4", "motley_page")]
    assert counts(db)["turns"] == 143
    first = query(db, "SELECT text FROM turns WHERE call_id = 'TSLA-2023Q4' AND turn_index = 0")[0][0]
    assert "Tesla\u2019s \u201cfourth\u201d-quarter" in first


# --------------------------------------------------------------------------- literal text


def test_transcript_markup_and_escape_codes_are_shown_literally(tmp_path, db):
    path = tmp_path / "exc.txt"
    path.write_text(EXC, encoding="utf-8")

    ingested = run_pipeline("ingest", str(path), db=db)
    assert ingested.returncode == 0, ingested.stderr
    assert "\x1b" not in ingested.stdout
    stored = query(db, "SELECT text FROM turns WHERE call_id = 'EXC-2021Q2' ORDER BY turn_index")[0][0]
    assert MARKUP in stored  # stored as written

    shown = run_pipeline("turns", "EXC-2021Q2", db=db)

    assert shown.returncode == 0, shown.stderr
    assert MARKUP in shown.stdout
    assert "\x1b" not in shown.stdout
    assert "RED" in shown.stdout  # the escape's text survives, only the control byte is neutralised
    listed = run_pipeline("calls", db=db)
    assert listed.returncode == 0 and "EXC-2021Q2" in listed.stdout and "\x1b" not in listed.stdout


# --------------------------------------------------------------------------- choosing the warehouse


def test_db_option_wins_over_pipeline_db_env(tmp_path):
    chosen, other = tmp_path / "chosen.duckdb", tmp_path / "other.duckdb"
    result = run_pipeline("ingest", str(Q4), "--db", str(chosen), env={"PIPELINE_DB": str(other)})
    assert result.returncode == 0, result.stderr
    assert query(chosen, "SELECT call_id FROM calls") == [("TSLA-2023Q4",)]
    assert not other.exists()
    listed = run_pipeline("calls", "--db", str(chosen), env={"PIPELINE_DB": str(other)})
    assert listed.returncode == 0 and "TSLA-2023Q4" in listed.stdout


def test_pipeline_db_env_selects_database_and_file_opens_from_pandas(tmp_path):
    db = tmp_path / "sub" / "env.duckdb"
    result = run_pipeline("ingest", str(Q4), cwd=tmp_path, env={"PIPELINE_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert db.exists() and not (tmp_path / "warehouse").exists()

    listed = run_pipeline("calls", cwd=tmp_path, env={"PIPELINE_DB": str(db)})
    assert listed.returncode == 0 and "TSLA-2023Q4" in listed.stdout

    con = duckdb.connect(str(db), read_only=True)
    try:
        calls = con.execute("SELECT * FROM calls").df()
        turns = con.execute("SELECT * FROM turns ORDER BY turn_index").df()
    finally:
        con.close()
    assert list(calls.columns) == ["call_id", "company", "ticker", "fiscal_year", "fiscal_quarter", "call_date",
                                   "source_path", "source_sha256", "source_format", "ingested_at", "quarter_end"]
    assert calls.loc[0, "call_id"] == "TSLA-2023Q4" and str(calls.loc[0, "quarter_end"])[:10] == "2023-12-31"
    assert calls.loc[0, "source_path"] == str(Q4.resolve())
    assert len(turns) == 143 and list(turns["turn_index"]) == list(range(143))


def test_default_database_is_warehouse_folder_under_cwd(tmp_path):
    result = run_pipeline("ingest", str(Q4), cwd=tmp_path, env={"PIPELINE_DB": ""})
    assert result.returncode == 0, result.stderr
    assert query(tmp_path / "warehouse" / "earnings.duckdb", "SELECT call_id FROM calls") == [("TSLA-2023Q4",)]


# --------------------------------------------------------------------------- overrides


def test_ticker_quarter_and_date_overrides_change_call_id_and_date(tmp_path, db):
    path = tmp_path / "exc.txt"
    path.write_text(small_call("EXC"), encoding="utf-8")

    plain = run_pipeline("ingest", str(path), db=db)
    assert plain.returncode == 0, plain.stderr
    overridden = run_pipeline("ingest", str(path), "--ticker", "exz", "--quarter", "2022Q3", "--date", "2022-10-05",
                              env=WIDE, db=db)
    assert overridden.returncode == 0, overridden.stderr
    assert summary(overridden.stdout)["EXZ-2022Q3"]["status"] == "loaded"

    assert query(db, "SELECT call_id, ticker, fiscal_year, fiscal_quarter, call_date FROM calls ORDER BY call_id") == [
        ("EXC-2021Q2", "EXC", 2021, 2, date(2021, 7, 28)),
        ("EXZ-2022Q3", "EXZ", 2022, 3, date(2022, 10, 5)),
    ]
    assert_no_duplicates(db)


def test_quarter_override_on_bundled_call(db):
    result = run_pipeline("ingest", str(Q4), "--quarter", "2023Q3", db=db)
    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT call_id, call_date FROM calls") == [("TSLA-2023Q3", date(2024, 1, 24))]


# --------------------------------------------------------------------------- calls and turns


def test_calls_lists_stored_calls(tesla_db):
    result = run_pipeline("calls", env=WIDE, db=tesla_db)
    assert result.returncode == 0, result.stderr
    rows = [[c.strip() for c in line.strip("│").split("│")] for line in result.stdout.splitlines() if line.startswith("│")]
    by_id = {row[0]: row for row in rows}
    assert set(by_id) == {"TSLA-2023Q4", "TSLA-2024Q1"}
    assert by_id["TSLA-2023Q4"][2] == "2024-01-24" and by_id["TSLA-2023Q4"][4] == "143"
    assert by_id["TSLA-2024Q1"][2] == "2024-04-23"


def test_turns_filters_by_fuzzy_speaker_and_section(tesla_db):
    result = run_pipeline("turns", "TSLA-2023Q4", "--speaker", "taneja", "--section", "qa", env=WIDE, db=tesla_db)
    assert result.returncode == 0, result.stderr
    headers = turn_headers(result.stdout)
    expected = query(tesla_db, "SELECT turn_index FROM turns WHERE call_id = 'TSLA-2023Q4' "
                               "AND speaker = 'Vaibhav Taneja' AND section = 'qa' ORDER BY turn_index")
    assert expected, "the call has Q&A turns by Vaibhav Taneja"
    assert [int(h["index"]) for h in headers] == [r[0] for r in expected]
    assert {h["speaker"] for h in headers} == {"Vaibhav Taneja"}
    assert {h["section"] for h in headers} == {"qa"}


def test_turns_without_filters_prints_every_turn_in_order(tesla_db):
    result = run_pipeline("turns", "TSLA-2024Q1", env=WIDE, db=tesla_db)
    assert result.returncode == 0, result.stderr
    total = query(tesla_db, "SELECT count(*) FROM turns WHERE call_id = 'TSLA-2024Q1'")[0][0]
    assert [int(h["index"]) for h in turn_headers(result.stdout)] == list(range(total))


def test_turns_unknown_call_is_one_error_line_exit_2(tesla_db):
    result = run_pipeline("turns", "NOPE-2020Q1", db=tesla_db)
    assert result.returncode == 2
    assert result.stdout == ""
    assert nonblank(result.stderr) == error_lines(result.stderr)
    (line,) = error_lines(result.stderr)
    assert "NOPE-2020Q1" in line


def test_turns_unknown_speaker_is_one_error_line_exit_2(tesla_db):
    result = run_pipeline("turns", "TSLA-2023Q4", "--speaker", "zzzzqqq", db=tesla_db)
    assert result.returncode == 2
    (line,) = error_lines(result.stderr)
    assert "zzzzqqq" in line


def test_browsing_without_a_warehouse_is_one_error_and_creates_nothing(tmp_path):
    db = tmp_path / "none.duckdb"
    for args in (("calls",), ("turns", "TSLA-2023Q4")):
        result = run_pipeline(*args, db=db)
        assert result.returncode == 2
        (line,) = error_lines(result.stderr)
        assert "none.duckdb" in line
    assert not db.exists()


def test_the_warehouse_opens_in_the_stock_duckdb_cli(tesla_db):
    """The `duckdb` command-line shell (the duckdb-cli package of the test extra), not only Python."""
    shell = PIPELINE.with_name("duckdb")
    if not shell.exists():
        pytest.skip(f"{shell} is absent: install the test extra (pip install -e '.[test]')")
    result = subprocess.run([str(shell), "-readonly", "-csv", str(tesla_db),
                             "SELECT call_id, count(*) FROM turns GROUP BY call_id ORDER BY call_id"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["call_id,count_star()", "TSLA-2023Q4,143", "TSLA-2024Q1,133"]


def test_a_warehouse_made_before_the_newer_columns_gets_them_and_reingests(tmp_path):
    db = tmp_path / "old.duckdb"
    con = warehouse.connect(db)
    for column in ("framing_label", "framing_start", "framing_end"):  # the tables as they were made before them
        con.execute(f"ALTER TABLE figures DROP COLUMN {column}")
    con.execute("ALTER TABLE calls DROP COLUMN quarter_end")
    con.close()
    result = run_pipeline("ingest", str(Q4), db=db)
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [row[0] for row in con.execute("DESCRIBE figures").fetchall()]
        statements = con.execute("SELECT count(*) FROM guidance_statements WHERE call_id = 'TSLA-2023Q4'").fetchone()[0]
        quarter_end = con.execute("SELECT quarter_end FROM calls").fetchall()
    finally:
        con.close()
    assert columns[-3:] == ["framing_label", "framing_start", "framing_end"] and statements > 0
    assert quarter_end == [(date(2023, 12, 31),)]
