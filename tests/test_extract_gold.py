"""Extraction against hand-written gold (tests/gold/figures/*.toml): precision and recall.

The issue asks for 0.95 on the Tesla calls and 0.9 on the corpus calls; the thresholds here
are what the extractor reaches today, so a change that makes it worse fails. The printed
report lists every miss and every extra figure.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from functools import cache

import pytest

from conftest import TRANSCRIPTS
from corpus import CORPUS, needs_corpus
from gold_figures import ACTUALS_DIR, GOLD_DIR, load_gold, score
from pipeline.extract import call_time, extract_call
from pipeline.parse import parse, parse_file

TESLA = {"TSLA-2023Q4": TRANSCRIPTS / "q4-2023.txt", "TSLA-2024Q1": TRANSCRIPTS / "q1-2024.txt"}
CORPUS_GOLD = sorted(p.stem for p in GOLD_DIR.glob("*_q*.toml"))
ACTUALS_GOLD = sorted(p.stem for p in ACTUALS_DIR.glob("*.toml"))


def _located(call_figures):
    """Figures with start/end moved to source-file offsets, where the gold quotes are found."""
    return [dataclasses.replace(cf.figure, start=cf.char_start, end=cf.char_end) for cf in call_figures]


def _total(scores):
    matched = sum(s.matched for s in scores)
    return matched / sum(s.extracted for s in scores), matched / sum(s.gold for s in scores)


def _score(name: str, source: str, call, quote_in_source=lambda quote: quote, gold_dir=GOLD_DIR):
    """Score one call's figures against its gold; `quote_in_source` writes a quote as the file does."""
    gold = load_gold(name, gold_dir)
    figures = [cf for cf in extract_call(call) if gold["scope"] == "all" or cf.figure.kind == gold["scope"]]

    def locate(entry):
        at = source.find(quote_in_source(entry["quote"]))
        assert at >= 0, f"gold quote not in {name}: {entry['quote']!r}"
        return at

    result = score(gold["figure"], _located(figures), locate)
    print(result.report(name))
    return result


