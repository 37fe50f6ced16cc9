"""Numbers to figures: which of a sentence's amounts are figures, with what bounds and sign; which metric,
period and kind each is comes from metric_context (with metric_choice), dating and kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.dating import (A_TIME_OF_ITS_OWN, a_result_a_year_before, a_year_before_the_compared, as_a_result,
                                     nearest_period, of_the_year_framed, opening_period, quarter_a_year_after,
                                     quarter_of_the_year, quarter_said, times_a_part_of_it, year_end_said)
from pipeline.extract.kinds import (EARLIER_ESTIMATE, a_quarter_after_the_reported, a_result_measured_against, kind_of,
                                    replaced_by_the_call)
from pipeline.extract.matching import (CHANGE_NOUNS, CHANGE_VERBS, COMPARISON, DOLLARS, HEDGE, HEDGE_OR_BOUND,
                                       LEFT_OUT_BEFORE, REVISION, STRONG_BREAK, word_pattern)
from pipeline.extract.metric_choice import (adjusted, amount_key, growth_of, growth_of_another_measure, is_change,
                                            listed_metric, organic_said_again, returned_both_ways)
from pipeline.extract.metric_context import metric_of
from pipeline.extract.respectively import Respective, respective
from pipeline.extract.subjects import figure_subject, subject_said_on, thing_said_of
from pipeline.extract.units import PHYSICAL_UNIT_WORDS, spoken_units
from pipeline.numbers import Quantity, find_quantities
from pipeline.periods import CallTime, Period, year_to_date
from pipeline.records import Figure
from pipeline.taxonomy import cues, metrics


_MONTH_BEFORE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$", re.I)


_WORD_BEFORE = re.compile(r"([\w.-]+)\s*$")


_DOUBLING = re.compile(r"\b(?P<more>more than\s+)?doubl(?:e|ed|ing)\b(?![- ](?:digits?|whammy|down|click|count|edged|dip))|\btriple digits\b", re.I)


def numeric_figures(text, sentence, s0, in_sentence, periods, when: CallTime, context) -> list[Figure]:
    found: list[Figure] = []
    seen: set[tuple] = set()
    others_growth: set[tuple[int, int]] = set()  # the triggers of growth said of a measure we do not track
    amounts = find_quantities(sentence)
    quantities = [q for q in amounts if _is_figure(sentence, q, periods, s0)]
    quantities += _doublings(sentence) + _rate_said_the_same(sentence, s0, in_sentence, context.last)
    listed = respective(sentence, s0, quantities, in_sentence, periods)
    said_down = _said_down(sentence, quantities)
    for i, q in enumerate(quantities):
        start, end = q.start + s0, q.end + s0
        next_amount = next((o.start for o in quantities[i + 1 :] if o.start >= q.end), len(sentence))
        spoken = spoken_units(sentence, q)
        paired = listed.get(i, Respective())
        referred = None
        if paired.measured:
            choice = listed_metric(paired, spoken)
            if choice is None:
                continue  # "net revenues, net income, and EPS were ...": net income is not tracked
        else:
            choice, referred = metric_of(q, sentence, s0, text, in_sentence, periods, spoken, s0 + next_amount, found, context)
        if choice is None:
            continue
        before = next((o for o in reversed(amounts) if o.end <= q.start), None)
        if before and _set_against(sentence, before, q) and not any(f.start == before.start + s0 for f in found):
            # "Online sales were 31% of domestic revenue compared to 16% in Q3 of fiscal '20": another share
            continue
        metric, unit, distance, trigger = choice
        if _no_figure_of(metric, unit, trigger, q, sentence, text, s0, next_amount):
            continue
        if trigger in others_growth or growth_of_another_measure(in_sentence, start, end, trigger, spoken, text):
            # (and so are the other amounts the trigger names: "EPS of $1.58 represents plus 8.5% organic growth,
            # and plus 11.3% in dollar terms")
            if trigger is not None:
                others_growth.add(trigger)
            continue
        if not paired.measured:  # a list says which is adjusted: "GAAP and adjusted diluted EPS of $1.03 and $0.98"
            metric = adjusted(metrics()[metric], sentence, q, next_amount, context.bases)
        value, low, high, qualifier = q.bounds()
        earlier = tuple(s0 + o.start for o in quantities[:i] if o.end <= q.start)
        later = tuple(s0 + o.start for o in quantities[i + 1 :] if o.start >= q.end)
        part_timed = times_a_part_of_it(periods, start, end, text, later)  # (no time said dates the whole amount)
        if qualifier == "at_least" and _over_another_amount(sentence, q, quantities):
            value, low, qualifier = q.value, None, "exact"
        elif qualifier == "exact" and q.kind == "money" and _BEATEN_AFTER.match(sentence, q.end, next_amount):
            low, qualifier = value, "at_least"  # "$200 million of free cash flow in 2021, and we're going to ... beat that"
        already_negative = any(v is not None and v < 0 for v in (value, low, high))
        declined = is_change(metric, unit) and not q.paired and (
            i in said_down or _the_decline_said_again(found, metric, q, text, start)
            or trigger and trigger[1] <= start and _A_DECLINE.search(text, trigger[0], trigger[1]))
        if not already_negative and (_is_negative(metric, sentence) or declined or unit == "USD" and _an_outflow(sentence, q)
                                     or metrics()[metric].loss and _said_as_a_loss(sentence, q)):
            value, low, high = _negate(value, low, high)
        # "from 20 to 40 GWh by the end of the year": the start is today's level; "raised our guidance
        # from $7 billion to $8 billion": the start is the guidance before.
        starts_change = i not in listed and (q.paired == "from" or _starts_a_change(sentence, q, next_amount))
        revised = starts_change and bool(re.search(REVISION, sentence, re.I))
        place = _Place(text, sentence, s0, q, periods, when, earlier, later, s0 + quantities[0].start, part_timed,
                       bool(_THE_QUARTER_AFTER.match(sentence, q.unit_from)))
        if paired.period:
            period, named_framing = paired.period, None
        elif starts_change and q.paired and not revised:
            period, named_framing = None, None  # the time said after "to" is the end's
        else:
            period, named_framing = _time_said(place, trigger, referred, metric, context)
        period = of_the_year_framed(quarter_of_the_year(period, periods, trigger, text, when), periods, text, when)
        if starts_change:
            kind = "guidance" if revised else "actual"
            if kind == "actual":  # "going from 7.5% last quarter to 8% this quarter": the quarter before
                period = as_a_result(period, text, s0, s0 + len(sentence), when)
        elif referred:
            kind = "guidance"  # "We hope to exceed that $425 million": still the guidance
        else:
            kind, period = _kind_and_time(place, period, metric, unit, qualifier, found, context)
        metric = organic_said_again(metric, kind, amount_key(qualifier, value, low, high), context.said, sentence)
        said = (metric, kind, value, low, high, unit, period.end if period else None)
        if said in seen:
            continue  # said twice in one breath: "on the order of a quarter million -- something like a quarter million"
        seen.add(said)  # (but "savings were 40 million against our revised goal of 40 million", or "40% ... and 40% in December")
        if paired.subject is not None:
            subject = paired.subject or None
        elif referred:
            subject = thing_said_of(text, end) or referred.subject  # (said again as of another thing: of that)
        else:
            subject = (figure_subject(text, s0, start, end, in_sentence, trigger, metric, context)
                       or subject_said_on(found[-1] if found else None, text, start, end, metric, s0 + len(sentence)))
        confidence = _confidence(distance, period is not None, context.in_qa)
        found.append(Figure(metric, subject, kind, value, low, high, unit, qualifier,
                            period.label if period else None, period.start if period else None,
                            period.end if period else None, sentence.strip(), start, end, confidence,
                            *_framing(kind, period, referred, named_framing),
                            superseded=kind == "guidance" and replaced_by_the_call(text, s0, start, end)))
    return [f for i, f in enumerate(found) if not any(_bounded_again(f, later) for later in found[i + 1 :])]


@dataclass(frozen=True)
class _Place:
    """Where an amount was said: its sentence, the times the sentence names, and the amounts around it."""
    text: str
    sentence: str
    s0: int
    q: Quantity
    periods: list[Period]
    when: CallTime
    earlier: tuple[int, ...]  # where the amounts said before it start
    later: tuple[int, ...]
    first_amount: int
    part_timed: bool  # a time said of a part of it, which dates no whole amount
    said_of_the_quarter: bool

    @property
    def start(self) -> int:
        return self.s0 + self.q.start

    @property
    def end(self) -> int:
        return self.s0 + self.q.end

    def after(self, pattern: re.Pattern) -> bool:
        return bool(pattern.match(self.sentence, self.q.unit_from))


def _time_said(at: _Place, trigger, referred: Figure | None, metric: str, context) -> tuple[Period | None, Period | None]:
    """The time the sentence names for the amount, and the time of a guidance named just before that frames it."""
    period = None if at.part_timed else nearest_period(at.periods, at.start, at.end, at.text, at.later, at.earlier)
    if period is not None and period.span_end <= at.start and at.after(_ANNUALIZED_AFTER):
        period = None  # "$16 million in the fiscal year and just over $17 million on an annualized basis"
    if period is not None and at.said_of_the_quarter:
        period = None  # "$9 million in the quarter and $234 million for the first nine months": the kind dates it
    if period is not None and at.after(_RUNNING_SINCE):
        period = None  # "In the last quarter, we generated $0.03 ..., bringing the total savings to $0.12 of EPS so far"
    named_framing = None
    if period is None and trigger is None and not referred and context.named and metric == context.named.name:
        # "... cash flow guidance for 2021. So the guidance went from ...": the time of the guidance named just
        # before frames it (the sentence itself says none)
        named_framing = context.named_period
    if period is None and context.time_said and context.time_said.end > at.when.call_date \
            and (at.after(_OVER_THAT_PERIOD) or _THAT_PERIOD_LATER.search(at.sentence, at.q.unit_from)):
        # "... the three-year period ending December 2023 ... $2.1 billion over the 3-year period" (a time gone by
        # is as often a baseline: "versus two years ago ... in that time frame")
        period = context.time_said
    return period, named_framing


def _kind_and_time(at: _Place, period: Period | None, metric: str, unit: str, qualifier: str, found: list[Figure],
                   context) -> tuple[str, Period | None]:
    """Whether the amount is guidance or a result, and its time when the sentence names none: the outlook's or the
    result's the words around point at."""
    text, sentence, s0, when = at.text, at.sentence, at.s0, at.when
    kind = kind_of(text, s0, at.start, at.end, period, when, at.q.qualifier == "range", context.in_outlook,
                   context.sentence_before)
    estimate = EARLIER_ESTIMATE.search(text, max(s0, at.start - 60), at.start)  # the outlook a result is measured against
    if period is None and kind == "guidance" and not at.after(_ANNUALIZED_AFTER) and not at.part_timed:  # (a rate)
        # "above our implied outlook for growth of approximately 3.5%" in the quarter reported: that quarter's outlook
        period = (opening_period(at.periods, at.first_amount, at.start, at.earlier, text, when)
                  or quarter_said(sentence, s0, when, estimate is None, at.periods, at.q.start)
                  or quarter_a_year_after(at.periods, at.end, text, when) or year_end_said(sentence, s0, when, kind))
    if period is None and kind == "actual":
        # "For the full year 2019, our sales ... grew by 3% ..., but were down by 2% organically": the year
        # frames all (not "fee revenue in May was down about 34%, while June and July were down 27% and 26%")
        # (but not "another increase in August, and ... the gross margin of 42% for the quarter")
        opening = None if at.said_of_the_quarter else opening_period(at.periods, at.first_amount, at.start, at.earlier,
                                                                     text, when)
        framing = opening if opening and not _CONTRAST.search(text, opening.span_end, at.start) else None
        if not at.after(_RUNNING_SINCE):
            period = (framing or quarter_said(sentence, s0, when, False, at.periods, at.q.start)
                      or year_end_said(sentence, s0, when, kind))
        if period is not None and a_quarter_after_the_reported(period, when):
            kind = "guidance"  # "the margin in the first quarter reflect ... organically reducing by the 7%-ish"
    if kind == "actual":
        period = a_result_a_year_before(as_a_result(period, text, s0, s0 + len(sentence), when), text, when)
        if found:
            period = a_year_before_the_compared(period, found, text, at.start, when)
            if period is None or period.span_end <= found[-1].start:
                # (a time said before the amount just said, which has a time of its own, is not its change's:
                # "another increase in August, and ... the gross margin of 42% for the quarter, down just 30
                # basis points")
                period = _of_the_amount_it_changes(found[-1], metric, unit, text, at.start) or period
    reported = when.fiscal.year(when.fiscal_year)
    of_a_result = kind == "actual" or a_result_measured_against(estimate, text, s0)
    if of_a_result and period and period.end > when.call_date and period.label.startswith(("FY", "end of")) \
            and period.end > reported[1]:
        # "Full year sales of $2.5 billion were flat", said in January: the year just reported (so is the target
        # a result "fell short of ... for the full year").
        period = Period(f"FY{when.fiscal_year}", *reported, period.span_start, period.span_end)
    elif (kind == "actual" and period and period.end > when.call_date and period.label.startswith("FY")
          and (period.start, period.end) == reported and _of_the_year_so_far(text, period, qualifier)):
        # "2021 net sales up 39%", "we repurchased ... in 2021 for $878 million", said in October: the year so far
        # (but "net sales for the quarter were $49 million this year" are the quarter's)
        so_far = year_to_date(when.fiscal_year, when.fiscal_quarter, when.fiscal)
        period = (quarter_said(sentence, s0, when, False, at.periods, at.q.start)
                  or Period(*so_far, period.span_start, period.span_end))
    return kind, period


