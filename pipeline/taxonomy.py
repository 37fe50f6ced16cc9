"""The metric taxonomy (pipeline/data/metrics.toml) and the cue lists (pipeline/data/cues.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from pipeline.errors import PipelineError

MILESTONE = "milestone"  # the metric of a dated event, found by its own patterns (cues.toml [milestones])
UNITS = ("USD", "USD/share", "USD/month", "%", "bps", "GWh", "GWh/yr", "units", "units/week", "units/yr", "x", "date")


@dataclass(frozen=True)
class Metric:
    name: str
    units: tuple[str, ...]
    triggers: tuple[str, ...]
    coerce: dict[str, str] = field(default_factory=dict)
    negative: tuple[str, ...] = ()
    weak_triggers: tuple[str, ...] = ()
    percent_triggers: tuple[str, ...] = ()  # also in triggers; if any, the only ones that name a percentage
    ratio_triggers: tuple[str, ...] = ()  # also in triggers; they name only a percentage of sales
    basis_triggers: tuple[str, ...] = ()  # also in triggers; they say the basis, not what grows
    after_amount_triggers: tuple[str, ...] = ()  # also in triggers; they name only the amount said right before them
    veto: tuple[str, ...] = ()
    site_subject: bool = False
    spent_on: bool = False
    company_wide: bool = False
    adjusted_by: tuple[str, ...] = ()
    adjusted_metric: str | None = None
    adjusted_after: str | None = None  # a regular expression
    adjusted_opening: str | None = None  # a regular expression the sentence opens with
    call_basis: str | None = None  # a basis of cues.toml [basis] the call may say all its figures are on
    percent_metric: str | None = None
    change: bool = False
    loss: bool = False
    made_by: str | None = None  # a kind of maker of cues.toml [makers]: only its calls report this metric

    def unit_for(self, spoken: str) -> str | None:
        """The metric's unit for a figure spoken in `spoken`, or None if it cannot be this metric."""
        if spoken in self.coerce:
            return self.coerce[spoken]
        return spoken if spoken in self.units else None

    def named_by(self, spoken: str) -> tuple[str, str] | None:
        """(metric, unit) of a figure in `spoken` that this metric's trigger names: itself, or its
        growth metric for a percentage ("sales ... an increase of 8%" is revenue growth)."""
        unit = self.unit_for(spoken)
        if unit:
            return self.name, unit
        if spoken == "%" and self.percent_metric:
            return self.percent_metric, "%"
        return None


@dataclass(frozen=True)
class Names:
    """Phrases that name what a figure is about: phrase → the subject (a segment, product or site)
    or the product (of a milestone) recorded."""

    subjects: dict[str, str]
    products: dict[str, str]


@dataclass(frozen=True)
class Industry:
    """Calls whose management says `says` (but not `unless`) at least `times` times are this industry's,
    and in them `not_metrics` name no metric (a real-estate trust's "sales" are dispositions)."""
    name: str
    says: tuple[str, ...]
    unless: tuple[str, ...]
    times: int
    not_metrics: frozenset[str]


@dataclass(frozen=True)
class Cues:
    guidance: tuple[str, ...]
    guidance_nouns: tuple[str, ...]
    actual: tuple[str, ...]
    actual_nouns: tuple[str, ...]
    bases: dict[str, tuple[str, ...]]  # a basis → the phrases that say a call's figures are all on it
    hypothetical: tuple[str, ...]
    other_measures: tuple[str, ...]
    subjects: dict[str, str]  # any company's
    events: dict[str, str]
    events_after_date: dict[str, str]  # said as a noun right after their date
    companies: dict[str, Names]  # one company's own, by ticker
    not_of: tuple[str, ...]
    of_others: tuple[str, ...]  # words of a sentence about other companies' events
    not_figure_before: frozenset[str]
    not_figure_names: frozenset[str]
    industries: tuple[Industry, ...]
    fiscal_year_ends: dict[str, int]  # by ticker, the month a company's fiscal year ends in
    named_by_start: frozenset[str]  # the tickers whose fiscal year is named by the year it starts in
    makers: dict[str, frozenset[str]]  # a kind of maker → the tickers of the companies that are one


