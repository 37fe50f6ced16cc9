"""Numbers as people say them on calls: "$2.5 billion", "35,000", "1K", "a quarter million",
"$3.65 to $3.95 per diluted share", "20% to 30%", "sub-30k", "nearly 15 gigawatt hours", "a six-handle".

`find_quantities(text)` returns each spoken quantity with its span, scale already applied,
the qualifier words around it, and the unit words attached to it. Which metric it belongs
to is decided elsewhere (pipeline.extract).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mm": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "t": 1e12}
WORD_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a few": 3, "a quarter": 0.25, "half a": 0.5, "a half": 0.5,
}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_WORD = r"a quarter|half a|a half|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a"
_SCALE = r"thousand|million|billion|trillion|mm|bn|[kKmMbB](?![\w])"
# One amount: optional currency, a number (digits or words), optional scale (past a transcriber's note: "$878
# [Phonetic] million"), optional percent/x.
_AMOUNT = (
    rf"(?P<PFXneg>(?:minus|negative)\s+)?(?:plus\s+(?=[\d$.]))?(?P<PFXcur>\$|US\$|USD\s?)?(?P<PFXnum>(?<![\w.:/])(?:{_NUM})(?![:/]\d)|(?<![\w])(?:{_WORD})(?=\s+(?:{_SCALE})\b))"
    rf"(?P<PFXhalf>\s+and\s+a\s+half)?(?:(?:\s\[[A-Za-z]+\])?\s?(?P<PFXscale>{_SCALE}))?(?:\s?(?P<PFXpct>%|percent\b|per\s?cent\b|percentage points?\b|basis points?\b|bps\b|bp\b|x\b|times\b))?"
)
# "tp" is a transcript's slip for "to" ("EPS to be in the range of $5.55 tp $5.85")
_RANGE_JOIN = r"\s?(?:and\s+to|to|tp|-|–|—|and|through|,)\s?"
# An amount starts a word, or is a dollar sign however it is written ("and$4.4 million"); saying so up front spares
# the search every position inside a word.
QUANTITY = re.compile(
    rf"(?:(?<!\w)|(?=\$))(?P<sub>\bsub-?)?(?P<between>\bbetween\s)?{_AMOUNT.replace('PFX', 'a_')}"
    rf"(?:(?P<a_fall>\s+(?:decline|decrease|drop))?(?P<a_per_share>\s+(?:per|a)\s+(?:diluted\s+)?share)?(?P<join>{_RANGE_JOIN})(?:(?P<b_down>down\s+)|(?P<b_up>up\s+))?{_AMOUNT.replace('PFX', 'b_')})?",
    re.IGNORECASE,
)

# Words right before an amount that bound or soften it ("approximately a 35% reduction"), each said from a word's start
# ("we expect to recover $4 million" is not "over"; the lookbehind also spares the search every other position).
AT_LEAST = re.compile(r"(?<!\w)(?:(?:at least|over|in excess of|more than|north of|above|greater than|upwards of|beyond|\bplus|(?:a\s+)?minimum\s+of|no less than)\s+(?:of\s+)?(?:the\s+|that\s+|an?\s+)?"
                      # "exceed our original target of $200 million": the target is the floor
                      # "2019 GPF sales exceeded $250 million", "Quarterly revenue surpassed $900 million"
                      r"|(?P<exceeded>exceed(?:ing|s|ed)?|surpass(?:ing|es|ed)?)\s+(?:the\s+|that\s+|our\s+)?(?:(?:original|initial|prior|previous|stated)\s+)?"
                      r"(?:(?P<target>target|goal|guidance|budget)\s+(?:of\s+)?)?)$", re.I)
# "We exceeded the $500 million guidance for FY '22": the amount is the target exceeded, not a floor
_THE_AMOUNT_AFTER = re.compile(r"\b(?:the|that)\s+$", re.I)
_A_TARGET_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:target|goal|guidance|budget|outlook|plan|forecast)\b", re.I)
# ("Adjusted EBIT margin is up to 8.7%", "March was up to the 80% level": it rose to that, no ceiling)
UP_TO = re.compile(r"(?<!\w)(?:(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!'s )(?<!\bbeen )up to|as much as|as high as|under|below|(?<!no )less than|fewer than|no more than|at most|south of|sub|not exceeding|within)\s*-?\s*(?:(?<=\s)an?\s+)?$", re.I)
# "We were talking about $15 million on the January call": "about" after talk is what was said, not how near.
APPROX = re.compile(r"(?<!\w)(?:(?:(?<!talk\s)(?<!talks\s)(?<!talked\s)(?<!talking\s)(?<!spoke\s)(?<!speaking\s)about|roughly|around|approximately|approx\.?|nearly|almost|close to|some|~|on the order of|something like|like|probably|circa|an estimated|estimated|ballpark|neighborhood|vicinity|maybe|call it)\s+(?:of\s+|an?\s+)?$"
                    r"|(?:around|roughly|approximately)\s+the\s+$"  # "around the 24% level"
                    r"|(?:maybe|probably|roughly|approximately)\s+to\s+$)", re.I)  # "might pick up a little bit, maybe to 23%"
APPROX_AFTER = re.compile(r"^\s*,?\s*(?:or so|or thereabouts|ish|-ish|plus or minus|give or take)\b", re.I)
# ("100 BP improvement or more": the change it is said of between)
PLUS_AFTER = re.compile(r"^\s*(?:\+(?!/-)|plus\b(?!\s+or\s+minus)|(?:(?:improvement|increase|expansion|growth)\s+)?or\s+(?:more|higher|better)\b)",
                        re.I)


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float | None  # a single amount
    low: float | None  # a range's ends
    high: float | None
    kind: str  # money | percent | bps | multiple | number
    qualifier: str  # exact | range | at_least | up_to | approx
    text: str
    has_scale: bool
    paired: str | None = None  # "from" / "to" for the two ends of "from 20 to 40", which are two figures
    said_until: int | None = None  # where the words that give its unit start: after "to 40" for the "from" end

    @property
    def unit_from(self) -> int:
        return self.said_until if self.said_until is not None else self.end

    @property
    def amount(self) -> float:
        return self.value if self.value is not None else (self.low + self.high) / 2

    def bounds(self) -> tuple[float | None, float | None, float | None, str]:
        """(value, value_low, value_high, qualifier) as a figure row holds them: a floor or a ceiling is also its bound."""
        if self.qualifier == "range":
            return None, self.low, self.high, "range"
        if self.qualifier == "at_least":
            return self.value, self.value, None, "at_least"
        if self.qualifier == "up_to":
            return self.value, None, self.value, "up_to"
        return self.value, None, None, self.qualifier


def _number(text: str) -> float:
    key = text.lower()
    if key in WORD_NUMBERS:
        return float(WORD_NUMBERS[key])
    return float(key.replace(",", ""))


def _kind(cur: str | None, pct: str | None) -> str:
    if pct:
        p = pct.lower().strip()
        if p in ("x", "times"):
            return "multiple"
        if p.startswith("basis") or p.startswith("bp"):
            return "bps"
        return "percent"
    return "money" if cur else "number"


def _scaled(num: str, scale: str | None, half: str | None = None) -> float:
    """The amount in base units, exactly as said: $4.11 billion is 4110000000.0, not 4110000000.0000005;
    "18 and a half percent" is 18.5."""
    key = num.lower()
    spoken = Decimal(str(WORD_NUMBERS[key])) if key in WORD_NUMBERS else Decimal(key.replace(",", ""))
    spoken += Decimal("0.5") if half else 0
    return float(spoken * Decimal(str(SCALES[scale.lower()]))) if scale else float(spoken)


def find_quantities(text: str) -> list[Quantity]:
    found = []
    position = 0
    while m := QUANTITY.search(text, position):
        position = m.end()
        g = m.groupdict()
        if g["b_num"] is not None and not _is_range(g, text, m):
            # "from 18.9% to 18.5%" is two figures, not a range.
            first = _side(text, m.start(), m.start("join"), g, "a")
            b_start = m.start("b_cur") if g["b_cur"] else m.start("b_num")
            second = _side(text, b_start, m.end(), g, "b")
            joined_by = _joined_by(g)
            if _different_units(g) or joined_by in (",", "and"):
                # "grew 30% to $14.4 billion": a growth rate and a level, neither bounds the other;
                # "5%, 6%", "declined 4% and 2%, respectively": a list. The second may begin a range of its own
                # ("in 2020, $1.1 billion to $1.3 billion"), so it is read again.
                if g["b_down"]:
                    found.extend(first + second)  # read again, "down 3%" would lose its "down"
                else:
                    found.extend(_in_the_unit_of(first, second) if joined_by == "and" else first)
                    position = m.start("b_neg") if g["b_neg"] else b_start
                continue
            # Both ends are said in the same unit: "from 18.9% to 18.5%", "from $1 to $2 billion".
            kind = next((q.kind for q in first + second if q.kind != "number"), "number")
            before = text[max(0, m.start() - 25) : m.start()].lower()
            if re.search(r"\bby(?:\s+another|\s+an\s+additional)?\s+$", before):
                first = []  # "raise the target by another $200 million to $1.5 billion": the $200 million is a change
            roles = ("from", "to") if first else ("to",)
            found.extend(replace(q, kind=kind, paired=role, said_until=m.end()) for q, role in zip(first + second, roles))
            continue
        if g["b_num"] is None:
            found.extend(_side(text, m.start(), m.end(), g, "a"))
            position = max(position, found[-1].end if found else 0)  # past "plus or minus 30 basis points"
            continue
        # A range shares currency, scale and percent from whichever side says it: "$14.4 to $14.7 billion".
        scale = g["a_scale"] or g["b_scale"]
        if g["a_scale"] is None and g["b_scale"] is not None and _number(g["a_num"]) > _number(g["b_num"]):
            scale = None  # "500 to 1 billion" is not 500 billion
        # "minus 1% to 2%" is negative at both ends; "2% decline to 1% growth" and "negative 1% to 1%" only at
        # the first. "down 6% to down 8%" is negative at both ends, "down 2% to up 1%" at the first.
        a_down = (g["b_down"] or g["b_up"]) and re.search(r"\bdown\s+$", text[max(0, m.start() - 6) : m.start()])
        low = _signed(_scaled(g["a_num"], g["a_scale"] or scale, g["a_half"]), g["a_neg"] or g["a_fall"] or a_down)
        high = _scaled(g["b_num"], g["b_scale"], g["b_half"])
        high = _signed(high, g["b_neg"] or g["b_down"] or (g["a_neg"] and not g["a_fall"] and high != -low))
        if low > high:
            low, high = high, low
        kind = _kind(g["a_cur"] or g["b_cur"], g["a_pct"] or g["b_pct"])
        found.append(Quantity(m.start(), m.end(), None, low, high, kind, "range", m.group(), bool(scale or g["b_scale"])))
    return _with_handles(text, found)


# "EPS next year with a six-handle on it": dollars from six up to seven (a few dollars said plainly are per share).
_HANDLE = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|[1-9])[- ]handle\b", re.I)


def _with_handles(text: str, found: list[Quantity]) -> list[Quantity]:
    handles = [Quantity(m.start(), m.end(), None, _number(m["n"]), _number(m["n"]) + 1, "money", "range", m.group(), False)
               for m in _HANDLE.finditer(text)]
    if not handles:
        return found
    spoken = [q for q in found if not any(h.start <= q.start < h.end for h in handles)]
    return sorted(spoken + handles, key=lambda q: q.start)


def _in_the_unit_of(first: list[Quantity], second: list[Quantity]) -> list[Quantity]:
    """"declines ... of 4 and 2%, respectively": a bare number listed before an amount is said in its unit (not a
    year: "in 2019 and 5% in 2020")."""
    if not (first and second and first[0].kind == "number" and second[0].kind != "number") or _YEAR.fullmatch(first[0].text):
        return first
    return [replace(first[0], kind=second[0].kind)]


_YEAR = re.compile(r"(?:19|20)\d\d")


def _joined_by(g: dict) -> str:
    """The word or mark between the two amounts ("to", "and", ","), lower-cased."""
    return " ".join(g["join"].split()).lower()


def _different_units(g: dict) -> bool:
    """One side a percentage (or multiple), the other money: "30% to $14.4 billion"; or a percentage, then a
    bare number: "new home orders increased approximately 12% to 1,854"; or a year, then an amount: "from 5.5% in the
    first quarter of 2020 to 14.7% this year"."""
    kinds = {_kind(g["a_cur"], g["a_pct"]), _kind(g["b_cur"], g["b_pct"])}
    a_year = bool(_YEAR.fullmatch(g["a_num"])) and not (g["a_cur"] or g["a_pct"] or g["a_scale"])
    return (len(kinds - {"number"}) > 1 or kinds == {"percent", "number"} and bool(g["a_pct"])
            or a_year and bool(g["b_cur"] or g["b_pct"]))


