"""Which metric an amount is when its sentence names none: the earlier guidance it points at ("that $425 million"),
the turn's last figure it goes on about ("... we're confident in our ability to exceed $500 million by 2025"), the
metric named in the sentence before, or the rate the question asked about."""

from __future__ import annotations

import re

from pipeline.extract.kinds import MOVED_FROM_BEFORE
from pipeline.extract.matching import CHANGE_NOUNS, HEDGE_OR_BOUND, MEASURES, last_sentence, word_pattern
from pipeline.extract.metric_choice import (COMPARED_AFTER, GROWTH_WORD, MAX_TRIGGER_DISTANCE, Choice, amount_key,
                                            growth_metrics, growth_of, is_change, metric_named, names_a_measure)
from pipeline.extract.segments import opens_with_segment
from pipeline.extract.subjects import PART_OF_THE_COMPANY
from pipeline.extract.units import PER_SHARE
from pipeline.numbers import Quantity
from pipeline.periods import Period
from pipeline.records import Figure
from pipeline.taxonomy import cues, metrics


def metric_of(q: Quantity, sentence: str, s0: int, text: str, in_sentence, periods: list[Period], spoken: list[str],
              next_amount: int, found: list[Figure], context) -> tuple[Choice | None, Figure | None]:
    """The metric an amount is, and the earlier guidance it is said again of if that is how it is known: a
    trigger in the sentence, a list going on; else an earlier guidance's very amount pointed at ("that $425
    million", "the guide of 2% to 5%"), which names it before what the talk just before was about does. The talk
    around a sentence names its amount only when the sentence names no measure (but "... maintaining capex where it
    is. Look, it's a 5% to 6% of revenues" may name one after it)."""
    value, low, high, qualifier = q.bounds()
    earlier = context.said.get(amount_key(qualifier, value, low, high))
    guided_before = earlier.metric if earlier and earlier.kind == "guidance" else None
    choice = metric_named(q, s0, text, in_sentence, periods, spoken, next_amount, found, guided_before, context.question)
    if choice is not None:
        return (None if _savings_of_the_debt_before(choice, text, context.sentence_before) else choice), None
    last = found[-1] if found else context.last
    referred = (_said_before(earlier, q, sentence, spoken, last)
                or _end_of_a_range_pointed_at(context.said, q, sentence, spoken)
                or _range_said_again(last, q, spoken, sentence, s0, in_sentence))
    if referred:
        return (referred.metric, referred.unit, MAX_TRIGGER_DISTANCE, None), referred
    if any(m.label in MEASURES for m in in_sentence):
        return ((_level_reached(last, q, spoken, sentence) if _names_only_its_growth(last, in_sentence) else None)
                or _ratio_said_of_it(context.named, q, spoken, sentence, in_sentence, s0)), None
    last_metric = last.metric if last else None
    return (_growth_of_last_metric(last_metric, q, spoken, sentence, opens_with_segment(sentence, context.own_segments))
            or _level_reached(last, q, spoken, sentence)
            or _change_said_again(last, q, spoken, sentence)
            or _guidance_rounded(last, q, spoken, sentence)
            or _guidance_named_before(context.named, q, spoken, sentence)
            or _ratio_said_of_it(context.named, q, spoken, sentence, in_sentence, s0)
            or _rate_asked(context.asked, q, spoken)
            or _rate_said_again(last_metric, q, spoken, sentence)
            or _per_share_guidance(q, sentence, text, s0)
            or _growth_of_a_part(q, spoken, sentence, s0)), None


# "... driven by our successful $900 million refinancing in February of our senior notes due 2024 ... On a full run rate
# basis, as David mentioned, we expect annualized savings of approximately $18 million.": savings the sentence does not
# say of what, after a sentence about debt, are of its interest (no cost saving, as "interest savings" are none)
_DEBT_SPOKEN_OF = re.compile(r"\b(?:refinanc\w*|interest\s+expense|senior\s+notes|interest\s+payments?)\b", re.I)