def test_tesla_calls_precision_and_recall():
    scores = [_score(call_id, path.read_text(encoding="utf-8"), parse_file(path)) for call_id, path in TESLA.items()]
    precision, recall = _total(scores)
    print(f"Tesla calls: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95 and recall >= 0.95


@cache  # (the guidance gold is scored by two tests)
def _score_corpus_call(stem: str, scope: str, gold_dir=GOLD_DIR):
    path = CORPUS / f"{stem}.json"
    source = path.read_text(encoding="utf-8")
    gold = load_gold(stem, gold_dir)
    assert gold["scope"] == scope
    call = parse(source, source_name=path.name, call_date=gold["call_date"])
    return _score(stem, source, call, lambda quote: json.dumps(quote)[1:-1], gold_dir)


@needs_corpus
def test_corpus_guidance_precision_and_recall():
    assert len(CORPUS_GOLD) >= 5
    precision, recall = _total([_score_corpus_call(stem, "guidance") for stem in CORPUS_GOLD])
    print(f"corpus guidance: precision {precision:.3f}, recall {recall:.3f}")
    # The bar is 0.9 for both. Today on all 99 calls: 651/688 = 0.946 and 651/722 = 0.902; precision is held to
    # its level, so that a regression fails.
    assert precision >= 0.93 and recall >= 0.9


@needs_corpus
def test_confidence_sorts_guidance_by_how_often_it_is_right():
    """`confidence` sums up what made an amount likelier to be right: the words naming its metric beside it, a time said
    with it, prepared remarks rather than the Q&A. On the corpus guidance gold, amounts of 0.85 or more are right far
    more often than the rest, so an analyst can filter on it (`pipeline figures --min-confidence 0.85`). Milestones,
    named by their event, all have 0.7."""
    amounts = [(f, any(f is extra for extra in score.extras)) for stem in CORPUS_GOLD
               for score in [_score_corpus_call(stem, "guidance")] for f in score.figures if f.metric != "milestone"]
    sure = [wrong for f, wrong in amounts if f.confidence >= 0.85]
    unsure = [wrong for f, wrong in amounts if f.confidence < 0.85]
    right_sure, right_unsure = 1 - sum(sure) / len(sure), 1 - sum(unsure) / len(unsure)
    print(f"confidence >= 0.85: {len(sure) - sum(sure)}/{len(sure)} right = {right_sure:.3f}; "
          f"below: {len(unsure) - sum(unsure)}/{len(unsure)} = {right_unsure:.3f}")
    # Today 333/338 = 0.985 against 223/247 = 0.903: the rest are wrong 6.6 times as often. By nearness alone it was
    # 385/404 = 0.953 against 123/154 = 0.799, 4.3 times. A ratio rather than a difference, so that amounts of low
    # confidence read right more often (as they do when a rule fixes them) do not count as a regression.
    wrong_sure, wrong_unsure = 1 - right_sure, 1 - right_unsure
    assert right_sure >= 0.96 and wrong_unsure >= 5 * wrong_sure


@needs_corpus
def test_corpus_actuals_precision_and_recall():
    """Results (actual figures) of corpus calls, hand-written in tests/gold/actuals/. Xylem and HCA scored 0.25 / 0.22
    at their first look; CTS, Extra Space, MSA and Snap-on were added later (0.56 / 0.52 at their first look). Region
    and lower-case segment subjects, and a segment's talk that goes on past its paragraph, are most of what is still
    missed."""
    assert ACTUALS_GOLD
    precision, recall = _total([_score_corpus_call(stem, "actual", ACTUALS_DIR) for stem in ACTUALS_GOLD])
    print(f"corpus actuals: precision {precision:.3f}, recall {recall:.3f}")
    # Today's level on six calls (182/203 = 0.897, 182/223 = 0.816): a regression fails.
    assert precision >= 0.89 and recall >= 0.81


def test_a_day_within_the_month_an_event_was_given_for_is_that_event():
    """Q1 2024: "we will be showcasing our purpose-built robotaxi or Cybercab in August"; later, after an answer on the
    low-cost vehicles, "We'll talk about this more on August 8." is that unveil, not the next-gen vehicle's, on that
    very day (what is talked "about" is no approximation)."""
    said = [cf.figure for cf in extract_call(parse_file(TESLA["TSLA-2024Q1"])) if cf.figure.metric == "milestone"
            and "August" in cf.figure.evidence]
    assert [(f.subject, f.qualifier, f.period_label, f.period_end) for f in said] == [
        ("Cybercab unveil", "exact", "Aug 2024", date(2024, 8, 31)),
        ("Cybercab unveil", "exact", "Aug 8 2024", date(2024, 8, 8)),
        ("Cybercab unveil", "exact", "Aug 2024", date(2024, 8, 31))]


@pytest.mark.parametrize("call_id", TESLA)
def test_figures_come_only_from_management_and_point_at_their_words(call_id):
    call = parse_file(TESLA[call_id])
    source = TESLA[call_id].read_text(encoding="utf-8")
    roles = {t.turn_index: t.role for t in call.turns}
    for cf in extract_call(call):
        assert roles[cf.turn_index] in ("executive", "host", "unknown")
        words = source[cf.char_start : cf.char_end].replace("\u00a0", " ")
        assert words and " ".join(words.split()) in " ".join(cf.figure.evidence.split())


@needs_corpus
@pytest.mark.parametrize(("words", "amount", "subject"), [
    ("of which more than $250 million will come from equipment and systems", 250e6, "equipment and systems"),
    ("We hope to exceed that $425 million", 425e6, "SEE Automation"),
    ("And we're continuing to guide greater than $250 million", 250e6, "equipment and systems"),
])
def test_guidance_said_again_keeps_its_metric_and_subject(words, amount, subject):
    """Sealed Air (Q2 2021): the prepared remarks give SEE Automation's revenue "approximately $425
    million ... in 2021, of which more than $250 million will come from equipment and systems" (the
    part comes from equipment and systems). In the Q&A "We hope to exceed that $425 million" and "we're
    continuing to guide greater than $250 million" name no measure but point at, or guide again to,
    those amounts: the same metric and subject."""
    said_again = _figures_said_in("SEE_q2_2021", "2021-08-04", words)
    assert [(f.metric, f.kind, f.value_low, f.unit, f.qualifier, f.subject) for f in said_again] == [
        ("revenue", "guidance", amount, "USD", "at_least", subject)]


@needs_corpus
def test_a_listed_fiscal_calendar_is_the_companys():
    """MSC Industrial (Q4 FY2021, October 2021): its fiscal year ends late in August, which the call's date alone
    reads as September; cues.toml lists it."""
    said = _figures_said_in("MSM_q4_2021", "2021-10-20",
                            "increasing our total savings target to a minimum of 100 million through the end of fiscal '23")
    assert [(f.metric, f.kind, f.value_low, f.qualifier, f.period_label, f.period_end) for f in said] == [
        ("cost_savings", "guidance", 100e6, "at_least", "end of FY2023", date(2023, 8, 31))]


@needs_corpus
def test_that_time_period_pointed_at_at_the_end_of_a_sentence_is_the_one_said_before():
    """MSC Industrial (Q4 FY2021): "... into the high teens by the end of fiscal 2023. And we would achieve this by ...
    delivering structural cost takeout of 90 to $100 million, helping to reduce opex ... by at least 200 basis points
    over that time period." The savings are for the time the sentence before said, though "over that time period"
    comes at the sentence's end."""
    said = _figures_said_in("MSM_q4_2021", "2021-10-20", "structural cost takeout of 90 to $100 million")
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.period_label, f.period_end) for f in said] == [
        ("cost_savings", "guidance", 90e6, 100e6, "end of FY2023", date(2023, 8, 31))]


