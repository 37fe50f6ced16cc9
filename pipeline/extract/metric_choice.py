"""Which metric a sentence names for an amount: the trigger phrase nearest it, or the list of figures it goes on
(metric_context.py reads the metric off the talk around a sentence that names none)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.kinds import EARLIER_ESTIMATE
from pipeline.extract.matching import (CHANGE_NOUNS, CHANGE_VERBS, CLAUSE_BREAK, DOLLARS, HEDGE, HEDGE_OR_BOUND, MEASURES,
                                       REASON, Match, another_measure, business_sized, gap_between, metrics_named, phrase,
                                       word_pattern)
from pipeline.extract.respectively import Respective
from pipeline.extract.subjects import PRODUCTS_SOLD, market_sold_in
from pipeline.extract.units import OF_NET_INCOME, OF_SALES
from pipeline.numbers import AMOUNT_SAID, Quantity
from pipeline.periods import Period
from pipeline.records import Figure
from pipeline.taxonomy import cues, metrics

Choice = tuple[str, str, int, tuple[int, int] | None]  # metric, unit, how far from the amount it is named, the trigger's span


# "sales in this market decreased from prior year by a bit more than expected 20%": the trigger's own verb says the
# change, however far before the amount
_ITS_CHANGE_VERB = re.compile(rf"[^,;.]{{0,40}}?\b(?:{CHANGE_VERBS}|(?:was|were)\s+(?:up|down))\b[^,;.%$]*", re.I)
GROWTH_WORD = re.compile(r"growth|grow|grew|increase|decrease|decline|\b(?:up|down|higher|lower|greater|flat|rose|fell|dropped)\b|doubl|triple|year-over-year"
                          r"|rebound|bounced back", re.I)


# Characters between a number and the phrase naming its metric; a metric read off the context (a list
# going on, the sentence before, a question) counts as named this far away.
MAX_TRIGGER_DISTANCE = 150


MAX_SENTENCE_DISTANCE = 400


_COMMON_UNITS = frozenset({"USD", "%", "units", "bps", "x"})


WEAK_PENALTY = 100


DERIVED_PENALTY = 30


# "SG&A expense as a percentage of home sale revenues": the trigger after it names the denominator of another ratio
_DENOMINATOR_BEFORE = re.compile(r"\bas\s+a\s+(?:percent|percentage|share|proportion)\s+of\s+(?:[\w&'-]+\s+){0,3}$", re.I)


# "13.3% of revenue", "1.8 times adjusted EBITDA": the trigger is the base of a share or a multiple, no amount of its own
_A_SHARE_OF_BEFORE = re.compile(r"\d\s*(?:(?:%|percent)\s+of|times|x)\s+(?:(?:total|net|our|the|segment|consolidated)\s+){0,2}$", re.I)
# (unless the trigger is a change said as a noun: "5.5% of organic growth")
_A_CHANGE_NOUN = re.compile(rf"\b(?:{CHANGE_NOUNS})$")


# What stands between a trigger and the amount it names: "margins of 15.5%", "tax rate will be about 25%",
# "capex in the range of $400 million".
_NAMES_NEXT = re.compile(r"\s*(?:(?:of|at|was|were|is|are|will be|to be|should be|representing|accounting\s+for|making\s+up)"
                         r"(?:\s+(?:in\s+)?(?:the|a)\s+range\s+of|\s+between)?"
                         r"|(?:in\s+)?(?:the|a)\s+range\s+of|between)"
                         rf"\s*{HEDGE_OR_BOUND}", re.I)


# An amount the trigger right after it names: "21% OI margin", "$4 billion revenue"
_AN_AMOUNT_NAMED_BY_IT = re.compile(r"\$?[\d.,]+\s*(?:%|percent|basis\s+points|bps|thousand|million|billion)?\s+", re.I)


def metric_named(q: Quantity, s0: int, text: str, in_sentence, periods: list[Period], spoken: list[str], next_amount: int,
                 found: list[Figure], guided_before: str | None, question: str) -> Choice | None:
    """The metric the sentence itself gives an amount: the business it is the size of ("a $500 million plus GPF
    business"), the trigger that names it nearest, or the list of figures it goes on."""
    start, end = q.start + s0, q.end + s0
    return (_size_of_a_business(q, text, start, end)
            or _metric_for(in_sentence, start, end, spoken, text, next_amount, guided_before, question)
            or _continuing(found, q, spoken, s0, text, periods))


def _size_of_a_business(q: Quantity, text: str, start: int, end: int) -> Choice | None:
    """"a $500 million plus GPF business": the revenue of the business."""
    sized = business_sized(text, start, end) if q.kind == "money" else None
    return ("revenue", "USD", 0, (end, sized.end())) if sized else None


def listed_metric(paired: Respective, spoken: list[str]) -> Choice | None:
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


_EBITDA_BEFORE = re.compile(r"\bebitda\b[^.?!]*$", re.I)


def _weak_trigger_meant(m: Match, text: str, guided_before: str | None, question: str) -> str:
    """A bare word ("margins ... get back to the 40%") means the metric last named in full a few sentences
    before ("we'd get back to the 40% gross margins") or in the question answered ("Where do you think gross margin
    could be in fiscal '22?" ... "that margin expansion should be ... 100 to 200 basis points"), else the one
    management guided to the very amount earlier in the call, else the one it is most often short for."""
    names = _full_names(m.phrase)
    full_name = word_pattern(tuple(names))
    said = list(full_name.finditer(text, max(0, m.start - 1500), m.start)) or list(full_name.finditer(question))
    if said:
        return names[phrase(said[-1].group())]
    return guided_before if guided_before in names.values() else m.key


_PREPOSITION_AFTER = re.compile(r"\s*(to|of)\s", re.I)
_NEXT_AMOUNTS_OWN = re.compile(r"\S*\d[\d.,]*\s*(?:thousand|million|billion|%|percent)?\s+(to|of)\s+(?:[\w&'-]+\s+){0,3}", re.I)


def _said_in_parallel(text: str, end: int, next_amount: int, trigger_start: int) -> bool:
    """The amount and the next are each followed by the same preposition, and the trigger is the next one's."""
    own = _PREPOSITION_AFTER.match(text, end)
    theirs = _NEXT_AMOUNTS_OWN.fullmatch(text, next_amount, trigger_start)
    return bool(own and theirs and own.group(1).lower() == theirs.group(1).lower())


# "a 32% increase in our highest margin customer pay work", "higher-margin products": a margin that describes a thing
_MARGIN_AS_AN_ATTRIBUTE_BEFORE = re.compile(r"\b(?:high|higher|highest|low|lower|lowest|better|best)[- ]$", re.I)
_A_THING_AFTER = re.compile(r"\s+(?!(?:of|was|were|is|are|at|in|for|to|by|from|and|or|up|down|expansion|improvement|"
                            r"rate|level|percentage|profile)\b)[a-z]", re.I)


_OPENS_A_CLAUSE = re.compile(r"\s*,?\s*(?:and|but|while|whereas)\s+", re.I)
_CHANGED_BY = re.compile(rf"\b(?:{CHANGE_VERBS})(?:\s+by)?"
                         r"(?:\s+(?:about|approximately|roughly|nearly|over|more\s+than))?\s*[$]?$", re.I)


_A_NEW_CLAUSE = re.compile(r",\s+(?:we|i|they|you)\s+", re.I)


# "a decrease of 11% or in constant-currency terms, an 18% decrease", "an increase of 32% over the prior-year quarter or
# in constant currency terms, a 35% increase": the basis said after "or" opens the next amount's reading of the change
_AGAINST_A_TIME = r"(?:\s+(?:over|from|versus|compared\s+(?:to|with))\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:quarter|year|period))?"
_OR_ON_A_BASIS = re.compile(_AGAINST_A_TIME + r"\s*,?\s*or\s+(?:in\s+|on\s+(?:an?\s+)?|at\s+)?", re.I)
_THE_NEXT_AMOUNT = re.compile(r"[\w\s-]{0,15},?\s*(?:an?\s+|of\s+|by\s+)?[-$\d]", re.I)
# "sales were down 2% and flat organically", "an increase of 9% or flat year over year in constant-currency terms": the
# basis is the "flat"'s
_FLAT_ON_A_BASIS = re.compile(_AGAINST_A_TIME + r"\s*,?\s*(?:and|or|but)\s+(?:was\s+|were\s+)?flat\s+(?:year\s+over\s+year\s+)?"
                              r"(?:in\s+|on\s+(?:an?\s+)?)?", re.I)


_AN_AMOUNTS_OWN_BASIS = re.compile(r"\d\s*(?:%|percent)\s+(?:on\s+an?\s+|in\s+|at\s+)?$", re.I)
_ANOTHER_BASIS_AFTER = re.compile(r"\s*(?:on\s+an?\s+|in\s+|as\s+)?(?:reported|gaap|(?:u\.?s\.?\s+)?dollars?(?:\s+terms)?|nominal)\b",
                                  re.I)


def _plain_reading(name: str) -> str | None:
    """The metric whose reading on a basis `name` is: revenue growth for organic growth."""
    return next((m.name for m in metrics().values() if m.adjusted_metric == name), None)


def _another_readings_basis(text: str, end: int, basis: Match, next_amount: int) -> bool:
    """The basis said after the amount ending at `end` is another amount's ("a decrease of 5% or a decrease of 13% in
    constant-currency terms", "a decrease of 11% or in constant-currency terms, an 18% decrease") or a "flat"'s."""
    if basis.start >= next_amount:
        return True
    return basis.start >= end and bool(
        _OR_ON_A_BASIS.fullmatch(text, end, basis.start) and _THE_NEXT_AMOUNT.fullmatch(text, basis.end, next_amount + 1)
        or _FLAT_ON_A_BASIS.fullmatch(text, end, basis.start))


# "Our cash balance at quarter-end was $170 million, including restricted cash and we had $94.5 million sold forward",
# "we repurchased ... for $333 million and we received about $92 million in dividends from CNA"
_A_REASON_OPENS = re.compile(r"(?:\bgiven|\bdriven\s+by|\bdue\s+to|\bbecause\s+of|\bthanks\s+to)\s+(?:(?:the|our|a|an|this|that|these|those)\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.I)
_WE_HAD = re.compile(r"\b(?:and|but)\s+(?:we|they)\s+(?:also\s+)?(?:had|have|received)\b", re.I)


# Dollars said with where they come from, then again as a percentage: the percentage is that part's share too
_A_SOURCES_DOLLARS_RESTATED = re.compile(rf"{DOLLARS}\s+(?:from|related\s+to|due\s+to|attributable\s+to)\s+"
                                         rf"[^,;.\d$]{{0,60}}?\s+or\s+{HEDGE}$", re.I)


def _past_its_own_amount(text: str, trigger_end: int, start: int) -> bool:
    """The trigger's own amount was said, and this one comes in the reason given for it or in a clause on what
    else there was (not in what that amount "reflects": "net sales ... about $15.8 billion, which reflects
    year-over-year growth of 10%")."""
    reason = REASON.search(text, trigger_end, start) or _WE_HAD.search(text, trigger_end, start)
    return bool(reason and AMOUNT_SAID.search(text, trigger_end, reason.start())
                and not re.search(r"\bwhich\s+$", text[max(0, reason.start() - 10) : reason.start()]))


# "2020 capex is expected to be in the range of 4% to 5%": a measure said to be a bare percentage is that share of sales
_IS_A_LEVEL = re.compile(r"\s+(?:(?:is|are)(?:\s+(?:expected|anticipated|planned|projected)\s+to\s+be)?|will\s+be|to\s+be)"
                         r"(?:\s+(?:in\s+)?(?:the|a)\s+range\s+of|\s+between)?(?:\s+(?:about|approximately|around|roughly))?\s+", re.I)


def _a_share_of_sales_said_bare(metric, unit_spoken: str, m: Match, text: str, start: int) -> tuple[str, str] | None:
    unit = metric.unit_for("% of sales") if unit_spoken == "%" and m.label == "METRIC" else None
    return (metric.name, unit) if unit and _IS_A_LEVEL.fullmatch(text, m.end, start) else None


def _metric_for(in_sentence, start, end, spoken, text, next_amount, guided_before: str | None, question: str) -> Choice | None:
    """(metric, unit, distance, trigger span) from the nearest trigger whose metric fits a unit spoken;
    a trigger said after the next amount is that amount's ("8% at the midpoint and 8% organic growth").
    `guided_before`: the metric of the guidance management gave earlier with the very amount, if any; `question`:
    the question the turn answers."""
    ratios, namers = [], []
    for m in in_sentence:
        if _may_name_it(m, text, end):
            # "SG&A expense as a percentage of home sale revenues decreased ... to 11%": the ratio's, not revenue's
            (ratios if _DENOMINATOR_BEFORE.search(text, max(0, m.start - 60), m.start) else namers).append(m)
    readings = [r for m in namers for r in _readings(m, start, end, spoken, text, next_amount, guided_before, question)]
    if not readings:
        return None
    best = min(readings, key=lambda r: r[0])
    denominator = min(((gap_between(m.start, m.end, start, end, text, clause_penalty=60), m.start) for m in ratios),
                      default=(MAX_SENTENCE_DISTANCE, 0))
    if denominator[0] < best[3] and best[4][0] < denominator[1]:
        return None  # (but "As a percentage of revenues, the operating earnings margin of 25.1%" names the ratio)
    return None if _claimed_by_another_measure(best, in_sentence, start, end, spoken, text) else best[1:]


def _may_name_it(m, text: str, end: int) -> bool:
    """A metric's trigger that may name the amount ending at `end`, before distance is weighed."""
    if m.label not in ("METRIC", "WEAK"):
        return False
    if m.label == "WEAK" and m.key == "operating_margin" and _EBITDA_BEFORE.search(text, max(0, m.start - 120), m.start):
        return False  # "Adjusted EBITDA in Food of $158 million ... with margins at 21.5%": the EBITDA margin
    if m.label == "WEAK" and m.key == "operating_margin" and _A_THING_AFTER.match(text, m.end) \
            and _MARGIN_AS_AN_ATTRIBUTE_BEFORE.search(text, max(0, m.start - 10), m.start):
        return False  # "a 32% increase in our highest margin customer pay work": what is of high margin
    # what is sold is products, not "$200 million to $400 million of assets"
    return not (m.label == "WEAK" and m.key == "revenue" and not PRODUCTS_SOLD.match(text, end))


def _readings(m, start, end, spoken, text, next_amount, guided_before: str | None, question: str):
    """(rank, metric, unit, distance, trigger span) for each unit spoken that the trigger's metric takes and its words
    allow; the lowest rank of all triggers is the reading."""
    metric = metrics()[_weak_trigger_meant(m, text, guided_before, question) if m.label == "WEAK" else m.key]
    # (but "5.5% of organic growth" is that growth; "12.3% of sales increased 80 basis points" is a margin's rise)
    a_share_of_it = (not _A_CHANGE_NOUN.search(m.phrase)
                     and _A_SHARE_OF_BEFORE.search(text, max(0, m.start - 30), m.start))
    for unit_spoken in spoken:
        named = metric.named_by(unit_spoken) or _a_share_of_sales_said_bare(metric, unit_spoken, m, text, start)
        if named is None or a_share_of_it and unit_spoken != "% of sales":
            continue  # "SG&A ... compared to $93 million, or 13.3% of revenue": what revenue is, is not said
        name, unit = named
        if (m.phrase in metric.basis_triggers and m.end <= start and _ANOTHER_BASIS_AFTER.match(text, end)
                and _AN_AMOUNTS_OWN_BASIS.search(text, max(0, m.start - 30), m.start)):
            # "grew by plus 7.6% on an organic basis or plus 9.1% in dollar terms": the basis is the 7.6%'s, and the
            # 9.1% is said on another
            name = _plain_reading(name) or name
        if m.label == "WEAK" and unit_spoken == "% of sales":
            continue  # "investing about 6% of sales" may be research as well as capex
        said = m.phrase
        if (unit == "%" and metric.percent_triggers and said not in metric.percent_triggers
                or said in metric.ratio_triggers and unit_spoken != "% of sales"):
            continue
        distance = gap_between(m.start, m.end, start, end, text, clause_penalty=60)
        if m.start >= end and _A_NEW_CLAUSE.search(text, end, m.start):
            distance += 60  # "a midpoint of 2% on sales, ..., we do have gross margin improvement": another clause's
        if m.start >= end and re.search(r"\band\b", text[end : m.start]):
            distance += 30  # "dividends approaching $250 million and repurchasing ...": the number is the dividends
        if m.start >= end and _NAMES_NEXT.fullmatch(text, m.end, next_amount):
            # "... up 16% with adjusted operating margins of 15.5%", "liquidity ... was over $1.9 billion, with cash
            # and cash equivalents representing over $750 million": the next amount's
            continue
        if m.start >= end and _OPENS_A_CLAUSE.fullmatch(text, end, m.start) and _CHANGED_BY.search(text, m.end, next_amount):
            continue  # "... declined by 11% and sales to other end markets increased by 7.9%": the next clause's
        if m.start >= end and REASON.search(text, end, m.start):
            continue  # "increased 80 basis points ..., mainly driven by our gross margin expansion": the reason's
        if m.end <= start and _past_its_own_amount(text, m.end, start):
            continue  # "Inpatient revenues increased 20%, driven by a 17.5% admission growth": the reason's
        if m.end <= start and _A_SOURCES_DOLLARS_RESTATED.search(text, max(m.end, start - 120), start):
            continue  # "revenue increased ... and $5.9 million from the recent Renco acquisition or approximately 12.6%"
        if m.end <= start and "," in text[m.end : start] and _A_REASON_OPENS.search(text, max(0, m.start - 40), m.start):
            continue  # "working capital to be used, just given the top line growth as we're expecting, ... $200 million"
        if said in metric.basis_triggers and _another_readings_basis(text, end, m, next_amount):
            continue
        if said in metric.after_amount_triggers and not _names_the_amount_before(text, start, end, m):
            continue
        if m.start >= next_amount:
            if _said_in_parallel(text, end, next_amount, m.start) or _AN_AMOUNT_NAMED_BY_IT.fullmatch(text, next_amount, m.start):
                # "contributed $66 million to first quarter earnings and $96 million to adjusted EBITDA", "13% over
                # pre-pandemic levels, 21% OI margin"
                continue
            distance += 60
        distance += WEAK_PENALTY if m.label == "WEAK" else 0
        # A unit only a few metrics take ("GWh per year") finds its metric anywhere in the sentence.
        reach = MAX_TRIGGER_DISTANCE if unit_spoken in _COMMON_UNITS else MAX_SENTENCE_DISTANCE
        if distance > reach or _vetoed(metric, text, m, start, end):
            continue
        if name != metric.name and not (GROWTH_WORD.search(text[max(0, start - 40) : end + 40])
                                        or m.end <= start and _ITS_CHANGE_VERB.fullmatch(text, m.end, start)):
            continue  # a percentage near "sales" is its growth only when growth is said ("65% margins" is not)
        # A growth rate named directly ("organic growth outlook for net revenues to plus 6.5 to plus 7%")
        # is preferred to one read off a level's trigger ("net revenues") a little nearer.
        derived = DERIVED_PENALTY if name != metric.name else 0
        rank = (distance + derived, -(m.end - m.start), spoken.index(unit_spoken), name != metric.name)
        yield rank, name, unit, distance, (m.start, m.end)


def _claimed_by_another_measure(best: tuple, in_sentence, start: int, end: int, spoken, text: str) -> bool:
    """Whether a measure other than the best reading's metric names the amount."""
    # A measure outside the taxonomy named nearer to the number than the metric claims it; so does one
    # right after it when the metric's trigger is said before an "and" ("6% to 8% compound annual
    # sales growth and 12% to 15% compound annual EPS growth").
    trigger_start, trigger_end = best[4]
    joined = trigger_end <= start and re.search(r"\band\b", text[trigger_end:start])
    # "105% to 110% of net income": the measure a ratio is of names no measure of its own
    of_net_income = OF_NET_INCOME.match(text[end : end + 60]) if "% of net income" in spoken else None
    # (but "operating income ... $280 million to $340 million for a margin range of approximately 3.8% to 4.3%":
    # the margin said after the measure it is the ratio of is that ratio's)
    ratio_of = metrics()[best[1]].ratio_triggers
    # ("sales in the automotive market grew by 3%", "Sales to transportation customers bounced back 88%": the
    # market the sales are made in, or the customers they are made to, are no measure of the amount)
    others = [m for m in in_sentence if m.label == "OTHER" and not (m.start < trigger_end and trigger_start < m.end)
              and not (m.phrase == "market" and _said_in(text, m)
                       or m.phrase == "customers" and market_sold_in(text, (trigger_start, trigger_end), start))
              and not (of_net_income and end <= m.start < end + of_net_income.end())
              and not _in_an_aside(text, trigger_end, m, start)
              and not (m.end <= trigger_start and m.phrase in ratio_of)]
    other = min((gap_between(m.start, m.end, start, end, text, clause_penalty=60) for m in others
                 if m.end <= start or _names_the_amount(text, end, m.start)), default=None)
    if other is not None and (other < best[3] or joined and any(
            m.start >= end and _names_the_amount(text, end, m.start) for m in others)):
        return True
    if any(_makes_it_another_measure(m, best[4], text, best[1]) for m in in_sentence):
        return True
    # "$1.14 billion in revenues, $83 million in net income": a measure said right after the amount names it, even
    # when a metric's trigger holds it (net income is tracked only per share)
    if any(m.label == "METRIC" and m.start >= end and m.key != best[1] and m.phrase in cues().other_measures
           and _NAMED_RIGHT_AFTER.fullmatch(text, end, m.start) for m in in_sentence):
        return True
    # "10% to 12% operating margin, 15% EBITDA": a metric said right after the amount names it, though it
    # cannot take the amount's unit (an EBITDA margin is tracked by no metric)
    if any(m.label == "METRIC" and m.start >= end and m.key != best[1] and text[end : m.start].isspace()
           and all(metrics()[m.key].named_by(unit) is None for unit in spoken) for m in in_sentence):
        return True
    # "we increased our headcount by 3% and increased project work by 13%": what a verb said after an earlier
    # amount changes by this one is this one's measure, not the trigger said before that amount
    changed = _A_VERB_CHANGES_BY.search(text, max(trigger_end, start - 60), start)
    if changed and re.search(r"\d", text[trigger_end : changed.start()]):
        return True
    # "SG&A expenses for the third quarter were $160 million, a decrease of 7%, or in constant-currency terms":
    # a basis says how the last measure named grew, and that one is outside the taxonomy (not "sales ... 6%
    # in local currency, but were down by 2% organically": what a measure is said in is no measure); so does
    # one of the taxonomy that no percentage measures ("adjusted diluted EPS grew plus 15.8% organically")
    if any(phrase(text[trigger_start:trigger_end]) in m.basis_triggers for m in metrics().values()):
        named_before = [m for m in in_sentence if m.label in MEASURES and m.end <= min(start, trigger_start)
                        and not _said_in(text, m)]
        last = max(named_before, key=lambda m: m.end) if named_before else None
        if last and (another_measure(last) or last.label == "METRIC" and not any(
                metrics()[last.key].named_by(unit) for unit in spoken)):
            return True
    # "gross savings in fiscal '22 of 25 million and additional investments of 15 million": a weak trigger
    # right before the amount names it, if only as something the taxonomy does not track (but "gross
    # margins, margins were 43.6%" says the same measure again).
    trigger_said = text[trigger_start:trigger_end].lower()
    if any(m.label == "WEAK" and m.key != best[1] and trigger_end <= m.start and m.end <= start
           and _NAMES_NEXT.fullmatch(text, m.end, start) and text[m.start : m.end].lower() not in trigger_said
           for m in in_sentence):
        return True
    # "we delivered diluted net earnings per share of $3.22 versus $1.59 ..., an increase of 103%": a growth
    # rate read off a level's trigger is of a metric named between them that cannot take it.
    derived = best[0][-1]
    if derived and any(m.label == "METRIC" and m.key != best[1] and trigger_end <= m.start and m.end <= start
           and all(metrics()[m.key].named_by(unit) is None for unit in spoken) for m in in_sentence):
        return True
    return False


# "increased project work by", "reduced our overhead costs by": a measure a verb changes by the amount said next
_A_VERB_CHANGES_BY = re.compile(r"\b(?:increas|decreas|reduc|rais|lower|cut|improv|grow|grew|expand|shrink|shrank)\w*\s+"
                                rf"(?:our\s+|the\s+|its\s+|their\s+)?(?:[\w&-]+\s+){{1,3}}?by\s+{HEDGE}$", re.I)


# ("in", not "of": "107% of adjusted net income" is free cash flow's conversion, said of net income)
_NAMED_RIGHT_AFTER = re.compile(r"\s+in\s+(?:[\w-]+\s+)?", re.I)


def _makes_it_another_measure(m: Match, trigger: tuple[int, int], text: str, metric: str) -> bool:
    """"unit sales increased 22%", "the average selling price of homes delivered increased 6%": a measure outside the
    taxonomy that opens before the trigger it overlaps, or whose complement the trigger is, makes it another measure
    (but "of capital" does not in "$380 million of capital expenditures", nor "net earnings", an EPS trigger too, in
    "diluted net earnings per share of $3.22")."""
    if m.label != "OTHER" or m.phrase in metrics()[metric].triggers:
        return False
    if m.end <= trigger[0]:
        return bool(_OF_IT.fullmatch(text, m.end, trigger[0]))
    return (m.start < trigger[0] < m.end <= trigger[1]
            and text[m.start : trigger[0]].strip().lower() not in ("of", "in", "on", "for"))


_OF_IT = re.compile(r"\s+of\s+(?:the\s+|our\s+|its\s+)?", re.I)


_SAID_IN = re.compile(r"\b(?:in|at)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _said_in(text: str, m: Match) -> bool:
    """"sales in the automotive market", "6% in local currency": what a measure is said in, not a measure of it."""
    return bool(_SAID_IN.search(text, max(0, m.start - 30), m.start))


# "Diluted earnings per share, excluding losses ... on retirement of debt, increased 35% to $4.37": what an aside
# after the trigger leaves out names no measure of the amount
_ASIDE_OPENS = re.compile(r",\s*(?:excluding|including|before|after|net\s+of|adjusted\s+for)\b", re.I)


def _in_an_aside(text: str, trigger_end: int, m: Match, start: int) -> bool:
    return trigger_end <= m.start and m.end <= start and bool(_ASIDE_OPENS.search(text, trigger_end, m.start)) and (
        "," in text[m.end : start])


_AND_THEN = re.compile(r"\band\s+(?:then\s+)?$", re.I)
_CONTINUATION = re.compile(r"(?:\band\s+then|\band|\bthen|\bor|\bto|,)\s+(?:maybe\s+|probably\s+|even\s+)?$", re.I)


# What may stand between an amount and the measure after it that it is an amount of:
# "153 million shares", "$44 million of purposeful operating expense" (not "10% with currency").
_NAMES_THE_AMOUNT = re.compile(r"^\s*(?:of\s+|in\s+)?(?:(?!(?:with|and|to|for|while|as|is|are|was|were)\b)[\w-]+\s+){0,3}$", re.I)


def _names_the_amount(text: str, end: int, measure_start: int) -> bool:
    """The measure said at `measure_start`, after the amount ending at `end`, is what the amount is of (but not one a
    reason names: "EPS increased 22% to $1.27 on higher net earnings")."""
    return bool(_NAMES_THE_AMOUNT.match(text[end:measure_start])) and not REASON.search(text, end, measure_start)


def _continuing(found: list[Figure], q: Quantity, spoken: list[str], s0: int, text: str, periods: list[Period]):
    """A bare amount that continues a list ("7 million cars in a year or so and then 10 million")
    is another figure of the same metric and unit; so is a percentage said for another period
    ("tax rate for the first quarter ... approximately 15%, and for the full year, ... approximately 20%")."""
    if not found:
        return None
    last = found[-1]
    between = text[last.end : q.start + s0]
    # ("up from the 17.6% of 2020, exceeding the 19.2% of pre-pandemic 2019": each level of its own year)
    for_another_period = (q.kind == "percent" and last.unit == "%" and len(between) <= 80
                          and (re.match(r"\s*,?\s*and\b", between) or _ANOTHER_YEARS_SET_BESIDE.fullmatch(between))
                          and any(last.end <= p.span_start and p.span_end <= q.start + s0 for p in periods))
    in_another_basis = (q.kind == "percent" and last.unit == "%" and _BASIS_AND.fullmatch(between)
                        and _BASIS_AFTER.match(text, q.end + s0))
    in_a_list = (q.kind == "number" and q.has_scale and len(between) <= 60 and _CONTINUATION.search(between)
                 and last.unit in ("units", "USD") and last.unit in spoken)  # ("$363 million or 10.6 million shares")
    # "puts us at $544 million by year three and $636 million by year five", "up 90 basis points from last year and 310
    # basis points from 2019": each amount at its own time
    for_another_time = ((q.kind, last.unit) in (("money", "USD"), ("bps", "bps")) and last.unit in spoken and len(between) <= 60
                        and _AND_THEN.search(between)
                        and any(last.end <= p.span_start and p.span_end <= q.start + s0 for p in periods))
    # "capital equipment ... were $27.9 million ..., which are in line with our expectations of spending roughly $35 million"
    # ("4.1% of sales, which was slightly below our implied outlook of approximately 4.2%": what the margin is of names
    # no other measure)
    measured_against = (len(between) <= 120 and (q.kind, last.unit) in (("money", "USD"), ("percent", "%"))
                        and EARLIER_ESTIMATE.search(between) and not names_a_measure(OF_SALES.sub("", between, count=1)))
    return ((last.metric, last.unit, MAX_TRIGGER_DISTANCE, None)
            if for_another_period or in_another_basis or in_a_list or for_another_time or measured_against else None)


_ANOTHER_YEARS_SET_BESIDE = re.compile(r"\s+(?:of|in)\s+[\w' -]{2,20},\s+(?:exceeding|surpassing|beating|versus|vs\.?|compared\s+"
                                       r"(?:to|with)|and)\s+(?:the\s+)?", re.I)


# "a sales increase ... of 0% to 2% in US dollars and 1% to 3% in local currency": the same rate on another basis
_BASIS = (r"(?:in|on|at)\s+(?:an?\s+)?(?:us\s+dollars?|dollars?|local\s+currenc(?:y|ies)|constant\s+currenc(?:y|ies)"
          r"|reported\s+basis|reported\s+terms|dollar\s+terms)")


_BASIS_AND = re.compile(rf"\s*(?:{_BASIS})?\s*,?\s*and\s+", re.I)


_BASIS_AFTER = re.compile(rf"\s*{_BASIS}\b", re.I)


def names_a_measure(text: str) -> bool:
    """"operating income to increase 4% to 6%, up from a previous range of 3% to 5%": another measure is talked about."""
    return bool(metrics_named(text) or word_pattern(cues().other_measures).search(text))


def amount_key(qualifier: str, value: float | None, low: float | None, high: float | None) -> tuple:
    """What identifies an amount said again: a range's ends, else its one value."""
    return ("range", low, high) if qualifier == "range" else ("one", value)


# What makes growth other than organic: "in US dollars", "on a reported basis", "including the acquisition"
_NOT_ORGANIC = re.compile(r"\b(?:reported|dollars?|currenc\w*|fx|acquisitions?|acquired)\b", re.I)


def organic_said_again(metric: str, kind: str, amount: tuple, said: dict[tuple, Figure], sentence: str) -> str:
    """"We expect organic revenue to be flat to down 2%" ... "we're projecting revenue to be flat to down 2% in 2020":
    the organic outlook's range said again as plain revenue growth is the same organic rate."""
    earlier = said.get(amount) if metric == "revenue_growth" and kind == "guidance" and amount[0] == "range" else None
    if earlier and earlier.metric == "organic_revenue_growth" and earlier.kind == "guidance" and not _NOT_ORGANIC.search(sentence):
        return "organic_revenue_growth"
    return metric


# (and "returning more than $1.7 billion or 8% of our market cap to shareholders")
_TO_SHAREHOLDERS = re.compile(r"^\s*(?:of\s+cash\s+)?(?:,?\s*or\s+[^,.;]{0,40}?\s+)?to\s+(?:our\s+)?(?:share|stock)holders\b", re.I)


_DIVIDENDS = re.compile(r"\bdividends?\b", re.I)


_BUYBACKS = re.compile(r"\b(?:buybacks?|repurchas\w*)\b", re.I)  # a program's name: "bought back $55 million" is an amount of its own


def returned_both_ways(sentence: str, q: Quantity) -> bool:
    """"we will return around $900 million to shareholders, both in the form of our dividend, and our
    share repurchase program": the total returned is neither the dividends nor the buybacks."""
    return bool(_TO_SHAREHOLDERS.match(sentence[q.unit_from :]) and _DIVIDENDS.search(sentence)
                and _BUYBACKS.search(sentence))


# "record free cash flow, 25% greater than our previous high"
COMPARED_AFTER = re.compile(r"\s*(?:greater|higher|lower|more|less|above|below|better|worse)\b", re.I)


_BARE_GROWTH = re.compile(r"(?:organic|core)\s+(?:growth|increase|gain|decline|decrease)", re.I)


def growth_of_another_measure(in_sentence, start: int, end: int, trigger: tuple[int, int] | None, spoken: list[str], text: str) -> bool:
    """"we now expect diluted EPS to increase between 5% to 8% ... stronger top line", "record free cash
    flow, 25% greater than our previous high": a percentage said as the change or comparison of a
    measure nearer than the chosen trigger, and which no percentage measures, is that measure's growth
    (not in the taxonomy), not the farther metric's."""
    if "%" not in spoken:
        return False
    # ("adjusted diluted EPS of $1.58 represents plus 8.5% organic growth": named after the amount, the growth does not
    # say what grew, so the measure said before it did)
    bare_growth_after = trigger is not None and trigger[0] >= end and _BARE_GROWTH.fullmatch(text, trigger[0], trigger[1])
    for m in in_sentence:
        if m.label != "METRIC" or m.end > start or (trigger and trigger[0] >= m.end and trigger[1] <= start):
            continue
        between = text[m.end : start]
        changed = GROWTH_WORD.search(between) or COMPARED_AFTER.match(text, end) or bare_growth_after
        if (len(between) < 60 and not CLAUSE_BREAK.search(between) and changed
                and not any(metrics()[m.key].named_by(unit) for unit in spoken)):
            return True
    return False


def growth_of(metric: str) -> frozenset[str]:
    """The metrics a level metric's growth is: revenue's is its growth, or its organic growth."""
    return frozenset(filter(None, (metrics()[metric].percent_metric, "organic_revenue_growth" if metric == "revenue" else None)))


def adjusted(metric, sentence: str, q: Quantity, next_amount: int, bases: frozenset[str]) -> str:
    """The adjusted metric when the words say so: "adjusted" earlier in the sentence, "organically"
    right after the figure or opening the sentence, or a call that says all its figures are on that basis."""
    if not metric.adjusted_metric:
        return metric.name
    before, after = sentence[: q.start], sentence[q.unit_from : next_amount]
    # "adjusted diluted EPS to range from $1.49 to $1.63 and our GAAP diluted EPS ... $1.44": the last basis said
    since_gaap = max((m.end() for m in _GAAP.finditer(before)), default=0)
    if metric.adjusted_by and word_pattern(metric.adjusted_by).search(before, since_gaap):
        return metric.adjusted_metric
    if metric.adjusted_after and re.match(metric.adjusted_after, after, re.I):
        return metric.adjusted_metric
    opening = metric.adjusted_opening and re.match(metric.adjusted_opening, sentence, re.I)
    if opening and _the_opening_basis_reaches(sentence[opening.end() : q.start]):
        return metric.adjusted_metric
    # "sales declined 4.2% to $115 million, excluding sales from the QTI acquisition, sales declined 8.8%": a basis
    # opening the clause after a level (which it cannot be the basis of) is the next amount's
    after_a_level = metric.adjusted_opening and _CLAUSE_AFTER_A_LEVEL.search(before)
    if after_a_level and re.match(metric.adjusted_opening, after_a_level.group(1), re.I):
        return metric.adjusted_metric
    if metric.call_basis in bases and not _GAAP.search(before) and not (
            metric.call_basis == "organic" and _NOT_ORGANIC.search(sentence)):
        return metric.adjusted_metric
    return metric.name


_GAAP = re.compile(r"(?<!non-)\bgaap\b|\breported\b", re.I)
_CLAUSE_AFTER_A_LEVEL = re.compile(r"\d\s*(?:thousand|million|billion)(,[^\d,]+,[^\d,]+)$", re.I)


# "Globally, in constant-currency terms, device sales decreased by 10%, while masks and other sales increased by 4%":
# a basis the sentence opens with is of its first amount, and of one said in a clause set beside it (not "..., or 8%
# including acquisitions")
_BESIDE = re.compile(r",\s+(?:while|whereas)\b", re.I)
_ANOTHER_BASIS = re.compile(r"\b(?:reported|gaap|including|total|overall|nominal)\b", re.I)


def _the_opening_basis_reaches(between: str) -> bool:
    return not re.search(r"\d", between) or bool(_BESIDE.search(between)) and not _ANOTHER_BASIS.search(between)


# "ended the year with approximately $3 billion in cash.", "$27.8 million of cash resulting in net debt of $9.2 million",
# "$70 million of cash and $400 million of availability"; not "$1.4 billion in cash and available credit"
_A_BALANCE_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)|\s+(?:and\s+(?:an?\s+|\$)|on\s+(?:the\s+)?balance|on\s+hand|at\s+(?:the\s+)?(?:end|year|quarter)"
                             r"|resulting|as\s+of)", re.I)
# "we generated $802 million of cash that ...", "returned $657 million of cash to shareholders", "providing us with access
# of up to $325 million of cash": cash coming in or going out, not a balance
_MOVED_BEFORE = re.compile(r"\b(?:generat|return|receiv|access|sav(?:e|ed|ing)|pa(?:y|id)|spen[dt]|rais|us(?:e|ed|ing)\b|deploy"
                         r"|repatriat|contribut|releas|collect|brought|bring|produc|freed|free\s+up)\w*\s+(?:[\w$.,-]+\s+){0,6}$", re.I)


def _names_the_amount_before(text: str, start: int, end: int, trigger: Match) -> bool:
    """An after-amount trigger ("in cash") names the amount said right before it, when nothing after it makes it
    another amount and no verb before it moves the amount (the cash made or handed out)."""
    return (text[end : trigger.start].isspace() and bool(_A_BALANCE_ENDS.match(text, trigger.end))
            and not _MOVED_BEFORE.search(text, max(0, start - 60), start))


def _vetoed(metric, text: str, trigger: Match, start: int, end: int) -> bool:
    if not metric.veto:
        return False
    around = text[max(0, min(trigger.start - 40, start - 40)) : max(trigger.end, end) + 40]  # "advertising investments of $20 million"
    return bool(word_pattern(metric.veto).search(around))


def is_change(metric: str, unit: str) -> bool:
    """A growth rate or a change in basis points, whose direction the words around it give."""
    return unit == "bps" or (unit == "%" and metric in growth_metrics())


@cache
def growth_metrics() -> frozenset[str]:
    return (frozenset(m.percent_metric for m in metrics().values() if m.percent_metric)
            | {m.name for m in metrics().values() if m.change} | {"organic_revenue_growth"})