# A condition on the listener's own arithmetic, then what it would give: "If you took ..., you could effectively get to"
_WHAT_THE_LISTENERS_SUM_GIVES = re.compile(r"\W*(?:(?:so|and),?\s+)?if\s+you\b[^?]*?,\s*(?:then\s+)?you\s+(?:could|would|'d|might)\b",
                                           re.I)


def _no_figure_of(metric: str, unit: str, trigger: tuple[int, int] | None, q: Quantity, sentence: str, text: str, s0: int,
                  next_amount: int) -> bool:
    """The amount, though its words name the metric, is no figure of it: a doubling or a change where the metric is a
    level, a part of a change, what is returned to shareholders both ways, a tax rate a law sets, what an acquisition adds
    or spent on deals."""
    start = q.start + s0
    if _DOUBLING.fullmatch(q.text) and not is_change(metric, unit):
        return True  # "Avocado gross profit margin doubled": twice the margin it was, not a margin of 100%
    if unit == "%" and not is_change(metric, unit) and _change_said_in_dollars(sentence, q):
        return True  # "operating margin increased by $18 million or 10%": the change of a margin in dollars
    if metrics()[metric].change and not _said_as_change(sentence, q, trigger, s0, next_amount):
        return True
    if unit == "%" and metrics()[metric].ratio_triggers and trigger and _MARGIN_GROWS_BY.fullmatch(text, trigger[1], start):
        return True  # "we expect operating margin to increase 6% to 8%": the growth of a margin in dollars, not a margin
    if unit in ("USD", "USD/share") and metric != "cost_savings" and (
            trigger and _an_increment_of_it(text, trigger, start)
            or unit == "USD" and (_A_CHANGE_AFTER.match(sentence, q.unit_from)
                                  or _A_PART_OF_A_CHANGE_BEFORE.search(sentence, max(0, q.start - 150), q.start))):
        # "incremental revenues in year three of $48 million", "top line contribution on the order of $35 million",
        # "sales of $226.6 million, a $64.5 million decrease", "reflecting a $1.6 million organic sales decline",
        # "decreased EPS by $0.04", "increased $52.5 million or 9% between quarters including $49.5 million from Riggs"
        return True  # (savings are increments anyway)
    if metric in ("dividend", "share_repurchase") and returned_both_ways(sentence, q):
        return True
    if metric == "tax_rate" and _A_LAWS_RATE_BEFORE.search(sentence, max(0, q.start - 80), q.start):
        return True
    if unit in ("USD", "%") and metric in ("revenue", "revenue_growth") and _AN_ACQUISITION_ADDS.search(sentence, 0, q.start):
        return True  # "We expect our Velcora acquisition, we will provide ... 1% of growth on the top line": its contribution
    if (then := _WHAT_THE_LISTENERS_SUM_GIVES.match(sentence)) and q.start >= then.end():
        return True  # "If you took the range ..., and you dropped all that to margin, you could effectively get to 30%"
    # "$193 million of ... capital expenditures, and $38 million for water acquisitions": buying businesses
    return metric == "capex" and bool(_SPENT_ON_DEALS.match(sentence, q.unit_from))


