"""spaCy for what it is good at: sentences, and the phrases (from pipeline/data/*.toml) that name
metrics, subjects, products and events; plus how far apart two phrases stand."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.taxonomy import Metric, cues, makes, metrics, names, names_ticker


@dataclass(frozen=True, slots=True)
class Match:
    label: str  # METRIC | WEAK (a weak metric trigger) | SUBJECT | EVENT | PRODUCT
    key: str  # metric, subject, event or product name
    start: int
    end: int
    text: str

    @property
    def phrase(self) -> str:
        """The words said as the data files list them: lower case, single spaces."""
        return phrase(self.text)


def phrase(text: str) -> str:
    return " ".join(text.lower().split())


# "sales to grow between 5% to 9%, reflecting our strong Q1 results", "revenue grew 35% due largely to
# same-store sales growth", "EPS increased 22% to $1.27 on higher net earnings": what follows a reason is about the
# reason, not about the figure before it.
REASON = re.compile(r"\b(?:reflecting|reflects|driven\s+(?:\w+\s+)?by|due\s+(?:\w+\s+)?to|because\s+of|thanks\s+to|(?:as\s+a|the)\s+result\s+of|on\s+the\s+back\s+of"
                    r"|(?:primarily|mainly|largely|partly|partially)\s+(?:on|related\s+to)"
                    r"|on\s+(?:improved|higher|lower|stronger|weaker|increased|decreased|better|favorable|unfavorable))\b", re.I)


DIGIT = re.compile(r"\d")

# "operating income, excluding Riggs Distler, is expected to be 5% to 5.4% of revenues", "excluding the impact of the
# third quarter Velcora inventory step up": what is left out is neither the figure's subject nor its time
LEAVING_OUT = r"excluding|ex|except|other\s+than|without|outside(?:\s+of)?|net\s+of"  # words that leave a part out
LEFT_OUT_BEFORE = re.compile(rf"\b(?:{LEAVING_OUT})\s+(?:the\s+)?"
                             r"(?:(?:(?:impact|effect|benefit)s?\s+of|(?:sales|revenues?|contributions?)\s+from)\s+(?:the\s+)?)?$", re.I)
_LEAVING_OUT_WORD = re.compile(rf"\b(?:{LEAVING_OUT})\b", re.I)
_LEAVING_OUT_OR_COUNTING_IN_WORD = re.compile(rf"\b(?:{LEAVING_OUT}|including)\b", re.I)
_END_OF_WHAT_IS_LEFT_OUT = re.compile(r"[,;]|[.?!]\s")


def inside_what_is_left_out(text: str, lo: int, at: int, counted_in: bool = False) -> bool:
    """Whether text[at] is inside what an "excluding ..." (or, `counted_in`, an "including ...") phrase begun after `lo`
    leaves out, not past the comma that ends it: "Excluding the impact of COVID-19-related sales in the prior-year
    quarter, global device sales declined by 3%"."""
    words = _LEAVING_OUT_OR_COUNTING_IN_WORD if counted_in else _LEAVING_OUT_WORD
    opens = [m.end() for m in words.finditer(text, max(lo, at - 80), at)]
    return bool(opens) and not _END_OF_WHAT_IS_LEFT_OUT.search(text, opens[-1], at)


# "building a $500 million plus GPF business by 2023", "I can envision us being a $40 billion company": an amount
# that sizes a business is its revenue, and the words between say which business ("a greater than $500 million
# gasoline particulate filter business"; not "$33.6 billion of new business" nor "a $5 million business investment").
_A_BUSINESS_OF_ITS_SIZE = re.compile(r"\s*(?:plus\s+)?(?P<which>(?:(?!(?:of|in|on|from|for|to|with|and|or|the|our|that|which|worth)\b)[\w&-]+\s+){0,3}?)"
                                     r"(?:company|business)(?=\s*(?:[.,;:?!]|$)|\s+(?:by|in|at|for|with|and|that|which|over|within|"
                                     r"eventually|today|now)\b)", re.I)
_SIZED_BY = re.compile(r"\b(?:a|an|this|that)\s+(?:(?:greater|more|bigger|larger)\s+than\s+|over\s+|nearly\s+|almost\s+|"
                       r"roughly\s+|about\s+|approximately\s+)?$", re.I)


def business_sized(text: str, start: int, end: int) -> re.Match[str] | None:
    """The business the amount at text[start:end] is the size of, if it is one."""
    if not _SIZED_BY.search(text, max(0, start - 30), start):
        return None
    return _A_BUSINESS_OF_ITS_SIZE.match(text, end)


