"""Which call a transcript is: company, ticker, fiscal quarter and year, call date."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import PurePath

from pipeline.errors import PipelineError
from pipeline.records import CallMeta

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "one": 1, "two": 2, "three": 3, "four": 4}
_YEAR = r"(?P<y>(?:19|20)\d\d|'\d\d)\b"
_QUARTER_PATTERNS = [
    re.compile(r"\bQ(?P<q>[1-4])\s*(?:fiscal\s*)?(?:FY\s*)?" + _YEAR),
    re.compile(r"\b(?P<o>first|second|third|fourth)[- ]quarter(?:\s+(?:and|&)\s+(?:full[- ]year|year[- ]end))?,?\s+"
               r"(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?" + _YEAR, re.I),
    re.compile(r"\bquarter\s+(?P<o>one|two|three|four)\s+(?:of\s+)?(?:fiscal\s+)?" + _YEAR, re.I),
    re.compile(r"\b(?:fiscal\s+)?(?:year\s+)?(?P<y>(?:19|20)\d\d)\s+(?P<o>first|second|third|fourth)[- ]quarter\b", re.I),
]
# what follows a quarter the call names as its own ("welcome to our fourth quarter 2019 earnings
# call"), not one it compares with ("up from $0.56 in the fourth quarter of 2020, and adjusted earnings")
_NAMES_THE_CALL = re.compile(r"(?:\s+(?!and\b)[\w'.-]+){0,3}?\s+(?:earnings|results|conference|call)\b", re.I)
_DATE = re.compile(
    r"\b(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d\d)\b"
)
_CALL_DATE = re.compile(r"Earnings Call\s*" + _DATE.pattern[2:], re.I)
# the operator or the safe-harbor line dating the call: "being recorded today, February 4, 2020",
# "accurate only as of today's date, Thursday, April 23, 2020", "accurate only on February 23, 2021"
_SAID_TODAY = re.compile(r"\b(?:today(?:'s date)?|accurate only on),?\s+(?:[MTWFS][a-z]+day,\s+)?" + _DATE.pattern[2:])
_TICKER_PAREN = re.compile(
    r"(?P<company>[A-Z][\w&.'’-]*(?:[ ][A-Z&][\w&.'’-]*){0,5})\s*\((?:(?:NASDAQ|NYSE|NYSEMKT|AMEX|OTC)\s*:\s*)?"
    r"(?P<ticker>[A-Z][A-Z.]{0,6})(?:\s+[-+]?\d+(?:\.\d+)?%)?\)"
)
# the opening's welcome names the company: "Welcome to Vector Group Ltd. Second Quarter 2021 Earnings Conference Call",
# "welcome to Chevron's fourth quarter 2021 earnings conference call" (not "welcome to the Second Quarter 2021 Sealed Air
# Earnings Conference Call", which names it after the quarter)
_WELCOMED = re.compile(
    r"\b(?i:welcome|thank\s+you\s+for\s+(?:standing\s+by|joining))[^.]{0,40}?\b(?:to|for)\s+(?:the\s+|these\s+|today's\s+)?"
    r"(?P<company>(?!(?i:(?:first|second|third|fourth)\s+quarter|q[1-4]|fiscal|quarter)\b)[A-Z][\w&.-]*(?:,?\s+[A-Z&][\w&.-]*){0,4}?)"
    r"(?:'s|’s|(?<=s)')?\s+(?i:first|second|third|fourth|q[1-4]|fiscal|(?:19|20)\d\d|full|quarter|quarterly|earnings|conference"
    r"|announces)\b")
_TICKER_LINE = re.compile(r"\b(?P<ticker>[A-Z][A-Z.]{0,6}) earnings call for the period ending")
_FILE_NAME = re.compile(r"^(?:(?P<ticker>[A-Za-z.]{1,7})[_-])?q(?P<q>[1-4])[_-]?(?P<y>(?:19|20)\d\d)$", re.I)
_OVERRIDE_QUARTER = re.compile(r"^(?P<y>\d{4})\s*-?\s*Q(?P<q>[1-4])$", re.I)


def detect(
    header: str,
    speech: str,
    source_name: str,
    *,
    ticker: str | None = None,
    quarter: str | None = None,
    call_date: str | date | None = None,
    known: dict | None = None,
) -> CallMeta:
    """Metadata from the page header, then the file name, then the opening speech; overrides win.

    `known` carries what a structured source (JSON API) states outright.
    """
    known = known or {}
    stem = PurePath(source_name).stem if source_name else ""
    from_name = _FILE_NAME.match(stem)

    company, found_ticker = _company_and_ticker(header)
    company = company or _company_welcomed(speech[:3000])
    found_ticker = ticker or known.get("ticker") or found_ticker or (from_name and from_name.group("ticker"))

    year, fiscal_quarter = _override_quarter(quarter) if quarter else (known.get("year"), known.get("quarter"))
    if not (year and fiscal_quarter):
        year, fiscal_quarter = (_quarter(header) or _quarter(speech[:3000], names_the_call=True)
                                or _name_quarter(from_name) or _quarter(speech[:5000]) or (None, None))

    when = _override_date(call_date) if call_date else known.get("date") or _date(header) or _date_said(speech[:3000])

    if not found_ticker:
        raise PipelineError("cannot tell the company's ticker from the text (pass --ticker)")
    if not (year and fiscal_quarter):
        raise PipelineError("cannot tell the fiscal quarter from the text (pass --quarter YYYYQn)")
    return CallMeta(company, found_ticker.upper(), int(year), int(fiscal_quarter), when)


def _company_and_ticker(header: str) -> tuple[str | None, str | None]:
    match = _TICKER_PAREN.search(header)
    if match:
        company = re.split(r"[.:]\s+", match.group("company"))[-1].strip()
        return company or None, match.group("ticker")
    line = _TICKER_LINE.search(header)
    return None, line.group("ticker") if line else None


def _company_welcomed(speech: str) -> str | None:
    match = _WELCOMED.search(speech)
    return match.group("company").rstrip(",") if match else None


def _quarter(text: str, names_the_call: bool = False) -> tuple[int, int] | None:
    """The first quarter the text names; with `names_the_call`, only one it names as the call's own,
    which is believed before the file's name (corpus files named "q4_2020" hold Q4 2019 calls)."""
    for pattern in _QUARTER_PATTERNS:
        for match in pattern.finditer(text):
            if names_the_call and not _NAMES_THE_CALL.match(text, match.end()):
                continue
            groups = match.groupdict()
            q = int(groups["q"]) if groups.get("q") else _ORDINAL[groups["o"].lower()]
            year = groups["y"]
            return int("20" + year[1:] if year.startswith("'") else year), q
    return None


def _name_quarter(match: re.Match[str] | None) -> tuple[int, int] | None:
    return (int(match.group("y")), int(match.group("q"))) if match else None


def _date(text: str) -> date | None:
    # "for the period ending December 31, 2023" dates the quarter, not the call.
    candidates = (m for m in _DATE.finditer(text) if not text[: m.start()].rstrip().endswith("ending"))
    match = _CALL_DATE.search(text) or next(candidates, None)
    return _date_of(match) if match else None


def _date_of(match: re.Match[str]) -> date:
    month = match.group("m")[:3]
    return datetime.strptime(f"{month} {match.group('d')} {match.group('y')}", "%b %d %Y").date()


def _date_said(speech: str) -> date | None:
    match = _SAID_TODAY.search(speech)
    return _date_of(match) if match else None


def _override_quarter(value: str) -> tuple[int, int]:
    match = _OVERRIDE_QUARTER.match(value.strip())
    if not match:
        raise PipelineError(f"--quarter {value!r}: expected the form 2024Q3")
    return int(match.group("y")), int(match.group("q"))


def _override_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PipelineError(f"--date {value!r}: expected the form 2024-10-23") from None
