"""Guidance or actual: whether a figure is an outlook or a result, from the time it is for and the tense
and words around it."""

from __future__ import annotations

import re

from pipeline.extract.matching import (A_WHOLE_YEAR, COMPARISON, HEDGE, OUTLOOK, REASON, REVISED_FOR_THE_YEAR, REVISION,
                                       STRONG_BREAK, TURNING_TO, word_pattern)
from pipeline.periods import CallTime, Period
from pipeline.taxonomy import cues


def _reported_quarter_or_before(period: Period, when: CallTime) -> bool:
    """A quarter (or a day, or the twelve months or the year to a quarter) that ended by the end of the quarter the call reports
    on. A year is left to the tense: a call's reported quarter may be mislabelled, and a year's outlook is said in
    its Q4 call."""
    reported_end = when.reported_quarter_end
    return period.end <= reported_end and period.end < when.call_date and (
        (period.end - period.start).days < 100 or period.label.startswith(("TTM", "YTD")))


def a_quarter_after_the_reported(period: Period, when: CallTime) -> bool:
    """A quarter after the one the call reports on: still running or ahead, so a figure for it is an outlook."""
    reported_end = when.reported_quarter_end
    return (period.end - period.start).days < 100 and period.start > reported_end


def before_reported_year(period: Period, when: CallTime) -> bool:
    """The period was over before the fiscal year the call reports on began: a past result."""
    return period.end < when.fiscal.year(when.fiscal_year)[0]


# "stronger than we had expected" compares a result with a forecast, "we were able to generate" reports
# one, "6% on a reported basis" names a basis, "to improve from reported year-to-date levels" a
# baseline: none is a tense cue.
_NOT_A_TENSE = re.compile(r"\bthan\s+(?:we\s+|we'd\s+|we\s+had\s+|originally\s+|previously\s+|initially\s+|our\s+|the\s+)?(?:expected|anticipated|planned|forecast|guided)\b"
                          r"|\b(?:was|were)\s+able\s+to\s+\w+|\bto\s+be\s+(?:exact|precise|fair|clear|honest)\b"
                          # "the full-year guidance that we had out there has our revenue up 6%": when the outlook was given
                          r"|(?:(?<=guidance\s)|(?<=outlook\s)|(?<=forecast\s)|(?<=target\s))(?:that\s+|which\s+)?we(?:'d)?\s+(?:had|gave|provided|issued|put)\b"
                          r"|\b(?:on\s+an?\s+|as\s+)reported(?:\s+basis)?\b"
                          # "assumes a similar quarter for revenue like we saw in 1Q, so pushing 4 billion": what it is likened to
                          r"|\b(?:like|as)\s+(?:what\s+)?we(?:'ve)?\s+(?:saw|seen|had|did|delivered|achieved|experienced)\b"
                          # "I'll describe", "I'd like to highlight", "you'll recall": what the speaker is about to say
                          r"|\b(?:i|you)(?:'ll|'d|\s+will|\s+would)\s+(?:like\s+to\s+|also\s+)?(?:describe|highlight|recall|remember|note|"
                          r"discuss|talk|cover|walk|turn|give|touch|review|point|mention|say|add|remind|hand|comment|start|begin|"
                          r"focus|provide|share|summarize|close|finish)\b"
                          r"|\b(?:from|versus|vs\.?|over|than)\s+(?:the\s+|our\s+)?(?:reported\s+)?(?:year-to-date|last year|reported)\b"
                          # "We're now going to -- we're up over $200 million in cash": a start broken off and said again
                          r"|\b(?:going\s+to|will|'ll|would|should)\s*--(?=\s*(?:we|i|they|it)\b)", re.I)


# "the $500 million guidance for FY '22", "our $17 billion five-year capital program", "well above the 20% growth
# target for this business": the amount names an outlook
NAMED_AS_GUIDANCE = re.compile(rf"\s*(?:{A_WHOLE_YEAR}\s+|annual\s+|[\w-]+[- ]year\s+)?"
                                r"(?:(?:revenue|sales|growth|margin|earnings|eps|savings|synergy)\s+)?"
                                r"(?:guidance|outlook|target|goal|guide|(?:capital|investment)\s+(?:program|plan|agenda|budget))\b", re.I)


# "our previous guide", "the previously communicated range", "our earlier guidance", "last quarter's guidance"
_EARLIER = r"(?:previous(?:ly)?|prior|original(?:ly)?|initial(?:ly)?|earlier|old|last\s+(?:quarter|year|call)['’]s)"
_AN_OUTLOOK = r"(?:range|estimates?|guidance|guide|outlook|targets?|goals?|forecast|expectations?)"


