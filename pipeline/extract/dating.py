"""Which period a figure is for: the time phrase of the sentence that dates it, never a baseline, a
comparison, the time of an act ("the guidance we issued in February") or another amount's time."""

from __future__ import annotations

import calendar
import re

from pipeline.extract.kinds import NAMED_AS_GUIDANCE, before_reported_year
from pipeline.extract.matching import (A_PART_OF, A_SUBJECTS_CLAUSE, COMPARISON, HEDGE, LEFT_OUT_BEFORE, OUTLOOK,
                                       OUTLOOK_WORDS, REASON, REVISION, SUBJECT_PRONOUN, gap_between,
                                       inside_what_is_left_out, word_pattern)
from pipeline.periods import (MONTH_NAMES, CallTime, Period, end_of, find_periods, half, quarter_a_year_on,
                              same_months_in)
from pipeline.records import Figure
from pipeline.taxonomy import cues


# "down 35% from a record prior-year quarter", "down by 35% against the prior year quarter", "almost flat to prior year",
# "down 2% to up 1% to last year", "to improve from reported year-to-date levels", "for the first time since 2014",
# "Compared with the pre-pandemic levels of 2019", "comparing our results against two years ago for the third quarter",
# "from the comparable period in the prior year", "When you compare our third quarter performance to Q3 2019", "down 7% on
# an adjusted basis to the prior year", "declined 53% with the same quarter in 2019"
_BASELINE = re.compile(rf"(?:\b(?:{COMPARISON})(?:\s+(?:COVID-19|[^,;.\d$%]){{1,40}}?\s(?:in|for|during))?|compared? back (?:to|with)"
                       r"|\bcompar(?:e|ing)\s+[^,;.\d$%]{1,40}?\s(?:to|with|against)|\bfrom"
                       r"|\bsince|\bflat (?:with|to)|than|over|beyond|(?:%|\bpercent)(?:\s+on\s+an?\s+[\w-]+\s+basis)?\s+(?:to|with)|in\s+line\s+with|\bdouble|\btriple|\btwice)\s+"
                       r"(?:in\s+)?(?:all\s+of\s+)?(?:our\s+|the\s+|a\s+|last\s+year's\s+)?(?:record\s+|reported\s+|comparable\s+|corresponding\s+)?"
                       r"(?:(?:[\w-]+\s+)?(?:levels?|lows?|highs?|peaks?|periods?|quarters?)\s+(?:of|in)\s+(?:the\s+)?)?(?:fiscal\s+(?:year\s+)?|full[- ]year\s+)?"
                       # ("a 20% headcount reduction compared with December 2018")
                       rf"(?:(?:{MONTH_NAMES})\s+)?$", re.I)


# "... to be about $1 billion, well above results in the second quarter last year": what the figure is set against
# (but "16% above the 2020 baseline of $18.50" dates the baseline amount said after it).
_ABOVE_OR_BELOW = re.compile(r"\b(?:above|below)\s+(?:the\s+|our\s+)?(?:(?:results?|levels?|performance)\s+(?:in|of|for)\s+(?:the\s+)?)?$", re.I)


# "the guidance that we issued in February" dates an act, not the figure.
_ACT_DATE = re.compile(r"\b(?:issued|announced|gave|given|provided|introduced|initiated|shared|discussed|mentioned|said|estimate|call|disclosures?|disclosed)"
                       r"\s+(?:it\s+|them\s+|that\s+|this\s+)?(?:back\s+)?(?:(?:in|on|at)\s+(?:our\s+|the\s+)?)?$", re.I)


# "our growth capital guidance provided on our fourth-quarter 2020 earnings call", "$49.5 million from Riggs Distler
# following the August 27 acquisition": the time of a call, or of a deal.
_A_CALL_AFTER = re.compile(r"\s*(?:(?:earnings\s+|conference\s+)*call|acquisition|merger|closing|divestiture|spin-?off)\b",
                           re.I)


# "Over the last 12 months, Deist has generated revenues of ...": the span a sentence opens with is the amount's (but
# "up 5% over last year" is a baseline, and "driven by acquisition activity over the past 12 months" the activity's)
_OVER_A_SPAN = re.compile(r"(?:^|[.,;:]\s+|\n\s*)over\s+$", re.I)
_A_SPAN = re.compile(r"the\s+(?:last|past|next|coming)\s", re.I)


# "including 8% related to last year's COVID-19 impact and operating margin expansion of 350 basis points": the time of
# what moved a measure
_AN_IMPACTS_TIME = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:impact|effect|headwind|tailwind)s?\b", re.I)


# "driven by acquisitions in the past 12 months and organic revenue growth of 12.3%", "the Water-Right acquisition
# purchased in April 2019", "$91 million that we used to acquire the Lucas Group on November 1": when the deals were done
_ACQUIRED = re.compile(r"\b(?:acquisitions?\s+(?:(?:completed|made|closed|purchased)\s+)?|(?:acquire[ds]?|purchased|bought)\s+"
                       r"(?:the\s+)?(?-i:[A-Z][\w&.-]*\s+){0,4})(?:(?:in|on|over|during|within)\s+)?$", re.I)


def _a_deals_time(p: Period, text: str) -> bool:
    return bool(_ACQUIRED.search(text, max(0, p.span_start - 50), p.span_start))