def _is_range(g: dict, text: str, m: re.Match[str]) -> bool:
    """"$4.9 billion to $5.1 billion" is a range; "from 18.9% to 18.5%" and "by $200 million to $1.5 billion"
    are a before and an after; "30% to $14.4 billion" is two figures of different units."""
    if _different_units(g):
        return False
    before = text[max(0, m.start() - 25) : m.start()].lower()
    if g["between"] or re.search(r"\brange\s+(?:of\s+|from\s+)?$", before):
        return True
    if _joined_by(g) in (",", "and"):
        # "in the range of 23%, 24%", "a number in the $200 million, $225 million range", "around the 3.9 and 4 billion range"
        return bool(re.match(r"\s*range\b", text[m.end() : m.end() + 10], re.I))
    if _CHANGE_FROM.search(before) and {_kind(g["a_cur"], g["a_pct"]), _kind(g["b_cur"], g["b_pct"])} <= {"bps", "number"}:
        return True  # "an operating margin improvement from 10 basis points to 70 basis points": a change between two bounds
    if _DOWN_FROM.search(before) and (_scaled(g["a_num"], g["a_scale"] or g["b_scale"])
                                      < _scaled(g["b_num"], g["b_scale"] or g["a_scale"])):
        return True  # "It has come down from $19 billion to $22 billion pre-COVID": no fall, but the range it fell from
    return not re.search(r"\b(?:from|by(?:\s+another|\s+an\s+additional)?)\s+(?:about\s+|roughly\s+)?$", before)


