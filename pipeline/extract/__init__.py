"""Guidance figures out of what management says.

    extract(text, call_date=...)   figures in plain text (no warehouse needed)
    extract_call(parsed_call)      figures of a call's management turns, located in the source file
    call_time(parsed_call)         when the call took place and which quarter it reports on

spaCy (a blank English pipeline: tokenizer, sentencizer and PhraseMatchers built from
pipeline/data/*.toml) finds sentences and the phrases that name metrics, subjects and
events (matching.py); pipeline.numbers reads the spoken numbers and pipeline.periods the
time phrases. A number becomes a figure only when a metric trigger near it, or the talk
around it, fits its unit (numeric.py: which amounts are figures; units.py, metric_choice.py with
metric_context.py, dating.py and kinds.py: each one's unit, metric, period, and whether it is guidance); an
event said with a date is a milestone (milestones.py). This module walks a call's sentences
and keeps the conversation's context from one to the next.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from pipeline.extract.dating import (framing_period, may_frame, may_set_a_framing, nearest_period,
                                     says_a_horizon_of_its_own, says_a_longer_plan)
from pipeline.extract.kinds import OUTLOOK_HEADING
from pipeline.extract.matching import (DIGIT, ROUGH_SENTENCE_END, another_measure, last_metric_named,
                                       last_sentence, metric_asked, nlp_pipeline, phrase, phrase_matches, sentences,
                                       word_pattern)
from pipeline.extract.metric_choice import amount_key
from pipeline.extract.milestones import as_the_event_dated_before, event_subject, find_milestones
from pipeline.extract.numeric import numeric_figures
from pipeline.extract.segments import (last_segment_named, own_segments, segment_heading, slides_part, turns_to,
                                       turns_to_segment)
from pipeline.extract.subjects import investment_named
from pipeline.periods import CallTime, FiscalCalendar, Period, find_periods, fiscal_calendar, reported_quarter_end
from pipeline.records import MANAGEMENT_ROLES, CallFigure, Figure, ParsedCall
from pipeline.taxonomy import Metric, Names, cues, metrics, names

__all__ = ["CallFigure", "Figure", "call_time", "extract", "extract_call"]


def extract(text: str, call_date: date | None = None, fiscal_year: int | None = None,
            fiscal_year_ends: int = 12, ticker: str | None = None) -> list[Figure]:
    """Every figure in `text`, a management turn or any passage said by management.

    Periods are resolved against `call_date` (default today); "we ended the year" is
    `fiscal_year`, the year the call reports on; fiscal years end in month `fiscal_year_ends`.
    The company's own products and sites (pipeline/data/cues.toml) are read for `ticker`.
    """
    nlp, matcher = nlp_pipeline(ticker)
    when = CallTime.of(call_date or date.today(), fiscal_year, None, FiscalCalendar(fiscal_year_ends))
    context = _Context(names(ticker), own_segments=own_segments([text], frozenset()),
                       bases=_bases_said([text]), not_metrics=_not_metrics([text]))
    return _figures(nlp(text), text, matcher, when, context)


def extract_call(call: ParsedCall, when: CallTime | None = None) -> list[CallFigure]:
    """Figures of the call's management turns (executives, the IR host, unnamed company speakers);
    `when` is the call's `call_time`, if already worked out."""
    nlp, matcher = nlp_pipeline(call.meta.ticker)
    when = when or call_time(call)
    # Only management paragraphs that could state a figure go through spaCy; the others
    # only move the conversation's context along.
    pieces = [(turn, offset, chunk, turn.role in MANAGEMENT_ROLES and may_state)
              for turn in call.turns for offset, chunk, may_state in _chunks(turn.text)]
    docs = iter(nlp.pipe(paragraph for _, _, paragraph, parse_it in pieces if parse_it))
    management = [turn.text for turn in call.turns if turn.role in MANAGEMENT_ROLES]
    people = frozenset(w for t in call.turns for w in t.speaker.split())
    context = _Context(names(call.meta.ticker), people, own_segments(management, people), _bases_said(management),
                       _not_metrics(management), call.meta.company)
    found, current_turn = [], None
    for turn, offset, paragraph, parse_it in pieces:
        if turn is not current_turn:
            context.new_turn(in_qa=turn.section == "qa")
            if turn.role not in MANAGEMENT_ROLES:
                context.asked, context.question = metric_asked(turn.text), turn.text
            current_turn = turn
        elif _starts_paragraph(turn.text, offset):
            context.new_paragraph()
        if not parse_it:
            context.follow(paragraph, turn.role in MANAGEMENT_ROLES, when)
            continue
        for f in _figures(next(docs), paragraph, matcher, when, context):
            found.append(CallFigure(f, turn.turn_index, turn.speaker, turn.role,
                                    turn.source_offset(offset + f.start), turn.source_offset(offset + f.end - 1) + 1))
    return found