def _framing(kind: str, period: Period | None, referred: Figure | None, named: Period | None) -> tuple:
    """The time that frames a guidance its sentence gives none: that of a guidance said again ("We have opportunities
    to exceed that $425 million."), its own or the one it was framed by; else that of the guidance named just before."""
    if kind != "guidance" or period is not None:
        return None, None, None
    if referred is not None:
        if referred.period_end is not None:
            return referred.period_label, referred.period_start, referred.period_end
        return referred.framing_label, referred.framing_start, referred.framing_end
    return (named.label, named.start, named.end) if named else (None, None, None)


def _confidence(distance: int, dated: bool, in_qa: bool) -> float:
    """How likely an amount is right, from what made it likelier on the corpus guidance gold (measured in
    tests/test_extract_gold.py): the words naming its metric right beside it (0.95, less 0.01 for every 4 characters
    between, to 0.5), a time said with it (less 0.05 without), prepared remarks rather than the Q&A (less 0.1)."""
    return round(max(0.5, 0.95 - distance / 400) - (0 if dated else 0.05) - (0.1 if in_qa else 0), 2)


def _bounded_again(said: Figure, later: Figure) -> bool:
    """"We talked about 30% operating margins by 2023, at least 30% operating margin": the amount said again in the
    same sentence with its bound is the one figure."""
    return (said.qualifier == "exact" and later.qualifier != "exact" and later.value == said.value
            and (later.metric, later.kind, later.unit, later.period_end) == (said.metric, said.kind, said.unit, said.period_end))


# "$100 million headwind for cost in a full year versus $90 million", "31% of domestic revenue compared to 16%": what an
# amount is set against is the same kind of thing, so no figure either when that amount gave none (money or a
# percentage: a year is a number too)
_SET_AGAINST = re.compile(rf"\s+(?:[\w&'-]+,?\s+){{0,8}}?(?:{COMPARISON})\s+{HEDGE}", re.I)


def _set_against(sentence: str, before: Quantity, q: Quantity) -> bool:
    return before.kind == q.kind in ("money", "percent") and bool(_SET_AGAINST.fullmatch(sentence, before.unit_from, q.start))


# "$1.2 billion in first quarter revenue, which reflects a 4% decrease", "the gross margin of 42% for the quarter, down
# just 30 basis points": the change of the amount just said
_ITS_CHANGE = re.compile(r",\s*(?:which\s+(?:is|was|reflects|reflected|represents|represented)\s+(?:[\w-]+\s+){0,3}?"
                         r"|(?:up|down)\s+(?:just\s+|only\s+)?)$", re.I)


def _of_the_amount_it_changes(said: Figure, metric: str, unit: str, text: str, start: int) -> Period | None:
    """The period of the amount said just before, when this one is its change, said in a clause about it ("sales were
    $232 million in 2020, which was 26.5% lower year over year"); not the period of a baseline ("compared to $361.1 million
    a year ago, reflecting a 5.5% organic sales gain")."""
    if said.period_end is None or not is_change(metric, unit) or is_change(said.metric, said.unit):
        return None
    if metric not in growth_of(said.metric) and not (unit == "bps" and metric == said.metric):
        return None
    if not _ITS_CHANGE.search(text, said.end, start) or re.search(COMPARISON, text[said.end : start], re.I):
        return None
    return Period(said.period_label, said.period_start, said.period_end, said.start, said.end)


_WHOLE_YEAR = re.compile(r"full|whole|entire|'s\b|’s\b", re.I)


def _of_the_year_so_far(text: str, period: Period, qualifier: str) -> bool:
    """A result said of a year still under way is of the year so far, unless the words are the whole year's ("our
    full-year non-GAAP tax rate", "this year's revenue growth") or a range of it: those are an estimate."""
    return qualifier != "range" and not _WHOLE_YEAR.search(text, period.span_start, period.span_end + 2)


def _starts_a_change(sentence: str, q: Quantity, next_amount: int) -> bool:
    """"increase from $160 million in fiscal 2020 to a range of $220 million to $240 million": the
    amount after "from" is where the change starts, even with words between it and the "to" (but
    "range from $670 million to $690 million" is one range, and "a range of -- from 70%" one end)."""
    if q.qualifier == "range" or not re.search(r"\sto\s", sentence[q.end : next_amount]):
        return False
    before = sentence[max(0, q.start - 30) : q.start]
    return bool(_FROM_BEFORE.search(before)) and not _RANGE_FROM.search(before)


_FROM_BEFORE = re.compile(rf"\bfrom\s+{HEDGE}$", re.I)


_RANGE_FROM = re.compile(r"\brang(?:e|es|ed|ing)\b(?:\s+of)?[\s-]*from\s+\S*$", re.I)


# A change said before a money amount ("up more than $1 billion", "another $200 million", "would have increased for the
# three months by $3 million and for the nine months by $7 million", "increased $14.8 million, or $0.28 per share"; but
# "plan to do another $1 billion", "spending another $1 million to $2 million" say an amount of its own)
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|(?:increase|decrease|reduction|improvement|contribution|accretion|dilution|impact|decline|drop|rise|growth) of|an additional|(?<!do\s)(?<!spend\s)(?<!spending\s)another|increased|decreased|grew|declined|rose|fell|improved"
    r"|add|adds|adding|added|(?:decline|increase|decrease|grow|rise|fall|drop)s?|(?:increas|decreas|declin|grow|ris|fall|dropp)ing"
    r"|(?:offset|increased|decreased|grew|declined)\s+(?:[\w'-]+\s+){0,4}?by"
    rf"(?:\s+{HEDGE}{DOLLARS}\s+and\s+(?:[\w'-]+\s+){{0,4}}?by)?"
    r"|benefiting|benefited|benefitted"
    r"|\d[\d.]*(?:\s*%|\s+percent)\s+or"
    rf"|(?:up|down|{CHANGE_VERBS})\s+(?:by\s+)?{DOLLARS},?\s+or)"
    r"\s+(?:by\s+)?(?:more than\s+|over\s+|about\s+|nearly\s+|approximately\s+)?$", re.I)


