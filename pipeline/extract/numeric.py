"""Numbers to figures: which metric a spoken amount is, in what unit, with what bounds, sign,
period, kind and subject."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.matching import (CLAUSE_BREAK, MEASURES, REASON, Match, gap_between, last_sentence, metrics_named,
                                       phrase, word_pattern)
from pipeline.extract.respectively import Respective, respective
from pipeline.extract.subjects import figure_subject, opens_with_segment
from pipeline.numbers import Quantity, find_quantities
from pipeline.periods import CallTime, Period, quarter_a_year_on
from pipeline.records import Figure
from pipeline.taxonomy import cues, metrics


_GWH = re.compile(r"^\s*(?:gigawatt[- ]hours?|gwh|gigawatts? hours?)\b(?P<rate>(?:\s+(?:per|a|each)\s+year|\s*/\s*(?:year|yr)|\s+annually))?", re.I)


_PER_SHARE = re.compile(r"^\s*(?:of\s+)?(?:(?:per|a)\s+(?:diluted\s+|basic\s+|fully\s+diluted\s+)?share|/share|in\s+(?:adjusted\s+)?(?:eps|earnings per share))", re.I)


_PER_MONTH = re.compile(r"^\s*(?:(?:a|per)\s+month|/month|monthly)", re.I)


_COUNT_NOUN = r"(?:[\w-]+\s+){0,3}?(?:cars?|vehicles?|units?|trucks?|cybertrucks?|cybercabs?|robotaxis?|gpus?|h100s?|computers?|employees?|people|megapacks?|powerwalls?|semis?|deliveries|closings|homes|customers|subscribers)"


_PER_WEEK = re.compile(rf"^\s*(?:{_COUNT_NOUN}\s+)?(?:a|per|each)\s+week", re.I)


_PER_YEAR = re.compile(rf"^\s*(?:{_COUNT_NOUN}\s+)?(?:(?:a|per|each)\s+year|annually|/\s*year)|^\s*(?:{_COUNT_NOUN}\s+)?of\s+(?:annual\s+)?capacity", re.I)


_COUNT = re.compile(rf"^\s*(?:{_COUNT_NOUN})\b", re.I)


# A number of other things: a plural noun a few words on that is not one of the counts above.
_COUNT_OF_OTHERS = re.compile(r"^\s*(?!and\b)(?:(?!(?:of|in|on|for|to|from|with|by|at|a|per|each|or)\b)[\w-]+\s+){0,4}?"
                              r"(?!(?:is|was|has|its|this|thus|plus|less|across|unless|as|us|versus|yes|gas)\b)[a-z][\w-]{2,}s\b")


_MONTH_BEFORE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$", re.I)


_WORD_BEFORE = re.compile(r"([\w.-]+)\s*$")


# What may follow a figure in its own clause: "which I think we will ... get to" does, ", and we expect" does not.
_STRONG_BREAK = re.compile(r"[;:]|[.?!]\s|\s--\s|,\s+(?:and|but|so|while)\b|\bbut\b", re.I)


_DOUBLING = re.compile(r"\b(?P<more>more than\s+)?doubl(?:e|ed|ing)\b(?![- ](?:digits?|whammy|down|click|count|edged|dip))|\btriple digits\b", re.I)


# "3% of the segment's revenue", "100% of our drilling jobs": a share of something, not a rate of change.
_OF_SALES = re.compile(r"^\s*of\s+(?:[\w'-]+\s+){0,3}?(?:sales|revenues?)\b", re.I)


_OF_SHARES = re.compile(r"^\s*of\s+(?:our\s+|the\s+)?(?:outstanding\s+|diluted\s+)?(?:shares|share\s+count)\b", re.I)
_OF_NET_INCOME = re.compile(r"^\s*of\s+(?:our\s+)?(?:adjusted\s+|gaap\s+)?net\s+(?:income|earnings)\b", re.I)
_SHARE_OF = re.compile(r"^\s*of\s+(?:the|our|its|their|all|total|net)\b", re.I)
# "the composite material segment represented 76% of total sales": a part's share, not a ratio of the part's own
_SHARE_VERB_BEFORE = re.compile(r"\b(?:represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|(?:made|makes?|making)\s+up|"
                                r"comprise[sd]?)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


_GROWTH_WORD = re.compile(r"growth|grow|increase|decrease|decline|\b(?:up|down|higher|lower|greater|flat)\b|doubl|triple|year-over-year", re.I)


# Units of physical things: an amount of them is none of the metrics, nor is a price of one ("less than $4 a ton").
_PHYSICAL_UNIT_WORDS = (r"(?:-?\s*(?:square\s+)?(?:foot|feet|ft)|sq\.?\s*ft|btus?|mmbtus?|barrels?|bbls?|boe|tons?|tonnes?"
                        r"|megawatt[- ]hours?|mwh|kilowatt[- ]hours?|kwh|kilowatt|megawatts?|mw|gigawatts?|gw|gallons?|acres?|board feet"
                        r"|ounces?|oz|pounds?|lbs?|bushels?|cubic feet|bcf|mcf)")
_OTHER_UNIT_WORDS = (r"(?:hours?|days?|weeks?|months?|years?|miles?|minutes?|seconds?|kilometers?|km|mph|degrees?|times"
                     rf"|lines of code|{_PHYSICAL_UNIT_WORDS}|cases|beds|rooms|stores|locations|sites|shares)\b")


_OTHER_UNIT = re.compile(rf"^\s*{_OTHER_UNIT_WORDS}", re.I)


# "going from 2.1 billion gallons to 2.43 billion": the second amount is in gallons too.
_OTHER_UNIT_THEN_TO = re.compile(rf"\d\s*(?:thousand|million|billion)?\s+{_OTHER_UNIT_WORDS}\s+to\s+(?:about\s+|approximately\s+)?$", re.I)


# Characters between a number and the phrase naming its metric; a metric read off the context (a list
# going on, the sentence before, a question) counts as named this far away.
MAX_TRIGGER_DISTANCE = 150


MAX_SENTENCE_DISTANCE = 400


_COMMON_UNITS = frozenset({"USD", "%", "units", "bps", "x"})


WEAK_PENALTY = 100


DERIVED_PENALTY = 30


def numeric_figures(text, sentence, s0, in_sentence, periods, when: CallTime, context) -> list[Figure]:
    call_date = when.call_date
    found: list[Figure] = []
    seen: set[tuple] = set()
    quantities = [q for q in find_quantities(sentence) if _is_figure(sentence, q, periods, s0)]
    quantities += _doublings(sentence)
    listed = respective(sentence, s0, quantities, in_sentence, periods)
    for i, q in enumerate(quantities):
        start, end = q.start + s0, q.end + s0
        next_amount = next((o.start for o in quantities[i + 1 :] if o.start >= q.end), len(sentence))
        spoken = _spoken_units(sentence, q)
        paired = listed.get(i, Respective())
        if paired.measured:
            choice = _listed_metric(paired, spoken)
            if choice is None:
                continue  # "net revenues, net income, and EPS were ...": net income is not tracked
        else:
            choice = _metric_for(in_sentence, start, end, spoken, text, s0 + next_amount) or _continuing(found, q, s0, text, periods)
        # An earlier guidance's very amount pointed at ("that $425 million", "the guide of 2% to 5%") names the metric
        # before what the talk just before was about does.
        last = found[-1] if found else context.last
        referred = _said_before(context.said, q, sentence, spoken, last) if choice is None else None
        if referred:
            choice = referred.metric, referred.unit, MAX_TRIGGER_DISTANCE, None
        elif choice is None:
            last_metric = last.metric if last else None
            choice = (_growth_of_last_metric(last_metric, q, spoken, sentence, in_sentence,
                                             opens_with_segment(sentence, context.own_segments))
                      or _guidance_named_before(context.named, q, spoken, sentence, in_sentence)
                      or _ratio_said_of_it(context.named, q, spoken, sentence, in_sentence, s0)
                      or _rate_asked(context.asked, q, spoken, in_sentence)
                      or _rate_said_again(last_metric, q, spoken, sentence, in_sentence)
                      or _per_share_guidance(q, sentence, in_sentence, text, s0))
        if choice is None:
            continue
        metric, unit, distance, trigger = choice
        if unit == "%" and not _is_change(metric, unit) and _change_said_in_dollars(sentence, q):
            continue  # "operating margin increased by $18 million or 10%": the change of a margin in dollars
        if metrics()[metric].change and not _said_as_change(sentence, q, trigger, s0, next_amount):
            continue
        if unit == "%" and metrics()[metric].ratio_triggers and trigger and _MARGIN_GROWS_BY.fullmatch(text, trigger[1], start):
            continue  # "we expect operating margin to increase 6% to 8%": the growth of a margin in dollars, not a margin
        if unit == "USD" and metric != "cost_savings" and trigger and _an_increment_of_it(text, trigger):
            # "incremental revenues in year three of $48 million", "top line contribution on the order of $35 million"
            continue  # (savings are increments anyway)
        if _growth_of_another_measure(in_sentence, start, end, trigger, spoken, text) or (
                metric in ("dividend", "share_repurchase") and _returned_both_ways(sentence, q)):
            continue
        if not paired.measured:  # a list says which is adjusted: "GAAP and adjusted diluted EPS of $1.03 and $0.98"
            metric = _adjusted(metrics()[metric], sentence, q, next_amount, context.adjusted_basis)
        value, low, high, qualifier = _bounds(q)
        earlier = tuple(s0 + o.start for o in quantities[:i] if o.end <= q.start)
        if qualifier == "at_least" and _over_another_amount(sentence, q, quantities):
            value, low, qualifier = q.value, None, "exact"
        already_negative = any(v is not None and v < 0 for v in (value, low, high))
        declined = _is_change(metric, unit) and not q.paired and (
            _DECLINE_BEFORE.search(sentence[max(0, q.start - 60) : q.start]) or _DECLINE_AFTER.match(sentence, q.unit_from)
            or _continues_a_decline(found, text, start))
        if not already_negative and (_is_negative(metric, sentence) or declined
                                     or metrics()[metric].loss and _said_as_a_loss(sentence, q)):
            value, low, high = _negate(value, low, high)
        # "from 20 to 40 GWh by the end of the year": the start is today's level; "raised our guidance
        # from $7 billion to $8 billion": the start is the guidance before.
        starts_change = i not in listed and (q.paired == "from" or _starts_a_change(sentence, q, next_amount))
        revised = starts_change and bool(re.search(_REVISION, sentence, re.I))
        if paired.period:
            period = paired.period
        elif starts_change and q.paired and not revised:
            period = None  # the time said after "to" is the end's
        else:
            period = nearest_period(periods, start, end, text, tuple(s0 + o.start for o in quantities[i + 1 :] if o.start >= q.end),
                                    earlier)
            if period is not None and period.span_end <= start and _ANNUALIZED_AFTER.match(sentence, q.unit_from):
                period = None  # "$16 million in the fiscal year and just over $17 million on an annualized basis"
            if period is None and trigger is None and not referred and context.named and metric == context.named.name:
                period = context.named_period  # "... cash flow guidance for 2021. So the guidance went from ..."
        period = _quarter_of_the_year(period, periods, trigger, text, when)
        if starts_change:
            kind = "guidance" if revised else "actual"
        elif referred:
            kind = "guidance"  # "We hope to exceed that $425 million": still the guidance
        else:
            kind = _kind(text, s0, start, end, period, when, q.qualifier == "range")
            estimate = _EARLIER_ESTIMATE.search(text, max(s0, start - 60), start)  # the outlook a result is measured against
            if period is None and kind == "guidance" and not _ANNUALIZED_AFTER.match(sentence, q.unit_from):  # (a rate)
                # "above our implied outlook for growth of approximately 3.5%" in the quarter reported: that quarter's outlook
                period = (_opening_period(periods, quantities[0].start + s0, start, earlier, text, when)
                          or _quarter_said(sentence, s0, when, in_progress=estimate is None)
                          or _quarter_a_year_after(periods, end, text, when))
            if period is None and kind == "actual":
                period = _quarter_said(sentence, s0, when, in_progress=False)
            reported = when.fiscal.year(when.fiscal_year)
            of_a_result = kind == "actual" or _a_result_measured_against(estimate, text, s0)
            if of_a_result and period and period.end > call_date and period.label.startswith(("FY", "end of")) and period.end > reported[1]:
                # "Full year sales of $2.5 billion were flat", said in January: the year just reported (so is the target
                # a result "fell short of ... for the full year").
                period = Period(f"FY{when.fiscal_year}", *reported, period.span_start, period.span_end)
        metric = _organic_said_again(metric, kind, amount_key(qualifier, value, low, high), context.said, sentence)
        if (metric, kind, value, low, high, unit) in seen:
            continue  # said twice in one breath: "on the order of a quarter million -- something like a quarter million"
        seen.add((metric, kind, value, low, high, unit))  # (but "savings were 40 million against our revised goal of 40 million")
        subject = paired.subject or (referred.subject if referred else
                                     figure_subject(text, s0, start, end, in_sentence, trigger, metric, context))
        confidence = round(max(0.5, 0.95 - distance / 400), 2)
        found.append(Figure(metric, subject, kind, value, low, high, unit, qualifier,
                            period.label if period else None, period.start if period else None,
                            period.end if period else None, sentence.strip(), start, end, confidence))
    return found


def _starts_a_change(sentence: str, q: Quantity, next_amount: int) -> bool:
    """"increase from $160 million in fiscal 2020 to a range of $220 million to $240 million": the
    amount after "from" is where the change starts, even with words between it and the "to" (but
    "range from $670 million to $690 million" is one range, and "a range of -- from 70%" one end)."""
    if q.qualifier == "range" or not re.search(r"\sto\s", sentence[q.end : next_amount]):
        return False
    before = sentence[max(0, q.start - 30) : q.start]
    return bool(_FROM_BEFORE.search(before)) and not _RANGE_FROM.search(before)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)


_RANGE_FROM = re.compile(r"\brang(?:e|es|ed|ing)\b(?:\s+of)?[\s-]*from\s+\S*$", re.I)


_CHANGE_NOUNS = r"growth|increase|decrease|improvement|decline|rise|drop"  # a change said as a noun


# A change said before a money amount ("up more than $1 billion", "another $200 million"; but "plan to do another
# $1 billion", "spending another $1 million to $2 million" say an amount of its own)
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|(?:increase|decrease|reduction|improvement|contribution|accretion|dilution|impact) of|an additional|(?<!do\s)(?<!spend\s)(?<!spending\s)another|increased|decreased|grew|declined|rose|fell|improved"
    r"|add|adds|adding|added|(?:decline|increase|decrease|grow|rise|fall|drop)s?"
    r"|(?:impacted|affected|hurt|helped|benefited|benefitted|offset)\s+by|\d[\d.]*(?:\s*%|\s+percent)\s+or)"
    r"\s+(?:by\s+)?(?:more than\s+|over\s+|about\s+|nearly\s+|approximately\s+)?$", re.I)


# "an adverse impact on the top line of about $30 million", "the headwind of 30 basis points of margin": what
# moved a measure, not its level.
_IMPACT_ON_BEFORE = re.compile(r"\b(?:impact|headwind|tailwind|hit|drag)s?\s+(?:(?:on|to)\s+(?:[\w'-]+\s+){0,4}?)?of\s+"
                               r"(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)


# "raising our full year sales outlook", "we've raised our distribution infrastructure investment",
# "bringing up the low end of our sales range"
_REVISION = (r"\b(?:(?:increas|rais|lift|lower|cut|reduc|decreas|updat|narrow|revis)\w*|bring\w*\s+(?:up|down))\s+(?:[\w'-]+\s+){0,8}?"
             r"(?:guidance|outlook|target|forecast|plan|range|investment|midpoint|framework)\b")


_INCREMENTAL_BEFORE = re.compile(r"\bincremental\s+$", re.I)


_INCREMENTAL_AFTER = re.compile(r"^\s*(?:of\s+|in\s+)?incremental\b", re.I)


# (a margin is a metric that is the ratio of another measure to sales: it has ratio_triggers)
_MARGIN_GROWS_BY = re.compile(r"\s+(?:to\s+|is\s+expected\s+to\s+|should\s+|will\s+)?(?:increase|grow|decrease|decline|rise|fall)s?\s+(?:by\s+)?"
                              r"(?:about\s+|approximately\s+|roughly\s+)?", re.I)


# The metric named as what something adds to it: "incremental revenues", "top line contribution"
_CONTRIBUTION_AFTER_TRIGGER = re.compile(r"\s+contributions?\b", re.I)


def _an_increment_of_it(text: str, trigger: tuple[int, int]) -> bool:
    return bool(_INCREMENTAL_BEFORE.search(text[max(0, trigger[0] - 15) : trigger[0]])
                or _CONTRIBUTION_AFTER_TRIGGER.match(text, trigger[1]))


_SAVINGS_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:savings|synergies)\b", re.I)


_GUIDANCE_CHANGE_BEFORE = re.compile(
    _REVISION + r"[^.;]*?\bby\s+(?:about\s+|approximately\s+|roughly\s+|another\s+|an additional\s+)?$", re.I)


# Words right after an amount that make it a part of a metric or a change of it, not its level.
_PART_OR_CHANGE_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:(?!(?:excluding|including|ex|before|after|with|despite)\b)[\w'-]+\s+){0,7}?(?:accretion|accretive|dilution|dilutive|contribution|headwind|tailwind|impact)s?\b"
    r"|^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:advantage|disadvantage)s?\b"  # "100 basis points to 200 basis points of margin advantage"
    r"|^\s*(?:(?:basis\s+points?|cents?)\s+)?(?:of\s+)?(?:hurt|drag)\b"  # "included $0.01 hurt from worse than normal weather"
    r"|^\s*(?:related to|attributable to|associated with)\b"
    r"|^\s*(?:of\s+)?(?:[\w'-]+\s+){0,2}?benefits?\s+(?:to|on|in)\s+(?:our\s+)?(?:eps|earnings|the\s+bottom\s+line)\b"  # "$0.03 of benefits to EPS"
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:risk|exposure|shortage|shortfall|shift(?:ing|ed)?)s?\b"  # "a $10 million to $15 million risk"
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:increase|decrease|improvement|reduction|raise|change)\s+(?:from|to|over|versus|vs\.?|compared (?:to|with))"
    r"\s+(?:our|the)\s+(?:prior|previous|last|original|midpoint)\b"  # "a $0.05 per share decrease compared to the midpoint of our guidance"
    r"|^\s*(?:[\w-]+\s+){0,3}?than\s+(?:we\s+)?expected\b"
    r"|^\s*(?:more|less)\s+(?:for|on)\b", re.I)  # "pay 8% to 10% more for raw materials"


# "the expected $55 million Phoenix sale", "last year's $40 million donation to the Best Buy Foundation" (not "$50 million
# of further acquisition synergies")
_A_DEAL_AFTER = re.compile(r"^\s*(?:(?!(?:of|from|for|in|on|to|with|and|or|the|a|an|since|when|after|before|as|that|which)\b)[\w-]+\s+){0,3}?"
                           r"(?:sale|divestiture|disposition|acquisition|merger|transaction|deal|donation|settlement|gift)(?![\w-])(?!\s+(?:synerg|cost|related|expense|fee))", re.I)


# The size of a buyback program or what remains of it, unless the sentence says it will be used up
# ("we intend to complete this authorization during Q4").
_PROGRAM_SIZE_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:buyback|repurchase)s?\s+(?:program|authorization|plan)s?\b"
    r"|^\s*(?:of\s+)?(?:share\s+)?(?:buybacks?|repurchases?)\s+authorized\b"
    r"|^\s*remain(?:s|ing)?\s+(?:on|in|under|of)\s+(?:[\w'$.-]+\s+){0,5}?(?:authorization|program)\b", re.I)


_PROGRAM_SIZE_BEFORE = re.compile(r"\bauthorization\s+(?:of|to)\s+$", re.I)


_USES_UP = re.compile(r"\b(?:complete|completing|use|using|utilize|utilizing|execute|executing|exhaust)\b", re.I)


# "more than $800 million available under our credit facilities": what the company may borrow.
_BORROWABLE_AFTER = re.compile(r"^\s*(?:in\s+|of\s+)?(?:available|availability|undrawn|unused)\s+(?:borrowing\s+capacity\b|(?:under|on|from|through)"
                               r"\s+(?:[\w-]+\s+){0,3}?(?:credit|revolv\w*|facilit(?:y|ies))\b)", re.I)


# "a seven-handle on cash flows": a handle on something other than EPS, whose scale it does not say.
_HANDLE_ON_ANOTHER = re.compile(r"\s+on\s+(?!(?:the\s+|our\s+)?(?:core\s+|adjusted\s+|non-gaap\s+)?(?:eps|earnings|it)\b)", re.I)


# A rate a year, whichever year: "on an annualized basis", "on a run rate basis".
_ANNUALIZED_AFTER = re.compile(r"\s*(?:of\s+[\w-]+\s+)?(?:on\s+an?\s+(?:annualized|annual|full[- ]year|run[- ]rate)(?:\s+run[- ]rate)?\s+basis|annualized)\b", re.I)


# "less than $4 a ton", "$2.50 per Mcf": a price or a cost of a physical unit, none of the metrics.
_PER_PHYSICAL_UNIT = re.compile(rf"^\s*(?:a|an|per|/)\s*{_PHYSICAL_UNIT_WORDS}\b", re.I)


# "a 440 unit residential tower": the size of a thing, not a number of units.
_UNITS_OF_A_THING = re.compile(r"^\s*-?\s*unit\s+[a-z]", re.I)


# "$20 million higher", "$0.03 to $0.04 improvement in the fourth quarter earnings": a change, not a level (but "a $63
# million reduction in employment costs" is the savings)
_MONEY_DIFFERENCE_AFTER = re.compile(r"^\s*(?:higher|lower|better|worse|more|less)\b"
                                     r"|^\s*(?:improvement|increase|decline|uplift)\s+(?:in|to|on|from)\b"
                                     r"|^\s*(?:of|in)\s+(?:revenue|sales)\s+growth\b", re.I)  # "$600 million of revenue growth"


# "an increase in revenues of approximately $66 million": how much the level moves
_CHANGE_IN_BEFORE = re.compile(rf"\b(?:{_CHANGE_NOUNS}|reduction)\s+in\s+(?:[\w-]+\s+){1,3}?of\s+"
                               r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)


# "mid-20% range", "low to mid-40%", "high 30s": a spoken band, not the number said.
# "12.3%, plus or minus 30 basis points": a tolerance, not a figure (the 12.3% is approximate).
_BAND_BEFORE = re.compile(r"\b(?:low|mid|high|upper)(?:\s*-\s*|\s+)$|\bplus\s+or\s+(?:minus\s+)?$", re.I)


def _is_figure(sentence: str, q: Quantity, periods: list[Period], s0: int) -> bool:
    start, end = q.start + s0, q.end + s0
    after = sentence[q.unit_from : q.unit_from + 80]
    if q.kind == "money" and (_CHANGE_BEFORE.search(sentence[max(0, q.start - 30) : q.start]) or _MONEY_DIFFERENCE_AFTER.match(after)
                              or _CHANGE_IN_BEFORE.search(sentence[max(0, q.start - 60) : q.start])):
        return False  # "up more than $1 billion from 2021", "$20 million higher": a change, not a level
    if _IMPACT_ON_BEFORE.search(sentence[max(0, q.start - 70) : q.start]):
        return False  # "an adverse impact on the top line of about $30 million": what moved the level
    incremental = _INCREMENTAL_BEFORE.search(sentence[max(0, q.start - 20) : q.start]) or _INCREMENTAL_AFTER.match(after)
    if incremental and not _SAVINGS_AFTER.match(after):
        return False  # "an incremental $11 million in sales", "$11 million of incremental sales" (savings are increments anyway)
    if "by " in sentence[max(0, q.start - 40) : q.start] and _GUIDANCE_CHANGE_BEFORE.search(sentence[: q.start]):
        return False  # "we are increasing our cash flow guidance for 2021 by about $150 million"
    if q.kind == "money" and (_BORROWABLE_AFTER.match(after) or _PER_PHYSICAL_UNIT.match(after) or _A_DEAL_AFTER.match(after)):
        return False  # what may be borrowed, a price per ton, the size of a deal or a payment
    if q.kind == "number" and _UNITS_OF_A_THING.match(after):
        return False  # "a 440 unit residential tower"
    if _PART_OR_CHANGE_AFTER.match(after):
        return False  # "$0.49 of adjusted EPS accretion", "$150 million improvement to our prior guidance"
    if (q.kind == "money" or q.has_scale) and (_PROGRAM_SIZE_AFTER.match(after) or _PROGRAM_SIZE_BEFORE.search(sentence[: q.start])) \
            and not _USES_UP.search(sentence):
        return False  # "a new $1 billion share repurchase program": what the board allows, not what will be bought
    if _BAND_BEFORE.search(sentence[max(0, q.start - 16) : q.start]):
        return False
    if any(p.span_start < end and start < p.span_end for p in periods):
        return False  # the number is part of a time phrase: "2024", "Q1"
    if q.kind == "number" and not q.has_scale:
        if q.value is not None and q.value.is_integer() and 1900 <= q.value <= 2100:
            return False  # a year
        if q.text.replace(",", "") in cues().not_figure_names:
            return False
    before = sentence[max(0, q.start - 25) : q.start]
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower().rstrip(".") in cues().not_figure_before and q.kind == "number":
        return False  # Model 3, Hardware 4, version 12
    return not (_MONTH_BEFORE.search(before) and q.kind == "number" and not q.has_scale)


def _doublings(sentence: str) -> list[Quantity]:
    """"more than doubled" is growth of at least 100%; "triple digits" too."""
    found = []
    for m in _DOUBLING.finditer(sentence):
        qualifier = "at_least" if m.group("more") or "triple" in m.group().lower() else "exact"
        found.append(Quantity(m.start(), m.end(), 100.0, None, None, "percent", qualifier, m.group(), False))
    return found


def _spoken_units(sentence: str, q: Quantity) -> list[str]:
    # "from 20 to 40 gigawatt hours": the first amount takes the unit said after the second.
    after = sentence[q.unit_from : q.unit_from + 60]
    if q.kind == "percent":
        if _OF_SALES.match(after):
            # "capex ... 4% to 4.5% of sales" is a ratio, not a growth rate; "represented 76% of total sales" a share
            return [] if _SHARE_VERB_BEFORE.search(sentence, max(0, q.start - 40), q.start) else ["% of sales"]
        if _OF_SHARES.match(after):
            return ["% of shares"]  # "repurchase about 2% of our shares"
        if _OF_NET_INCOME.match(after):
            return ["% of net income"]  # "free cash flow should be around 105% to 110% of net income"
        return [] if _SHARE_OF.match(after) else ["%"]  # nor is "40% of our business"
    if q.kind == "bps":
        return ["bps"]
    if q.kind == "multiple":
        return ["x"]
    if q.kind == "money":
        if q.text.lower().endswith("handle"):
            # "a six-handle on core EPS" or "EPS ... with a six-handle on it"; not "a seven-handle on cash flows"
            return [] if _HANDLE_ON_ANOTHER.match(after) else ["USD/share"]
        if _PER_SHARE.match(after):
            return ["USD/share"]
        if _PER_MONTH.match(after):
            return ["USD/month"]
        # "an EPS outlook of at least $22.40", "$5.50 on revenue of $29.5 billion": a few dollars
        # said plainly are per share, never a company's revenue or cash.
        return ["USD/share"] if not q.has_scale and abs(q.amount) < 100 else ["USD"]
    gwh = _GWH.match(after)
    if gwh:
        return ["GWh/yr"] if gwh.group("rate") else ["GWh"]
    if _PER_SHARE.match(after):
        return ["USD/share"]
    if _PER_WEEK.match(after):
        return ["units/week"]
    if _PER_YEAR.match(after):
        return ["units/yr"]
    if _COUNT.match(after):
        return ["units"]
    if (_OTHER_UNIT.match(after) or _OTHER_UNIT_THEN_TO.search(sentence[max(0, q.start - 60) : q.start])
            or _COUNT_OF_OTHERS.match(after)):
        return []  # hours, miles, days, "15,000 Driveway shop and sell transactions": not a figure of any metric
    # A bare amount: a count, or money when it is big and said with a scale ("10 billion").
    # A small bare number ("from Hardware 3 to 4 to 5", "the 2 of us") is not a figure.
    if q.has_scale:
        return ["units", "USD"]
    return ["units"] if q.amount >= 1000 else []


# "SG&A expense as a percentage of home sale revenues": the trigger after it names the denominator of another ratio
_DENOMINATOR_BEFORE = re.compile(r"\bas\s+a\s+(?:percent|percentage|share|proportion)\s+of\s+(?:[\w&'-]+\s+){0,3}$", re.I)


# "operating margin increased by $18 million or 10%", "the $72 million or 7% improvement": a percentage said after
# a change in dollars (but "tax expense of $4.6 million or 12.6%" and "gross profit of $123 million or 23.4%" are the rate)
_MONEY_OR_BEFORE = re.compile(r"\$\s*[\d.,]+\s*(?:thousand|million|billion)?\s+or\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$", re.I)


# A change said as a noun right after its amount: "the $72 million or 7% improvement", "7% increase in average gas plant"
_CHANGE_AFTER = re.compile(rf"\s*(?:{_CHANGE_NOUNS})\b", re.I)


def _change_said_in_dollars(sentence: str, q: Quantity) -> bool:
    said = _MONEY_OR_BEFORE.search(sentence[: q.start], max(0, q.start - 60))
    return bool(said and (_CHANGE_BEFORE.search(sentence[max(0, said.start() - 30) : said.start()])
                          or _CHANGE_AFTER.match(sentence, q.unit_from)))


# What stands between a trigger and the amount it names: "margins of 15.5%", "tax rate will be about 25%",
# "capex in the range of $400 million".
_NAMES_NEXT = re.compile(r"\s*(?:(?:of|at|was|were|is|are|will be|to be|should be)(?:\s+(?:in\s+)?(?:the|a)\s+range\s+of|\s+between)?"
                         r"|(?:in\s+)?(?:the|a)\s+range\s+of|between)(?:\s+(?:about|approximately|around|roughly))?\s*", re.I)


def _listed_metric(paired: Respective, spoken: list[str]) -> tuple[str, str, int, tuple[int, int] | None] | None:
    """The metric and unit of an amount paired with a measure of a "respectively" list."""
    if not paired.metric:
        return None
    named = next((found for unit in spoken if (found := metrics()[paired.metric].named_by(unit))), None)
    return (*named, 0, paired.trigger) if named else None


@cache
def _full_names(word: str) -> dict[str, str]:
    """The metrics' names that hold a weak trigger's word: "gross margins" and "operating margins" for "margins"."""
    return {t: m.name for m in metrics().values() for t in m.triggers
            if t != word and t not in m.ratio_triggers and re.search(rf"\b{re.escape(word)}\b", t)}


def _weak_trigger_meant(m: Match, text: str) -> str:
    """A bare word ("margins ... get back to the 40%") means the metric last named in full a few sentences
    before ("we'd get back to the 40% gross margins"), else the one it is most often short for."""
    names = _full_names(m.phrase)
    said = list(word_pattern(tuple(names)).finditer(text, max(0, m.start - 1500), m.start))
    return names[phrase(said[-1].group())] if said else m.key


def _metric_for(in_sentence, start, end, spoken, text, next_amount) -> tuple[str, str, int, tuple[int, int] | None] | None:
    """(metric, unit, distance, trigger span) from the nearest trigger whose metric fits a unit spoken;
    a trigger said after the next amount is that amount's ("8% at the midpoint and 8% organic growth")."""
    best = None
    denominator = (MAX_SENTENCE_DISTANCE, 0)  # the nearest trigger said "as a percentage of": (distance, start)
    for m in in_sentence:
        if m.label not in ("METRIC", "WEAK"):
            continue
        metric = metrics()[_weak_trigger_meant(m, text) if m.label == "WEAK" else m.key]
        if _DENOMINATOR_BEFORE.search(text, max(0, m.start - 60), m.start):
            # "SG&A expense as a percentage of home sale revenues decreased ... to 11%": the ratio's, not revenue's
            denominator = min(denominator, (gap_between(m.start, m.end, start, end, text, clause_penalty=60), m.start))
            continue
        for unit_spoken in spoken:
            named = metric.named_by(unit_spoken)
            if named is None:
                continue
            name, unit = named
            if m.label == "WEAK" and unit_spoken == "% of sales":
                continue  # "investing about 6% of sales" may be research as well as capex
            said = m.phrase
            if (unit == "%" and metric.percent_triggers and said not in metric.percent_triggers
                    or said in metric.ratio_triggers and unit_spoken != "% of sales"):
                continue
            distance = gap_between(m.start, m.end, start, end, text, clause_penalty=60)
            if m.start >= end and re.search(r"\band\b", text[end : m.start]):
                distance += 30  # "dividends approaching $250 million and repurchasing ...": the number is the dividends
            if m.start >= end and _NAMES_NEXT.fullmatch(text, m.end, next_amount):
                continue  # "... up 16% with adjusted operating margins of 15.5%": the margin is the next amount's
            if m.start >= next_amount:
                distance += 60
            distance += WEAK_PENALTY if m.label == "WEAK" else 0
            # A unit only a few metrics take ("GWh per year") finds its metric anywhere in the sentence.
            reach = MAX_TRIGGER_DISTANCE if unit_spoken in _COMMON_UNITS else MAX_SENTENCE_DISTANCE
            if distance > reach or _vetoed(metric, text, m, start, end):
                continue
            if name != metric.name and not _GROWTH_WORD.search(text[max(0, start - 40) : end + 40]):
                continue  # a percentage near "sales" is its growth only when growth is said ("65% margins" is not)
            # A growth rate named directly ("organic growth outlook for net revenues to plus 6.5 to plus 7%")
            # is preferred to one read off a level's trigger ("net revenues") a little nearer.
            derived = DERIVED_PENALTY if name != metric.name else 0
            rank = (distance + derived, -(m.end - m.start), spoken.index(unit_spoken), name != metric.name)
            if best is None or rank < best[0]:
                best = (rank, name, unit, distance, (m.start, m.end))
    if best and denominator[0] < best[3] and best[4][0] < denominator[1]:
        return None  # (but "As a percentage of revenues, the operating earnings margin of 25.1%" names the ratio)
    if best:
        # A measure outside the taxonomy named nearer to the number than the metric claims it; so does one
        # right after it when the metric's trigger is said before an "and" ("6% to 8% compound annual
        # sales growth and 12% to 15% compound annual EPS growth").
        trigger_start, trigger_end = best[4]
        joined = trigger_end <= start and re.search(r"\band\b", text[trigger_end:start])
        # "105% to 110% of net income": the measure a ratio is of names no measure of its own
        of_net_income = _OF_NET_INCOME.match(text[end : end + 60]) if "% of net income" in spoken else None
        # (but "operating income ... $280 million to $340 million for a margin range of approximately 3.8% to 4.3%":
        # the margin said after the measure it is the ratio of is that ratio's)
        ratio_of = metrics()[best[1]].ratio_triggers
        others = [m for m in in_sentence if m.label == "OTHER" and not (m.start < trigger_end and trigger_start < m.end)
                  and not (of_net_income and end <= m.start < end + of_net_income.end())
                  and not (m.end <= trigger_start and m.phrase in ratio_of)]
        other = min((gap_between(m.start, m.end, start, end, text, clause_penalty=60) for m in others
                     if m.end <= start or _NAMES_THE_AMOUNT.match(text[end : m.start])), default=None)
        if other is not None and (other < best[3] or joined and any(
                m.start >= end and _NAMES_THE_AMOUNT.match(text[end : m.start]) for m in others)):
            return None
        # "gross savings in fiscal '22 of 25 million and additional investments of 15 million": a weak trigger
        # right before the amount names it, if only as something the taxonomy does not track (but "gross
        # margins, margins were 43.6%" says the same measure again).
        trigger_said = text[trigger_start:trigger_end].lower()
        if any(m.label == "WEAK" and m.key != best[1] and trigger_end <= m.start and m.end <= start
               and _NAMES_NEXT.fullmatch(text, m.end, start) and text[m.start : m.end].lower() not in trigger_said
               for m in in_sentence):
            return None
        # "we delivered diluted net earnings per share of $3.22 versus $1.59 ..., an increase of 103%": a growth
        # rate read off a level's trigger is of a metric named between them that cannot take it.
        derived = best[0][-1]
        if derived and any(m.label == "METRIC" and m.key != best[1] and trigger_end <= m.start and m.end <= start
               and all(metrics()[m.key].named_by(unit) is None for unit in spoken) for m in in_sentence):
            return None
        return best[1:]
    return None