_SENTENCE_OPENERS = frozenset("We I It The So And But This That Our They You He She There In As".split())


# (the letter first, then what may not precede it: a pattern that opens with a letter is searched for fast)
_LETTER_ABBREVIATION = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.)?\s+(" + "|".join(sorted(_SENTENCE_OPENERS)) + r")\b")


def sentences(doc, text: str):
    """The doc's sentences: where spaCy's sentencizer ends them, and after a one-letter initial (or "U.S.") before a
    sentence opener (spaCy keeps "X." as one token, so "as we posted on X. We expect" would stay one
    sentence). `text` is the doc's own text, passed in as rebuilding it from the tokens is slow."""
    for match in _LETTER_ABBREVIATION.finditer(text):
        opener = doc.char_span(match.start(1), match.end(1))
        if opener is not None:
            opener[0].is_sent_start = True
    return doc.sents


def nlp_pipeline(ticker: str | None = None):
    """The spaCy pipeline and the phrase matcher for a call of `ticker` (its own names and any company's)."""
    return _nlp(), _phrase_matcher(names_ticker(ticker), makes(ticker))


@cache
def _nlp():
    import spacy

    nlp = spacy.blank("en")
    # "2021capital expenditures" (a transcript's missing space): the year and the word are two tokens
    infixes = [*nlp.Defaults.infixes, r"(?<=(?:19|20)\d\d)(?=[a-z]{4,})"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def _phrase_matcher(ticker: str | None, made: frozenset[str]):
    from spacy.matcher import PhraseMatcher

    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    # (a car dealer's "70,000 vehicles that are in inventory" is no fleet: only a maker of vehicles reports one)
    for metric in (m for m in metrics().values() if m.made_by is None or m.made_by in made):
        matcher.add(f"METRIC|{metric.name}", list(nlp.tokenizer.pipe(metric.triggers)))
        if metric.weak_triggers:
            matcher.add(f"WEAK|{metric.name}", list(nlp.tokenizer.pipe(metric.weak_triggers)))
    for phrase, subject in names(ticker).subjects.items():
        matcher.add(f"SUBJECT|{subject}", [nlp.make_doc(phrase)])
    for phrase, event in cues().events.items():
        matcher.add(f"EVENT|{event}", [nlp.make_doc(phrase)])
    for phrase, product in names(ticker).products.items():
        matcher.add(f"PRODUCT|{product}", [nlp.make_doc(phrase)])
    matcher.add("OTHER|other", list(nlp.tokenizer.pipe(cues().other_measures)))
    return matcher


@cache
def word_pattern(words: tuple[str, ...], ignore_case: bool = True) -> Phrases:
    """Any of the phrases as whole words, the longest where several start at one place."""
    if not words:
        return Phrases(r"(?!)", ignore_case=False)  # no phrase: matches nothing
    said = [w.lower() for w in words] if ignore_case else words
    plain = [w for w in said if not w.startswith("'")]
    clitics = [w for w in said if w.startswith("'")]  # "'ll" and "'d" follow their word: "we'll", "we'd"
    starts = ([r"(?<![\w'-])(?:" + _trie_alternation(plain) + ")"] if plain else []) + (
        [r"(?<=\w)(?:" + _trie_alternation(clitics) + ")"] if clitics else [])
    return Phrases("(?:" + "|".join(starts) + r")(?![\w])", ignore_case)


class Phrases:
    """A compiled word_pattern, searched as a regular expression is. Ignoring case, it is searched in the lower-cased
    text, which Python's engine scans about twice as fast as with re.I; its matches then read lower case (a text that
    lower-casing lengthens, "İ", is searched with re.I, so that positions hold)."""

    __slots__ = ("_pattern", "_any_case")

    def __init__(self, expression: str, ignore_case: bool) -> None:
        self._pattern = re.compile(expression)
        self._any_case = re.compile(expression, re.I) if ignore_case else None

    def _read(self, text: str) -> tuple[re.Pattern[str], str]:
        if self._any_case is None:
            return self._pattern, text
        lowered = _lower_case(text)
        return (self._pattern, lowered) if len(lowered) == len(text) else (self._any_case, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, read = self._read(text)
        return pattern.search(read, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, read = self._read(text)
        return pattern.match(read, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        pattern, read = self._read(text)
        return pattern.finditer(read, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        pattern, read = self._read(text)
        return pattern.findall(read, pos, endpos)


@lru_cache(maxsize=16)
def _lower_case(text: str) -> str:
    return text.lower()  # (a sentence's or a paragraph's text is searched for many phrase lists in a row)


def _trie_alternation(words) -> str:
    """The phrases as one regular expression branching letter by letter ("cash(?: flow)?"), which
    Python's engine scans many times faster than a flat list of hundreds of alternatives."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        tails = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not tails:
            return ""
        either = tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"
        return f"(?:{either})?" if "" in node else either

    return branch(trie)


@cache
def _metric_of_trigger() -> dict[str, str]:
    """Each trigger phrase and the metric it names (a phrase two metrics share names neither; a ratio
    trigger, "operating income", names its metric only for a percentage of sales, so none here)."""
    owners: dict[str, set[str]] = {}
    for metric in metrics().values():
        for trigger in set(metric.triggers) - set(metric.ratio_triggers):
            owners.setdefault(trigger.lower(), set()).add(metric.name)
    return {trigger: names.pop() for trigger, names in owners.items() if len(names) == 1}


def metrics_named(text: str) -> list[str | None]:
    """The metric of each trigger the text says, in order, read without spaCy (None for a shared phrase)."""
    return [_metric_of_trigger().get(phrase(said))
            for said in word_pattern(tuple(_metric_of_trigger())).findall(text)]


def metric_opening(text: str) -> str | None:
    """The metric of the trigger the text opens with ("gaap eps of ..."), if it has one of its own."""
    said = word_pattern(tuple(_metric_of_trigger())).match(text)
    return _metric_of_trigger().get(phrase(said.group())) if said else None


def last_metric_named(text: str) -> str | None:
    """The metric the text names last ("Improve free cash flow.")."""
    named = metrics_named(text)
    return named[-1] if named else None


def metric_asked(question: str) -> Metric | None:
    """The Metric a question's last sentence asks about, if it names just one ("Good tax rate to
    assume moving forward?"), else the question as a whole when that sentence names none ("And then on
    the tax rate side, looks like 22% for fiscal '21. ... is there any reason to think that, that rate would
    not flow into fiscal '22?"): the answer's amount is that metric's even when the answer names none."""
    named = set(metrics_named(last_sentence(question))) or set(metrics_named(question[-600:]))
    return metrics()[named.pop()] if len(named) == 1 and None not in named else None


ROUGH_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z\"“\[])|\n")


def last_sentence(text: str) -> str:
    """The last sentence of the text (roughly: read without spaCy, from its last 400 characters)."""
    return ROUGH_SENTENCE_END.split(text[-400:].rstrip())[-1]


CLAUSE_BREAK = re.compile(r"[;:]|\s--\s|,\s+(?:and|but|so|while|which)\b|\band then\b|\bbut\b|\bwhile\b|\bwhereas\b", re.I)


# ", we had an owner committee that ...": a clause with a subject of its own starts after the comma
SUBJECT_PRONOUN = r"(?:we|they|it|he|she|I|you)"
A_SUBJECTS_CLAUSE = re.compile(rf",\s+{SUBJECT_PRONOUN}\s+\w+", re.I)


MEASURES = frozenset({"METRIC", "WEAK", "OTHER"})


def another_measure(m: Match) -> bool:
    """A measure of the company's outside the taxonomy ("orders", "SG&A expenses"); the market's ("grew
    roughly in line with market growth at 3.2%", "sales in the industrial market") is only what it is compared with."""
    return m.label == "OTHER" and "market" not in m.phrase


def phrase_matches(doc, matcher) -> list[Match]:
    """The phrases found, less a measure's words inside a longer phrase measuring the same kind of
    thing ("margin" in "EBITDA margin", "earnings" in "adjusted earnings"; "revenues" in "revenues
    grew" stays, for the amount of revenue)."""
    found = []
    for match_id, s, e in matcher(doc):
        if _ends_a_compound(doc, s):
            continue
        span = doc[s:e]
        found.append(Match(*doc.vocab.strings[match_id].split("|"), span.start_char, span.end_char, span.text))
    measures = [m for m in found if m.label in MEASURES]
    return [m for m in found if m.label not in MEASURES or not any(
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start and _same_kind(o, m) for o in measures)]


def _ends_a_compound(doc, start: int) -> bool:
    """"self-storage", "life-saving", "net debt-to-EBITDA", "pre-revenue": the phrase is the end of another word."""
    hyphen = doc[start - 1] if start >= 2 else None
    return hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_ and not doc[start - 2].whitespace_


def _same_kind(a: Match, b: Match) -> bool:
    """Whether two measures take a unit in common (any other measure may measure anything)."""
    if "OTHER" in (a.label, b.label):
        return True
    return bool(set(metrics()[a.key].units) & set(metrics()[b.key].units))


def gap_between(a0: int, a1: int, b0: int, b1: int, text: str, clause_penalty: int = 200) -> int:
    """Characters between two spans; a clause break between them counts as far."""
    if a1 <= b0:
        gap, between = b0 - a1, text[a1:b0]
    elif b1 <= a0:
        gap, between = a0 - b1, text[b1:a0]
    else:
        return 0
    return gap + (clause_penalty if any(not _restarted(between, m) for m in CLAUSE_BREAK.finditer(between)) else 0)


_LAST_WORD = re.compile(r"(\w+)\s*$")
_FIRST_WORDS = re.compile(r"\s*((?:\w+\s+){0,3})")


def _restarted(text: str, m: re.Match[str]) -> bool:
    """"margin expansion should be -- it should be 100 to 200 basis points": a dash the speaker's words pick up again
    after (the word before it said again in the next few) is a false start, not a new clause."""
    if m.group().strip() != "--":
        return False
    before = _LAST_WORD.search(text, 0, m.start())
    return bool(before) and before.group(1).lower() in _FIRST_WORDS.match(text, m.end()).group(1).lower().split()


# What may follow a figure in its own clause: "which I think we will ... get to" does, ", and we expect" does not.
STRONG_BREAK = re.compile(r"[;:]|[.?!]\s|\s--\s|,\s+(?:and|but|so|while)\b|\bbut\b", re.I)


CHANGE_NOUNS = r"growth|increase|decrease|improvement|decline|rise|drop"  # a change said as a noun
CHANGE_VERBS = r"increased|decreased|declined|grew|rose|fell|improved|dropped"  # a change said as a verb
DOLLARS = r"\$\s?[\d.,]+(?:\s*(?:thousand|million|billion))?"  # an amount of money as written: "$52.5 million"
# a word that hedges the amount after it ("about $5 million"), or also bounds it ("over $5 million")
HEDGE = r"(?:(?:about|approximately|roughly|around|nearly|almost)\s+)?"
HEDGE_OR_BOUND = r"(?:(?:about|approximately|roughly|around|nearly|almost|over|more\s+than)\s+)?"
# A part of an amount, said before what it is of: "most of which", "the majority of which", "half of the"
A_PART_OF = r"(?:half|most|part|some|much|(?:the\s+)?(?:majority|bulk|rest|remainder))\s+of"


# "Turning to the RS&I Group", "Now to our outlook": what the speaker talks about next
TURNING_TO = (r"\b(?i:update on|turning (?:now |next )?to|turn (?:now )?to|moving (?:on )?to|move to|switching to|now to|now for|shifting to"
              r"|transitioning to|start(?:ing)? with|looking now at|go on to)\s+")


# The words for an outlook a company gives ("second-quarter guidance", "our 2022 operating EPS early outlook")
OUTLOOK_WORDS = ("guidance", "outlook", "target", "forecast")
OUTLOOK = rf"(?:{'|'.join(OUTLOOK_WORDS)})\b"


_REVISING = r"\b(?:(?:increas|rais|lift|lower|cut|reduc|decreas|updat|narrow|revis)\w*|bring\w*\s+(?:up|down))\s+"


A_WHOLE_YEAR = r"(?:full[- ]year|(?:fy|fiscal(?:\s+year)?)\s*'?\d{2,4})"  # "full-year", "FY '22", "fiscal 2021"


# "reduced our full-year non-GAAP tax rate by 200 basis points to 26%" a quarter into the year: what is changed for a
# year still running is the outlook for it
REVISED_FOR_THE_YEAR = _REVISING + r"(?:our|the)\s+" + A_WHOLE_YEAR + r"\b"


# "raising our full year sales outlook", "we've raised our distribution infrastructure investment",
# "bringing up the low end of our sales range"
REVISION = (r"(?:" + _REVISING + r"(?:[\w'-]+\s+){0,8}?"
            r"(?:" + OUTLOOK + r"|(?:plan|range|investment|midpoint|framework)\b)"
            r"|" + REVISED_FOR_THE_YEAR + ")")


COMPARISON = r"compared?\s+(?:to|with)|versus|vs\.?|relative\s+to|against"  # words that set one amount against another
