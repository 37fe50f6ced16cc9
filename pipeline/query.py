"""`pipeline query`: run SQL against the warehouse, a file of queries/ by name or literal SQL, and export it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from pipeline import warehouse
from pipeline.errors import PipelineError

QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"
EXPORT_FORMATS = ("csv", "json", "parquet")


@dataclass(frozen=True, slots=True)
class QueryResult:
    sql: str
    columns: list[str]
    rows: list[tuple]


def named_queries() -> list[str]:
    return sorted(path.stem for path in QUERIES_DIR.glob("*.sql"))


def resolve_sql(sql_or_file: str) -> str:
    """The text of queries/NAME.sql, of a .sql file, or the argument itself as SQL."""
    text = sql_or_file.strip()
    if not text.endswith(".sql") and any(c.isspace() for c in text):
        return text  # (never looked up as a file: a long statement is no file name the system can take)
    name = text.removesuffix(".sql")
    for path in (QUERIES_DIR / f"{name}.sql", Path(text)):
        if path.suffix == ".sql" and _is_file(path):
            return path.read_text(encoding="utf-8")
    raise PipelineError(f"{text}: no such query file (named queries: {', '.join(named_queries())})")


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long for the file system
        return False


def query(sql_or_file: str, db_path: Path | str | None = None, *, export: str | None = None,
          out: Path | str | None = None) -> QueryResult:
    """Run one SQL statement read-only; with `out`, also write its result as csv, json or parquet
    (`export`, else the file's suffix)."""
    import duckdb

    sql = resolve_sql(sql_or_file)
    if out is not None:
        export = export or Path(out).suffix.lstrip(".").lower()
        if export not in EXPORT_FORMATS:
            raise PipelineError(f"{out}: give --format ({', '.join(EXPORT_FORMATS)}) or a file ending in one")
    con = warehouse.connect(db_path, read_only=True)  # no warehouse: an error, and nothing is created
    try:
        relation = con.sql(sql)
        if relation is None:
            raise PipelineError("the SQL returns no rows (only queries can run here)")
        result = QueryResult(sql, list(relation.columns), relation.fetchall())
        if out is not None and export == "parquet":
            relation.write_parquet(str(out))
    except duckdb.Error as exc:
        raise PipelineError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    if out is not None and export in ("csv", "json"):
        Path(out).write_text(to_csv(result) if export == "csv" else to_json(result), encoding="utf-8")
    return result


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(result.rows)
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    records = [dict(zip(result.columns, row)) for row in result.rows]
    return json.dumps(records, indent=2, default=str, ensure_ascii=False) + "\n"
