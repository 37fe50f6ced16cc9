"""What a figure is about: a segment, product or site the sentence (or the talk just before it) names."""

from __future__ import annotations

import re

from pipeline.extract.matching import (CHANGE_NOUNS, CHANGE_VERBS, CLAUSE_BREAK, DIGIT, HEDGE, MEASURES, REASON,
                                       STRONG_BREAK, Match, business_sized, inside_what_is_left_out)
from pipeline.extract.segments import (NOT_A_PART, NOT_A_PART_OF_SALES, NOT_SUBJECTS, a_name, a_part_sold,
                                       segment_pointed_at, segments_pattern)
from pipeline.taxonomy import metrics


def figure_subject(text: str, s0: int, start: int, end: int, in_sentence: list[Match],
                   trigger: tuple[int, int] | None, metric: str, context) -> str | None:
    """The subject of the figure at text[start:end] in the sentence starting at s0, the nearest
    naming first: the trigger itself ("Lathrop"), where the amount comes from or is spent on, a
    listed subject, a site carried from the last sentence, "<X> segment", a proper noun just before,
    a part whose sales the sentence said earlier ("our Evernorth growth"), a segment the call names
    earlier in the sentence, the one "this segment" points at, the kind of the measure the sentence before opened
    with ("For the cemetery development capital spend, ..."), the segment being talked about. A
    company-wide metric (EPS, the tax rate) has only a segment its sentence names ("the International
    segment contributed $0.18 to adjusted earnings")."""
    subject = _subject_named(text, s0, start, end, in_sentence, trigger, metric, context)
    return None if subject and _the_company(subject, context.company) else subject  # ("Vector Group's revenues were ...")


_POSSESSIVE = r"(?:'s|’s|(?<=s)'|(?<=s)’)"  # ("Chevron's", "Boston Properties'")


_COMPANY_SUFFIX = re.compile(r"(?:,?\s+(?:Inc|Ltd|Corp|Co|Corporation|Company|Incorporated|Limited|Group|Holdings|plc|LLC)\.?)+$"
                             rf"|{_POSSESSIVE}$", re.I)


def _the_company(subject: str, company: str | None) -> bool:
    """The subject is the company's own name, less its "Inc." or "Group" ("Vector Group" for "Vector Group Ltd.")."""
    return company is not None and _COMPANY_SUFFIX.sub("", subject).lower() == _COMPANY_SUFFIX.sub("", company).lower()


def _subject_named(text: str, s0: int, start: int, end: int, in_sentence: list[Match],
                   trigger: tuple[int, int] | None, metric: str, context) -> str | None:
    if metrics()[metric].company_wide:
        return _segment_named(text[s0:start]) or _part_that_earned(text[s0:start]) or subject_near(in_sentence, start, end, text)
    if _FOR_THE_WHOLE_COMPANY.match(text, end):
        return None  # "plus 33% Q3 organic growth in RRP net revenue and plus 7.6% for total PMI"
    # A trigger that is itself a subject ("4680", "Lathrop", "Cybertruck") names the subject.
    inside = [m for m in in_sentence if m.label == "SUBJECT" and trigger and m.start >= trigger[0] and m.end <= trigger[1]]
    if inside:
        return max(inside, key=lambda m: m.end - m.start).key
    part = _A_PART.fullmatch(text, *trigger) if trigger and metric in _OF_A_PART_OF_SALES else None
    if part and part.group("name").split()[0].lower() not in NOT_A_PART:
        return part.group("name").strip()  # "Our wastewater transport business grew 4%"
    carried = context.subject if metrics()[metric].site_subject else None
    comes_from = _thing_said_after(text, end, _COMES_FROM, _NOT_OF_THE_SOURCE)
    spent_on = (_thing_said_after(text, end, _SPENT_ON, _NOT_SPENT_ON) or _what_the_investment_is_in(text, s0, start)
                or _project_pointed_at(text, end, context.invested_in) or _what_holds_it(text, s0, start)
                if metrics()[metric].spent_on else None)
    named_before = _named_before(trigger, in_sentence, start)
    return (comes_from or spent_on or market_sold_in(text, named_before, start)
            or _what_is_sold_after(text, end, in_sentence, metric)
            or _place_sold_in(text, named_before, start, metric, context.people) or _business_sized(text, start, end, metric)
            or _part_said_after(text, end, context.people)
            or subject_near(in_sentence, start, end, text) or carried
            or _segment_named(text[s0:start]) or _place_opening(text, s0, start, context.people)
            or _proper_noun_before(text, s0, start, context.people)
            or _opening_modifier(text, s0, named_before, metric)
            or _part_whose_sales_are_said(text, s0, start, metric, context.people)
            or _own_segment_earlier(text, s0, start, in_sentence, context.own_segments)
            or segment_pointed_at(text, s0, end, context.own_segments, context.named_segment)
            or _topic_opened_before(context.sentence_before, metric)
            or (None if _THE_WHOLE_COMPANY.match(text, s0) else context.segment))