@needs_corpus
def test_this_segment_is_the_segment_named_just_before():
    """DTE Energy (Q3 2021): "we renamed our P&I business to DTE Vantage. We are planning on investing
    between $1 billion to $1.5 billion at this segment over the next five years." """
    said = _figures_said_in("DTE_q3_2021", "2021-10-27",
                            "We are planning on investing between $1 billion to $1.5 billion at this segment")
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.subject) for f in said] == [
        ("capex", "guidance", 1e9, 1.5e9, "DTE Vantage")]


@needs_corpus
@pytest.mark.parametrize(("stem", "call_date", "answer", "expected"), [
    # "Good tax rate to assume moving forward?" (BankUnited, Q1 2021)
    ("BKU_q1_2021", "2021-04-22", "I would say in the neighborhood of 25% excluding anything unusual",
     [("tax_rate", "guidance", 25.0, "%", "approx", None)]),
    # "... maybe just on gross margins, ... any thoughts on progression of gross margins through the year" (M.D.C., Q1 2021)
    ("MDC_q1_2021", "2021-04-29", "We put up the 22.5% as our estimate for Q2.",
     [("gross_margin", "guidance", 22.5, "%", "exact", date(2021, 6, 30))]),
    # "And then on the tax rate side, looks like 22% for fiscal '21. ... is there any reason to think that, that rate
    # would not flow into fiscal '22?": the last sentence names no metric, the question does (Standex, Q1 FY2021)
    ("SXI_q1_2021", "2020-10-30", "the rate in fiscal '22 might pick up a little bit, maybe to 23%",
     [("tax_rate", "guidance", 23.0, "%", "approx", date(2022, 6, 30))]),
    # "And how do you feel about Bacharach's gross profit margin? ... how should we think about ... modeling that out
    # in the near term?": the book-to-bill said in the answer is no margin (MSA Safety, Q3 2021)
    ("MSA_q3_2021", "2021-10-28", "Book-to-bill was north of 130%.", []),
])
def test_a_rate_answering_a_question_is_the_rate_asked_about(stem, call_date, answer, expected):
    said = _figures_said_in(stem, call_date, answer)
    assert [(f.metric, f.kind, f.value, f.unit, f.qualifier, f.period_end) for f in said] == expected


@needs_corpus
@pytest.mark.parametrize(("stem", "call_date", "answer", "expected"), [
    # "Can you maybe talk about what kind of organic growth rates you think you'll experience in life science and the
    # pharma business ... in 2020." (IDEX, Q4 2020): the range is the outlook asked for
    ("IEX_q4_2020", "2020-02-05", "So, I think generally you're looking at 5% to 6% Matt.",
     [("organic_revenue_growth", "guidance", 5.0, 6.0, "range")]),
    # "... my second question is around revenue growth and sort of the cadence of revenue growth over the next several
    # quarters ...?": one growth said in the answer is some other thing's (Life Storage, Q1 2021)
    ("LSI_q1_2021", "2021-05-06", "When you saw January rents were up, Street rates up 9%.", []),
])
def test_a_growth_range_answering_a_question_is_the_growth_asked_about(stem, call_date, answer, expected):
    said = _figures_said_in(stem, call_date, answer)
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.qualifier) for f in said] == expected