def _chunks(text: str) -> list[tuple[int, str, bool]]:
    """The text cut roughly into sentences, runs of those that may state a figure kept together
    (spaCy then finds the real sentence boundaries in them): (offset, text, may state a figure)."""
    chunks: list[tuple[int, str, bool]] = []
    position = 0
    for boundary in [*ROUGH_SENTENCE_END.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        piece = text[position:end]
        if piece.strip():
            may_state = _may_state_figure(piece)
            if chunks and chunks[-1][2] == may_state:
                offset, _, _ = chunks.pop()
                piece = text[offset:end]
                position = offset
            chunks.append((position, piece, may_state))
        position = boundary.end() if boundary else len(text)
    return chunks


def call_time(call: ParsedCall) -> CallTime:
    """The call's date and fiscal calendar (the company's own, when cues.toml lists it); with no date known,
    a month after the quarter it reports on ends (as the call says it ended, else the calendar quarter)."""
    meta = call.meta
    year_ends = cues().fiscal_year_ends.get(meta.ticker or "")
    listed = FiscalCalendar(year_ends, meta.ticker in cues().named_by_start) if year_ends else None
    if meta.call_date is None:
        said = (listed.quarter(meta.fiscal_year, meta.fiscal_quarter)[2] if listed
                else reported_quarter_end(" ".join(turn.text for turn in call.turns), meta.fiscal_year, meta.fiscal_quarter))
        if said is None:
            month = meta.fiscal_quarter * 3 + 1
            guessed = date(meta.fiscal_year + 1, 1, 28) if month > 12 else date(meta.fiscal_year, month, 28)
            return CallTime.of(guessed, meta.fiscal_year, meta.fiscal_quarter)
        call_date = said + timedelta(days=30)
    else:
        call_date = meta.call_date
    fiscal = listed or fiscal_calendar(call_date, meta.fiscal_year, meta.fiscal_quarter)
    return CallTime.of(call_date, meta.fiscal_year, meta.fiscal_quarter, fiscal)


class _Context:
    """What the conversation is about so far. The product carries across turns (a question
    names it, the answer says "we expect to start production next year"); the last event and
    subject carry from one sentence to the next within a turn."""

    def __init__(self, names: Names, people: frozenset[str] = frozenset(), own_segments: frozenset[str] = frozenset(),
                 bases: frozenset[str] = frozenset(), not_metrics: frozenset[str] = frozenset(),
                 company: str | None = None) -> None:
        self.names = names  # the subjects and products this company's figures can be about
        self.company = company  # the company's name: a figure of it is of no part of it
        self.people = people  # words of the speakers' names: a person is not a segment
        self.own_segments = own_segments  # the segments the call names ("our Plumbing segment")
        self.named_segment: str | None = None  # the one of them the turn named last
        self.bases = bases  # the bases the call said all its figures are on (adjusted, organic)
        self.not_metrics = not_metrics  # triggers that name no metric in this call (a real-estate trust's "sales")
        self.product: str | None = None
        self.event: str | None = None
        self.subject: str | None = None
        self.segment: str | None = None  # the company segment being talked about
        self.turned_to = False  # whether the last sentence turned the talk to it ("Turning to the RS&I Group.")
        self.on_slide = False  # whether the segment has a slide of its own ("Starting with the C&I Group on Slide 7.")
        self.after_slide = False  # whether the last sentence turned to a slide that names no segment
        self.last: Figure | None = None  # the turn's last figure
        self.named = None  # the Metric the sentence before named, if any
        self.named_period: Period | None = None  # and the period it gave it
        self.said: dict[tuple, Figure] = {}  # management's figures so far, by amount ("that $425 million")
        self.milestones: list[Figure] = []  # and its milestones so far
        self.asked: Metric | None = None  # what the last question asked about, until the answer gives a figure
        self.question = ""  # the last question's words
        self.in_outlook = False  # whether the turn has turned to the outlook ("Turning to the fourth quarter guidance.")
        self.time_said: Period | None = None  # the last time the turn said, for "over that period"
        self.framing: Period | None = None  # the time the turn set for the outlook ("Turning to the Q4 guidance.")
        self.in_qa = False  # whether the turn is in the Q&A, where figures are less often right
        self.sentence_before: str | None = None  # the turn's sentence before, whose tense a fragment going on with it takes
        self.invested_in: str | None = None  # what the turn last said an investment is in, for "in this project"

    def new_turn(self, in_qa: bool = False) -> None:
        self.event = self.subject = self.segment = self.last = self.named = self.named_segment = self.time_said = None
        self.framing = self.sentence_before = self.invested_in = None
        self.in_qa = in_qa
        self.turned_to = self.in_outlook = self.on_slide = self.after_slide = False

    def frame(self, sentence: str, when: CallTime, said_times: list[Period] | None = None) -> None:
        """The time the sentence sets for the outlook after it, if it sets one (a question sets none); a plan over
        years ends the one set before ("As you'll see in our 2022 outlook and our five-year plan, ... through 2026")."""
        if says_a_longer_plan(sentence):
            self.framing = None
        elif not _asks(sentence):
            self.framing = framing_period(sentence, when, said_times) or self.framing

    def follow(self, text: str, by_management: bool, when: CallTime) -> None:
        """Text read without spaCy (it states no figure) still names products and subjects, and
        management's last sentence a metric its next sentence may go on about."""
        products = word_pattern(tuple(self.names.products)).findall(text)
        if products:
            self.product = self.names.products[phrase(products[-1])]
        subjects = word_pattern(tuple(self.names.subjects)).findall(text)
        if subjects:
            self.subject = self.names.subjects[phrase(subjects[-1])]
        self.follow_segment(text)
        self.in_outlook = self.in_outlook or bool(OUTLOOK_HEADING.search(text))
        if by_management and may_set_a_framing(text):
            for sentence in ROUGH_SENTENCE_END.split(text):
                self.frame(sentence, when)
        self.named_segment = last_segment_named(text, self.own_segments) or self.named_segment
        said_last = last_sentence(text) if by_management else None
        self.heard(last_metric_named(said_last) if said_last else None)
        self.sentence_before = said_last
        self.invested_in = investment_named(text) or self.invested_in
        self.event = None

    def heard(self, metric: str | None, period: Period | None = None) -> None:
        """The metric (and the period it was given) the sentence just read named last, for the next one."""
        self.named, self.named_period = (metrics()[metric] if metric else None), period

    def follow_segment(self, text: str, new_paragraph: bool = False) -> None:
        """The segment talked about after `text`: a segment's talk ends with its paragraph."""
        paragraphs = text.split("\n")
        if new_paragraph or len(paragraphs) > 1:
            self.new_paragraph()
        current = self.segment
        slide = _A_SLIDE.search(paragraphs[-1])
        heading = segment_heading(paragraphs[-1], self.people, current)
        if self.on_slide and heading not in (None, current) and not slide and not turns_to(paragraphs[-1]):
            heading = current  # "Operating earnings for the CNI segment of $50.1 million": named in passing on its slide
        self.segment = heading
        self.turned_to = self.segment is not None and self.segment != current and turns_to(paragraphs[-1])
        if self.segment != current:
            self.on_slide = self.segment is not None and bool(slide) and turns_to_segment(paragraphs[-1], self.segment)
        elif self.on_slide and slide:
            self.segment, self.on_slide = None, False  # the next slide
        elif self.segment is None and self.after_slide and (part := slides_part(paragraphs[-1], self.people)):
            self.segment, self.on_slide = part, True
        self.after_slide = self.segment is None and bool(slide) and turns_to(paragraphs[-1])

    def new_paragraph(self) -> None:
        """A segment's talk ends with its paragraph, unless the paragraph ended by turning to it ("Now turning to
        Douglas Elliman's financial performance ..." and then the figures), or the segment has a slide of its own: its
        talk goes on until the next slide."""
        if not (self.turned_to or self.on_slide):
            self.segment = None
        self.turned_to = False


_A_SLIDE = re.compile(r"\b(?:slide|page)s?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)


def _bases_said(management_texts: list[str]) -> frozenset[str]:
    """"As used in today's discussion, earnings means adjusted earnings": plain EPS is adjusted EPS; "all references
    will be on an organic and adjusted basis": plain revenue growth is organic too."""
    return frozenset(basis for basis, phrases in cues().bases.items()
                     if any(word_pattern(phrases).search(text) for text in management_texts))


def _not_metrics(management_texts: list[str]) -> frozenset[str]:
    """The triggers that name no metric in this call: a real-estate trust's "sales", a bank's "margin"."""
    lowered = [text.lower() for text in management_texts]
    return frozenset().union(*(industry.not_metrics for industry in cues().industries
                               if _times_said(industry.says, lowered) - _times_said(industry.unless, lowered) >= industry.times))


def _times_said(words: tuple[str, ...], lowered: list[str]) -> int:
    said = word_pattern(words, ignore_case=False)
    return sum(len(said.findall(text)) for text in lowered if any(map(text.__contains__, words)))  # (a fast first look)


def _asks(sentence: str) -> bool:
    """A question, but not a statement with a tag ("..., you could effectively get to 30%, right?")."""
    return sentence.rstrip().endswith("?") and not _A_TAG_QUESTION.search(sentence)


_A_TAG_QUESTION = re.compile(r",\s*(?:right|correct)\s*\?\s*$", re.I)


def _starts_paragraph(text: str, at: int) -> bool:
    """(spaCy may open a paragraph's first sentence with the line break itself)"""
    return "\n" in text[max(0, at - 4) : at + 1]


# A digit, or an amount said in words ("doubled", "a six-handle", "half a million", a rate "to be the same"), in
# lower-cased text. (Searched for apart and without re.I: a pattern that opens with a character class is searched for
# fast.)
_SPOKEN_AMOUNT = re.compile(r"doubl|triple|handle\b|\b(?:thousand|million|billion|trillion)\b|the same\b")


def _says_an_amount(text: str) -> bool:
    return bool(DIGIT.search(text) or _SPOKEN_AMOUNT.search(text.lower()))


def _framed(figures: list[Figure], framing: Period | None, sentence: str) -> list[Figure]:
    """Undated guidance given the time the turn set for the outlook (unless its sentence has a horizon of its own)."""
    if framing is None or says_a_horizon_of_its_own(sentence):
        return figures
    return [replace(f, framing_label=framing.label, framing_start=framing.start, framing_end=framing.end)
            if f.kind == "guidance" and f.period_end is None and f.framing_end is None else f for f in figures]


def _last_dated_guidance(figures: list[Figure], when: CallTime) -> Period | None:
    """The time of the sentence's last guidance for a time ahead: it frames what is said next ("For the first quarter,
    we expect sales of $1.945 billion to $1.985 billion. This represents a sales increase ... of 0% to 2%")."""
    dated = [Period(f.period_label, f.period_start, f.period_end, f.start, f.end) for f in figures
             if f.kind == "guidance" and f.period_end is not None]
    return next((p for p in reversed(dated) if may_frame(p, when)), None)


def _may_state_figure(text: str) -> bool:
    """A turn with no digit, no spoken amount and no milestone event states no figure."""
    return _says_an_amount(text) or bool(word_pattern(tuple(cues().events)).search(text))


def _figures(doc, text: str, matcher, when: CallTime, context: _Context) -> list[Figure]:
    matches = phrase_matches(doc, matcher)
    figures: list[Figure] = []
    may_frame_here = may_set_a_framing(text)
    sentence_here = context.sentence_before
    for sent in sentences(doc, text):
        s0, s1 = sent.start_char, sent.end_char
        sentence = text[s0:s1]
        context.sentence_before, sentence_here = sentence_here, sentence
        in_sentence = [m for m in matches if s0 <= m.start and m.end <= s1
                       and not (m.label in ("METRIC", "WEAK") and m.phrase in context.not_metrics)]
        products = [m for m in in_sentence if m.label == "PRODUCT"]
        subjects = [m for m in in_sentence if m.label == "SUBJECT"]
        events = [m for m in in_sentence if m.label == "EVENT"]
        if products:
            context.product = products[-1].key
        named = [m for m in in_sentence if m.label == "METRIC"]
        context.follow_segment(sentence.lstrip(), _starts_paragraph(text, s0))
        context.in_outlook = context.in_outlook or bool(OUTLOOK_HEADING.search(sentence))
        if _asks(sentence) or word_pattern(cues().hypothetical).search(sentence):
            context.event = context.subject = context.named = None
            continue  # a question (a read-out investor question) or a thought experiment guides nothing
        if not (events or context.event or _says_an_amount(sentence)):
            if may_frame_here:
                context.frame(sentence, when)
            context.subject = subjects[-1].key if subjects else context.subject
            context.heard(named[-1].key if named else None)
            continue  # nothing here can be a figure
        said_times = find_periods(sentence, when)
        if may_frame_here:
            context.frame(sentence, when, said_times)
        periods = [Period(p.label, p.start, p.end, p.span_start + s0, p.span_end + s0) for p in said_times]
        numeric = numeric_figures(text, sentence, s0, in_sentence, periods, when, context)
        context.asked = None  # only the answer's first sentence with a number answers the question
        milestones = find_milestones(text, s0, s1, in_sentence, periods, when, context.event, context.product,
                                     numeric)
        if not products:
            milestones = [as_the_event_dated_before(m, context.milestones) for m in milestones]
        context.milestones += milestones
        figures += _framed(numeric, context.framing, sentence) + milestones
        context.framing = None if says_a_longer_plan(sentence) else _last_dated_guidance(numeric, when) or context.framing
        context.time_said = periods[-1] if periods else context.time_said
        context.named_segment = last_segment_named(sentence, context.own_segments) or context.named_segment
        context.invested_in = investment_named(sentence) or context.invested_in
        context.said.update((amount_key(f.qualifier, f.value, f.value_low, f.value_high), f) for f in numeric)
        if milestones:
            context.event = milestones[-1].subject
        else:
            context.event = event_subject(events[0], in_sentence, context.product, text, s0, periods) if events else None
        context.subject = subjects[-1].key if subjects else context.subject if not numeric else None
        # ("Adjusted EBITDAX came in at $309 million. That's 109% higher ...": the talk moved on to another measure)
        moved_on = any(another_measure(m) for m in in_sentence)
        context.last = numeric[-1] if numeric else None if moved_on else context.last
        if named:
            context.heard(named[-1].key, nearest_period(periods, named[-1].start, named[-1].end, text))
        elif not (context.named and any(f.metric == context.named.name for f in numeric)):
            context.named = None  # the talk about a guidance goes on while its amounts are still said
    context.sentence_before = sentence_here
    return figures