_DOWN_FROM = re.compile(r"\b(?:down|lower|decreased|declined|fell|dropped|reduced|cut)\s+from\s+$", re.I)


_CHANGE_FROM = re.compile(r"\b(?:improvement|expansion|increase|growth|decline|contraction|reduction)\s+(?:of\s+)?from\s+$", re.I)


def _signed(value: float, negative: str | None) -> float:
    return -value if negative else value


# "flat to down 2%" is a range from -2% to 0%; "flat to up 3%" or "flat to plus 3%" from 0% to 3%; so is "zero to
# down 2%", but not "from zero to 2%".
_FLAT_TO = re.compile(r"\b(?:flat|(?<!from\s)zero(?=\s+to\s+(?:(?:down|up|negative|minus|plus)\b|$)))\s+to\s+(?:(?:(?P<down>down|a decline of|a decrease of|negative|minus)|up|growth of|an increase of|\+)\s*)?(?:about\s+|approximately\s+)?$", re.I)


# "12.3%, plus or minus 30 basis points", "8%, plus or minus a point": a range around the amount.
_PLUS_OR_MINUS = re.compile(r",?\s+(?:also\s+)?(?:plus\s+or\s+minus|\+/-)\s+(?:about\s+|roughly\s+)?(?P<n>\d+(?:\.\d+)?|a)\s*"
                            r"(?P<unit>basis\s+points?|bps|bp|%|percent|percentage\s+points?|points?)(?!\w)", re.I)