_CONTINUATION = re.compile(r"(?:\band\s+then|\band|\bthen|\bor|\bto|,)\s+(?:maybe\s+|probably\s+|even\s+)?$", re.I)


# What may stand between an amount and the measure after it that it is an amount of:
# "153 million shares", "$44 million of purposeful operating expense" (not "10% with currency").
_NAMES_THE_AMOUNT = re.compile(r"^\s*(?:of\s+|in\s+)?(?:(?!(?:with|and|to|for|while|as|is|are|was|were)\b)[\w-]+\s+){0,3}$", re.I)


def _continuing(found: list[Figure], q: Quantity, s0: int, text: str, periods: list[Period]):
    """A bare amount that continues a list ("7 million cars in a year or so and then 10 million")
    is another figure of the same metric and unit; so is a percentage said for another period
    ("tax rate for the first quarter ... approximately 15%, and for the full year, ... approximately 20%")."""
    if not found:
        return None
    last = found[-1]
    between = text[last.end : q.start + s0]
    for_another_period = (q.kind == "percent" and last.unit == "%" and len(between) <= 80
                          and re.match(r"\s*,?\s*and\b", between)
                          and any(last.end <= p.span_start and p.span_end <= q.start + s0 for p in periods))
    in_another_basis = (q.kind == "percent" and last.unit == "%" and _BASIS_AND.fullmatch(between)
                        and _BASIS_AFTER.match(text, q.end + s0))
    in_a_list = (q.kind == "number" and q.has_scale and len(between) <= 60 and _CONTINUATION.search(between)
                 and last.unit in ("units", "USD"))
    # "capital equipment ... were $27.9 million ..., which are in line with our expectations of spending roughly $35 million"
    measured_against = (len(between) <= 120 and (q.kind, last.unit) in (("money", "USD"), ("percent", "%"))
                        and _EARLIER_ESTIMATE.search(between) and not _names_a_measure(between))
    return ((last.metric, last.unit, MAX_TRIGGER_DISTANCE, None)
            if for_another_period or in_another_basis or in_a_list or measured_against else None)