def _savings_of_the_debt_before(choice: Choice, text: str, sentence_before: str | None) -> bool:
    trigger = choice[3]
    return (choice[0] == "cost_savings" and trigger is not None and sentence_before is not None
            and text[trigger[0] : trigger[1]].lower() in ("savings", "saving")
            and bool(_DEBT_SPOKEN_OF.search(sentence_before)))


# "Our wastewater transport business grew 4% in the quarter", "we expect the Plumbing segment to grow 3% to 5%": a part
# of the company that grew by a percentage grew its sales (a market is left alone: "the residential market to grow 3%"
# is the market's own growth, not the company's)
_A_PART_GREW = re.compile(rf"\b(?:our|the|its)\s+(?P<part>{PART_OF_THE_COMPANY})"
                          r"(?:\s*,?\s*(?:which|that))?\s+(?:has\s+|have\s+|also\s+|again\s+)?(?:grew|declined|increased|decreased|rose|fell"
                          r"|(?:was|were|is|are)\s+(?:up|down)|to\s+(?:grow|decline|increase|decrease|be\s+up|be\s+down))"
                          rf"\s+(?:by\s+)?{HEDGE_OR_BOUND}$", re.I)


# "our plan to double our equipment business in the next three years": its sales double
_A_PART_DOUBLED = re.compile(rf"\s+(?:our|the|its)\s+(?P<part>{PART_OF_THE_COMPANY})\b", re.I)


def _growth_of_a_part(q: Quantity, spoken: list[str], sentence: str, s0: int) -> Choice | None:
    if spoken != ["%"]:
        return None
    grew = (_A_PART_DOUBLED.match(sentence, q.end) if q.text.lower().startswith(("doubl", "more than doubl"))
            else _A_PART_GREW.search(sentence, max(0, q.start - 120), q.start))
    if grew is None:
        return None
    return "revenue_growth", "%", MAX_TRIGGER_DISTANCE, (grew.start("part") + s0, grew.end("part") + s0)


# "We hope to exceed that $425 million": an amount said again, pointed at.
# (not HEDGE: "the almost $1 billion in cash generation" points at nothing said before)
_POINTED_AT = re.compile(r"\b(?:that|this|the)\s+(?:approximately\s+|roughly\s+|about\s+)?$", re.I)


_GUIDED = re.compile(r"\b(?:guidance|guiding|guide|outlook|expect(?:ing|ed)?)\b", re.I)


# "as we talked about", "the range that we discussed": management saying it said so before
_WE_SAID = (r"(?:we|I)(?:'ve|\s+have)?\s+(?:talked\s+about|said|mentioned|discussed|noted|indicated|gave|given|provided"
            r"|laid\s+out)\b")


# "If you took the range that we discussed, $200 million to $300 million by 2023, ..."
_THE_RANGE_WE_GAVE = re.compile(rf"\b(?:the|that|our)\s+range\s+(?:that\s+)?{_WE_SAID}\s*,\s*$", re.I)


_AS_SAID_AFTER = re.compile(rf"\s*,?\s*(?:as|like)\s+{_WE_SAID}", re.I)


def _said_before(earlier: Figure | None, q: Quantity, sentence: str, spoken: list[str], last: Figure | None) -> Figure | None:
    """The guidance management gave earlier in the call with the very amount (`earlier`, the latest so said) that this
    sentence points at ("that $425 million", "the $1.5 billion", "That 100 BP improvement or more"), when nothing in the
    sentence names a metric for it: the sentence goes on about that guidance. So does guiding to that very amount again
    ("we're continuing to guide greater than $250 million", "the overall improvement we are expecting is over 100 basis
    points", "over 100 basis points, as we talked about"), or saying again the amount the turn just gave ("we believe
    that will be $3.8 million. So $3.8 million over the next 12 months")."""
    if not earlier or earlier.kind != "guidance" or earlier.unit not in spoken:
        return None
    if earlier is last and q.kind == "money" and earlier.qualifier == q.qualifier:
        # (money: a segment "also planned to up between 5% and 10%" is its own figure; said as such: "a cash
        return earlier  # level of $2.5 billion ... cash over $2.5 billion is excess cash" is a threshold)
    pointed = (_POINTED_AT.search(sentence[max(0, q.start - 30) : q.start])
               or _GUIDED.search(sentence[max(0, q.start - 40) : q.start])
               or _THE_RANGE_WE_GAVE.search(sentence[max(0, q.start - 50) : q.start])
               or _AS_SAID_AFTER.match(sentence, q.unit_from))
    if not pointed or q.kind not in ("money", "bps") and (q.qualifier != "range" or names_a_measure(sentence)):
        return None  # a percentage pointed at is as often a share or a rate of something else (not a range said again)
    return earlier


