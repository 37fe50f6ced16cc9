"""Guidance figures out of what management says.

    extract(text, call_date=...)   figures in plain text (no warehouse needed)
    extract_call(parsed_call)      figures of a call's management turns, located in the source file

spaCy (a blank English pipeline: tokenizer, sentencizer and PhraseMatchers built from
pipeline/data/*.toml) finds sentences and the phrases that name metrics, subjects and
events; pipeline.numbers reads the spoken numbers and pipeline.periods the time phrases.
A number becomes a figure only when a metric trigger near it fits its unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pipeline.numbers import Quantity, find_quantities
from pipeline.periods import Period, find_periods
from pipeline.records import MANAGEMENT_ROLES, ParsedCall
from pipeline.taxonomy import cues, metrics


@dataclass(frozen=True, slots=True)
class Figure:
    metric: str
    subject: str | None
    kind: str  # guidance | actual
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str
    qualifier: str  # exact | range | at_least | up_to | approx
    period_label: str | None
    period_start: date | None
    period_end: date | None
    evidence: str  # the sentence
    start: int  # the figure's words, as offsets into the text given to extract()
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class CallFigure:
    """A figure of a call: the figure, who said it, and where it stands in the source file."""

    figure: Figure
    turn_index: int
    speaker: str
    role: str
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class _Match:
    label: str  # METRIC | WEAK (a weak metric trigger) | SUBJECT | EVENT | PRODUCT
    key: str  # metric, subject, event or product name
    start: int
    end: int
    text: str


_SENTENCE_OPENERS = frozenset("We I It The So And But This That Our They You He She There In As".split())


_LETTER_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z]\.\s+(" + "|".join(sorted(_SENTENCE_OPENERS)) + r")\b")


def _split_after_letter_abbreviation(doc):
    """spaCy keeps "X." as one token (an initial), so "as we posted on X. We expect" stays one
    sentence; a one-letter token with a period followed by a sentence opener ends a sentence."""
    for match in _LETTER_ABBREVIATION.finditer(doc.text):
        opener = doc.char_span(match.start(1), match.end(1))
        if opener is not None:
            opener[0].is_sent_start = True
    return doc


@cache
def _nlp():
    import spacy
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

    if "split_after_letter_abbreviation" not in Language.factories:
        Language.component("split_after_letter_abbreviation", func=_split_after_letter_abbreviation)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("split_after_letter_abbreviation")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for metric in metrics().values():
        matcher.add(f"METRIC|{metric.name}", list(nlp.tokenizer.pipe(metric.triggers)))
        if metric.weak_triggers:
            matcher.add(f"WEAK|{metric.name}", list(nlp.tokenizer.pipe(metric.weak_triggers)))
    for phrase, subject in cues().subjects.items():
        matcher.add(f"SUBJECT|{subject}", [nlp.make_doc(phrase)])
    for phrase, event in cues().events.items():
        matcher.add(f"EVENT|{event}", [nlp.make_doc(phrase)])
    for phrase, product in cues().products.items():
        matcher.add(f"PRODUCT|{product}", [nlp.make_doc(phrase)])
    matcher.add("OTHER|other", list(nlp.tokenizer.pipe(cues().other_measures)))
    return nlp, matcher


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w])", re.I)


_GWH = re.compile(r"^\s*(?:gigawatt[- ]hours?|gwh|gigawatts? hours?)\b(?P<rate>(?:\s+(?:per|a|each)\s+year|\s*/\s*(?:year|yr)|\s+annually))?", re.I)
_PER_SHARE = re.compile(r"^\s*(?:of\s+)?(?:(?:per|a)\s+(?:diluted\s+|basic\s+|fully\s+diluted\s+)?share|/share|in\s+(?:adjusted\s+)?(?:eps|earnings per share))", re.I)
_PER_MONTH = re.compile(r"^\s*(?:(?:a|per)\s+month|/month|monthly)", re.I)
_COUNT_NOUN = r"(?:[\w-]+\s+){0,3}?(?:cars?|vehicles?|units?|trucks?|cybertrucks?|cybercabs?|robotaxis?|gpus?|h100s?|computers?|employees?|people|megapacks?|powerwalls?|semis?|deliveries|customers|subscribers)"
_PER_WEEK = re.compile(rf"^\s*(?:{_COUNT_NOUN}\s+)?(?:a|per|each)\s+week", re.I)
_PER_YEAR = re.compile(rf"^\s*(?:{_COUNT_NOUN}\s+)?(?:(?:a|per|each)\s+year|annually|/\s*year)|^\s*(?:{_COUNT_NOUN}\s+)?of\s+(?:annual\s+)?capacity", re.I)
_COUNT = re.compile(rf"^\s*(?:{_COUNT_NOUN})\b", re.I)
_MONTH_BEFORE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$", re.I)
_WORD_BEFORE = re.compile(r"([\w.-]+)\s*$")
# What may follow a figure in its own clause: "which I think we will ... get to" does, ", and we expect" does not.
_STRONG_BREAK = re.compile(r"[;:]|\s--\s|,\s+(?:and|but|so|while)\b|\bbut\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\s--\s|,\s+(?:and|but|so|while|which)\b|\band then\b|\bbut\b|\bwhile\b|\bwhereas\b", re.I)
_DOUBLING = re.compile(r"\b(?P<more>more than\s+)?doubl(?:e|ed|ing)\b|\btriple digits\b", re.I)
_SHARE_OF = re.compile(r"^\s*of\s+(?:our\s+|total\s+|net\s+)?(?:sales|revenues?)\b", re.I)
_GROWTH_WORD = re.compile(r"growth|grow|increase|decrease|decline|\b(?:up|down|higher|lower|flat)\b|doubl|triple|year-over-year", re.I)
_PAIRED = re.compile(r"^\s*(?:to|-|–)\s*\$?[\d.,]+\s*(?:thousand|million|billion|[kmb]\b)?", re.I)
_OTHER_UNIT = re.compile(r"^\s*(?:hours?|days?|weeks?|months?|years?|miles?|minutes?|seconds?|kilometers?|km|kilowatt|kwh|mph|degrees?|times|lines of code)\b", re.I)
_PRONOUN_SENTENCE = re.compile(r"\b(?:it|that|this)\b", re.I)


MAX_TRIGGER_DISTANCE = 150  # characters between a number and the phrase naming its metric
MAX_SENTENCE_DISTANCE = 400
_COMMON_UNITS = frozenset({"USD", "%", "units", "bps", "x"})
WEAK_PENALTY = 100


def extract(text: str, call_date: date | None = None, fiscal_year: int | None = None) -> list[Figure]:
    """Every figure in `text`, a management turn or any passage said by management.

    Periods are resolved against `call_date` (default today); "the year" is `fiscal_year`,
    the year the call reports on (default the call date's year).
    """
    nlp, matcher = _nlp()
    return _figures(nlp(text), matcher, call_date or date.today(), fiscal_year, None, _Context())


def extract_call(call: ParsedCall) -> list[CallFigure]:
    """Figures of the call's management turns (executives, the IR host, unnamed company speakers)."""
    nlp, matcher = _nlp()
    call_date = call.meta.call_date or _quarter_end_after(call.meta.fiscal_year, call.meta.fiscal_quarter)
    # Only management paragraphs that could state a figure go through spaCy; the others
    # only move the conversation's context along.
    pieces = [(turn, offset, chunk, turn.role in MANAGEMENT_ROLES and may_state)
              for turn in call.turns for offset, chunk, may_state in _chunks(turn.text)]
    docs = iter(nlp.pipe(paragraph for _, _, paragraph, parse_it in pieces if parse_it))
    context = _Context(people=frozenset(w for t in call.turns for w in t.speaker.split()))
    found, current_turn = [], None
    for turn, offset, paragraph, parse_it in pieces:
        if turn is not current_turn:
            context.new_turn()
            current_turn = turn
        if not parse_it:
            context.follow(paragraph)
            continue
        for f in _figures(next(docs), matcher, call_date, call.meta.fiscal_year, call.meta.fiscal_quarter, context):
            found.append(CallFigure(f, turn.turn_index, turn.speaker, turn.role,
                                    turn.source_offset(offset + f.start), turn.source_offset(offset + f.end - 1) + 1))
    return found


_ROUGH_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z\"“\[])|\n")