# "a sales increase ... of 0% to 2% in US dollars and 1% to 3% in local currency": the same rate on another basis
_BASIS = (r"(?:in|on|at)\s+(?:an?\s+)?(?:us\s+dollars?|dollars?|local\s+currenc(?:y|ies)|constant\s+currenc(?:y|ies)"
          r"|reported\s+basis|reported\s+terms|dollar\s+terms)")
_BASIS_AND = re.compile(rf"\s*(?:{_BASIS})?\s*,?\s*and\s+", re.I)
_BASIS_AFTER = re.compile(rf"\s*{_BASIS}\b", re.I)


def _names_a_measure(text: str) -> bool:
    """"operating income to increase 4% to 6%, up from a previous range of 3% to 5%": another measure is talked about."""
    return bool(metrics_named(text) or word_pattern(cues().other_measures).search(text))


# "We hope to exceed that $425 million": an amount said again, pointed at.
_POINTED_AT = re.compile(r"\b(?:that|this|the)\s+(?:approximately\s+|roughly\s+|about\s+)?$", re.I)
_GUIDED = re.compile(r"\b(?:guidance|guiding|guide|outlook)\b", re.I)


def amount_key(qualifier: str, value: float | None, low: float | None, high: float | None) -> tuple:
    """What identifies an amount said again: a range's ends, else its one value."""
    return ("range", low, high) if qualifier == "range" else ("one", value)


