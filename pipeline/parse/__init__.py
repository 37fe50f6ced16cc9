"""Transcript file → call metadata and speaker turns, whatever the layout.

    parse_file(path)            read, detect the layout, parse
    parse(text, source_name=…)  the same over text already in memory
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.parse import jsonfmt, metadata
from pipeline.parse.colon import colon_labels, parse_colon
from pipeline.parse.motley import parse_flat, parse_page
from pipeline.parse.turns import RawTurn, finish
from pipeline.records import ParsedCall

LAYOUTS = ("motley_page", "motley_flat", "colon", "json_corpus", "json_api")

_FLAT_MARKER = re.compile(r"\s--\s[A-Z]")
_FLAT_FURNITURE = re.compile(r"Prepared Remarks:|Call [Pp]articipants:|Duration: \d+ minutes")
_PAGE_MARKER = re.compile(r"^[^\S\n]*[A-Z][^\n]{0,60}\s--\s[A-Z][^\n]{0,100}$", re.M)
_PAGE_HEADER = re.compile(r"^[^\S\n]*(?:Prepared Remarks|Call [Pp]articipants):[^\S\n]*$", re.M)


def read_source(path: Path) -> tuple[str, list[str]]:
    """The file's text. Binary and empty files are refused; non-UTF-8 text is read as cp1252 with a warning."""
    if not path.exists():
        raise PipelineError("no such file")
    if path.is_dir():
        raise PipelineError("is a folder, not a file")
    if not path.is_file():
        raise PipelineError("not a regular file")
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise PipelineError("binary file, not a transcript")
    try:
        text, warnings = data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text, warnings = data.decode("cp1252", errors="replace"), ["not UTF-8; read as Windows-1252 (cp1252)"]
    if not text.strip():
        raise PipelineError("empty file")
    return text, warnings


def detect_layout(text: str) -> str:
    stripped = text.lstrip()
    # A JSON object, or a list that parses as JSON ("[Music]" opening a text transcript does not).
    if stripped.startswith("{") or (stripped.startswith("[") and jsonfmt.parses(text)):
        return "json_corpus" if jsonfmt.is_corpus(jsonfmt.load(text)) else "json_api"
    longest = max(text.split("\n"), key=len)
    if len(longest) > len(text) / 2 and (len(_FLAT_MARKER.findall(longest)) >= 2 or _FLAT_FURNITURE.search(longest)):
        return "motley_flat"
    if _PAGE_HEADER.search(text):
        return "motley_page"
    return "colon" if colon_labels(text) > len(_PAGE_MARKER.findall(text)) else "motley_page"


def parse(
    text: str,
    *,
    source_name: str = "",
    layout: str | None = None,
    ticker: str | None = None,
    quarter: str | None = None,
    call_date: str | date | None = None,
    warnings: list[str] | None = None,
) -> ParsedCall:
    layout = layout or detect_layout(text)
    if layout not in LAYOUTS:
        raise PipelineError(f"unknown layout {layout!r} (one of {', '.join(LAYOUTS)})")
    known: dict = {}
    if layout == "json_corpus":
        raw, participants = jsonfmt.parse_corpus(text, jsonfmt.load(text))
    elif layout == "json_api":
        data = jsonfmt.load(text)
        raw, participants = jsonfmt.parse_api(text, data)
        known = jsonfmt.api_metadata(data)
    elif layout == "motley_flat":
        raw, participants = parse_flat(text)
    elif layout == "colon":
        raw, participants = parse_colon(text)
    else:
        raw, participants = parse_page(text)
    turns = finish(raw, participants, sections_given=layout == "json_corpus")
    if not turns:
        raise PipelineError("no speaker turns found")
    header = _header(text, raw)
    meta = metadata.detect(
        header,
        " ".join(t.text for t in turns[:3]),
        source_name,
        ticker=ticker,
        quarter=quarter,
        call_date=call_date,
        known=known,
    )
    return ParsedCall(meta, layout, tuple(turns), tuple(warnings or ()))


def parse_file(path: Path | str, **options) -> ParsedCall:
    path = Path(path)
    text, warnings = read_source(path)
    return parse(text, source_name=path.name, warnings=warnings, **options)


def _header(text: str, raw: list[RawTurn]) -> str:
    """The page text just before the first turn: where a page states company, quarter and date."""
    first = min((r.anchors[0][1] for r in raw if r.anchors), default=0)
    return text[max(0, first - 3000) : first]
