"""Time phrases resolved against the call date: "this year", "Q2", "second half of 2025",
"in '26", "early 2025", "by the end of this month", "in a year or so".

Fiscal years are taken as calendar years; a company with another fiscal calendar gets
calendar periods (a known limit, stated in README).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})

_YEAR = r"(?:(?:fiscal\s+(?:year\s+)?|FY\s?|calendar\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b|FY\s?'?(?P<fy>\d\d)\b|'(?P<yy>\d\d)\b|(?P<rel>this|next|last|the\s+next|the\s+current|the\s+prior|the\s+previous|current|prior)\s+(?:fiscal\s+)?year|the\s+year\s+(?P<before>before)|(?P<reported>(?:ended|ending|end|closed|closing|finished|exited|exiting)\s+the\s+year|(?:another\s+|a\s+)?record\s+year|this\s+past\s+year)|(?P<coming>the\s+coming\s+year|the\s+year\s+ahead)|(?P<theyear>(?:the\s+)?full[-\s]year|the\s+(?:fiscal\s+)?year))"
_QUARTER = r"(?:Q(?P<qn>[1-4])|(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter|(?P<qrel>this|next|last|the\s+current|the\s+next)\s+quarter)"
_HALF = r"(?:(?P<ho>first|second|back|front)[-\s]half|H(?P<hn>[12])\b)"
_PART = r"(?P<part>early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of|beginning\s+of|start\s+of|toward\s+the\s+end\s+of|towards\s+the\s+end\s+of)"

PATTERNS = [
    ("quarter", re.compile(rf"\b{_QUARTER}(?:\s*(?:of\s+)?{_YEAR})?", re.I)),
    ("half", re.compile(rf"\b(?:the\s+)?{_HALF}(?:\s*(?:of\s+)?{_YEAR})?", re.I)),
    ("part", re.compile(rf"\b{_PART}[-\s]+(?:of\s+)?{_YEAR}", re.I)),
    ("month_end", re.compile(r"\b(?:the\s+)?end\s+of\s+(?:this|the)\s+month\b", re.I)),
    ("month", re.compile(r"\b(?:in|by|until|till|on|since)\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<d>\d{1,2})\b)?(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)),
    ("part_next", re.compile(r"\b(?P<part>early|mid|late)\s+next\b(?!\s+(?:quarter|month|week|decade)\b)", re.I)),
    ("year_or_so", re.compile(r"\bin\s+a\s+year\s+or\s+so\b", re.I)),
    ("year", re.compile(rf"(?:\b|(?=')){_YEAR}", re.I)),
]


@dataclass(frozen=True, slots=True)
class Period:
    label: str
    start: date
    end: date
    span_start: int
    span_end: int


def _year(m: re.Match[str], call_date: date, fiscal_year: int) -> int | None:
    g = m.groupdict()
    if g.get("y"):
        return int(g["y"])
    if g.get("fy"):
        return 2000 + int(g["fy"])
    if g.get("yy"):
        return 2000 + int(g["yy"])
    if g.get("before"):
        return call_date.year - 2
    rel = (g.get("rel") or "").lower()
    if rel:
        if rel.endswith("next"):
            return call_date.year + 1
        if rel in ("last", "the prior", "the previous", "prior"):
            return call_date.year - 1
        return call_date.year
    if g.get("reported"):
        return fiscal_year  # "we ended the year", "another record year": the year the call reports on
    if g.get("theyear") or g.get("fullyear"):
        return call_date.year
    if g.get("coming"):
        # Early in a year "the coming year" is that year; later on, the next one.
        return call_date.year if call_date.month <= 3 else call_date.year + 1
    return None


def _quarter_end(year: int, q: int) -> tuple[date, date]:
    start = date(year, 3 * q - 2, 1)
    end_month = 3 * q
    return start, date(year, end_month, calendar.monthrange(year, end_month)[1])


def _resolve(
    kind: str, m: re.Match[str], call_date: date, fiscal_year: int, reported_quarter: int
) -> tuple[str, date, date] | None:
    g = m.groupdict()
    year = _year(m, call_date, fiscal_year) if kind in ("quarter", "half", "part", "year") else None
    if kind == "quarter":
        if g.get("qrel"):
            current = (call_date.month - 1) // 3 + 1
            rel = g["qrel"].lower()
            q, y = current, call_date.year
            if rel.endswith("next"):
                q, y = (1, y + 1) if q == 4 else (q + 1, y)
            elif rel == "last":
                q, y = (4, y - 1) if q == 1 else (q - 1, y)
        else:
            q = int(g["qn"]) if g.get("qn") else _ORD[g["qo"].lower()]
            # A bare "Q1" on a fourth-quarter call is next year's; otherwise the reported year's.
            y = year or (fiscal_year + 1 if reported_quarter == 4 and q < 4 else fiscal_year)
        start, end = _quarter_end(y, q)
        return f"Q{q} {y}", start, end
    if kind == "half":
        h = int(g["hn"]) if g.get("hn") else (1 if g["ho"].lower() in ("first", "front") else 2)
        y = year or call_date.year
        return (f"H1 {y}", date(y, 1, 1), date(y, 6, 30)) if h == 1 else (f"H2 {y}", date(y, 7, 1), date(y, 12, 31))
    if kind == "part_next":
        kind, year = "part", call_date.year + 1
    if kind == "part":
        if year is None:
            return None
        part = " ".join(g["part"].lower().split())
        if "beginning" in part or "start" in part:
            return None  # "at the start of this year" is a point already past, not a period to meet
        if part == "early":
            return f"early {year}", date(year, 1, 1), date(year, 6, 30)
        if part == "mid":
            return f"mid {year}", date(year, 4, 1), date(year, 9, 30)
        if part == "late":
            return f"late {year}", date(year, 7, 1), date(year, 12, 31)
        return f"end of {year}", date(year, 10, 1), date(year, 12, 31)
    if kind == "month_end":
        last = calendar.monthrange(call_date.year, call_date.month)[1]
        return f"end of {call_date:%b %Y}", call_date, date(call_date.year, call_date.month, last)
    if kind == "month":
        month = _MONTHS[g["m"].lower()]
        y = int(g["y"]) if g.get("y") else call_date.year + (1 if month < call_date.month else 0)
        if g.get("d"):
            day = min(int(g["d"]), calendar.monthrange(y, month)[1])
            return f"{date(y, month, day):%b %-d %Y}", date(y, month, day), date(y, month, day)
        return f"{date(y, month, 1):%b %Y}", date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])
    if kind == "year_or_so":
        try:
            later = call_date.replace(year=call_date.year + 1)
        except ValueError:  # 29 February
            later = call_date.replace(year=call_date.year + 1, day=28)
        return f"~{later:%b %Y}", call_date, later
    if kind == "year" and year is not None:
        return f"FY{year}", date(year, 1, 1), date(year, 12, 31)
    return None


def find_periods(
    text: str, call_date: date, fiscal_year: int | None = None, fiscal_quarter: int | None = None
) -> list[Period]:
    """Every time phrase in the text, resolved; overlapping phrases keep the most specific.

    `fiscal_year`/`fiscal_quarter` are what the call reports on ("we ended the year", a bare
    "Q1"); they default to the quarter before the call date.
    """
    if fiscal_year is None or fiscal_quarter is None:
        previous = (call_date.month - 1) // 3 or 4
        fiscal_year = fiscal_year or (call_date.year - 1 if previous == 4 else call_date.year)
        fiscal_quarter = fiscal_quarter or previous
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            resolved = _resolve(kind, m, call_date, fiscal_year, fiscal_quarter)
            if resolved:
                label, start, end = resolved
                found.append(Period(label, start, end, m.start(), m.end()))
    return sorted(found, key=lambda p: p.span_start)