# "a decline of negative 1% to flat" is a range from -1% to 0%.
_TO_FLAT = re.compile(r"\s+to\s+flat\b", re.I)


def _side(text: str, start: int, end: int, g: dict, side: str) -> list[Quantity]:
    """One end ("a" or "b") of a QUANTITY match, read as an amount of its own; only the first end
    can be "sub-", only the second "down"."""
    return _single(text, start, end, g[f"{side}_cur"], g[f"{side}_num"], g[f"{side}_scale"], g[f"{side}_pct"],
                   g["sub"] if side == "a" else None, g[f"{side}_neg"] or (g["b_down"] if side == "b" else None),
                   g[f"{side}_half"])


def _single(text, start, end, cur, num, scale, pct, sub, negative, half) -> list[Quantity]:
    if num is None:
        return []
    value = _signed(_scaled(num, scale, half), negative)
    kind = _kind(cur, pct)
    window = max(0, start - 40)
    flat = _FLAT_TO.search(text[window:start]) if pct else None
    if flat:
        low, high = (-abs(value), 0.0) if flat.group("down") or value < 0 else (0.0, abs(value))
        begins = window + flat.start()
        return [Quantity(begins, end, None, low, high, kind, "range", text[begins:end], bool(scale))]
    spread = _PLUS_OR_MINUS.match(text, end) if kind in ("percent", "bps") else None
    in_bps = spread is not None and spread["unit"].lower().startswith("b")
    if spread and (kind == "percent" or in_bps):
        # "adjusted operating margin ... in the range of 12.3%, plus or minus 30 basis points": 12.0% to 12.6%
        width = Decimal(str(_number(spread["n"]))) / (100 if kind == "percent" and in_bps else 1)
        low, high = float(Decimal(str(value)) - width), float(Decimal(str(value)) + width)
        return [Quantity(start, spread.end(), None, low, high, kind, "range", text[start : spread.end()], bool(scale))]
    to_flat = _TO_FLAT.match(text, end) if pct else None
    if to_flat:
        low, high = sorted((value, 0.0))
        return [Quantity(start, to_flat.end(), None, low, high, kind, "range", text[start : to_flat.end()], bool(scale))]
    qualifier = _qualifier(text, start, end, bool(sub))
    return [Quantity(start, end, value, None, None, kind, qualifier, text[start:end], bool(scale))]