# "slightly below our previously estimated range of", "in line with our expectations of spending roughly": the amount
# is the outlook the result is measured against
EARLIER_ESTIMATE = re.compile(rf"\b(?:{_EARLIER}\s+(?:estimated\s+|expected\s+|guided\s+|forecast(?:ed)?\s+|stated\s+)?{_AN_OUTLOOK}"
                               r"|(?:our|the)\s+(?:implied\s+)?(?:expected\s+(?:range|rate)|expectations?|guidance(?:\s+range)?|outlook)(?:\s+for\s+[\w-]+)?"
                               # "fall short of our free cash flow generation target of 90%", "exceeded the high end of our
                               # revenue outlook of $11.6 billion": a result measured against the outlook for its period
                               r"|(?P<result>(?:short\s+of|exceed\w*|above|below|beat|miss\w*|surpass\w*)\s+(?:the\s+(?:high|low|upper|lower)\s+end\s+of\s+)?"
                               r"(?:our|the)\s+(?:[\w&-]+\s+){0,4}?(?:target|goal|guidance|outlook))"
                               r"|(?:previously|originally|initially)\s+(?:estimated|expected|guided|forecast(?:ed)?|projected)\s+(?:it\s+|them\s+)?(?:at|to\s+be))"
                               r"\s+(?:range\s+)?(?:of\s+)?(?:between\s+)?"
                               rf"(?:spending\s+|investing\s+)?{HEDGE}$", re.I)


_EARLIER_GUIDANCE = rf"{_EARLIER}\s+(?:[\w-]+\s+){{0,3}}?{_AN_OUTLOOK}"
# "up from the previous range of $250 million to $270 million", "compared to our previous guide of 9% to 11%", "a
# decrease in our previously communicated range of"; not "unchanged from our original range of $3 to $3.30", nor "not
# reflected in our original guidance range of"
_REPLACED_BEFORE = re.compile(
    rf"\b(?:(?<!unchanged\s)from|{COMPARISON}|above|below|(?:increase|decrease|change)\s+in"
    r"|exceed(?:ed|ing)|surpass(?:ed|ing)|beat(?:ing)?|(?:fell|falling|came\s+in)\s+short\s+of|ahead\s+of)"
    rf"\s+(?:the\s+|our\s+|a\s+|its\s+)?{_EARLIER_GUIDANCE}\s+(?:range\s+)?(?:(?:of|at)\s+)?(?:between\s+)?(?:at\s+least\s+)?{HEDGE}$", re.I)
# "compared to our previously provided $5.25 billion to $5.35 billion range", "We exceeded the $500 million guidance for FY
# '22": the outlook named after its amount
_REPLACED_NAMED_BEFORE = re.compile(rf"(?:\b(?:from|{COMPARISON})\s+(?:the\s+|our\s+){_EARLIER}(?:\s+\w+ed)?"
                                    r"|\b(?:exceeded|surpassed|beat|topped|missed|outperformed)\s+(?:the|our)(?:\s+[\w-]+){0,2}?)"
                                    rf"\s+{HEDGE}$", re.I)
_THE_OUTLOOK_NAMED_AFTER = re.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?{_AN_OUTLOOK}\b", re.I)
# "Our previous guidance was for sales in the range of $445 million to $500 million, and adjusted earnings in the range of
# $1.35 to $1.70": all it goes on to, until the new outlook is said
_EARLIER_GUIDANCE_WAS = re.compile(rf"\b{_EARLIER_GUIDANCE}\s+(?:was|were|had\s+been|called\s+for)\b", re.I)
_THE_NEW_OUTLOOK = re.compile(r"[.;]\s|\b(?:now|new|newly|today|updat\w*|revis\w*|rais\w*|increas\w*|lower\w*|reduc\w*|narrow\w*"
                              r"|expect\w*)\b", re.I)
# "down slightly from the 21 to 23% that we previously estimated"
_FROM = re.compile(rf"\bfrom\s+(?:the\s+|our\s+)?{HEDGE}$", re.I)
_ESTIMATED_BEFORE_AFTER = re.compile(r"\s+(?:that|which)\s+(?:we|you)(?:'d)?\s+(?:had\s+)?(?:previously|originally|initially|earlier)\s", re.I)
# "raising the midpoint of our operating EPS guidance from $5.77 to $5.84", "we've raised our distribution infrastructure
# investment from $7 billion to $8 billion", "So the guidance went from $775 million to a newly revised annual guidance
# range of $850 million", "raising our total gross savings target of $150 million to at least $200 million": the amount a
# revision starts from
_REVISED_FROM = re.compile(rf"(?:{REVISION}|\b(?:{OUTLOOK}|range\b)\s+(?:went|moved|has\s+(?:gone|moved)|goes))"
                           rf"[^.;$\d]{{0,60}}?\b(?:from|(?<=target\s)of|(?<=guidance\s)of|(?<=outlook\s)of)\s+(?:the\s+|our\s+)?{HEDGE}$", re.I)
