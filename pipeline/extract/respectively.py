"""'X and Y were $A and $B, respectively': the i-th amount of the list is of the i-th thing listed
with it, a measure ("cash flow from operating activities and free cash flow were 378 million and 95
million"), a kind of one measure ("GAAP and adjusted diluted EPS of $1.03 and $0.98"), a segment or
region ("International and North America revenue grew 11% and 10%") or a period ("for the fourth
quarter and full year 2019 was $522 million and $2 billion"). So is the i-th date of one event ("late in the first
and second quarters in 2022, for the Ocala and Mount Comfort projects respectively")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.matching import MEASURES, Match, metric_opening, metrics_named
from pipeline.numbers import Quantity
from pipeline.periods import MONTH_NAMES, Period

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# between two amounts of the list: "$1.03 and $0.98", "14%, 8% and 1%", "a 24.9% and a 26%"
_BETWEEN_AMOUNTS = re.compile(r"\s*(?:(?:a|per)\s+share\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:an?\s+)?", re.I)
# between two items of the list: "net revenues, net income, and EPS", "E&I, M&M and W&P"
_BETWEEN_ITEMS = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|our\s+)?", re.I)
# kinds of one measure: "GAAP and adjusted diluted EPS", "Reported and organic net sales" (own words: "organic")
_MODIFIERS = re.compile(r"((?:[\w-]+\s*,\s+)*[\w-]+),?\s+and\s+((?:[\w-]+\s+){0,2})$", re.I)
# a segment or region: capitalized words ("North America", "E&I", "U.S.", "Global Pet Care")
_NAME = re.compile(r"(?<![\w&.'-])(?:[A-Z][\w&.'-]*|&)(?:\s+(?:[A-Z][\w&.'-]*|&))*")
_MONTH = re.compile(rf"\b(?:{MONTH_NAMES})\b")  # "June and July were down": periods
_NOT_A_NAME = frozenset("A An And As At But For From GAAP In It Of On Our So The This We With".split())


@dataclass(frozen=True, slots=True)
class Respective:
    """What one amount of a "respectively" list is of; None where the list says nothing of it."""

    metric: str | None = None  # with `measured`: "" for a measure outside the taxonomy (net income)
    measured: bool = False
    trigger: tuple[int, int] | None = None
    subject: str | None = None  # "" where the list names places but not which is whose
    period: Period | None = None


def respective(sentence: str, s0: int, quantities: list[Quantity], in_sentence: list[Match],
               periods: list[Period]) -> dict[int, Respective]:
    """For each quantity (by index) in a list said "respectively", what the sentence pairs it with."""
    said = _RESPECTIVELY.search(sentence)
    if said is None:
        return {}
    run = _amounts_before(sentence, quantities, said.start())
    if len(run) < 2:
        return {}
    first, last = quantities[run[0]].start, quantities[run[-1]].end
    # one measure per place: "net income" is both a measure the taxonomy does not track and EPS per share
    measures = [m for m in in_sentence if m.label in MEASURES and not (m.label == "OTHER" and any(
        o.label != "OTHER" and (o.start, o.end) == (m.start, m.end) for o in in_sentence))]
    measures = _measures(sentence, s0, first, measures, len(run))
    subjects = _names(sentence, s0, first, last, said.start(), periods, in_sentence, len(run))
    listed = _periods(sentence, s0, first, last, said.start(), periods, len(run))
    if not (measures or subjects or listed):
        return {}
    return {index: Respective(*(measures[i] if measures else (None, False, None)),
                              subjects[i] if subjects else None, listed[i] if listed else None)
            for i, index in enumerate(run)}


def _amounts_before(sentence: str, quantities: list[Quantity], said: int) -> list[int]:
    """The indices of the amounts listed right before "respectively"."""
    before = [i for i, q in enumerate(quantities) if q.end <= said]
    if not before or said - quantities[before[-1]].end > 60:
        return []
    run = [before[-1]]
    for i in reversed(before[:-1]):
        if not _BETWEEN_AMOUNTS.fullmatch(sentence, quantities[i].end, quantities[run[0]].start):
            break
        run.insert(0, i)
    return run


def _measures(sentence: str, s0: int, first: int, measures: list[Match], n: int):
    """(metric, measured, trigger) per amount: n measures listed before the amounts, or kinds of the
    last one ("operating and free cash flow" are operating cash flow and free cash flow)."""
    before = [m for m in measures if m.end <= first + s0]
    listed = before[-n:]
    if len(listed) == n and all(_BETWEEN_ITEMS.fullmatch(sentence, a.end - s0, b.start - s0) for a, b in zip(listed, listed[1:])):
        return [(m.key if m.label != "OTHER" else "", True, (m.start, m.end)) for m in listed]
    if not before:
        return None
    # the measure nearest the amounts, from its first word ("net sales" of "net sales increased")
    last = min((m for m in before if m.end > before[-1].start), key=lambda m: m.start)
    kinds = _MODIFIERS.search(sentence, 0, last.start - s0)
    if kinds is None or last.label == "OTHER":
        return None
    modifiers = [k.strip() for k in kinds.group(1).split(",")]
    if len(modifiers) != n - 1:
        return None
    words = last.text.split()
    own = kinds.group(2).strip()
    named = [_kind_of(modifier, words) for modifier in modifiers] + [_kind_of(own, words) if own else last.key]
    if None in named or len(set(named)) == 1:
        return None  # "International and North America revenue": places, not kinds of revenue
    return [(metric, True, (last.start, last.end)) for metric in named]


def _kind_of(modifier: str, words: list[str]) -> str | None:
    """The metric of a measure said with another modifier: "GAAP" of "adjusted diluted EPS" is GAAP
    EPS, "operating" of "free cash flow" operating cash flow, "Reported" of "net sales" revenue."""
    # (the modifier in place of the measure's own first word first: "Reported" of "organic net sales increased")
    phrases = [f"{modifier} {' '.join(words[k:])}" for k in (*range(1, len(words)), 0)]
    opening = (metric_opening(phrase) for phrase in phrases)
    anywhere = (metric for phrase in phrases for metric in metrics_named(phrase))
    return next((metric for metric in (*opening, *anywhere) if metric), None)


def _names(sentence: str, s0: int, first: int, last: int, said: int, periods: list[Period],
           in_sentence: list[Match], n: int) -> list[str] | None:
    """n segment or region names listed before the amounts or between them and "respectively"."""
    taken = [(p.span_start - s0, p.span_end - s0) for p in periods]
    taken += [(m.start - s0, m.end - s0) for m in in_sentence if m.label in MEASURES]
    for start, end in ((0, first), (last, said)):
        names = [(m.start(), m.end(), m.group()) for m in _NAME.finditer(sentence, start, end)
                 if m.group() not in _NOT_A_NAME]
        names = [(a, b, name) for a, b, name in names
                 if not any(a < t1 and t0 < b for t0, t1 in taken) and not _MONTH.search(name)]
        chains = [[names[0]]] if names else []
        for a, b in zip(names, names[1:]):
            if _BETWEEN_ITEMS.fullmatch(sentence, a[1], b[0]):
                chains[-1].append(b)
            else:
                chains.append([b])
        listed = next((chain for chain in reversed(chains) if len(chain) == n), None)
        if listed:
            return [name for _, _, name in listed]
        if chains and len(chains[-1]) > n:
            return [""] * n  # "in the U.S. and Canada and EMEA of 4 and 2%": two regions, but which two cannot be told
    return None


def _periods(sentence: str, s0: int, first: int, last: int, said: int, periods: list[Period], n: int):
    """n periods listed together before the amounts or between them and "respectively"."""
    for start, end in ((0, first), (last, said)):
        inside = [p for p in periods if start + s0 <= p.span_start and p.span_end <= end + s0]
        for i in range(len(inside) - n, -1, -1):
            listed = inside[i : i + n]
            if all(_BETWEEN_ITEMS.fullmatch(sentence, a.span_end - s0, b.span_start - s0) for a, b in zip(listed, listed[1:])):
                return listed
    return None


# "... Mount Comfort projects respectively": what the things listed are
_WHAT_THEY_ARE = re.compile(r"\s+([a-z]+?)s?,?\s+$")


def dated_respectively(sentence: str, s0: int, periods: list[Period]) -> list[tuple[Period, str | None]]:
    """"The shell completions are anticipated late in the first and second quarters in 2022, for the Ocala and Mount
    Comfort projects respectively": each of the dates listed before "respectively", with the thing listed for it after
    them ("Ocala project"), if the list names as many."""
    said = _RESPECTIVELY.search(sentence)
    if said is None:
        return []
    at = said.start()
    listed = next((run for n in range(len(periods), 1, -1) if (run := _periods(sentence, s0, at, at, at, periods, n))), None)
    if listed is None:
        return []
    names = _names(sentence, s0, listed[0].span_start - s0, listed[-1].span_end - s0, at, periods, [], len(listed))
    if not names or "" in names:
        return [(p, None) for p in listed]
    what = _WHAT_THEY_ARE.fullmatch(sentence, sentence.rfind(names[-1], 0, at) + len(names[-1]), at)
    return [(p, name + (f" {what.group(1)}" if what else "")) for p, name in zip(listed, names)]