# "For the cemetery development capital spend, we started this quarter making up some ground ...": the sentence opens
# with what kind of the measure it is about
_OPENS_WITH_A_TOPIC = re.compile(r"\W*(?:(?:and|now|so),?\s+)?(?:for|on|regarding|as\s+for)\s+(?:the|our)\s+"
                                 r"(?P<words>(?:[\w&-]+\s+){1,3}?[\w&-]+(?:\s+[\w&-]+){0,2}),", re.I)


def _topic_opened_before(sentence_before: str | None, metric: str) -> str | None:
    """The kind of a measure the sentence before opened with, for an amount of that measure its own sentence says
    nothing of: "For the cemetery development capital spend, ... I still believe we'll end the year with around $100
    million of capital development spend." """
    opened = _OPENS_WITH_A_TOPIC.match(sentence_before) if sentence_before else None
    if opened is None:
        return None
    words = opened.group("words")
    measure = max((t for t in metrics()[metric].triggers if words.lower().endswith(" " + t)), key=len, default="")
    name = words[: len(words) - len(measure)].strip() if measure else ""
    return name if name and a_part_sold(name) and name.split()[0].lower() not in _KINDS_OF_A_MEASURE else None


# what kind of spending or saving it is, not what of ("For our growth capital spend,", "For the remainder of the year
# capex,")
_KINDS_OF_A_MEASURE = frozenset("growth maintenance sustaining development expansion strategic discretionary incremental "
                                "additional remainder rest balance".split())


# "The company recorded adjusted EBITDA of $238.6 million", said after a segment's talk: the whole company's again
_FOR_THE_WHOLE_COMPANY = re.compile(r"\s+for\s+(?:the\s+)?total\s+(?:company\b|[A-Z])")


_THE_WHOLE_COMPANY = re.compile(r"\s*(?:the\s+company|on\s+a\s+consolidated\s+basis|consolidated|total[-\s]company|company[-\s]wide)\b", re.I)


# "wastewater transport business", "Plumbing segment": a part of the company, by name (the trigger of a growth read off
# the part that grew, metric_context._A_PART_GREW)
PART_OF_THE_COMPANY = r"(?P<name>(?:[\w&'-]+\s+){1,3}?)(?:business|segment|division)s?"


_A_PART = re.compile(PART_OF_THE_COMPANY, re.I)


# "Sales to transportation customers bounced back 88%", "sales in the automotive market grew by 3%", "Sales to other
# end markets increased 26%": the end market a measure is said of, right after its trigger
_SOLD_IN_A_MARKET = re.compile(r"\s+(?:to|in|into)\s+(?:the\s+|our\s+)?((?:[a-z][\w&-]*\s+){0,2}?[a-z][\w&-]*)"
                               r"(\s+(?:end[- ])?markets?|\s+customers)\b")


_NOT_A_MARKET = frozenset("certain some all many most these those this that key new existing our their its each every".split())


# "Fourth quarter sales of venting products grew 50%", "global fee revenue for executive search reached another new high
# of $239 million", "net sales in the motive power were down 4%": what is sold, named in lower case between the trigger
# and its verb (not "sales in the range of", "revenue in the sector")
_SOLD_OF = re.compile(r"\s+(?:(?:of|for|from)\s+(?:the\s+|our\s+)?|(?P<in>in)\s+(?:the|our)\s+(?!sector\b))"
                      r"((?:[a-z][\w&-]*\s+){0,3}?[a-z][\w&-]*)\s+(?=(?:was|were|reached|grew|increased|decreased|declined|rose|"
                      r"fell|came\s+in|totaled)\b|(?P<of>of)\b)")


# "$21.6 million in concession revenues", "$125 million of ventilator sales", "a 32% increase in used vehicle sales": what
# is sold, said between the amount and the trigger after it (not "$250 million in annual revenues", "$1.2 billion in
# first quarter revenue")
_A_WORD_SOLD = r"(?:(?!(?:its|their|our|the|on|of|in|to|for|with|and|or)\s)[a-z][\w&-]*|[A-Z][A-Z&]+(?![\w-]))"  # ("F&I", "RRP")


_WHAT_IS_SOLD = re.compile(rf"\s+(?:(?:increase|decrease|growth|decline)\s+)?(?:in|of)\s+((?:{_A_WORD_SOLD}\s+){{0,2}}?{_A_WORD_SOLD})\s+"
                           r"(?:net\s+)?")


# "sell approximately $22 million in green products this year": the products an amount of sales is of
PRODUCTS_SOLD = re.compile(rf"\s+(?:in|of)\s+(?:our\s+)?((?:{_A_WORD_SOLD}\s+){{0,3}}products)\b")


def _what_is_sold_after(text: str, end: int, in_sentence: list[Match], metric: str) -> str | None:
    if metric not in ("revenue", "revenue_growth"):
        return None
    trigger = next((m for m in in_sentence if m.label == "METRIC" and m.start >= end), None)
    said = _WHAT_IS_SOLD.fullmatch(text, end, trigger.start) if trigger else PRODUCTS_SOLD.match(text, end)
    return said.group(1) if said and a_part_sold(said.group(1)) else None


