"""The parser's patterns, loaded once from pipeline/data/layout.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class LayoutPatterns:
    furniture_line: re.Pattern[str]
    furniture_blocks: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    furniture_inline: tuple[tuple[str | None, re.Pattern[str]], ...]  # (hint, pattern)
    prepared_header: re.Pattern[str]
    qa_header: re.Pattern[str]
    participants_header: re.Pattern[str]
    qa_opener: re.Pattern[str]
    special_roles: dict[str, str]
    host_title: re.Pattern[str]
    analyst_title: re.Pattern[str]
    analyst_firm_after_name: str
    host_self: re.Pattern[str]


@cache
def layout_patterns() -> LayoutPatterns:
    data = tomllib.loads(resources.files("pipeline").joinpath("data/layout.toml").read_text(encoding="utf-8"))
    furniture, sections, roles = data["furniture"], data["sections"], data["roles"]
    return LayoutPatterns(
        furniture_line=_any(furniture["lines"]),
        furniture_blocks=tuple(
            (re.compile(b["start"], re.IGNORECASE), re.compile(b["end"], re.IGNORECASE)) for b in furniture["blocks"]
        ),
        furniture_inline=tuple((f.get("hint"), re.compile(f["pattern"])) for f in furniture["inline"]),
        prepared_header=_any(sections["prepared"]),
        qa_header=_any(sections["qa"]),
        participants_header=_any(sections["participants"]),
        qa_opener=_any(sections["qa_openers"]),
        special_roles=dict(roles["special"]),
        host_title=_any(roles["host_titles"]),
        analyst_title=_any(roles["analyst_titles"]),
        analyst_firm_after_name=roles["analyst_firm_after_name"],
        host_self=re.compile(roles["host_self"], re.IGNORECASE),
    )