def _chunks(text: str) -> list[tuple[int, str, bool]]:
    """The text cut roughly into sentences, runs of those that may state a figure kept together
    (spaCy then finds the real sentence boundaries in them): (offset, text, may state a figure)."""
    chunks: list[tuple[int, str, bool]] = []
    position = 0
    for boundary in [*_ROUGH_SENTENCE_END.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        piece = text[position:end]
        if piece.strip():
            may_state = _may_state_figure(piece)
            if chunks and chunks[-1][2] == may_state:
                offset, joined, _ = chunks.pop()
                piece = text[offset:end]
                position = offset
            chunks.append((position, piece, may_state))
        position = boundary.end() if boundary else len(text)
    return chunks


def _quarter_end_after(year: int, quarter: int) -> date:
    """No call date known: periods are resolved as of a month after the quarter ends."""
    month = quarter * 3 + 1
    return date(year + 1, 1, 28) if month > 12 else date(year, month, 28)


class _Context:
    """What the conversation is about so far. The product carries across turns (a question
    names it, the answer says "we expect to start production next year"); the last event and
    subject carry from one sentence to the next within a turn."""

    def __init__(self, people: frozenset[str] = frozenset()) -> None:
        self.people = people  # words of the speakers' names: a person is not a segment
        self.product: str | None = None
        self.event: str | None = None
        self.subject: str | None = None
        self.metric: str | None = None  # the metric of the turn's last figure
        self.named = None  # the Metric the sentence before named, if any
        self.named_period: Period | None = None  # and the period it gave it

    def new_turn(self) -> None:
        self.event = self.subject = self.metric = self.named = None

    def follow(self, text: str) -> None:
        """Text read without spaCy (it states no figure) still names products and subjects."""
        products = _word_pattern(tuple(cues().products)).findall(text)
        if products:
            self.product = cues().products[" ".join(products[-1].lower().split())]
        subjects = _word_pattern(tuple(cues().subjects)).findall(text)
        if subjects:
            self.subject = cues().subjects[" ".join(subjects[-1].lower().split())]
        self.event = self.named = None


_FIGURE_HINT = re.compile(r"\d|doubl|triple|\b(?:thousand|million|billion|trillion)\b", re.I)


def _may_state_figure(text: str) -> bool:
    """A turn with no digit, no spoken amount and no milestone event states no figure."""
    return bool(_FIGURE_HINT.search(text) or _word_pattern(tuple(cues().events)).search(text))


def _matches(doc, matcher) -> list[_Match]:
    found = []
    for match_id, s, e in matcher(doc):
        span = doc[s:e]
        found.append(_Match(*doc.vocab.strings[match_id].split("|"), span.start_char, span.end_char, span.text))
    return found


def _figures(doc, matcher, call_date: date, fiscal_year: int | None, fiscal_quarter: int | None,
             context: _Context) -> list[Figure]:
    matches = _matches(doc, matcher)
    figures: list[Figure] = []
    text = doc.text
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        sentence = text[s0:s1]
        in_sentence = [m for m in matches if s0 <= m.start and m.end <= s1]
        products = [m for m in in_sentence if m.label == "PRODUCT"]
        subjects = [m for m in in_sentence if m.label == "SUBJECT"]
        events = [m for m in in_sentence if m.label == "EVENT"]
        if products:
            context.product = products[-1].key
        named = [m for m in in_sentence if m.label == "METRIC"]
        if sentence.rstrip().endswith("?") or _word_pattern(cues().hypothetical).search(sentence):
            context.event = context.subject = context.named = None
            continue  # a question (a read-out investor question) or a thought experiment guides nothing
        if not (events or context.event or _FIGURE_HINT.search(sentence)):
            context.subject = subjects[-1].key if subjects else context.subject
            context.named, context.named_period = (metrics()[named[-1].key] if named else None), None
            continue  # nothing here can be a figure
        periods = [Period(p.label, p.start, p.end, p.span_start + s0, p.span_end + s0)
                   for p in find_periods(sentence, call_date, fiscal_year, fiscal_quarter)]
        numeric = _numeric_figures(text, sentence, s0, in_sentence, periods, call_date, context, fiscal_year)
        milestones = _milestones(text, s0, s1, in_sentence, periods, call_date, context.event, context.product, bool(numeric))
        figures += numeric + milestones
        if milestones:
            context.event = milestones[-1].subject
        else:
            context.event = _event_subject(events[0], in_sentence, context.product) if events else None
        context.subject = subjects[-1].key if subjects else context.subject if not numeric else None
        context.metric = numeric[-1].metric if numeric else context.metric
        context.named = metrics()[named[-1].key] if named else None
        context.named_period = _nearest_period(periods, named[-1].start, named[-1].end, text) if named else None
    return figures


# ------------------------------------------------------------------ numbers → figures


def _numeric_figures(text, sentence, s0, in_sentence, periods, call_date, context, fiscal_year) -> list[Figure]:
    found: list[Figure] = []
    seen: set[tuple] = set()
    quantities = [q for q in find_quantities(sentence) if _is_figure(sentence, q, periods, s0)]
    quantities += _doublings(sentence)
    for q in quantities:
        start, end = q.start + s0, q.end + s0
        spoken = _spoken_units(sentence, q)
        choice = (_metric_for(in_sentence, start, end, spoken, text) or _continuing(found, q, s0, text)
                  or _growth_of_last_metric(context.metric, spoken, sentence)
                  or _guidance_named_before(context.named, q, spoken, sentence, in_sentence))
        if choice is None:
            continue
        metric, unit, distance, trigger = choice
        adjusted_by = metrics()[metric].adjusted_by
        if adjusted_by and _word_pattern(adjusted_by).search(sentence[: q.start]):
            metric = metrics()[metric].adjusted_metric
        value, low, high, qualifier = _bounds(q)
        if _is_negative(metric, sentence) or (_is_change(metric, unit) and not q.paired and _DECLINE_BEFORE.search(sentence[max(0, q.start - 30) : q.start])):
            value, low, high = _negate(value, low, high, qualifier)
        if (metric, value, low, high, unit) in seen:
            continue  # said twice in one breath: "on the order of a quarter million -- something like a quarter million"
        seen.add((metric, value, low, high, unit))
        if q.paired == "from":
            period, kind = None, "actual"  # "from 20 to 40 GWh by the end of the year": the start is today's level
        else:
            period = _nearest_period(periods, start, end, text)
            if period is None and trigger is None and context.named and metric == context.named.name:
                period = context.named_period  # "... cash flow guidance for 2021. So the guidance went from ..."
            kind = _kind(text, s0, start, end, period, call_date, q.qualifier == "range")
            if (kind == "actual" and period and period.end > call_date and period.label.startswith("FY")
                    and fiscal_year and period.start.year > fiscal_year):
                # "Full year sales of $2.5 billion were flat", said in January: the year just reported.
                period = Period(f"FY{fiscal_year}", date(fiscal_year, 1, 1), date(fiscal_year, 12, 31),
                                period.span_start, period.span_end)
        # A trigger that is itself a subject ("4680", "Lathrop", "Cybertruck") names the subject.
        inside = [m for m in in_sentence if m.label == "SUBJECT" and trigger and m.start >= trigger[0] and m.end <= trigger[1]]
        named = max(inside, key=lambda m: m.end - m.start).key if inside else None
        carried = context.subject if metrics()[metric].site_subject else None
        subject = named or _subject(in_sentence, start, end) or carried or _proper_noun_before(text, s0, start, context.people)
        confidence = round(max(0.5, 0.95 - distance / 400), 2)
        found.append(Figure(metric, subject, kind, value, low, high, unit, qualifier,
                            period.label if period else None, period.start if period else None,
                            period.end if period else None, sentence.strip(), start, end, confidence))
    return found


_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|an increase of|a decrease of|an additional|another|increased|decreased|grew|declined|rose|fell|improved)"
    r"\s+(?:by\s+)?(?:more than\s+|over\s+|about\s+|nearly\s+|approximately\s+)?$", re.I)