# "were down 4% to $304 million": the level the change said first reaches, of the same thing
_A_CHANGE_TO = re.compile(rf"(?:(?:was|were)\s+)?(?:up|down|{CHANGE_VERBS})\s+(?:by\s+)?"
                          rf"{HEDGE}[\d.]+\s*%\s+to\s+", re.I)


def market_sold_in(text: str, trigger: tuple[int, int] | None, start: int) -> str | None:
    """The end market (or its customers) or the products the trigger ending before `start` says its measure is of, if
    any."""
    if not trigger or trigger[1] > start:
        return None
    sold = _SOLD_IN_A_MARKET.match(text, trigger[1], start)
    if sold is None:
        sold_of = _SOLD_OF.match(text, trigger[1], start)
        if sold_of is None or sold_of.group("in") and sold_of.group("of") or sold_of.group(2).split()[0] in _NOT_A_MARKET \
                or not a_part_sold(sold_of.group(2)) \
                or DIGIT.search(text, sold_of.end(), start) and not _A_CHANGE_TO.fullmatch(text, sold_of.end(), start):
            return None  # (nor of an amount said after the one the verb gives: "..., while RPO ... was up 98%")
        return sold_of.group(2)
    if sold.group(1).split()[0] in _NOT_A_MARKET:
        return None
    return sold.group(1) + sold.group(2) if sold.group(1) == "other" else sold.group(1)


# "of which more than $250 million will come from equipment and systems", "almost $10 billion of it is coming from
# Driveway": the part of a total said with where it comes from
_COMES_FROM = re.compile(r"\s+(?:of\s+(?:it|that|this|which)\s+)?(?:will|is|are|should|would)\s+(?:be\s+)?(?:come|coming)\s+from\s+"
                         r"(?:our\s+|the\s+)?((?:[\w&-]+\s*){1,4})", re.I)


_NOT_OF_THE_SOURCE = frozenset("that which who we in on at this these those over as by for to since from with".split())