def _may_date_a_figure(p: Period, text: str) -> bool:
    before = text[max(0, p.span_start - 50) : p.span_start]
    if _ACT_DATE.search(before) and NAMED_AS_GUIDANCE.match(text, p.span_end):
        return True  # "we've also introduced second quarter guidance of $0.48 to $0.58"
    if _OVER_A_SPAN.search(before) and _A_SPAN.match(text, p.span_start):
        return True
    return not (_BASELINE.search(before) or _ACT_DATE.search(before) or _A_CALL_AFTER.match(text, p.span_end)
                or _AN_IMPACTS_TIME.match(text, p.span_end)
                or _SUPERLATIVE_OF.search(before) or LEFT_OUT_BEFORE.search(before) or _a_deals_time(p, text))


# "gross margin to be the lowest for the year, down 100 to 150 basis points": the year is what the quarter is
# compared within, not the figure's period (but "the highest adjusted first quarter earnings" is of the quarter).
_SUPERLATIVE_OF = re.compile(r"\b(?:lowest|highest|strongest|weakest|best|worst|biggest|largest|smallest)\s+(?:[\w-]+\s+)?"
                             r"(?:for|of|in)\s+(?:the\s+)?$", re.I)


# "$25 million to $28 million compared to a prior range of ... and actual expenditures of $19 million in fiscal 2020"
_COMPARED = re.compile(rf"\b(?:{COMPARISON}|from|over\s+the|than|on\s+top\s+of)\b", re.I)


# "and plan to do another $1 billion over the next 12 months", "and actual expenditures of $19 million in fiscal 2020":
# the amount after "and" is of another kind, and the time said after it is its own
_AND_ANOTHER_KIND = re.compile(r"\band\s+(?:(?:we\s+)?(?:plan|expect|intend|anticipate|aim|will)\w*|actuals?)\b", re.I)


# "down 3% also on a tough compare given Pratt's military sales were up 11% in the same period last year": a clause of
# its own, whose amount the time said after it dates
_CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:given|because|since|whereas|while)\b", re.I)


_ASIDE = re.compile(r",\s*(?:with|including)\b|\bof which\b", re.I)
# "we repurchased 3.3 million shares for $160 million, bringing full year 2019 repurchases to ... $500 million": a running
# total said next, whose time is its own
_RUNNING_TOTAL = re.compile(r",\s*(?:bringing|taking|increasing|raising)\b|\s(?:bringing|taking)\s+(?:us|our|the|it)\b", re.I)
# ("Organic revenue growth of 24.1%, including 8% related to last year's COVID-19 impact": an amount of the aside, figure
# or not, that the time said after it dates)
_AN_AMOUNT_IN_AN_ASIDE = re.compile(r",\s*(?:with|including)\s+(?:[\w-]+\s+){0,3}?\$?\d", re.I)


# "down 5% to 10% as the lower level of sales we experienced in the second half of 2019 continues": a time
# after a past verb of its own dates what that verb says.
_PAST_CLAUSE = re.compile(r"\b(?:as|while|since|because|given|after)\s+(?:the|our|a|an|this|that|these|those)\s+(?:[\w-]+\s+){1,6}?"
                          r"(?:that\s+|which\s+)?(?:we|they)\s+(?:\w+ed|saw|had|did|made|grew|took)\b", re.I)


# An amount in a clause put before the sentence's main one, whose times are the main clause's own
_FRONTED_CLAUSE = re.compile(r"(?:^|[.?!]\s+)(?:despite|although|though|even\s+though|while|notwithstanding)\b[^.?!,;]*$", re.I)


# "savings to nearly $560 million since the deal closed in November of 2018": when a running total started dates no amount
_SINCE = re.compile(r"\bsince\s+(?:(?:the|our|a|an|this|that|its|their)\s+)?(?:[\w-]+\s+){0,4}?$", re.I)


# "During 2019, we returned $74 million in dividends ... and this week, the Board approved an 11% increase in our
# quarterly dividend to $0.20": a clause with a time of its own, not a period's
A_TIME_OF_ITS_OWN = re.compile(r"\b(?:and|but)\s+(?:(?:this|last)\s+(?:week|month)|today|yesterday|recently|since\s+then)\b", re.I)


# "EPS of $1.86 represents approximately half of our full-year guidance midpoint": a time said after the amount, of an
# outlook it is measured as a part of (not "the $1.5 billion FY '24 guidance", which the amount is)
_OF_OUR = re.compile(r"\bof\s+(?:our|the)\s+$", re.I)
# ("second-quarter guidance", "our updated 2021 outlook", "our 2022 operating EPS early outlook")
_AN_OUTLOOK_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[\w&-]+\s+){{0,3}}?{OUTLOOK}", re.I)