_GUIDANCE_CHANGE_BEFORE = re.compile(
    r"\b(?:increas|rais|lift|lower|cut|reduc|decreas)\w*\s+(?:[\w'-]+\s+){0,6}?(?:guidance|outlook|target|forecast)\b"
    r"[^.;]*?\bby\s+(?:about\s+|approximately\s+|roughly\s+|another\s+|an additional\s+)?$", re.I)


def _is_figure(sentence: str, q: Quantity, periods: list[Period], s0: int) -> bool:
    start, end = q.start + s0, q.end + s0
    if q.kind == "money" and _CHANGE_BEFORE.search(sentence[max(0, q.start - 30) : q.start]):
        return False  # "up more than $1 billion from 2021": a change, not a level
    if q.kind == "money" and _GUIDANCE_CHANGE_BEFORE.search(sentence[: q.start]):
        return False  # "we are increasing our cash flow guidance for 2021 by about $150 million"
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
    after = _PAIRED.sub("", sentence[q.end : q.end + 80], count=1)[:60]
    if q.kind == "percent":
        return [] if _SHARE_OF.match(after) else ["%"]  # "6% of sales" is a ratio, not a growth rate
    if q.kind == "bps":
        return ["bps"]
    if q.kind == "multiple":
        return ["x"]
    if q.kind == "money":
        if _PER_SHARE.match(after):
            return ["USD/share"]
        if _PER_MONTH.match(after):
            return ["USD/month"]
        # "an EPS outlook of at least $22.40": a few dollars near a per-share metric are per share.
        return ["USD", "USD/share"] if not q.has_scale and q.amount < 100 else ["USD"]
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
    if _OTHER_UNIT.match(after):
        return []  # hours, miles, days: not a figure of any metric
    # A bare amount: a count, or money when it is big and said with a scale ("10 billion").
    # A small bare number ("from Hardware 3 to 4 to 5", "the 2 of us") is not a figure.
    if q.has_scale:
        return ["units", "USD"]
    return ["units"] if q.amount >= 1000 else []