# "investing more than $30 million in capacity expansion", "the $30 million investments in capacity", "an $8 billion
# investment agenda in the grid", "spending another $1 million to $2 million on the leasing activities" (not "on an
# annual basis")
_SPENT_ON = re.compile(r"\s+(?:(?:of\s+)?(?:capital\s+)?(?:investments?|spend(?:ing)?|capex)\s+)?(?:agenda\s+)?(?:in|into|on)\s+"
                       r"(?:the\s+|our\s+|new\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


# What an amount is spent on is none of these: a time ("in the fourth quarter"), the spending itself ("of
# capital expenditures"), or a word that ends the thing ("in capacity that Ted referenced").
_NOT_SPENT_ON = frozenset("""first second third fourth quarter quarters year years half month months period fiscal calendar
    next coming remainder rest balance each this that these those it its which who we they over to and or as by
    for from with at total capital capex investment investments expenditure expenditures spend spending cash growth
    maintenance range line terms addition same prior previous response order business businesses company
    a an annual annualized run basis average track pace""".split())


# "we've raised our distribution infrastructure investment from $7 billion to $8 billion": what the investment is in,
# said before it (and before the amount, in the same clause)
_AN_INVESTMENT_IN = re.compile(r"\b(?:our|the)\s+((?:[a-z][\w-]*\s+){1,3})investments?\s+(?:from\s+|of\s+|to\s+|by\s+)?"
                               r"(?:\$?[\d.,]+\s*(?:million|billion)?\s+to\s+)?(?:approximately\s+|about\s+|roughly\s+)?\$?$")


# "Hansgrohe recently announced plans to invest in a new manufacturing facility in Serbia. ... We plan to invest
# approximately $100 million in this project over the next three years.": what "this project" is, said earlier
_IN_THIS_PROJECT = re.compile(r"\s+(?:in|on|into|for)\s+(?:this|that)\s+(?:project|facility|plant|expansion)\b", re.I)
_INVEST_IN_A_THING = re.compile(r"\binvest(?:ing|ment)?\s+in\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:new\s+)?"
                                r"([a-z][\w-]*(?:\s+(?!(?:in|at|of|to|for|and|with)\b)[a-z][\w-]*){0,2}"
                                r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)")


# "Taken together, the filing will represent as much as $1.5 billion of utility-owned and rider-eligible investment",
# "The second phase includes approximately $669 million in capital investment": what holds the amount, the sentence's
# subject
_HOLDS_IT = re.compile(rf"\W*(?:[\w ]{{1,30}},\s*)?(?:the|our|this|that)\s+(?P<what>(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)\s+"
                       r"(?:will\s+|would\s+|should\s+)?(?:includes?|represents?|requires?|involves?|calls?\s+for)\s+"
                       rf"(?:as\s+much\s+as\s+|up\s+to\s+|{HEDGE})$", re.I)


def _what_holds_it(text: str, s0: int, start: int) -> str | None:
    said = _HOLDS_IT.fullmatch(text, s0, start)
    return said and (said.group("what") if _A_PHASE.fullmatch(said.group("what")) else _spent_on(said.group("what")))


_A_PHASE = re.compile(r"(?:first|second|third|fourth|fifth|next|final|last)\s+(?:phase|stage)", re.I)  # (its ordinal names it)


def _project_pointed_at(text: str, end: int, invested_in: str | None) -> str | None:
    return invested_in if invested_in and _IN_THIS_PROJECT.match(text, end) else None


def investment_named(text: str) -> str | None:
    """What the text last says an investment is in ("plans to invest in a new manufacturing facility in Serbia")."""
    said = list(_INVEST_IN_A_THING.finditer(text)) if "invest" in text else []
    return said[-1].group(1) if said else None


def _what_the_investment_is_in(text: str, s0: int, start: int) -> str | None:
    said = _AN_INVESTMENT_IN.search(text, max(s0, start - 100), start)
    return said and _spent_on(said.group(1))


def _spent_on(words: str) -> str | None:
    """The words, if none of them ends what an amount is spent on or only qualifies a measure."""
    split = words.split()
    return None if not split or any(w in _NOT_SPENT_ON or w in NOT_A_PART_OF_SALES for w in split) else " ".join(split)


# "we'll deliver the $3 billion of clean generation": what an amount said again is of this time (the words that end
# what an amount is spent on end it too)
_OF_A_THING = re.compile(r"\s+of\s+(?:the\s+|our\s+|new\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def thing_said_of(text: str, end: int) -> str | None:
    return _thing_said_after(text, end, _OF_A_THING, _NOT_SPENT_ON)


# "a $40 billion company", "a $10 million to $50 million sales company": no business in particular
_NOT_A_BUSINESS = frozenset("sales revenue revenues dollar top-line".split())


def _business_sized(text: str, start: int, end: int, metric: str) -> str | None:
    """"a $500 million plus GPF business": the business whose revenue the amount is."""
    sized = business_sized(text, start, end) if metric == "revenue" else None
    which = [word for word in sized.group("which").split() if word.lower() not in _NOT_A_BUSINESS] if sized else []
    return " ".join(which) or None


def _thing_said_after(text: str, end: int, pattern: re.Pattern[str], not_of_it: frozenset[str]) -> str | None:
    """The words `pattern` reads right after the amount ending at `end`, up to the first that cannot be
    part of the thing named."""
    said = pattern.match(text, end)
    if said is None:
        return None
    words = []
    for word in said.group(1).split():
        if word.lower() in not_of_it:
            break
        words.append(word)
    return " ".join(words).removesuffix(" and") or None


# "was down 37% for Executive Search, 35% for Professional Search", "cash of $155 million at Douglas Elliman and $108
# million at Liggett.", "despite a 26% decline in Canada": the part of the company an amount is for (or at), named
# right after it or after the change it is
_FOR_A_PART = re.compile(rf"\s+(?:(?:{CHANGE_NOUNS})\s+)?(?:for|at|(?P<in>in))\s+(?:the\s+|our\s+)?"
                         r"(?P<name>[A-Z][\w&'-]*(?:\.[\w&'-]+)*(?:\s+[A-Z][\w&'-]*(?:\.[\w&'-]+)*){0,3})\b")


_A_THING_NAMED_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|for|with|while|whereas|versus|vs|compared|as|from|to|of|at|by|"
                                  r"over|led|driven|due|year|quarter|sequentially|respectively|segments?|business(?:es)?|"
                                  r"divisions?|regions?|markets?)\b)[a-z]")


def _part_said_after(text: str, end: int, people: frozenset[str]) -> str | None:
    said = _FOR_A_PART.match(text, end)
    if said is None:
        return None
    name, after = said.group("name"), said.end() + text.startswith(".", said.end())
    if not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", name):
        name = name.rstrip(".")
    elif text.startswith(".", said.end()):
        name += "."  # "grew 2% in the U.S."
    # "down 3% in U.S. dollars", "$125 million in COVID-related ventilator sales": a currency, or what describes a thing
    if said.group("in") and (_CURRENCY_AFTER.match(text, after) or _A_THING_NAMED_AFTER.match(text, after)):
        return None
    return name if a_name(name.split(), people) else None


def _own_segment_earlier(text: str, s0: int, start: int, in_sentence: list[Match], own: frozenset[str]) -> str | None:
    """"we continue to expect Decorative Architectural sales growth will be in the range of 2% to 5%,
    and operating margin to be approximately 19%": a segment the call names owns the sentence's later
    figures, unless the whole company or another measure's owner ("our safety sales") comes between."""
    named = list(segments_pattern(own).finditer(text, s0, start))
    if not named or inside_what_is_left_out(text, s0, named[-1].start(), counted_in=True):
        return None  # "excluding sales from the QTI acquisition, sales declined 8.8%"
    after = named[-1].end()
    if _COMPANY_WIDE.search(text, after, start):
        return None
    measures = [m for m in in_sentence if m.label in MEASURES and after <= m.start and m.end <= start]
    if any(_OWNED.search(text, after, m.start) for m in measures):
        return None
    # Past a clause break the figure's own clause must go on about a measure: "Food was up 6%, and
    # protective increased 20%" names another segment, lower-case.
    breaks = list(CLAUSE_BREAK.finditer(text, after, start))
    if breaks and not any(m.start >= breaks[-1].end() for m in measures):
        return None
    return named[-1].group()


_COMPANY_WIDE = re.compile(r"\b(?:total|overall|consolidated|company|enterprise)\b", re.I)


# A lower-case word owning a measure ("device sales", "core product revenues"), other than a function
# word or a word that only qualifies the measure ("and operating margin", "adjusted EPS", "as revenue", "fourth quarter
# sales", "accelerating organic revenue growth").
_OWNED = re.compile(r"\b(?!(?:and|or|of|in|for|with|the|our|its|their|to|be|meaning|at|on|by|a|an|as|while|when|adjusted|organic|gross|"
                    r"net|operating|reported|annual|segment|quarter|quarterly|year|full-year|half|month)\s)[a-z][\w-]*(?<!ing)\s+$")


# (a brand may open with a lower-case letter: "eFinancial Careers"; not "COVID-19", nor a transcriber's note: "we're up
# [Phonetic] over $200 million"; initials: "the U.S. up 15%")
_PROPER = re.compile(r"(?<![.?!]\s)(?<!^)(?<!\[)\b((?:[A-Z]\.){2,}(?=[\s,;])"
                     r"|(?:[a-z](?=[A-Z]))?[A-Z][a-zA-Z&-]*[a-zA-Z&](?:\s+[A-Z][a-zA-Z&-]*[a-zA-Z&])?\b(?!-?\d))")


# "down 3% in US dollars": a currency, not a place
_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|currency|currencies|terms)\b", re.I)