def _said_before(said: dict[tuple, Figure], q: Quantity, sentence: str, spoken: list[str], last: Figure | None) -> Figure | None:
    """The guidance management gave earlier in the call with the very amount this sentence points at
    ("that $425 million", "the $1.5 billion"), when nothing in the sentence names a metric for it:
    the sentence goes on about that guidance. So does guiding to that very amount again ("we're
    continuing to guide greater than $250 million"), or saying again the amount the turn just gave
    ("we believe that will be $3.8 million. So $3.8 million over the next 12 months")."""
    value, low, high, qualifier = _bounds(q)
    earlier = said.get(amount_key(qualifier, value, low, high))
    if not earlier or earlier.kind != "guidance" or earlier.unit not in spoken:
        return None
    if earlier is last and q.kind == "money" and earlier.qualifier == qualifier:
        # (money: a segment "also planned to up between 5% and 10%" is its own figure; said as such: "a cash
        return earlier  # level of $2.5 billion ... cash over $2.5 billion is excess cash" is a threshold)
    pointed = (_POINTED_AT.search(sentence[max(0, q.start - 30) : q.start])
               or _GUIDED.search(sentence[max(0, q.start - 40) : q.start]))
    if not pointed or q.kind != "money" and (q.qualifier != "range" or _names_a_measure(sentence)):
        return None  # a percentage pointed at is as often a share or a rate of something else (not a range said again)
    return earlier


