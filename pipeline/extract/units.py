"""The unit the words around an amount give it: "$2.63 per share", "1K a week", "20 gigawatt hours per year",
"4% of sales", or none ("15,000 transactions", "40 hours")."""

from __future__ import annotations

import re

from pipeline.extract.matching import HEDGE, HEDGE_OR_BOUND
from pipeline.numbers import Quantity


_GWH = re.compile(r"^\s*(?:gigawatt[- ]hours?|gwh|gigawatts? hours?)\b(?P<rate>(?:\s+(?:per|a|each)\s+year|\s*/\s*(?:year|yr)|\s+annually))?", re.I)


PER_SHARE = re.compile(r"^\s*(?:of\s+)?(?:(?:per|a)\s+(?:diluted\s+|basic\s+|fully\s+diluted\s+)?share|/share|in\s+(?:adjusted\s+)?(?:eps|earnings per share))", re.I)


_PER_MONTH = re.compile(r"^\s*(?:(?:a|per)\s+month|/month|monthly)", re.I)


_COUNT_NOUN = r"(?:[\w-]+\s+){0,3}?(?:cars?|vehicles?|units?|trucks?|cybertrucks?|cybercabs?|robotaxis?|gpus?|h100s?|computers?|employees?|people|megapacks?|powerwalls?|semis?|deliveries|closings|homes|customers|subscribers|shares)"


_PER_WEEK = re.compile(rf"^\s*(?:{_COUNT_NOUN}\s+)?(?:a|per|each)\s+week", re.I)


_PER_YEAR = re.compile(rf"^\s*(?:{_COUNT_NOUN}\s+)?(?:(?:a|per|each)\s+year|annually|/\s*year)|^\s*(?:{_COUNT_NOUN}\s+)?of\s+(?:annual\s+)?capacity", re.I)


_COUNT = re.compile(rf"^\s*(?:{_COUNT_NOUN})\b", re.I)


# A number of other things: a plural noun a few words on that is not one of the counts above.
_COUNT_OF_OTHERS = re.compile(r"^\s*(?!and\b)(?:(?!(?:of|in|on|for|to|from|with|by|at|a|per|each|or)\b)[\w-]+\s+){0,4}?"
                              r"(?!(?:is|was|has|its|this|thus|plus|less|across|unless|as|us|versus|yes|gas)\b)[a-z][\w-]{2,}s\b")


# "3% of the segment's revenue", "100% of our drilling jobs": a share of something, not a rate of change.
OF_SALES = re.compile(r"^\s*of\s+(?:[\w'-]+\s+){0,3}?(?:sales|revenues?)\b", re.I)


_OF_SHARES = re.compile(r"^\s*of\s+(?:our\s+|the\s+)?(?:outstanding\s+|diluted\s+)?(?:shares|share\s+count)\b", re.I)


OF_NET_INCOME = re.compile(r"^\s*of\s+(?:our\s+)?(?:adjusted\s+|gaap\s+)?net\s+(?:income|earnings)\b", re.I)


# (but "at the minus 5% of the range" is an end of the range guided)
_SHARE_OF = re.compile(r"^\s*of\s+(?:the|our|its|their|all|total|net|this|that|these|those)\b(?!\s+(?:guidance\s+)?range\b)", re.I)


# "the composite material segment represented 76% of total sales": a part's share, not a ratio of the part's own
_SHARE_VERB_BEFORE = re.compile(r"\b(?:represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|(?:made|makes?|making)\s+up|"
                                rf"comprise[sd]?)\s+{HEDGE_OR_BOUND}$", re.I)


# Units of physical things: an amount of them is none of the metrics, nor is a price of one ("less than $4 a ton").
PHYSICAL_UNIT_WORDS = (r"(?:-?\s*(?:square\s+)?(?:foot|feet|ft)|sq\.?\s*ft|btus?|mmbtus?|barrels?|bbls?|boe|tons?|tonnes?"
                        r"|megawatt[- ]hours?|mwh|kilowatt[- ]hours?|kwh|kilowatt|megawatts?|mw|gigawatts?|gw|gallons?|acres?|board feet"
                        r"|ounces?|oz|pounds?|lbs?|bushels?|cubic feet|bcf|mcf)")


_OTHER_UNIT_WORDS = (r"(?:hours?|days?|weeks?|months?|years?|miles?|minutes?|seconds?|kilometers?|km|mph|degrees?|times"
                     rf"|lines of code|{PHYSICAL_UNIT_WORDS}|cases|beds|rooms|stores|locations|sites|shares)\b")


_OTHER_UNIT = re.compile(rf"^\s*{_OTHER_UNIT_WORDS}", re.I)


# "going from 2.1 billion gallons to 2.43 billion": the second amount is in gallons too.
_OTHER_UNIT_THEN_TO = re.compile(rf"\d\s*(?:thousand|million|billion)?\s+{_OTHER_UNIT_WORDS}\s+to\s+{HEDGE}$", re.I)


# "a seven-handle on cash flows": a handle on something other than EPS, whose scale it does not say.
_HANDLE_ON_ANOTHER = re.compile(r"\s+on\s+(?!(?:the\s+|our\s+)?(?:core\s+|adjusted\s+|non-gaap\s+)?(?:eps|earnings|it)\b)", re.I)


# "852,000 million [phonetic] shares": the transcriber's note stands between an amount and its unit.
_TRANSCRIBER_NOTE = re.compile(r"^\s*\[[A-Za-z ]+\]")


def spoken_units(sentence: str, q: Quantity) -> list[str]:
    """The units the amount is said in, as metrics.toml writes them (a bare big amount may be a count or money)."""
    # "from 20 to 40 gigawatt hours": the first amount takes the unit said after the second.
    after = _TRANSCRIBER_NOTE.sub("", sentence[q.unit_from : q.unit_from + 60], count=1)
    if q.kind == "percent":
        if OF_SALES.match(after):
            # "capex ... 4% to 4.5% of sales" is a ratio, not a growth rate; "represented 76% of total sales" a share
            return [] if _SHARE_VERB_BEFORE.search(sentence, max(0, q.start - 40), q.start) else ["% of sales"]
        if _OF_SHARES.match(after):
            return ["% of shares"]  # "repurchase about 2% of our shares"
        if OF_NET_INCOME.match(after):
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
        if PER_SHARE.match(after):
            return ["USD/share"]
        if _PER_MONTH.match(after):
            return ["USD/month"]
        # "an EPS outlook of at least $22.40", "$5.50 on revenue of $29.5 billion": a few dollars
        # said plainly are per share, never a company's revenue or cash.
        return ["USD/share"] if not q.has_scale and abs(q.amount) < 100 else ["USD"]
    gwh = _GWH.match(after)
    if gwh:
        return ["GWh/yr"] if gwh.group("rate") else ["GWh"]
    if PER_SHARE.match(after):
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