# "we reported sales, as Tom had noted, of $226.6 million": a person who said it (named as the speakers list may not)
_SAID_BY = re.compile(r"\s+(?:had\s+|has\s+|just\s+)?(?:noted|said|mentioned|discussed|indicated|pointed\s+out|talked|highlighted|described)\b", re.I)


# ("Corporate Finance & Restructuring", "Analytics and Engineering", "US, Canada and Latin America")
# (not "Oklahoma-based", which says where the thing named is)
_PROPER_LEAD = re.compile(r"((?:[A-Z]\.)+|[A-Z][a-zA-Z&-]+)(?<!-based)(\s+&|,?\s+and|,)?\s+$")  # ("U.S., Canada, and Latin America")


# "Europe, Asia and other markets"
_AND_OTHER_MARKETS = re.compile(r"\s+and\s+other\s+(?:markets|regions|countries|geographies)\b")


# "Rest of the World segment", "Parts and Accessories segment", "a Pumps operation" (but "our Cement and Concrete and
# Aggregate segments" are a list)
_SEGMENT = re.compile(r"\b([A-Z][\w.&-]*\s(?:(?:of\s(?:the\s)?|and\s(?=[A-Z][\w.&-]*\ssegment\b))?[A-Z][\w.&-]*\s){0,2})"
                      r"(?:segments?|operations?)\b"
                      # "our regulated operations segment": a segment named in lower case (but "our largest segment"
                      # describes one: NOT_A_PART)
                      r"|\b(?:[Oo]ur|[Tt]he)\s+((?:(?!(?:for|of|in|to|with|and|or|a|an|the|our|its)\b)[a-z][\w&-]*\s){1,3}|"
                      # ("Our drilling and evaluation division grew revenue 11%")
                      r"[a-z][\w&-]*\sand\s[a-z][\w&-]*\s)(?:segment|division)s?\b")


def _segment_named(before: str) -> str | None:
    """"DMS segment revenue is expected to increase 11%": the segment the sentence names."""
    named = [capitalized or lower_case for capitalized, lower_case in _SEGMENT.findall(before)
             if capitalized or lower_case.split()[0] not in NOT_A_PART]
    if not named:
        return None
    words = named[-1].split()
    while words and words[0] in NOT_SUBJECTS:  # "Our Infrastructure Solutions segment's third quarter sales"
        words.pop(0)
    return " ".join(words) or None


# "Our electric transmission business earned $0.40 per share", "Our water distribution business, Aquarion, earned $0.05
# per share", "Our parent and other earned $0.01 per share": what the company earned per share through a part of it
_A_PART_EARNED = re.compile(rf"\b(?:our|the)\s+(?:{PART_OF_THE_COMPANY}|(?P<parent>parent(?:\s+(?:company|and\s+other))?))"
                            r"(?:\s*,[^,.;]{1,80},)?\s+earned\b", re.I)


def _part_that_earned(before: str) -> str | None:
    earned = _A_PART_EARNED.search(before)
    if earned is None or earned.group("name") and earned.group("name").split()[0].lower() in NOT_A_PART:
        return None
    return (earned.group("name") or earned.group("parent")).strip()


