"""Which part of the company the talk is about: the segments a call names as its own, the one a sentence turns to
(a heading, a slide) or points at ("this segment"), and the words that may name a part at all."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.matching import REASON, TURNING_TO, Phrases, word_pattern


# Words that say a time, not a part ("Sales in the quarter were ...")
_A_TIME = re.compile(r"\b(?:quarter|year|month|half|period|fiscal)|\d", re.I)


def a_part_sold(name: str) -> bool:
    """Words that may name what is sold: no time, and no word that only qualifies the measure ("annual", "fee")."""
    return not _A_TIME.search(name) and not any(word.lower() in NOT_A_PART_OF_SALES for word in name.split())


NOT_SUBJECTS = frozenset("""I We Our The This That These Those And But So As In On For At To Of With By From It Its
    They Their He She You Your Yes No Okay OK Well Also Now Then Overall Total Recall Remember Note Again Finally Lastly
    Company Opco OpCo Q1 Q2 Q3 Q4 GAAP EPS CEO CFO
    EBITDA EBIT EBITDAC EBITDAX EBITDAR OI ARR FFO AFFO ROIC ROE ROA NIM CAGR LTM TTM YTD SG&A RevPAR ADR NOI PVP
    Adjusted Non-GAAP FY Slide Slides Page Chart Exhibit Appendix
    January February March April May June July August September October November December Bcf Bcfe Tcf Tcfe Mcf Mcfe MMBtu""".split())


def a_name(words: list[str], people: frozenset[str]) -> bool:
    """Words that may name a part of the company: not opening with a word any sentence may open with ("The", "Q3",
    "EBITDA"), and no speaker's name."""
    return words[0] not in NOT_SUBJECTS and not people.intersection(words)


# "In our existing business, ...", "At the same time, ...": no part of the company in particular (a figure of "our core
# business" is of that, as against the rest: cues.toml's subjects).
NOT_A_PART = frozenset("""total overall whole entire existing core underlying base same other broader combined consolidated
    remaining legacy current new largest biggest smallest each every key reporting reportable operating business that
    this two three four""".split())


NOT_A_PART_OF_SALES = NOT_A_PART | frozenset("""net gross quarterly annual organic record comparable full first second
    third fourth strong solid higher lower sequential global worldwide company group segment average while although though
    whereas since because when breaking fee fees annualized such local currency constant enterprise""".split())


# "our Decorative Architectural segment", "the CDMO business": the company's own segments, named
# anywhere in the call, may open a sentence ("Engine is also planned to up between 5% and 10%").
_OWN_SEGMENT = re.compile(r"\b(?i:our|the|in|at|for|of)\s+([A-Z][\w&.'-]*\s+(?:(?:and\s+(?=[A-Z][\w&.'-]*\s+(?:segment|business|division)\b))?"
                          r"[A-Z][\w&.'-]*\s+){0,2})(?:segments?|business(?:es)?|divisions?)\b")


# "Rest of the World segment": the start of a longer name, before the words a pattern took for the whole name
_A_LONGER_NAMES_START = re.compile(r"\b[A-Z][\w&'-]*\s+of\s+(?:the\s+)?$")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _trimmed(name: str) -> str:
    """A name less the dot or quote after it, but initials keep their last dot ("the S.E.T. business", "Let's turn to
    the U.S.")."""
    name = name.rstrip("'")
    return name if _INITIALS.fullmatch(name) else name.rstrip(".'")


def own_segments(texts: list[str], people: frozenset[str]) -> frozenset[str]:
    """The segments management's `texts` name with "our/the <Name> segment/business/division"."""
    found = set()
    for text in texts:
        for m in _OWN_SEGMENT.finditer(text):
            name = _trimmed(m.group(1).strip())
            words = _without_possessive(name).split()  # ("the Company's business")
            if not a_name(words, people) or words[0] in _NOT_SEGMENTS or _owner_of_segments(name, text, m.end(1)) \
                    or _sentence_end_inside(words) is not None:
                continue
            if not _A_LONGER_NAMES_START.search(text, max(0, m.start() - 30), m.start()):  # (no "World" segment)
                found.add(_without_possessive(name))
    return frozenset(found)


def _sentence_end_inside(words: list[str]) -> int | None:
    """"from the effect of COVID-19. The businesses continued": the word a sentence ends with inside a name, if any (but
    not "U.S." in "our U.S. Pharmaceutical segment")."""
    return next((i for i, word in enumerate(words[:-1]) if word.endswith(".") and not _INITIALS.fullmatch(word)), None)


_PLURAL_SEGMENTS = re.compile(r"\s*(?:segments|divisions|businesses)\b")


