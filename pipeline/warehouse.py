"""The DuckDB warehouse: where it lives, its schema, and transactional writes."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import PipelineError

if TYPE_CHECKING:
    import duckdb

DEFAULT_DB = Path("warehouse") / "earnings.duckdb"
# New warehouses are written in the storage format of DuckDB 1.4, so the stock `duckdb` CLI
# (1.4 and 1.5 at the time of writing) opens them, not only the Python package that made them.
STORAGE_VERSION = "v1.4.0"


def default_db_path() -> Path:
    """`PIPELINE_DB` if set, else warehouse/earnings.duckdb under the working directory."""
    return Path(os.environ.get("PIPELINE_DB") or DEFAULT_DB)


def schema_sql() -> str:
    return resources.files("pipeline").joinpath("data/schema.sql").read_text(encoding="utf-8")


def connect(db_path: Path | str | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the warehouse and make sure the schema is in place."""
    import duckdb

    path = Path(db_path) if db_path is not None else default_db_path()
    if read_only and not path.exists():
        raise PipelineError(f"{path}: no warehouse here yet (run `pipeline ingest` first)")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only, config={"storage_compatibility_version": STORAGE_VERSION})
    except duckdb.Error as exc:
        reason = str(exc).splitlines()[0]
        raise PipelineError(f"{path}: not a usable DuckDB database ({reason})") from None
    if not read_only:
        con.execute(schema_sql())
        _write_milestone_events(con)
    return con


def _write_milestone_events(con: duckdb.DuckDBPyConnection) -> None:
    """The events of cues.toml, which the tracking views tell a milestone that names nothing else by."""
    from pipeline.taxonomy import milestone_events

    with transaction(con):
        con.execute("DELETE FROM milestone_events")
        con.execute("INSERT INTO milestone_events SELECT unnest(?)", [sorted(milestone_events())])


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All of the block's writes, or none of them."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def unknown_call(call_id: str) -> PipelineError:
    return PipelineError(f"no call {call_id!r} in the warehouse (see `pipeline calls`)")


def require_call(con: duckdb.DuckDBPyConnection, call_id: str) -> str:
    """The stored id of the call `call_id` names, in any case ("tsla-2024q1" is TSLA-2024Q1)."""
    found = con.execute("SELECT call_id FROM calls WHERE upper(call_id) = upper(?)", [call_id]).fetchone()
    if not found:
        raise unknown_call(call_id)
    return found[0]


def insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, Sequence]) -> None:
    """Insert rows given column-wise, in one statement (far faster than executemany).

    DuckDB zips several `unnest` calls in one SELECT, so each list becomes a column.
    """
    lengths = {len(values) for values in columns.values()}
    if lengths == {0}:
        return
    if len(lengths) != 1:
        raise ValueError(f"columns for {table} have different lengths: {lengths}")
    names = ", ".join(columns)
    selects = ", ".join(f"unnest(?) AS {name}" for name in columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {selects}", [list(v) for v in columns.values()])