def _proper_noun_before(text: str, s0: int, start: int, people: frozenset[str]) -> str | None:
    """A company's own segment named right before the figure ("Evernorth revenue to grow 4%",
    "expect Collins to meet their $600 million synergy target"), in the same clause."""
    window = text[max(s0, start - 60) : start]
    clause = CLAUSE_BREAK.split(window)[-1]
    offset = len(window) - len(clause)
    names = [m for m in _PROPER.finditer(clause)
             if a_name(m.group(1).split(), people) and not _CURRENCY_AFTER.match(clause, m.end(1)) and not _SAID_BY.match(clause, m.end(1))
             # (nor one inside what is left out or counted in: "excluding the impact of the third quarter Velcora
             # inventory step up ...", "Including the expected proceeds from the remaining RGMZ seed sales, ...")
             and not inside_what_is_left_out(text, s0, max(s0, start - 60) + offset + m.start(1), counted_in=True)]
    if not names:
        return _actor_of_the_sentence(text, s0, start, people)
    name, at = names[-1].group(1), max(s0, start - 60) + offset + names[-1].start(1)
    if others := _AND_OTHER_MARKETS.match(text, at + len(name)):
        name += others.group()
    # the window, or the sentence's opening, cut "Latin America" to "America", "Real Estate ENR" to "Estate ENR"
    while (longer := _PROPER_LEAD.search(text, max(s0, at - 30), at)) and name.count(" ") < 5 \
            and longer.group(1) not in NOT_SUBJECTS and longer.group(1) not in people \
            and _lists_on(longer.group(2) or "", name, text, longer.start(1)):
        name, at = f"{longer.group(1)}{longer.group(2) or ''} {name}", longer.start(1)
    opening = s0 + len(text[s0:start]) - len(text[s0:start].lstrip())
    # A sentence's first word is capitalised anyway; two capitalised words are a name ("Western Europe grew 2%").
    return name if at > opening or " " in name else None


# "In Europe, Asia, and other markets, device sales totaled $173 million, ...": the places a sentence opens with
_NAME_WORDS = r"[A-Z][\w.&'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&'-]*)*"


_PLACES = rf"(?P<name>{_NAME_WORDS}(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:{_NAME_WORDS}|other\s+(?:markets|regions|countries)))*)"


_PLACE_OPENING = re.compile(rf"\s*(?i:(?:(?:and|now|so|then|also),?\s+)?in)\s+{_PLACES},\s")


def _named_places(said: re.Match[str], people: frozenset[str]) -> str | None:
    return said.group("name") if a_name(re.findall(r"[\w.&'-]+", said.group("name")), people) else None


# "revenues in Asia Pacific ... declined 14.8%", "Sales in Europe, Asia, and other markets totaled $272 million": the
# places a measure is said of, right after its trigger
_PLACE_AFTER = re.compile(rf"\s+in\s+(?:the\s+)?{_PLACES}\b(?!['’])")


def _place_sold_in(text: str, trigger: tuple[int, int] | None, start: int, metric: str,
                   people: frozenset[str]) -> str | None:
    if not trigger or trigger[1] > start or metric not in _OF_A_PART_OF_SALES:
        return None
    said = _PLACE_AFTER.match(text, trigger[1], start)
    if said is None or _CURRENCY_AFTER.match(text, said.end()):
        return None
    return _named_places(said, people)


# "we would expect our Evernorth growth to be within our long-term targeted growth range, meaning at least 4% revenue
# growth": a part of the company whose sales are said earlier in the sentence than its window reaches
_A_PARTS_SALES = re.compile(r"\b(?:our|the)\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+(?:organic\s+)?(?:growth|revenues?|sales)\b")


def _part_whose_sales_are_said(text: str, s0: int, start: int, metric: str, people: frozenset[str]) -> str | None:
    if metric not in _OF_A_PART_OF_SALES:
        return None
    said = list(_A_PARTS_SALES.finditer(text, s0, start))
    if not said:
        return None
    name = said[-1].group("name")
    return name if a_name(name.split(), people) else None


def _place_opening(text: str, s0: int, start: int, people: frozenset[str]) -> str | None:
    said = _PLACE_OPENING.match(text, s0, start)
    if said is None:
        return None
    return _named_places(said, people)


def _lists_on(joined: str, name: str, text: str, at: int) -> bool:
    """Whether the name before `joined` is of one list with `name`: a comma lists names only in a list that ends with
    "and" ("U.S., Canada, and Latin America"; not "Globally, Europe", nor "in the U.S., and Industrial sales")."""
    if not joined.startswith(","):
        return True
    return " and " in name or joined != "," and text.endswith(", ", 0, at)


# "ESG's adjusted EBITDA for the quarter was $42.7 million compared to $43.9 million last year": the owner the sentence
# opens with (its first word is capitalised anyway, but an owner's is a name); "Wood Products contributed $840 million to
# first quarter earnings and $889 million to adjusted EBITDA": the part that contributed them all (the whole company
# reports and generates too: "Weyerhaeuser reported ... net sales of $2.5 billion")
_OWNER_OPENING = re.compile(rf"\s*([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}){_POSSESSIVE}\s")  # ("ClearanceJobs' ...")


_CONTRIBUTOR = re.compile(r"(?<![\w-])([A-Z][A-Za-z&.]*(?:\s+[A-Z][A-Za-z&.]*){0,2})\s+(?:also\s+)?contributed\b")