# "We achieved $40 million of cost savings in fiscal '21, exceeding our original target of 25 million": an amount said
# before what exceeded the target makes the target a target, not a floor.
AMOUNT_SAID = re.compile(r"\$\s?\d|\d\s?(?:%|percent\b)|\d\s+(?:million|billion)\b", re.I)


# "exceeded the high end of our revenue outlook of $11.6 billion": the one end of a range said, its top (or bottom)
_END_OF_A_RANGE = re.compile(r"\b(?:(?P<top>high|upper)|low|lower)\s+end\s+of\s+(?:our|the)\s+(?:[\w&-]+\s+){0,4}?"
                             r"(?:range|outlook|guidance|target|forecast)\s+(?:range\s+)?(?:of\s+)?(?:about\s+|approximately\s+)?$", re.I)


def _qualifier(text: str, start: int, end: int, sub: bool) -> str:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    end_of_a_range = _END_OF_A_RANGE.search(text, max(0, start - 90), start) if "end of" in text[max(0, start - 90) : start] else None
    if end_of_a_range:
        return "up_to" if end_of_a_range.group("top") else "at_least"
    if sub or UP_TO.search(before):
        return "up_to"
    floor = AT_LEAST.search(before)
    verb_at = start - len(before) + floor.start() if floor else 0
    # ("up from the 17.6% of 2020, exceeding the 19.2% of pre-pandemic 2019": an amount exceeded another just said)
    # ("well above the 20% growth target": the target is what growth was above)
    exceeded = floor and (floor.group("target") and AMOUNT_SAID.search(text, 0, verb_at)
                          or (floor.group("exceeded") or _THE_AMOUNT_AFTER.search(floor.group()))
                          and (_A_TARGET_AFTER.match(after) or AMOUNT_SAID.search(text, max(0, verb_at - 40), verb_at)))
    if floor and not exceeded or PLUS_AFTER.search(after):
        return "at_least"
    if APPROX.search(before) or APPROX_AFTER.search(after):
        return "approx"
    return "exact"