def _metric_for(in_sentence, start, end, spoken, text) -> tuple[str, str, int, tuple[int, int] | None] | None:
    """(metric, unit, distance, trigger span) from the nearest trigger whose metric fits a unit spoken."""
    best = None
    for m in in_sentence:
        if m.label not in ("METRIC", "WEAK"):
            continue
        metric = metrics()[m.key]
        for unit_spoken in spoken:
            named = metric.named_by(unit_spoken)
            if named is None:
                continue
            name, unit = named
            distance = _distance(m.start, m.end, start, end, text, clause_penalty=60)
            if m.start >= end and re.search(r"\band\b", text[end : m.start]):
                distance += 30  # "dividends approaching $250 million and repurchasing ...": the number is the dividends
            distance += WEAK_PENALTY if m.label == "WEAK" else 0
            # A unit only a few metrics take ("GWh per year") finds its metric anywhere in the sentence.
            reach = MAX_TRIGGER_DISTANCE if unit_spoken in _COMMON_UNITS else MAX_SENTENCE_DISTANCE
            if distance > reach or _vetoed(metric, text, m, start, end):
                continue
            if name != metric.name and not _GROWTH_WORD.search(text[max(0, start - 40) : end + 40]):
                continue  # a percentage near "sales" is its growth only when growth is said ("65% margins" is not)
            rank = (distance, -(m.end - m.start), spoken.index(unit_spoken), name != metric.name)
            if best is None or rank < best[0]:
                best = (rank, name, unit, distance, (m.start, m.end))
    if best:
        # A measure outside the taxonomy named nearer to the number than the metric claims it.
        other = min((_distance(m.start, m.end, start, end, text, clause_penalty=60) for m in in_sentence
                     if m.label == "OTHER" and not (best[4] and m.start < best[4][1] and best[4][0] < m.end)), default=None)
        if other is not None and other < best[3]:
            return None
        return best[1:]
    return None


