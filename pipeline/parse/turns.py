"""From the raw turns a layout finds to finished Turns: names, roles and sections.

Layouts only say where each turn is and who it is labelled as; everything that
depends on the call as a whole (who is the host, who is an analyst, where Q&A
begins) is decided here, the same way for every layout.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from pipeline.parse.names import NameMatcher, name_key
from pipeline.parse.patterns import layout_patterns
from pipeline.records import Speaker, Turn


@dataclass(slots=True)
class RawTurn:
    label: str
    text: str
    anchors: tuple[tuple[int, int], ...]
    title: str | None = None
    affiliation: str | None = None
    section: str | None = None  # only when the layout says so (a header, a JSON list)


def joined_spans(source: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Paragraph spans of the source joined by newlines, with anchors back into the source."""
    parts, anchors, position = [], [], 0
    for start, end in spans:
        if parts:
            position += 1
        anchors.append((position, start))
        parts.append(source[start:end])
        position += end - start
    return "\n".join(parts), tuple(anchors)


def finish(raw: list[RawTurn], participants: list[Speaker], *, sections_given: bool = False) -> list[Turn]:
    raw = [r for r in raw if r.text.strip()]
    speakers = _resolve_speakers(raw, participants)
    roles, firms = _assign_roles(raw, speakers)
    sections = _assign_sections(raw, speakers, roles, sections_given)
    turns = []
    for index, (r, section) in enumerate(zip(raw, sections)):
        person = speakers[index]
        turns.append(
            Turn(
                turn_index=index,
                speaker=person.name,
                title=person.title,
                affiliation=person.affiliation or firms.get(person.name),
                role=roles[person.name],
                section=section,
                text=r.text,
                anchors=r.anchors,
            )
        )
    return turns


def _resolve_speakers(raw: list[RawTurn], participants: list[Speaker]) -> list[Speaker]:
    matcher = NameMatcher(participants or _label_speakers(raw))
    resolved = []
    for r in raw:
        person = matcher.resolve(r.label) or Speaker(r.label)
        resolved.append(
            Speaker(person.name, r.title or person.title, r.affiliation or person.affiliation)
        )
    return resolved


def _label_speakers(raw: list[RawTurn]) -> list[Speaker]:
    """Without a participants list, the labels themselves are the people.

    Two labels that are the same words in another order (`Ferragu Pierre`) are one
    person; the spelling used when someone else introduces them wins, then the commoner.
    """
    counts = Counter(r.label for r in raw)
    spoken = " ".join(r.text for r in raw)
    by_words: dict[tuple[str, ...], list[str]] = {}
    for label in counts:
        by_words.setdefault(tuple(sorted(name_key(label).split())), []).append(label)
    chosen = []
    for labels in by_words.values():
        spellings = labels + [" ".join(reversed(label.split())) for label in labels]
        best = max(spellings, key=lambda label: (label in spoken, counts[label]))
        chosen.append(Speaker(best))
    return chosen


def _assign_roles(raw: list[RawTurn], speakers: list[Speaker]) -> tuple[dict[str, str], dict[str, str]]:
    """Each person's role, and the firm of analysts whose firm only the host's introduction gives."""
    patterns = layout_patterns()
    roles: dict[str, str] = {}
    untitled = []
    for person in speakers:
        if person.name in roles:
            continue
        special = patterns.special_roles.get(name_key(person.name))
        if special:
            roles[person.name] = special
        elif person.title and patterns.analyst_title.search(person.title):
            roles[person.name] = "analyst"
        elif person.title and patterns.host_title.search(person.title):
            roles[person.name] = "host"
        elif person.title:
            roles[person.name] = "executive"
        else:
            untitled.append(person.name)
    firms: dict[str, str] = {}
    if untitled:
        roles.update(_infer_roles(raw, speakers, untitled, roles, firms))
    return roles, firms


def _infer_roles(
    raw: list[RawTurn], speakers: list[Speaker], untitled: list[str], known: dict[str, str], firms: dict[str, str]
) -> dict[str, str]:
    """Roles from the call itself, for people the layout gives no title."""
    patterns = layout_patterns()
    inferred: dict[str, str] = {}
    first_turn = {}
    for index, person in enumerate(speakers):
        first_turn.setdefault(person.name, index)
    for name in untitled:
        index = first_turn[name]
        firm = _introduced_firm(raw[index - 1].text, name, patterns.analyst_firm_after_name) if index > 0 else None
        if firm:
            inferred[name] = "analyst"
            firms[name] = firm
    for name in untitled:
        if name not in inferred and patterns.host_self.search(raw[first_turn[name]].text[:300]):
            if name in raw[first_turn[name]].text[:300]:
                inferred[name] = "host"
    if "host" not in inferred.values() and "host" not in known.values():
        # The host is whoever, not being the operator, most often hands over to an analyst.
        all_roles = {**known, **inferred}
        handovers = Counter(
            speakers[i - 1].name
            for i in range(1, len(speakers))
            if all_roles.get(speakers[i].name) == "analyst" and speakers[i - 1].name in untitled
            and speakers[i - 1].name not in inferred
        )
        if handovers:
            inferred[handovers.most_common(1)[0][0]] = "host"
    for name in untitled:
        inferred.setdefault(name, "executive")
    return inferred


def _introduced_firm(text: str, name: str, firm_pattern: str) -> str | None:
    """The firm in "... comes from Adam Jonas with Morgan Stanley", if the text introduces `name` so."""
    parts = name.split()
    after_name = _firm_after(firm_pattern)
    for form in [name] + [p for p in (parts[0], parts[-1]) if len(p) > 2]:
        at = text.find(form)
        while at >= 0:
            match = after_name.match(text, at + len(form))
            if match:
                return match.group("firm").rstrip(".,")
            at = text.find(form, at + 1)
    return None


@cache
def _firm_after(firm_pattern: str) -> re.Pattern[str]:
    return re.compile(rf",?\s+{firm_pattern}")


def _assign_sections(
    raw: list[RawTurn], speakers: list[Speaker], roles: dict[str, str], sections_given: bool
) -> list[str]:
    # A header that marks the Q&A, or a layout that places every turn (JSON), is taken as given.
    if sections_given or any(r.section == "qa" for r in raw):
        sections, current = [], "prepared"
        for r in raw:
            current = r.section or current
            sections.append(current)
        return sections
    start = _qa_start(raw, [roles[s.name] for s in speakers])
    return ["prepared" if i < start else "qa" for i in range(len(raw))]


def _qa_start(raw: list[RawTurn], turn_roles: list[str]) -> int:
    opener = layout_patterns().qa_opener
    management_spoke = False
    for index, (r, role) in enumerate(zip(raw, turn_roles)):
        next_is_analyst = index + 1 < len(raw) and turn_roles[index + 1] == "analyst"
        if role in ("host", "operator") and (management_spoke or next_is_analyst) and opener.search(r.text):
            return index
        management_spoke = management_spoke or role == "executive"
    for index, role in enumerate(turn_roles):
        if role == "analyst":
            if index > 0 and turn_roles[index - 1] in ("host", "operator"):
                return index - 1
            return index
    return len(raw)
