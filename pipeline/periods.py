"""Time phrases resolved against the call date: "this year", "Q2", "second half of 2025",
"in '26", "early 2025", "by the end of this month", "in a year or so", "in a week or two".

Years, halves and quarters are the company's fiscal ones. Fiscal year N ends in the
calendar's `year_end_month` of N (DXC's FY2022 ends in March 2022), or of N + 1 for the
retail calendar; the calendar is read off the call itself (`fiscal_calendar`), and is the
calendar year when the call date is unknown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.numbers import WORD_NUMBERS

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_SEASON_STARTS = {"winter": 1, "spring": 4, "summer": 7, "fall": 10, "autumn": 10}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_HINTS = tuple(name.lower() for name in calendar.month_name if name)

_YEAR = r"(?:(?:(?:the\s+)?full[-\s](?:fiscal\s+)?year\s+|fiscal[-\s](?:year\s+)?|FY\s?|calendar\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)(?:\b|(?=[a-z]{4,}))(?!-\d)|FY\s?'?(?P<fy>\d\d)\b|(?:fiscal[-\s](?:year\s+)?)?'(?P<yy>\d\d)\b|(?P<rel>this|next|last|the\s+next|the\s+current|the\s+prior|the\s+previous|current|prior)\s+(?:fiscal\s+)?year|the\s+year\s+(?P<before>before)|(?P<reported>(?:ended|ending|end|closed|closing|finished|exited|exiting)\s+the\s+year|(?:another\s+|a\s+)?record\s+year|this\s+past\s+year)|(?P<coming>the\s+coming\s+year\b|the\s+year\s+ahead|(?:this|the)\s+upcoming\s+(?:fiscal\s+)?year)|(?P<theyear>(?<!['’]s\s)(?:the\s+)?full[-\s](?:fiscal\s+)?year|the\s+(?:fiscal\s+)?year(?!-over-)|fiscal\s+year))"
_QUARTER = r"(?:Q(?P<qn>[1-4])|(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:fiscal\s+)?quarter|(?P<qrel>this\s+past|the\s+past|this|next|last|the\s+current|the\s+next)\s+quarter)"
_HALF = r"(?:(?P<ho>first|second|back|front)[-\s]half|H(?P<hn>[12])\b)"
MONTH_NAMES = "|".join(calendar.month_name[1:])  # "January|February|...", for patterns that name a month
_MONTH = rf"(?P<m>{MONTH_NAMES})"
_DAY = r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\b|(?P<dw>one|first)\b)"
_OF_YEAR = r"(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)|\s+of\s+(?P<yrel>next|this|last)\s+year\b)?"
_PART = r"(?P<part>early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of|beginning\s+of|start\s+of|toward\s+the\s+end\s+of|towards\s+the\s+end\s+of)"

# "ended June 30, 2021", "ending January 3, 2021"
_ENDED_DATE = rf"(?:ended|ending)\s+{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
_MONTHS_SAID = r"(?:three|six|nine|twelve|3|6|9|12)"

# (kind, pattern, hints): a pattern is tried only on text holding one of its hints (lower-cased), which
# spares most sentences most patterns.
PATTERNS = [
    # "for the three months ended September 30, 2021", "the last 12 months ended June 30, 2021", "the fiscal year ended
    # August 31, 2020", "the three and six months ended June 30": the months up to that date (not the day)
    ("ended", re.compile(rf"\b(?:(?:last|past|trailing)\s+)?(?:(?P<n>{_MONTHS_SAID})(?:\s+and\s+(?P<n2>{_MONTHS_SAID}))?"
                         rf"[-\s]months?(?:\s+periods?)?|(?P<what>quarter|(?:fiscal\s+)?year))\s+{_ENDED_DATE}", re.I), ("ended", "ending")),
    # "the year-ago quarter", "the prior year period", "the same period last year": the reported quarter, a
    # year before (not this year's), as "$0.03 per diluted share a year ago" is; "the same quarter of 2019":
    # the reported quarter of that year; "last year's third quarter", "the prior year third quarter", "last year in the
    # second quarter": that quarter, a year before
    ("year_ago", re.compile(r"\b(?:the\s+)?(?:year[-\s]ago|prior[-\s]year|previous[-\s]year|last\s+year's)\s+(?:quarter|period)\b"
                            r"|\b(?:the\s+)?same\s+(?:quarter|period)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+ago|the\s+(?:prior|previous)\s+year"
                            r"|(?P<y>(?:19|20)\d\d)\b)|\b(?:last\s+year's|(?:the\s+)?(?:prior|previous)[-\s]year|last\s+year\s+in\s+the)\s+"
                            r"(?P<qo>first|second|third|fourth)[-\s]quarter\b"
                            r"|\b(?<!over\s)(?:a|one)\s+year\s+ago\b", re.I),
     ("year ago", "year-ago", "year quarter", "year period", "year-quarter", "year-period", "year's quarter", "year's period", "year's first",
      "year's second", "year's third", "year's fourth", "year first", "year second", "year third", "year fourth", "year in the",
      "same quarter", "same period")),
    # "$22.5 million or $0.14 per diluted common share in the 2020 period", "for the corresponding 2020 periods": the
    # period reported, in that year
    ("year_ago", re.compile(r"\bthe\s+(?:corresponding\s+|comparable\s+|same\s+)?(?P<y>(?:19|20)\d\d)\s+(?:quarter|period)s?\b", re.I),
     ("period", "quarter")),
    # "In the current year quarter, ... our adjusted earnings for the quarter were $0.48 per share": the quarter reported
    ("reported_quarter", re.compile(r"\b(?:the\s+)?current[-\s]year\s+(?:quarter|period)\b", re.I),
     ("current year", "current-year")),
    # "for the 2021 first quarter": the year said before the quarter
    ("quarter", re.compile(r"\b(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?P<qo>first|second|third|fourth)[-\s]quarter\b", re.I),
     ("quarter",)),
    # "late in the first and second quarters in 2022": two quarters of one year
    ("quarters", re.compile(rf"\b(?P<qo>first|second|third|fourth)\s+and\s+(?:the\s+)?(?P<qo2>first|second|third|fourth)[-\s]"
                            rf"(?:fiscal\s+)?quarters?\b(?:\s*(?:of|in)\s+(?:our\s+)?{_YEAR})?", re.I), ("quarter",)),
    ("quarter", re.compile(rf"\b{_QUARTER}(?:\s*(?:of\s+)?(?:our\s+)?{_YEAR})?", re.I), ("q1", "q2", "q3", "q4", "quarter")),
    ("half", re.compile(rf"\b(?:the\s+)?{_HALF}(?:\s*(?:of\s+)?(?:our\s+)?{_YEAR})?", re.I), ("half", "h1", "h2")),
    ("part", re.compile(rf"\b{_PART}[-\s]+(?:of\s+)?{_YEAR}", re.I), ("early", "mid", "late", "end", "beginning", "start")),
    ("season", re.compile(rf"\b(?:the\s+)?(?:(?P<srel>this|next)\s+)?(?P<season>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?{_YEAR})?", re.I), ("spring", "summer", "fall", "autumn", "winter")),
    # "the March quarter", "the June 2020 quarter", "in September 2020 quarter", "Our record December quarter": the three
    # months that end with that month
    ("month_quarter", re.compile(rf"(?:(?<=the\s)|(?<=this\s)|(?<=our\s)|(?<=that\s)|(?<=in\s)|(?<=record\s)){_MONTH}(?:\s+(?P<y>(?:19|20)\d\d))?\s+quarter\b"
                                 r"(?P<last>\s+(?:of\s+)?last\s+year)?", re.I),
     tuple(f"{month} {then}" for month in _MONTH_HINTS for then in ("quarter", "20"))),
    ("month_end", re.compile(r"\b(?:the\s+)?end\s+of\s+(?:this|the)\s+month\b|\b(?<!earlier )this\s+month\b", re.I), ("month",)),
    ("next_month", re.compile(r"\bnext\s+month\b", re.I), ("month",)),
    ("month", re.compile(rf"\b(?P<prep>in|by|until|till|on|since|(?:at|by)\s+the\s+end\s+of)\s+(?:mid-?\s?)?{_MONTH}(?:\s+{_DAY})?{_OF_YEAR}",
                         re.I),
     _MONTH_HINTS),
    ("month", re.compile(rf"\b{_MONTH}\s+{_DAY}{_OF_YEAR}", re.I), _MONTH_HINTS),  # "January one of 2022"
    # "production January of next year": a month of the year named by the call's, said with no "in"
    ("month", re.compile(rf"\b{_MONTH}\s+of\s+(?P<yrel>next|this|last)\s+year\b", re.I), _MONTH_HINTS),
    # "by year-end", "year-end 2021", "next year end": the end of a year. A bare "at year-end" or "our
    # year-end cash" said early in a year is the one just reported as often as the one ahead: no time here (the
    # figure's kind dates it, extract.dating.year_end_said).
    ("year_end", re.compile(r"\b(?:(?:by|before|until|till|through|toward|towards)\s+(?:(?P<rel>this|next|the)\s+)?(?:fiscal\s+)?year[-\s]?end\b"
                            r"|(?:fiscal\s+)?year[-\s]?end\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)", re.I),
     ("year-end", "year end", "yearend")),
    ("part_next", re.compile(r"\b(?P<part>early|mid|late)\s+next\b(?!\s+(?:quarter|month|week|decade)\b)", re.I), ("next",)),
    ("year_or_so", re.compile(r"\bin\s+a\s+year\s+or\s+so\b|\bthis\s+time\s+next\s+year\b|\b(?:over|in|within|during|for)\s+the\s+next\s+(?:12|twelve)\s+months\b", re.I), ("year", "month")),
    # "over the next three months", "over the course of next threemonths" (a transcript's spelling), "over the next six to
    # nine months": that many months from the call (the later)
    ("next_months", re.compile(r"\b(?:over|in|within|during|for)\s+(?:the\s+course\s+of\s+)?(?:the\s+)?next\s+"
                               r"(?:(?:one|two|three|four|five|six|[1-9])\s+(?:to|or)\s+)?"
                               r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s*months\b", re.I),
     ("month",)),
    # "in a week or two", "over the next couple of weeks", "within three weeks": that many weeks from the call (the later)
    ("weeks", re.compile(r"\b(?:in|within|over)\s+(?:a\s+week\s+or\s+(?P<or>two|three)"
                         r"|(?:the\s+next\s+)?(?:(?P<couple>(?:a\s+)?couple\s+of)|(?P<n>two|three|four|[2-4]))\s+weeks)\b", re.I),
     ("week",)),
    # "year-to-date", "so far this year", "through the first nine months of 2020", "the first three quarters of FY '21":
    # the fiscal year up to the quarter reported (or to the months or quarters said)
    ("ytd", re.compile(rf"\b(?:year[-\s]to[-\s]date|YTD|so\s+far\s+this\s+(?:fiscal\s+)?year)\b"
                       rf"|\b(?:the\s+)?first\s+(?:(?P<months>three|six|nine|3|6|9)\s+months|(?P<quarters>two|three|2|3)\s+quarters)\b"
                       rf"(?:\s+(?:of\s+)?(?:our\s+)?{_YEAR})?", re.I),
     ("date", "ytd", "so far", "months", "quarters")),
    # "for the 2021 six-month period": the year's first six months, not the year
    ("ytd", re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+(?P<months>three|six|nine|3|6|9)[-\s]months?(?:\s+period)?\b", re.I),
     ("month",)),
    # "for the nine-month period": the year so far (a three-month period is the quarter)
    ("ytd", re.compile(r"\bthe\s+(?P<months>six|nine|6|9)[-\s]months?\s+period\b", re.I), ("month",)),
    # "over the last 12 months", "trailing 12-month", "LTM": the four quarters up to the one reported
    ("trailing", re.compile(r"\b(?:the\s+)?(?:last|past|trailing|prior)\s+(?:12|twelve)[-\s]months?\b(?:\s+period\b)?|\b(?:LTM|TTM)\b", re.I),
     ("12", "twelve", "ltm", "ttm")),
    # "$544 million by year three", "a three-year top line target of $604 million": a multi-year plan's year, counted
    # from this one
    ("plan_year", re.compile(r"\b(?:by|in|at|for|through)\s+year\s+(?P<n>one|two|three|four|five|ten|[1-9]|10)\b"
                             r"|\b(?P<m>two|three|four|five|ten|[2-9]|10)[-\s]year\s+(?:top[-\s]line\s+|revenue\s+|sales\s+)?"
                             r"(?:target|goal)\b", re.I),
     ("year",)),
    # ("over the next two to three years": the later)
    ("next_years", re.compile(r"\b(?:over|in|within|during|for)\s+the\s+next\s+(?:(?:one|two|three|four|[1-4])\s+(?:to|or)\s+)?"
                              r"(?P<n>two|three|four|five|ten|[2-9]|10)\s+years\b", re.I), ("years",)),
    # "from 2021 to 2023", "2021-2023", and "for 2021, 2023" (a transcript's rendering of the dash): until 2023
    # ... and "during 2022 and 2023": both years, one span
    ("years", re.compile(r"\b(?:(?:from\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:-|–|to|through|thru)\s*|for\s+(?P<f1>(?:19|20)\d\d),\s*"
                         r"|(?:during|over|across|throughout)\s+(?P<d1>(?:19|20)\d\d)\s+and\s+)"
                         r"(?P<y>(?:19|20)\d\d)\b(?!\s*,|\s+and\b)", re.I), ("19", "20")),
    # "midyear in '22", "by mid-year": the middle of that year, or of this one while still ahead
    ("midyear", re.compile(rf"\bmid-?\s?year\b(?:\s+(?:of\s+|in\s+)?(?:{_YEAR}))?", re.I), ("midyear", "mid-year", "mid year")),
    # "later this calendar year", "calendar 2022": the calendar's year, whatever the fiscal one
    ("calendar_year", re.compile(r"\b(?:(?:this|next|last|the|current)\s+)?calendar[-\s](?:year\s+)?(?:(?P<y>(?:19|20)\d\d)\b|'(?P<yy>\d\d)\b)"
                                 r"|\b(?P<crel>this|next|last|the|current)\s+calendar[-\s]year\b|\b(?P<cy>(?:19|20)\d\d)\s+calendar[-\s]year\b", re.I),
     ("calendar",)),
    # "a newly revised annual guidance range": the year in progress, as "the full year" is
    ("year", re.compile(r"\b(?P<theyear>annual)(?=\s+(?:guidance|outlook|guide|forecast)\b)", re.I), ("annual",)),
    # "post-2021 projects" is no year (said after the word's start is found, which is found fast)
    ("year", re.compile(rf"(?:(?<!\w)|(?='))(?<!post-)(?<!pre-){_YEAR}", re.I), ("19", "20", "'", "year", "fy")),
]


@dataclass(frozen=True, slots=True)
class FiscalCalendar:
    year_end_month: int = 12
    named_by_start: bool = False  # the retail calendar: fiscal 2020 runs from February 2020 to January 2021

    def _fy_start(self, n: int) -> date:
        if self.year_end_month == 12:
            return date(n, 1, 1)
        return date(n if self.named_by_start else n - 1, self.year_end_month + 1, 1)

    def span(self, n: int, offset_months: int, months: int) -> tuple[date, date]:
        """`months` months of fiscal year n, starting `offset_months` into it."""
        start = _add_months(self._fy_start(n), offset_months)
        end_month = _add_months(start, months - 1)
        return start, _month_end(end_month)

    def year(self, n: int) -> tuple[date, date]:
        return self.span(n, 0, 12)

    def quarter(self, n: int, q: int) -> tuple[str, date, date]:
        """Quarter q of fiscal year n: its label and span."""
        return (f"Q{q} {self.name(n)}", *self.span(n, 3 * (q - 1), 3))

    def year_of(self, day: date) -> int:
        """The fiscal year a day falls in."""
        n = day.year if day.month <= self.year_end_month else day.year + 1
        return n - 1 if self.named_by_start else n

    def quarter_of(self, day: date) -> tuple[int, int]:
        n = self.year_of(day)
        start = self._fy_start(n)
        return n, ((day.year - start.year) * 12 + day.month - start.month) // 3 + 1

    def name(self, n: int) -> str:
        """How a year is written in labels: 2024 for calendar years, FY2022 for fiscal ones."""
        return str(n) if self.year_end_month == 12 else f"FY{n}"


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def fiscal_calendar(call_date: date, fiscal_year: int, fiscal_quarter: int) -> FiscalCalendar:
    """A company's fiscal calendar, read off a call of `fiscal_quarter` of `fiscal_year`.

    The quarter reported on ended at a month-end 1 to 10 weeks before the call: December for the
    year's end when one of those fits (most companies, however late they report), else the last
    month-end at least two weeks before (calls come 2 to 8 weeks after). A fiscal year that can only
    end after the calendar year it is named for is the retail one, ending in January and named by
    the year it starts in (Oxford Industries' fiscal 2020 ended on January 30, 2021)."""
    first = _add_months(date(call_date.year, call_date.month, 1), -1)
    ends = [_month_end(_add_months(first, -back)) for back in range(4)]
    ends = [end for end in ends if 7 <= (call_date - end).days <= 70]
    year_ends = [(end, _add_months(end, 3 * (4 - fiscal_quarter))) for end in ends]
    if any(year_end.month == 12 and year_end.year == fiscal_year for _, year_end in year_ends):
        return FiscalCalendar()
    usual = [year_end for end, year_end in year_ends if (call_date - end).days >= 14]
    named_for_its_end = [year_end for year_end in usual if year_end.year == fiscal_year]
    if named_for_its_end:
        return FiscalCalendar(named_for_its_end[0].month)
    if usual and all(year_end.year > fiscal_year for year_end in usual):
        return FiscalCalendar(1, named_by_start=True)
    return FiscalCalendar(usual[0].month if usual else 12)


# "Form 10-K for the fiscal year ended August 31, 2020", "the Quarter Ended March 31, 2021", "the three months ended
# June 30, 2021", "Form 10-Q for the fiscal quarter ended January 3, 2021"
_ENDED_ON = re.compile(rf"\b{_ENDED_DATE}", re.I)
_WHAT_ENDED = re.compile(r"\b(?P<what>year|quarter|three\s+months|period)\s+$", re.I)
# "the March quarter, the third quarter of our fiscal-year 2021", "During Q4, during this June quarter": a
# fiscal quarter named by its last month
# (matched on lower-cased text: case-insensitive alternatives are many times slower over a whole call)
_A_MONTH_QUARTER = re.compile(r"\b(?:" + "|".join(_MONTH_HINTS) + r")\s+quarter\b")
_FISCAL_YEAR_OF = r"(?:\s+of\s+(?:our\s+)?fiscal[-\s](?:year\s+)?(?:20)?(?P<fy>\d\d)\b)?"
_QUARTER_BY_MONTH = (
    re.compile(rf"\b(?:the|this|our|your)\s+{_MONTH}\s+quarter,?\s+(?:the|our|your)\s+(?P<qo>first|second|third|fourth)\s+"
               rf"quarter{_FISCAL_YEAR_OF}", re.I),
    re.compile(rf"(?:\bQ(?P<qn>[1-4])|\b(?P<qo>first|second|third|fourth)\s+quarter){_FISCAL_YEAR_OF},?\s+(?:during\s+)?"
               rf"(?:the|this|our|your)\s+{_MONTH}\s+quarter\b", re.I),
)


def reported_quarter_end(text: str, fiscal_year: int, fiscal_quarter: int) -> date | None:
    """The end of the quarter a call without a date reports on, read off the periods it says ended:
    the quarter itself, or the fiscal year of the last annual report (10-K), three quarters per
    quarter before. The first one that fits the fiscal quarter the call is named for is kept."""
    for m in _ENDED_ON.finditer(text):
        what = _WHAT_ENDED.search(text, max(0, m.start() - 20), m.start())
        if what is None:
            continue
        end = _month_ended(m)
        before = text[max(0, m.start() - 100) : m.start()].lower()
        if "year" in what["what"].lower():
            if "10-k" in before:
                end = _month_end(_add_months(end, 3 * fiscal_quarter))
            elif fiscal_quarter != 4:
                continue  # a year said ended, not the last annual report's, is the one reported on in a fourth quarter
        elif fiscal_quarter == 4 and "10-q" in before:
            end = _month_end(_add_months(end, 3))  # no 10-Q is filed for a fourth quarter: the one cited is the third's
        if _fits(end, fiscal_year, fiscal_quarter):
            return end
    # (read only around "<Month> quarter": the patterns are slow over a whole call)
    near = (text[max(0, m.start() - 80) : m.end() + 80] for m in _A_MONTH_QUARTER.finditer(text.lower()))
    for m in (m for window in near for pattern in _QUARTER_BY_MONTH for m in pattern.finditer(window)):
        quarter = int(m["qn"]) if m.groupdict().get("qn") else _ORD[m["qo"].lower()]
        if m["fy"] is None or 2000 + int(m["fy"]) == fiscal_year:
            # ("your fourth quarter, your May quarter", said in a third-quarter call: that one ended in February)
            month = (_MONTHS[m["m"].lower()] - 1 + 3 * (fiscal_quarter - quarter)) % 12 + 1
            return next((end for y in (fiscal_year, fiscal_year - 1)
                         if _fits(end := _month_end(date(y, month, 1)), fiscal_year, fiscal_quarter)), None)
    return None


def _fits(end: date, fiscal_year: int, fiscal_quarter: int) -> bool:
    """Whether a quarter ending on `end` can be fiscal quarter `fiscal_quarter` of `fiscal_year`."""
    fiscal = fiscal_calendar(end + timedelta(days=30), fiscal_year, fiscal_quarter)  # (not the calendar module)
    return fiscal.quarter(fiscal_year, fiscal_quarter)[2] == end


@dataclass(frozen=True, slots=True)
class CallTime:
    """When a call took place: its date, the fiscal quarter it reports on, and the company's calendar."""

    call_date: date
    fiscal_year: int
    fiscal_quarter: int
    fiscal: FiscalCalendar = FiscalCalendar()

    @classmethod
    def of(cls, call_date: date, fiscal_year: int | None = None, fiscal_quarter: int | None = None,
           fiscal: FiscalCalendar | None = None) -> CallTime:
        """A call whose reported quarter is unknown reports on the fiscal quarter before the one under way."""
        fiscal = fiscal or FiscalCalendar()
        if fiscal_year is None or fiscal_quarter is None:
            year, quarter = fiscal.quarter_of(call_date)
            previous = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
            fiscal_year = fiscal_year or previous[0]
            fiscal_quarter = fiscal_quarter or previous[1]
        return cls(call_date, fiscal_year, fiscal_quarter, fiscal)

    @property
    def reported_quarter_end(self) -> date:
        """The last day of the quarter the call reports on."""
        return self.fiscal.quarter(self.fiscal_year, self.fiscal_quarter)[2]


@dataclass(frozen=True, slots=True)
class Period:
    label: str
    start: date
    end: date
    span_start: int
    span_end: int


def _year(m: re.Match[str], when: CallTime) -> int | None:
    g = m.groupdict()
    call_date, fiscal = when.call_date, when.fiscal
    if g.get("y"):
        return int(g["y"])
    if g.get("fy"):
        return 2000 + int(g["fy"])
    if g.get("yy"):
        return 2000 + int(g["yy"])
    if g.get("before"):
        return call_date.year - 2
    current = fiscal.year_of(call_date)
    rel = (g.get("rel") or "").lower()
    if rel:
        if rel.endswith("next"):
            return current + 1
        if rel in ("last", "the prior", "the previous", "prior"):
            return current - 1
        return current
    if g.get("reported"):
        return when.fiscal_year  # "we ended the year", "another record year": the year the call reports on
    if g.get("theyear"):
        return current
    if g.get("coming"):
        # Early in a year "the coming year" is that year; later on, the next one.
        return current if fiscal.quarter_of(call_date)[1] == 1 else current + 1
    return None


_SAID_AS_PAST = re.compile(r"\b(?:produced|reported|saw|had|was|were|did|achieved|delivered|generated|posted|grew|ended)"
                           r"\s+(?:in|during)\s+(?:the\s+|our\s+)?$", re.I)


Resolved = tuple[str, date, date]  # label, first day, last day


def _resolve(kind: str, m: re.Match[str], when: CallTime) -> Resolved | None:
    """The period a time phrase of a kind (the name of its pattern) names, said on the call's date."""
    resolver = _RESOLVERS.get(kind)
    if resolver is None:
        return None
    year = _year(m, when) if kind in _DATED_BY_A_YEAR else None
    return resolver(m.groupdict(), m, year, when)


_DATED_BY_A_YEAR = frozenset(("quarter", "half", "part", "year", "season", "year_end", "year_ago", "midyear", "ytd"))


def _quarter(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    call_date, fiscal = when.call_date, when.fiscal
    if g.get("qrel"):
        y, q = fiscal.quarter_of(call_date)
        rel = " ".join(g["qrel"].lower().split())
        if rel.endswith("next"):
            q, y = (1, y + 1) if q == 4 else (q + 1, y)
        elif rel in ("last", "this past", "the past"):  # "our revenue this past quarter"
            q, y = (4, y - 1) if q == 1 else (q - 1, y)
        return fiscal.quarter(y, q)
    q = int(g["qn"]) if g.get("qn") else _ORD[g["qo"].lower()]
    # A bare "Q1" on a fourth-quarter call is next year's; otherwise the reported year's, unless it is
    # still ahead and said as past ("the 4.9% growth produced in the fourth quarter", on a Q1 call).
    y = year or (when.fiscal_year + 1 if when.fiscal_quarter == 4 and q < 4 else when.fiscal_year)
    if year is None and q > when.fiscal_quarter and _SAID_AS_PAST.search(m.string, max(0, m.start() - 30), m.start()):
        y -= 1
    return fiscal.quarter(y, q)


def _reported_quarter(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    return when.fiscal.quarter(when.fiscal_year, when.fiscal_quarter)


def _year_ago(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    q = _ORD[g["qo"].lower()] if g.get("qo") else when.fiscal_quarter
    return when.fiscal.quarter(year or when.fiscal_year - 1, q)


def _half(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    h = int(g["hn"]) if g.get("hn") else (1 if g["ho"].lower() in ("first", "front") else 2)
    return half(year or when.fiscal.year_of(when.call_date), h, when.fiscal)


def _year_end(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    return end_of(year or when.fiscal.year_of(when.call_date), when.fiscal)


def _part(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved | None:
    if year is None:
        return None
    fiscal = when.fiscal
    part = " ".join(g["part"].lower().split())
    if "beginning" in part or "start" in part:
        return None  # "at the start of this year" is a point already past, not a period to meet
    name = fiscal.name(year)
    if part == "early":
        return (f"early {name}", *fiscal.span(year, 0, 6))
    if part == "mid":
        return (f"mid {name}", *fiscal.span(year, 3, 6))
    if part == "late":
        return (f"late {name}", *fiscal.span(year, 6, 6))
    return end_of(year, fiscal)


def _part_of_next_year(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved | None:
    return _part(g, m, when.fiscal.year_of(when.call_date) + 1, when)


def _season(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved | None:
    # Seasons are the calendar's quarters: spring is April to June ("the spring of 2022").
    if year is None:
        if not g.get("srel"):
            return None  # "summer" alone: no year to date it
        year = when.call_date.year + (1 if g["srel"].lower() == "next" else 0)
    first_month = _SEASON_STARTS[g["season"].lower()]
    return (f"{g['season'].lower()} {year}", date(year, first_month, 1), _month_end(date(year, first_month + 2, 1)))


def _month_end_said(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    return f"end of {when.call_date:%b %Y}", when.call_date, _month_end(when.call_date)


def _next_month(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    first = _month_end(when.call_date) + timedelta(days=1)
    return f"{first:%b %Y}", first, _month_end(first)


def _month_quarter(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    month = _MONTHS[g["m"].lower()]
    y = int(g["y"]) if g.get("y") else _nearest_year(month, when.call_date)
    end = _month_end(date(y - 1 if g.get("last") else y, month, 1))  # "our March quarter last year"
    return _months_to(end, 3, when.fiscal)


def _month(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    call_date = when.call_date
    month = _MONTHS[g["m"].lower()]
    if g.get("y"):
        y = int(g["y"])
    elif g.get("yrel"):
        y = call_date.year + {"next": 1, "last": -1}.get(g["yrel"].lower(), 0)
    elif (g.get("prep") or "").lower() == "since":  # "since March": the last March
        y = call_date.year - (1 if month > call_date.month else 0)
    elif (g.get("prep") or "").lower() == "on" and g.get("d"):
        # "acquired on November 1", said in March; "on August 8", said in April: the nearer of the two
        y = _nearest_year(month, call_date)
    elif 0 < call_date.month - month <= 3 or call_date.month - month <= -9:
        y = call_date.year - (1 if month > call_date.month else 0)  # "in August", said in October: the one just gone
    else:
        y = call_date.year + (1 if month < call_date.month else 0)
    if g.get("d") or g.get("dw"):
        day = min(int(g["d"] or 1), _month_end(date(y, month, 1)).day)  # "January one of 2022"
        return f"{date(y, month, day):%b %-d %Y}", date(y, month, day), date(y, month, day)
    return f"{date(y, month, 1):%b %Y}", date(y, month, 1), _month_end(date(y, month, 1))


def _midyear(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved | None:
    y = year or when.fiscal.year_of(when.call_date)
    label, start, end = f"mid {when.fiscal.name(y)}", *when.fiscal.span(y, 3, 6)
    return (label, start, end) if year or end >= when.call_date else None


def _calendar_year(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    said = g.get("y") or g.get("cy") or (f"20{g['yy']}" if g.get("yy") else None)
    y = int(said) if said else when.call_date.year + {"next": 1, "last": -1}.get(g["crel"].lower(), 0)
    return f"{'FY' if when.fiscal.year_end_month == 12 else 'CY'}{y}", date(y, 1, 1), date(y, 12, 31)


def _ytd(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    if g.get("months"):
        quarters = {"three": 1, "3": 1, "six": 2, "6": 2, "nine": 3, "9": 3}[g["months"].lower()]
    elif g.get("quarters"):
        quarters = {"two": 2, "2": 2, "three": 3, "3": 3}[g["quarters"].lower()]
    else:
        quarters = when.fiscal_quarter
    return year_to_date(year or when.fiscal_year, quarters, when.fiscal)


def _trailing(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    return trailing_year(when.fiscal_year, when.fiscal_quarter, when.fiscal)


def _weeks(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    later = when.call_date + timedelta(weeks=2 if g["couple"] else _count(g["or"] or g["n"]))
    return f"~{later:%b %-d %Y}", when.call_date, later


def _months_from_now(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    """"over the next three months": the call's date that many months on."""
    months = _count(g["n"])
    later = _add_months(when.call_date.replace(day=1), months)
    later = later.replace(day=min(when.call_date.day, _month_end(later).day))
    return f"~{later:%b %Y}", when.call_date, later


def _years_from_now(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    """"in a year or so", "over the next five years": the call's date that many years on."""
    call_date = when.call_date
    years = _count(g["n"]) if g.get("n") else 1
    try:
        later = call_date.replace(year=call_date.year + years)
    except ValueError:  # 29 February
        later = call_date.replace(year=call_date.year + years, day=28)
    return (f"~{later:%b %Y}" if years == 1 else f"next {years} years"), call_date, later


def _years(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    first, last = sorted((int(g["y1"] or g["f1"] or g["d1"]), int(g["y"])))
    return (f"{when.fiscal.name(first)}-{when.fiscal.name(last)}", when.fiscal.year(first)[0], when.fiscal.year(last)[1])


def _fiscal_year(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved | None:
    return None if year is None else (f"FY{year}", *when.fiscal.year(year))


def _plan_year(g: dict, m: re.Match[str], year: int | None, when: CallTime) -> Resolved:
    """"year three" of a plan: that many years after the current one."""
    return _fiscal_year(g, m, when.fiscal.year_of(when.call_date) + _count(g["n"] or g["m"]), when)


_RESOLVERS = {"quarter": _quarter, "reported_quarter": _reported_quarter, "year_ago": _year_ago, "half": _half,
              "year_end": _year_end, "part": _part, "part_next": _part_of_next_year, "season": _season,
              "month_end": _month_end_said, "next_month": _next_month, "month_quarter": _month_quarter, "month": _month,
              "midyear": _midyear, "calendar_year": _calendar_year, "ytd": _ytd, "trailing": _trailing,
              "plan_year": _plan_year, "weeks": _weeks, "next_months": _months_from_now, "year_or_so": _years_from_now,
              "next_years": _years_from_now, "years": _years, "year": _fiscal_year}


def _count(said: str) -> int:
    """"three", "3": how many."""
    return int(WORD_NUMBERS.get(said.lower()) or said)


def _nearest_year(month: int, call_date: date) -> int:
    """The year of the `month` nearest the call, before or after it."""
    return min((call_date.year - 1, call_date.year, call_date.year + 1), key=lambda y: abs((date(y, month, 1) - call_date).days))


def half(year: int, number: int, fiscal: FiscalCalendar) -> tuple[str, date, date]:
    """The first or second half of fiscal `year`."""
    return (f"H{number} {fiscal.name(year)}", *fiscal.span(year, 6 * (number - 1), 6))


def same_months_in(year: int, label: str, end: date, fiscal: FiscalCalendar) -> tuple[str, date, date] | None:
    """The year so far, the half or the trailing year that `label` (ending on `end`) names, in fiscal `year` ("YTD Q3
    2021" in 2020)."""
    quarter = fiscal.quarter_of(end)[1]
    if label.startswith("YTD"):
        return year_to_date(year, quarter, fiscal)
    if re.match(r"H[12] ", label):
        return half(year, int(label[1]), fiscal)
    if label.startswith("TTM"):
        return trailing_year(year, quarter, fiscal)
    return None


def trailing_year(year: int, quarter: int, fiscal: FiscalCalendar) -> tuple[str, date, date]:
    """The four quarters up to fiscal `year`'s quarter number `quarter`."""
    label, start, end = fiscal.quarter(year, quarter)
    return f"TTM {label}", _add_months(start, -9), end


def year_to_date(year: int, quarters: int, fiscal: FiscalCalendar) -> tuple[str, date, date]:
    """"Year-to-date", "the first nine months": fiscal `year` up to the end of its quarter number `quarters`."""
    label, _, end = fiscal.quarter(year, quarters)
    return f"YTD {label}", fiscal.year(year)[0], end


def end_of(year: int, fiscal: FiscalCalendar) -> tuple[str, date, date]:
    """"The end of 2025", "by year-end": the year's last quarter."""
    return (f"end of {fiscal.name(year)}", *fiscal.span(year, 9, 3))


def still_ahead(period: Period, said: str, when: CallTime) -> Period:
    """A bare quarter an event is planned for is the next one to come: "completion is slated for Q4",
    said on the fourth-quarter call, is next year's Q4, not the quarter just reported. (An amount's
    outlook for a bare past quarter is the one given for it: "above our outlook of $176 million to
    $180 million" for the third quarter just reported.)"""
    if period.end >= when.call_date or not period.label.startswith("Q") or re.search(r"\d\d|\byear\b|\b(?:this|last)\b", said, re.I):
        return period
    return quarter_a_year_on(period, when)


def quarter_a_year_on(quarter: Period, when: CallTime) -> Period:
    """The same fiscal quarter a year later, said where the quarter was."""
    year, number = when.fiscal.quarter_of(quarter.start)
    return Period(*when.fiscal.quarter(year + 1, number), quarter.span_start, quarter.span_end)


def _month_ended(m: re.Match[str]) -> date:
    """The month-end of a period said to end on a day: a 52/53-week period ending on January 3 is December's."""
    said = date(int(m["y"]), _MONTHS[m["m"].lower()], min(int(m["d"]), 28))
    return _month_end(_add_months(said, -1) if int(m["d"]) <= 7 else said)


def _months_ended(m: re.Match[str], when: CallTime) -> list[Period]:
    """"the three and six months ended June 30, 2021": each span of months up to that month-end."""
    end = _month_ended(m)
    if m["n"] is None:
        spans = [(12 if m["what"].lower().endswith("year") else 3, m.start(), m.end())]
    elif m["n2"] is None:
        spans = [(_count(m["n"]), m.start(), m.end())]
    else:
        spans = [(_count(m["n"]), m.start(), m.end("n")), (_count(m["n2"]), m.start("n2"), m.end())]
    return [Period(*_months_to(end, months, when.fiscal), start, stop) for months, start, stop in spans]


def _months_to(end: date, months: int, fiscal: FiscalCalendar) -> tuple[str, date, date]:
    """The `months` months up to the month-end `end`, named as the fiscal quarter, half, year, year so far or trailing
    year they are, when they are one."""
    start = _add_months(end, 1 - months)
    year, quarter = fiscal.quarter_of(end)
    quarter_label, _, quarter_end = fiscal.quarter(year, quarter)
    if quarter_end == end:
        if months == 3:
            return quarter_label, start, end
        if months == 12:
            return (f"FY{year}" if quarter == 4 else f"TTM {quarter_label}"), start, end
        if months == 6 and quarter in (2, 4):
            return half(year, quarter // 2, fiscal)
        if months == 9 and quarter == 3:
            return year_to_date(year, quarter, fiscal)
    return f"{months} months to {end:%b %Y}", start, end


def _two_quarters(m: re.Match[str], when: CallTime) -> list[Period]:
    """"the first and second quarters in 2022": each quarter, both of the year said (or meant) for the first."""
    label, start, end = _resolve("quarter", m, when)
    year = when.fiscal.quarter_of(start)[0]
    second = when.fiscal.quarter(year, _ORD[m["qo2"].lower()])
    return [Period(label, start, end, m.start(), m.end("qo")), Period(*second, m.start("qo2"), m.end())]


_HINTS = frozenset(hint for _, _, hints in PATTERNS for hint in hints)


# Kinds whose one phrase says several spans ("the first and second quarters", "the three and six months ended June 30")
_SEVERAL_SPANS = {"quarters": _two_quarters, "ended": _months_ended}


def find_periods(text: str, when: CallTime) -> list[Period]:
    """Every time phrase in the text, resolved for a call at `when`; overlapping phrases keep the most specific."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    said = {hint for hint in _HINTS if hint in lowered}
    for kind, pattern, hints in PATTERNS:
        if hints and said.isdisjoint(hints):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if kind in _SEVERAL_SPANS:
                found += _SEVERAL_SPANS[kind](m, when)
                continue
            resolved = _resolve(kind, m, when)
            if resolved:
                label, start, end = resolved
                found.append(Period(label, start, end, m.start(), m.end()))
    return sorted(found, key=lambda p: p.span_start)
