"""People on a call: what a name looks like, participant entries, and matching labels to them."""

from __future__ import annotations

import re

from pipeline.parse.patterns import layout_patterns
from pipeline.records import Speaker

_UPPER = "A-ZÀ-ÖØ-Þ"
# A word of a name: initials (`A.`, `H.S.`), a nickname (`(Jim)`), an abbreviation (`Jr.`) or a plain word.
_NAME_WORD = rf"(?:(?:[{_UPPER}]\.){{1,3}}|\([{_UPPER}][\w'’-]*\)|(?:Jr|Sr|St|Dr|Mr|Ms|Mrs)\.|[{_UPPER}][\w'’-]*)"
_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|la|le|du|dos|bin|al|y)"
NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE}(?=[ \t]+[{_UPPER}]))){{0,4}}"
NAME_RE = re.compile(rf"^{NAME}$")
DASH = re.compile(r"\s+--\s+|(?<=\S)--(?=\S)")
_SPACES = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def name_key(name: str) -> str:
    return normalise_space(name).casefold()


def looks_like_name(text: str) -> bool:
    return bool(NAME_RE.match(text)) or name_key(text) in layout_patterns().special_roles


def parse_participant(entry: str) -> Speaker | None:
    """`Name -- Title`, `Name -- Firm -- Analyst`, `Name--Title` or a bare `Name`."""
    parts = [p.strip() for p in DASH.split(normalise_space(entry)) if p.strip()]
    if not parts or not looks_like_name(parts[0]):
        return None
    name, rest = parts[0], parts[1:]
    if not rest:
        return Speaker(name)
    if layout_patterns().analyst_title.search(rest[-1]):
        return Speaker(name, rest[-1], " -- ".join(rest[:-1]) or None)
    return Speaker(name, " -- ".join(rest))


class NameMatcher:
    """Maps the labels a transcript uses to canonical participant names.

    Exact matches first; then rapidfuzz's token-sort ratio, which makes an inverted
    `Ferragu Pierre` or a misspelt `Pierre Feragu` land on `Pierre Ferragu`.
    """

    def __init__(self, participants: list[Speaker], threshold: float = 88.0) -> None:
        self.by_key = {name_key(p.name): p for p in participants}
        self.threshold = threshold

    def resolve(self, label: str) -> Speaker | None:
        key = name_key(label)
        if key in self.by_key:
            return self.by_key[key]
        if not self.by_key:
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(key, list(self.by_key), scorer=fuzz.token_sort_ratio, score_cutoff=self.threshold)
        return self.by_key[best[0]] if best else None