_CONTINUATION = re.compile(r"(?:\band\s+then|\band|\bthen|\bor|\bto|,)\s+(?:maybe\s+|probably\s+|even\s+)?$", re.I)


def _continuing(found: list[Figure], q: Quantity, s0: int, text: str):
    """A bare amount that continues a list ("7 million cars in a year or so and then 10 million")
    is another figure of the same metric and unit."""
    if not found or q.kind != "number" or not q.has_scale:
        return None
    last = found[-1]
    between = text[last.end : q.start + s0]
    if len(between) > 60 or not _CONTINUATION.search(between) or last.unit not in ("units", "USD"):
        return None
    return last.metric, last.unit, 150, None


def _growth_of_last_metric(metric: str | None, spoken: list[str], sentence: str):
    """A growth rate said right after a figure, in a sentence naming no metric ("nearly 15 GWh
    in 2023 ... So, tremendous year-over-year growth, triple digits"), is that metric's growth."""
    growth = metrics()[metric].percent_metric if metric else None
    if growth and spoken == ["%"] and _GROWTH_WORD.search(sentence):
        return growth, "%", 150, None
    return None


_GUIDANCE_TALK = re.compile(r"\b(?:guidance|range|midpoint|outlook)\b", re.I)


def _guidance_named_before(named, q: Quantity, spoken: list[str], sentence: str, in_sentence):
    """Amounts in a sentence that names no measure but talks about the guidance, right after a
    sentence that named a metric: "... our adjusted cash flow guidance for 2021. So the guidance
    went from $775 million to a newly revised range of $850 million to $925 million." """
    if named is None or q.kind != "money" or not _GUIDANCE_TALK.search(sentence):
        return None
    if any(m.label in ("METRIC", "WEAK", "OTHER") for m in in_sentence):
        return None
    unit = next((named.unit_for(u) for u in spoken if named.unit_for(u)), None)
    return (named.name, unit, 150, None) if unit else None