@needs_corpus
@pytest.mark.parametrize(("stem", "call_date", "words", "expected"), [
    # after "Our effective tax rate ... was 26.5% this quarter ... The fluctuation in these effective rates ..."
    # (Cohen & Steers, Q3 2020)
    ("PZN_q3_2020", "2020-10-28", "We expect this rate excluding these items to be between 23% and 25%",
     [("tax_rate", "guidance", 23.0, 25.0, None)]),
    # (Hexcel, Q4 2020)
    ("HXL_q4_2020", "2021-01-26", "The tax assumption is more complicated than normal, but we expect the rate to be "
     "approximately 24% to 25% in 2021", [("tax_rate", "guidance", 24.0, 25.0, date(2021, 12, 31))]),
])
def test_the_rate_is_the_tax_rate_just_talked_about(stem, call_date, words, expected):
    said = _figures_said_in(stem, call_date, words)
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.period_end) for f in said] == expected


@needs_corpus
@pytest.mark.parametrize(("stem", "call_date", "words", "subjects"), [
    # after the Boat segment's talk, the company's tax rate and buybacks (Brunswick, Q3 2021)
    ("BC_q3_2021", "2021-10-28", "our $43 million of share repurchases in the third quarter brings our total share "
     "repurchases for the year to just shy of $100 million", [None, None]),
    # the company's EPS, however a part of the company was said before it (A. O. Smith, Q1 2020; McKesson, Q3 FY2022)
    ("AOS_q1_2020", "2020-04-30", "As a result of lower sales in China first quarter 2020 net earnings of $52 million and "
     "earnings per share of $0.32", [None]),
    ("MCK_q3_2022", "2022-02-02", "the anticipated fiscal fourth quarter closure of the sale of the U.K. business, we "
     "anticipate executing share repurchases of up to $1.5 billion in the fourth quarter", [None]),
    # a segment's share of EPS, named in the sentence (McKesson, Q3 FY2022)
    ("MCK_q3_2022", "2022-02-02", "The held-for-sale accounting in the International segment contributed $0.18 to "
     "adjusted earnings in the quarter", ["International"]),
])
def test_company_wide_figures_take_only_a_segment_their_sentence_names(stem, call_date, words, subjects):
    assert [f.subject for f in _figures_said_in(stem, call_date, words)] == subjects


@needs_corpus
@pytest.mark.parametrize("stem, call_date, words, subjects", [
    # Corning, Q4 2019; Standex, Q1 FY2021: a segment the call names, opening the sentence, owns the figures its clause
    # goes on to, past a time ("fourth quarter sales") or a conjunction ("as revenue")
    ("GLW_q4_2020", "2020-01-28", "Life Sciences also ended the year strong, exceeding expectations with fourth quarter "
     "sales of $256 million, an increase of 8% year-over-year", ["Life Sciences", "Life Sciences"]),
    ("SXI_q1_2021", "2020-10-30", "Engraving reported a significant improvement as revenue increased 15.1% and operating "
     "margin improved 800 basis points", ["Engraving", "Engraving"]),
    # DXC, Q3 FY2022: nor does a verb's participle own the measure ("accelerating organic revenue growth")
    ("DXC_q3_2022", "2022-02-02", "GBS continued its strong performance, accelerating organic revenue growth to 7%",
     ["GBS"]),
    # Zimmer Biomet, Q4 2019 (February 2020): a segment named in initials keeps its last dot ("the S.E.T. business")
    ("ZBH_q4_2020", "2020-02-04", "S.E.T. grew 3.1%, slightly below our expectations", ["S.E.T."]),
    # American Vanguard, Q3 2020: "the core business" is a part of any company, as against its other platforms
    ("AVD_q3_2020", "2020-11-09", "The core business plus new pipeline products puts us at $544 million by year three and "
     "$636 million by year five", ["core business", "core business"]),
])
def test_a_segment_opening_the_sentence_owns_its_figures(stem, call_date, words, subjects):
    assert [f.subject for f in _figures_said_in(stem, call_date, words)] == subjects


def _figures_said_in(stem: str, call_date: str, words: str) -> list:
    """The figures the whole corpus call gives within the words quoted."""
    path = CORPUS / f"{stem}.json"
    source = path.read_text(encoding="utf-8")
    call = parse(source, source_name=path.name, call_date=call_date)
    at = source.find(words)
    assert at >= 0
    return [cf.figure for cf in extract_call(call) if at <= cf.char_start < at + len(words)]