def _actor_of_the_sentence(text: str, s0: int, start: int, people: frozenset[str]) -> str | None:
    actor = _OWNER_OPENING.match(text, s0, start) or _CONTRIBUTOR.search(text, s0, start)
    if actor is None or CLAUSE_BREAK.search(text, actor.end(), start):
        return None
    words = actor.group(1).split()
    contraction = words[0] in _CONTRACTED  # "Let's start with C&I", "There's no question"
    return None if contraction or not a_name(words, people) else actor.group(1)


_CONTRACTED = frozenset("Let There Here What Who Where How".split())


# "Inpatient revenues increased 20%", "Financial services revenue of $86.9 million", "Cloud and security revenue was $549
# million": the words (up to three) the sentence opens with, right before the trigger, name the part of the business
# (not "Total", "Net" or "Quarterly" revenues; "RPO fee revenue" is the fees of RPO); words before it that say only the
# time or the basis are not of the name ("Fourth quarter aerospace sales", "Total comparable funeral revenues", "The
# maintenance revenue", "Hot-dip galvanizing sales")
_OPENING_MODIFIER = re.compile(r"\s*((?:The\s+[a-z][a-z-]{2,}|[A-Z][a-z]{2,}-[a-z]+|[A-Z][a-z]{3,}|[A-Z]{2,5})(?:\s+[a-z][a-z-]{2,}){0,2}?)"
                               r"(?:\s+fees?)?\s+$")


# "2020 commercial aerospace sales were about $822 million": the same after the year, in lower case
_YEAR_OPENING_MODIFIER = re.compile(r"\s*(?:19|20)\d\d\s+((?:[a-z][a-z-]{2,}\s+){0,2}?[a-z][a-z-]{2,})(?:\s+fees?)?\s+$")


_TIME_OR_BASIS_FIRST = frozenset("the total comparable first second third fourth full quarter year".split())


_OF_A_PART_OF_SALES = frozenset({"revenue", "revenue_growth", "organic_revenue_growth", "gross_margin", "operating_margin"})


_A_VERBS_PARTICIPLE = frozenset("""including excluding being having rising growing increasing declining decreasing going
    coming starting looking turning moving remaining continuing improving""".split())


# "..., while professional search revenue was up approximately 150%", "our military sales grew by an outstanding 23%": a
# clause opens with the part's name, or "our" says it (not "our fee revenue", the whole company's)
_A_NAMING_WORD = r"(?!(?:our|the|its|their|were|was|are|has|have|had|also|then|they)\b)[a-z](?:[a-z]|-(?=[a-z])){2,}(?<!ing)(?<!ed)"


_CLAUSE_OPENING_MODIFIER = re.compile(rf"(?:,\s+(?:while|whereas|and|but)|\b[Oo]ur)\s+"
                                      rf"((?:{_A_NAMING_WORD}\s+){{0,2}}?{_A_NAMING_WORD})(?:\s+fees?)?\s+$")


# "On a positive note, space and defense sales increased almost 4%", "For the third quarter, license revenue was $29.2
# million": the clause after a short opening phrase opens with the part's name
_INTRODUCED_MODIFIER = re.compile(rf"\W*[A-Z][\w'-]*(?:\s+[\w'-]+){{0,6}},\s+(?!(?:and|with|or)\b)"
                                  rf"((?:{_A_NAMING_WORD}\s+){{0,2}}?{_A_NAMING_WORD})(?:\s+fees?)?\s+")


def _named_before(trigger: tuple[int, int] | None, in_sentence: list[Match], start: int) -> tuple[int, int] | None:
    """The measure named before the amount: its trigger, or when that is a basis said after it ("International sales were
    up 13% on an organic basis"), the last measure said before the amount."""
    if trigger is None or trigger[1] <= start:
        return trigger
    before = [m for m in in_sentence if m.label in ("METRIC", "WEAK") and m.end <= start]
    return (before[-1].start, before[-1].end) if before else trigger


def _opening_modifier(text: str, s0: int, trigger: tuple[int, int] | None, metric: str) -> str | None:
    if not trigger or metric not in _OF_A_PART_OF_SALES:
        return None
    said = (_OPENING_MODIFIER.fullmatch(text, s0, trigger[0]) or _YEAR_OPENING_MODIFIER.fullmatch(text, s0, trigger[0])
            or _INTRODUCED_MODIFIER.fullmatch(text, s0, trigger[0])
            or _CLAUSE_OPENING_MODIFIER.search(text, max(s0, trigger[0] - 60), trigger[0]))
    if said is None:
        return None
    words = said.group(1).split()
    while words and not _TIME_OR_BASIS_FIRST.isdisjoint(words[0].lower().split("-")):  # ("fourth-quarter", "year-to-date")
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    first, *rest = words
    # (nor a verb's participle: "Achieved organic revenue growth", "Deferred revenue", "Sales rising organically",
    # "Concerning adjusted EBIT margin", nor "Starting with organic growth"; but "IT outsourcing revenue", "Analytics and
    # engineering revenues" name what is sold)
    left_out = (first in NOT_SUBJECTS or first.endswith("ed")
                or any(word.lower() in NOT_A_PART_OF_SALES for word in name.split())
                or any(word.endswith("ed") or word in _A_VERBS_PARTICIPLE or word in _NOT_OF_THE_SOURCE for word in rest))
    return None if left_out else name