def _owner_of_segments(name: str, text: str, after: int) -> bool:
    """"Both of Halliburton's divisions": the company that owns the segments, not one of them (but
    "Douglas Elliman's financial performance" is a segment's)."""
    return name.endswith(("'s", "’s")) and bool(_PLURAL_SEGMENTS.match(text, after))


def _without_possessive(name: str) -> str:
    """"Douglas Elliman's financial performance" is about the segment Douglas Elliman."""
    return name.removesuffix("'s").removesuffix("’s")


@cache
def segments_pattern(own: frozenset[str]) -> Phrases:
    """The call's segment names, as written (case matters: "Engine" the segment, not "engine")."""
    return word_pattern(tuple(sorted(own)), ignore_case=False)


def last_segment_named(text: str, own: frozenset[str]) -> str | None:
    """The call's segment the text names last."""
    named = segments_pattern(own).findall(text)
    return named[-1] if named else None


# "We renamed our P&I business to DTE Vantage. We are planning on investing between $1 billion to
# $1.5 billion at this segment": the segment named just before.
_THIS_SEGMENT = re.compile(r"\b(?:this|that)\s+(?:segment|business|division)\b", re.I)


def segment_pointed_at(text: str, s0: int, end: int, own: frozenset[str], named_segment: str | None) -> str | None:
    """The segment "this segment" points at: named earlier in the sentence, else in the turn before."""
    sentence = re.split(r"[.?!;]\s", text[s0 : end + 60])[0]
    if not _THIS_SEGMENT.search(sentence):
        return None
    return last_segment_named(text[s0:end], own) or named_segment


def opens_with_segment(sentence: str, own: frozenset[str]) -> bool:
    """"Engine is also planned to up between 5% and 10%": the sentence is about one of the call's segments."""
    return bool(segments_pattern(own).match(sentence.lstrip()))


# "Now turning to Slide seven for an update on SEE Automation.", "Let's start with C&I", "In our Medical-Surgical segment, ...":
# what the speaker talks about next, until another segment or the whole company comes up.
# ("Pratt & Whitney", "The Specialty Property & Casualty segment": an ampersand joins one name, as "of the" does in "Rest
# of the World segment")
_TURNS_TO = re.compile(TURNING_TO)


_HEADING = re.compile(
    TURNING_TO + r"(?:the\s+|our\s+)?"
    r"(?P<name>[A-Z][\w&.'-]*(?:(?:\s+&)?\s+[A-Z][\w&.'-]*){0,3})"
    r"|\b(?<!and\s)(?!(?:The|Our)\s)(?P<segment>[A-Z][\w&.'-]*"
    r"(?:(?:\s+&|\s+of(?:\s+the)?|\s+and(?=\s+[A-Z][\w&.'-]*\s+(?:segment|division)\b))?\s+[A-Z][\w&.'-]*){0,3})\s+(?:segment|division)s?\b")


# "let's go on to the tools group", "Turning to the insurance segment": a part turned to, named in lower case with what
# it is
_LOWER_WORDS = r"[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,2}?"


_LOWER_CASE_HEADING = re.compile(TURNING_TO + rf"(?:the\s+|our\s+)(?P<name>{_LOWER_WORDS}\s+group"
                                               rf"|{_LOWER_WORDS}(?=\s+(?:segment|division)\b))\b")


_HEADING_HINTS = ("segment", "division", "update on", "turn", "mov", "switching", "now to", "now for", "shifting", "transitioning", "start",
                  "looking now", "go on to")


_AN_EXAMPLE_BEFORE = re.compile(r"\b(?:especially|particularly|notably|including|except|excluding|such\s+as|like"
                                 # ("with the greatest impact in the Research Models and Services segment")
                                 r"|(?:greatest|largest|biggest|strongest|most)\s+(?:[\w-]+\s+)?)\s*"
                                 r"(?:(?:in|at|for|from|within)\s+)?(?:the\s+|our\s+)?$", re.I)


# "Before turning to the Industrial segment, I want to make a point about ...": not yet.
_NOT_YET = re.compile(r"\bbefore (?:turning|moving|going|switching|shifting|transitioning)\b", re.I)


_WHOLE_COMPANY = re.compile(r"\b(?:total company|the company's|the company as a whole|consolidated|in total|enterprise|all in)\b", re.I)


# "turning to Slide 9", "Turning to the P&L." and "I will start with COVID-19." end a segment's talk; "Higher segment
# earnings" names none.
_NOT_SEGMENTS = frozenset("""Slide Slides Page Q1 Q2 Q3 Q4 Q&A Questions Question Operator The Higher Lower Strong Stronger
    Weak Weaker Better Worse Each Every All Both Other Into P&L OpEx Opex COVID-19 COVID""".split())