@needs_corpus
def test_a_growth_of_a_thing_named_is_not_the_last_metrics_growth():
    """Southwest Gas (Q3 2021): "the impacts of $579 million or 7% increase in average gas plant" is the
    growth of the gas plant it names, not of the metric the call talked about before."""
    said = _figures_said_in("SWX_q3_2021", "2021-11-03", "$579 million or 7% increase in average gas plant")
    assert said == []


@needs_corpus
def test_a_finance_arms_loan_originations_are_no_sales():
    """Snap-on (Q4 2021): after the financial services revenue, "loan originations ... decreased $16.1, or 5.9%" is
    no growth of the revenue talked about."""
    said = _figures_said_in("SNA_q4_2021", "2022-02-03",
                            "loan originations of $256.3 million in the fourth quarter decreased $16.1, or 5.9%")
    assert said == []


@needs_corpus
@pytest.mark.parametrize("stem, call_date, words", [
    ("D_q2_2021", "2021-08-06", "In Virginia, weather-normalized sales increased 1.2% year over year in the second quarter"),
    ("D_q2_2021", "2021-08-06", "we expect electric sales growth in our Virginia and South Carolina service territories to "
                                "continue to a run rate of 1% to 1.5% per year"),
    ("FE_q1_2021", "2021-04-23", "reflecting an increase in residential sales of 2%"),
])
def test_a_utilitys_sales_are_the_energy_it_delivers_not_revenue(stem, call_date, words):
    """Dominion (Q2 2021), FirstEnergy (Q1 2021): a utility (its management speaks of rate cases, rate base and
    weather-normalized results) sells kilowatt-hours; its "sales" growth is load growth, no revenue growth."""
    assert _figures_said_in(stem, call_date, words) == []


@needs_corpus
def test_a_segment_turned_to_on_a_slide_of_its_own_is_talked_about_until_the_next_slide():
    """Snap-on (Q4 2021): "Starting with the C&I Group on Slide 7." opens paragraphs about C&I; "Turning now to
    Slide 8." ends them."""
    on_slide_7 = _figures_said_in("SNA_q4_2021", "2022-02-03", "Gross margin of 36.5% declined 130 basis points from 37.8%")
    assert [(f.metric, f.value, f.subject) for f in on_slide_7] == [
        ("gross_margin", 36.5, "C&I Group"), ("gross_margin", -130.0, "C&I Group"), ("gross_margin", 37.8, "C&I Group")]
    # ("Operating earnings for the CNI segment of $50.1 million ..." names the segment in passing, as transcribed)
    after_cni = _figures_said_in("SNA_q4_2021", "2022-02-03", "The operating margin of 14%, compared to 15.4% a year ago.")
    assert [(f.value, f.subject) for f in after_cni] == [(14.0, "C&I Group"), (15.4, "C&I Group")]
    on_slide_8 = _figures_said_in("SNA_q4_2021", "2022-02-03", "Gross margin of 43.9% in the quarter improved 100 basis points")
    assert [f.value for f in on_slide_8] == [43.9, 100.0] and "C&I Group" not in [f.subject for f in on_slide_8]


@needs_corpus
def test_the_segment_an_impact_was_greatest_in_is_no_turn_of_the_talk():
    """Charles River (Q2 2021): "Organic revenue growth of 24.1% was increased by approximately 8%, ..., with the
    greatest impact in the Research Models and Services segment." The growth, and the operating margin said a few
    sentences on, are the whole company's."""
    growth = _figures_said_in("CRL_q2_2021", "2021-08-04", "Organic revenue growth of 24.1% was increased by approximately "
                              "8%, when compared to last year's COVID-19 impact in the second quarter of 2020, with the "
                              "greatest impact in the Research Models and Services segment.")
    margin = _figures_said_in("CRL_q2_2021", "2021-08-04", "The operating margin was 20.8%, an increase of 350 basis points")
    assert [(f.metric, f.value, f.subject) for f in growth + margin] == [
        ("organic_revenue_growth", 24.1, None), ("operating_margin", 20.8, None), ("operating_margin", 350.0, None)]


