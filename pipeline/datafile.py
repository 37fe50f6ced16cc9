"""Reading a user's TOML data file (assumptions, mapping) with errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pipeline.errors import PipelineError


def read_toml(path: Path | str) -> dict:
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PipelineError(f"{path}: cannot read ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PipelineError(f"{path}: not valid TOML ({exc})") from None