# "I mean at the minus 5% of the range", "at the lower end of the range, the minus 10%", "run to the high end, if not
# above the 23%"
_OF_THE_RANGE_AFTER = re.compile(r"\s+of\s+(?:the|that|our)\s+(?:guidance\s+)?range\b", re.I)


_END_OF_THE_RANGE_BEFORE = re.compile(r"\b(?:low|lower|high|higher|upper|top|bottom)\s+end\b"
                                      r"(?:\s+of\s+(?:the|that|our)\s+(?:guidance\s+)?range)?[^.;\d]{0,25}?\b(?:the|at)\s+$",
                                      re.I)


def _end_of_a_range_pointed_at(said: dict[tuple, Figure], q: Quantity, sentence: str, spoken: list[str]) -> Figure | None:
    """The guided range an amount is said as an end of ("In 2020, we expect year-over-year sales to be down 5% to 10%"
    ... "at the lower end of the range, the minus 10%"): the amount is that guidance's, as a pointed-at amount is."""
    value, _, _, qualifier = q.bounds()
    if q.kind != "percent" or qualifier == "range" or not (
            _OF_THE_RANGE_AFTER.match(sentence, q.unit_from)
            or _END_OF_THE_RANGE_BEFORE.search(sentence, max(0, q.start - 60), q.start)):
        return None
    ends = [f for f in said.values() if f.kind == "guidance" and f.qualifier == "range" and f.unit in spoken
            and value in (f.value_low, f.value_high)]
    return ends[-1] if ends else None


# "$579 million or 7% increase in average gas plant": the growth of what it names
_GROWTH_OF_A_THING = re.compile(rf"\s*(?:{CHANGE_NOUNS})\s+(?:in|of)\s+(?!(?:19|20)\d\d|'\d\d|fiscal|fy|q[1-4]|h[12]"
                                r"|this|next|last|each|every|the\s+(?:first|second|third|fourth|back|front|quarter|year|coming|next|current|period))", re.I)


def _growth_of_last_metric(metric: str | None, q: Quantity, spoken: list[str], sentence: str, about_a_segment: bool):
    """A growth rate said right after a figure, in a sentence naming no metric ("nearly 15 GWh
    in 2023 ... So, tremendous year-over-year growth, triple digits", "approximately $425 million
    or 12% growth"), is that metric's growth; in a sentence about a segment, after a growth rate
    ("sales to grow 5% ... Engine is also planned to up between 5% and 10%"), another one of the same."""
    if metric in growth_metrics() and about_a_segment:
        growth = metric
    else:
        growth = metrics()[metric].percent_metric if metric else None
    if growth and spoken == ["%"] and GROWTH_WORD.search(sentence) \
            and not _GROWTH_OF_A_THING.match(sentence, q.unit_from) and not _AN_AMOUNT_GREW.search(sentence, 0, q.start):
        return growth, "%", MAX_TRIGGER_DISTANCE, None
    return None


_REACHES_BEFORE = re.compile(r"\b(?:be\s+at|reach|exceed|surpass|get\s+(?:us\s+)?to|take\s+us\s+to|puts?\s+us\s+at|hit|achieve|grow\s+to"
                             r"|sustain(?:ing)?|maintain(?:ing)?|staying\s+up)"
                             rf"\s+(?:the\s+)?(?:{HEDGE_OR_BOUND}|(?:north|in\s+excess)\s+of\s+|above\s+)$", re.I)