# "we raised our dividend -- our quarterly dividend $0.02 in October": money said right after what was raised or cut is
# the step (but "increased our quarterly dividend to $0.12" is the level)
_NOT_OF_THE_THING = r"(?!(?:to|by|of|from|at|in|for|with|than|about|approximately|roughly|nearly|around|over|under)\b)"
_RAISED_IT_BEFORE = re.compile(rf"\b(?:raised|increased|cut|lowered|reduced)\s+(?:our|the|its)(?:\s+{_NOT_OF_THE_THING}[\w-]+){{1,4}}"
                               rf"(?:\s+--\s+(?:our|the|its)(?:\s+{_NOT_OF_THE_THING}[\w-]+){{1,4}})?\s+$", re.I)


# "an adverse impact on the top line of about $30 million", "the headwind of 30 basis points of margin", "an incremental
# benefit from COVID-19-related sales of approximately $35 million", "FX was a modest tailwind for revenue growth in Q1
# at 1%": what moved a measure, not its level.
_IMPACT_ON_BEFORE = re.compile(r"\b(?:(?:impact|headwind|tailwind|hit|drag)s?\s+(?:(?:on|to|for)\s+(?:[\w'-]+\s+){0,4}?)?(?:of|at)"
                               r"|benefits?\s+from\s+(?:[\w'-]+\s+){0,4}?of)\s+"
                               rf"{HEDGE}$", re.I)


# "impacted sales unfavorably by $5.1 million", "negatively impacted by 120 basis points", "Organic revenue growth of 24.1%
# was increased by approximately 8%": what moved a measure, in any unit
_IMPACTED_BY_BEFORE = re.compile(r"\b(?:impacted|affected|hurt|helped|benefited|benefitted|(?:was|were)\s+(?:increased|decreased|reduced"
                                 r"|boosted|lifted|lowered))\s+(?:[\w'-]+\s+){0,4}?by\s+"
                                 rf"{HEDGE_OR_BOUND}$"
                                 # "the investable cash position is net of $91 million that we used to acquire ...", "driven by
                                 # the loss of approximately $90 million in revenue from exiting Mexico": what was taken off it
                                 rf"|\b(?:net|the\s+loss)\s+of\s+{HEDGE}$", re.I)


_INCREMENTAL_BEFORE = re.compile(r"\bincremental\s+$", re.I)


_INCREMENTAL_AFTER = re.compile(r"^\s*(?:of\s+|in\s+)?incremental\b", re.I)


# (a margin is a metric that is the ratio of another measure to sales: it has ratio_triggers)
_MARGIN_GROWS_BY = re.compile(r"\s+(?:to\s+|is\s+expected\s+to\s+|should\s+|will\s+)?(?:increase|grow|decrease|decline|rise|fall)s?\s+(?:by\s+)?"
                              rf"{HEDGE}", re.I)


# The metric named as what something adds to it: "incremental revenues", "top line contribution"
_CONTRIBUTION_AFTER_TRIGGER = re.compile(r"\s+contributions?\b", re.I)


# "FX decreased total revenue by $1.1 million", "exchange rates benefiting net sales by $16 million": what it changed by
_CHANGED_BY = re.compile(rf"\s+by\s+{HEDGE}", re.I)


# "estimated incremental ventilator and related accessory revenue of 125 million": what the trigger names is an increment
_INCREMENTAL_NAMED = re.compile(r"\bincremental\s+(?:[\w-]+\s+){0,4}$", re.I)


# "the strong adjusted EBITDA growth, which amounted to about $60 million": the amount the measure grew by (but "a capex
# increase to $10 billion" is the level it reaches, and so is "EPS growth of 16% above the 2020 baseline of $18.50")
_GROWTH_AFTER_TRIGGER = re.compile(r"\s+(?:growth|increase|improvement|decline|decrease)\b(?!\s+to\b)[^\d]*$", re.I)


def _an_increment_of_it(text: str, trigger: tuple[int, int], start: int) -> bool:
    return bool(_INCREMENTAL_NAMED.search(text, max(0, trigger[0] - 60), trigger[0])
                or _CONTRIBUTION_AFTER_TRIGGER.match(text, trigger[1]) or _CHANGED_BY.fullmatch(text, trigger[1], start)
                or trigger[1] <= start and (_GROWTH_AFTER_TRIGGER.match(text, trigger[1], start)
                                            or _A_CHANGE_IN_IT.search(text, max(0, trigger[0] - 40), trigger[0])
                                            and not _REACHES.search(text, trigger[1], start)))


# "COVID-19-related reduction in net revenue and increases in costs, that total $10 million": the change of the measure
# (but "an increase in capex to $10 billion" is the level it reaches)
_A_CHANGE_IN_IT = re.compile(rf"\b(?:reduction|{CHANGE_NOUNS})s?\s+in\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){{0,2}}$", re.I)
_REACHES = re.compile(rf"\bto\s+{HEDGE_OR_BOUND}$", re.I)


_SAVINGS_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:savings|synergies)\b", re.I)


_GUIDANCE_CHANGE_BEFORE = re.compile(
    REVISION + r"[^.;]*?\bby\s+(?:about\s+|approximately\s+|roughly\s+|another\s+|an additional\s+)?$", re.I)


# Words right after an amount that make it a part of a metric or a change of it, not its level (but "246% as a result of
# the impact of the pension settlement charge" is the level, and the impact its cause).
_PART_OR_CHANGE_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:(?!(?:excluding|including|ex|before|after|with|despite|due|because|as|driven)\b)[\w'-]+\s+){0,7}?(?:accretion|accretive|dilution|dilutive|contribution|headwind|tailwind|impact)s?\b"
    r"|^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:advantage|disadvantage)s?\b"  # "100 basis points to 200 basis points of margin advantage"
    r"|^\s*offsets?\s+to\b"  # "contributed revenue of $5.9 million or a 3.8% offset to the organic revenue decline"
    # "atneed cemetery revenue generated $20 million or 47% of the growth", "$400 million of this year's revenue growth"
    # (but "5.5% of organic growth" is that growth)
    rf"|^\s*(?:or\s+{HEDGE}[\d.]+\s*%\s+of|of\s+(?:the|our|(?:this|last|next)\s+year's))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:growth|increase|improvement)\b"
    r"|^\s*(?:(?:basis\s+points?|cents?)\s+)?(?:of\s+)?(?:hurt|drag)\b"  # "included $0.01 hurt from worse than normal weather"
    # "of which $13.6 million was associated with new-build projects", "includes a 10 basis point increase related to the
    # restructuring actions"
    r"|^\s*(?:(?:increase|decrease|reduction|improvement|decline|benefit)\s+)?(?:(?:was|were|is|are)\s+)?"
    r"(?:related to|attributable to|associated with)\b"
    r"|^\s*(?:that|which)\s+(?:[\w-]+\s+)?(?:impacted|affected|hurt|reduced|weighed\s+on)\b"  # "$332 million that impacted free cash flow"
    # "$0.03 of benefits to EPS", "a little over 400 basis points of benefit to margin"
    r"|^\s*(?:of\s+)?(?:[\w'-]+\s+){0,2}?benefits?\s+(?:to|on|in)\s+(?:our\s+|the\s+)?(?:eps|earnings|the\s+bottom\s+line"
    r"|(?:gross\s+|operating\s+)?margins?)\b"
    # "included a $0.10 benefit from the settlement of our claim ... less $0.03 per share in foreign currency losses",
    # "a $0.16 detriment as a result of the impairment", "$0.06 per share legal reserve"
    r"|^\s*(?:per\s+(?:diluted\s+)?share\s+)?(?:benefits?\s+from|detriments?|in\s+(?:[\w-]+\s+){0,3}?(?:losses|gains|charges))\b"
    r"|^\s*per\s+(?:diluted\s+)?share\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|reserves?|charges?)\b(?!\s+(?:savings|reductions?))"
    # "$0.03 above the midpoint of our guidance range"
    r"|^\s*(?:above|below|ahead\s+of|short\s+of)\s+(?:the\s+)?(?:midpoint|high\s+end|low\s+end|top\s+end|top|bottom|consensus)\b"
    # "a $10 million to $15 million risk", "a $60 million to $80 million miss in sales", "the 30 bps upside on margin"
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:risk|exposure|shortage|shortfall|miss|upside|downside|shift(?:ing|ed)?)s?\b"
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:increase|decrease|improvement|reduction|raise|change)\s+(?:from|to|over|versus|vs\.?|compared (?:to|with))"
    r"\s+(?:our|the)\s+(?:prior|previous|last|original|midpoint)\b"  # "a $0.05 per share decrease compared to the midpoint of our guidance"
    r"|^\s*(?:[\w-]+\s+){0,3}?than\s+(?:we\s+)?expected\b"
    r"|^\s*(?:more|less)\s+(?:for|on)\b", re.I)  # "pay 8% to 10% more for raw materials"