# "Modern Workplace revenue was $561 million, and organic revenue was down 16%", "EMEA sales were down 4% year-over-year
# and 8% organically": an amount said on in words that name nothing new is of the part the amount before it was (not
# "Domestic sales grew 14%, with international sales up 17%", "1.2% year over year ... and 3.2% in South Carolina")
_NAMES_NOTHING_NEW = frozenset("""and or was were is are up down by increased increase decreased decrease declined
    decline grew growth rose fell gain an a of which from the to in on over versus vs compared with year-over-year
    year-on-year year prior prior-year last quarter sequentially sequential organic organically revenue revenues sales
    fee fees when excluding impact foreign exchange currency constant rates terms dollars us approximately about roughly
    nearly million billion percent first second third fourth reflecting""".split())


_A_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")


_A_NAME = re.compile(r"\b(?!US\b)[A-Z]")


def subject_said_on(before, text: str, start: int, end: int, metric: str, sentence_end: int) -> str | None:
    """The subject of the amount said before in the sentence (`before`, a Figure), when this amount's words name no
    other."""
    if (before is None or before.subject is None or metric not in _OF_A_PART_OF_SALES
            or before.metric not in _OF_A_PART_OF_SALES or _A_NAME.search(text, end, sentence_end)):
        return None
    said_between = _A_WORD.findall(text, before.end, start)
    return before.subject if all(word.lower() in _NAMES_NOTHING_NEW for word in said_between) else None


# "17.5% as we executed our planned transition ... to support our brands, innovation and new products", "declined by 3%,
# as growth in instrumentation, alternative energy ...", "$669 million in capital investment, which is needed to ...
# distributed energy resources": a clause of its own
_A_CLAUSE_OPENS = re.compile(r"\b(?:as|because|since|while|when|whereas)\s+(?:we|they|it|the|our|its|their)\b"
                             r"|,\s+(?:as|which|because|since)\b", re.I)


def subject_near(in_sentence, start, end, text) -> str | None:
    """The subject named nearest before the figure ("Auto margins ... 18.5%"), else nearest after
    but not past a reason ("revenue grew 35% due largely to same-store sales growth") or the clause's end ("were down 4%
    to $304 million, while Energy Systems net sales ...") nor inside a metric named later ("revenue of $51.8 billion to
    $52.3 billion ..., comparable sales growth of ...")."""
    candidates = [m for m in in_sentence if m.label == "SUBJECT"]
    before = [m for m in candidates if m.end <= start and not _another_owner_between(in_sentence, text, m.end, start)]
    if before:
        return _whole_name(max(before, key=lambda m: (m.end, m.end - m.start)), text)  # "energy storage" over "storage"
    later_metrics = [m for m in in_sentence if m.label in ("METRIC", "WEAK") and m.start >= end]
    after = [m for m in candidates if m.start >= end
             and not REASON.search(text, end, m.start) and not STRONG_BREAK.search(text, end, m.start)
             and not _A_CLAUSE_OPENS.search(text, end, m.start)
             and not any(t.start < m.end and m.start < t.end for t in later_metrics)]
    return _whole_name(min(after, key=lambda m: m.start), text) if after else None


# "Energy Systems net sales were down 2% at $337 million, while specialty increased 7%": a clause set against the one
# before opens with what it is about, unless that is a measure ("..., while margins improved") or a pronoun
_SET_AGAINST_OPENS = re.compile(rf",\s+(?:while|whereas)\s+(?={_A_NAMING_WORD}\b)")


def _another_owner_between(in_sentence, text: str, subject_end: int, start: int) -> bool:
    return any(not any(m.label in MEASURES and m.start == opens.end() for m in in_sentence)
               for opens in _SET_AGAINST_OPENS.finditer(text, subject_end, start))


_NAME_GOES_ON = re.compile(r"(?:\s+(?!(?:Revenues?|Sales|Segment|Business|Division|Group)\b)[A-Z][a-z]+)+")


# "ALLETE Clean Energy": the capitalised words a name ends with
_NAME_BEFORE = re.compile(r"(?:(?<![.?!]\s)\b[A-Z][\w&-]*\s+)+$")


def _whole_name(m: Match, text: str) -> str:
    """"Energy Systems net sales were down 2%", "ALLETE Clean Energy ... to be at the lower end": a subject that is the
    start or the end of a longer name is that name."""
    said = text[m.start : m.end]
    if not said[:1].isupper():
        return m.key
    goes_on = _NAME_GOES_ON.match(text, m.end)
    before = _NAME_BEFORE.search(text, max(0, m.start - 60), m.start)
    words = before.group().split() if before else []
    while words and words[0] in NOT_SUBJECTS:
        words.pop(0)
    if not goes_on and not words:
        return m.key
    return " ".join(words + [said]) + (goes_on.group() if goes_on else "")