# "our capital guidance going forward is $15 billion to $17 billion ... It has come down from $19 billion to $22 billion
# pre-COVID": the level an outlook moved from
MOVED_FROM_BEFORE = re.compile(r"\b(?:come|came|gone|went|moved)\s+(?:down|up)\s+from\s+$", re.I)
_TO_THE_NEW = re.compile(r"\s*(?:per\s+share\s+)?to\s+(?:[\w-]+\s+){0,8}?\$?\d", re.I)


def replaced_by_the_call(text: str, s0: int, start: int, end: int) -> bool:
    """A guidance the call says it replaces: an earlier outlook said against the new one, or the amount a revision
    starts from. It was the last call's guidance; the call's own is the new one."""
    said_was = _EARLIER_GUIDANCE_WAS.search(text, s0, start)
    return bool(_REPLACED_BEFORE.search(text, max(s0, start - 160), start)
                or (_REPLACED_NAMED_BEFORE.search(text, max(s0, start - 80), start)
                    and _THE_OUTLOOK_NAMED_AFTER.match(text, end))
                or said_was and not _THE_NEW_OUTLOOK.search(text, said_was.end(), start)
                or _FROM.search(text, max(s0, start - 30), start) and _ESTIMATED_BEFORE_AFTER.match(text, end)
                or _TO_THE_NEW.match(text, end) and _REVISED_FROM.search(text, max(s0, start - 160), start)
                or bool(MOVED_FROM_BEFORE.search(text, max(s0, start - 20), start)))


# "the $90 million that we'd already had", "$40 million already achieved"
_ALREADY_AFTER = re.compile(r"\s+(?:that|which)\s+(?:[\w']+\s+){0,2}?already\b|\s+already\s+(?:achieved|realized|delivered|in hand|captured)\b", re.I)


# "roughly $25 million in incremental savings on top of the 40 million in fiscal 2021"
_ON_TOP_OF = re.compile(r"\bon\s+top\s+of\s+(?:the\s+|our\s+|that\s+)?$", re.I)


# "a little less than $40 million left in the buyback, and we plan to execute it": what is done with the amount next
_KEPT_FROM_NOW_ON = re.compile(r"[^.;]{0,60}?\bwe\s+(?:anticipate|expect|plan|intend)\s+(?:to\s+)?(?:maintain(?:ing)?|keep(?:ing)?|"
                               r"execut(?:e|ing)|us(?:e|ing)|complet(?:e|ing)|utiliz(?:e|ing))\s+(?:that\s+level|this\s+level|it|them)\b", re.I)


_PRO_FORMA = re.compile(r"\bpro[- ]forma\b", re.I)


# "were 54 million, within our expected range of 50 to 60 million": a result set against the outlook said next
_AGAINST = re.compile(r"\b(?:within|in\s+line\s+with|against|versus|vs\.?|compared\s+(?:to|with))\s+$", re.I)


def a_result_measured_against(estimate: re.Match[str] | None, text: str, s0: int) -> bool:
    """The outlook said is set against a result ("fell short of our ... target of", "within our expected range of")."""
    return bool(estimate and (estimate.group("result") or _AGAINST.search(text, max(s0, estimate.start() - 30), estimate.start())))


# "Turning to the fourth quarter guidance.": what the speaker says next is the outlook
OUTLOOK_HEADING = re.compile(TURNING_TO + r"(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,4}?(?:guidance|outlook)\b", re.I)


_GUIDANCE_WAS = re.compile(rf"\b(?:{OUTLOOK}|range)\s+(?:was|were|had\s+been)\b", re.I)