# "$0.05 of our year over year EPS improvement": money that is a part of a change (but "50 basis points of operating margin
# improvement" is the change)
_OF_A_CHANGE_AFTER = re.compile(r"\s*of\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:improvement|increase|growth|decline|decrease)\b", re.I)


# "the expected $55 million Phoenix sale", "last year's $40 million donation to the Best Buy Foundation" (not "$50 million
# of further acquisition synergies")
_A_DEAL_AFTER = re.compile(r"^\s*(?:(?!(?:of|from|for|in|on|to|with|and|or|the|a|an|since|when|after|before|as|that|which)\b)[\w-]+\s+){0,3}?"
                           r"(?:sale|divestiture|disposition|acquisition|merger|transaction|deal|donation|settlement|gift)(?![\w-])(?!\s+(?:synerg|cost|related|expense|fee))", re.I)


# The size of a buyback program or what remains of it, unless the sentence says it will be used up
# ("we intend to complete this authorization during Q4").
_PROGRAM_SIZE_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:buyback|repurchase)s?\s+(?:program|authorization|plan)s?\b"
    r"|^\s*(?:of\s+)?(?:share\s+)?(?:buybacks?|repurchases?)\s+authorized\b"
    r"|^\s*remain(?:s|ed|ing)?\s+(?:on|in|under|of)\s+(?:[\w'$.-]+\s+){0,5}?(?:authorization|program|plan)s?\b"
    # "approximately $116 million remained available for stock repurchases"
    r"|^\s*(?:remain(?:s|ed|ing)?\s+)?available\s+(?:for|to)\s+(?:[\w-]+\s+){0,2}?(?:repurchases?|buybacks?)\b", re.I)


# ("the Board also authorized additional share repurchases of $250 million", "we have Board authorized $100 million", "our
# remaining share repurchase authority currently stands at just under $19 million")
_PROGRAM_SIZE_BEFORE = re.compile(r"\bauthorization\s+(?:(?:on|for|under)\s+(?:[\w-]+\s+){1,4}?)?(?:of|to)\s+(?:an\s+aggregate\s+of\s+)?$|\bauthoriz\w*\s+(?:an?\s+)?(?:additional\s+|another\s+|new\s+)?"
                                  r"(?:(?:(?:share|stock)\s+)?(?:repurchases?|buybacks?)\s+(?:of\s+)?)?$"
                                  r"|\b(?:repurchase|buyback)\s+(?:authority|authorization)\s+(?:[\w-]+\s+){0,2}?(?:stands|stood|is|was|totals|totaled|of)\s+"
                                  r"(?:at\s+)?(?:just\s+)?(?:under|over|about|approximately|roughly|nearly|almost|around)?\s*$", re.I)


_USES_UP = re.compile(r"\b(?:complete|completing|use|using|utilize|utilizing|execute|executing|exhaust)\b", re.I)
# ("... but have no immediate plans to execute any repurchases")
_NO_PLANS_TO = re.compile(r"\bno\s+(?:\w+\s+)?(?:plans?|intention)\s+to\b", re.I)


# "more than $800 million available under our credit facilities", "the $150 million remaining under the line of credit",
# "approximately $577 million available on its $600 million cash flow revolver": what the company may borrow.
_BORROWABLE_AFTER = re.compile(r"^\s*(?:in\s+|of\s+)?(?:available|availability|undrawn|unused|remaining|left|drawn|borrowed)\s+(?:borrowing\s+capacity\b|(?:under|on|from|through)"
                               r"\s+(?:[\w$.,-]+\s+){0,5}?(?:credit|revolv\w*|facilit(?:y|ies))\b)", re.I)


# A clause set against the one before, with a subject of its own, or with a time of its own
_CONTRAST = re.compile(rf"\b(?:while|whereas)\b|{A_TIME_OF_ITS_OWN.pattern}", re.I)


# "in the quarter" said of the amount ("$94 million or 178% of net income in the quarter", "$185 million of incremental
# gross cost synergies in the quarter")
_THE_QUARTER_AFTER = re.compile(r"(?:\s*,?\s+or\s+\$?[\d.,]+\s*(?:%|percent|million|billion)?)?"
                                r"(?:\s+of\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s+(?:in|for|during)\s+the\s+quarter\b", re.I)
# A time said before, pointed at ("over the 3-year period", "during that same period"; not "the same period last year")
_OVER_THAT_PERIOD = re.compile(r"\s*(?:over|during|in|for)\s+(?:the|that)\s+(?:same\s+)?(?:[\w-]+[-\s]year\s+|time\s+)?"
                               r"(?:period|time\s*frame|horizon)\b(?!\s+(?:last|a\s+year|in|of)\b)", re.I)
# ... or pointed at later in the sentence, as the time of all it says ("by delivering structural cost takeout of 90 to
# $100 million, helping to reduce opex as a percentage of sales by at least 200 basis points over that time period")
_THAT_PERIOD_LATER = re.compile(r"\b(?:over|during|in|for|within)\s+that\s+(?:same\s+)?(?:time\s+)?(?:period|time\s*frame|horizon)\b", re.I)
# A rate a year, whichever year: "on an annualized basis", "on a run rate basis".
_ANNUALIZED_AFTER = re.compile(r"\s*(?:of\s+[\w-]+\s+)?(?:on\s+an?\s+(?:annualized|annual|full[- ]year|run[- ]rate)(?:\s+run[- ]rate)?\s+basis|annualized)\b", re.I)


# "less than $4 a ton", "$2.50 per Mcf", "revenue on that's about $10 million a shipset": a price or a cost of a physical
# unit or of one thing made, none of the metrics.
_PER_PHYSICAL_UNIT = re.compile(rf"^\s*(?:a|an|per|/)\s*(?:{PHYSICAL_UNIT_WORDS}|shipsets?|aircraft|engines?|vehicles?|cars?"
                                r"|homes?|wells?|rigs?)\b", re.I)


