from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSCRIPTS = ROOT / "transcripts"
PIPELINE = Path(sys.executable).with_name("pipeline")


def run_pipeline(*args: str, db: Path | None = None, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run the installed `pipeline` console script, as a user would."""
    full_env = {**os.environ, **(env or {})}
    if db is not None:
        full_env["PIPELINE_DB"] = str(db)
    return subprocess.run([str(PIPELINE), *args], capture_output=True, text=True, env=full_env, cwd=cwd, timeout=300)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "earnings.duckdb"


@pytest.fixture(scope="session")
def tesla_db(tmp_path_factory) -> Path:
    """A warehouse holding both bundled Tesla calls, ingested once for the session."""
    path = tmp_path_factory.mktemp("tesla") / "earnings.duckdb"
    result = run_pipeline("ingest", str(TRANSCRIPTS), db=path)
    assert result.returncode == 0, result.stderr
    return path
