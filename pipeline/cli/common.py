"""Pieces every subcommand shares: the --db option, consoles, one-line errors, literal text."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pipeline.errors import PipelineError

# From this terminal width on, listings are tables; narrower (or piped, 80 columns), one block per row.
WIDE_TERMINAL = 120

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Warehouse file [default: $PIPELINE_DB or warehouse/earnings.duckdb].",
)

# C0/C1 control characters except tab and newline: an ANSI escape in a transcript must not restyle the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: object, style: str = ""):
    """A rich Text that shows transcript text exactly: no markup, no escape codes."""
    from rich.text import Text

    return Text(_CONTROL.sub("\N{REPLACEMENT CHARACTER}", "" if text is None else str(text)), style=style)


def console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a PipelineError into one line on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except PipelineError as exc:
            fail(str(exc))

    return wrapper