# What makes growth other than organic: "in US dollars", "on a reported basis", "including the acquisition"
_NOT_ORGANIC = re.compile(r"\b(?:reported|dollars?|currenc\w*|fx|acquisitions?|acquired)\b", re.I)


def _organic_said_again(metric: str, kind: str, amount: tuple, said: dict[tuple, Figure], sentence: str) -> str:
    """"We expect organic revenue to be flat to down 2%" ... "we're projecting revenue to be flat to down 2% in 2020":
    the organic outlook's range said again as plain revenue growth is the same organic rate."""
    earlier = said.get(amount) if metric == "revenue_growth" and kind == "guidance" and amount[0] == "range" else None
    if earlier and earlier.metric == "organic_revenue_growth" and earlier.kind == "guidance" and not _NOT_ORGANIC.search(sentence):
        return "organic_revenue_growth"
    return metric


_TO_SHAREHOLDERS = re.compile(r"^\s*(?:of\s+cash\s+)?to\s+(?:our\s+)?(?:share|stock)holders\b", re.I)
_DIVIDENDS = re.compile(r"\bdividends?\b", re.I)
_BUYBACKS = re.compile(r"\b(?:buybacks?|repurchas\w*)\b", re.I)  # a program's name: "bought back $55 million" is an amount of its own


def _returned_both_ways(sentence: str, q: Quantity) -> bool:
    """"we will return around $900 million to shareholders, both in the form of our dividend, and our
    share repurchase program": the total returned is neither the dividends nor the buybacks."""
    return bool(_TO_SHAREHOLDERS.match(sentence[q.unit_from :]) and _DIVIDENDS.search(sentence)
                and _BUYBACKS.search(sentence))


# "record free cash flow, 25% greater than our previous high"
_COMPARED_AFTER = re.compile(r"\s*(?:greater|higher|lower|more|less|above|below|better|worse)\b", re.I)


def _growth_of_another_measure(in_sentence, start: int, end: int, trigger: tuple[int, int] | None, spoken: list[str], text: str) -> bool:
    """"we now expect diluted EPS to increase between 5% to 8% ... stronger top line", "record free cash
    flow, 25% greater than our previous high": a percentage said as the change or comparison of a
    measure nearer than the chosen trigger, and which no percentage measures, is that measure's growth
    (not in the taxonomy), not the farther metric's."""
    if "%" not in spoken:
        return False
    for m in in_sentence:
        if m.label != "METRIC" or m.end > start or (trigger and trigger[0] >= m.end and trigger[1] <= start):
            continue
        between = text[m.end : start]
        changed = _GROWTH_WORD.search(between) or _COMPARED_AFTER.match(text, end)
        if (len(between) < 60 and not CLAUSE_BREAK.search(between) and changed
                and not any(metrics()[m.key].named_by(unit) for unit in spoken)):
            return True
    return False


# "$579 million or 7% increase in average gas plant": the growth of what it names
_GROWTH_OF_A_THING = re.compile(rf"\s*(?:{_CHANGE_NOUNS})\s+(?:in|of)\s+(?!(?:19|20)\d\d|'\d\d|fiscal|fy|q[1-4]|h[12]"
                                r"|this|next|last|each|every|the\s+(?:first|second|third|fourth|back|front|quarter|year|coming|next|current|period))", re.I)


def _growth_of_last_metric(metric: str | None, q: Quantity, spoken: list[str], sentence: str, in_sentence,
                           about_a_segment: bool):
    """A growth rate said right after a figure, in a sentence naming no metric ("nearly 15 GWh
    in 2023 ... So, tremendous year-over-year growth, triple digits", "approximately $425 million
    or 12% growth"), is that metric's growth; in a sentence about a segment, after a growth rate
    ("sales to grow 5% ... Engine is also planned to up between 5% and 10%"), another one of the same."""
    if metric in _growth_metrics() and about_a_segment:
        growth = metric
    else:
        growth = metrics()[metric].percent_metric if metric else None
    names_measure = any(m.label in MEASURES for m in in_sentence)
    if growth and spoken == ["%"] and not names_measure and _GROWTH_WORD.search(sentence) \
            and not _GROWTH_OF_A_THING.match(sentence, q.unit_from) and not _AN_AMOUNT_GREW.search(sentence, 0, q.start):
        return growth, "%", MAX_TRIGGER_DISTANCE, None
    return None