def _tense_cues(before: str) -> tuple[list[int], list[int]]:
    """Where the guidance cues and the actual cues said in `before` end."""
    before = _NOT_A_TENSE.sub(lambda m: " " * len(m.group()), before)
    reason = [m.end() for m in REASON.finditer(before)]
    if reason:
        # "we expect to deploy $1.4 billion to dividends, reflecting our quarterly dividend of $1.12":
        # the tense before a reason is the outlook's, not the reason's
        before = " " * reason[-1] + before[reason[-1] :]
    guidance = [m.end() for m in word_pattern(cues().guidance).finditer(before)]
    actual = [m.end() for m in word_pattern(cues().actual).finditer(before)]
    # "Our previous guidance was for sales in the range of ...", "back in the fall, we thought the range was plus 2% to
    # negative 2%": the past tense is the guidance's
    said_of_guidance = {m.end() for m in _GUIDANCE_WAS.finditer(before)}
    actual = [at for at in actual if at not in said_of_guidance]
    guidance += said_of_guidance
    if not actual:
        guidance += [m.end() for m in word_pattern(cues().guidance_nouns).finditer(before)]
    if not guidance:
        actual += [m.end() for m in word_pattern(cues().actual_nouns).finditer(before)]
    return guidance, actual


def _tense_of(sentence: str) -> str | None:
    """The kind the sentence's last tense cue says, if it says one."""
    guidance, actual = _tense_cues(sentence)
    if not (guidance or actual):
        return None
    return "guidance" if max(guidance, default=-1) > max(actual, default=-1) else "actual"


# "And most importantly, generate in excess of": a sentence that goes on with the one before, saying no past of its own
_GOES_ON = re.compile(r"\W*(?:And|Or|Plus|Also)\b(?![^.]*?\b\w{3,}ed\b)", re.I)


def kind_of(text: str, s0: int, start: int, end: int, period: Period | None, when: CallTime, ranged: bool,
            in_outlook: bool = False, sentence_before: str | None = None) -> str:
    """Guidance or actual: an outlook a result is measured against is guidance (even a past year's); a period over
    before the year reported on is past; otherwise the nearest tense cue before the figure decides, then the
    period (still ahead, or already past), then the nearest cue after it, then the tense of `sentence_before` when
    the figure's sentence goes on with it; with none, actual. `in_outlook`: the speaker has turned to the outlook
    ("Turning to the fourth quarter guidance.")."""
    call_date = when.call_date
    if EARLIER_ESTIMATE.search(text, max(s0, start - 60), start):
        return "guidance"  # "above our implied outlook for growth of approximately 3.5%" for the quarter reported
    if period is not None and before_reported_year(period, when):
        return "actual"  # "I will give you the $1.90 we reported in 2019": whatever the tense of the sentence
    if period is not None and _reported_quarter_or_before(period, when):
        # "rental income in Q3 up 29%" on the Q3 call, "we expect that our March 27, 2021 cash balance of
        # $144.7 million ... will be sufficient": whatever the tense, the time is over
        return "actual"
    if period is not None and period.end > call_date and re.search(REVISED_FOR_THE_YEAR, text[s0:start], re.I):
        return "guidance"  # "reduced our full-year non-GAAP tax rate by 200 basis points to 26%", a quarter into the year
    if NAMED_AS_GUIDANCE.match(text, end):
        return "guidance"  # "we exceeded the $500 million guidance for FY '22": the amount is the guidance
    if _KEPT_FROM_NOW_ON.match(text, end):
        return "guidance"  # "We did declare a $0.23 dividend, and currently, we anticipate maintaining that level"
    if _ALREADY_AFTER.match(text, end) or _ON_TOP_OF.search(text, max(s0, start - 20), start):
        return "actual"  # "on top of the $90 million that we'd already had": what is had already, whatever the tense
    if period is None and _PRO_FORMA.search(text, s0, start):
        return "actual"  # "our pro forma cash balance would be about $250 million": today's, as if a deal were done
    tense = _tense_of(text[s0:start])
    if tense == "guidance":
        return "guidance"
    if tense == "actual":
        # "Achieved organic revenue growth of minus 1% to minus 2% in FY '22", a month before it ends: a result is said
        # as one number, and a range for a period still running is what it is expected to come to
        # (and after "Turning to the fourth quarter guidance.", "Organic revenue declined, minus 1.2% to minus 1.7%")
        return "guidance" if ranged and (in_outlook or period is not None and period.end > call_date) else "actual"
    if period is not None:
        if period.start > call_date:
            return "guidance"
        if period.end < call_date:
            return "actual"
    after = STRONG_BREAK.split(text[end : end + 80])[0]
    g_after = word_pattern(cues().guidance + ("going",)).search(after)
    a_after = word_pattern(cues().actual).search(after)
    if g_after and (not a_after or g_after.start() < a_after.start()):
        return "guidance"
    if (a_after is None and sentence_before and _GOES_ON.match(text, s0, start)
            and _tense_of(sentence_before) == "guidance"):
        return "guidance"  # "Our original operating plan ... expected to ... And most importantly, generate $200 million"
    return "guidance" if ranged else "actual"  # results are said as one number; a range is an outlook