@needs_corpus
@pytest.mark.parametrize("stem, call_date, words, subject", [
    # Snap-on, Q4 2021: "Now, let's go on to the tools group."
    ("SNA_q4_2021", "2022-02-03", "Sales of $504.8 million, up $9.9 million", "tools group"),
    # Assured Guaranty, Q4 2019: "I will start with our insurance segment results."
    ("AGO_q4_2020", "2020-02-28", "Net earned premiums in credit-driven revenues in the fourth quarter of 2019 was $129 "
     "million", "insurance"),
])
def test_a_part_turned_to_in_lower_case_is_talked_about(stem, call_date, words, subject):
    said = _figures_said_in(stem, call_date, words)
    assert said and all(f.subject == subject for f in said)


@needs_corpus
def test_a_transcribers_note_is_no_subject():
    """Methode Electronics (Q3 FY2021): "[Phonetic]" is the transcriber's, not a part of the company."""
    said = _figures_said_in("MEI_q3_2021", "2021-03-04", "we're up [Phonetic] over $200 million in cash")
    assert [(f.metric, f.value_low, f.subject) for f in said] == [("cash", 200e6, None)]


@needs_corpus
def test_now_for_a_segment_turns_the_talk_to_it():
    """Snap-on (Q4 2021): "Now for RS&I. Volume for the fourth quarter was $392.5 million, up 8.7%, including
    acquisitions and 5.5% of organic growth ..." is RS&I's organic growth."""
    said = _figures_said_in("SNA_q4_2021", "2022-02-03", "including acquisitions and 5.5% of organic growth")
    assert [(f.metric, f.value, f.subject) for f in said if f.unit == "%"] == [("organic_revenue_growth", 5.5, "RS&I")]


@needs_corpus
@pytest.mark.parametrize("stem, call_date, words", [
    ("EXP_q2_2022", "2021-10-28", "Capital spending declined to $27 million."),
    ("SEE_q2_2021", "2021-08-04", "In the first half of 2021, we generated $102 million of free cash flow."),
])
def test_turning_to_something_other_than_a_segment_ends_the_segments_talk(stem, call_date, words):
    """Eagle Materials (Q2 FY2022): "Looking now at our cash flow" ends the Light Materials talk in the same paragraph;
    Sealed Air (Q2 2021): so does "Now let's turn to free cash flow on Slide 15." after the Protective segment."""
    said = _figures_said_in(stem, call_date, words)
    assert said and all(f.subject is None for f in said)


@needs_corpus
def test_a_quarter_after_the_one_reported_is_an_outlook_whatever_the_tense():
    """Amphenol (Q4 2019, in January 2020): "the margin in the first quarter I think reflect the fact that we're
    sequentially -- organically reducing by the 7%-ish" is the outlook for the quarter under way, not a result."""
    said = _figures_said_in("APH_q4_2020", "2020-01-22", "organically reducing by the 7%-ish on the high end")
    assert [(f.metric, f.kind, f.value, f.period_label) for f in said] == [
        ("organic_revenue_growth", "guidance", -7.0, "Q1 2020")]


@needs_corpus
def test_the_quarters_most_of_an_amount_comes_in_do_not_date_the_amount():
    """Standex (Q1 FY2021): "So Q1 to Q3 is where you would see most of that $7 million readout." The savings the
    turn talks about are $7 million; Q1 to Q3 is when most of them come."""
    said = _figures_said_in("SXI_q1_2021", "2020-10-30", "So Q1 to Q3 is where you would see most of that $7 million")
    assert [(f.metric, f.value, f.period_label) for f in said] == [("cost_savings", 7e6, None)]


@needs_corpus
def test_an_amount_said_again_of_another_thing_is_of_that_thing():
    """DTE Energy (Q3 2021): "$3 billion" was DTE Gas's five-year capex in the prepared remarks; in the answer, "the $3
    billion of clean generation" is the electric company's generation plan."""
    said = _figures_said_in("DTE_q3_2021", "2021-10-27", "we'll deliver the $3 billion of clean generation")
    assert [(f.metric, f.value, f.subject) for f in said] == [("capex", 3e9, "clean generation")]