# "In our drilling and evaluation division, we expect ...", "At the natural gas operations, we expect ...": a
# sentence that opens with the part of the company it is about, however it is written.
_OPENS_WITH_PART = re.compile(r"(?:(?:and|now|so|then),?\s+)?(?:in|at|for|within)\s+(?:our|the)\s+(?:"
                              r"(?P<name>[\w&'-]+(?:\s+[\w&'-]+){0,3}?)\s+(?:segments?|divisions?|business(?:es)?|unit)"
                              r"|(?P<operations>[\w&'-]+(?:\s+[\w&'-]+){0,3}?\s+(?:operations|utility|utilities)))\s*,", re.I)


def segment_heading(sentence: str, people: frozenset[str], current: str | None) -> str | None:
    """The segment the talk turns to in this sentence, else the one it was on (none after a
    sentence about the whole company)."""
    part = _OPENS_WITH_PART.match(sentence)
    if part and (name := part.group("name") or part.group("operations")).split()[0].lower() not in NOT_A_PART:
        return name
    low = sentence.lower()
    heading = any(hint in low for hint in _HEADING_HINTS)
    if (heading or current is not None) and _WHOLE_COMPANY.search(sentence):
        return None
    if not heading or _NOT_YET.search(sentence):
        return current
    for m in reversed(list(_HEADING.finditer(sentence))):
        group = "name" if m.group("name") else "segment"
        if group == "segment" and (_AN_EXAMPLE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
                                   or REASON.search(sentence, 0, m.start())):
            # "robust customer demand, especially in the Americas segment", "driven by growth across our fire service
            # and industrial PPE segments": an example or a reason, not the talk's turn
            continue
        words = m.group(group).split()
        if (end := _sentence_end_inside(words)) is not None:
            words = words[: end + 1]  # "Maybe we could start with Engraving. The Engraving margins were ...", unsplit
        name = _trimmed(" ".join(words))
        words = name.split()
        if words[0] in _NOT_SEGMENTS or _owner_of_segments(name, sentence, m.end(group)):
            return None  # "Both of Halliburton's divisions grew revenue": the whole company
        if a_name(words, people):
            return _without_possessive(name)
    lower_case = _LOWER_CASE_HEADING.search(sentence)
    if lower_case and not _A_TIME.search(lower_case.group("name")) \
            and lower_case.group("name").split()[0] not in NOT_A_PART_OF_SALES | {"final", "last", "next"}:
        return lower_case.group("name")  # "Now, let's go on to the tools group." (not "our final segment")
    return None if _TURNS_TO.search(sentence) else current  # ("Turning to our balance sheet": elsewhere)


# "Turning now to Slide 8. Sales in the Snap-on Tools Group of $504.8 million increased 2%", "Please turn to Slide 6, and
# I'll review third-quarter results by segment. Water Infrastructure orders declined 5%": the part the sentence after a
# slide opens with is the slide's
_SLIDES_PART = re.compile(
    r"(?:(?i:(?:net\s+)?(?:sales|revenues?|orders)\s+(?:in|from|for|of)\s+(?:the\s+|our\s+)?)"
    r"(?P<of>[\w&-]+(?:\s+[\w&-]+){0,3}?)(?i:\s+(?:segments?|divisions?|(?:end\s+)?markets?))?"
    r"|(?P<opens>[A-Z][\w&-]*(?:\s+[\w&-]+){0,3}?)(?i:\s+(?:orders|(?:net\s+)?sales|revenues?)))"
    r"(?i:\s+(?:of|were|was|increased|decreased|declined|grew|rose|fell)\b)")


def slides_part(sentence: str, people: frozenset[str]) -> str | None:
    """The part of the company the first sentence after turning to a slide opens with, if any."""
    said = _SLIDES_PART.match(sentence)
    if said is None:
        return None
    name = said.group("of") or said.group("opens")
    words = name.removesuffix(" Group").split()  # ("the Snap-on Tools Group"; "the applied water segment")
    if not a_name(words, people) or not a_part_sold(" ".join(words)) \
            or said.group("opens") and words[0].endswith("ed"):  # ("Reported sales were")
        return None
    return name


def turns_to_segment(sentence: str, segment: str) -> bool:
    """"Starting with the C&I Group on Slide 7.": the sentence turns the talk to the segment itself (not "Moving to
    slide 15 and our outlook ..., and the depreciation benefit in the Sugar & Bioenergy segment")."""
    return bool(re.search(TURNING_TO + r"(?:the\s+|our\s+)?" + re.escape(segment), sentence))


def turns_to(sentence: str) -> bool:
    """"Turning to the RS&I Group shown on Slide 9.": the sentence turns the talk to what it names."""
    return bool(_TURNS_TO.search(sentence))
