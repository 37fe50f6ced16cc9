"""Dated events: "start production toward the end of 2025" is a milestone figure."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.matching import A_PART_OF, A_SUBJECTS_CLAUSE, Match, gap_between, word_pattern
from pipeline.extract.respectively import dated_respectively
from pipeline.periods import CallTime, Period, still_ahead
from pipeline.records import Figure
from pipeline.taxonomy import MILESTONE, cues, milestone_events


# "So, we expect it to be more like early 2025": a date for what was just said.
_PRONOUN_SENTENCE = re.compile(r"\b(?:it|that|this)\s+(?:will|would|should|could|might|is|to\s+be)\b|\b(?:it|that)'s\b"
                               r"|\bexpect\s+(?:it\b|(?:that|this)(?=\s+(?:to|will|would|should|could|in|by|be)\b|[.,]))", re.I)


_NEGATED = re.compile(r"\b(?:won't|will\s+not|wouldn't|would\s+not|don't|do\s+not|never|not)\s+(?:be\s+)?$", re.I)
_UNTIL = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:until|till)\b", re.I)


def _negated(text: str, s0: int, event: Match) -> bool:
    """"those won't launch in Q1 of fiscal '22": a date an event will not happen by is no milestone
    (but "won't launch until 2023" dates the launch)."""
    return bool(_NEGATED.search(text, max(s0, event.start - 20), event.start)) and not _UNTIL.match(text, event.end)


# "a signed not open backlog of $3.3 million, the majority of which will come online over the next 12 months": when an
# amount comes in, not an event
_OF_AN_AMOUNT = re.compile(rf"\d(?:\s*(?:thousand|million|billion|%))?(?:\s+[\w-]+){{0,3}},\s+(?:all\s+of|{A_PART_OF})\s+which"
                           r"(?:\s+[\w']+){0,3}\s+$"
                           # ("approximately 3.8 billion of approved capital in the pipeline that is scheduled to come online")
                           r"|\d(?:\s*(?:thousand|million|billion))\s+of\s+(?:[\w-]+\s+){1,5}?(?:that|which)\s+"
                           r"(?:is|are|will\s+be)\s+(?:scheduled|expected|slated|set|planned)\s+to\s+$", re.I)


# "we only plan to turn to sales about 15% of the planned wells": a share of the work done by then, not an event
_A_SHARE_OF_IT = re.compile(r"\s+(?:about|approximately|roughly|around|only|some|just)?\s*\d+(?:\.\d+)?\s*(?:%|percent)\s+of\b", re.I)


MAX_EVENT_DISTANCE = 80  # characters between an event and the date that makes it a milestone


# ", we will make some announcements and launch ...": the time said before is the clause's
_OPENS_THE_CLAUSE = re.compile(r"\s*,\s*(?:we|they|I)\b")


def event_subject(event: Match, in_sentence, carried_product: str | None, text: str, s0: int,
                  periods: list[Period]) -> str:
    """What the milestone is, as "<product> <event>": the product named nearest the event in
    the sentence, else the thing the words around the event name, else the product the turn was
    last talking about."""
    products = [m for m in in_sentence if m.label == "PRODUCT"]
    if products:
        product = min(products, key=lambda m: abs(m.start - event.start)).key
    else:
        thing = _what_the_event_is_of(text, s0, event, periods)
        # "exceed the competitiveness of suppliers" is already all of "cost below suppliers"
        named_already = thing and set(thing.lower().split()) <= set(event.key.lower().split())
        product = thing if thing and not named_already else carried_product
    return f"{product} {event.key}" if product else event.key


_DETERMINER = r"(?:the|a|an|our|its|their|this|these|those|that)"
# Words that end the thing an event is of: time, place and clause words, and pronouns.
_NOT_THE_THING = frozenset("""in by during before after at on of upon into over under across through via per than around
    about between within without inside outside like since until now this next later early late for to with which that
    as when from so and or but is are was were will would could should be been won't can't don't isn't aren't such it
    them they we you he she i one some all""".split())
# What a plan is before its event, not a thing ("the intent is to launch that in 2020"); after it, one ("the launch
# of our five-year plan").
_INTENTS = frozenset("intent intention plan plans goal aim idea hope expectation".split())
# An event said as a verb takes its object after it ("plan to retire Trenton Channel"); said as a noun
# it is of what follows "of" ("the launch of Truly Punch Hard Seltzer", not "new model launch changeovers").
_AS_A_VERB = re.compile(r"\b(?:to|will|'ll|could|would|should|can|may|might|we|we're|they|be|by|also|and|then)\s+$", re.I)
_AFTER_EVENT = re.compile(rf"[\s,]*(?:particularly\s+|especially\s+|including\s+)?(?:{_DETERMINER}\s+)?((?:[\w&'-]+\.?\s*){{1,6}})", re.I)
# ("the retirement of $685 million of long-term debt": of the debt; "revenue from One Beach")
_OF_AFTER_EVENT = re.compile(rf"\s+(?:of|on|from)\s+(?:{_DETERMINER}\s+)?(?:[$][\d.,]+\s*(?:thousand|million|billion)?\s+of\s+)?"
                             r"((?:[\w&'-]+\s*){1,6})", re.I)
# "a co-gen facility that goes online", "the Monroe coal plant is slated to retire", "our capacity projects remain on
# track for completion"
_BEFORE_EVENT = re.compile(rf"{_DETERMINER}\s+((?:[\w&'-]+\s+){{1,5}}?)(?:(?:that|which|is|are|will|'ll|be|to|now|also|"
                           r"slated|scheduled|expected|planned|set|likely|probably|should|would|could|come|comes|go|goes|remain|remains|on\s+track|for|"
                           r"\w+ly)\s+)*$", re.I)
# "the August ILUMA launch", "the Ohio contract go live date"
_NAMES_BEFORE_EVENT = re.compile(r"((?:\b(?!(?:I|We|It|They|The|Our|And|But|So|That|This|These|Those)\b)[A-Z][\w&'-]*\s+){1,3})$")


_OF_NEXT = re.compile(r"\s+of\b", re.I)
_A_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_A_WORD_OF_A_NAME = re.compile(r"[A-Z][a-z]{0,2}\.(?=\s+[A-Z])|[\w&'-]+|[^\w\s]")  # ("St. Louis")


def _what_the_event_is_of(text: str, s0: int, event: Match, periods: list[Period]) -> str | None:
    """The words for the thing an event is of: its object after it, else the noun phrase before it."""
    def in_a_period(at: int) -> bool:
        return any(p.span_start <= at < p.span_end for p in periods)

    before = text[s0 : event.start]
    after = _OF_AFTER_EVENT.match(text, event.end) or (_AS_A_VERB.search(before) and _AFTER_EVENT.match(text, event.end))
    if after:
        words = []
        for word in re.finditer(_A_WORD_OF_A_NAME, after.group(1)):
            said = word.group()
            # a word in -ing ends the thing, unless it is a noun of something ("major repositioning of the 50 to 52nd floors")
            verb_ing = said.endswith("ing") and not _OF_NEXT.match(after.group(1), word.end())
            # (a name may hold such words: "revenue from One Beach")
            of_a_name = said.istitle() and len(said) > 1 and _A_NAME_GOES_ON.match(after.group(1), word.end())
            if (not said[0].isalnum() or said.lower() in _NOT_THE_THING and not of_a_name or (words and verb_ing)
                    or (said.islower() and said.endswith("ed"))
                    or in_a_period(after.start(1) + word.start())):
                break
            words.append(said)
        if any(w[0].isalpha() for w in words):
            return " ".join(words)
    # the nearest noun phrase first: "we expect that One Beach will be completed"
    starts = [m.start() for m in re.finditer(rf"\b{_DETERMINER}\s", before, re.I)][::-1]
    candidates = [_BEFORE_EVENT.match(before, at) for at in starts] + [_NAMES_BEFORE_EVENT.search(before)]
    for found in candidates:
        if found and not in_a_period(s0 + found.start(1)):
            words = found.group(1).split()
            # a name may hold such words ("One Beach"), "I" is none
            if not any(w.lower() in _NOT_THE_THING and not (w.istitle() and len(w) > 1) or w.lower() in _INTENTS
                       for w in words):
                return " ".join(words)
    return None


def find_milestones(text, s0, s1, in_sentence, periods, when: CallTime, previous_event, previous_product,
                    amounts: list[Figure]) -> list[Figure]:
    """Dated events: each event said near a date is a milestone dated by the nearest date, unless
    an amount stands between them ("full-year capital expenditures to around $0.6 billion,
    reflecting latest launch plans": the year dates the capex, not a launch).

    A sentence with a date but no event of its own ("So, we expect it to be more like early
    2025, if not late this year.") dates the event of the sentence before; of several
    readings the later is kept."""
    has_numbers = bool(amounts)
    sentence = text[s0:s1]
    if not periods or word_pattern(cues().of_others).search(sentence):
        return []
    not_of_the_company = word_pattern(cues().not_of)
    events = [m for m in in_sentence + _dated_nouns(text, periods)
              if m.label == "EVENT" and not not_of_the_company.search(text[max(s0, m.start - 30) : m.end + 30])
              and not _negated(text, s0, m) and not _OF_AN_AMOUNT.search(text, max(s0, m.start - 100), m.start)
              and not _A_SHARE_OF_IT.match(text, m.end)]
    if not events:
        if previous_event and not has_numbers and _PRONOUN_SENTENCE.search(sentence) and not not_of_the_company.search(previous_event):
            latest = max(periods, key=lambda p: p.end)
            return [_milestone(s0, s1, previous_event, latest, latest.span_start, latest.span_end, text, when)]
        return []
    periods = _later_of_alternatives(periods, text)
    if len(events) == 1 and (dated := dated_respectively(sentence, s0, periods)):
        # "The shell completions are anticipated late in the first and second quarters in 2022, for the Ocala and Mount
        # Comfort projects respectively": one event per date listed
        event = events[0]
        subject = event_subject(event, in_sentence, previous_product, text, s0, periods)
        return [_milestone(s0, s1, f"{thing} {subject}" if thing else subject, period, min(event.start, period.span_start),
                           max(event.end, period.span_end), text, when)
                for period, thing in dated]
    # Pair events and dates nearest first, each used once; a date after its event reads more naturally.
    # "we retired X this year and plan to retire Y in 2022": a date before "and" is not the next event's (but one that
    # opens the clause is all of its: "over the course of next three months, we will make some announcements and launch
    # one or two new markets").
    pairs = sorted(
        (gap_between(e.start, e.end, p.span_start, p.span_end, text, 0)
         + (10 + (60 if re.search(r"\band\b", text[p.span_end : e.start]) and not _OPENS_THE_CLAUSE.match(text, p.span_end)
                  else 0) if p.span_end <= e.start else 0), i, j)
        for i, e in enumerate(events)
        for j, p in enumerate(periods)
    )
    found, used_events, used_periods = [], set(), set()
    for gap, i, j in pairs:
        if gap > MAX_EVENT_DISTANCE or i in used_events or j in used_periods:
            continue
        event, period = events[i], periods[j]
        if any(min(event.end, period.span_end) <= a.start and a.end <= max(event.start, period.span_start) for a in amounts):
            continue
        if period.span_end <= event.start and _A_PAST_ACT_BEFORE.search(text, max(s0, period.span_start - 60),
                                                                         period.span_start):
            continue  # "launched a new quick-ship program this quarter with ... SKUs shipping": the time of what was done
        if event.end <= period.span_start and A_SUBJECTS_CLAUSE.search(text, event.end, period.span_start):
            continue  # "the Tempo launch, we had an owner committee that worked with us ... over the last year"
        used_events.add(i)
        used_periods.add(j)
        subject = event_subject(event, in_sentence, previous_product, text, s0, periods)
        if not_of_the_company.search(subject):
            continue  # "the launch of our accounts receivable securitization facility": finance
        milestone = _milestone(s0, s1, subject, period, min(event.start, period.span_start), max(event.end, period.span_end),
                               text, when)
        if milestone.kind == "actual" and subject == event.key:
            continue  # "as we benefited from several new program launches": a past event of nothing named tracks nothing
        found.append(milestone)
    return sorted(found, key=lambda f: f.start)


def as_the_event_dated_before(milestone: Figure, earlier: list[Figure]) -> Figure:
    """"We'll talk about this more on August 8.", said after "we will be showcasing our purpose-built robotaxi or
    Cybercab in August": an event whose sentence names nothing it is of, dated within the wider time an earlier
    milestone of the same event was given, is that milestone, not one of the product the talk was last on."""
    event = _event_of(milestone.subject)
    of_what = milestone.subject[: -len(event)].strip() if event else ""
    if not of_what or of_what.lower() in milestone.evidence.lower():
        return milestone
    for before in reversed(earlier):
        if (before.subject not in (milestone.subject, event) and _event_of(before.subject) == event
                and before.period_start <= milestone.period_start and milestone.period_end <= before.period_end
                and milestone.period_end - milestone.period_start < before.period_end - before.period_start):
            return replace(milestone, subject=before.subject)
    return milestone


def _event_of(subject: str) -> str | None:
    """The event a milestone's subject ends with ("Cybercab unveil": "unveil")."""
    return max((event for event in milestone_events() if subject == event or subject.endswith(" " + event)), key=len,
               default=None)


_A_PAST_ACT_BEFORE = re.compile(r"\b(?:launched|introduced|opened|started|began|completed|rolled\s+out|unveiled|debuted|kicked\s+off|"
                                r"commenced|initiated)\s+(?:[\w&'-]+\s+){0,5}$", re.I)


def _dated_nouns(text: str, periods: list[Period]) -> list[Match]:
    """"on budget for Q2 or Q3 2023 delivery": events (cues.toml) said as a noun right after their date."""
    nouns = cues().events_after_date
    pattern = word_pattern(tuple(nouns))
    found = []
    for p in periods:
        space = _SPACE.match(text, p.span_end)
        said = space and pattern.match(text, space.end())
        if said:
            found.append(Match("EVENT", nouns[said.group()], said.start(), said.end(), text[said.start() : said.end()]))
    return found


_SPACE = re.compile(r"\s+")


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


def _milestone(s0: int, s1: int, subject: str, period: Period, start: int, end: int, text: str, when: CallTime) -> Figure:
    # A date still ahead is guidance; so is a past date said as a plan (the transcript's "planned for late 2021"),
    # but not one merely in a sentence that plans something else ("since the launch of our five-year plan in
    # July 2020, we are considerably ahead of our expectations").
    planned = word_pattern(cues().guidance).search(text[max(0, start - 40) : end])
    kind = "guidance" if period.end >= when.call_date or planned else "actual"
    if planned:
        period = still_ahead(period, text[period.span_start : period.span_end], when)
    # "sometime in the second half", not "an approximately 210,000 square foot tower ... for Q3 2023 delivery"
    qualifier = "approx" if _APPROX_DATE.search(text, max(s0, start - 25), min(s1, end + 25)) else "exact"
    return Figure(MILESTONE, subject, kind, None, None, None, "date", qualifier, period.label, period.start,
                  period.end, text[s0:s1].strip(), start, end, 0.7)


# ("We'll talk about this more on August 8": what is talked about, not how near)
_APPROX_DATE = re.compile(r"\b(?:sometime|around|roughly|(?<!talk\s)(?<!talked\s)(?<!talking\s)about|approximately)\b", re.I)