# "A freestanding emergency room is a $10 million investment", "an ambulatory surgery center per unit is only 10 million or
# $12 million": what one of a kind costs, not what the company spends.
_WHAT_ONE_COSTS_BEFORE = re.compile(r"\b(?:an?|each|every)\s+(?:[\w-]+\s+){1,4}?(?:per\s+unit\s+)?(?:is|costs?|runs?)\s+"
                                    r"(?:(?:an?|only|about|roughly|approximately|around|just)\s+)*(?:\$?[\d.,]+\s*(?:million|billion)?\s+or\s+)?$",
                                    re.I)


# "a 440 unit residential tower": the size of a thing, not a number of units.
_UNITS_OF_A_THING = re.compile(r"^\s*-?\s*unit\s+[a-z]", re.I)


# "Using our guidance tax rate of 30%, non-GAAP EPS was $0.65", "on an after-tax basis using the statutory tax rate of
# 26.5%": a rate a result is worked out with, not one the company reports or expects
_USED_TO_WORK_OUT_BEFORE = re.compile(r"\b(?:using\s+(?:our|the|a|an)\s+(?:[\w-]+\s+){0,4}?|statutory\s+(?:tax\s+)?rate\s+)of\s+"
                                      rf"{HEDGE}$", re.I)


# "Florida has just acted a law that reduces the 2021 tax rate, just a little over 3%": a rate a law sets, not the
# company's
_A_LAWS_RATE_BEFORE = re.compile(r"\b(?:law|legislation|statute)\s+(?:that\s+|which\s+)?(?:reduces|reduced|raises|raised|cuts|cut"
                                 r"|lowers|lowered|increases|increased|changes|changed|sets)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                                 r"(?:tax\s+)?rates?\b[^.;]*$", re.I)


# "$20 million higher", "$0.03 to $0.04 improvement in the fourth quarter earnings", "nine month EPS about $0.80 above
# last year's full-year record": a change, not a level (but "a $63 million reduction in employment costs" is the savings)
_MONEY_DIFFERENCE_AFTER = re.compile(r"^\s*(?:higher|lower|better|worse|more|less|above|below|ahead\s+of|short\s+of)\b"
                                     r"|^\s*(?:improvement|increase|decline|decrease|drop|uplift)\b"
                                     r"|^\s*(?:of|in)\s+(?:revenue|sales)\s+growth\b", re.I)  # "$600 million of revenue growth"


# "an increase in revenues of approximately $66 million": how much the level moves
_CHANGE_IN_BEFORE = re.compile(rf"\b(?:{CHANGE_NOUNS}|reduction)\s+in\s+(?:[\w-]+\s+){1,3}?of\s+"
                               rf"{HEDGE_OR_BOUND}$", re.I)


# "mid-20% range", "low to mid-40%", "high 30s": a spoken band, not the number said.
# "12.3%, plus or minus 30 basis points": a tolerance, not a figure (the 12.3% is approximate).
# "EXA ... with annual sales of approximately $10 million", "FMD has annual sales of approximately $60 million", "that's
# a company in the roughly $100 million revenue range": the size of a business (one bought, or to be), not a result
_A_BUSINESS_WITH_SALES_BEFORE = re.compile(r"(?:\b(?:with|has|have|had|having)\s+(?:the\s+)?(?:combined\s+)?annual(?:ized)?\s+"
                                           r"(?:sales|revenues?)\s+of|\ba\s+company\s+(?:in|of|at)\s+(?:the\s+)?)\W*"
                                           r"(?:(?:about|approximately|roughly|nearly|around)\W+)?$", re.I)
_BAND_BEFORE = re.compile(r"\b(?:low|mid|high|upper)(?:\s*-\s*|\s+)$|\bplus\s+or\s+(?:minus\s+)?$", re.I)


# "savings to nearly $560 million since the deal closed", "bringing the total savings to $0.12 of EPS so far": a running
# total, of no quarter or year said in the sentence (but "so far in fiscal year '22" is the year so far)
_RUNNING_SINCE = re.compile(r"\s*(?:(?:of|in)\s+(?:[\w-]+\s+){0,2}?)?(?:in\s+total\s+)?"
                            r"(?:since|(?:so\s+far|to\s+date)(?!\s+(?:in|this|for|during)\b))\b", re.I)


_ECONOMY_SIZED = 1e12  # dollars: an economy's or a market's amount, never one company's


_REFERRED_BACK = re.compile(rf"\s*(?:(?:and|so|now),?\s+)?of\s+(?:that|this|the|those|these)\s+{HEDGE}",
                            re.I)


# "The Renco acquisition, which closed in early July, contributed revenue of $5.9 million", "these acquisitions ... are
# anticipated to generate nearly $3.1 billion in annualized steady state revenues"
_AN_ACQUISITION_ADDS = re.compile(r"\bacquisitions?\b[^.;]{0,100}?\b(?:provide|contribute|add|generate)(?:s|d|ed)?\b", re.I)


_SPENT_ON_DEALS = re.compile(r"\s+(?:for|on|toward|towards)\s+(?:[\w&-]+\s+){0,3}?(?:acquisitions?|M&A)\b", re.I)


# (a percentage included is a part of a growth, which is a growth: "including a 13% organic gain")
_INCLUDED_BEFORE = re.compile(rf"\bincluding\s+(?:an?\s+)?{HEDGE}$", re.I)


# "we will provide $0.01 -- 1% of growth", "pushing 4 billion between -- around the 3.9 and 4 billion range": the speaker
# broke off and said another amount instead
_CORRECTED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?--\s+(?:(?:around|about|approximately|roughly|maybe|probably|say|call\s+it|the)\s+){0,2}"
                              r"\$?\d", re.I)