def _vetoed(metric, text: str, trigger: _Match, start: int, end: int) -> bool:
    if not metric.veto:
        return False
    around = text[max(0, min(trigger.end, start - 25)) : max(trigger.start, end) + 30]
    return bool(_word_pattern(metric.veto).search(around))


def _distance(a0: int, a1: int, b0: int, b1: int, text: str, clause_penalty: int = 200) -> int:
    """Characters between two spans; a clause break between them counts as far."""
    if a1 <= b0:
        gap, between = b0 - a1, text[a1:b0]
    elif b1 <= a0:
        gap, between = a0 - b1, text[b1:a0]
    else:
        return 0
    return gap + (clause_penalty if _CLAUSE_BREAK.search(between) else 0)


def _bounds(q: Quantity) -> tuple[float | None, float | None, float | None, str]:
    if q.qualifier == "range":
        return None, q.low, q.high, "range"
    if q.qualifier == "at_least":
        return q.value, q.value, None, "at_least"
    if q.qualifier == "up_to":
        return q.value, None, q.value, "up_to"
    return q.value, None, None, q.qualifier


def _negate(value, low, high, qualifier):
    """A reduction or a loss: negative, with bounds mirrored so low <= high."""
    neg = lambda x: None if x is None else -x  # noqa: E731
    return neg(value), neg(high), neg(low)


_DECLINE_BEFORE = re.compile(
    r"\b(?:down|declined?|decreased?|fell|lower|contracted|shrank|dropped|a decline of|a decrease of|a reduction of)"
    r"\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$", re.I)