# "we're at about 32,000 lots ... I'd also say that 32,000 is up about 18%": the growth of the amount said, which
# may be of something no metric tracks
_AN_AMOUNT_GREW = re.compile(r"\d\s*(?:thousand|million|billion)?\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:up|down)\s+"
                             r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


_GUIDANCE_TALK = re.compile(r"\b(?:guidance|range|midpoint|outlook)\b", re.I)


def _guidance_named_before(named, q: Quantity, spoken: list[str], sentence: str, in_sentence):
    """Amounts in a sentence that names no measure but talks about the guidance, right after a
    sentence that named a metric: "... our adjusted cash flow guidance for 2021. So the guidance
    went from $775 million to a newly revised range of $850 million to $925 million." """
    if not (_GUIDANCE_TALK.search(sentence) or word_pattern(cues().guidance).search(sentence[: q.start])):
        return None
    return _named_elsewhere(named, q, spoken, in_sentence)


_IT_IS = re.compile(r"\b(?:it|that|this)(?:'s|\s+is|\s+was|\s+will\s+be|\s+should\s+be)\b", re.I)


def _ratio_said_of_it(named, q: Quantity, spoken: list[str], sentence: str, in_sentence, s0: int):
    """"... maintaining capex where it is. Look, it's a 5% to 6% of revenues": a percentage of sales said of "it",
    right after a sentence that named a metric taken as one."""
    if named is None or "% of sales" not in spoken or not _IT_IS.search(sentence, 0, q.start):
        return None
    unit = named.unit_for("% of sales")
    if unit is None or any(m.label in MEASURES and m.start < s0 + q.start for m in in_sentence):
        return None
    return named.name, unit, MAX_TRIGGER_DISTANCE, None


def _rate_asked(asked, q: Quantity, spoken: list[str], in_sentence):
    """A percentage answering a question about a rate ("Good tax rate to assume moving forward?" "I
    would say in the neighborhood of 25%"). A percentage answering a question about growth is as
    often some other thing's growth, so only levels (a tax rate, a margin) are taken."""
    if asked is None or q.kind != "percent" or _is_change(asked.name, "%"):
        return None
    return _named_elsewhere(asked, q, spoken, in_sentence)


_THE_RATE = re.compile(r"\b(?:the|this|that|our)\s+(?:(?:effective|underlying|normalized|adjusted|annual)\s+)?rate\b", re.I)
_TAX = re.compile(r"\btax\b", re.I)


def _rate_said_again(last_metric: str | None, q: Quantity, spoken: list[str], sentence: str, in_sentence):
    """"The rate" of a percentage is the tax rate the turn just gave ("Our effective tax rate ... was 26.5%
    this quarter ... We expect this rate excluding these items to be between 23% and 25%") or the sentence
    talks about ("The tax assumption is more complicated than normal, but we expect the rate to be
    approximately 24% to 25% in 2021")."""
    said = list(_THE_RATE.finditer(sentence, 0, q.start))
    if q.kind != "percent" or not said or not (last_metric == "tax_rate" or _TAX.search(sentence, 0, said[-1].start())):
        return None
    return _named_elsewhere(metrics()["tax_rate"], q, spoken, in_sentence)


def _named_elsewhere(metric, q: Quantity, spoken: list[str], in_sentence):
    """The metric named outside a sentence that names no measure itself, for its amount of money or
    percentage, in the metric's own first unit ("$2.25 per share" after "cost savings" is EPS)."""
    if metric is None or q.kind not in ("money", "percent") or any(m.label in MEASURES for m in in_sentence):
        return None
    unit = next((metric.unit_for(u) for u in spoken if metric.unit_for(u) == metric.units[0]), None)
    return (metric.name, unit, MAX_TRIGGER_DISTANCE, None) if unit else None


_CENTS_RANGE = re.compile(r"\$\d{1,2}\.\d\d\s*(?:to|-|–|and)\s*\$?\d{1,2}\.\d\d")
_UNIT_COSTS = re.compile(r"\b(?:costs?|expenses?|tax(?:es)?|rate|price|G\s*(?:and|&)\s*A|per\s+unit)\b", re.I)


def _guided_in_cents(q: Quantity, sentence: str) -> bool:
    """"guidance in the range of $1.25 to $1.31": an outlook in dollars and cents is per share, unless
    it is a unit cost ("LOE cost on a unit basis ... our prior annual guidance of $0.21 to $0.25")."""
    before = sentence[: q.start]
    return (q.kind == "money" and q.qualifier == "range" and bool(_CENTS_RANGE.fullmatch(q.text))
            and bool(_GUIDED.search(before)) and not _UNIT_COSTS.search(before))


def _per_share_guidance(q: Quantity, sentence: str, in_sentence, text: str, s0: int):
    """"we reaffirm guidance for continuing operations in the range of $2.25 per share to $2.45 per
    share": guidance said per share, or as a range in dollars and cents, naming no measure here or
    in the sentence before (a REIT's "funds from operations"), is earnings per share."""
    if any(m.label in MEASURES for m in in_sentence) or not _GUIDANCE_TALK.search(sentence):
        return None
    if not (_PER_SHARE.match(sentence[q.unit_from : q.unit_from + 40]) or _guided_in_cents(q, sentence)):
        return None
    if word_pattern(cues().other_measures).search(last_sentence(text[max(0, s0 - 400) : s0])):
        return None
    return "eps", "USD/share", MAX_TRIGGER_DISTANCE, None


def _adjusted(metric, sentence: str, q: Quantity, next_amount: int, adjusted_basis: bool) -> str:
    """The adjusted metric when the words say so: "adjusted" earlier in the sentence, "organically"
    right after the figure, or (for EPS said plainly) a call whose figures are all adjusted."""
    if not metric.adjusted_metric:
        return metric.name
    before, after = sentence[: q.start], sentence[q.unit_from : next_amount]
    # "adjusted diluted EPS to range from $1.49 to $1.63 and our GAAP diluted EPS ... $1.44": the last basis said
    since_gaap = max((m.end() for m in _GAAP.finditer(before)), default=0)
    if metric.adjusted_by and word_pattern(metric.adjusted_by).search(before, since_gaap):
        return metric.adjusted_metric
    if metric.adjusted_after and re.match(metric.adjusted_after, after, re.I):
        return metric.adjusted_metric
    if metric.call_basis and adjusted_basis and not _GAAP.search(before):
        return metric.adjusted_metric
    return metric.name


_GAAP = re.compile(r"(?<!non-)\bgaap\b|\breported\b", re.I)


def _vetoed(metric, text: str, trigger: Match, start: int, end: int) -> bool:
    if not metric.veto:
        return False
    around = text[max(0, min(trigger.start - 40, start - 40)) : max(trigger.start, end) + 30]  # "advertising investments of $20 million"
    return bool(word_pattern(metric.veto).search(around))


def _bounds(q: Quantity) -> tuple[float | None, float | None, float | None, str]:
    if q.qualifier == "range":
        return None, q.low, q.high, "range"
    if q.qualifier == "at_least":
        return q.value, q.value, None, "at_least"
    if q.qualifier == "up_to":
        return q.value, None, q.value, "up_to"
    return q.value, None, None, q.qualifier


# "EPS was $4.10, well over the $3.82 of a year ago", "an increase of 3.5% over the $135.5 million": the
# second amount is what the first is compared with, not a floor ("well above the 20% growth target" is one)
_OVER_THE = re.compile(r"\b(?:over|above|more\s+than|greater\s+than|beyond)\s+(?:the|that)\s+$", re.I)


def _over_another_amount(sentence: str, q: Quantity, quantities: list[Quantity]) -> bool:
    return bool(_OVER_THE.search(sentence, max(0, q.start - 30), q.start)) and any(
        o.end <= q.start and q.start - o.end <= 60 and not _STRONG_BREAK.search(sentence, o.end, q.start) for o in quantities)


def _negate(value, low, high):
    """A reduction or a loss: negative, with bounds mirrored so low <= high."""
    neg = lambda x: None if x is None else -x or 0.0  # noqa: E731  ("down 2% to flat" ends at 0, not -0)
    return neg(value), neg(high), neg(low)


def _continues_a_decline(found: list[Figure], text: str, start: int) -> bool:
    """"down 6% from the fourth quarter and 10% year-over-year": the second change is a decline too."""
    if not found or not _is_change(found[-1].metric, found[-1].unit) or not (found[-1].value or 0) < 0:
        return False
    return bool(re.fullmatch(r"[^.;%]{0,40}\band\s+", text[found[-1].end : start]))


# "a 4% to 5% organic revenue decline", "a 35% reduction in global headcount"
_DECLINE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:decline|decrease|contraction|drop|reduction|lower)\b", re.I)


# "down 3%", "a decline of 3%", "reduced our full-year non-GAAP tax rate by 200 basis points"
_DECLINE_BEFORE = re.compile(
    r"(?:\b(?:down|declined?|decreased?|fell|lower|contracted|shrank|dropped|a decline of|a decrease of|a reduction of)\s+"
    r"|\b(?:reduced?|reducing|lowered|lowering)\s+(?:[\w'&-]+\s+){1,5}?(?=by\s))"
    r"(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$", re.I)


# Words that say an amount is a change: "increased our headcount by 3%", "a 35% reduction in global headcount",
# "up 3%" (not "the 76,000 employees that make up Team McKesson").
_CHANGE_WORD = re.compile(r"\b(?:grow|grew|growth|increas|decreas|declin|reduc|cut|eliminat|add|hir|lay|rais|lower|shr[ai]nk"
                          r"|expan|doubl|tripl|(?:up|down)\s+(?:by\s+)?(?:about\s+|approximately\s+|nearly\s+|over\s+)?[\d$])", re.I)


# "workforce from 1,200 to almost 1,500 people": levels of what changed.
_A_LEVEL_OF_A_CHANGE = re.compile(r"\b(?:from|to)\s+(?:about\s+|approximately\s+|almost\s+|nearly\s+|over\s+|roughly\s+)?$", re.I)


def _said_as_change(sentence: str, q: Quantity, trigger: tuple[int, int] | None, s0: int, next_amount: int) -> bool:
    """A change word around the amount, or between it and the trigger naming it (up to the next amount)."""
    if q.paired or _A_LEVEL_OF_A_CHANGE.search(sentence, max(0, q.start - 20), q.start):
        return False
    start, end = q.start, q.end
    if trigger is not None:
        start, end = min(start, trigger[0] - s0), max(end, trigger[1] - s0)
    return bool(_CHANGE_WORD.search(sentence, max(0, start - 30), min(end + 20, max(next_amount, q.end + 20))))


def _is_change(metric: str, unit: str) -> bool:
    """A growth rate or a change in basis points, whose direction the words around it give."""
    return unit == "bps" or (unit == "%" and metric in _growth_metrics())


@cache
def _growth_metrics() -> frozenset[str]:
    return (frozenset(m.percent_metric for m in metrics().values() if m.percent_metric)
            | {m.name for m in metrics().values() if m.change} | {"organic_revenue_growth"})


