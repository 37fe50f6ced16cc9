"""JSON transcripts: the corpus shape and the `{symbol, year, quarter, date, content}` API shape."""

from __future__ import annotations

import json
import re
from typing import Any

from pipeline.errors import PipelineError
from pipeline.parse.colon import parse_colon
from pipeline.parse.names import parse_participant
from pipeline.parse.turns import RawTurn
from pipeline.records import Speaker, compose_anchors

_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|.)")


def load(source: str) -> dict[str, Any]:
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise PipelineError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict):
        raise PipelineError("JSON is not a transcript object")
    return data


def parses(source: str) -> bool:
    try:
        json.loads(source)
    except json.JSONDecodeError:
        return False
    return True


def is_corpus(data: dict[str, Any]) -> bool:
    return "prepared_remarks" in data or "q_and_a" in data


def parse_corpus(source: str, data: dict[str, Any]) -> tuple[list[RawTurn], list[Speaker]]:
    literals = _Literals(source)
    listed = data.get("participants") or []
    if not isinstance(listed, list) or not all(isinstance(e, str) for e in listed):
        raise PipelineError("JSON 'participants' is not a list of strings")
    participants = [p for p in (parse_participant(e) for e in listed) if p]
    raw = []
    for key, section in (("prepared_remarks", "prepared"), ("q_and_a", "qa")):
        entries = data.get(key) or []
        if not isinstance(entries, list):
            raise PipelineError(f"JSON '{key}' is not a list of turns")
        for entry in entries:
            speaker, speech = (entry.get("speaker"), entry.get("speech")) if isinstance(entry, dict) else (None, None)
            if not isinstance(speaker, str) or not isinstance(speech, str):
                raise PipelineError(f"JSON '{key}' holds a turn without a text speaker and speech")
            raw.append(RawTurn(speaker or "Unknown speaker", speech, literals.anchors_for(speech), section=section))
    return raw, participants


def parse_api(source: str, data: dict[str, Any]) -> tuple[list[RawTurn], list[Speaker]]:
    """The content field is a `Name: text` transcript; offsets point into the JSON file."""
    content = data.get("content")
    if not isinstance(content, str):
        raise PipelineError("JSON has no transcript content")
    raw, participants = parse_colon(content)
    outer = _Literals(source).anchors_for(content)
    for turn in raw:
        turn.anchors = compose_anchors(turn.anchors, outer, len(turn.text))
    return raw, participants


class _Literals:
    """The JSON string literals of a file in order, to map decoded text back to file offsets."""

    def __init__(self, source: str) -> None:
        self.matches = list(_STRING.finditer(source))
        self.position = 0

    def _find(self, value: str) -> re.Match[str] | None:
        for i in range(self.position, len(self.matches)):
            match = self.matches[i]
            if len(match.group(1)) >= len(value) and json.loads(match.group()) == value:
                self.position = i + 1
                return match
        return None

    def anchors_for(self, value: str) -> tuple[tuple[int, int], ...]:
        match = self._find(value)
        return _anchors(match) if match else ((0, 0),)


def _anchors(match: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """Anchors for one literal: a new one after every escape, whose decoded length differs."""
    raw, base = match.group(1), match.start(1)
    anchors, text_at, position = [(0, base)], 0, 0
    for escape in _ESCAPE.finditer(raw):
        text_at += escape.start() - position
        decoded = json.loads(f'"{escape.group()}"')
        text_at += len(decoded)
        position = escape.end()
        anchors.append((text_at, base + position))
    return tuple(anchors)


def api_metadata(data: dict[str, Any]) -> dict[str, Any]:
    """What the API shape states outright: symbol, year, quarter, date."""
    from datetime import date

    known: dict[str, Any] = {}
    if isinstance(data.get("symbol"), str):
        known["ticker"] = data["symbol"]
    for key in ("year", "quarter"):
        try:
            known[key] = int(data[key])
        except (KeyError, TypeError, ValueError):
            pass
    if isinstance(data.get("date"), str):
        try:
            known["date"] = date.fromisoformat(data["date"][:10])
        except ValueError:
            pass
    return known
