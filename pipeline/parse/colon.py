"""`Name: text` transcripts, as transcript APIs return them (`A - Travis Axelrod:`, `Q - Name:`)."""

from __future__ import annotations

import re

from pipeline.parse.names import looks_like_name, normalise_space, parse_participant
from pipeline.parse.patterns import layout_patterns
from pipeline.parse.turns import RawTurn, joined_spans
from pipeline.records import Speaker

_LABEL = re.compile(r"^[ \t]*(?:[QA][ \t]*[-–—][ \t]*)?(?P<label>[^:\n]{1,80}?)[ \t]*:(?:[ \t]+|$)", re.MULTILINE)
_TITLED_LABEL = re.compile(r"^(?P<name>[^,(]+?)\s*(?:,\s*(?P<title>.+)|\((?P<paren>.+)\))$")
_LINE = re.compile(r"[^\n]+")
_SHORT_LINE = 200


def parse_colon(source: str) -> tuple[list[RawTurn], list[Speaker]]:
    patterns = layout_patterns()
    participants: list[Speaker] = []
    raw: list[RawTurn] = []
    person: Speaker | None = None
    spans: list[tuple[int, int]] = []
    section: str | None = None
    listing = False

    def close() -> None:
        if person and spans:
            text, anchors = joined_spans(source, spans)
            raw.append(RawTurn(person.name, text, anchors, person.title, person.affiliation, section))

    for line in _LINE.finditer(source):
        stripped = line.group().strip()
        if not stripped:
            continue
        # Headers, participant entries and furniture are short lines; speech needs no normalising.
        text = normalise_space(stripped) if len(stripped) <= _SHORT_LINE else ""
        if text and patterns.participants_header.match(text):
            listing = True
            continue
        if text and (patterns.prepared_header.match(text) or patterns.qa_header.match(text)):
            close()
            person, spans, listing = None, [], False
            section = "prepared" if patterns.prepared_header.match(text) else "qa"
            continue
        label = _LABEL.match(line.group())
        speaker = _speaker(label.group("label")) if label else None
        if speaker:
            close()
            listing = False
            person, spans = speaker, []
            start = line.start() + label.end()
            rest = source[start : line.end()].strip()
            if rest:
                offset = source.index(rest, start)
                spans.append((offset, offset + len(rest)))
        elif listing and text:
            entry = parse_participant(re.sub(r"\s+[-–—]\s+", " -- ", text))
            if entry:
                participants.append(entry)
        elif person and not (text and patterns.furniture_line.match(text)):
            offset = line.start() + line.group().index(stripped)
            spans.append((offset, offset + len(stripped)))
    close()
    return raw, participants


def _speaker(label: str) -> Speaker | None:
    label = normalise_space(label)
    if looks_like_name(label):
        return Speaker(label)
    titled = _TITLED_LABEL.match(label)
    if titled and looks_like_name(titled.group("name").strip()):
        return parse_participant(f"{titled.group('name')} -- {titled.group('title') or titled.group('paren')}")
    return None


def colon_labels(source: str) -> int:
    """How many lines open with `Name:`, when most labelled lines do (otherwise 0)."""
    labels = [m.group("label") for m in _LABEL.finditer(source)]
    names = sum(1 for label in labels if _speaker(label))
    return names if names >= 2 and names >= 0.5 * len(labels) else 0