def _is_figure(sentence: str, q: Quantity, periods: list[Period], s0: int) -> bool:
    start, end = q.start + s0, q.end + s0
    if any(p.span_start < end and start < p.span_end for p in periods):
        return False  # the number is part of a time phrase: "2024", "Q1"
    if q.kind == "number" and not q.has_scale:
        if q.value is not None and q.value.is_integer() and 1900 <= q.value <= 2100:
            return False  # a year
        if q.text.replace(",", "") in cues().not_figure_names:
            return False
    if _REFERRED_BACK.fullmatch(sentence, 0, q.start):
        return False  # "Of that $400 million, $180 million is growth ...": an amount said before, now split
    if LEFT_OUT_BEFORE.search(sentence, max(0, q.start - 60), q.start):
        return False  # "Excluding $9.2 million in sales from QTI, sales ... decreased 5.6%": the part left out
    if q.kind == "money" and _INCLUDED_BEFORE.search(sentence, max(0, q.start - 30), q.start):
        return False  # "revenues were $133 million, including $20 million in accelerations": a part of the amount before
    after = sentence[q.unit_from : q.unit_from + 80]
    if _CORRECTED_AFTER.match(after):
        return False  # the speaker took it back for another
    said_in_money = q.kind == "money" or q.kind == "number" and q.has_scale  # ("impacted by approximately 5.8 billion")
    if said_in_money and max(abs(v) for v in (q.value, q.low, q.high) if v is not None) >= _ECONOMY_SIZED:
        return False  # "$5 trillion of fiscal stimulus", "$2 trillion of more savings ... the consumers are sitting on"
    if said_in_money and (_CHANGE_BEFORE.search(sentence[max(0, q.start - 100) : q.start]) or _MONEY_DIFFERENCE_AFTER.match(after)
                          or _RAISED_IT_BEFORE.search(sentence, max(0, q.start - 80), q.start)
                          or _CHANGE_IN_BEFORE.search(sentence[max(0, q.start - 60) : q.start])) \
            and not _the_level_its_growth_range_reaches(sentence, q):
        return False  # "up more than $1 billion from 2021", "$20 million higher": a change, not a level
    # "an adverse impact on the top line of about $30 million", "negatively impacted by 120 basis points for deal-related
    # costs": what moved the measure, not the measure or its change
    if _IMPACT_ON_BEFORE.search(sentence[max(0, q.start - 70) : q.start]) or _IMPACTED_BY_BEFORE.search(sentence[max(0, q.start - 60) : q.start]):
        return False
    incremental = _INCREMENTAL_BEFORE.search(sentence[max(0, q.start - 20) : q.start]) or _INCREMENTAL_AFTER.match(after)
    if incremental and not _SAVINGS_AFTER.match(after):
        return False  # "an incremental $11 million in sales", "$11 million of incremental sales" (savings are increments anyway)
    if "by " in sentence[max(0, q.start - 40) : q.start] and _GUIDANCE_CHANGE_BEFORE.search(sentence[: q.start]):
        return False  # "we are increasing our cash flow guidance for 2021 by about $150 million"
    if q.kind == "money" and (_BORROWABLE_AFTER.match(after) or _PER_PHYSICAL_UNIT.match(after) or _A_DEAL_AFTER.match(after)
                              or _A_BUSINESS_WITH_SALES_BEFORE.search(sentence[max(0, q.start - 60) : q.start])):
        return False  # what may be borrowed, a price per ton, the size of a deal or of a business bought
    if (q.kind == "money" or q.has_scale) and _WHAT_ONE_COSTS_BEFORE.search(sentence[max(0, q.start - 80) : q.start]):
        return False  # what one of a kind costs
    if q.kind == "number" and _UNITS_OF_A_THING.match(after):
        return False  # "a 440 unit residential tower"
    if _PART_OR_CHANGE_AFTER.match(after) or q.kind == "money" and _OF_A_CHANGE_AFTER.match(after):
        return False  # "$0.49 of adjusted EPS accretion", "$150 million improvement to our prior guidance"
    if (q.kind == "money" or q.has_scale) and (_PROGRAM_SIZE_AFTER.match(after) or _PROGRAM_SIZE_BEFORE.search(sentence[: q.start])) \
            and not (_USES_UP.search(sentence) and not _NO_PLANS_TO.search(sentence)):
        return False  # "a new $1 billion share repurchase program": what the board allows, not what will be bought
    if _BAND_BEFORE.search(sentence[max(0, q.start - 16) : q.start]):
        return False
    if q.kind == "percent" and _USED_TO_WORK_OUT_BEFORE.search(sentence, max(0, q.start - 60), q.start):
        return False
    if _SENSITIVITY.search(sentence, 0, q.start):
        return False  # "every $10 change in realizations is approximately $11 million of EBITDA": what a change would do
    before = sentence[max(0, q.start - 25) : q.start]
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower().rstrip(".") in cues().not_figure_before and q.kind == "number":
        return False  # Model 3, Hardware 4, version 12
    return not (_MONTH_BEFORE.search(before) and q.kind == "number" and not q.has_scale)


_GROWTH_RANGE_OR = re.compile(r"(?P<low>\d+(?:\.\d+)?)\s*%\s+(?:to|and)\s+(?P<high>\d+(?:\.\d+)?)\s*%,?\s+or\s+$")


def _the_level_its_growth_range_reaches(sentence: str, q: Quantity) -> bool:
    """"EPS to increase between 5% to 8% or $7.70 to $7.95": the dollars are the level the growth reaches, not the
    change, when their ends stand to each other as the grown levels do (1.08 / 1.05), not as the growths (8 / 5)."""
    growth = _GROWTH_RANGE_OR.search(sentence, max(0, q.start - 30), q.start)
    if not (growth and q.qualifier == "range" and q.low and q.high):
        return False
    low, high = float(growth["low"]), float(growth["high"])
    said = q.high / q.low
    return low > 0 and abs(said - (100 + high) / (100 + low)) < abs(said - high / low)


_SENSITIVITY = re.compile(r"\b(?:every|each)\s+(?:additional\s+)?\$?\s?[\d.,]+\s*(?:%|percent|cents?|dollars?|basis\s+points?)?\s+"
                          r"(?:change|increase|decrease|move|movement|rise|drop|decline)\b", re.I)


def _doublings(sentence: str) -> list[Quantity]:
    """"more than doubled" is growth of at least 100%; "triple digits" too."""
    found = []
    for m in _DOUBLING.finditer(sentence):
        qualifier = "at_least" if m.group("more") or "triple" in m.group().lower() else "exact"
        found.append(Quantity(m.start(), m.end(), 100.0, None, None, "percent", qualifier, m.group(), False))
    return found


# "Our normalized effective tax rate for the fourth quarter came in at approximately 23%. ... we expect our 2022 first
# quarter effective tax rate to be approximately the same" (not "the same as" something else)
_THE_SAME = re.compile(r"\b(?:be|remain|stay)\s+(?P<said>(?:(?P<hedge>approximately|about|roughly|around|basically|essentially)\s+)?"
                       r"the\s+same)\b(?!\s+as\b)", re.I)


def _rate_said_the_same(sentence: str, s0: int, in_sentence, last: Figure | None) -> list[Quantity]:
    """A rate the sentence names said to be "the same" is the turn's last figure if that was this rate: its percentage."""
    said = _THE_SAME.search(sentence)
    if said is None or last is None or last.unit != "%" or not any(
            m.label == "METRIC" and m.key == last.metric and m.end <= s0 + said.start() for m in in_sentence):
        return []
    qualifier = "approx" if said.group("hedge") and last.qualifier in ("exact", "approx") else last.qualifier
    return [Quantity(said.start("said"), said.end("said"), last.value, last.value_low, last.value_high, "percent", qualifier,
                     said.group("said"), False)]


# "operating margin increased by $18 million or 10%", "the $72 million or 7% improvement": a percentage said after
# a change in dollars (but "tax expense of $4.6 million or 12.6%" and "gross profit of $123 million or 23.4%" are the rate)
_MONEY_OR_BEFORE = re.compile(rf"{DOLLARS}\s+or\s+{HEDGE}$", re.I)


# A change said as a noun right after its amount, or with the measure between: "the $72 million or 7% improvement",
# "7% increase in average gas plant", "a $1.6 million organic sales decline"
_A_CHANGE_AFTER = re.compile(rf"\s*(?:(?:organic|net|total|sales|revenues?|top-line|sequential)\s+){{0,2}}(?:{CHANGE_NOUNS})\b", re.I)


_A_PART_OF_A_CHANGE_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS})\s+(?:by\s+)?{HEDGE}{DOLLARS}"
                                        rf"[^.;$]{{0,80}}?\bincluding\s+{HEDGE}$", re.I)


def _change_said_in_dollars(sentence: str, q: Quantity) -> bool:
    said = _MONEY_OR_BEFORE.search(sentence[: q.start], max(0, q.start - 60))
    return bool(said and (_CHANGE_BEFORE.search(sentence[max(0, said.start() - 30) : said.start()])
                          or _A_CHANGE_AFTER.match(sentence, q.unit_from)))


# "EPS was $4.10, well over the $3.82 of a year ago", "an increase of 3.5% over the $135.5 million": the
# second amount is what the first is compared with, not a floor ("well above the 20% growth target" is one)
_OVER_THE = re.compile(r"\b(?:over|above|more\s+than|greater\s+than|beyond)\s+(?:the|that)\s+$", re.I)