# "an incremental $60 million in savings from GPIP, most of which we expected this fiscal year", "about half of the
# expected $20 million per year of savings next fiscal year": the time of a part of the amount, not of the amount
_A_PART_OF_WHICH = re.compile(rf"\b{A_PART_OF}\s+which\b", re.I)
_A_PART_OF_THE_AMOUNT = re.compile(rf"\b{A_PART_OF}\s+(?:the|that|this|our)\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def times_a_part_of_it(periods: list[Period], start: int, end: int, text: str, later_amounts: tuple[int, ...]) -> bool:
    """The sentence says when a part of the amount comes, so the amount as a whole has no time said."""
    if _A_PART_OF_THE_AMOUNT.search(text, max(0, start - 50), start):
        return True
    part = _A_PART_OF_WHICH.search(text, end, later_amounts[0] if later_amounts else len(text))
    return part is not None and any(p.span_start >= part.end() for p in periods)


# A relative clause that says when the amount will be used is the amount's time.
_WHICH_WE_PLAN = re.compile(r",\s+which\s+we\s+(?:intend|expect|plan|anticipate)\s+to\s+\w+\s+(?:it\s+|them\s+)?$", re.I)


_NEXT_CLAUSE = re.compile(r"(?:,\s*|\s+)and\s+(?:we|I|they)\b|;", re.I)


def _dates_an_earlier_result(p: Period, start: int, text: str, earlier_amounts: tuple[int, ...]) -> bool:
    """The time said before a result, in a clause of its own: "2019 GPF sales exceeded $250 million and we are
    well on our way to building a greater than $500 million ... business" (but "In 2019, we returned $147 million
    ... and we bought back $55 million" frames both)."""
    return p.span_end <= start and not text.startswith(",", p.span_end) and any(
        p.span_end <= a < start and _NEXT_CLAUSE.search(text, a, start) and word_pattern(cues().actual).search(text, p.span_end, a)
        for a in earlier_amounts)


# "from $955.2 million in the fourth quarter of 2019", "compared to $19 million in fiscal 2020"
_BASELINE_BEFORE = re.compile(rf"\b(?:{COMPARISON}|from)\s+{HEDGE}[$]?$", re.I)
_THEN = re.compile(r"[$]?[\d.,]+(?:\s*(?:thousand|million|billion|%))?\s+(?:in|for|during|at)\s+(?:the\s+)?", re.I)


def _dates_a_baseline(p: Period, start: int, text: str, earlier_amounts: tuple[int, ...]) -> bool:
    """The time said right after an amount compared against dates only that amount: "net sales in the period
    increased 16% from $955.2 million in the fourth quarter of 2019, including a 13% organic gain"."""
    return p.span_end <= start and any(
        a < p.span_start and _THEN.fullmatch(text, a, p.span_start) and _BASELINE_BEFORE.search(text, max(0, a - 40), a)
        for a in earlier_amounts)


_A_RESULT_AFTER = re.compile(r"\s*(?:performance|results?)\b", re.I)


def _why_revised(p: Period, start: int, text: str) -> bool:
    """The time of what led to a revision, said before it: "our stellar first half performance ... give us confidence
    in again raising our earnings framework to reflect ... $260 million to $280 million"."""
    return (p.span_end <= start and bool(_A_RESULT_AFTER.match(text, p.span_end))
            and bool(re.search(REVISION, text[p.span_end : start], re.I)))


# "the $21.50 midpoint of our original guide continues to be the right jumping off point for 2022 adjusted EPS growth":
# the time the amount is the base of growth for
_A_POINT_FOR = re.compile(r"\bpoint\s+for\s+$", re.I)
_GROWTH_AFTER = re.compile(r"\s+(?:[\w&-]+\s+){0,3}?growth\b", re.I)


def _growth_from_it(p: Period, end: int, text: str) -> bool:
    return (p.span_start >= end and bool(_A_POINT_FOR.search(text, max(end, p.span_start - 20), p.span_start))
            and bool(_GROWTH_AFTER.match(text, p.span_end)))


# "over our record 2019 EPS of $3.55", "above the 2020 baseline of $18.50", "higher than the prior year's rate of 16%": the
# time of the amount named after it
_THE_AMOUNT_SAID_OF = re.compile(r"(?:['’]s)?\s+(?:(?!(?:and|or|to|from|with|in|for|by|at|on|a|an|the|was|were|is|are|of)\b)[\w-]+\s+){1,4}?"
                                 rf"of\s+{HEDGE}", re.I)


# "the prior-year", "the year-ago", "last year's" (quarter or period)
_YEAR_AGO = r"(?:(?:prior|previous)[-\s]year|year[-\s]ago|last\s+year's)"


# "compared to the prior year quarter of $0.21": the amount of the year-ago (or prior) quarter said
_A_YEAR_AGO_QUARTER = re.compile(rf"(?:the\s+)?(?:{_YEAR_AGO}|prior|previous)\s+(?:quarter|period)", re.I)
_OF = re.compile(r"\s+of\s+")


def _dates_the_amount_after(p: Period, start: int, text: str) -> bool:
    return bool(_THE_AMOUNT_SAID_OF.fullmatch(text, p.span_end, start)
                or _OF.fullmatch(text, p.span_end, start) and _A_YEAR_AGO_QUARTER.fullmatch(text, p.span_start, p.span_end))


# "revenues in Asia Pacific which represented 6.6% of our overall revenues in 2019, declined 14.8%": the time said in a
# relative clause dates only the clause's own amount
_WHICH_AMOUNTED_TO = re.compile(r"\b(?:which|that)\s+(?:\w+\s+){0,2}?(?:represent(?:s|ed)?|accounted\s+for|made\s+up|makes?\s+up)\s+"
                                rf"{HEDGE}$", re.I)


def _dates_a_relative_clauses_amount(p: Period, start: int, text: str, amounts: tuple[int, ...]) -> bool:
    return any(a != start and a < p.span_start and _WHICH_AMOUNTED_TO.search(text, max(0, a - 60), a)
               and "," not in text[a : p.span_start] for a in amounts)


_WITH = r",\s*with\b"
_AND_OR_WITH = re.compile(rf"\band\b|{_WITH}", re.I)
_AND_A_CLAUSE_OR_WITH = re.compile(rf"\band\s+{SUBJECT_PRONOUN}\b|{_WITH}", re.I)


def nearest_period(periods: list[Period], start: int, end: int, text: str, later_amounts: tuple[int, ...] = (),
                   earlier_amounts: tuple[int, ...] = ()) -> Period | None:
    """The time phrase that dates the figure: the nearest, a following one preferred, never a
    baseline ("grow 75% higher from 2023") nor one that dates a later amount in an aside
    ("annualized savings of about $8 million, with about $5 million landing in fiscal '22") or an earlier result
    ("2019 GPF sales exceeded $250 million and we are well on our way to ... $500 million") or a
    comparison ("$25 million compared to ... $19 million in fiscal 2020", "12.3% of sales increased
    80 basis points compared to 11.5% of sales in the prior year") or a year it is the base of growth for ("the right
    jumping off point for 2022 adjusted EPS growth")."""
    targets = [p for p in periods if _may_date_a_figure(p, text)
               or _dates_the_amount_after(p, start, text) and not _a_deals_time(p, text)]  # (a deal's time said unpunctuated)
    if not targets:
        return None
    next_amount = later_amounts[0] if later_amounts else None

    def cost(p: Period) -> int:
        # "Q4 operating margin was 22.1% and full year margin was 23.2%": "and" leads to the next figure's period.
        # With no amount after it, "and" leads to another clause ("and it goes back to normal in 2022") or joins words
        # ("an extra 125 million in ventilator and ventilator mask sales in the fourth quarter").
        after_and = p.span_start >= end and (_AND_OR_WITH if next_amount is not None else _AND_A_CLAUSE_OR_WITH).search(
            text, end, p.span_start)
        if any(p.span_start >= a and any(said.search(text[end:a]) for said in (_ASIDE, _COMPARED, _CLAUSE_OF_ITS_OWN))
               for a in later_amounts):
            return 1000
        if p.span_start >= end and (_PAST_CLAUSE.search(text, end, p.span_start)
                                    or _AN_AMOUNT_IN_AN_ASIDE.search(text, end, p.span_start)
                                    or later_amounts and _RUNNING_TOTAL.search(text, end, p.span_start)):
            return 1000
        if p.span_start >= end and A_SUBJECTS_CLAUSE.search(text, end, p.span_start) \
                and _FRONTED_CLAUSE.search(text, max(0, start - 150), start):
            return 1000  # "Despite lapping the extraordinary 23% comparable sales growth from last year, we were ... the third quarter"
        if p.span_end <= start and _FRONTED_CLAUSE.search(text, max(0, p.span_start - 150), p.span_start) \
                and A_SUBJECTS_CLAUSE.search(text, p.span_end, start):
            return 1000  # "While our Metal Coatings segment had lower sales in the third quarter of the prior year, they were able
            # to ... improve operating margins to 24.8%": the time of the clause set against the result
        if _SINCE.search(text, max(0, p.span_start - 50), p.span_start) or (
                p.span_end <= start and A_TIME_OF_ITS_OWN.search(text, p.span_end, start)):
            return 1000
        if (_dates_an_earlier_result(p, start, text, earlier_amounts) or _why_revised(p, start, text)
                or _growth_from_it(p, end, text)
                or _dates_a_baseline(p, start, text, earlier_amounts)
                or _dates_a_relative_clauses_amount(p, start, text, earlier_amounts + later_amounts)):
            return 1000
        if p.span_end <= start and inside_what_is_left_out(text, 0, p.span_start) and "," in text[p.span_end : start]:
            # "Excluding the impact of COVID-19-related sales in the prior-year quarter, global device sales declined by 3%"
            return 1000
        if REASON.search(text[end : p.span_start] if p.span_start >= end else text[p.span_end : start]):
            return 1000  # "compared to $361.1 million a year ago, reflecting a 5.5% organic sales gain"
        if p.span_start >= end and (_ABOVE_OR_BELOW.search(text, max(end, p.span_start - 40), p.span_start)
                                    or _OF_OUR.search(text, end, p.span_start) and _AN_OUTLOOK_AFTER.match(text, p.span_end)):
            return 1000
        if p.span_start >= end and _WHICH_WE_PLAN.search(text, end, p.span_start):
            return p.span_start - end  # "$500 million of repurchase authorization ..., which we intend to utilize by June 1"
        if after_and and next_amount is not None and p.span_end <= next_amount:
            return 1000  # "the corporate tax rate to be about 20% and Q1 corporate costs to be about $20 million"
        if after_and and next_amount is not None and p.span_start >= next_amount and _AND_ANOTHER_KIND.search(text, end, next_amount):
            return 1000  # "We have repurchased $363 million and plan to do another $1 billion over the next 12 months"
        return gap_between(p.span_start, p.span_end, start, end, text) + (15 if p.span_end <= start else 0) + (60 if after_and else 0)

    best = min(targets, key=cost)
    return best if cost(best) < 200 else None


def quarter_of_the_year(period: Period | None, periods: list[Period], trigger: tuple[int, int] | None, text: str,
                         when: CallTime) -> Period | None:
    """"First quarter sales are expected to increase from $160 million in fiscal 2020 to a range of $220 million
    to $240 million in fiscal 2021": the quarter said with the metric, of the year said with the amount."""
    if (period is None or trigger is None or not period.label.startswith("FY")
            or not re.search(r"\d", text[period.span_start : period.span_end])):
        return period  # "Q4 operating margin was 22.1% and full year margin was 23.2%": the year is the whole year
    quarter = next((p for p in periods if re.fullmatch(r"Q[1-4] .*", p.label) and 0 <= trigger[0] - p.span_end <= 1
                    and not re.search(r"\d\d", text[p.span_start : p.span_end])), None)
    if quarter is None:
        return period
    label, start, end = when.fiscal.quarter(int(period.label[2:]), int(quarter.label[1]))
    return Period(label, start, end, period.span_start, period.span_end)


def of_the_year_framed(period: Period | None, periods: list[Period], text: str, when: CallTime) -> Period | None:
    """"In 2019, sales were up 11% in the first quarter", said in January 2020: a quarter or half said without its year
    is of the one year the sentence names before it (not of one it is compared with: "Q4 sales grew 17% over 2019")."""
    if period is None or not re.fullmatch(r"[QH][1-4] .*", period.label) \
            or re.search(r"\d\d", text[period.span_start : period.span_end]):
        return period
    years = {p.label for p in periods if p.label.startswith("FY") and p.span_end <= period.span_start
             and re.search(r"\d\d", text[p.span_start : p.span_end])
             and not _COMPARED_WITH.search(text, max(0, p.span_start - 30), p.span_start)}
    if len(years) != 1 or (year := int(years.pop()[2:])) == when.fiscal.year_of(period.end):
        return period
    number, spans = int(period.label[1]), (period.span_start, period.span_end)
    if period.label.startswith("Q"):
        return Period(*when.fiscal.quarter(year, number), *spans)
    return Period(*half(year, number, when.fiscal), *spans)


_LAST_YEAR = re.compile(r"(?:the\s+)?(?:last|prior|previous)\s+year", re.I)
_COMPARED_TO = re.compile(rf"\b(?:{COMPARISON}|from|on\s+top\s+of|below|above|than)\b", re.I)


def a_year_before_the_compared(period: Period | None, found: list[Figure], text: str, start: int, when: CallTime) -> Period | None:
    """"EPS for the quarter was $0.03 versus $0.07 last year": a result set against a quarter's (or a year's), said
    of "last year", is that quarter's (or year's) a year before, whatever year "last year" is from the call's date; set
    against a result of no time, the reported quarter's a year (or, said of "last quarter", a quarter) before."""
    # ("... $0.37 compared to $0.41 in the fourth quarter of last year", said of the fourth quarter in January: a
    # result is not compared with itself, so "last year" is the compared quarter's year before)
    compared = found[-1]
    same = (period is not None and compared.period_label and compared.end <= start and _SAME_PERIOD.match(text, period.span_start)
            and _COMPARED_TO.search(text, compared.end, start)
            and same_months_in(when.fiscal.quarter_of(period.end)[0], compared.period_label, compared.period_end, when.fiscal))
    if same:
        # "year-to-date sales of $643.3 million, 21.2% below the $816.5 million in sales in the same period last year",
        # "For the six months ended June 30, 2021, ... compared to $298.5 million in revenues in the 2020 period": the
        # same months of that year
        return Period(*same, period.span_start, period.span_end)
    if period is not None and any(f.period_end is None and f.kind == "actual" and f.end <= start
                                  and _COMPARED_TO.search(text, f.end, start) for f in found):
        # "Sales of $358.7 million decreased from $364.4 million last year", "$0.52 compared to ... $0.46 last quarter": a
        # result of no time said is the quarter reported, and what it is set against that quarter a year, or a quarter, before
        said = text[period.span_start : period.span_end]
        if _LAST_YEAR.fullmatch(said):
            return Period(*when.fiscal.quarter(when.fiscal_year - 1, when.fiscal_quarter), period.span_start, period.span_end)
        if _LAST_QUARTER.fullmatch(said):
            return Period(*when.fiscal.quarter(*_quarter_before(when)), period.span_start, period.span_end)
    if (period is not None and compared.period_label and period.end == compared.period_end and compared.end <= start
            and _COMPARED_TO.search(text, compared.end, start) and _A_YEAR_AGO_SAID.search(text, compared.end, start + 60)
            and (earlier := same_months_in(when.fiscal.quarter_of(period.end)[0] - 1, compared.period_label,
                                           compared.period_end, when.fiscal))):
        # "year-to-date gross margin of 22.2% declined 60 basis points from a gross margin of 22.8% from the prior year",
        # "For the 12 months ended September 30, 2021 ... $4.02 ... compared to ... the prior-year period of ... $3.97":
        # the same months a year before
        return Period(*earlier, period.span_start, period.span_end)
    reported_end = when.reported_quarter_end
    if (period is not None and period.end == compared.period_end == reported_end
            and _LAST_QUARTER.fullmatch(text, period.span_start, period.span_end)
            and compared.end <= start and _BASELINE_BEFORE.search(text, max(compared.end, start - 40), start)):
        # "$0.16 per share for the third quarter compared to $0.13 last quarter", said in October: "last quarter" is
        # the quarter reported, which a result is not compared with: the one before it is meant
        return Period(*when.fiscal.quarter(*_quarter_before(when)), period.span_start, period.span_end)
    of_itself = (period is not None and period.end == compared.period_end
                 and _LAST_YEAR.search(text, period.span_start, period.span_end))
    if (period is None or not compared.period_label or not compared.period_label.startswith(("Q", "FY", "YTD", "H", "TTM"))
            or compared.end > start or not (_LAST_YEAR.fullmatch(text, period.span_start, period.span_end) or of_itself
                                             or _the_year_before_said(period, compared, text, when))
            or not _COMPARED_TO.search(text, compared.end, start)):
        return period
    year, number = when.fiscal.quarter_of(compared.period_end)
    if compared.period_label.startswith("FY"):
        return Period(f"FY{year - 1}", *when.fiscal.year(year - 1), period.span_start, period.span_end)
    if compared.period_label.startswith("Q"):
        return Period(*when.fiscal.quarter(year - 1, number), period.span_start, period.span_end)
    # "For the nine-month period, we earned $0.25 per diluted share as compared to $0.34 per share last year": the
    # same months of the year before
    earlier = same_months_in(year - 1, compared.period_label, compared.period_end, when.fiscal)
    return Period(*earlier, period.span_start, period.span_end) if earlier else period


_A_YEAR_AGO_SAID = re.compile(rf"\b(?:{_YEAR_AGO}|{_LAST_YEAR.pattern})\b", re.I)
_SAME_PERIOD = re.compile(r"(?:the\s+)?(?:same|comparable|corresponding|(?:19|20)\d\d)\s+periods?\b", re.I)


_A_BARE_YEAR = re.compile(r"(?:19|20)\d\d|'\d\d")


def _the_year_before_said(period: Period, compared: Figure, text: str, when: CallTime) -> bool:
    """"$0.73 per share for the first quarter of 2021, as compared to $0.48 per share in 2020": the year before the
    compared quarter's, said bare, is that quarter of that year (the year's own results are said "for the full year")."""
    return (compared.period_label.startswith("Q") and _A_BARE_YEAR.fullmatch(text, period.span_start, period.span_end) is not None
            and period.label.startswith("FY") and when.fiscal.year_of(period.end) == when.fiscal.quarter_of(compared.period_end)[0] - 1)


_THIS_QUARTER = re.compile(r"(?:this|the\s+current)\s+quarter", re.I)
_LAST_QUARTER = re.compile(r"last\s+quarter", re.I)


def as_a_result(period: Period | None, text: str, s0: int, s1: int, when: CallTime) -> Period | None:
    """A result's "this quarter" is the quarter the call reports on (said weeks into the next one), and "last quarter"
    beside it the one before: "Our operating margin was 44.1% this quarter, increasing from 36.4% last quarter"."""
    if period is None:
        return None
    said = text[period.span_start : period.span_end]
    year, number = when.fiscal_year, when.fiscal_quarter
    if _LAST_QUARTER.fullmatch(said) and _THIS_QUARTER.search(text, s0, s1):
        year, number = _quarter_before(when)
    elif not _THIS_QUARTER.fullmatch(said):
        return period
    return Period(*when.fiscal.quarter(year, number), period.span_start, period.span_end)


def _quarter_before(when: CallTime) -> tuple[int, int]:
    """The fiscal year and number of the quarter before the one the call reports on."""
    year, number = when.fiscal_year, when.fiscal_quarter
    return (year, number - 1) if number > 1 else (year - 1, 4)


_A_YEAR_SAID = re.compile(r"\d\d")


def a_result_a_year_before(period: Period | None, text: str, when: CallTime) -> Period | None:
    """"Adjusted EPS increased from $0.02 in Q1 to $0.10 in Q2", "we were down roughly 40% in December", said of results
    in January: a quarter, half or month said without its year that is still ahead is last year's."""
    if period is None or period.start <= when.call_date or _A_YEAR_SAID.search(text, period.span_start, period.span_end):
        return period
    spans = period.span_start, period.span_end
    if period.label.startswith("Q"):
        year, number = when.fiscal.quarter_of(period.end)
        return Period(*when.fiscal.quarter(year - 1, number), *spans)
    if period.label.startswith("H"):
        return Period(*half(when.fiscal.year_of(period.end) - 1, int(period.label[1]), when.fiscal), *spans)
    if period.start.day == 1 and (period.start.year, period.start.month) == (period.end.year, period.end.month):
        start = period.start.replace(year=period.start.year - 1)
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
        return Period(f"{start:%b %Y}", start, end, *spans)
    return period


_THE_QUARTER = re.compile(r"\b(?:(?:in|for|during|ended|exited|closed|finished)\s+the\s+quarter|at\s+(?:the\s+end\s+of\s+the\s+quarter|quarter[-\s]end))\b",
                          re.I)


# "Quarterly revenue of $340 million was up 12%" (not "our quarterly dividend", paid each quarter), "net sales in the
# period increased 16%", "Reported sales in a quarter of $1,108.3 million" (as transcribed): a result's
_THE_QUARTER_OF_A_RESULT = re.compile(r"\bquarterly\s+(?!(?:cash\s+)?(?:dividends?|distributions?)\b|basis\b|run[-\s]rates?\b)"
                        r"|\b(?:in|for|during)\s+the\s+period\b|\bin\s+a\s+quarter\b(?!\s+(?:or|that|when|where)\b)", re.I)


_SEQUENTIAL = re.compile(r"\b(?:sequential(?:ly)?|quarter[-\s]over[-\s]quarter)\b", re.I)


# "Revenues increased 6.2% to $147.6 million compared to the prior-year quarter", "EBITDA of $21.2 million ... compared to
# $31.8 million ... in the prior-year quarter": set against the same quarter a year before, or the one before
_SET_AGAINST = rf"\b(?:{COMPARISON}|over|from)\s+"
_AGAINST_AN_EARLIER_QUARTER = re.compile(_SET_AGAINST + r"(?:[^;]{0,80}?\s(?:in|for|during)\s+)?"
                                         rf"(?:the\s+)?(?:{_YEAR_AGO}|same|prior|previous|last)\s+(?:quarter|period)\b", re.I)


# "When compared to the third quarter of 2019, sales were up 45%" on the Q3 2021 call, "increased 12.7% from the last
# quarter and decreased 8.4% from the third quarter of last year": set against the same quarter of an earlier year or the
# quarter before
_COMPARED_WITH = re.compile(_SET_AGAINST + r"(?:the\s+)?$", re.I)


# "an improvement as compared to Q2 where it was down 4.7%", "grew 4% against a robust 19% comp from the third quarter of
# 2020": an amount said after a comparison in its own clause is what the result is set against
_A_COMPARISON_IN_ITS_CLAUSE = re.compile(rf"\b(?:{COMPARISON})\b(?:(?!\band\b)[^,;])*$", re.I)


def _set_against_an_earlier_quarter(sentence: str, s0: int, periods: list[Period], when: CallTime,
                                    at: int) -> re.Match[str] | None:
    said = _AGAINST_AN_EARLIER_QUARTER.search(sentence)
    if said and all(s0 + said.start() <= p.span_start and p.span_end <= s0 + said.end() for p in periods):
        return said
    compared = [_COMPARED_WITH.search(sentence, max(0, p.span_start - s0 - 20), p.span_start - s0) for p in periods]
    if periods and all(compared) and not _A_COMPARISON_IN_ITS_CLAUSE.search(sentence, 0, at) and all(
            _an_earlier_quarter(p, sentence[p.span_start - s0 : p.span_end - s0], when) for p in periods):
        return compared[0]
    return None


def _an_earlier_quarter(p: Period, said: str, when: CallTime) -> bool:
    """A quarter named (not "compared to a year ago", which may be a year's change as well): the reported one's a year or
    more before, or the one right before it, or the reported one itself read off "last year" or "last quarter" from the
    call's date (which no result is set against)."""
    if not re.search(r"quarter|\bQ[1-4]\b", said, re.I):
        return False
    reported_start, reported_end = when.fiscal.quarter(when.fiscal_year, when.fiscal_quarter)[1:]
    if p.end == reported_end:
        return bool(_LAST_YEAR.search(said) or _LAST_QUARTER.search(said))
    same_quarter = re.match(rf"Q{when.fiscal_quarter} ", p.label) and p.end < reported_start
    return bool(same_quarter or p.end == when.fiscal.quarter(*_quarter_before(when))[2])


def quarter_said(sentence: str, s0: int, when: CallTime, in_progress: bool, periods: list[Period], at: int) -> Period | None:
    """"Operating margin in the quarter is expected to be 13% to 13.5%": an outlook for "the quarter"
    is for the one under way when the call takes place; "For the quarter, revenue grew 35%", "We ended the quarter
    with approximately $1.6 billion of cash", "Quarterly revenue of $340 million": a result's is the one reported. So
    is a change on the quarter before ("Sequentially, revenues increased 14.7%"), when the sentence names no time of its
    own (not "down 1.8% sequentially, an improvement as compared to Q2 where it was down 4.7%"), or one on the quarter a
    year before ("Revenues increased 6.2% to $147.6 million compared to the prior-year quarter")."""
    said = (_THE_QUARTER.search(sentence) or (None if in_progress else _THE_QUARTER_OF_A_RESULT.search(sentence))
            or (None if periods else _SEQUENTIAL.search(sentence))
            or (None if in_progress else _set_against_an_earlier_quarter(sentence, s0, periods, when, at)))
    if not said:
        return None
    quarter = when.fiscal.quarter_of(when.call_date) if in_progress else (when.fiscal_year, when.fiscal_quarter)
    return Period(*when.fiscal.quarter(*quarter), s0 + said.start(), s0 + said.end())


_BARE_YEAR_END = re.compile(r"\b(?:fiscal\s+)?year[-\s]?end\b", re.I)


def year_end_said(sentence: str, s0: int, when: CallTime, kind: str) -> Period | None:
    """"Our year-end cash position of $780 million", "we expect our year-end cash to be about $1 billion": a bare
    year-end, which only the kind dates: a result's is the last one reported, an outlook's the one ahead."""
    said = _BARE_YEAR_END.search(sentence)
    if not said:
        return None
    if kind == "actual":
        year = when.fiscal_year if when.fiscal_quarter == 4 else when.fiscal_year - 1
    else:
        year = when.fiscal.year_of(when.call_date)
    return Period(*end_of(year, when.fiscal), s0 + said.start(), s0 + said.end())


def quarter_a_year_after(periods: list[Period], end: int, text: str, when: CallTime) -> Period | None:
    """"comparable sales growth to be in the range of down 2% to up 1% to last year, which is on top of our 12.6%
    comparable sales growth in the fourth quarter of last year": an outlook set against a past quarter is for the
    same quarter a year on, when that is still to come."""
    said = [p for p in periods if p.span_start >= end and re.fullmatch(r"Q[1-4] .*", p.label)]
    if len(said) != 1 or not _COMPARED.search(text, end, said[0].span_start):
        return None
    this_year = quarter_a_year_on(said[0], when)
    return this_year if this_year.end > when.call_date else None


def opening_period(periods: list[Period], first_amount: int, start: int, earlier_amounts: tuple[int, ...], text: str,
                    when: CallTime) -> Period | None:
    """The one time phrase said before any amount, which dates the whole outlook the sentence gives:
    "we are updating our full-year 2021 guidance as follows: ... revenues between 57 billion and 58 billion"."""
    opening = [p for p in periods if p.span_end <= first_amount and _may_date_a_figure(p, text)
               and not _dates_an_earlier_result(p, start, text, earlier_amounts) and not _why_revised(p, start, text)]
    if len({p.end for p in opening}) != 1 or before_reported_year(opening[-1], when):
        return None
    return opening[-1]


# The time an outlook is said for: "our current fiscal year guidance" (_AN_OUTLOOK_AFTER); "guidance for the full year
# 2021", "outlook for 2022"
_AN_OUTLOOK_FOR = re.compile(rf"\b{OUTLOOK}\s+(?:range\s+)?(?:for|of)\s+(?:the\s+)?$", re.I)
# "For the fourth quarter, we expect:", "Looking ahead to fiscal 2022, ..."
_LEADS = ("and", "so", "now")  # ("And for the full year, ...", "So looking ahead to 2022, ...")
_OPENS_WITH_A_TIME = re.compile(rf"\W*(?:(?:{'|'.join(_LEADS)})\s+)?(?:for|looking\s+(?:ahead\s+|forward\s+)?(?:to|at|into))"
                                r"\s+(?:the\s+)?$", re.I)
# "our five-year plan", "6% to 8% compound annual sales growth": a plan over years
_A_LONGER_PLAN = (r"\bmulti-?year\b|\bcompound(?:ed)?\s+annual\b|\bCAGR\b"
                  r"|\b(?:two|three|four|five|six|seven|ten|\d+)-year\s+(?:\w+\s+)?(?:plan|target|outlook|goal|framework)")
# ... or "Over the long term, we expect ...", "to save approximately $1 million annually": a time of its own, not the talk's
_A_HORIZON_OF_ITS_OWN = re.compile(rf"{_A_LONGER_PLAN}|\b(?:long|longer|medium|mid)[- ]term\b|\bover\s+time\b"
                                   r"|\bthrough\s+the\s+cycle\b|\bannual(?:ly|ized)\b|\bper\s+(?:year|annum)\b|\brun[- ]rate\b", re.I)
_SAYS_A_LONGER_PLAN = re.compile(_A_LONGER_PLAN, re.I)


# A year, half or quarter (not "end of 2021" or "the next 3 years"): the time an outlook is given for
_AN_OUTLOOKS_SPAN = re.compile(r"(?:[QH][1-4] )?(?:FY|CY)?\d{4}")


def may_frame(p: Period, when: CallTime) -> bool:
    """Whether a time can frame the outlook said after it: a year, half or quarter not yet over at the call."""
    return p.end > when.call_date and bool(_AN_OUTLOOKS_SPAN.fullmatch(p.label))


# (a sentence with none of these frames nothing: the quick look before its times are read)
_MAY_FRAME = re.compile(rf"\b{OUTLOOK}|^\W*(?:(?:{'|'.join(_LEADS)})\s+)?(?:for|looking)\b", re.I)
_OPENINGS = tuple(f"{lead}{word} ".capitalize() for lead in ("", *(f"{lead} " for lead in _LEADS))
                  for word in ("for", "looking"))


def may_set_a_framing(text: str) -> bool:
    """Whether any sentence of the text may frame an outlook: a quick look (sentences open with a capital) before
    reading them one by one."""
    lowered = text.lower()
    return (any(word in lowered for word in OUTLOOK_WORDS)
            or any(opening in text for opening in _OPENINGS))


def framing_period(sentence: str, when: CallTime, said_times: list[Period] | None = None) -> Period | None:
    """The time a sentence sets for the outlook said after it ("Turning to the fourth quarter guidance."): the last time
    still ahead of the call that an outlook is said for, or that a forward-looking sentence opens with ("For the full
    year, we expect ...", not "For the full year, sales increased 2%"). `said_times`: the sentence's times, if found."""
    if not _MAY_FRAME.search(sentence):
        return None
    framing = None
    for p in find_periods(sentence, when) if said_times is None else said_times:
        if may_frame(p, when) and (_AN_OUTLOOK_AFTER.match(sentence, p.span_end)
                                   or _AN_OUTLOOK_FOR.search(sentence, 0, p.span_start)
                                   or _OPENS_WITH_A_TIME.fullmatch(sentence, 0, p.span_start)
                                   and word_pattern(tuple(cues().guidance)).search(sentence)):
            framing = p
    return framing


def says_a_horizon_of_its_own(sentence: str) -> bool:
    return bool(_A_HORIZON_OF_ITS_OWN.search(sentence))


def says_a_longer_plan(sentence: str) -> bool:
    """A plan over years ("our five-year plan"): the time set for the outlook before is no longer the talk's."""
    lowered = sentence.lower()  # (a quick look for the words first: the pattern is slow over every sentence)
    return ("year" in lowered or "compound" in lowered or "cagr" in lowered) and bool(_SAYS_A_LONGER_PLAN.search(sentence))