def _read(name: str) -> dict:
    return tomllib.loads(resources.files("pipeline").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@cache
def metrics() -> dict[str, Metric]:
    loaded = {}
    for name, spec in _read("metrics.toml").items():
        for unit in spec["units"] + list(spec.get("coerce", {}).values()):
            if unit not in UNITS:
                raise ValueError(f"metrics.toml: {name}: unit {unit!r} is not in the vocabulary {UNITS}")
        # TOML lists become tuples; an option the dataclass does not know is an error, not ignored
        options = {key: tuple(value) if isinstance(value, list) else value for key, value in spec.items()}
        for more in ("percent_triggers", "ratio_triggers", "basis_triggers", "after_amount_triggers"):
            options["triggers"] += options.get(more, ())
        loaded[name] = Metric(name, **options)
    return loaded


def metric_named(name: str) -> str:
    """The metric a user means by `name`: its key in any case, with spaces for underscores ("Free cash flow"), or a
    trigger phrase of that metric alone ("capital expenditures"); else an error naming the nearest keys."""
    said = " ".join(name.lower().replace("_", " ").split())
    key = said.replace(" ", "_")
    keys = [*metrics(), MILESTONE]
    if key in keys:
        return key
    named = [m.name for m in metrics().values() if said in m.triggers]
    if len(named) == 1:
        return named[0]
    from rapidfuzz import fuzz, process

    # the metrics a phrase names or a key is part of ("margin"), else the keys spelt most like it ("revnue")
    near = (named or [k for k in keys if key in k.split("_")]
            or [found for found, _, _ in process.extract(key, keys, scorer=fuzz.ratio, limit=3, score_cutoff=70)])
    if not near:
        raise PipelineError(f"no metric {name!r} (metrics: {', '.join(keys)})")
    choices = f"{', '.join(near[:-1])} or {near[-1]}" if len(near) > 1 else near[0]
    raise PipelineError(f"no metric {name!r} (did you mean {choices}?)")


@cache
def cues() -> Cues:
    data = _read("cues.toml")
    return Cues(
        guidance=tuple(data["kind"]["guidance"]),
        guidance_nouns=tuple(data["kind"]["guidance_nouns"]),
        actual=tuple(data["kind"]["actual"]),
        actual_nouns=tuple(data["kind"]["actual_nouns"]),
        bases={basis: tuple(phrases) for basis, phrases in data["basis"].items()},
        hypothetical=tuple(data["kind"]["hypothetical"]),
        # a ratio trigger names its metric only for a percentage of sales: said of anything else it is a measure of its own
        other_measures=tuple(data["measures"]["other"]) + tuple(t for m in metrics().values() for t in m.ratio_triggers),
        subjects=dict(data["subjects"]),
        events=dict(data["milestones"]["events"]),
        events_after_date=dict(data["milestones"]["after_date"]),
        companies={ticker: Names(dict(own.get("subjects", {})), dict(own.get("products", {})))
                   for ticker, own in data.get("companies", {}).items()},
        not_of=tuple(data["milestones"]["not_of"]),
        of_others=tuple(data["milestones"]["of_others"]),
        not_figure_before=frozenset(data["not_figures"]["before"]),
        not_figure_names=frozenset(data["not_figures"]["names"]),
        industries=tuple(Industry(name, tuple(spec["says"]), tuple(spec.get("unless", ())), spec["times"],
                                  frozenset(spec["not_metrics"])) for name, spec in data["industries"].items()),
        fiscal_year_ends=dict(data["fiscal_year_ends"]),
        named_by_start=frozenset(data["fiscal_years_named_by_start"]["tickers"]),
        makers={kind: frozenset(tickers) for kind, tickers in data["makers"].items()},
    )


@cache
def milestone_events() -> frozenset[str]:
    """Every event a milestone's subject can end with (the values of cues.toml's event phrases)."""
    return frozenset(cues().events.values()) | frozenset(cues().events_after_date.values())


def names_ticker(ticker: str | None) -> str | None:
    """The ticker whose own names cues.toml lists, None for any other company."""
    return ticker if ticker in cues().companies else None


def makes(ticker: str | None) -> frozenset[str]:
    """The kinds of maker the company of `ticker` is (text read with no ticker may be any)."""
    return frozenset(kind for kind, tickers in cues().makers.items() if ticker is None or ticker in tickers)


@cache
def names(ticker: str | None) -> Names:
    """The subjects read in a call of `ticker` (any company's and its own) and its own products."""
    own = cues().companies.get(ticker, Names({}, {}))
    return Names(cues().subjects | own.subjects, own.products)