# ", and we're going to, we think, materially beat that": the amount is a floor
_BEATEN_AFTER = re.compile(r"[^.;$]{0,60}?,?\s+and\s+(?:we|I)(?:'re|\s+are|'ll|\s+will)\s+(?:going\s+to\s*,?\s+)?(?:[\w,\s]{0,25}?)"
                           r"\b(?:beat|exceed|surpass)\s+(?:that|it)\b", re.I)


def _over_another_amount(sentence: str, q: Quantity, quantities: list[Quantity]) -> bool:
    return bool(_OVER_THE.search(sentence, max(0, q.start - 30), q.start)) and any(
        o.end <= q.start and q.start - o.end <= 60 and not STRONG_BREAK.search(sentence, o.end, q.start) for o in quantities)


def _negate(value, low, high):
    """A reduction or a loss: negative, with bounds mirrored so low <= high."""
    neg = lambda x: None if x is None else -x or 0.0  # noqa: E731  ("down 2% to flat" ends at 0, not -0)
    return neg(value), neg(high), neg(low)


def _said_down(sentence: str, quantities: list[Quantity]) -> set[int]:
    """The amounts said as declines, and those that go on a list of declines ("down 6% from the fourth quarter and 10%
    year-over-year", "down 37% for Executive Search, 35% for Professional Search"), whatever the first one was of ("we
    were down roughly 40% in dollars and roughly 40% in December on an organic basis")."""
    down: set[int] = set()
    for i, q in enumerate(quantities):
        if (_DECLINE_BEFORE.search(sentence[max(0, q.start - 60) : q.start]) or _DECLINE_AFTER.match(sentence, q.unit_from)
                or i - 1 in down and _LIST_GOES_ON.fullmatch(sentence, quantities[i - 1].end, q.start)):
            down.add(i)
    return down


_LIST_GOES_ON = re.compile(rf"[^.;%]{{0,40}}(?:\band|,)\s+{HEDGE}")


def _the_decline_said_again(found: list[Figure], metric: str, q: Quantity, text: str, start: int) -> bool:
    """"organically reducing by the 7%-ish on the high end, the 7%-ish sequential quarter": the same size said
    again, with no change word between, is the decline just said."""
    last = found[-1] if found else None
    return bool(last and last.metric == metric and last.value is not None and last.value < 0 and q.value is not None
                and last.value == -q.value and not _CHANGE_WORD.search(text, last.end, start))


# "a 4% to 5% organic revenue decline", "a 35% reduction in global headcount"
_DECLINE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:decline|decrease|contraction|drop|reduction|lower|below)\b", re.I)


# "organic sales decline in the U.S. and Canada and EMEA of 4 and 2%, respectively": the trigger says the direction
_A_DECLINE = re.compile(r"\b(?:decline|decrease|reduction|drop|contraction)s?$", re.I)


# "down 3%", "a seasonal sequential decline of approximately 25%", "down organically by 9%", "down just 30 basis points",
# "net sales decreased $29.7 million or 3%", "reduced our full-year non-GAAP tax rate by 200 basis points", "organically
# reducing by the 7%-ish"
_DECLINE_BEFORE = re.compile(
    r"(?:\b(?:down|declined?|decreased?|fell|lower|contracted|shrank|dropped|"
    r"(?:decline|decrease|reduction|drop|contraction)\s+of)\s+"
    r"|\b(?:reduced?|reducing|lowered|lowering)\s+(?:[\w'&-]+\s+){0,5}?(?=by\s))"
    # ("decreased from prior year by a bit more than expected 20%")
    r"(?:from\s+(?:the\s+)?(?:prior|last|a)[\s-]+(?:year|quarter)(?:\s+(?:period|quarter))?\s+(?=by\s))?"
    r"(?:(?:organically|sequentially|just|only|slightly|by|the|a|an|about|approximately|roughly|nearly|almost|over|more\s+than"
    r"|(?:a\s+bit\s+)?(?:more|less|better|worse)\s+than\s+(?:we\s+(?:had\s+)?)?(?:expected|anticipated))\s+)*"
    rf"(?:{DOLLARS},?\s+or\s+)?$", re.I)


# Words that say an amount is a change: "increased our headcount by 3%", "a 35% reduction in global headcount",
# "up 3%" (not "the 76,000 employees that make up Team McKesson").
_CHANGE_WORD = re.compile(r"\b(?:grow|grew|growth|increas|decreas|declin|reduc|cut|eliminat|add|hir|lay|rais|lower|shr[ai]nk"
                          rf"|expan|doubl|tripl|(?:up|down)\s+(?:by\s+)?{HEDGE_OR_BOUND}[\d$])", re.I)


# "workforce from 1,200 to almost 1,500 people": levels of what changed.
_A_LEVEL_OF_A_CHANGE = re.compile(rf"\b(?:from|to)\s+{HEDGE_OR_BOUND}$", re.I)


def _said_as_change(sentence: str, q: Quantity, trigger: tuple[int, int] | None, s0: int, next_amount: int) -> bool:
    """A change word around the amount, or between it and the trigger naming it (up to the next amount)."""
    if q.paired or _A_LEVEL_OF_A_CHANGE.search(sentence, max(0, q.start - 20), q.start):
        return False
    start, end = q.start, q.end
    if trigger is not None:
        start, end = min(start, trigger[0] - s0), max(end, trigger[1] - s0)
    return bool(_CHANGE_WORD.search(sentence, max(0, start - 30), min(end + 20, max(next_amount, q.end + 20))))


# "earnings per share ... was a loss of $0.48 compared to a loss of $0.51", "a $615 million loss or $2.66 per
# share", "compared to net income of $1.6 million, or $0.03 per diluted share": the nearer of a loss and a
# profit said since the last comparison, and only just before the amount ("earnings, after the loss of a
# customer, were $2.10" are earnings; so is EPS "excluding ... losses on retirement of debt").
_LOSS_OR_PROFIT = re.compile(r"\b(?:(?P<loss>loss(?:es)?|lost)(?!\s+on\b)|income|earnings|eps|profit|positive)\b", re.I)


_LOSS_AFTER = re.compile(r"\s*(?:net\s+)?loss\b", re.I)


_SINCE_COMPARED = re.compile(rf"\b(?:{COMPARISON})\b|[;:]|\s--\s", re.I)


def _said_as_a_loss(sentence: str, q: Quantity) -> bool:
    if _LOSS_AFTER.match(sentence, q.unit_from):
        return True
    since = max((m.end() for m in _SINCE_COMPARED.finditer(sentence, 0, q.start)), default=0)
    said = list(_LOSS_OR_PROFIT.finditer(sentence, since, q.start))
    return bool(said) and said[-1]["loss"] is not None and q.start - said[-1].end() <= 50


# "cash flow from operations totaled an outflow of $187 million", "Free cash flow was a use of cash of $304 million", "Free
# cash flow for the quarter was actually negative by $7 million"
_OUTFLOW_BEFORE = re.compile(rf"\b(?:(?:outflows?|uses?\s+of\s+cash)\s+of|negative\s+by)\s+{HEDGE}$",
                             re.I)
_OUTFLOW_AFTER = re.compile(r"\s*(?:cash\s+)?outflows?\b", re.I)


def _an_outflow(sentence: str, q: Quantity) -> bool:
    return bool(_OUTFLOW_BEFORE.search(sentence, max(0, q.start - 40), q.start) or _OUTFLOW_AFTER.match(sentence, q.unit_from))


def _is_negative(metric: str, sentence: str) -> bool:
    phrases = metrics()[metric].negative
    return bool(phrases) and bool(word_pattern(phrases).search(sentence))