@needs_corpus
def test_a_guidance_said_again_without_a_time_is_framed_by_the_time_it_was_given_for():
    """WESCO (Q4 2019 call): "For the first quarter, we are expecting sales growth of 2% to 5%" in the prepared remarks;
    in an answer, "We're right around the midpoint of the guide of 2% to 5% in the month of January to date. And so
    we feel good about the 2% to 5%." are that first quarter's guide. Zimmer Biomet (Q4 2019): "the $1.1 billion to
    $1.3 billion" after "our guidance for free cash flow in 2020, $1.1 billion to $1.3 billion" is 2020's, not the time
    an earlier sentence of its turn set."""
    said = _figures_said_in("WCC_q4_2020", "2020-01-30", "We're right around the midpoint of the guide of 2% to 5% in the "
                            "month of January to date. And so we feel good about the 2% to 5%.")
    assert [(f.metric, f.value_low, f.value_high, f.period_end, f.framing_label, f.framing_end) for f in said] == [
        ("revenue_growth", 2.0, 5.0, None, "Q1 2020", date(2020, 3, 31))] * 2
    said = _figures_said_in("ZBH_q4_2020", "2020-02-04", "our guidance has that profile baked into the $1.1 billion to $1.3 billion")
    assert [(f.metric, f.period_end, f.framing_label) for f in said] == [("free_cash_flow", None, "FY2020")]


@needs_corpus
def test_a_per_cap_is_no_revenue():
    """Cinemark (Q3 2021): after concession revenues, what a moviegoer spends on concessions grew 27%, not revenue."""
    assert _figures_said_in("CNK_q3_2021", "2021-11-05", "Our third quarter per cap was roughly flat with 2Q accrued 27%") == []


@needs_corpus
def test_the_company_owning_the_divisions_is_no_segment():
    """Halliburton (Q4 2021): after "Both of Halliburton's divisions grew revenue and margins this year"
    the company's own cash is not a figure of a segment called "Halliburton's"."""
    said = _figures_said_in("HAL_q4_2021", "2022-01-24", "we generated strong free cash flow of $1.4 billion")
    assert [(f.metric, f.kind, f.value, f.subject) for f in said] == [("free_cash_flow", "actual", 1.4e9, None)]


@needs_corpus
def test_the_company_the_operator_welcomes_to_its_call_is_no_subject_of_its_figures():
    """Vector Group (Q2 2021): "Vector Group's revenues" are the whole company's."""
    said = _figures_said_in("VGR_q2_2021", "2021-08-05", "Vector Group's revenues were $729.5 million compared to $445.8 million")
    assert [(f.metric, f.value, f.subject) for f in said] == [("revenue", 729.5e6, None), ("revenue", 445.8e6, None)]


@needs_corpus
def test_a_retail_calendar_cues_list_dates_a_call_that_says_neither_it_nor_its_date():
    """Oxford Industries names its fiscal year by the year it starts in (fiscal 2020 ended on January 30, 2021); its
    call says neither that nor its date. cues.toml lists it, so the call reports on the quarter ended in January 2021
    and "a range of $940 million to $980 million in fiscal 2021" is for the year ending in January 2022."""
    path = CORPUS / "OXM_q4_2020.json"
    source = path.read_text(encoding="utf-8")
    call = parse(source, source_name=path.name)
    assert call.meta.call_date is None and call_time(call).reported_quarter_end == date(2021, 1, 31)
    at = source.find("to a range of $940 million to $980 million in fiscal 2021")
    said = [cf.figure for cf in extract_call(call) if at <= cf.char_start < at + 60]
    assert [(f.metric, f.value_low, f.value_high, f.period_label, f.period_end) for f in said] == [
        ("revenue", 940e6, 980e6, "FY2021", date(2022, 1, 31))]


@needs_corpus
def test_a_call_without_a_date_dates_its_figures_by_its_own_fiscal_calendar():
    """AZZ's fiscal year ends in February, which only its 10-K reference says: its fiscal third quarter
    of 2021 ended on November 30, 2020."""
    path = CORPUS / "AZZ_q3_2021.json"
    source = path.read_text(encoding="utf-8")
    call = parse(source, source_name=path.name)
    assert call.meta.call_date is None
    at = source.find("third quarter fiscal 2021 gross margin improved 100 basis points to 24.1%")
    said = [cf.figure for cf in extract_call(call) if at <= cf.char_start < at + 80]
    assert [(f.metric, f.value, f.unit, f.period_end) for f in said] == [
        ("gross_margin", 100.0, "bps", date(2020, 11, 30)), ("gross_margin", 24.1, "%", date(2020, 11, 30))]