def _is_change(metric: str, unit: str) -> bool:
    """A growth rate or a change in basis points, whose direction the words before it give."""
    return unit == "bps" or (unit == "%" and metric in _GROWTH_METRICS())


@cache
def _GROWTH_METRICS() -> frozenset[str]:
    return frozenset(m.percent_metric for m in metrics().values() if m.percent_metric) | {"organic_revenue_growth"}


def _is_negative(metric: str, sentence: str) -> bool:
    phrases = metrics()[metric].negative
    return bool(phrases) and bool(_word_pattern(phrases).search(sentence))


def _subject(in_sentence, start, end) -> str | None:
    """The subject named nearest before the figure ("Auto margins ... 18.5%"), else nearest after."""
    candidates = [m for m in in_sentence if m.label == "SUBJECT"]
    before = [m for m in candidates if m.end <= start]
    if before:
        return max(before, key=lambda m: (m.end, m.end - m.start)).key  # "energy storage" over "storage"
    return min(candidates, key=lambda m: m.start).key if candidates else None


_BASELINE = re.compile(r"(?:\bfrom|compared (?:to|with)|versus|\bvs\.?|relative to|than|over)\s+(?:our\s+|the\s+|last\s+year's\s+)?$", re.I)
_PROPER = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zA-Z&-]+(?:\s+[A-Z][a-zA-Z&-]+)?)\b")
_NOT_SUBJECTS = frozenset("""I We Our The This That These Those And But So As In On For At To Of With By From It Its
    They Their He She You Your Yes No Okay OK Well Also Now Then Overall Total Q1 Q2 Q3 Q4 GAAP EPS CEO CFO
    January February March April May June July August September October November December""".split())


def _proper_noun_before(text: str, s0: int, start: int, people: frozenset[str]) -> str | None:
    """A company's own segment named right before the figure ("Evernorth revenue to grow 4%",
    "expect Collins to meet their $600 million synergy target"), in the same clause."""
    window = text[max(s0, start - 60) : start]
    clause = _CLAUSE_BREAK.split(window)[-1]
    offset = len(window) - len(clause)
    names = [m for m in _PROPER.finditer(clause)
             if m.group(1).split()[0] not in _NOT_SUBJECTS and not people.intersection(m.group(1).split())]
    if not names:
        return None
    at = max(s0, start - 60) + offset + names[-1].start(1)
    opening = s0 + len(text[s0:start]) - len(text[s0:start].lstrip())
    return names[-1].group(1) if at > opening else None  # a sentence's first word is capitalised anyway


def _nearest_period(periods: list[Period], start: int, end: int, text: str) -> Period | None:
    """The time phrase that dates the figure: the nearest, a following one preferred,
    never a baseline ("grow 75% higher from 2023")."""
    targets = [p for p in periods if not _BASELINE.search(text[max(0, p.span_start - 20) : p.span_start])]
    if not targets:
        return None

    def cost(p: Period) -> int:
        # "Q4 operating margin was 22.1% and full year margin was 23.2%": "and" leads to the next figure's period.
        after_and = p.span_start >= end and re.search(r"\band\b", text[end : p.span_start])
        return _distance(p.span_start, p.span_end, start, end, text) + (15 if p.span_end <= start else 0) + (60 if after_and else 0)

    best = min(targets, key=cost)
    return best if cost(best) < 200 else None


def _kind(text: str, s0: int, start: int, end: int, period: Period | None, call_date: date, ranged: bool) -> str:
    """Guidance or actual: the nearest tense cue before the figure decides, then the period
    (still ahead, or already past), then the nearest cue after it; with none, actual."""
    before = text[s0:start]
    guidance = [m.end() for m in _word_pattern(cues().guidance).finditer(before)]
    actual = [m.end() for m in _word_pattern(cues().actual).finditer(before)]
    if not actual:
        guidance += [m.end() for m in _word_pattern(cues().guidance_nouns).finditer(before)]
    if guidance or actual:
        return "guidance" if max(guidance, default=-1) > max(actual, default=-1) else "actual"
    if period is not None:
        if period.start > call_date:
            return "guidance"
        if period.end < call_date:
            return "actual"
    after = _STRONG_BREAK.split(text[end : end + 80])[0]
    g_after = _word_pattern(cues().guidance + ("going",)).search(after)
    a_after = _word_pattern(cues().actual).search(after)
    if g_after and (not a_after or g_after.start() < a_after.start()):
        return "guidance"
    return "guidance" if ranged else "actual"  # results are said as one number; a range is an outlook