_COMPARISON = r"compared?\s+(?:to|with)|versus|vs\.?|relative\s+to|against"  # words that set one amount against another


# "earnings per share ... was a loss of $0.48 compared to a loss of $0.51", "a $615 million loss or $2.66 per
# share", "compared to net income of $1.6 million, or $0.03 per diluted share": the nearer of a loss and a
# profit said since the last comparison, and only just before the amount ("earnings, after the loss of a
# customer, were $2.10" are earnings).
_LOSS_OR_PROFIT = re.compile(r"\b(?:(?P<loss>loss(?:es)?|lost)|income|earnings|eps|profit|positive)\b", re.I)
_LOSS_AFTER = re.compile(r"\s*(?:net\s+)?loss\b", re.I)
_SINCE_COMPARED = re.compile(rf"\b(?:{_COMPARISON})\b|[;:]|\s--\s", re.I)


def _said_as_a_loss(sentence: str, q: Quantity) -> bool:
    if _LOSS_AFTER.match(sentence, q.unit_from):
        return True
    since = max((m.end() for m in _SINCE_COMPARED.finditer(sentence, 0, q.start)), default=0)
    said = list(_LOSS_OR_PROFIT.finditer(sentence, since, q.start))
    return bool(said) and said[-1]["loss"] is not None and q.start - said[-1].end() <= 50


def _is_negative(metric: str, sentence: str) -> bool:
    phrases = metrics()[metric].negative
    return bool(phrases) and bool(word_pattern(phrases).search(sentence))


# "down 35% from a record prior-year quarter", "down by 35% against the prior year quarter", "almost flat to prior year",
# "down 2% to up 1% to last year"
_BASELINE = re.compile(rf"(?:\b(?:{_COMPARISON})|compared? back (?:to|with)|\bfrom|\bflat (?:with|to)|than|over|beyond|(?:%|\bpercent)\s+to|in\s+line\s+with)\s+"
                       r"(?:in\s+)?(?:our\s+|the\s+|a\s+|last\s+year's\s+)?(?:record\s+)?(?:fiscal\s+|full[- ]year\s+)?$", re.I)


# "... to be about $1 billion, well above results in the second quarter last year": what the figure is set against
# (but "16% above the 2020 baseline of $18.50" dates the baseline amount said after it).
_ABOVE_OR_BELOW = re.compile(r"\b(?:above|below)\s+(?:the\s+|our\s+)?(?:(?:results?|levels?|performance)\s+(?:in|of|for)\s+(?:the\s+)?)?$", re.I)


# "the guidance that we issued in February" dates an act, not the figure.
_ACT_DATE = re.compile(r"\b(?:issued|announced|gave|given|provided|introduced|initiated|shared|discussed|mentioned|said|estimate|call|disclosures?|disclosed)"
                       r"\s+(?:it\s+|them\s+|that\s+|this\s+)?(?:back\s+)?(?:(?:in|on|at)\s+(?:our\s+|the\s+)?)?$", re.I)


# "our growth capital guidance provided on our fourth-quarter 2020 earnings call": the time of a call.
_A_CALL_AFTER = re.compile(r"\s*(?:earnings\s+|conference\s+)*call\b", re.I)


def _may_date_a_figure(p: Period, text: str) -> bool:
    before = text[max(0, p.span_start - 30) : p.span_start]
    if _ACT_DATE.search(before) and _NAMED_AS_GUIDANCE.match(text, p.span_end):
        return True  # "we've also introduced second quarter guidance of $0.48 to $0.58"
    return not (_BASELINE.search(before) or _ACT_DATE.search(before) or _A_CALL_AFTER.match(text, p.span_end)
                or _SUPERLATIVE_OF.search(before))


# "gross margin to be the lowest for the year, down 100 to 150 basis points": the year is what the quarter is
# compared within, not the figure's period (but "the highest adjusted first quarter earnings" is of the quarter).
_SUPERLATIVE_OF = re.compile(r"\b(?:lowest|highest|strongest|weakest|best|worst|biggest|largest|smallest)\s+(?:[\w-]+\s+)?"
                             r"(?:for|of|in)\s+(?:the\s+)?$", re.I)


# "$25 million to $28 million compared to a prior range of ... and actual expenditures of $19 million in fiscal 2020"
_COMPARED = re.compile(rf"\b(?:{_COMPARISON}|from|over\s+the|than|on\s+top\s+of)\b", re.I)


_AND_A_PLAN = re.compile(r"\band\s+(?:we\s+)?(?:plan|expect|intend|anticipate|aim|will)\w*\b", re.I)


_ASIDE = re.compile(r",\s*(?:with|including)\b|\bof which\b", re.I)


# "down 5% to 10% as the lower level of sales we experienced in the second half of 2019 continues": a time
# after a past verb of its own dates what that verb says.
_PAST_CLAUSE = re.compile(r"\b(?:as|while|since|because|given|after)\s+(?:the|our|a|an|this|that|these|those)\s+(?:[\w-]+\s+){1,6}?"
                          r"(?:that\s+|which\s+)?(?:we|they)\s+(?:\w+ed|saw|had|did|made|grew|took)\b", re.I)


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


_A_RESULT_AFTER = re.compile(r"\s*(?:performance|results?)\b", re.I)


def _why_revised(p: Period, start: int, text: str) -> bool:
    """The time of what led to a revision, said before it: "our stellar first half performance ... give us confidence
    in again raising our earnings framework to reflect ... $260 million to $280 million"."""
    return (p.span_end <= start and bool(_A_RESULT_AFTER.match(text, p.span_end))
            and bool(re.search(_REVISION, text[p.span_end : start], re.I)))


# "over our record 2019 EPS of $3.55", "above the 2020 baseline of $18.50": the time of the amount named after it
_THE_AMOUNT_SAID_OF = re.compile(r"\s+(?:(?!(?:and|or|to|from|with|in|for|by|at|on|a|an|the|was|were|is|are|of)\b)[\w-]+\s+){1,4}?"
                                 r"of\s+(?:about\s+|approximately\s+)?", re.I)


def nearest_period(periods: list[Period], start: int, end: int, text: str, later_amounts: tuple[int, ...] = (),
                   earlier_amounts: tuple[int, ...] = ()) -> Period | None:
    """The time phrase that dates the figure: the nearest, a following one preferred, never a
    baseline ("grow 75% higher from 2023") nor one that dates a later amount in an aside
    ("annualized savings of about $8 million, with about $5 million landing in fiscal '22") or an earlier result
    ("2019 GPF sales exceeded $250 million and we are well on our way to ... $500 million") or a
    comparison ("$25 million compared to ... $19 million in fiscal 2020", "12.3% of sales increased
    80 basis points compared to 11.5% of sales in the prior year")."""
    targets = [p for p in periods if _may_date_a_figure(p, text) or _THE_AMOUNT_SAID_OF.fullmatch(text, p.span_end, start)]
    if not targets:
        return None
    next_amount = later_amounts[0] if later_amounts else None

    def cost(p: Period) -> int:
        # "Q4 operating margin was 22.1% and full year margin was 23.2%": "and" leads to the next figure's period.
        after_and = p.span_start >= end and re.search(r"\band\b|,\s*with\b", text[end : p.span_start])
        if any(p.span_start >= a and (_ASIDE.search(text[end:a]) or _COMPARED.search(text[end:a])) for a in later_amounts):
            return 1000
        if p.span_start >= end and _PAST_CLAUSE.search(text, end, p.span_start):
            return 1000
        if _dates_an_earlier_result(p, start, text, earlier_amounts) or _why_revised(p, start, text):
            return 1000
        if REASON.search(text[end : p.span_start] if p.span_start >= end else text[p.span_end : start]):
            return 1000  # "compared to $361.1 million a year ago, reflecting a 5.5% organic sales gain"
        if p.span_start >= end and _ABOVE_OR_BELOW.search(text, max(end, p.span_start - 40), p.span_start):
            return 1000
        if p.span_start >= end and _WHICH_WE_PLAN.search(text, end, p.span_start):
            return p.span_start - end  # "$500 million of repurchase authorization ..., which we intend to utilize by June 1"
        if after_and and next_amount is not None and p.span_end <= next_amount:
            return 1000  # "the corporate tax rate to be about 20% and Q1 corporate costs to be about $20 million"
        if after_and and next_amount is not None and p.span_start >= next_amount and _AND_A_PLAN.search(text, end, next_amount):
            return 1000  # "We have repurchased $363 million and plan to do another $1 billion over the next 12 months"
        return gap_between(p.span_start, p.span_end, start, end, text) + (15 if p.span_end <= start else 0) + (60 if after_and else 0)

    best = min(targets, key=cost)
    return best if cost(best) < 200 else None


