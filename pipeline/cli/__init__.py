"""The `pipeline` command. Each subcommand is a thin layer over a library function.

Subcommands are imported only when invoked, so `pipeline --help` and the start of
every command stay fast (spaCy, pandas and DuckDB load only where needed).
"""

from __future__ import annotations

import importlib

import click

# command name -> "module:attribute" of its click command
COMMANDS = {
    "ingest": "pipeline.cli.ingest:ingest",
    "calls": "pipeline.cli.browse:calls",
    "turns": "pipeline.cli.browse:turns",
    "figures": "pipeline.cli.figures:figures",
    "model": "pipeline.cli.model:model",
    "diff": "pipeline.cli.diff:diff",
    "query": "pipeline.cli.query:query",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="earnings-pipeline")
def main() -> None:
    """Earnings-call analytics: ingest transcripts, extract guidance, compare with your model."""