# ------------------------------------------------------------------ dated events → milestones


MAX_EVENT_DISTANCE = 80  # characters between an event and the date that makes it a milestone


def _event_subject(event: _Match, in_sentence, carried_product: str | None) -> str:
    """What the milestone is, as "<product> <event>": the product named nearest the event in
    the sentence, else the one the turn was last talking about."""
    products = [m for m in in_sentence if m.label == "PRODUCT"]
    if products:
        product = min(products, key=lambda m: abs(m.start - event.start)).key
    else:
        product = carried_product
    return f"{product} {event.key}" if product else event.key


def _milestones(text, s0, s1, in_sentence, periods, call_date, previous_event, previous_product, has_numbers) -> list[Figure]:
    """Dated events: each event said near a date is a milestone dated by the nearest date.

    A sentence with a date but no event of its own ("So, we expect it to be more like early
    2025, if not late this year.") dates the event of the sentence before; of several
    readings the later is kept."""
    if not periods:
        return []
    sentence = text[s0:s1]
    events = [m for m in in_sentence if m.label == "EVENT"]
    if not events:
        if previous_event and not has_numbers and _PRONOUN_SENTENCE.search(sentence):
            latest = max(periods, key=lambda p: p.end)
            return [_milestone(sentence, previous_event, latest, latest.span_start, latest.span_end, call_date)]
        return []
    periods = _later_of_alternatives(periods, text)
    # Pair events and dates nearest first, each used once; a date after its event reads more naturally.
    pairs = sorted(
        (_distance(e.start, e.end, p.span_start, p.span_end, text, 0) + (10 if p.span_end <= e.start else 0), i, j)
        for i, e in enumerate(events)
        for j, p in enumerate(periods)
    )
    found, used_events, used_periods = [], set(), set()
    for gap, i, j in pairs:
        if gap > MAX_EVENT_DISTANCE or i in used_events or j in used_periods:
            continue
        used_events.add(i)
        used_periods.add(j)
        event, period = events[i], periods[j]
        subject = _event_subject(event, in_sentence, previous_product)
        found.append(_milestone(sentence, subject, period, min(event.start, period.span_start),
                                max(event.end, period.span_end), call_date))
    return sorted(found, key=lambda f: f.start)


_ALTERNATIVE = re.compile(r"^\s*,?\s*(?:or|if not|or maybe|or even|to)\s*$", re.I)


def _later_of_alternatives(periods: list[Period], text: str) -> list[Period]:
    """"by the end of this year or early next": one date, the later reading."""
    merged: list[Period] = []
    for period in periods:
        if merged and _ALTERNATIVE.match(text[merged[-1].span_end : period.span_start]):
            earlier = merged.pop()
            later = max(earlier, period, key=lambda p: p.end)
            period = Period(later.label, later.start, later.end, earlier.span_start, period.span_end)
        merged.append(period)
    return merged


def _milestone(sentence: str, subject: str, period: Period, start: int, end: int, call_date: date) -> Figure:
    # A date still ahead is guidance; so is a past date said as a plan (the transcript's "planned for late 2021").
    planned = _word_pattern(cues().guidance).search(sentence)
    kind = "guidance" if period.end >= call_date or planned else "actual"
    qualifier = "approx" if _APPROX_DATE.search(sentence) else "exact"
    return Figure("milestone", subject, kind, None, None, None, "date", qualifier, period.label, period.start,
                  period.end, sentence.strip(), start, end, 0.7)


_APPROX_DATE = re.compile(r"\b(?:sometime|around|roughly|about|approximately)\b", re.I)