def _level_reached(last: Figure | None, q: Quantity, spoken: list[str], sentence: str) -> Choice | None:
    """An amount the talk will reach or keep, in a sentence naming no measure, is a level of the turn's last amount of
    money or last percentage that is no change: "We're on track to achieve approximately $425 million or 12% growth in
    2021 ... We're confident in our ability to exceed $500 million by 2025.", "So, their margins were north of 25% ...
    I continue to believe sustaining north of 23%." """
    if last is None or (last.unit, q.kind) not in (("USD", "money"), ("%", "percent")) or last.unit not in spoken \
            or is_change(last.metric, last.unit):
        return None
    if not _REACHES_BEFORE.search(sentence, max(0, q.start - 40), q.start) or _AN_INCREMENT_REACHES.search(sentence, 0, q.start):
        return None
    return last.metric, last.unit, MAX_TRIGGER_DISTANCE, None


# "we added $40 million per year in sales of newly acquired products ... our incremental acquisition growth that put us
# at $60 million by year three": what reaches the amount is an increment, not the level
_AN_INCREMENT_REACHES = re.compile(r"\bincremental\b", re.I)


def _names_only_its_growth(last: Figure | None, in_sentence) -> bool:
    """"sales of $468 million ... If we were to grow at a rate of only 2% per year, we should be at $507 million by year
    three and $527 million by year five in organic growth": the sentence's measures are all the growth the last amount
    of money reaches its levels by."""
    measures = [m for m in in_sentence if m.label in MEASURES]
    return (last is not None and last.unit == "USD" and bool(measures)
            and all(m.label == "METRIC" and m.key in growth_of(last.metric) for m in measures))


_UP_OR_DOWN_BEFORE = re.compile(rf"\b(?:up|down)\s+(?:sequentially\s+)?(?:by\s+)?{HEDGE_OR_BOUND}$", re.I)


def _change_said_again(last: Figure | None, q: Quantity, spoken: list[str], sentence: str) -> Choice | None:
    """A change in basis points said up, down, higher or lower, in a sentence naming no measure, is of the margin the
    turn's last figure was: "In terms of gross margins, margins were 43.6%. And although they were down by 57 basis
    points versus the prior-year comp period, ...", "that margin expansion should be ... 100 to 200 basis points by the
    end of next fiscal year. So we ought to exit 2022, 100 to 200 basis points higher than where we are today." """
    if last is None or metrics()[last.metric].unit_for("bps") != "bps" or "bps" not in spoken:
        return None
    if not (COMPARED_AFTER.match(sentence, q.unit_from) or _UP_OR_DOWN_BEFORE.search(sentence, max(0, q.start - 30), q.start)):
        return None
    return last.metric, "bps", MAX_TRIGGER_DISTANCE, None


def _range_said_again(last: Figure | None, q: Quantity, spoken: list[str], sentence: str, s0: int,
                      in_sentence) -> Figure | None:
    """A bare range of percentages, naming no measure and no change after a guided range of growth, is that
    growth again: "our top line guide of zero to down 2% ... So we're now it kind of zero to negative 2%.", "our top line
    guide of zero to down 2%, and if you remember, when we were at the Baird Conference, we bracketed it around plus 2%
    to negative 2%". (A range said with its own change, "we anticipate 22% to 26% growth over the prior year", may be
    another measure's.)"""
    if last is None or last.kind != "guidance" or last.qualifier != "range" or not is_change(last.metric, last.unit):
        return None
    since = max(s0, last.end)  # (the range before may be in this sentence)
    if q.kind != "percent" or q.qualifier != "range" or last.unit not in spoken or GROWTH_WORD.search(sentence, since - s0):
        return None
    return None if any(m.label in MEASURES and m.start >= since for m in in_sentence) else last


_CALL_IT_BEFORE = re.compile(r"\bcall\s+it\s*,?\s*$", re.I)


def _guidance_rounded(last: Figure | None, q: Quantity, spoken: list[str], sentence: str) -> Choice | None:
    """An amount said as "call it ...", in a sentence naming no measure, that lies within the guidance the turn just
    gave is that guidance rounded: "I think generally you're looking at 5% to 6% Matt ... with those two combined,
    you're looking at, call it 5%-ish"."""
    if last is None or last.kind != "guidance" or last.unit not in spoken or q.value is None:
        return None
    if not _CALL_IT_BEFORE.search(sentence, max(0, q.start - 20), q.start):
        return None
    low, high = (last.value_low, last.value_high) if last.qualifier == "range" else (last.value, last.value)
    if low is None or high is None or not low <= q.value <= high:
        return None
    return last.metric, last.unit, MAX_TRIGGER_DISTANCE, None


