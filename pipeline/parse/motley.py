"""Motley Fool transcript pages: as published (one paragraph a line) and flattened onto one line."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from pipeline.errors import PipelineError
from pipeline.parse.names import DASH, NAME, NAME_RE, looks_like_name, name_key, normalise_space, parse_participant
from pipeline.parse.patterns import layout_patterns
from pipeline.parse.turns import RawTurn, joined_spans
from pipeline.records import Speaker

_LINE = re.compile(r"[^\n]*")


def _lines(source: str) -> list[tuple[int, int]]:
    """(start, end) of each line's trimmed content; empty lines are dropped."""
    spans = []
    for match in _LINE.finditer(source):
        text = match.group()
        stripped = text.strip()
        if stripped:
            start = match.start() + (len(text) - len(text.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


# ---------------------------------------------------------------- the page as published


def parse_page(source: str) -> tuple[list[RawTurn], list[Speaker]]:
    patterns = layout_patterns()
    lines = [(s, e, normalise_space(source[s:e])) for s, e in _lines(source)]
    participants_at = next((i for i, (_, _, t) in enumerate(lines) if patterns.participants_header.match(t)), None)
    participants = _participant_lines([t for _, _, t in lines[participants_at + 1 :]]) if participants_at is not None else []
    body = lines[:participants_at] if participants_at is not None else lines
    opening = next((i for i, (_, _, t) in enumerate(body) if patterns.prepared_header.match(t)), 0)
    body = body[opening:]  # whatever precedes `Prepared Remarks:` is page header, or another page
    known = {name_key(p.name) for p in participants}

    raw: list[RawTurn] = []
    current: tuple[Speaker, list[tuple[int, int]], str | None] | None = None
    section: str | None = None
    in_block: re.Pattern[str] | None = None

    def close() -> None:
        if current and current[1]:
            text, anchors = joined_spans(source, current[1])
            raw.append(RawTurn(current[0].name, text, anchors, current[0].title, current[0].affiliation, current[2]))

    for start, end, text in body:
        if in_block is not None:
            if in_block.match(text):
                in_block = None
            continue
        block_end = next((e for s, e in patterns.furniture_blocks if s.match(text)), None)
        if block_end is not None:
            in_block = block_end
            continue
        if patterns.prepared_header.match(text) or patterns.qa_header.match(text):
            close()
            current = None
            section = "prepared" if patterns.prepared_header.match(text) else "qa"
            continue
        if patterns.furniture_line.match(text):
            continue
        speaker = _speaker_line(text, known)
        if speaker:
            close()
            current = (speaker, [], section)
        elif current:
            current[1].append((start, end))
    close()
    return raw, participants


def _participant_lines(lines: list[str]) -> list[Speaker]:
    patterns = layout_patterns()
    found = []
    for text in lines:
        if patterns.furniture_line.match(text):
            break
        person = parse_participant(text)
        if person:
            found.append(person)
    return found


def _speaker_line(text: str, known: set[str]) -> Speaker | None:
    """A line that names who speaks next, or None for a line of speech."""
    if len(text) > 150 or text[-1] in ".?!,;:\"”)":
        return None
    person = parse_participant(text)
    if person is None:
        return None
    if name_key(person.name) in known or person.title or name_key(text) in layout_patterns().special_roles:
        return person
    # A bare name with no participants list to confirm it: accept only a plain full name.
    return person if not known and NAME_RE.match(text) and " " in text else None


# ---------------------------------------------------------------- the page flattened onto one line

_DURATION = re.compile(r"Duration:\s*\d+\s*minutes?|Call [Pp]articipants:")
_TAIL = re.compile(r"\s(?:More [A-Z.]+ analysis|All earnings call transcripts|This article is a transcript)")
_MARKER_DASH = re.compile(r"\s+--\s+")
_BOUNDARY = re.compile(r"[.?!\]\"”)]\s{1,2}|:\s")  # what follows opens a sentence
_SENTENCE_END = re.compile(r"(?:^|[.?!\]\"”)]|:)\s*$")


def parse_flat(source: str) -> tuple[list[RawTurn], list[Speaker]]:
    cut = list(_DURATION.finditer(source))
    body_end = cut[-1].start() if cut else len(source)
    tail = source[cut[-1].end() :] if cut else ""
    tail_end = _TAIL.search(tail)
    participant_text = normalise_space(tail[: tail_end.start()] if tail_end else tail)

    body = source[:body_end]
    titled_names = _titled_names(body)
    titles = _titles(body, participant_text, titled_names)
    participants = _split_participants(participant_text, titles, body)
    participants += _special_speakers(body, participants)
    if not titles and not participant_text:
        participants += _discovered_speakers(body)
    for name, (title, affiliation) in titles.items():
        if name_key(name) not in {name_key(p.name) for p in participants}:
            participants.append(Speaker(name, title, affiliation))

    markers = _markers(body, participants)
    if not markers:
        raise PipelineError("no speaker turns found")
    furniture = _inline_furniture(body)
    raw = []
    for (_, end, person), following in zip(markers, markers[1:] + [(body_end, body_end, None)]):
        spans = _speech_spans(source, end, following[0], furniture)
        if spans:
            text, anchors = joined_spans(source, spans)
            raw.append(RawTurn(person.name, text, anchors, person.title, person.affiliation))
    return raw, participants


def _inline_furniture(body: str) -> list[tuple[int, int]]:
    """Spans of page furniture in a flattened page, in order and not overlapping."""
    spans = sorted((m.start(), m.end()) for hint, pattern in layout_patterns().furniture_inline
                   if hint is None or hint in body for m in pattern.finditer(body))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _titled_names(body: str) -> set[str]:
    """Names that stand right before ` -- ` at the start of a sentence: `... today. Elon Musk -- Chief ...`."""
    names = set()
    for dash in _MARKER_DASH.finditer(body):
        after = body[dash.end() : dash.end() + 1]
        if not after or not after.isupper():
            continue
        name = _sentence_opening_name(body, dash.start())
        if name and " " in name:
            names.add(name)
    return names


def _sentence_opening_name(body: str, end: int) -> str | None:
    """The name that makes up all of the text from a sentence boundary to `end`, the longest
    such ("Charles T. Lauber", not "Lauber")."""
    start = max(0, end - 80)
    openings = ([0] if start == 0 else []) + [m.end() for m in _BOUNDARY.finditer(body, start, end)]
    return next((body[at:end] for at in openings if NAME_RE.match(body[at:end])), None)


def _titles(body: str, participant_text: str, names: set[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each titled speaker's title: the words that follow `Name -- ` every time it appears.

    Speech follows the title in the body and the next participant follows it in the
    list, so the longest common run of words after the marker is the title itself.
    """
    followers: dict[str, list[list[str]]] = defaultdict(list)
    for text in (body, participant_text):
        for name in names:
            for _, end in _occurrences(text, (name, "")):
                followers[name].append(normalise_space(text[end : end + 200]).split(" "))
    titles = {}
    for name, runs in followers.items():
        common = runs[0]
        for run in runs[1:]:
            length = next((i for i, (a, b) in enumerate(zip(common, run)) if a != b), min(len(common), len(run)))
            common = common[:length]
        if len(runs) == 1:
            common = _title_words(common)
        words = " ".join(common)
        person = parse_participant(f"{name} -- {words}") if words else None
        titles[name] = (person.title, person.affiliation) if person else (None, None)
    return titles


def _title_words(words: list[str]) -> list[str]:
    """A title seen only once: its leading run of capitalised words (and `and`/`of`), `Firm -- Analyst` whole."""
    text = " ".join(words)
    analyst = re.match(r"(.{1,80}?\s--\s(?:Analyst|analyst))\b", text)
    if analyst:
        return analyst.group(1).split(" ")
    run = []
    for word in words:
        if word[:1].isupper() or word in ("and", "of", "&", "the"):
            run.append(word)
        else:
            break
    return run[:-1] if len(run) > 1 else run


def _split_participants(text: str, titles: dict[str, tuple[str | None, str | None]], body: str) -> list[Speaker]:
    """The participants list as one run of text: cut it at every known `Name -- Title`."""
    if not text:
        return []
    pieces = []
    for name, (title, affiliation) in titles.items():
        parts = tuple(x for x in (name, affiliation, title) if x)
        pieces += [(start, end, Speaker(name, title, affiliation)) for start, end in _occurrences(text, parts)]
    pieces.sort(key=lambda p: p[0])
    people, position = [], 0
    for start, end, person in pieces + [(len(text), len(text), None)]:
        people.extend(_bare_names(text[position:start], body))
        if person:
            people.append(person)
        position = max(position, end)
    return people


def _special_speakers(body: str, participants: list[Speaker]) -> list[Speaker]:
    """`Operator`, `Unknown speaker`…: speakers a participants list usually leaves out."""
    listed = {name_key(p.name) for p in participants}
    lowered = body.lower()
    found = []
    for special in layout_patterns().special_roles:
        spelled = next((body[s:e] for s, e in _occurrences(lowered, (special,))
                        if _starts_word(lowered, s, "") and (e == len(body) or not body[e].isalnum())), None)
        if spelled and special not in listed:
            found.append(Speaker(spelled))
    return found


_OPENING_NAME = re.compile(rf"(?:^|(?<=[.?!\]]\s))(?P<name>{NAME})(?=\s+[A-Z\[])")


def _discovered_speakers(body: str) -> list[Speaker]:
    """With neither titles nor a participants list: full names that open a sentence and
    either do so again or are named elsewhere in the call (an operator's introduction)."""
    counts: dict[str, int] = defaultdict(int)
    for match in _OPENING_NAME.finditer(body):
        if " " in match.group("name"):
            counts[match.group("name")] += 1
    names = [name for name, count in counts.items() if count > 1 or body.count(name) > count]
    # `William Brett McGill And` is `William Brett McGill` followed by speech.
    return [Speaker(n) for n in names if not any(n != other and n.startswith(other + " ") for other in names)]


def _bare_names(text: str, body: str) -> list[Speaker]:
    """Untitled names between titled entries: `Martin Viecha`, `Unknown speaker`, `Operator`."""
    text = text.strip()
    if not text:
        return []
    specials = layout_patterns().special_roles
    for special in specials:
        match = re.search(rf"\b{re.escape(special)}\b", text, re.IGNORECASE)
        if match:
            before, after = text[: match.start()], text[match.end() :]
            return _bare_names(before, body) + [Speaker(match.group())] + _bare_names(after, body)
    if DASH.search(text):
        person = parse_participant(text)
        return [person] if person else []
    return [Speaker(name) for name in _split_names(text.split(" "), body)]


def _split_names(words: list[str], body: str) -> list[str]:
    """Cut a run of bare names into names, preferring names that open a turn in the body."""

    def score(name: str) -> float:
        if not looks_like_name(name):
            return float("-inf")
        opens_turn = re.search(rf"(?:^|[.?!\]]\s+){re.escape(name)}\s+[A-Z\[]", body)
        # Most names that open turns, then the fewest names; a lone word is a name only reluctantly.
        return (10.0 if opens_turn else 0.0) - 1.0 - (2.0 if " " not in name else 0.0)

    best: list[tuple[float, list[str]]] = [(0.0, [])] + [(float("-inf"), [])] * len(words)
    for end in range(1, len(words) + 1):
        for size in range(1, min(4, end) + 1):
            total, names = best[end - size]
            name = " ".join(words[end - size : end])
            candidate = total + score(name)
            if candidate > best[end][0]:
                best[end] = (candidate, names + [name])
    return best[-1][1]


def _markers(body: str, participants: list[Speaker]) -> list[tuple[int, int, Speaker]]:
    """Where each turn's speaker marker stands in the body, in order."""
    # Patterns open with the name itself (no lookbehind) so the regex engine can jump between
    # occurrences; what may stand before a marker is checked on the few matches.
    found = []
    for person in participants:
        if person.title:
            parts = tuple(x for x in (person.name, person.affiliation, person.title) if x)
            found += [(start, end, person) for start, end in _occurrences(body, parts)
                      if _starts_word(body, start, "-") and (end == len(body) or body[end].isspace())]
    bare = []
    for person in participants:
        if not person.title:
            bare += [(start, end, person) for start, end in _occurrences(body, (person.name,))
                     if _starts_word(body, start, "[(-") and _BARE_AFTER.match(body, end) and _speech_follows(body, end)]
    bare.sort(key=lambda m: m[0])
    first = min((start for start, _, _ in found), default=len(body))
    for index, (start, end, person) in enumerate(bare):
        # The opening turn follows the page header, which need not end a sentence.
        opens_call = index == 0 and start < first
        # `Operator` cannot be mistaken for a word of speech, so it needs no sentence end before it.
        special = name_key(person.name) in layout_patterns().special_roles
        if opens_call or special or _SENTENCE_END.search(body[max(0, start - 4) : start]):
            found.append((start, end, person))
    found.sort(key=lambda m: m[0])
    kept, last_end = [], -1
    for start, end, person in found:
        if start >= last_end:
            kept.append((start, end, person))
            last_end = end
    return kept


_DASH_AT = re.compile(r"\s+--\s+")
_BARE_AFTER = re.compile(r"(?=\s+\S)(?!\s+--)(?!,)")


def _occurrences(text: str, parts: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where `part -- part -- part` stands in the text (any spaces around the dashes), found with
    str.find rather than a regex compiled per name. An empty last part ends after the last dash."""
    found, at = [], text.find(parts[0])
    while at >= 0:
        end = at + len(parts[0])
        for part in parts[1:]:
            dash = _DASH_AT.match(text, end)
            if not dash or not text.startswith(part, dash.end()):
                end = -1
                break
            end = dash.end() + len(part)
        if end >= 0:
            found.append((at, end))
        at = text.find(parts[0], at + 1)
    return found


def _starts_word(body: str, start: int, also_not: str) -> bool:
    """Nothing that would make the match part of a longer word stands right before it."""
    return start == 0 or not (body[start - 1].isalnum() or body[start - 1] in "_" + also_not)


def _speech_follows(body: str, end: int) -> bool:
    """A bare name starts a turn when a new sentence follows it, not more of the same sentence."""
    nxt = body[end : end + 30].lstrip()
    return bool(nxt) and (nxt[0].isupper() or nxt[0] in "[\"“'‘(" or nxt[0].isdigit())


def _speech_spans(source: str, start: int, end: int, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The speech between two markers, minus inline page furniture (spans found once for the page), trimmed."""
    spans, position = [], start
    for f_start, f_end in furniture[bisect.bisect_left(furniture, (start, 0)) :]:
        if f_end > end:
            break
        spans.append((position, f_start))
        position = f_end
    spans.append((position, end))
    trimmed = []
    for s, e in spans:
        chunk = source[s:e]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            trimmed.append((s + left, s + right))
    return trimmed