def _quarter_of_the_year(period: Period | None, periods: list[Period], trigger: tuple[int, int] | None, text: str,
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


def _reported_quarter_or_before(period: Period, when: CallTime) -> bool:
    """A quarter (or a day, or the twelve months to a quarter) that ended by the end of the quarter the call reports
    on. A year is left to the tense: a call's reported quarter may be mislabelled, and a year's outlook is said in
    its Q4 call."""
    reported_end = when.fiscal.quarter(when.fiscal_year, when.fiscal_quarter)[2]
    return period.end <= reported_end and period.end < when.call_date and (
        (period.end - period.start).days < 100 or period.label.startswith("TTM"))


def _before_reported_year(period: Period, when: CallTime) -> bool:
    """The period was over before the fiscal year the call reports on began: a past result."""
    return period.end < when.fiscal.year(when.fiscal_year)[0]


_THE_QUARTER = re.compile(r"\b(?:in|for|during)\s+the\s+quarter\b", re.I)


def _quarter_said(sentence: str, s0: int, when: CallTime, in_progress: bool) -> Period | None:
    """"Operating margin in the quarter is expected to be 13% to 13.5%": an outlook for "the quarter"
    is for the one under way when the call takes place; "For the quarter, revenue grew 35%": a
    result's is the one reported."""
    said = _THE_QUARTER.search(sentence)
    if not said:
        return None
    quarter = when.fiscal.quarter_of(when.call_date) if in_progress else (when.fiscal_year, when.fiscal_quarter)
    return Period(*when.fiscal.quarter(*quarter), s0 + said.start(), s0 + said.end())


def _quarter_a_year_after(periods: list[Period], end: int, text: str, when: CallTime) -> Period | None:
    """"comparable sales growth to be in the range of down 2% to up 1% to last year, which is on top of our 12.6%
    comparable sales growth in the fourth quarter of last year": an outlook set against a past quarter is for the
    same quarter a year on, when that is still to come."""
    said = [p for p in periods if p.span_start >= end and re.fullmatch(r"Q[1-4] .*", p.label)]
    if len(said) != 1 or not _COMPARED.search(text, end, said[0].span_start):
        return None
    this_year = quarter_a_year_on(said[0], when)
    return this_year if this_year.end > when.call_date else None


def _opening_period(periods: list[Period], first_amount: int, start: int, earlier_amounts: tuple[int, ...], text: str,
                    when: CallTime) -> Period | None:
    """The one time phrase said before any amount, which dates the whole outlook the sentence gives:
    "we are updating our full-year 2021 guidance as follows: ... revenues between 57 billion and 58 billion"."""
    opening = [p for p in periods if p.span_end <= first_amount and _may_date_a_figure(p, text)
               and not _dates_an_earlier_result(p, start, text, earlier_amounts) and not _why_revised(p, start, text)]
    if len({p.end for p in opening}) != 1 or _before_reported_year(opening[-1], when):
        return None
    return opening[-1]


# "stronger than we had expected" compares a result with a forecast, "we were able to generate" reports
# one, "6% on a reported basis" names a basis, "to improve from reported year-to-date levels" a
# baseline: none is a tense cue.
_NOT_A_TENSE = re.compile(r"\bthan\s+(?:we\s+|we'd\s+|we\s+had\s+|originally\s+|previously\s+|initially\s+|our\s+|the\s+)?(?:expected|anticipated|planned|forecast|guided)\b"
                          r"|\b(?:was|were)\s+able\s+to\s+\w+|\bto\s+be\s+(?:exact|precise|fair|clear|honest)\b"
                          # "the full-year guidance that we had out there has our revenue up 6%": when the outlook was given
                          r"|(?:(?<=guidance\s)|(?<=outlook\s)|(?<=forecast\s)|(?<=target\s))(?:that\s+|which\s+)?we(?:'d)?\s+(?:had|gave|provided|issued|put)\b"
                          r"|\b(?:on\s+an?\s+|as\s+)reported(?:\s+basis)?\b"
                          r"|\b(?:from|versus|vs\.?|over|than)\s+(?:the\s+|our\s+)?(?:reported\s+)?(?:year-to-date|last year|reported)\b", re.I)


# "the $500 million guidance for FY '22", "our $17 billion five-year capital program": the amount names an outlook
_NAMED_AS_GUIDANCE = re.compile(r"\s*(?:(?:fy|fiscal(?:\s+year)?)\s*'?\d{2,4}\s+|full[- ]year\s+|annual\s+|[\w-]+[- ]year\s+)?"
                                r"(?:guidance|outlook|target|guide|(?:capital|investment)\s+(?:program|plan|agenda|budget))\b", re.I)


# "slightly below our previously estimated range of", "in line with our expectations of spending roughly": the amount
# is the outlook the result is measured against
_EARLIER_ESTIMATE = re.compile(r"\b(?:(?:previous(?:ly)?|prior|original(?:ly)?|initial(?:ly)?|earlier)\s+(?:estimated\s+|expected\s+|guided\s+|forecast(?:ed)?\s+|stated\s+)?"
                               r"(?:range|estimate|guidance|outlook|target|goal|forecast|expectation)s?"
                               r"|(?:our|the)\s+(?:implied\s+)?(?:expected\s+(?:range|rate)|expectations?|guidance(?:\s+range)?|outlook)(?:\s+for\s+[\w-]+)?"
                               # "fall short of our free cash flow generation target of 90%", "exceeded the high end of our
                               # revenue outlook of $11.6 billion": a result measured against the outlook for its period
                               r"|(?P<result>(?:short\s+of|exceed\w*|above|below|beat|miss\w*|surpass\w*)\s+(?:the\s+(?:high|low|upper|lower)\s+end\s+of\s+)?"
                               r"(?:our|the)\s+(?:[\w&-]+\s+){0,4}?(?:target|goal|guidance|outlook))"
                               r"|(?:previously|originally|initially)\s+(?:estimated|expected|guided|forecast(?:ed)?|projected)\s+(?:it\s+|them\s+)?(?:at|to\s+be))"
                               r"\s+(?:range\s+)?(?:of\s+)?"
                               r"(?:spending\s+|investing\s+)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)


# "the $90 million that we'd already had", "$40 million already achieved"
_ALREADY_AFTER = re.compile(r"\s+(?:that|which)\s+(?:[\w']+\s+){0,2}?already\b|\s+already\s+(?:achieved|realized|delivered|in hand|captured)\b", re.I)


# "roughly $25 million in incremental savings on top of the 40 million in fiscal 2021"
_ON_TOP_OF = re.compile(r"\bon\s+top\s+of\s+(?:the\s+|our\s+|that\s+)?$", re.I)


# "a little less than $40 million left in the buyback, and we plan to execute it": what is done with the amount next
_KEPT_FROM_NOW_ON = re.compile(r"[^.;]{0,60}?\bwe\s+(?:anticipate|expect|plan|intend)\s+(?:to\s+)?(?:maintain(?:ing)?|keep(?:ing)?|"
                               r"execut(?:e|ing)|us(?:e|ing)|complet(?:e|ing)|utiliz(?:e|ing))\s+(?:that\s+level|this\s+level|it|them)\b", re.I)


# "were 54 million, within our expected range of 50 to 60 million": a result set against the outlook said next
_AGAINST = re.compile(r"\b(?:within|in\s+line\s+with|against|versus|vs\.?|compared\s+(?:to|with))\s+$", re.I)


def _a_result_measured_against(estimate: re.Match[str] | None, text: str, s0: int) -> bool:
    """The outlook said is set against a result ("fell short of our ... target of", "within our expected range of")."""
    return bool(estimate and (estimate.group("result") or _AGAINST.search(text, max(s0, estimate.start() - 30), estimate.start())))


def _kind(text: str, s0: int, start: int, end: int, period: Period | None, when: CallTime, ranged: bool) -> str:
    """Guidance or actual: a period over before the year reported on is past; an outlook a result is
    measured against is guidance; otherwise the nearest tense cue before the figure decides, then the
    period (still ahead, or already past), then the nearest cue after it; with none, actual."""
    call_date = when.call_date
    if period is not None and _before_reported_year(period, when):
        return "actual"  # "I will give you the $1.90 we reported in 2019": whatever the tense of the sentence
    if _EARLIER_ESTIMATE.search(text, max(s0, start - 60), start):
        return "guidance"  # "above our implied outlook for growth of approximately 3.5%" for the quarter reported
    if period is not None and _reported_quarter_or_before(period, when):
        # "rental income in Q3 up 29%" on the Q3 call, "we expect that our March 27, 2021 cash balance of
        # $144.7 million ... will be sufficient": whatever the tense, the time is over
        return "actual"
    if _NAMED_AS_GUIDANCE.match(text, end):
        return "guidance"  # "we exceeded the $500 million guidance for FY '22": the amount is the guidance
    if _KEPT_FROM_NOW_ON.match(text, end):
        return "guidance"  # "We did declare a $0.23 dividend, and currently, we anticipate maintaining that level"
    if _ALREADY_AFTER.match(text, end) or _ON_TOP_OF.search(text, max(s0, start - 20), start):
        return "actual"  # "on top of the $90 million that we'd already had": what is had already, whatever the tense
    before = _NOT_A_TENSE.sub(lambda m: " " * len(m.group()), text[s0:start])
    reason = [m.end() for m in REASON.finditer(before)]
    if reason:
        # "we expect to deploy $1.4 billion to dividends, reflecting our quarterly dividend of $1.12":
        # the tense before a reason is the outlook's, not the reason's
        before = " " * reason[-1] + before[reason[-1] :]
    guidance = [m.end() for m in word_pattern(cues().guidance).finditer(before)]
    actual = [m.end() for m in word_pattern(cues().actual).finditer(before)]
    if not actual:
        guidance += [m.end() for m in word_pattern(cues().guidance_nouns).finditer(before)]
    if not guidance:
        actual += [m.end() for m in word_pattern(cues().actual_nouns).finditer(before)]
    if guidance or actual:
        return "guidance" if max(guidance, default=-1) > max(actual, default=-1) else "actual"
    if period is not None:
        if period.start > call_date:
            return "guidance"
        if period.end < call_date:
            return "actual"
    after = _STRONG_BREAK.split(text[end : end + 80])[0]
    g_after = word_pattern(cues().guidance + ("going",)).search(after)
    a_after = word_pattern(cues().actual).search(after)
    if g_after and (not a_after or g_after.start() < a_after.start()):
        return "guidance"
    return "guidance" if ranged else "actual"  # results are said as one number; a range is an outlook