# "we're at about 32,000 lots ... I'd also say that 32,000 is up about 18%": the growth of the amount said, which
# may be of something no metric tracks
_AN_AMOUNT_GREW = re.compile(r"\d\s*(?:thousand|million|billion)?\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:up|down)\s+"
                             rf"{HEDGE_OR_BOUND}$", re.I)


_GUIDANCE_TALK = re.compile(r"\b(?:guidance|range|midpoint|outlook)\b", re.I)


def _guidance_named_before(named, q: Quantity, spoken: list[str], sentence: str):
    """Amounts in a sentence that names no measure but talks about the guidance, or the level it moved from, right
    after a sentence that named a metric: "... our adjusted cash flow guidance for 2021. So the guidance went from $775
    million to a newly revised range of $850 million to $925 million." """
    if not (_GUIDANCE_TALK.search(sentence) or word_pattern(cues().guidance).search(sentence[: q.start])
            or MOVED_FROM_BEFORE.search(sentence, max(0, q.start - 20), q.start)):
        return None
    return _named_elsewhere(named, q, spoken)


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


def _rate_asked(asked, q: Quantity, spoken: list[str]):
    """A percentage answering a question about a rate ("Good tax rate to assume moving forward?" "I
    would say in the neighborhood of 25%"). A percentage answering a question about growth is as
    often some other thing's growth ("Street rates up 9%"), so of growth only a range is taken, the
    shape an outlook is given in ("what kind of organic growth rates you think you'll experience ...
    in 2020" "I think generally you're looking at 5% to 6% Matt.")."""
    if asked is None or q.kind != "percent" or (is_change(asked.name, "%") and q.qualifier != "range"):
        return None
    return _named_elsewhere(asked, q, spoken)


# ("this rate", "our effective rate", "Fiscal 2019's full year rate", "our fiscal 2020 rate")
_THE_RATE = re.compile(r"(?:\b(?:the|this|that|our)|['’]s)\s+(?:(?:effective|underlying|normalized|adjusted|annual|full[-\s]year|fiscal"
                       r"|(?:19|20)\d\d|'\d\d)\s+){0,3}rate\b", re.I)


_TAX = re.compile(r"\btax\b", re.I)


def _rate_said_again(last_metric: str | None, q: Quantity, spoken: list[str], sentence: str):
    """"The rate" of a percentage is the tax rate the turn just gave ("Our effective tax rate ... was 26.5%
    this quarter ... We expect this rate excluding these items to be between 23% and 25%") or the sentence
    talks about ("The tax assumption is more complicated than normal, but we expect the rate to be
    approximately 24% to 25% in 2021")."""
    said = list(_THE_RATE.finditer(sentence, 0, q.start))
    if q.kind != "percent" or not said or not (last_metric == "tax_rate" or _TAX.search(sentence, 0, said[-1].start())):
        return None
    return _named_elsewhere(metrics()["tax_rate"], q, spoken)


def _named_elsewhere(metric, q: Quantity, spoken: list[str]):
    """The metric named outside a sentence that names no measure itself, for its amount of money or
    percentage, in the metric's own first unit ("$2.25 per share" after "cost savings" is EPS)."""
    if metric is None or q.kind not in ("money", "percent"):
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


def _per_share_guidance(q: Quantity, sentence: str, text: str, s0: int):
    """"we reaffirm guidance for continuing operations in the range of $2.25 per share to $2.45 per
    share": guidance said per share, or as a range in dollars and cents, naming no measure here or
    in the sentence before (a REIT's "funds from operations"), is earnings per share."""
    if not _GUIDANCE_TALK.search(sentence):
        return None
    if not (PER_SHARE.match(sentence[q.unit_from : q.unit_from + 40]) or _guided_in_cents(q, sentence)):
        return None
    if word_pattern(cues().other_measures).search(last_sentence(text[max(0, s0 - 400) : s0])):
        return None
    return "eps", "USD/share", MAX_TRIGGER_DISTANCE, None
