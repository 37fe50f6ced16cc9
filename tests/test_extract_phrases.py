"""The hard phrases, each in its real sentence, with the full figure row written down by hand.

Rows are (metric, kind, value, value_low, value_high, unit, qualifier, period_end, subject).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract
from pipeline.extract.dating import framing_period
from pipeline.extract.segments import own_segments, segment_heading
from pipeline.numbers import find_quantities
from pipeline.periods import CallTime, FiscalCalendar, find_periods

Q4_2023 = date(2024, 1, 24)  # the Q4 2023 call reports on fiscal 2023
Q1_2024 = date(2024, 4, 23)
TESLA_CALLS = (Q4_2023, Q1_2024)  # their sentences are read with Tesla's own products and sites


def rows(text: str, call_date: date, fiscal_year: int, metric: str | None = None) -> list[tuple]:
    ticker = "TSLA" if call_date in TESLA_CALLS else None
    return [
        (f.metric, f.kind, f.value, f.value_low, f.value_high, f.unit, f.qualifier, f.period_end, f.subject)
        for f in extract(text, call_date, fiscal_year, ticker=ticker)
        if metric is None or f.metric == metric
    ]


def call_rows(text: str, ticker: str, quarter: str, call_date: str, *fields: str) -> list[tuple]:
    """The figures of a call written as "Speaker: words" lines, each as the tuple of its `fields` (a figure's attribute,
    or "turn_index")."""
    from pipeline.extract import extract_call
    from pipeline.parse import parse

    call = parse(text, ticker=ticker, quarter=quarter, call_date=call_date)
    return [tuple(f.turn_index if name == "turn_index" else getattr(f.figure, name) for name in fields)
            for f in extract_call(call)]


CASES = [
    (  # capex is about what it is spent on, said right after it (Sealed Air, Q2 2021) ...
        "The $30 million investments in capacity that Ted referenced earlier will help us meet increased customer "
        "demands for automation equipment.",
        date(2021, 8, 4), 2021, None,
        [("capex", "guidance", 30e6, None, None, "USD", "exact", None, "capacity")],
    ),
    (  # ... but not a time (Fresh Del Monte, Q1 2021)
        "As it relates to capital spending, we invested $34 million in the first quarter, compared with $17 million in "
        "the prior year period.",
        date(2021, 5, 4), 2021, None,
        [("capex", "actual", 34e6, None, None, "USD", "exact", date(2021, 3, 31), None),
         ("capex", "actual", 17e6, None, None, "USD", "exact", date(2020, 3, 31), None)],
    ),
    (  # a year said before "to" and an amount is no range's end (Comstock, February 2022)
        "In the fourth quarter, we generated $105 million of free cash flow from operating activities, increasing our "
        "total free cash flow generation for 2021 to $262 million.",
        date(2022, 2, 16), 2021, None,
        [("free_cash_flow", "actual", 105e6, None, None, "USD", "exact", date(2021, 12, 31), None),
         ("free_cash_flow", "actual", 262e6, None, None, "USD", "exact", date(2021, 12, 31), None)],
    ),
    (  # levels set beside each other, each of its own year; the one a level exceeded is that level (Snap-on, February
        # 2022)
        "The as-reported opco OI margin for the year was 20%, a new high, up from the 17.6% of 2020, exceeding the 19.2% "
        "of pre-pandemic 2019.",
        date(2022, 2, 3), 2021, None,
        [("operating_margin", "actual", 20.0, None, None, "%", "exact", date(2021, 12, 31), None),
         ("operating_margin", "actual", 17.6, None, None, "%", "exact", date(2020, 12, 31), None),
         ("operating_margin", "actual", 19.2, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # money spent on capital projects is capital spending (Hersha, October 2020)
        "During the third quarter we spent $5.4 million on capital projects bringing our year-to-date spend to $21.8 "
        "million.",
        date(2020, 10, 27), 2020, None,
        [("capex", "actual", 5.4e6, None, None, "USD", "exact", date(2020, 9, 30), None),
         ("capex", "actual", 21.8e6, None, None, "USD", "exact", date(2020, 9, 30), None)],
    ),
    (  # the time of the running total an amount brings the year to is the total's (Raytheon Technologies, July 2021)
        "On the capital allocation front, we repurchased $632 million on shares bringing us to over $1 billion in share "
        "repurchase year-to-date and we're on track to meet our commitment of buying back at least $2 billion of shares "
        "for the year.",
        date(2021, 7, 27), 2021, None,
        [("share_repurchase", "actual", 632e6, None, None, "USD", "exact", None, None),
         ("share_repurchase", "actual", 1e9, 1e9, None, "USD", "at_least", date(2021, 6, 30), None),
         ("share_repurchase", "guidance", 2e9, 2e9, None, "USD", "at_least", date(2021, 12, 31), None)],
    ),
    (  # an amount of money the talk will reach, naming no measure, is a level of the amount just given (Sealed Air,
        # August 2021)
        "Turning to Slide seven for an update on SEE Automation. In the first half of the year, equipment, systems and "
        "service sales were up 26% and accounted for 8% of our net sales. We're on track to achieve approximately $425 "
        "million or 12% growth in 2021, of which more than $250 million will come from equipment and systems. Our "
        "bookings for automated equipment are strong. We're confident in our ability to exceed $500 million by 2025.",
        date(2021, 8, 4), 2021, None,
        [("revenue_growth", "actual", 26.0, None, None, "%", "exact", date(2021, 6, 30), "SEE Automation"),
         ("revenue", "guidance", 425e6, None, None, "USD", "approx", date(2021, 12, 31), "SEE Automation"),
         ("revenue_growth", "guidance", 12.0, None, None, "%", "exact", date(2021, 12, 31), "SEE Automation"),
         ("revenue", "guidance", 250e6, 250e6, None, "USD", "at_least", date(2021, 12, 31), "equipment and systems"),
         ("revenue", "guidance", 500e6, 500e6, None, "USD", "at_least", date(2025, 12, 31), "SEE Automation")],
    ),
    (  # amounts of money at times of their own, the second naming nothing, are of one measure (American Vanguard,
        # November 2020)
        "Using 2019 numbers as a reference, let's build a model using a baseline of annual sales of $468 million. Let's "
        "add to that our new product pipeline. The core business plus new pipeline products puts us at $544 million by "
        "year three and $636 million by year five.",
        date(2020, 11, 5), 2020, None,
        [("revenue", "actual", 468e6, None, None, "USD", "exact", date(2019, 12, 31), None),
         ("revenue", "guidance", 544e6, None, None, "USD", "exact", date(2023, 12, 31), "core business"),
         ("revenue", "guidance", 636e6, None, None, "USD", "exact", date(2025, 12, 31), "core business")],
    ),
    (  # ... and so are levels the talk reaches in a sentence naming only the growth they are reached by (American
        # Vanguard, November 2020)
        "Using 2019 numbers as a reference, let's build a model using a baseline of annual sales of $468 million. We "
        "have grown our core business in three ways; first, organically, that is through additional market "
        "penetration; second through our new product pipeline, that is making new formulations or getting new users "
        "for what we already have; and third, through acquisitions. If we were to grow at a rate of only 2% per year, "
        "we should be at $507 million by year three and $527 million by year five in organic growth.",
        date(2020, 11, 5), 2020, None,
        [("revenue", "actual", 468e6, None, None, "USD", "exact", date(2019, 12, 31), None),
         ("revenue", "guidance", 507e6, None, None, "USD", "exact", date(2023, 12, 31), None),
         ("revenue", "guidance", 527e6, None, None, "USD", "exact", date(2025, 12, 31), None)],
    ),
    (  # ... but not the amounts an increment reaches (American Vanguard, November 2020)
        "Using 2019 numbers as a reference, let's build a model using a baseline of annual sales of $468 million. If we "
        "were to grow at a rate of only 2% per year, we should be at $507 million by year three and $527 million by "
        "year five in organic growth. If out of conservatism, we cut that number in half to $20 million per year and "
        "extrapolate it forward, we find that our incremental acquisition growth that put us at $60 million by year "
        "three and $100 million by year five.",
        date(2020, 11, 5), 2020, "revenue",
        [("revenue", "actual", 468e6, None, None, "USD", "exact", date(2019, 12, 31), None),
         ("revenue", "guidance", 507e6, None, None, "USD", "exact", date(2023, 12, 31), None),
         ("revenue", "guidance", 527e6, None, None, "USD", "exact", date(2025, 12, 31), None)],
    ),
    (  # changes in basis points said up or down, naming no measure, are of the margin just given (Thermon, November
        # 2020, fiscal years end in March) ...
        "In terms of gross margins, margins were 43.6%. And although they were down by 57 basis points versus the "
        "prior-year comp period, they were up sequentially by 114 basis points.",
        date(2020, 11, 5), 2021, None,
        [("gross_margin", "actual", 43.6, None, None, "%", "exact", None, None),
         ("gross_margin", "actual", -57.0, None, None, "bps", "exact", date(2020, 9, 30), None),
         ("gross_margin", "actual", 114.0, None, None, "bps", "exact", date(2020, 9, 30), None)],
    ),
    (  # ... and so is one against another time said after it (Snap-on, February 2022)
        "Opco, operating income of $232.2 million was up $16.6 million from last year and the 0I margin was 21%. An "
        "all-time high, up 90 basis points from last year and 310 basis points from 2019 all achieved by overcoming the "
        "challenges of this day.",
        date(2022, 2, 3), 2021, None,
        [("operating_margin", "actual", 21.0, None, None, "%", "exact", None, None),
         ("operating_margin", "actual", 90.0, None, None, "bps", "exact", None, None),
         ("operating_margin", "actual", 310.0, None, None, "bps", "exact", None, None)],
    ),
    (  # an end of the range just guided, said again, is that guidance (AZZ, January 2021) ...
        "Post-COVID crisis, we remain committed to our growth strategy around Metal Coatings and achieving 21% to 23% "
        "operating margins, including an increased contribution from Surface Technologies. We believe galvanizing would "
        "tend to run to the high end, if not above the 23%, while Surface Technologies is going to have to rebuild this "
        "margin profile as customer demand grows.",
        date(2021, 1, 8), 2021, None,
        [("operating_margin", "guidance", None, 21.0, 23.0, "%", "range", None, "Metal Coatings"),
         ("operating_margin", "guidance", 23.0, 23.0, None, "%", "at_least", None, "Metal Coatings")],
    ),
    (  # ... and a level the talk will keep, in a sentence naming no measure, is of the turn's last level (AZZ)
        "So, their margins were north of 25%, even probably close or in the 26% range for the quarter. So, we feel good "
        "about that on an ongoing basis. So, yes, we -- I continue to believe sustaining north of 23%.",
        date(2021, 1, 8), 2021, None,
        [("operating_margin", "actual", 25.0, 25.0, None, "%", "at_least", date(2020, 12, 31), None),
         ("operating_margin", "actual", 26.0, None, None, "%", "exact", date(2020, 12, 31), None),
         ("operating_margin", "guidance", 23.0, 23.0, None, "%", "at_least", None, None)],
    ),
    (  # a use of cash is an outflow (DXC, August 2021)
        "Free cash flow was a use of cash of $304 million, as compared to a use of cash of $106 million in the prior year.",
        date(2021, 8, 3), 2021, None,
        [("free_cash_flow", "actual", -304e6, None, None, "USD", "exact", None, None),
         ("free_cash_flow", "actual", -106e6, None, None, "USD", "exact", date(2020, 6, 30), None)],
    ),
    (  # ... and so is free cash flow "negative by" an amount (Worthington, March 2021)
        "Free cash flow for the quarter was actually negative by $7 million due primarily to increase in steel prices that "
        "caused our working capital levels to increase by $71 million.",
        date(2021, 3, 23), 2021, "free_cash_flow",
        [("free_cash_flow", "actual", -7e6, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # a producer's "free cash flow from operations" is free cash flow (Comstock, February 2022)
        "Adjusted net income has grown from $29 million to $303 million at a compounded annual growth rate of 319% and "
        "free cash flow from operations has grown to $262 million, and our leverage ratio has improved from four and a "
        "half times to 2.4 times.",
        date(2022, 2, 16), 2021, "free_cash_flow",
        [("free_cash_flow", "actual", 262e6, None, None, "USD", "exact", None, None)],
    ),
    (  # no $ sign, still USD
        "Accordingly, we are currently expecting our capital expenditure for 2024 to be in excess of 10 billion.",
        Q4_2023, 2023, None,
        [("capex", "guidance", 10e9, 10e9, None, "USD", "at_least", date(2024, 12, 31), None)],
    ),
    (
        "The energy storage business delivered nearly 15 gigawatt hours of batteries in 2023, compared to 6.5 "
        "gigawatt hours the year before.",
        Q4_2023, 2023, None,
        [("storage_deployments", "actual", 15.0, None, None, "GWh", "approx", date(2023, 12, 31), "energy storage"),
         ("storage_deployments", "actual", 6.5, None, None, "GWh", "exact", date(2022, 12, 31), "energy storage")],
    ),
    (  # two figures: today's exit rate and the rate guided for the end of the year
        "Lathrop is ramping as planned. We have our second GA line allowing us to increase our exit rate from 20 "
        "gigawatt hours per year to -- at the start of this year to 40 gigawatt hours per year by the end of the year.",
        Q1_2024, 2024, None,
        [("storage_production_rate", "actual", 20.0, None, None, "GWh/yr", "exact", None, "Lathrop"),
         ("storage_production_rate", "guidance", 40.0, None, None, "GWh/yr", "exact", date(2024, 12, 31), "Lathrop")],
    ),
    (
        "Sure. 4680 production increased about 18%, 20% over -- from Q4 reaching greater than [Inaudible] for "
        "Cybertruck, which is about 7 gigawatt hours per year as we posted on X. We expect to stay ahead of the "
        "Cybertruck ramp with the cell production throughout Q2.",
        Q1_2024, 2024, "cell_production_rate",
        [("cell_production_rate", "actual", 7.0, None, None, "GWh/yr", "approx", None, "4680")],
    ),
    (
        "We expect the energy storage deployments for 2024 to grow at least 75% higher from 2023.",
        Q1_2024, 2024, None,
        [("storage_deployments_growth", "guidance", 75.0, 75.0, None, "%", "at_least", date(2024, 12, 31), "energy storage")],
    ),
    (
        "I can take that one, too. Cybertruck had 1K a week just a couple of weeks ago.",
        Q1_2024, 2024, None,
        [("cybertruck_production_rate", "actual", 1000.0, None, None, "units/week", "exact", None, "Cybertruck")],
    ),
    (
        "But you know, roughly 35,000 H100S are active, and we expect that to be probably 85,000 or thereabouts by "
        "the end of this year and training, just for training.",
        Q1_2024, 2024, None,
        [("ai_training_gpus", "actual", 35000.0, None, None, "units", "approx", None, None),
         ("ai_training_gpus", "guidance", 85000.0, None, None, "units", "approx", date(2024, 12, 31), None)],
    ),
    (
        "And we think this should allow us to get to over 3 million vehicles of capacity when realized to the full extent.",
        Q1_2024, 2024, None,
        [("vehicle_capacity", "guidance", 3e6, 3e6, None, "units/yr", "at_least", None, None)],
    ),
    (
        "To make it more accessible, we've reduced the subscription price to $99 a month, so it's easy to try out.",
        Q1_2024, 2024, None,
        [("fsd_price", "actual", 99.0, None, None, "USD/month", "exact", None, None)],
    ),
    (  # a Model 3 lease is not the FSD price
        "We also launched a Model 3 lease in the U.S. for $299 a month and offering attractive financing options.",
        Q1_2024, 2024, "fsd_price",
        [],
    ),
    (  # a reduction is negative; "over 10%" bounds its size
        "As we prepare the company for the next phase of growth, we had to make the hard but necessary decision to "
        "reduce our head count by over 10%. The savings generated are expected to be well in excess of $1 billion on "
        "an annual run rate basis.",
        Q1_2024, 2024, None,
        [("headcount_change", "actual", -10.0, None, -10.0, "%", "at_least", None, None),
         ("cost_savings", "guidance", 1e9, 1e9, None, "USD", "at_least", None, None)],
    ),
    (
        "We had negative free cash flow of $2.5 billion in the first quarter.",
        Q1_2024, 2024, None,
        [("free_cash_flow", "actual", -2.5e9, None, None, "USD", "exact", date(2024, 3, 31), None)],
    ),
    (
        "Our Energy business continues to make meaningful progress with margins reaching a record of 24.6%.",
        Q1_2024, 2024, None,
        [("gross_margin", "actual", 24.6, None, None, "%", "exact", None, "energy")],
    ),
    (  # "from X to Y" is a before and an after, not a range
        "Auto margins declined from 18.9% to 18.5%, excluding the impact of Cybertruck.",
        Q1_2024, 2024, None,
        [("gross_margin", "actual", 18.9, None, None, "%", "exact", None, "automotive"),
         ("gross_margin", "actual", 18.5, None, None, "%", "exact", None, "automotive")],
    ),
    (
        "It will be 7 million cars in a year or so and then 10 million.",
        Q1_2024, 2024, None,
        [("fleet_size", "guidance", 7e6, None, None, "units", "exact", date(2025, 4, 23), None),
         ("fleet_size", "guidance", 10e6, None, None, "units", "exact", None, None)],
    ),
    (  # "the year" a Q4 call ended is the fiscal year it reports on
        "In terms of 2023 financials, we ended the year with over 96 billion of revenue and generated 4.4 billion of "
        "free cash flow to end the year with over 29 billion of cash and investments on hand.",
        Q4_2023, 2023, None,
        [("revenue", "actual", 96e9, 96e9, None, "USD", "at_least", date(2023, 12, 31), None),
         ("free_cash_flow", "actual", 4.4e9, None, None, "USD", "exact", date(2023, 12, 31), None),
         ("cash", "actual", 29e9, 29e9, None, "USD", "at_least", date(2023, 12, 31), None)],
    ),
    (
        "But our current schedule says that we will start production toward the end of 2025, so sometime in the second half.",
        Q4_2023, 2023, None,
        [("milestone", "guidance", None, None, None, "date", "approx", date(2025, 12, 31), "start of production")],
    ),
    (  # the second sentence dates the first one's event; of "early 2025, if not late this year" the later reading
        "We've updated our future vehicle lineup to accelerate the launch of new models ahead, previously mentioned "
        "start of production in the second half of 2025. So, we expect it to be more like the early 2025, if not late "
        "this year.",
        Q1_2024, 2024, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2025, 12, 31), "next-gen vehicle start of production"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2025, 6, 30), "next-gen vehicle start of production")],
    ),
    (  # "in a week or two": two weeks from the call, the later reading (A. O. Smith, April 2020)
        "Each day we move closer to an understanding of when we'll resume production and believe that we will be in a "
        "week or two and at a reduced manning and capacity.",
        date(2020, 4, 30), 2020, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 5, 14), "production resumption")],
    ),
    (  # what "will be done" by a date is a completion; "That" is no name of what (Boston Properties, January 2020)
        "That will be done in the first quarter and after that's complete we should we expect that more we work members "
        "will move in.",
        date(2020, 1, 29), 2019, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 3, 31), "completion")],
    ),
    (  # a producer's wells are its projects: finishing drilling them and completing them are dated events (Comstock,
        # October 2021)
        "We expect to be finished drilling these wells before year-end, and the wells will be completed during the first "
        "quarter of next year.",
        date(2021, 10, 27), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "drilling these wells completion"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2022, 3, 31), "wells completion")],
    ),
    (  # wells that "have been completed by year-end" (a garbled sentence: "which Dan will go over ..., [will] have been
        # completed") are to be completed by then, "with production" starting in "January of next year", one month
        # (Comstock, October 2021)
        "We've now started completion operations on those wells, which Dan will go over within a minute, have been "
        "completed by year-end with production January of next year.",
        date(2021, 10, 27), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "completion"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2022, 1, 31), "start of production")],
    ),
    (  # a building that will "be ready for" its next stage then; the year said before dates where space is free, not the
        # event (Boston Properties, January 2020)
        "There continues to be significant demand in the Waltham Lexington suburban market, which is where we have our "
        "largest availability in the region in 2020, our 200 West Street project, which is actively being converted to "
        "lab use we'll be ready for tenant build-out in the third quarter we will continue to expand our potential "
        "tenant universe in Waltham to include lab requirements.",
        date(2020, 1, 29), 2019, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 9, 30), "tenant build-out ready")],
    ),
    (  # "late 2021" is what the transcript says (surely 2025); said as a plan, it is guidance
        "In parallel, as we showed in the shareholders' deck, we have started construction on the factory in Reno. "
        "Our first vehicles are planned for late 2021 with external customers starting in 2026.",
        Q1_2024, 2024, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "Semi first vehicles"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2026, 12, 31), "Semi external customers")],
    ),
    (
        "We expect adjusted EPS of $3.65 to $3.95 per diluted share and revenue of $14.4 billion to $14.7 billion for 2024.",
        Q1_2024, 2024, None,
        [("adjusted_eps", "guidance", None, 3.65, 3.95, "USD/share", "range", date(2024, 12, 31), None),
         ("revenue", "guidance", None, 14.4e9, 14.7e9, "USD", "range", date(2024, 12, 31), None)],
    ),
    (
        "For next year we expect organic revenue growth of 20% to 30% and a tax rate of approximately 24%.",
        Q1_2024, 2024, None,
        [("organic_revenue_growth", "guidance", None, 20.0, 30.0, "%", "range", date(2025, 12, 31), None),
         ("tax_rate", "guidance", 24.0, None, None, "%", "approx", date(2025, 12, 31), None)],
    ),
    (
        "Energy storage deployments more than doubled in 2023.",
        Q4_2023, 2023, None,
        [("storage_deployments_growth", "actual", 100.0, 100.0, None, "%", "at_least", date(2023, 12, 31), "energy storage")],
    ),
    (  # a decline is a negative growth rate; "overall" growth is reported, "organically" organic
        "Q4 sales of $606 million were down 1% overall and down 2% organically.",
        date(2021, 2, 3), 2020, None,
        [("revenue", "actual", 606e6, None, None, "USD", "exact", date(2020, 12, 31), None),
         ("revenue_growth", "actual", -1.0, None, None, "%", "exact", date(2020, 12, 31), None),
         ("organic_revenue_growth", "actual", -2.0, None, None, "%", "exact", date(2020, 12, 31), None)],
    ),
    (  # a growth rate and the level it reached, not a range from 30% to $14.4 billion
        "On a year-over-year basis, revenues grew 30% to $14.4 billion.",
        date(2021, 7, 23), 2021, None,
        [("revenue_growth", "actual", 30.0, None, None, "%", "exact", None, None),
         ("revenue", "actual", 14.4e9, None, None, "USD", "exact", None, None)],
    ),
    (  # results said in February are of the year just reported; "and" leads to the next figure's period
        "Q4 operating margin was 22.1% and full year margin was 23.2%. Full year sales of $2.5 billion were flat.",
        date(2021, 2, 3), 2020, None,
        [("operating_margin", "actual", 22.1, None, None, "%", "exact", date(2020, 12, 31), None),
         ("operating_margin", "actual", 23.2, None, None, "%", "exact", date(2020, 12, 31), None),
         ("revenue", "actual", 2.5e9, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # the guidance sentence names no metric: it is the one the sentence before named; "annual guidance" is this
       # year's, as "full-year guidance" is (Service Corporation, Q3 2021)
        "As you saw this morning, we are increasing our adjusted cash flow guidance for 2021 by about $150 million. "
        "So the guidance went from $775 million to a newly revised annual guidance range of $850 million to $925 million.",
        date(2021, 10, 28), 2021, None,
        [("operating_cash_flow", "guidance", 775e6, None, None, "USD", "exact", date(2021, 12, 31), None),
         ("operating_cash_flow", "guidance", None, 850e6, 925e6, "USD", "range", date(2021, 12, 31), None)],
    ),
    (  # a range from a decline to growth (McKesson, February 2022)
        "Finally, in the International segment, our revenue guidance is 2% decline to 1% growth as compared to the prior year.",
        date(2022, 2, 2), 2022, None,
        [("revenue_growth", "guidance", None, -2.0, 1.0, "%", "range", None, "International")],
    ),
    (  # growth in US dollars is the growth of sales as reported; growth of earnings is no metric (Amphenol, January 2020)
        "We have guided to 1% to 3% earnings growth and 0% to 2% US dollar growth this year.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "guidance", None, 0.0, 2.0, "%", "range", date(2020, 12, 31), None)],
    ),
    (  # the new range is guidance; the 100 basis point step up from the prior range is not a growth rate
        "We now expect organic revenue growth in a range of 13% to 15%, 100 basis point increase from our prior range.",
        date(2021, 8, 4), 2021, None,
        [("organic_revenue_growth", "guidance", None, 13.0, 15.0, "%", "range", None, None)],
    ),
    (  # "low double-digit" is neither a doubling nor a number; "mid-20%" is a band, not 20%
        "Our outlook for DSA is unchanged, with low double-digit organic revenue growth for the full year. "
        "We continue to expect the DSA margin will be in the mid-20% range for the year.",
        date(2021, 8, 4), 2021, None,
        [],
    ),
    (  # a part of the EPS guidance, not the EPS guidance
        "Our fiscal 2022 guidance includes approximately $0.49 of adjusted earnings per diluted share accretion "
        "related to these pending transactions.",
        date(2022, 2, 2), 2022, None,
        [],
    ),
    (  # capex said as investing, over a multi-year plan, at the segment the sentence names (DTE, October 2021)
        "Overall, at DTE Gas, we are planning on investing $3 billion over the next five years to upgrade and "
        "replace aging infrastructure.",
        date(2021, 10, 27), 2021, None,
        [("capex", "guidance", 3e9, None, None, "USD", "exact", date(2026, 10, 27), "DTE Gas")],
    ),
    (  # a plant retirement is a dated milestone; the plant retired this year is not the one retiring in 2022
        "As I mentioned on the last quarter call, we retired the River Rouge power plant this year and plan to "
        "retire Trenton Channel and the St. Clair power plants in 2022.",
        date(2021, 10, 27), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31), "Trenton Channel retirement")],
    ),
    (  # "flat to down 2%" is a range from -2% to 0% (IDEX, January 2020)
        "So on our operational basis as we look at the year, I would expect market headwinds to persist in the first "
        "half and overall for the year, we expect organic revenue to be flat to down 2%.",
        date(2020, 1, 30), 2019, None,
        [("organic_revenue_growth", "guidance", None, -2.0, 0.0, "%", "range", date(2020, 12, 31), None)],
    ),
    (  # "negative 1% to flat" is a range from -1% to 0%; "flat with prior year" is the baseline, not the period
        "For the full year, we expect total revenue to be in the range of $712 million to $716 million, representing "
        "a year-over-year decline of negative 1% to flat with prior year.",
        date(2021, 10, 28), 2021, None,
        [("revenue", "guidance", None, 712e6, 716e6, "USD", "range", date(2021, 12, 31), None),
         ("revenue_growth", "guidance", None, -1.0, 0.0, "%", "range", date(2021, 12, 31), None)],
    ),
    (  # revenue moving from one quarter to the next is not a revenue level; cash after dividends is no dividend
        "Regarding outlook for the last two quarters of 2021, we wanted to highlight that we anticipate approximately "
        "$4 million to $6 million of revenue shifting from the third quarter to the fourth quarter due to renewal "
        "timing for certain accounts. So our sales proceeds are in excess of what we need for development, we're "
        "going to retain about $70 million of excess cash flow after dividends in capex this year.",
        date(2021, 7, 27), 2021, None,
        [],
    ),
    (  # a development's completion, said with its quarter, is a milestone (First Industrial, February 2020)
        "Completion is set for the third quarter with a cash yield of 5.2%. We expect to complete this development in Q3.",
        date(2020, 2, 13), 2019, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 9, 30), "completion"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2020, 9, 30), "completion")],
    ),
    (  # a utility's "operating earnings" per share is its adjusted EPS; a slide is no subject; a "hurt" is no
       # figure (Dominion, August 2021)
        "Our second-quarter 2021 operating earnings, as shown on Slide 4, were $0.76 per share, which included $0.01 "
        "hurt from worse than normal weather in our utility service territories. For the third quarter of 2021, we "
        "expect operating earnings to be between $0.95 and $1.10 per share.",
        date(2021, 8, 6), 2021, None,
        [("adjusted_eps", "actual", 0.76, None, None, "USD/share", "exact", date(2021, 6, 30), None),
         ("adjusted_eps", "guidance", None, 0.95, 1.10, "USD/share", "range", date(2021, 9, 30), None)],
    ),
    (  # a launch dated in the past is a result, though "expected" revenues are said elsewhere in the sentence (Lithia)
        "With nearly $6.5 billion in expected annualized revenues purchased since the launch of our five-year plan in "
        "July 2020, we are considerably ahead of our expectations.",
        date(2021, 4, 21), 2021, "milestone",
        [("milestone", "actual", None, None, None, "date", "exact", date(2020, 7, 31), "five-year plan launch")],
    ),
    (  # a vessel "on track for delivery" is a dated event (Dominion, August 2021)
        "The vessel remains on track for delivery in late 2023 and will be an invaluable resource to DEV, as well as "
        "to the growing U.S. offshore wind industry.",
        date(2021, 8, 6), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2023, 12, 31), "vessel delivery")],
    ),
    (  # so is new capacity brought online (Clorox, November 2020)
        "To support sales and continued momentum in this business, we're bringing online, new production capacity "
        "this month, for the disinfectant used in these devices.",
        date(2020, 11, 2), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 11, 30), "new production capacity online")],
    ),
    (  # but the time most of an amount comes in is no event (RPT Realty, May 2021: leases signed, not yet paying)
        "Given our strong leasing activity, we ended the first quarter with a signed not open backlog of $3.3 million, "
        "the majority of which will come online over the next 12 months.",
        date(2021, 5, 4), 2021, "milestone",
        [],
    ),
    (  # a move into a place, with the place's whole name (Bunge, February 2020), and a development's first phase
        # (First Industrial, February 2020) are dated events
        "We will be fully moved into St. Louis by the end of Q2.",
        date(2020, 2, 12), 2019, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 6, 30), "St. Louis move complete")],
    ),
    (
        "We will begin the first phase of development this summer, with three multi-tenant buildings totaling "
        "approximately 600,000 square feet.",
        date(2020, 2, 13), 2019, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 9, 30), "first phase development start")],
    ),
    (  # when revenue will start coming from a property is a dated event of it, a name holding "One" (American Assets
        # Trust, October 2021)
        "So where we are now is that we expect that One Beach will be completed in '22, and we're expecting to see "
        "revenue from One Beach coming in '23 or La Jolla Commons III.",
        date(2021, 10, 27), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31), "One Beach completion"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2023, 12, 31), "One Beach revenue start")],
    ),
    (  # a transformation completed over the next two to three years (Boston Beer, April 2021)
        "We expect to complete this transformation over the next two to three years.",
        date(2021, 4, 22), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2024, 4, 22), "transformation complete")],
    ),
    (  # an implementation completed, a program expanded (CTS, February 2020; Sysco, January 2022)
        "Our goal is to complete implementation to all our locations, including our recent acquisition in early 2021.",
        date(2020, 2, 7), 2019, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 6, 30), "implementation complete")],
    ),
    (
        "We are very pleased with the success of the pilot locations, and we will be expanding the program to net new "
        "neighborhoods in the spring of 2022.",
        date(2022, 1, 31), 2022, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 6, 30), "program expansion")],
    ),
    (  # ... but not an event said after what was done at the time ("launched ... this quarter"), which dates only that
        # (Spectrum Brands, fiscal year to September, May 2021)
        "Additionally, our Baldwin brand, which is a leader in luxury security products, launched a new quick-ship "
        "program this quarter with a wide array of SKUs shipping within five business days, dramatically improved the "
        "customer experience.",
        date(2021, 5, 7), 2021, "milestone", [],
    ),
    (  # ... nor a time said in a clause of its own after the event: what the owners did over the year (Hilton,
        # February 2021)
        "Like in the Tempo launch, we had an owner committee that worked with us throughout the process over the last "
        "year.",
        date(2021, 2, 16), 2020, "milestone", [],
    ),
    (  # "adjusted operating profit" is the operating profit a margin is the ratio of, and the outlook a margin said of
        # sales is set against is a margin too (WESCO, January 2020)
        "Adjusted operating profit, excluding costs associated with the Anixter acquisition, was approximately $87 "
        "million in the quarter or 4.1% of sales, which was slightly below our implied outlook of approximately 4.2%.",
        date(2020, 1, 30), 2019, None,
        [("operating_margin", "actual", 4.1, None, None, "%", "exact", date(2019, 12, 31), None),
         ("operating_margin", "guidance", 4.2, None, None, "%", "approx", date(2019, 12, 31), None)],
    ),
    (  # costs removed from the company are savings, whatever investment they were (IDEX, February 2020)
        "But if you recall, kind of how we work through that was essentially, if we were down 5%, we thought we could "
        "safely remove about $25 million from the company, half regarding people investment and half regarding variable "
        "investment.",
        date(2020, 2, 5), 2019, None,
        [("cost_savings", "guidance", 25e6, None, None, "USD", "approx", None, None)],
    ),
    (  # "post-2021" dates nothing (Dominion, August 2021)
        "We're beginning to see moderation in pricing and relief from modest shipping constraints, which bodes well, we "
        "expect, for our post-2021 projects.",
        date(2021, 8, 6), 2021, None,
        [],
    ),
    (  # the target exceeded is the floor (Comstock Resources, October 2021)
        "And with the current gas prices, we anticipate significantly exceeding our original target of $200 million "
        "of free cash flow generation for this year.",
        date(2021, 10, 27), 2021, None,
        [("free_cash_flow", "guidance", 200e6, 200e6, None, "USD", "at_least", date(2021, 12, 31), None)],
    ),
    (  # an oil and gas producer's development capital is its capex (Comstock Resources, October 2021)
        "Development capital, as mentioned, is $115 million to $135 million, including the impact of the spending "
        "related to the acceleration of the 13 or 9.4 net DUC completions in order to benefit from the stronger winter pricing.",
        date(2021, 10, 27), 2021, None,
        [("capex", "guidance", None, 115e6, 135e6, "USD", "range", None, None)],
    ),
    (  # a year and a comma before a range do not break the range (Zimmer Biomet, February 2020)
        "So again, our guidance for free cash flow in 2020, $1.1 billion to $1.3 billion.",
        date(2020, 2, 4), 2020, None,
        [("free_cash_flow", "guidance", None, 1.1e9, 1.3e9, "USD", "range", date(2020, 12, 31), None)],
    ),
    (  # the amount after "and" is the measure said right after it, EPS growth, not sales growth (Corning, January 2021)
        "From 2020 to 2023, we expect to deliver 6% to 8% compound annual sales growth and 12% to 15% compound annual "
        "EPS growth.",
        date(2021, 1, 27), 2021, None,
        [("revenue_growth", "guidance", None, 6.0, 8.0, "%", "range", date(2023, 12, 31), None)],
    ),
    (  # a milestone is of the thing named before its event (DTE Energy, October 2021)
        "As you know the Monroe coal plant is slated to retire in 2040.",
        date(2021, 10, 27), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2040, 12, 31), "Monroe coal plant retirement")],
    ),
    (  # or after it: "the launch of ..." (Boston Beer, April 2021)
        "We expect the launch of Truly Punch Hard Seltzer during the second quarter to continue this positive momentum.",
        date(2021, 4, 22), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 6, 30), "Truly Punch Hard Seltzer launch")],
    ),
    (  # an event said as a noun names nothing after it: "go live date" (Humana, July 2021)
        "We are diligently preparing for the Ohio contract go live date in early 2022 and are continuing to improve our "
        "operating model building off of our core Medicare Advantage capabilities.",
        date(2021, 7, 28), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 6, 30), "Ohio contract go-live")],
    ),
    (  # "will be completed in '22" dates a completion; a name may hold "One" (American Assets Trust, October 2021)
        "So where we are now is that we expect that One Beach will be completed in '22.",
        date(2021, 10, 27), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31), "One Beach completion")],
    ),
    (  # "to be online", the project named before an adverb (ALLETE, November 2021)
        "Our Caddo wind project is comfortably on track to be online before the end of this year.",
        date(2021, 11, 3), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "Caddo wind project online")],
    ),
    (  # "completion expected in late 2022" (ALLETE, November 2021)
        "This project also remains on track to advance with completion expected in late 2022.",
        date(2021, 11, 3), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31), "completion")],
    ),
    (  # a hotel opening (Loews, November 2021)
        "When it opens in early 2024, the hotel will have 888 rooms and over 250,000 square feet of meeting and event space.",
        date(2021, 11, 1), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2024, 6, 30), "opening")],
    ),
    (  # an event said as a noun right after its date: "Q2 or Q3 2023 delivery", the later reading
        # (American Assets Trust, October 2021)
        "Meanwhile, our development of La Jolla Commons III into an 11 story, approximately 210,000 square foot Class A "
        "office tower remains on time and on budget for Q2 or Q3 2023 delivery.",
        date(2021, 10, 27), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2023, 9, 30), "delivery")],
    ),
    (  # the intent to launch is no thing launched (Zimmer Biomet, February 2021)
        "So ROSA Spine is definitely a part of the equation, it's just not the whole equation and the intent is to "
        "launch that in 2020.",
        date(2020, 2, 4), 2020, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 12, 31), "launch")],
    ),
    (  # what the company may borrow is not cash (Service Corporation International, October 2021)
        "In closing, we continue to have a solid balance sheet bolstered by a tremendous amount of liquidity, "
        "consisting of about $400 million of cash on hand plus about $1 billion available on our long-term bank "
        "credit facility.",
        date(2021, 10, 28), 2021, None,
        [("cash", "actual", 400e6, None, None, "USD", "approx", None, None)],
    ),
    (  # nor what remains under a line of credit (Boston Beer, April 2021: the cash balance is its quarter-end's)
        "We expect that our March 27, 2021 cash balance of $144.7 million together with the future operating cash "
        "flows and the $150 million remaining under the line of credit, will be sufficient to fund future cash "
        "requirements.",
        date(2021, 4, 22), 2021, None,
        [("cash", "actual", 144.7e6, None, None, "USD", "exact", date(2021, 3, 27), None)],
    ),
    (  # nor what one of a kind costs (HCA, July 2021)
        "A freestanding emergency room is a $10 million investment. So as Bill mentioned in his comments, we have a "
        "significant amount of capital going to ambulatory surgery centers, but an ambulatory surgery center per unit is "
        "only 10 million or $12 million in order to get it an investment done.",
        date(2021, 7, 21), 2021, None,
        [],
    ),
    (  # nor what is available on a revolver whose size is said before it (Spectrum Brands, May 2021)
        "The company had a cash balance of $290 million and approximately $577 million available on its $600 million "
        "cash flow revolver.",
        date(2021, 5, 7), 2021, None,
        [("cash", "actual", 290e6, None, None, "USD", "exact", None, None)],
    ),
    (  # "in cash" and "of cash" name the balance said right before them (Halliburton, January 2022; DHI Group, May
        # 2020) ...
        "As a result, we ended the year with approximately $3 billion in cash.",
        date(2022, 1, 24), 2021, None,
        [("cash", "actual", 3e9, None, None, "USD", "approx", date(2021, 12, 31), None)],
    ),
    (
        "At the end of the quarter, our total debt was $37 million. We had $27.8 million of cash resulting in net debt "
        "of $9.2 million.",
        date(2020, 5, 5), 2020, None,
        [("cash", "actual", 27.8e6, None, None, "USD", "exact", None, None)],
    ),
    (  # ... also in a list of what liquidity is (Hexcel, January 2021) ...
        "Our total liquidity at the end of the fourth quarter of 2020 was $875 million consisting of $103 million of cash "
        "and an undrawn revolver balance of $772 million.",
        date(2021, 1, 26), 2020, None,
        [("cash", "actual", 103e6, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # ... but not cash made or handed out (ResMed, August 2020; Sysco, February 2022), nor cash with credit beside it
        # (Lithia Motors, April 2021)
        "During fiscal year 2020, we generated $802 million of cash that allowed us to return $225 million of cash "
        "dividends to you, our shareholders.",
        date(2020, 8, 6), 2020, None,
        [("dividend", "actual", 225e6, None, None, "USD", "exact", date(2020, 6, 30), None)],
    ),
    (
        "With respect to our capital allocation, we refinanced elements of our long-term debt during the quarter, and "
        "we returned $657 million of cash to shareholders.",
        date(2022, 2, 8), 2022, None,
        [],
    ),
    (
        "As a result, we ended the quarter with $1.4 billion in cash and available credit.",
        date(2021, 4, 28), 2021, None,
        [],
    ),
    (  # corporate cost is a measure of its own, not the free cash flow the sentence before named; free cash flow
        # said as a share of net income (IDEX, February 2021)
        "Capex is anticipated to be about $55 million and free cash flow should be around 105% to 110% of net income. "
        "And finally, corporate cost should be around $75 million for the year.",
        date(2021, 2, 3), 2020, None,
        [("capex", "guidance", 55e6, None, None, "USD", "approx", None, None),
         ("free_cash_flow", "guidance", None, 105.0, 110.0, "%", "range", None, None)],
    ),
    (  # a price per ton is no earnings per share, whatever the sentence says of earnings (Bunge, February 2021)
        "So if you look at the gap where we finished here at 7.9% to get to 9% that's 1.1% if you think about that "
        "purely on an earnings perspective that's less than $4 a ton on our crush margin based on our volume for this "
        "year.",
        date(2021, 2, 10), 2020, "eps",
        [],
    ),
    (  # the year growth is set against "on an adjusted basis to" is no time of the growth (Raytheon Technologies, July
        # 2021)
        "And military sales were down 7% on an adjusted basis to the prior year divestitures and down 1% organically on "
        "a tough compare.",
        date(2021, 7, 27), 2021, None,
        [("revenue_growth", "actual", -7.0, None, None, "%", "exact", None, None),
         ("organic_revenue_growth", "actual", -1.0, None, None, "%", "exact", None, None)],
    ),
    (  # nor is the revenue of one shipset the revenue (Raytheon Technologies, July 2021)
        "You'll recall revenue on that's about $10 million a shipset for the Collins business.",
        date(2021, 7, 27), 2021, None,
        [],
    ),
    (  # "a 440 unit residential tower" is the size of a building, not units delivered; the tower's delivery this
        # quarter is a milestone (Boston Properties, January 2021)
        "The Hub on Causeway podium is the new entrants to the TD Garden and North Station and includes multi-level "
        "retail amenities restaurants, theaters and other exciting entertainment venues, further phases of this "
        "development, all of which will be built on top of the podium include Hub50House, a 440 unit residential tower "
        "to be delivered this quarter.",
        date(2021, 1, 27), 2020, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 3, 31), "440 unit residential tower delivery")],
    ),
    (  # "capital guidance" is capex; "for the next five years" dates it (Chevron, January 2022)
        "And our belief going forward, our capital guidance going forward is $15 billion to $17 billion for the next "
        "five years.",
        date(2022, 1, 28), 2021, None,
        [("capex", "guidance", None, 15e9, 17e9, "USD", "range", date(2027, 1, 28), None)],
    ),
    (  # the quarter of the call that gave a guidance dates the call, not the amount; the investment the filing will
        # represent is of the filing (Dominion, August 2021)
        "Taken together, the filing will represent as much as $1.5 billion of utility-owned and rider-eligible "
        "investment, further derisking our growth capital guidance provided on our fourth-quarter 2020 earnings call.",
        date(2021, 8, 6), 2021, None,
        [("capex", "guidance", 1.5e9, None, 1.5e9, "USD", "up_to", None, "filing")],
    ),
    (  # the size of a "stock repurchase plan" is not what was bought (Amphenol, January 2021)
        "During the quarter, the Company repurchased 400,000 shares of common stock at an average price of $103 under "
        "the $2 billion stock repurchase plan, bringing total repurchases for the year to 6.5 million shares or "
        "$600 million.",
        date(2021, 1, 27), 2020, None,
        [("share_repurchase", "actual", 600e6, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # the cash of investing activities is neither capex nor its parts (Snap-on, February 2022)
        "Net cash used by investing activities of $23.8 billion included net additions to finance receivables of "
        "$9.7 million and $16.3 million of capital expenditures.",
        date(2022, 2, 3), 2021, None,
        [("capex", "actual", 16.3e6, None, None, "USD", "exact", None, None)],
    ),
    (  # "the headwind of 30 basis points of margin" moved the margin (DXC, August 2021)
        "Our results today include the benefit from the sale of assets, partially offset by other discrete items, and "
        "the headwind of 30 basis points of margin associated with the disposition of our healthcare provider software "
        "business.",
        date(2021, 8, 3), 2022, None,
        [],
    ),
    (  # ... and neither is the amount the headwind is set against (FMC, May 2021)
        "Adam, as you noted, it's a modest adjustment in terms of what net hits the EBITDA bridge for cost and increased "
        "to $100 million headwind for cost in a full year versus $90 million when we gave initial guidance in February.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # "a six-handle on core EPS" is $6 and up to $7; a handle on cash flows says no scale (Jabil, June 2021)
        "And it's not growth for the sake of growth because what's coming along with that is, again, potentially in "
        "'22, a seven-handle on cash flows and a six-handle on core EPS.",
        date(2021, 6, 16), 2021, None,
        [("adjusted_eps", "guidance", None, 6.0, 7.0, "USD/share", "range", date(2022, 12, 31), None)],
    ),
    (  # a measure followed by its own range is not the amount's before it (Bunge, February 2020)
        "For 2020, we expect an effective tax rate in the range of 19% to 23%, net interest expense of approximately "
        "$230 million, capex in the range of $400 million to $450 million, and depreciation and amortization of "
        "approximately $465 million.",
        date(2020, 2, 5), 2020, None,
        [("tax_rate", "guidance", None, 19.0, 23.0, "%", "range", date(2020, 12, 31), None),
         ("capex", "guidance", None, 400e6, 450e6, "USD", "range", date(2020, 12, 31), None)],
    ),
    (  # the dollars "including" after a change in dollars are a part of that change, not revenue (Southwest Gas,
        # November 2021)
        "Revenues increased $52.5 million or 9% between quarters including $49.5 million from Riggs Distler following "
        "the August 27 acquisition.",
        date(2021, 11, 9), 2021, None,
        [("revenue_growth", "actual", 9.0, None, None, "%", "exact", None, None)],
    ),
    (  # a person's retirement is news about the board, not a milestone (Southwest Gas, November 2021)
        "Current Holdings Director Robert Boughner is anticipated to become Chairman of the Holdings Board upon Mike "
        "Melarkey's retirement in May.",
        date(2021, 11, 9), 2021, "milestone",
        [],
    ),
    (  # what competitors bring online is not the company's milestone (AZZ, January 2021)
        "There is some competition coming into the market, a few new kettles next year that will probably come online.",
        date(2021, 1, 7), 2021, "milestone",
        [],
    ),
    (  # a deal closing is a transaction, not a milestone (First Industrial, January 2020)
        "These figures exclude the sale on Phoenix recognized for accounting purposes in the third quarter of 2019 that "
        "is scheduled to close in the third quarter.",
        date(2020, 1, 23), 2020, "milestone",
        [],
    ),
    (  # nor are the homes a builder closes (Beazer Homes, July 2021)
        "First, our current backlog already contains nearly 700 homes scheduled to close in the first quarter of next "
        "year, that's more than half of our typical first quarter closings.",
        date(2021, 7, 29), 2021, "milestone",
        [],
    ),
    (  # nor is a spin-off, a transaction (SolarWinds, October 2021)
        "Also, a quick reminder that the guidance for the third quarter that I provided in August did not include any "
        "impact from N-able as the spin had been completed at that time.",
        date(2021, 10, 28), 2021, "milestone",
        [],
    ),
    (  # what is returned to shareholders by dividends and buybacks together is neither (Clorox, Hilton)
        "I expect this year, we will return around $900 million to shareholders, both in the form of our dividend, "
        "and our share repurchase program.",
        date(2020, 11, 2), 2021, None,
        [],
    ),
    (
        "For 2020, we expect to return between $1.6 billion and $2 billion to shareholders in the form of buybacks "
        "and dividends.",
        date(2020, 2, 12), 2019, None,
        [],
    ),
    (  # revenue missed for want of supply is no revenue figure (DuPont, May 2021)
        "We expect another 100 million in the second quarter, 100 to 120 million missed revenue.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # a change against the midpoint of guidance is no level (First Industrial, April 2020)
        "This is a $0.05 per share decrease compared to the midpoint of our FFO before one-times items guidance we "
        "discussed on our fourth quarter earnings call, primarily due to a decrease in forecasted NOI due to the "
        "following.",
        date(2020, 4, 23), 2020, None,
        [],
    ),
    (  # RevPAR is a measure, not the subject of the EBITDA guided next to it (Hilton, February 2020)
        "Moving to guidance for full-year 2020 on an unaffected basis, we expect RevPAR growth of 0% to 1% and "
        "adjusted EBITDA of $2.42 billion to $2.47 billion.",
        date(2020, 2, 12), 2019, None,
        [("ebitda", "guidance", None, 2.42e9, 2.47e9, "USD", "range", date(2020, 12, 31), None)],
    ),
    (  # a call whose EPS comments "exclude all highlighted items" speaks of adjusted EPS (EnerSys, February 2021)
        "Accordingly, my following comments concerning operating earnings and my later comments concerning diluted "
        "earnings per share exclude all highlighted items. EPS increased 22% to $1.27 on higher net earnings.",
        date(2021, 2, 4), 2021, None,
        [("adjusted_eps", "actual", 1.27, None, None, "USD/share", "exact", None, None)],
    ),
    (  # what profitability "enabled us to achieve" is a result (Amphenol, January 2021)
        "Our full year operating -- full year adjusted operating margins once again reached 20% and this strong level "
        "of profitability enabled us to achieve adjusted diluted earnings per share of $3.74.",
        date(2021, 1, 27), 2020, "adjusted_eps",
        [("adjusted_eps", "actual", 3.74, None, None, "USD/share", "exact", date(2020, 12, 31), None)],
    ),
    (  # a decline said after the range makes it negative (IDEX, February 2021)
        "In Q1, we expect EPS to be in the range of $1.30 to $1.34 with market headwinds contributing a 4% to 5% "
        "organic revenue decline and operating margins of about 23%.",
        date(2021, 2, 3), 2020, None,
        [("eps", "guidance", None, 1.30, 1.34, "USD/share", "range", date(2021, 3, 31), None),
         ("organic_revenue_growth", "guidance", None, -5.0, -4.0, "%", "range", date(2021, 3, 31), None),
         ("operating_margin", "guidance", 23.0, None, None, "%", "approx", date(2021, 3, 31), None)],
    ),
    (  # equity issued and an acquisition's price are neither dividends nor cash (Southwest Gas, DuPont)
        "We also expect equity issuances of $600 million to $800 million over the three years ending in 2023 and as I "
        "previously mentioned, a target dividend payout ratio of 55% to 65%.",
        date(2021, 11, 9), 2021, None,
        [],
    ),
    (
        "Along with our plan for internal investment this year, we plan to grow through targeted M&A in areas of "
        "secular growth and will fund the $2.3 billion planned acquisition of Laird performance materials with cash "
        "on hand.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # "progress toward" an amount is a target (Lithia, April 2021, a five-year plan)
        "We continue to make strong progress in modernizing the consumer experience through Driveway and building a "
        "robust balance sheet, positioning us to be the leader in consolidating this massive industry, all while "
        "progressing toward our five-year plan of achieving $50 billion in revenue and $50 of earnings per share.",
        date(2021, 4, 21), 2021, None,
        [("revenue", "guidance", 50e9, None, None, "USD", "exact", None, None),
         ("eps", "guidance", 50.0, None, None, "USD/share", "exact", None, None)],
    ),
    (  # "for 2021, 2023" is the transcript's "2021-2023": a target until the end of 2023 (Philip Morris, October 2021)
        "With SG&A saving of more than $200 million, before inflation and reinvestment, this means we have generated "
        "over $650 million in overall gross efficiencies year-to-date. This is strong progress toward the combined "
        "target of $2 billion for 2021, 2023.",
        date(2021, 10, 19), 2021, None,
        [("cost_savings", "actual", 200e6, 200e6, None, "USD", "at_least", date(2021, 9, 30), None),  # year-to-date
         ("cost_savings", "actual", 650e6, 650e6, None, "USD", "at_least", date(2021, 9, 30), None),
         ("cost_savings", "guidance", 2e9, None, None, "USD", "exact", date(2023, 12, 31), None)],
    ),
    (  # a declared dividend is a result, though payable after the call (Fresh Del Monte, May 2021)
        "As announced this morning in our financial results press release, our board of directors declared a "
        "quarterly cash dividend of $0.10 per share payable on June 11, 2021, to shareholders of record on May 19, 2021.",
        date(2021, 5, 4), 2021, None,
        [("dividend", "actual", 0.1, None, None, "USD/share", "exact", date(2021, 6, 11), None)],
    ),
    (  # what would have been, had a margin applied, is no figure of the company's (Fresh Del Monte, May 2021)
        "However, I would like to point out that if you apply the adjusted gross profit margin for the fresh and "
        "value-added produce segment of 8.7% to the $19 million of net sales impacted by COVID-19 in this segment, "
        "we estimate we would have delivered an additional $1.7 million in adjusted gross profit.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # guidance in dollars and cents is per share (test below), unless it is a unit cost (California Resources, November 2021)
        "LOE cost on a unit basis in the fourth quarter are expected to average $0.19 to $0.23, which is down from "
        "our prior annual guidance of $0.21 to $0.25.",
        date(2021, 11, 4), 2021, None,
        [],
    ),
    (  # a bare "Q4" an event is slated for, on the fourth-quarter call, is next year's (First Industrial, February 2020)
        "Our estimated total investment for the building is $35.6 million, with a targeted cash yield of 7.1% and "
        "completion is slated for Q4.",
        date(2020, 2, 13), 2019, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 12, 31), "completion")],
    ),
    (  # "the lowest for the year" compares the quarter within the year; the quarter said first dates it (Corning)
        "In the first quarter, we expect sales to be seasonally lower than the fourth quarter and gross margin to be "
        "the lowest for the year, down 100 to 150 basis points from the fourth quarter.",
        date(2021, 1, 27), 2020, None,
        [("gross_margin", "guidance", None, -150.0, -100.0, "bps", "range", date(2021, 3, 31), None)],
    ),
    (  # "in US dollars" is a currency, not a place the growth is of; "our military sales" are the military's (Amphenol)
        "For the full year 2019, we're very pleased that our military sales grew by an outstanding 23% in US dollars and "
        "22% organically, reflecting broad based strength across virtually all segments of the market.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "actual", 23.0, None, None, "%", "exact", date(2019, 12, 31), "military"),
         ("organic_revenue_growth", "actual", 22.0, None, None, "%", "exact", date(2019, 12, 31), "military")],
    ),
    (  # "Our National Programs segment": the segment is "National Programs" (Brown & Brown)
        "Our National Programs segment increased total revenue by 14% and organic revenue by 13.3%.",
        date(2021, 7, 27), 2021, None,
        [("revenue_growth", "actual", 14.0, None, None, "%", "exact", None, "National Programs"),
         ("organic_revenue_growth", "actual", 13.3, None, None, "%", "exact", None, "National Programs")],
    ),
    (  # "as a percentage of home sale revenues": the ratio is SG&A's, not revenue growth (M.D.C. Holdings)
        "We continued to benefit from improved operating leverage during the first quarter as our SG&A expense as a "
        "percentage of home sale revenues decreased 180 basis points year-over-year to 11%.",
        date(2021, 4, 29), 2021, None,
        [],
    ),
    (  # ... but a margin named after "As a percentage of revenues" is that margin (Snap-on)
        "As a percentage of revenues, the operating earnings margin of 25.1% compared to 24.4% in 2020 and 22.5% in 2019.",
        date(2022, 2, 3), 2021, None,
        [("operating_margin", "actual", 25.1, None, None, "%", "exact", None, None),
         ("operating_margin", "actual", 24.4, None, None, "%", "exact", date(2020, 12, 31), None),
         ("operating_margin", "actual", 22.5, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # a utility's operating margin is in dollars: "$72 million or 7% improvement" is its change, not a margin
        # of 7% (Southwest Gas)
        "The $72 million or 7% improvement at operating margin reflects $52 million combined rate relief in Arizona, "
        "Nevada, and California.",
        date(2021, 11, 3), 2021, "operating_margin",
        [],
    ),
    (  # "delivered" names no deliveries: the increase is of the earnings per share said between (Clorox)
        "Net of all these factors, we delivered diluted net earnings per share of $3.22 versus $1.59 in the year ago "
        "quarter, an increase of 103%.",
        date(2020, 11, 2), 2021, "deliveries_growth",
        [],
    ),
    (  # the rises are of the earnings per share said after "sales", not growth of sales (Best Buy)
        "Today, we are reporting record Q3 financial results of $11.9 billion in sales and non-GAAP diluted earnings "
        "per share of $2.08, which is up 1% over last year and up 84% compared to two years ago.",
        date(2021, 11, 23), 2022, "revenue_growth",
        [],
    ),
    (  # the rise is of the volume named before it, not of the sales growth the sentence opens with (DuPont)
        "Overall sales growth was driven by strong volume, up 7% versus first quarter of last year, with volume "
        "increases in all three reporting segments.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # "the 40% is the volume increase": a measure after "is" is what the amount needs, not what it is of (Corning)
        "And then on margins, you're absolutely right, I mean I think what requires for the margins to get back to the "
        "40% is the volume increase that we expect in the back half of the year.",
        date(2020, 1, 28), 2019, "operating_margin",
        [("operating_margin", "guidance", 40.0, None, None, "%", "exact", date(2020, 12, 31), None)],
    ),
    (  # "the full year 2019" is 2019, not this year and 2019; "flat to prior year" is a baseline (CTS, February 2020)
        "For the full year 2019, sales were $469 million, almost flat to prior year.",
        date(2021, 1, 28), 2020, None,
        [("revenue", "actual", 469e6, None, None, "USD", "exact", date(2019, 12, 31), None)],
    ),
    (  # "estimate our full year 2021": an estimate of the year, not the date of an act (Boston Beer)
        "We estimate our full year 2021 effective tax rate to be approximately 26.5% excluding the impact of a ASU 2016-09.",
        date(2021, 4, 22), 2021, None,
        [("tax_rate", "guidance", 26.5, None, None, "%", "approx", date(2021, 12, 31), None)],
    ),
    (  # "the prior-year quarter" is the reported quarter a year before, not last year, and what is set against it the
        # reported quarter's (FTI Consulting)
        "GAAP EPS was $1.49 compared to $1.64 in the prior-year quarter.",
        date(2020, 4, 30), 2020, None,
        [("eps", "actual", 1.49, None, None, "USD/share", "exact", date(2020, 3, 31), None),
         ("eps", "actual", 1.64, None, None, "USD/share", "exact", date(2019, 3, 31), None)],
    ),
    (  # "this past quarter" is the one reported; "against the prior year quarter" is a baseline (Thermon)
        "Our revenue this past quarter totaled $66.4 million and that's up sequentially by 17% and down by 35% against "
        "the prior year quarter, and was in line with our expectations for Q2.",
        date(2021, 8, 5), 2021, None,
        [("revenue", "actual", 66.4e6, None, None, "USD", "exact", date(2021, 6, 30), None),
         ("revenue_growth", "actual", 17.0, None, None, "%", "exact", date(2021, 6, 30), None),
         ("revenue_growth", "actual", -35.0, None, None, "%", "exact", date(2021, 6, 30), None)],
    ),
    (  # "from the comparable 2020 period" is a baseline, not the period (Vector Group, August 2021)
        "Douglas Elliman's strong year-to-date results were driven by continued momentum in all markets, and both "
        "closed sales volume and revenues more than doubled from the comparable 2020 period.",
        date(2021, 8, 5), 2021, None,
        [("revenue_growth", "actual", 100.0, 100.0, None, "%", "at_least", date(2021, 6, 30), None)],
    ),
    (  # "the pre-pandemic levels of 2019" are a baseline too (Snap-on, February 2022)
        "Compared with the pre-pandemic levels of 2019, sales grew $57.5 million, 17.2%, including a $43.7 million or "
        "13% organic gain.",
        date(2022, 2, 3), 2021, "revenue_growth",
        [("revenue_growth", "actual", 17.2, None, None, "%", "exact", None, None)],
    ),
    (  # ... and so is the time said after "against two years ago for" (Best Buy, November 2021, fiscal year to January)
        "When comparing our results against two years ago for the third quarter of our fiscal '20, total revenue grew "
        "more than 20%.",
        date(2021, 11, 23), 2022, None,
        [("revenue_growth", "actual", 20.0, 20.0, None, "%", "at_least", None, None)],
    ),
    (  # the main clause's time does not date an amount in the clause put before it (Best Buy, November 2021)
        "Despite lapping the extraordinary 23% comparable sales growth from last year, we were once again able to "
        "generate positive comparable sales growth in each fiscal month of the third quarter.",
        date(2021, 11, 23), 2022, None,
        [("revenue_growth", "actual", 23.0, None, None, "%", "exact", None, None)],
    ),
    (  # ... nor does the time of the clause put before it date an amount of the main clause (AZZ, January 2021)
        "While our Metal Coatings segment had lower sales in the third quarter of the prior year, they were able to "
        "generate higher operating income and improved operating margins to 24.8%.",
        date(2021, 1, 8), 2021, None,
        [("operating_margin", "actual", 24.8, None, None, "%", "exact", None, "Metal Coatings")],
    ),
    (  # ... and so is the time "compare our third quarter performance to" (Masco, October 2021)
        "When you compare our third quarter performance to Q3 2019, revenue is 28% higher, operating profit is 29% "
        "higher, operating margin is 10 basis points higher and adjusted earnings per share is an outstanding 62% higher.",
        date(2021, 10, 28), 2021, None,
        [("revenue_growth", "actual", 28.0, None, None, "%", "exact", date(2021, 9, 30), None),
         ("operating_margin", "actual", 10.0, None, None, "bps", "exact", date(2021, 9, 30), None)],
    ),
    (  # ... and so is the month a change is measured from (A. O. Smith, April 2020)
        "We have achieved a 20% headcount reduction compared with December 2018 and we will continue to assess the need "
        "for additional workforce reduction.",
        date(2020, 4, 30), 2020, None,
        [("headcount_change", "actual", -20.0, None, None, "%", "exact", None, None)],
    ),
    (  # amounts said "respectively" of the three and the six months ended a day, and of "the corresponding 2020
        # periods", each end with the months said (Vector Group, August 2021; the spans' own labels, Q2 and H1, are
        # test_two_spans_of_months_ended_a_day_are_each_their_own's)
        "For the three and six months ended June 30, 2021, revenues were $329.5 million and $598 million, respectively, "
        "compared to $312.5 million and $599.6 million for the corresponding 2020 periods.",
        date(2021, 8, 5), 2021, None,
        [("revenue", "actual", 329.5e6, None, None, "USD", "exact", date(2021, 6, 30), None),
         ("revenue", "actual", 598e6, None, None, "USD", "exact", date(2021, 6, 30), None),
         ("revenue", "actual", 312.5e6, None, None, "USD", "exact", date(2020, 6, 30), None),
         ("revenue", "actual", 599.6e6, None, None, "USD", "exact", date(2020, 6, 30), None)],
    ),
    (  # revenues bought are not the company's (Lithia, April 2021)
        "With nearly $6.5 billion in expected annualized revenues purchased since the launch of our five-year plan in "
        "July 2020, we are considerably ahead of our expectations.",
        date(2021, 4, 22), 2021, "revenue",
        [],
    ),
    (  # the day of a deal dates no amount (Southwest Gas, November 2021)
        "Revenues increased $52.5 million or 9% between quarters including $49.5 million from Riggs Distler following "
        "the August 27 acquisition.",
        date(2021, 11, 9), 2021, "revenue_growth",
        [("revenue_growth", "actual", 9.0, None, None, "%", "exact", None, None)],
    ),
    (  # a count of revenue-generating clients is no revenue (Xylem, October 2020)
        "Digital transformation has gone from being attractive to becoming an imperative, and that's reflected in strong "
        "quoting activity in our digital solutions business which has also increased by 50% its number of "
        "revenue-generating clients.",
        date(2020, 10, 29), 2020, None,
        [],
    ),
    (  # capital approved for projects is not capital spent (HCA Healthcare, July 2021)
        "Capital spending for the quarter was 842 million, and we have approximately 3.8 billion of approved capital in "
        "the pipeline that is scheduled to come online between now and the end of 2023.",
        date(2021, 7, 22), 2021, "capex",
        [("capex", "actual", 842e6, None, None, "USD", "exact", date(2021, 6, 30), None)],
    ),
    (  # the impact a cause had is not the amount's (CTS, July 2021)
        "Second quarter tax rate was 246% as a result of the impact of the pension settlement charge on our income "
        "statement.",
        date(2021, 7, 27), 2021, None,
        [("tax_rate", "actual", 246.0, None, None, "%", "exact", date(2021, 6, 30), None)],
    ),
    (  # the per-share amount of a change is no EPS (Snap-on, February 2022)
        "Net earnings of $223.7 million or $4.10 per diluted share increased $14.8 million, or $0.28 per share from last "
        "year's levels, representing a 7.3% increase in diluted earnings per share.",
        date(2022, 2, 3), 2021, "eps",
        [("eps", "actual", 4.10, None, None, "USD/share", "exact", None, None)],
    ),
    (  # the past tense of a guidance is the guidance's: what it was is still guidance (CTS, July 2021)
        "Our previous guidance was for sales in the range of $445 million to $500 million, and adjusted earnings in the "
        "range of $1.35 to $1.70.",
        date(2021, 7, 27), 2021, None,
        [("revenue", "guidance", None, 445e6, 500e6, "USD", "range", None, None),
         ("adjusted_eps", "guidance", None, 1.35, 1.70, "USD/share", "range", None, None)],
    ),
    (  # "and Q1 corporate costs to be about $20 million": the quarter after "and" dates the next amount (IDEX)
        "We expect the corporate tax rate to be about 20% and Q1 corporate costs to be about $20 million.",
        date(2021, 2, 4), 2020, None,
        [("tax_rate", "guidance", 20.0, None, None, "%", "approx", None, None)],
    ),
    (  # a margin advantage over peers is not a change of the margin (Hersha Hospitality)
        "And so, we think it is very reasonable to assume that across the next three years of the recovery that a 100 "
        "basis points to 200 basis points of margin advantage is possible for even a super lean portfolio like ours.",
        date(2020, 10, 27), 2020, None,
        [],
    ),
    (  # a donation is a payment, not an investment (Best Buy)
        "As expected, higher advertising expense and increased technology investments were partially offset by last "
        "year's $40 million donation to the Best Buy Foundation and lower incentive compensation.",
        date(2021, 11, 23), 2022, None,
        [],
    ),
    (  # "$0.03 to $0.04 improvement in the fourth quarter earnings" is a change of earnings, not their level (CTS)
        "We talked about $0.03 to $0.04 improvement in the fourth quarter earnings from the cost actions.",
        date(2020, 2, 6), 2019, None,
        [],
    ),
    (  # the size of a sale of a property is not revenue, though "sales guidance" is said before it (First Industrial)
        "Note that our sales guidance excludes the expected $55 million Phoenix sale in the third quarter, in which the "
        "tenant exercised its purchase option in 2019.",
        date(2020, 4, 23), 2020, None,
        [],
    ),
    (  # nor are the annual sales of a business bought (Amphenol, January 2020; IDEX, February 2020; Brown & Brown, July
        # 2021) ...
        "EXA is a provider of high technology temperature sensors, based in Bangalore, India with annual sales of "
        "approximately $10 million.",
        date(2020, 1, 22), 2019, None,
        [],
    ),
    (
        "FMD has annual sales of approximately $60 million and EBITDA margins of about 20%.",
        date(2020, 2, 5), 2019, None,
        [],
    ),
    (
        "From an M&A perspective, we closed two transactions during the quarter with the annual revenues of, "
        "approximately, $11 million.",
        date(2021, 7, 27), 2021, None,
        [],
    ),
    (  # (Comfort Systems USA, April 2021)
        "That company is 100% industrial, that's a company in the roughly $100 million revenue range.",
        date(2021, 4, 27), 2021, None,
        [],
    ),
    (  # ... nor the sales acquisitions brought, left out of the organic growth (Spectrum Brands, May 2021)
        "Excluding the impact of $18 million of favorable foreign exchange and acquisition sales of $26.8 million, organic "
        "net sales increased 18% with double-digit growth across all four business units.",
        date(2021, 5, 7), 2021, "revenue",
        [],
    ),
    (  # a headcount change is said as a change, and a reduction is negative (Hexcel); "approximately a 35%" is approximate
        "The actions which are ongoing include approximately a 35% reduction in global headcount; temporarily idling "
        "assets; cutting discretionary expenditures; prioritizing the most critical projects, including capital "
        "expenditures; and rightsizing working capital to generate strong cash flow.",
        date(2021, 1, 26), 2020, "headcount_change",
        [("headcount_change", "actual", -35.0, None, None, "%", "approx", None, None)],
    ),
    (  # the share of operations that are automated is not a change of headcount; "up to a 70%" bounds it (Halliburton)
        "Close to 60% of iCruise operations are fully automated, allowing for up to a 70% reduction in headcount per rig.",
        date(2022, 1, 24), 2021, "headcount_change",
        [("headcount_change", "actual", -70.0, -70.0, None, "%", "up_to", None, None)],
    ),
    (  # a count of employees is a level, not a headcount change (McKesson)
        "And lastly, before I conclude, I want to take a moment to thank our dedicated team, including every one of the "
        "76,000 employees that make up Team McKesson.",
        date(2022, 2, 2), 2022, None,
        [],
    ),
    (  # the raise is of salaries, not of the employees named before them (Korn Ferry)
        "But in our -- just take our own company, we've -- for eligible employees trailing 12 months, we've raised "
        "salaries about 12% or so.",
        date(2022, 3, 9), 2022, None,
        [],
    ),
    (  # "from 1,200 to almost 1,500 people": the levels a workforce changes between (DTE)
        "In an effort to accelerate our preventative maintenance, we are increasing our tree trimming workforce from "
        "1,200 to almost 1,500 people, and our overhead line workforce from 850 to over 1,000 people.",
        date(2021, 10, 27), 2021, None,
        [],
    ),
    (  # the kind of capital spend the sentence before opens with is what the amount is of (Service Corporation, Q3 2021)
        "For the cemetery development capital spend, we started this quarter making up some ground to our annual "
        "target, but continued to experience some construction delays, primarily on the permitting side for some of our "
        "larger development projects. But at this point, I still believe we'll end the year with around $100 million of "
        "capital development spend.",
        date(2021, 10, 28), 2021, None,
        [("capex", "guidance", 100e6, None, None, "USD", "approx", date(2021, 12, 31), "cemetery development")],
    ),
    (  # the year an amount is the jumping off point for growth in does not date the amount (Humana, Q2 2021)
        "I also want to reiterate that the $21.50 midpoint of our original guide continues to be the right jumping off "
        "point for 2022 adjusted EPS growth.",
        date(2021, 7, 28), 2021, None,
        [("adjusted_eps", "guidance", 21.5, None, None, "USD/share", "exact", None, None)],
    ),
    (  # wells turned to sales by a date are a milestone of a producer (Comstock, October 2021) ...
        "We expect to have these wells turn to sales by mid-December.",
        date(2021, 10, 27), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "wells turned to sales")],
    ),
    (  # ... but a share of the wells turned to sales by then is how far the work gets, not an event (Comstock, February
        # 2022)
        "During the first quarter, we only plan to turn to sales about 15% of the planned wells to be turned to sales "
        "for the year.",
        date(2022, 2, 16), 2021, None,
        [],
    ),
    (  # a time that opens the clause dates all its verbs, "and launch" too; "next threemonths" (the transcript's
        # spelling) is three months from the call (BankUnited, October 2021)
        "The new markets we've talked about last time to you, we don't really have much to share yet because it's not "
        "going to ready for primetime, but we have been working for the last three months on finalizing and hopefully "
        "over the -- over the course of next threemonths, we will make some announcements and launch one or two new "
        "markets.",
        date(2021, 10, 21), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 1, 21), "launch")],
    ),
    (  # a plant's conversion from coal is an event, dated by the sentence after it that says when "that" is (DTE,
        # October 2021)
        "So, Shar, as you've seen we've accelerated the Belle River power plant conversion from coal to other fuel "
        "sources like natural gas or RNG and potentially hydrogen. So that's certainly in the works by 2028.",
        date(2021, 10, 27), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2028, 12, 31), "Belle River power plant conversion")],
    ),
    (  # an amount the speaker says the company will beat is a floor (Comstock, October 2021)
        "And I think we're going to be -- what the prices where they are and where the budget that we have, with the cost "
        "we have, and we do think there's going to be some inflation I think that 1.5 leverage ratio, we're going to -- "
        "we're kind of like we said $200 million of free cash flow in 2021, and we're going to, we think, materially beat "
        "that.",
        date(2021, 10, 27), 2021, None,
        [("free_cash_flow", "guidance", 200e6, 200e6, None, "USD", "at_least", date(2021, 12, 31), None)],
    ),
    (  # a seasonal decline is of sales, the measure that is seasonal (Amphenol, January 2020)
        "Looking into the first quarter 2020, we anticipate a relatively normal seasonal sequential decline of "
        "approximately 25%.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "guidance", -25.0, None, None, "%", "approx", date(2020, 3, 31), None)],
    ),
    (  # a utility holding's "utility plan" is the capital plan of its utilities; "$1 billion higher" is a change
        # (DTE, October 2021)
        "Our updated five-year utility plan is $18 billion, which is $1 billion higher than the prior plan.",
        date(2021, 10, 27), 2021, None,
        [("capex", "guidance", 18e9, None, None, "USD", "exact", None, "utility")],
    ),
    (  # what is to be ready by a date is a milestone (Beazer Homes, April 2021)
        "This quarters highlights included being named an ENERGY STAR Partner of the Year for the sixth consecutive "
        "year, representing another significant step toward our goal of having every home we build Net Zero Energy "
        "Ready by 2025.",
        date(2021, 4, 29), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2025, 12, 31), "Net Zero Energy ready")],
    ),
    (  # the capital a plan's phase includes is still to be spent, and of that phase (Dominion, August 2021)
        "The second phase includes approximately $669 million in capital investment, which is needed to facilitate and "
        "optimize the integration of distributed energy resources while continuing to address the reality that "
        "reliability and security are vital to our company and its customers.",
        date(2021, 8, 6), 2021, None,
        [("capex", "guidance", 669e6, None, None, "USD", "approx", None, "second phase")],
    ),
    (  # "zero to down 2%" is a range too (IDEX); the later bare range is "it", that top line guide as bracketed
        # before: guidance, with no subject (not "Baird Conference") and no time of its own
        "So I think if you take our top line guide of zero to down 2%, and if you remember, when we were at the "
        "Baird Conference, we bracketed it around plus 2% to negative 2%, right.",
        date(2021, 2, 4), 2020, None,
        [("revenue_growth", "guidance", None, -2.0, 0.0, "%", "range", None, None),
         ("revenue_growth", "guidance", None, -2.0, 2.0, "%", "range", None, None)],
    ),
    (  # "flat to plus 4%" is a range from 0% to 4% (WESCO, October 2020)
        "As a result, we continue to expect sales growth in the range of flat to plus 4% for 2020.",
        date(2020, 10, 29), 2020, None,
        [("revenue_growth", "guidance", None, 0.0, 4.0, "%", "range", date(2020, 12, 31), None)],
    ),
    (  # a percentage said as the growth of EPS is not the growth of the "top line" named after it (Clorox)
        "Net of these factors, we now expect fiscal year '21 diluted EPS to increase between 5% to 8% or $7.70 to "
        "$7.95 reflecting our assumption for stronger top line performance, partially offset by a rising cost "
        "environment.",
        date(2020, 11, 2), 2021, "revenue_growth",
        [],
    ),
    (  # the second amount of "from 2.1 billion gallons to 2.43 billion" is gallons too (Bunge)
        "And then we've got biodiesel creating a lot of demand for refining capacity and that's a net positive for "
        "the oil outlook as well, when you look at the mandates the U.S. going from 2.1 billion gallons to 2.43 "
        "billion here in 2020, so there are a lot of things driving.",
        date(2021, 2, 11), 2020, None,
        [],
    ),
    (  # a balance on a past day is a result, whatever the tense (Boston Beer, April 2021)
        "We expect that our March 27, 2021 cash balance of $144.7 million together with the future operating cash "
        "flows and the $150 million remaining under the line of credit, will be sufficient to fund future cash "
        "requirements.",
        date(2021, 4, 22), 2021, "cash",
        [("cash", "actual", 144.7e6, None, None, "USD", "exact", date(2021, 3, 27), None)],
    ),
    (  # "in the range of 23%, 24%" is a range (Snap-on, February 2022)
        "In addition, we currently anticipate absenting any changes to US tax legislation that our full-year 2022 "
        "effective income tax rate will be in the range of 23%, 24%.",
        date(2022, 2, 3), 2021, None,
        [("tax_rate", "guidance", None, 23.0, 24.0, "%", "range", date(2022, 12, 31), None)],
    ),
    (  # liquidity is cash and credit lines, not cash (Lithia Motors)
        "In addition, our unfinanced real estate could provide additional liquidity of approximately $552 million "
        "for a combined nearly $2 billion of liquidity.",
        date(2021, 4, 28), 2021, None,
        [],
    ),
    (  # an operating loss is no revenue (Southwest Gas)
        "Meanwhile, Riggs Distler is expected to generate revenues of $150 million to $170 million with an "
        "operating loss of $11 million to $13 million from the date of acquisition.",
        date(2021, 11, 9), 2021, None,
        [("revenue", "guidance", None, 150e6, 170e6, "USD", "range", None, "Riggs Distler")],
    ),
    (  # "introduced second quarter guidance": the quarter is the guidance's, not the date of an act (FirstEnergy)
        "We've also introduced second quarter guidance of $0.48 to $0.58 per share.",
        date(2021, 4, 23), 2021, None,
        [("eps", "guidance", None, 0.48, 0.58, "USD/share", "range", date(2021, 6, 30), None)],
    ),
    (  # "next month" is the month after the call's; "launches" is an event too (Philip Morris, October 2021)
        "Following this success, we plan to launch in our second market of Switzerland next month and look forward "
        "to additional major launches in 2022 when circumstances allow.",
        date(2021, 10, 19), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 11, 30), "launch"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31), "launch")],
    ),
    (  # an amount between an event and a date separates them: the year dates the capex, not a launch;
       # "plus 6.5 to plus 7%" is a range
        "We also update our expectation for full-year capital expenditures to around $0.6 billion, reflecting "
        "latest launch plans and pandemic-related timing factors.",
        date(2021, 10, 19), 2021, None,
        [("capex", "guidance", 0.6e9, None, None, "USD", "approx", date(2021, 12, 31), None)],
    ),
    (  # a buyback program's size is what the board allows, not a repurchase (DHI Group)
        "This left roughly $3.3 million remaining of the current $7 million buyback program, which runs through "
        "May of this year. I would like to note that DHI's Board of Directors has approved a new $5 million share "
        "buyback program, which will begin following the expiration of our current program and run through May "
        "of 2021.",
        date(2020, 5, 5), 2020, None,
        [],
    ),
    (  # a benefit from some sales is a part of revenue, not its level (ResMed, April 2021)
        "Consistent with our prediction during the Q2 earnings call, we derived negligible incremental revenue from "
        "COVID-19-related demand in the March quarter, whereas our prior-year Q3 revenue included an incremental benefit "
        "from COVID-19-related sales of approximately $35 million.",
        date(2021, 4, 29), 2021, None,
        [],
    ),
    (  # what is returned both ways is neither dividends nor buybacks, even with an aside between (Hilton, February 2021)
        "We also demonstrated the power of our business model and disciplined capital allocation strategy by returning "
        "more than $1.7 billion or 8% of our market cap to shareholders in the form of buybacks and dividends.",
        date(2021, 2, 17), 2020, None,
        [],
    ),
    (  # an increment of revenue, named so a few words before it (ResMed, August 2020)
        "We estimate that the incremental net revenue benefit from COVID-19 related impacts was in the order of 20 "
        "million, reflecting estimated incremental ventilator and related accessory revenue of 125 million.",
        date(2020, 8, 6), 2020, None,
        [],
    ),
    (  # a past event of nothing named is no milestone to track (Amphenol, January 2020; McKesson, February 2022) ...
        "Sequentially, our automotive sales increased by 3% in the fourth quarter as we benefited from several new "
        "program launches.",
        date(2020, 1, 29), 2019, "milestone",
        [],
    ),
    (
        "Since its launch in December of 2020, the team has made great progress transforming ideas into realities.",
        date(2022, 2, 2), 2022, "milestone",
        [],
    ),
    (  # ... but a count of things, or a thing named, is (First Industrial, February 2020)
        "In total for 2019, we placed in service 13 buildings totaling 4.4 million square feet with an estimated "
        "investment of $325 million.",
        date(2020, 2, 6), 2019, "milestone",
        [("milestone", "actual", None, None, None, "date", "exact", date(2019, 12, 31), "13 buildings in service")],
    ),
    (  # what a refinancing saves in interest is no cost saving (Comstock, November 2021)
        "Our March and June refinancing transactions have reduced our cost of capital with the $48 million annual savings "
        "in interest payments the free cash flow is being used to reduce our debt.",
        date(2021, 11, 3), 2021, None,
        [],
    ),
    (  # what impacted free cash flow is not free cash flow (DXC, February 2021)
        "As discussed on our prior earnings call, we had cash disbursements of $332 million that impacted free cash flow "
        "related to the HHS sale.",
        date(2021, 2, 2), 2021, None,
        [],
    ),
    (  # the homes a brokerage closed are not its revenue (Vector Group, August 2021) ...
        "In addition, Douglas Elliman reported closed sales of $42.9 billion for the last 12 months ended June 30, 2021.",
        date(2021, 8, 4), 2021, None,
        [],
    ),
    (  # ... nor is "this revenue", the late fees the sentence before named (Northwest Natural, November 2020)
        "At the end of September, this revenue totaled approximately $1 million.",
        date(2020, 11, 6), 2020, None,
        [],
    ),
    (  # ... nor are a region's home sales a utility's (Northwest Natural, November 2020)
        "In the Portland metro region, year-to-date closed home sales were up 3.1% from 2019 with stronger year-over-year "
        "price growth of about 10%.",
        date(2020, 11, 5), 2020, None,
        [],
    ),
    (  # so is what remains under a repurchase plan (CTS, February 2021)
        "We have $13.8 million remaining under our current repurchase plan.",
        date(2021, 2, 8), 2020, None,
        [],
    ),
    (  # or is still available for repurchases (FTI Consulting, April 2020) ...
        "As of the end of the quarter, approximately $116 million remained available for stock repurchases under our "
        "$500 million stock repurchase authorization.",
        date(2020, 4, 30), 2020, None,
        [],
    ),
    (  # ... or is what the authority left stands at (Employers Holdings, April 2021)
        "And finally, during the quarter, we repurchased $10 million of our common stock at an average price of $32.21 "
        "per share, and our remaining share repurchase authority currently stands at just under $19 million.",
        date(2021, 4, 30), 2021, None,
        [("share_repurchase", "actual", 10e6, None, None, "USD", "exact", date(2021, 3, 31), None)],
    ),
    (  # "to be live" is an event (DHI Group, May 2020)
        "We expect these additional features to be live in this second quarter.",
        date(2020, 5, 5), 2020, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 6, 30), "additional features go-live")],
    ),
    (  # the organic growth of revenue per unit is a price's growth, not revenue's (Philip Morris, October 2021)
        "We witnessed good organic growth of plus 5.4% in our net revenue per unit, driven by the increasing weight of "
        "IQOS in our sales mix and pricing on both HTUs and combustibles.",
        date(2021, 10, 19), 2021, None,
        [],
    ),
    (  # a growth rate named directly beats one read off a nearer level's trigger (Philip Morris)
        "We are revising our organic growth outlook for net revenues to plus 6.5 to plus 7%, representing the upper "
        "half of the previous range, and reaffirming the strong outlook for organic OI margin expansion of around "
        "200 basis points.",
        date(2021, 10, 19), 2021, "organic_revenue_growth",
        [("organic_revenue_growth", "guidance", None, 6.5, 7.0, "%", "range", None, None)],
    ),
    (  # a trigger right before the next amount ("margins of 15.5%") is that amount's (Brunswick)
        "When compared with 2020, third quarter net sales were up 16% with adjusted operating margins of 15.5%.",
        date(2021, 10, 28), 2021, None,
        [("revenue_growth", "actual", 16.0, None, None, "%", "exact", date(2021, 9, 30), None),
         ("operating_margin", "actual", 15.5, None, None, "%", "exact", date(2021, 9, 30), None)],
    ),
    (  # a bare "margin" after the measure it is a ratio of is that ratio's (Jabil, Q3 FY2021 ...
        "Core operating income is estimated to be in the range of $280 million to $340 million for a margin range of "
        "approximately 3.8% to 4.3%.",
        date(2021, 6, 17), 2021, None,
        [("operating_margin", "guidance", None, 3.8, 4.3, "%", "range", None, None)],
    ),
    (  # ... Snap-on, Q4 2021)
        "Opco, operating income of $232.2 million was up $16.6 million from last year and the 0I margin was 21%.",
        date(2022, 2, 3), 2021, None,
        [("operating_margin", "actual", 21.0, None, None, "%", "exact", None, None)],
    ),
    (  # a product launch "later this year" is a milestone (FMC, May 2021) ...
        "We are also planning to launch Fluindapyr fungicide in the U.S. for non-crop applications later this year.",
        date(2021, 5, 4), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "Fluindapyr fungicide launch")],
    ),
    (  # ... but cost-cutting actions completed are when savings come, not a milestone (Hexcel, January 2021)
        "We expect that a significant portion of these cost-out actions will be completed as we enter the second half of 2021.",
        date(2021, 1, 26), 2021, None,
        [],
    ),
    (  # the launch of a borrowing facility is finance, and the next sentence's year no date of it (Owens & Minor,
        # January 2020)
        "Secondly, we strengthened our financial position by improving our debt profile with the recently announced "
        "amendment to our credit agreement and the launch of our accounts receivable securitization facility. This "
        "will provide us with the ability to reinvest in our business, allowing for long-term success and "
        "double-digit adjusted EPS growth beyond 2020 Andy will provide additional details during his prepared comments.",
        date(2020, 1, 30), 2019, None,
        [],
    ),
    (  # a reduction in costs is the savings (Bunge, February 2020)
        "Let's turn to slide 9 and SG&A when the company announced its Global Competitiveness Program in July 2017, the "
        "goal was to achieve a reduction in SG&A cost of $250 million by the end of 2020, as compared to its 2017 "
        "addressable SG&A baseline of $1.35 billion.",
        date(2020, 2, 12), 2019, None,
        [("cost_savings", "guidance", 250e6, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # the target a result fell short of is the guidance for the year reported (WESCO, January 2020) ...
        "We were disappointed to fall short of our free cash flow generation target of 90% of net income for the full year.",
        date(2020, 1, 30), 2019, None,
        [("free_cash_flow", "guidance", 90.0, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # ... and the outlook a result beat, for the quarter reported; its one end said is its top (Best Buy, November 2021)
        "Compared to our guidance, enterprise revenue of $11.9 billion exceeded the high end of our revenue outlook of "
        "$11.6 billion, driven by the better-than-expected comparable sales growth of 1.6%.",
        date(2021, 11, 23), 2022, "revenue",
        [("revenue", "actual", 11.9e9, None, None, "USD", "exact", None, None),
         ("revenue", "guidance", 11.6e9, None, 11.6e9, "USD", "up_to", None, None)],
    ),
    (  # what is done with an amount next makes it an outlook, whatever was done before (BankUnited, April 2021) ...
        "We did declare a $0.23 dividend, and currently, we anticipate maintaining that level.",
        date(2021, 4, 22), 2021, None,
        [("dividend", "guidance", 0.23, None, None, "USD/share", "exact", None, None)],
    ),
    (  # ... (the same call)
        "We still have a little less than $40 million left in the buyback, and we plan to execute it against a buyback "
        "opportunistically.",
        date(2021, 4, 22), 2021, None,
        [("share_repurchase", "guidance", 40e6, None, 40e6, "USD", "up_to", None, None)],
    ),
    (  # savings identified are still to come (Thermon, November 2020)
        "We've identified $1.8 million worth of overhead-related cost reductions.",
        date(2020, 11, 5), 2021, None,
        [("cost_savings", "guidance", 1.8e6, None, None, "USD", "exact", None, None)],
    ),
    (  # the rate a company uses for its outlook is an assumption of it (Spectrum Brands, May 2021)
        "For adjusted EPS, we use a tax rate of 25%, including state taxes.",
        date(2021, 5, 7), 2021, None,
        [("tax_rate", "guidance", 25.0, None, None, "%", "exact", None, None)],
    ),
    (  # amounts a measure increased by, each for its own time, are changes, not levels (American Vanguard, November 2020)
        "If we had used the 2019 exchange rates for both the three and nine-month periods of 2020, our reported net sales "
        "would have increased for the three months by $3 million and for the nine months by $7 million.",
        date(2020, 11, 9), 2020, None,
        [],
    ),
    (  # what something adds to revenue is no revenue level (American Vanguard, November 2020) ...
        "We expect that with the addition of Agrinos, the growth of our other biologicals and the expansion of "
        "Envance/TyraTech we should see incremental revenues in year three of $48 million and in year five of $118 million.",
        date(2020, 11, 9), 2020, None,
        [],
    ),
    (  # ... (the same call)
        "Using conservative estimates of market penetration and domestic markets only, we are targeting top line "
        "contribution on the order of $35 million in year three and $131 million in year five.",
        date(2020, 11, 9), 2020, None,
        [],
    ),
    (  # revenue bought with the businesses acquired is not the company's (Lithia Motors, April 2021)
        "This means we could add over $1.2 billion in additional debt, which equals acquiring $4.8 billion in annualized "
        "revenues at our 25% purchase price to revenue metric, while remaining within our targeted range.",
        date(2021, 4, 21), 2021, "revenue",
        [],
    ),
    (  # events said as "launching", "to open", "toward delivery", "will come out" (Best Buy, Cinemark, Highwoods,
        # ResMed) ...
        "Next month, we are launching a new capability, leveraging QR codes for high-velocity products that are locked "
        "up, particularly in areas of high shrink.",
        date(2021, 11, 23), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "launch")],
    ),
    (
        "We also have one more theater open -- to open later this year in Roseville, California, just outside of Sacramento.",
        date(2021, 11, 5), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "opening")],
    ),
    (
        "The team signed 80,000 square feet of leases and toured several prospects through Avion and Midtown Tampa, where "
        "the mixed-use development is racing toward delivery next year and where our new 150,000 square foot office "
        "building is rising directly above an REI, next door to Whole Foods and luxury apartments and down the block "
        "from Shake Shack and two new hotels.",
        date(2020, 10, 28), 2020, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "delivery")],
    ),
    (
        "And of course, we have the new product that will come out in the calendar year.",
        date(2021, 4, 29), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "new product launch")],
    ),
    (  # ... but sites opened by the dozen are business as usual (Humana, July 2021)
        "The home business, CenterWell Senior Primary Care and Conviva are performing slightly ahead of expectations, and "
        "we remain on track to open 20 new clinics this year with Welsh Carson.",
        date(2021, 7, 28), 2021, None,
        [],
    ),
    (  # when the guidance was given is no tense of the figure it gives (DuPont, May 2021)
        "As I've mentioned earlier, from an end market perspective, we're generally that and even above 2019 in those "
        "cases, the full-year guidance that we had out there has our revenue up 6% versus 2019.",
        date(2021, 5, 4), 2021, None,
        [("revenue_growth", "guidance", 6.0, None, None, "%", "exact", date(2021, 12, 31), None)],
    ),
    (  # what a producer said it would spend is its capex plan (Corning, January 2020)
        "So overall, we said we'd spend $6 billion to $8 billion and I think these numbers are really consistent with that.",
        date(2020, 1, 28), 2019, None,
        [("capex", "guidance", None, 6e9, 8e9, "USD", "range", None, None)],
    ),
    (  # a margin said to increase by a percentage is a margin in dollars growing, not a margin (Southwest Gas, November
        # 2021); the capex in the same breath is one
        "At the natural gas operations, we expect operating margin to increase 6% to 8%, pension costs to be relatively "
        "flat, operating income to increase 4% to 6%, up from a previous range of 3% to 5%; COLI earnings to be $5 million "
        "to $7 million and capital expenditures to be $650 million to $675 million.",
        date(2021, 11, 9), 2021, None,
        [("capex", "guidance", None, 650e6, 675e6, "USD", "range", None, "natural gas operations")],
    ),
    (  # a year written against the next word is still the year, and the word still a trigger (Boston Beer, April 2021)
        "We're continuing to evaluate 2021capital expenditures and currently estimate investments of between $250 "
        "million and $350 million, a decrease in our previously communicated range of between $300 million and $400 million.",
        date(2021, 4, 22), 2021, None,
        [("capex", "guidance", None, 250e6, 350e6, "USD", "range", date(2021, 12, 31), None),
         ("capex", "guidance", None, 300e6, 400e6, "USD", "range", date(2021, 12, 31), None)],
    ),
    (  # cash saved on taxes is no cost saving (Standex, October 2020)
        "We expect our tax-related actions to result in cash savings of $2 million to $3 million in fiscal 2021.",
        date(2020, 10, 30), 2021, None,
        [],
    ),
    (  # how much faster than a benchmark a company means to grow is not its growth (MSC Industrial, October 2021)
        "With respect to revenue growth, we're aiming for at least 300 basis points of growth above IP, on our way to 400 "
        "basis points or more for fiscal 2023.",
        date(2021, 10, 20), 2021, None,
        [],
    ),
    (  # "another" amount done or spent is an amount of its own (DXC Technology, February 2022; Comstock, October 2021)
        "We have repurchased $363 million and plan to do another $1 billion over the next 12 months.",
        date(2022, 2, 2), 2022, None,
        [("share_repurchase", "actual", 363e6, None, None, "USD", "exact", None, None),
         ("share_repurchase", "guidance", 1e9, None, None, "USD", "exact", date(2023, 2, 2), None)],
    ),
    (
        "That budget anticipates remaining at five rigs at our current five rigs over the remainder of this year, we "
        "also anticipate spending another $1 million to $2 million on the leasing activities.",
        date(2021, 10, 27), 2021, None,
        [("capex", "guidance", None, 1e6, 2e6, "USD", "range", date(2021, 12, 31), "leasing activities")],
    ),
    (  # what is expected "to commence" is a start; a noun in -ing of something is still the thing (Boston Properties,
        # January 2020; Comstock, October 2021), and so is a certification achieved
        "Later this year we expect to commence on major repositioning of the 50 to 52nd floors of the Prudential Power.",
        date(2020, 1, 29), 2019, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2020, 12, 31), "major repositioning start")],
    ),
    (
        "This process is expected to commence by the end of this year, and we anticipate we'll achieve certification "
        "during the first half of 2022.",
        date(2021, 10, 27), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "process start"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2022, 6, 30), "certification")],
    ),
    (  # "tough comps" are last year's figures to compare with, not comparable sales (Masco, October 2021)
        "In plumbing as I should say, 25% overall, 24% in Q1, 24% in Q2, those are tough comps to go up against.",
        date(2021, 10, 28), 2021, None,
        [],
    ),
    (  # "our tax rate will be about 25%" names the 25%, not the 4% said before it (Beazer Homes)
        "Our interest amortized as a percentage of homebuilding revenue should be around 4% and our tax rate will "
        "be about 25%.",
        date(2021, 7, 29), 2021, None,
        [("tax_rate", "guidance", 25.0, None, None, "%", "approx", None, None)],
    ),
    (  # dividends received from affiliates are not dividends paid (Chevron)
        "Affiliate dividends are expected to be between $2 billion and $3 billion, depending primarily on "
        "commodity prices and margins.",
        date(2022, 1, 28), 2021, None,
        [],
    ),
    (  # an outlook "in the quarter" is for the quarter under way at the call (Xylem, October 2020)
        "Operating margin in the quarter is expected to be in the range of 13 to 13 and a half percent.",
        date(2020, 10, 29), 2020, None,
        [("operating_margin", "guidance", None, 13.0, 13.5, "%", "range", date(2020, 12, 31), None)],
    ),
    (  # "we were able to generate" reports a result (Owens & Minor)
        "Despite this, we were able to generate operating cash flow of $27 million in the quarter.",
        date(2021, 2, 16), 2020, None,
        [("operating_cash_flow", "actual", 27e6, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # revenue "to decline between $8 million and $12 million" is a change, not a level (Synovus)
        "We expect P3 revenue to decline between $8 million and $12 million in the fourth quarter.",
        date(2021, 10, 20), 2021, None,
        [],
    ),
    (  # "than we had expected" compares a result with a forecast: the growth is a result
        "Sales were stronger than we had expected, coming into the quarter with revenues growing by 8% in US dollars.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "actual", 8.0, None, None, "%", "exact", None, None)],
    ),
    (  # retiring a bond is finance, not a milestone; feet of a well are not vehicles a year
        "Again, we want to retire the 7.5% bond by May of 2022. Building on the success of our 15,000-foot "
        "laterals, we now anticipate our average lateral length to increase.",
        date(2021, 11, 2), 2021, None,
        [],
    ),
    (  # so is retiring an amount of debt (Halliburton, January 2022)
        "Finally, we generated strong free cash flow of $1.4 billion and ended the year with $3 billion of cash on hand, "
        "even after the retirement of $685 million of long-term debt in 2021.",
        date(2022, 1, 24), 2021, None,
        [("free_cash_flow", "actual", 1.4e9, None, None, "USD", "exact", date(2021, 12, 31), None),
         ("cash", "actual", 3e9, None, None, "USD", "exact", date(2021, 12, 31), None)],
    ),
    (  # a range of two declines (Xylem, October 2020)
        "On the top line, we expect organic revenues in the range of down 6% to down 8%.",
        date(2020, 10, 29), 2020, None,
        [("organic_revenue_growth", "guidance", None, -8.0, -6.0, "%", "range", None, None)],
    ),
    (  # "and a half" said in words; lowering an estimate is guidance
        "We are lowering our estimated tax rate this year to 18 and a half percent to reflect our updated mix of earnings.",
        date(2020, 10, 29), 2020, None,
        [("tax_rate", "guidance", 18.5, None, None, "%", "exact", date(2020, 12, 31), None)],
    ),
    (  # the trigger after the second 8% is that one's: the first is reported growth (FMC, May 2021)
        "Our 2021 revenue forecast remains in the range of $4.9 billion to $5.1 billion, an increase of 8% at the "
        "midpoint versus 2020 and 8% organic growth.",
        date(2021, 5, 4), 2021, None,
        [("revenue", "guidance", None, 4.9e9, 5.1e9, "USD", "range", date(2021, 12, 31), None),
         ("revenue_growth", "guidance", 8.0, None, None, "%", "exact", date(2021, 12, 31), None),
         ("organic_revenue_growth", "guidance", 8.0, None, None, "%", "exact", date(2021, 12, 31), None)],
    ),
    (  # the call says its earnings are adjusted ones, so plain earnings per share are adjusted EPS
        "Please note that as used in today's discussion, earnings means adjusted earnings and EBITDA means adjusted "
        "EBITDA. FMC full year 2021 earnings are now expected to be in the range of $6.70 and to $7.40 per diluted "
        "share, a year-over-year increase of 14% at the midpoint.",
        date(2021, 5, 4), 2021, None,
        [("adjusted_eps", "guidance", None, 6.7, 7.4, "USD/share", "range", date(2021, 12, 31), None)],
    ),
    (  # the year said before any amount dates the whole outlook (Masco, October 2021)
        "Lastly, we are maintaining our 2021 EPS estimate midpoint, but narrowing the range to $3.67 to $3.73 growth "
        "at the midpoint of the range.",
        date(2021, 10, 28), 2021, None,
        [("eps", "guidance", None, 3.67, 3.73, "USD/share", "range", date(2021, 12, 31), None)],
    ),
    (  # "in January" dates the old estimate and "in 2019" the part already achieved, not the total (A. O. Smith)
        "Total savings are expected to total $55 million an increase of $10 million from our estimate in January "
        "of which $30 million was achieved in 2019.",
        date(2020, 4, 30), 2020, None,
        [("cost_savings", "guidance", 55e6, None, None, "USD", "exact", None, None),
         ("cost_savings", "actual", 30e6, None, None, "USD", "exact", date(2019, 12, 31), None)],
    ),
    (  # when the guidance was issued is not its period (Eversource, November 2021)
        "You can see that we have reiterated the $3.81 to $3.93 EPS guidance that we issued in February.",
        date(2021, 11, 4), 2021, None,
        [("eps", "guidance", None, 3.81, 3.93, "USD/share", "range", None, None)],
    ),
    (  # "this month" and a season are dates; an in-service date is a milestone
        "In August, we announced that Kiewit will commence construction of the project substation this month in "
        "Texas, and that we expect it to be installed in the summer of 2023. BOEM continues to anticipate a COP "
        "decision in July of 2023, which would support a 2025 in-service date.",
        date(2021, 11, 4), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 11, 30), "project substation construction start"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2023, 9, 30), "installation"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2025, 12, 31), "in service")],
    ),
    (  # a list of outlooks after "We anticipate": "from reported year-to-date levels" is a baseline, not a result
        "We anticipate the U.S. marine industry retail unit demand for the full year to improve from reported "
        "year-to-date levels, ending at close to flat versus 2020, net sales of approximately $5.8 billion, adjusted "
        "operating margin growth between 150 and 180 basis points, operating expenses as a percent of sales to remain "
        "lower than 2020, free cash flow in excess of $425 million and adjusted diluted EPS of approximately $8.15, "
        "which represents a 61% increase over 2020.",
        date(2021, 10, 28), 2021, None,
        [("revenue", "guidance", 5.8e9, None, None, "USD", "approx", date(2021, 12, 31), None),
         ("operating_margin", "guidance", None, 150.0, 180.0, "bps", "range", date(2021, 12, 31), None),
         ("free_cash_flow", "guidance", 425e6, 425e6, None, "USD", "at_least", date(2021, 12, 31), None),
         ("adjusted_eps", "guidance", 8.15, None, None, "USD/share", "approx", date(2021, 12, 31), None)],
    ),
    (  # "excluding the impact of" states the basis, it does not make the figure an impact
        "We anticipate our 2021 tax rate to be in the range of 19% to 21% excluding the impact of the pension "
        "settlement and other discrete items.",
        date(2021, 7, 27), 2021, None,
        [("tax_rate", "guidance", None, 19.0, 21.0, "%", "range", date(2021, 12, 31), None)],
    ),
    (  # Snap-on, February 2022: the basis said first makes the growth organic
        "Organically, our sales grew by 2.3%.",
        date(2022, 2, 3), 2021, None,
        [("organic_revenue_growth", "actual", 2.3, None, None, "%", "exact", None, None)],
    ),
    (  # DXC, February 2021: so does "Organic revenues" opening it (of the quarter reported, as it is sequential)
        "Organic revenues increased 2.2% sequentially, primarily reflecting the strength of our analytics and "
        "engineering business.",
        date(2021, 2, 3), 2021, None,
        [("organic_revenue_growth", "actual", 2.2, None, None, "%", "exact", date(2020, 12, 31), None)],
    ),
    (  # ResMed, August 2020: so does "in constant currency terms" (set against the prior-year quarter, the result is
        # of the quarter reported)
        "In constant currency terms, revenue increased by 10% compared to the prior-year quarter.",
        date(2020, 8, 6), 2020, None,
        [("organic_revenue_growth", "actual", 10.0, None, None, "%", "exact", date(2020, 6, 30), None)],
    ),
    (  # a result set against the quarter's, said of "last year", is that quarter's a year before; EPS "excluding" items
        # is adjusted (DHX Media, May 2020)
        "Excluding those items, on a normalized basis, EPS for the quarter was $0.03 versus $0.07 last year.",
        date(2020, 5, 5), 2020, None,
        [("adjusted_eps", "actual", 0.03, None, None, "USD/share", "exact", date(2020, 3, 31), None),
         ("adjusted_eps", "actual", 0.07, None, None, "USD/share", "exact", date(2019, 3, 31), None)],
    ),
    (  # so is a year's: "last year" said in February is the year just reported by the calendar, but set against
        # that year it is the one before (CTS, February 2020)
        "Full year sales were $469 million, compared to $470 million last year.",
        date(2020, 2, 4), 2019, None,
        [("revenue", "actual", 469e6, None, None, "USD", "exact", date(2019, 12, 31), None),
         ("revenue", "actual", 470e6, None, None, "USD", "exact", date(2018, 12, 31), None)],
    ),
    (  # what an aside leaves out ("losses ... on retirement of debt") names no measure and no loss (HCA, July 2021)
        "Diluted earnings per share, excluding losses and gains on sales of facilities and losses on retirement of "
        "debt, increased 35% to $4.37.",
        date(2021, 7, 22), 2021, None,
        [("adjusted_eps", "actual", 4.37, None, None, "USD/share", "exact", None, None)],
    ),
    (  # "U.S." before a sentence opener ends the sentence: the commercial paper issued is no cash (Amphenol, January 2020)
        "At December 31st, cash and short-term investments were $909 million, the majority of which is held outside of "
        "the U.S. And at year end, the Company had issued $395 million under its U.S. and Euro commercial paper programs.",
        date(2020, 1, 22), 2019, None,
        [("cash", "actual", 909e6, None, None, "USD", "exact", date(2019, 12, 31), None)],
    ),
    (  # what moved cash flow, said without a dollar sign, is no level of it (HCA, July 2021)
        "In the prior-year period, cash flow from operations was positively impacted by approximately 5.8 billion due to "
        "CARES Act receipts.",
        date(2021, 7, 22), 2021, None,
        [],
    ),
    (  # what a quarter was ended with is of the quarter reported (Xylem, October 2020)
        "We ended the quarter with approximately $1.6 billion of cash and short-term investments and $2.4 billion of "
        "liquidity driven by our very successful green bond issuance last quarter.",
        date(2020, 10, 29), 2020, None,
        [("cash", "actual", 1.6e9, None, None, "USD", "approx", date(2020, 9, 30), None)],
    ),
    (  # the word a sentence opens with, right before "sales", names the part they are of (HCA, July 2021; Hexcel,
        # January 2021), but a participle does not (DXC, February 2022)
        "Outpatient revenues grew an impressive 59%, reflecting the resurgence in outpatient demand across most categories.",
        date(2021, 7, 22), 2021, None,
        [("revenue_growth", "actual", 59.0, None, None, "%", "exact", None, "Outpatient")],
    ),
    (  # (set against the same quarter a year before: the quarter reported)
        "Industrial sales declined approximately 29% when compared to Q4 2019.",
        date(2021, 1, 26), 2020, None,
        [("revenue_growth", "actual", -29.0, None, None, "%", "approx", date(2020, 12, 31), "Industrial")],
    ),
    (  # "minus" is a sign; and a range "achieved" for a year still running is an outlook: a result is said as one
        # number (DXC, February 2022)
        "Achieved organic revenue growth of minus 1% to minus 2% in FY '22.",
        date(2022, 2, 2), 2022, None,
        [("organic_revenue_growth", "guidance", None, -2.0, -1.0, "%", "range", date(2022, 12, 31), None)],
    ),
    (  # "cash provided by operations" is operating cash flow (A. O. Smith, April 2020)
        "Cash provided by operations of $54 million during the first quarter of 2020 was higher than $22 million in the "
        "same period of 2019 as a result of lower investment in working capital.",
        date(2020, 4, 30), 2020, None,
        [("operating_cash_flow", "actual", 54e6, None, None, "USD", "exact", date(2020, 3, 31), None),
         ("operating_cash_flow", "actual", 22e6, None, None, "USD", "exact", date(2019, 3, 31), None)],
    ),
    (  # short-term investments are no cash (Pzena, October 2020)
        "At quarter end, our financial position remained strong with $49.2 million in cash and cash equivalents as well "
        "as $70.3 million in short-term investments.",
        date(2020, 10, 28), 2020, None,
        [("cash", "actual", 49.2e6, None, None, "USD", "exact", date(2020, 9, 30), None)],
    ),
    (  # "The Company" is the whole company, no subject (Amphenol, January 2020)
        "The Company closed the fourth quarter with sales of $2.151 billion and with GAAP and adjusted diluted EPS of "
        "$1.03 and $0.98, respectively.",
        date(2020, 1, 22), 2019, None,
        [("revenue", "actual", 2.151e9, None, None, "USD", "exact", date(2019, 12, 31), None),
         ("eps", "actual", 1.03, None, None, "USD/share", "exact", date(2019, 12, 31), None),
         ("adjusted_eps", "actual", 0.98, None, None, "USD/share", "exact", date(2019, 12, 31), None)],
    ),
    (  # year-to-date results are of the year up to the quarter reported (Evercore, October 2021)
        "Year-to-date adjusted net revenues of $2.19 billion increased 62% compared to the prior year period.",
        date(2021, 10, 27), 2021, None,
        [("revenue", "actual", 2.19e9, None, None, "USD", "exact", date(2021, 9, 30), None),
         ("revenue_growth", "actual", 62.0, None, None, "%", "exact", date(2021, 9, 30), None)],
    ),
    (  # "from reported year-to-date levels" is a baseline: the outlook is the full year's (Brunswick, October 2021)
        "We anticipate the U.S. marine industry retail unit demand for the full year to improve from reported "
        "year-to-date levels, ending at close to flat versus 2020, net sales of approximately $5.8 billion.",
        date(2021, 10, 28), 2021, None,
        [("revenue", "guidance", 5.8e9, None, None, "USD", "approx", date(2021, 12, 31), None)],
    ),
    (  # a result's "this quarter" is the quarter reported, "last quarter" beside it the one before (Pzena, October 2020)
        "Our operating margin was 44.1% this quarter, increasing from 36.4% last quarter and decreasing from 46.3% in "
        "the third quarter of last year.",
        date(2020, 10, 28), 2020, None,
        [("operating_margin", "actual", 44.1, None, None, "%", "exact", date(2020, 9, 30), None),
         ("operating_margin", "actual", 36.4, None, None, "%", "exact", date(2020, 6, 30), None),
         ("operating_margin", "actual", 46.3, None, None, "%", "exact", date(2019, 9, 30), None)],
    ),
    (  # "since 2014" is where a comparison starts, not the margin's year (Halliburton, January 2022)
        "Our drilling and evaluation division margins remained firmly in double digits throughout 2021 and achieved "
        "full-year margins of 12% for the first time since 2014.",
        date(2022, 1, 24), 2021, None,
        [("operating_margin", "actual", 12.0, None, None, "%", "exact", date(2021, 12, 31), "drilling and evaluation")],
    ),
    (  # what moved sales is no sales level (CTS, February 2020)
        "Foreign currency rates impacted sales unfavorably by $5.1 million.",
        date(2020, 2, 4), 2019, None,
        [],
    ),
    (  # a share "of this growth" is no growth rate (Charles River, August 2021)
        "Approximately 33.4% of this growth was attributable to the comparison to last year's COVID-related revenue "
        "impact from client site closures and disruptions, which reduced research model order activity.",
        date(2021, 8, 4), 2021, None,
        [],
    ),
    (  # the part of a total said to be associated with something is no level of the measure (Cinemark, November 2021)
        "Capital expenditures during the quarter were $24.4 million, of which $13.6 million was associated with new-build "
        "projects that had been committed prior to the COVID-19 pandemic.",
        date(2021, 11, 5), 2021, None,
        [("capex", "actual", 24.4e6, None, None, "USD", "exact", date(2021, 9, 30), None)],
    ),
    (  # an insurer's investment result is no capital investment (ProAssurance, February 2021)
        "From an investment perspective, our consolidated net investment result increased quarter-over-quarter to $26.3 "
        "million, driven by $10.1 million of income from our unconsolidated subsidiaries.",
        date(2021, 2, 23), 2020, None,
        [],
    ),
    (  # IDEX, February 2020: "tax" expected "to be" a percentage is the tax rate
        "We don't expect FX to have a significant impact and for the year, we expect tax to be about 22%.",
        date(2020, 2, 5), 2019, None,
        [("tax_rate", "guidance", 22.0, None, None, "%", "approx", date(2020, 12, 31), None)],
    ),
    (  # "ASU 2016-09" names an accounting standard, not a year
        "We estimate our full year 2021 effective tax rate to be approximately 26.5% excluding the impact of a ASU "
        "2016-09.",
        date(2021, 4, 22), 2021, None,
        [("tax_rate", "guidance", 26.5, None, None, "%", "approx", date(2021, 12, 31), None)],
    ),
    (  # the second change goes on with the first one's decline; excluding currency, it is organic; and of the brand
        # the revenue is of, whose name opens with a lower-case letter (DHI, May 2020)
        "First quarter revenue for eFinancial Careers was $7.2 million, down 6% from the fourth quarter and 10% "
        "year-over-year when excluding the impact of foreign exchange rates.",
        date(2020, 5, 5), 2020, "organic_revenue_growth",
        [("organic_revenue_growth", "actual", -10.0, None, None, "%", "exact", date(2020, 3, 31), "eFinancial Careers")],
    ),
    (  # capex said as a share of sales is a percent, not a growth rate
        "In 2021, we expect capex to be in the range of 4% to 4.5% of sales.",
        date(2021, 7, 27), 2021, None,
        [("capex", "guidance", None, 4.0, 4.5, "%", "range", date(2021, 12, 31), None)],
    ),
    (  # "the 3-year period" is the one the sentence before named (Southwest Gas, November 2021)
        "We highlight our capital expenditure program and funding sources for the three-year period ending December "
        "2023 on Slide 25. To serve new customer growth and ensure the safe and reliable natural gas service our "
        "customers expect, we anticipate capital spending of approximately $2.1 billion over the 3-year period.",
        date(2021, 11, 9), 2021, None,
        [("capex", "guidance", 2.1e9, None, None, "USD", "approx", date(2023, 12, 31), None)],
    ),
    (  # capex said to be a bare percentage is that share of sales too (CTS, February 2020)
        "2020 capex is expected to be in the range of 4% to 5%, closer to our normal levels.",
        date(2020, 2, 4), 2019, None,
        [("capex", "guidance", None, 4.0, 5.0, "%", "range", date(2020, 12, 31), None)],
    ),
    (  # savings said in earnings per share
        "We are still on track to achieve the targeted annualized savings of $0.22 to $0.26 by the end of 2022.",
        date(2021, 7, 27), 2021, None,
        [("cost_savings", "guidance", None, 0.22, 0.26, "USD/share", "range", date(2022, 12, 31), None)],
    ),
    (  # costs eliminated are savings
        "We continue to target eliminating $150 million of annualized overhead costs, including indirect labor.",
        date(2021, 1, 26), 2020, None,
        [("cost_savings", "guidance", 150e6, None, None, "USD", "exact", None, None)],
    ),
    (  # guidance per share, after a sentence about cost savings, is earnings per share
        "We will also continue to pursue the cost savings measures under way to mitigate these circumstances. "
        "Today, we reaffirm guidance for continuing operations in the range of $2.25 per share to $2.45 per share.",
        date(2020, 11, 5), 2020, None,
        [("eps", "guidance", None, 2.25, 2.45, "USD/share", "range", None, None)],
    ),
    (  # the basis said last before a figure is its basis; "per share" may end the first side of a range
        "We expect our consolidated adjusted diluted earnings per share to range from $1.49 to $1.63 per share and "
        "our GAAP diluted earnings per share to range from $1.44 per share to $1.60.",
        date(2022, 3, 8), 2022, None,
        [("adjusted_eps", "guidance", None, 1.49, 1.63, "USD/share", "range", None, None),
         ("eps", "guidance", None, 1.44, 1.60, "USD/share", "range", None, None)],
    ),
    (  # guidance per share after a sentence about a REIT's funds from operations is not EPS
        "So, we are increasing our guidance for 2020 funds from operation by a penny per share at the midpoint, "
        "despite the projected dilution of $0.04 per share from asset sales. Our revised guidance range is $7.47 to "
        "$7.65 per share.",
        date(2020, 10, 28), 2020, None,
        [],
    ),
    (  # a percentage said for another period goes on with the metric
        "Our fiscal 2021 effective tax rate for the first quarter is expected to be approximately 15%, and for the "
        "full year, is expected to be approximately 20%.",
        date(2021, 3, 25), 2020, None,
        [("tax_rate", "guidance", 15.0, None, None, "%", "approx", date(2021, 3, 31), None),
         ("tax_rate", "guidance", 20.0, None, None, "%", "approx", date(2021, 12, 31), None)],
    ),
    (  # increments, risks and shortages are not levels; incremental savings are savings
        "The growing funnel of opportunities in Electronics will deliver an incremental $11 million in sales in the "
        "fiscal year. That should add about $150 million to $200 million to our top line. If you take the second "
        "half of the year, we're probably looking at a $10 million to $15 million risk per quarter in the revenue "
        "side of it. On the structural cost front, we expect to deliver roughly $25 million in incremental savings.",
        date(2021, 10, 26), 2021, None,
        [("cost_savings", "guidance", 25e6, None, None, "USD", "approx", None, None)],
    ),
    (  # a margin that describes a thing is no margin figure (Lithia Motors, April 2021)
        "But in March, we saw double-digit increases in service, body, and parts driven by a 32% increase in our highest "
        "margin customer pay work.",
        date(2021, 4, 28), 2021, None,
        [],
    ),
    (  # ... and neither is a miss (DuPont, May 2021)
        "When we did the fourth-quarter call, Lori and I talked about a $60 million to $80 million miss in sales that we "
        "were expecting in the quarter.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # a tense cue in the next sentence says nothing about this one
        "We continued our share buyback activity during the quarter by repurchasing 2.2 million shares for $128 "
        "million. In addition, we anticipate deploying approximately $150 million in the fourth quarter.",
        date(2021, 10, 27), 2021, None,
        [("share_repurchase", "actual", 128e6, None, None, "USD", "exact", date(2021, 9, 30), None),
         ("share_repurchase", "guidance", 150e6, None, None, "USD", "approx", date(2021, 12, 31), None)],
    ),
    (  # the revenue of businesses to be sold is not the company's
        "We have identified businesses with roughly $500 million in revenues that are not strategic and will not "
        "help us grow.",
        date(2022, 2, 2), 2022, None,
        [],
    ),
    (  # a REIT's same-store growth (Life Storage)
        "Specifically, we expect same-store revenue to grow between 5.5% and 6.5%.",
        date(2021, 4, 29), 2021, None,
        [("revenue_growth", "guidance", None, 5.5, 6.5, "%", "range", None, "same-store")],
    ),
    (  # "continues to be strong" is no outlook for a quarter already reported (Federal Signal, Q3 call)
        "Rental activity and demand for used equipment continues to be strong with rental income in Q3 up 29% year "
        "over year and used equipment sales exceeding $10 million for the third successive quarter.",
        date(2021, 11, 9), 2021, None,
        [("revenue_growth", "actual", 29.0, None, None, "%", "exact", date(2021, 9, 30), None),
         ("revenue", "actual", 10e6, 10e6, None, "USD", "at_least", date(2021, 9, 30), None)],
    ),
    (  # what moved a measure is not its level (Federal Signal, Methode Electronics)
        "Those delays we believe caused an adverse impact on the top line of about $30 million. The year-over-year "
        "quarterly comparisons included a favorable foreign currency impact on sales of $9.7 million in the current "
        "quarter.",
        date(2021, 11, 9), 2021, None,
        [],
    ),
    (  # a development substantially completed, shells completed in two quarters of a year (LXP, May 2021)
        "In Atlanta, our Class A, 910,000 square-foot development project is expected to be substantially completed "
        "this quarter. The shell completions are anticipated late in the first and second quarters in 2022, for the "
        "Ocala and Mount Comfort projects respectively.",
        date(2021, 5, 6), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 6, 30), "completion"),
         # one event with dates listed "respectively": a milestone per date, of the thing listed for it
         ("milestone", "guidance", None, None, None, "date", "exact", date(2022, 3, 31), "Ocala project shell completion"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2022, 6, 30),
          "Mount Comfort project shell completion")],
    ),
    (  # the quarter an outlook is set "well above" is not its own (DuPont, May 2021)
        "For the second-quarter 2021, we expect net sales to be about 3.975 billion, and we expect the operating "
        "EBITDA to be about $1 billion, both at the midpoints of the ranges provided and both well above results in "
        "the second quarter last year.",
        date(2021, 5, 4), 2021, None,
        [("revenue", "guidance", 3.975e9, None, None, "USD", "approx", date(2021, 6, 30), None),
         ("ebitda", "guidance", 1e9, None, None, "USD", "approx", date(2021, 6, 30), None)],
    ),
    (  # but the year said before a baseline amount is that amount's (Humana, July 2021)
        "Well, we are maintaining our full year 2021 adjusted EPS guidance of approximately $21.25 to $21.75 at the "
        "midpoint, representing full year adjusted EPS growth of 16% above the 2020 baseline of $18.50.",
        date(2021, 7, 28), 2021, None,
        [("adjusted_eps", "guidance", None, 21.25, 21.75, "USD/share", "range", date(2021, 12, 31), None),
         ("adjusted_eps", "actual", 18.5, None, None, "USD/share", "exact", date(2020, 12, 31), None)],
    ),
    (  # the results that led to a raised outlook do not date it (Spectrum Brands, May 2021: fiscal year to September)
        "But despite these headwinds, our stellar first half performance and our continued organic growth give us "
        "confidence in again raising our earnings framework to reflect mid-teens net sales and adjusted EBITDA growth, "
        "adjusted free cash flow of $260 million to $280 million.",
        date(2021, 5, 7), 2021, None,
        [("free_cash_flow", "guidance", None, 260e6, 280e6, "USD", "range", None, None)],
    ),
    (  # a buyback said as a share of the company's stock (Donaldson, September 2021)
        "We repurchased 1.9% of our outstanding shares for $142 million. Additionally, we expect to repurchase about 2% "
        "of our shares in fiscal '22, keeping with our multi-decade trend.",
        date(2021, 9, 1), 2021, "share_repurchase",
        [("share_repurchase", "actual", 1.9, None, None, "%", "exact", None, None),
         ("share_repurchase", "actual", 142e6, None, None, "USD", "exact", None, None),
         ("share_repurchase", "guidance", 2.0, None, None, "%", "approx", date(2022, 12, 31), None)],
    ),
    (  # "greater than the record 2020 amount" is growth over a baseline (Southwest Gas, November 2021)
        "At the Centuri Infrastructure business, revenues, excluding Riggs Distler for 2021, are expected to be 1% to 3% "
        "greater than the record 2020 amount.",
        date(2021, 11, 3), 2021, None,
        [("revenue_growth", "guidance", None, 1.0, 3.0, "%", "range", date(2021, 12, 31), "Centuri Infrastructure")],
    ),
    (  # the year of a baseline dates the amount it names (Amphenol, January 2020)
        "For the full year, GAAP diluted EPS was $3.75, a 3% decrease from 2018 GAAP diluted EPS of $3.85.",
        date(2020, 1, 22), 2019, None,
        [("eps", "actual", 3.75, None, None, "USD/share", "exact", date(2019, 12, 31), None),
         ("eps", "actual", 3.85, None, None, "USD/share", "exact", date(2018, 12, 31), None)],
    ),
    (  # retail unit sales are a volume, not revenue (Brunswick, October 2021)
        "The result is a reported 8% decline in main powerboat retail unit sales year-to-date when compared with the "
        "same period in 2020 but still 3% greater than the same period in 2019.",
        date(2021, 10, 28), 2021, None,
        [],
    ),
    (  # a change of margin said from one bound to the other is a range (Donaldson, September 2021)
        "And the guide overall is expecting another year of operating margin growth that comes from relatively flat "
        "gross margin and then leverage on the operating expenses to allow us to drive on an operating margin "
        "improvement from 10 basis points to 70 basis points.",
        date(2021, 9, 1), 2021, None,
        [("operating_margin", "guidance", None, 10.0, 70.0, "bps", "range", None, None)],
    ),
    (  # the revenue of businesses to be sold is not the company's (DXC, February 2022)
        "We recently executed a number of sale agreements and expect to divest businesses and assets with approximately "
        "$500 million of revenue and will generate $500 million of proceeds in the next 12 months.",
        date(2022, 2, 2), 2022, None,
        [],
    ),
    (  # a percentage of revenues said of "it", the metric the sentence before named (Halliburton, January 2022)
        "We believe we thrive in this type of environment and managing or maintaining capex where it is. Look, it's a "
        "5% to 6% of revenues.",
        date(2022, 1, 24), 2021, None,
        [("capex", "guidance", None, 5.0, 6.0, "%", "range", None, None)],
    ),
    (  # what the company is investing is under way, an outlook (Sealed Air, August 2021)
        "Bookings for AUTOBAG and auto box equipment were up more than 50% in the first half of the year, and we're "
        "investing more than $30 million in capacity expansion to help meet the strong demand for our equipment solutions.",
        date(2021, 8, 3), 2021, "capex",
        [("capex", "guidance", 30e6, 30e6, None, "USD", "at_least", None, "capacity expansion")],
    ),
    (  # an oil project's first oil is a milestone (Chevron, January 2022)
        "So a quick update on Anchor. We expect first oil in 2024, and that holds. And finally, Mad Dog 2, where we're "
        "also in a non-op position, is expected to have first oil this year.",
        date(2022, 1, 28), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2024, 12, 31), "first oil"),
         ("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31), "first oil")],
    ),
    (  # a production line that "will come on" at a date (DuPont, May 2021)
        "And that's why our biggest capex program is a new line over in Europe that will come on in 2023.",
        date(2021, 5, 4), 2021, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2023, 12, 31), "online")],
    ),
    (  # a building delivered at a date; savings delivered are no milestone (Highwoods, October 2020; Synovus,
        # October 2021)
        "GlenLake Seven will deliver in early 2021. We're making great progress in planning for the additional $75 "
        "million worth of benefits to be delivered by the end of 2022.",
        date(2020, 10, 28), 2020, "milestone",
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 6, 30), "GlenLake Seven delivery")],
    ),
    (  # "the 2021 first quarter" is a quarter (M.D.C. Holdings, April 2021)
        "Our tax rate decreased from 24.3% to 23.3% for the 2021 first quarter.",
        date(2021, 4, 29), 2021, None,
        [("tax_rate", "actual", 24.3, None, None, "%", "exact", None, None),
         ("tax_rate", "actual", 23.3, None, None, "%", "exact", date(2021, 3, 31), None)],
    ),
    (  # what the company "previously estimated" is its earlier outlook (Cinemark, November 2021)
        "As such, we continue to anticipate spending a highly reduced level of capex in 2021 relative to pre-pandemic "
        "ranges, which we previously estimated at approximately $100 million.",
        date(2021, 11, 5), 2021, None,
        [("capex", "guidance", 100e6, None, None, "USD", "approx", date(2021, 12, 31), None)],
    ),
    (  # the outlook a result is measured against is guidance for the quarter reported, as a superseded outlook is
        # (the DTE precedent); a result "for the quarter" is the quarter reported (WESCO, January 2020)
        "Reported sales in the quarter were up 4.4%, above our implied outlook for growth of approximately 3.5% that we "
        "provided in October. The effective tax rate for the quarter was 22%, slightly higher than our expected rate of 21%.",
        date(2020, 1, 30), 2019, None,
        [("revenue_growth", "actual", 4.4, None, None, "%", "exact", date(2019, 12, 31), None),
         ("revenue_growth", "guidance", 3.5, None, None, "%", "approx", date(2019, 12, 31), None),
         ("tax_rate", "actual", 22.0, None, None, "%", "exact", date(2019, 12, 31), None),
         ("tax_rate", "guidance", 21.0, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # "in line with prior year" is a baseline (WESCO, January 2020)
        "For the first quarter, we are expecting sales growth of 2% to 5%, with operating margins of 3.4% to 3.6%, "
        "approximately in line with prior year and typical seasonality.",
        date(2020, 1, 30), 2019, None,
        [("revenue_growth", "guidance", None, 2.0, 5.0, "%", "range", date(2020, 3, 31), None),
         ("operating_margin", "guidance", None, 3.4, 3.6, "%", "range", date(2020, 3, 31), None)],
    ),
    (  # a segment named in lower case; the quarter of a disclosure is no figure's (ALLETE, November 2021)
        "Consistent with our disclosures in the second quarter, we anticipate our regulated operations segment will be "
        "at the higher end of our guidance range of $2.30 to $2.50 per share.",
        date(2021, 11, 2), 2021, None,
        [("eps", "guidance", None, 2.3, 2.5, "USD/share", "range", None, "regulated operations")],
    ),
    (  # free cash flow said as a share of net income (WESCO, January 2020)
        "We continue to expect to generate free cash flow of at least 90% of net income.",
        date(2020, 1, 30), 2019, "free_cash_flow",
        [("free_cash_flow", "guidance", 90.0, 90.0, None, "%", "at_least", None, None)],
    ),
    (  # what remains of a buyback, dated by when the company intends to use it (DuPont, May 2021)
        "As a reminder, we have about 500 million of repurchase authorization remaining under that program, which we "
        "intend to utilize by June 1 of this year.",
        date(2021, 5, 4), 2021, None,
        [("share_repurchase", "guidance", 500e6, None, None, "USD", "approx", date(2021, 6, 1), None)],
    ),
    (  # what the last twelve months saved is a result, whatever the tense (CTS, July 2021)
        "It would be $0.12 in the last 12 months, and we are looking for more savings as we go forward.",
        date(2021, 7, 27), 2021, None,
        [("cost_savings", "actual", 0.12, None, None, "USD/share", "exact", date(2021, 6, 30), None)],
    ),
    (  # "before year-end" is the end of this year (Philip Morris, October 2021)
        "We also launched in Croatia in Q3, Canada in October, and plan to launch in Ukraine before year-end.",
        date(2021, 10, 19), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "launch")],
    ),
    (  # projects completing, a rollout completing, field trials starting (Brunswick, CTS, Federal Signal)
        "Our accelerated incremental capacity projects remain on track for completion by the second half of 2022.",
        date(2021, 10, 28), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31),
          "accelerated incremental capacity projects completion")],
    ),
    (
        "We expect to complete the rollout to our remaining sites in early 2022.",
        date(2021, 7, 27), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 6, 30), "rollout complete")],
    ),
    (
        "We anticipate field trials to begin in 2022.",
        date(2021, 11, 9), 2021, None,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2022, 12, 31), "field trials")],
    ),
    (  # the tense before a reason is the outlook's, not the reason's (Cigna, February 2022)
        "We expect to deploy approximately $1.4 billion to shareholder dividends, reflecting our meaningful quarterly "
        "dividend of $1.12 per share, a 12% increase on a per-share basis.",
        date(2022, 2, 3), 2021, None,
        [("dividend", "guidance", 1.4e9, None, None, "USD", "approx", None, None),
         ("dividend", "actual", 1.12, None, None, "USD/share", "exact", None, None)],
    ),
    (  # a date an event will not happen by is no milestone (Methode Electronics, December 2021)
        "Keep in mind, those won't launch in Q1 of fiscal '22, but the BDUs and the PDUs do carry much higher margins.",
        date(2021, 12, 2), 2022, "milestone",
        [],
    ),
    (  # "respectively" pairs each amount with the measure listed in its place (DuPont, May 2021)
        "For the quarter, cash flow from operating activities and free cash flow were 378 million and 95 million, "
        "respectively.",
        date(2021, 5, 4), 2021, None,
        [("operating_cash_flow", "actual", 378e6, None, None, "USD", "exact", date(2021, 3, 31), None),
         ("free_cash_flow", "actual", 95e6, None, None, "USD", "exact", date(2021, 3, 31), None)],
    ),
    (  # ... and a measure outside the taxonomy takes its amount with it (Evercore, October 2021)
        "For the third quarter of 2021, net revenues, net income, and EPS on a GAAP basis were $824 million, "
        "$160 million, and $3.74, respectively.",
        date(2021, 10, 27), 2021, None,
        [("revenue", "actual", 824e6, None, None, "USD", "exact", date(2021, 9, 30), None),
         ("eps", "actual", 3.74, None, None, "USD/share", "exact", date(2021, 9, 30), None)],
    ),
    (  # ... with the kind of one measure listed in its place: GAAP, then adjusted (Korn Ferry, March 2022)
        "Our diluted and adjusted diluted EPS was $1.54 and $1.59, respectively, and those were also new highs.",
        date(2022, 3, 8), 2022, None,
        [("eps", "actual", 1.54, None, None, "USD/share", "exact", None, None),
         ("adjusted_eps", "actual", 1.59, None, None, "USD/share", "exact", None, None)],
    ),
    (  # ... reported, then organic (Spectrum Brands, May 2021)
        "Reported and organic net sales increased 28% and 24.3%, respectively.",
        date(2021, 5, 7), 2021, None,
        [("revenue_growth", "actual", 28.0, None, None, "%", "exact", None, None),
         ("organic_revenue_growth", "actual", 24.3, None, None, "%", "exact", None, None)],
    ),
    (  # ... with the segment or region listed in its place (Halliburton, January 2022; DuPont, May 2021)
        "International and North America revenue grew 11% and 10%, respectively, due to strong year in sales and "
        "activity increases across all regions.",
        date(2022, 1, 24), 2021, None,
        [("revenue_growth", "actual", 11.0, None, None, "%", "exact", None, "International"),
         ("revenue_growth", "actual", 10.0, None, None, "%", "exact", None, "North America")],
    ),
    (
        "Sales were up in all three segments, with E&I, M&M and W&P reflecting organic growth of 14%, 8% and 1%, "
        "respectively.",
        date(2021, 5, 4), 2021, None,
        [("organic_revenue_growth", "actual", 14.0, None, None, "%", "exact", None, "E&I"),
         ("organic_revenue_growth", "actual", 8.0, None, None, "%", "exact", None, "M&M"),
         ("organic_revenue_growth", "actual", 1.0, None, None, "%", "exact", None, "W&P")],
    ),
    (  # ... and with the period listed in its place (Amphenol, January 2020)
        "The adjusted EBITDA for the fourth quarter and full year 2019 was $522 million and $2 billion respectively.",
        date(2020, 1, 29), 2019, None,
        [("ebitda", "actual", 522e6, None, None, "USD", "exact", date(2019, 12, 31), None),
         ("ebitda", "actual", 2e9, None, None, "USD", "exact", date(2019, 12, 31), None)],
    ),
    (  # an amount said as a loss is negative, the one compared with it too (Bunge, February 2020)
        "Our reported fourth quarter earnings per share from continuing operations was a loss of $0.48 compared to a "
        "loss of $0.51 in the fourth quarter of 2018.",
        date(2020, 2, 5), 2019, None,
        [("eps", "actual", -0.48, None, None, "USD/share", "exact", date(2019, 12, 31), None),
         ("eps", "actual", -0.51, None, None, "USD/share", "exact", date(2018, 12, 31), None)],
    ),
    (  # net income or loss per share is EPS; "a year ago" is the quarter a year before (Daseke, May 2020)
        "We recognized a net loss for the first quarter of $6.6 million, or $0.13 per diluted share compared to net "
        "income of $1.6 million, or $0.03 per diluted share a year ago.",
        date(2020, 5, 7), 2020, None,
        [("eps", "actual", -0.13, None, None, "USD/share", "exact", date(2020, 3, 31), None),
         ("eps", "actual", 0.03, None, None, "USD/share", "exact", date(2019, 3, 31), None)],
    ),
    (  # the loss said before "or $1.26 per share" is the EPS's; the hedge loss is no figure (Comstock, November 2021)
        "We did report a net loss of $293 million in the quarter or $1.26 per share, but that was all due to the very "
        "large mark-to-market loss on our hedge contracts of $393 million.",
        date(2021, 11, 2), 2021, None,
        [("eps", "actual", -1.26, None, None, "USD/share", "exact", date(2021, 9, 30), None)],
    ),
    (  # "to be exact" says no future; "the quarterly performance" is the reported quarter's (BankUnited, April 2021)
        "The quarterly performance, we reported net income of about $99 million, 98.8% to be exact, $1.06 per share.",
        date(2021, 4, 22), 2021, None,
        [("eps", "actual", 1.06, None, None, "USD/share", "exact", date(2021, 3, 31), None)],
    ),
    (  # "the same period last year" is the reported quarter a year before, and the amount said "from" the
        # one of that period is this quarter's (A. O. Smith, April 2020)
        "As a result first quarter 2020 segment margin of 23.9% improved from 22.2% achieved in the same period last "
        "year.",
        date(2020, 4, 30), 2020, None,
        [("operating_margin", "actual", 23.9, None, None, "%", "exact", date(2020, 3, 31), None),
         ("operating_margin", "actual", 22.2, None, None, "%", "exact", date(2019, 3, 31), None)],
    ),
    (  # "over the $135.5 million" compares with an amount said, it bounds nothing (Charles River, August 2021)
        "Free cash flow was $140.2 million in the second quarter, an increase of 3.5% over the $135.5 million for the "
        "same period last year.",
        date(2021, 8, 4), 2021, None,
        [("free_cash_flow", "actual", 140.2e6, None, None, "USD", "exact", date(2021, 6, 30), None),
         ("free_cash_flow", "actual", 135.5e6, None, None, "USD", "exact", date(2020, 6, 30), None)],
    ),
    (  # a homebuilder's closings are its deliveries, and the old estimate is guidance (M.D.C. Holdings, April 2021)
        "This was slightly below our previously estimated range of 2,200 to 2,400 closings.",
        date(2021, 4, 29), 2021, None,
        [("deliveries", "guidance", None, 2200.0, 2400.0, "units", "range", None, None)],
    ),
    (  # the growth of an amount said of something no metric tracks (lots) is not the last figure's (M.D.C. Holdings)
        "And our closings expected for the year between 10,000 and 11,000, that puts us kind of right on a three-year "
        "supply. So I think it's a good spot to be in. I'd also say that 32,000 is up about 18% year-over-year.",
        date(2021, 4, 29), 2021, None,
        [("deliveries", "guidance", None, 10000.0, 11000.0, "units", "range", date(2021, 12, 31), None)],
    ),
    (  # closings of deals are not deliveries (Lithia, April 2021)
        "So, most importantly, we do what we say we're going to do, and our track record of success is now all about "
        "286 out of 288 successful closings as a company.",
        date(2021, 4, 28), 2021, None,
        [],
    ),
    (  # a change in revenue said in dollars is not the revenue (Southwest Gas, November 2021)
        "As John mentioned earlier, we anticipate $600 million of revenue growth from Riggs Distler through 2024. "
        "Slide 18 highlights our most recent rate case outcomes that will contribute to an increase in revenues of "
        "approximately $66 million during the course of calendar year 2021.",
        date(2021, 11, 9), 2021, None,
        [],
    ),
    (  # DuPont, May 2021
        "At the midpoint of the range provided, we now expect net sales for the year to be about $15.8 billion, which "
        "reflects year-over-year growth of 10%, up from our previous estimate of 8% growth.",
        date(2021, 5, 5), 2021, None,
        [("revenue", "guidance", 15.8e9, None, None, "USD", "approx", date(2021, 12, 31), None),
         ("revenue_growth", "guidance", 10.0, None, None, "%", "exact", date(2021, 12, 31), None),
         ("revenue_growth", "guidance", 8.0, None, None, "%", "exact", date(2021, 12, 31), None)],
    ),
    (  # the previous range of another measure said between is not the last figure's (Southwest Gas, November 2021; the
        # margin's growth is no margin either, see the whole sentence above)
        "At the natural gas operations, we expect operating margin to increase 6% to 8%, pension costs to be "
        "relatively flat, operating income to increase 4% to 6%, up from a previous range of 3% to 5%.",
        date(2021, 11, 9), 2021, "operating_margin",
        [],
    ),
    (  # a percentage near "savings" or "synergies" is no saving unless costs come down by it (Loews, Korn Ferry,
        # Chevron); an expense lower "as a result of the efficiencies" is the expense (Owens & Minor)
        "The economy has been growing well for the past few quarters and the 24-month average savings rate is 14%. "
        "When you think about the cost savings that we put in place, Gary mentioned, about 50% of those relate to "
        "position elimination, the other 50% or other actions. We obviously doubled Noble synergies. Distribution, "
        "selling and administrative expense of $254 million in the current quarter was $9 million lower than in Q4 "
        "of 2018 as a result of the efficiencies, net of investments, to help drive future growth.",
        date(2021, 11, 1), 2021, "cost_savings",
        [],
    ),
    (  # what a proposal awaiting approval would take is no outlook (Eversource, November 2021)
        "Altogether, moving CL&P fully to AMI would involve a capital investment of nearly $500 million we estimate "
        "in meters and communication related technologies. It would involve about $575 million of capital investments "
        "over multi-years from 2022 through 2027.",
        date(2021, 11, 4), 2021, None,
        [],
    ),
    (  # ... nor what it would give (Eversource, November 2021, on an EV program extension filed for approval)
        "The extension would provide investments of nearly $200 million over the next four years, with about $68 million "
        "being capital investments.",
        date(2021, 11, 4), 2021, None,
        [],
    ),
    (  # ... nor what others say of the company (Jabil, June 2021)
        "But there's just less interest, you know, the capital intensity of the business, sometimes people look and go, "
        "geez, you guys run a business at 4% to 5% operating margin with a huge barrier to entry.",
        date(2021, 6, 17), 2021, None,
        [],
    ),
    (  # a spread said around the amount is a range (MSC Industrial, October 2021)
        "And if sales are up mid-single digits, we would expect adjusted operating margin to be in the range of 12%, "
        "also plus or minus 30 basis points.",
        date(2021, 10, 20), 2021, None,
        [("operating_margin", "guidance", None, 11.7, 12.3, "%", "range", None, None)],
    ),
    (  # pre-tax earnings and income are measures of their own, not revenue (Cigna, February 2022; M.D.C., April 2021)
        "Overall, fourth-quarter adjusted revenues were $11.2 billion, adjusted pre-tax earnings were $472 million and "
        "the medical care ratio was 87%. The growth in home sale revenues and margin expansion resulted in a 129% "
        "increase in pre-tax income from our homebuilding operations to $113.5 million.",
        date(2022, 2, 3), 2021, None,
        [("revenue", "actual", 11.2e9, None, None, "USD", "exact", date(2021, 12, 31), None)],
    ),
    (  # operating income said as a percentage of revenues is the operating margin, and not the part left out of it
        # (Southwest Gas, November 2021)
        "And operating income, excluding Riggs Distler, is expected to be 5% to 5.4% of revenues.",
        date(2021, 11, 9), 2021, None,
        [("operating_margin", "guidance", None, 5.0, 5.4, "%", "range", None, None)],
    ),
    (  # gross profit as a percentage of sales is the gross margin; the prior year's is its third quarter's (MSA Safety,
        # October 2021)
        "Gross profit was 42.9% of sales in the quarter compared to 43.4% of sales in the prior year.",
        date(2021, 10, 28), 2021, None,
        [("gross_margin", "actual", 42.9, None, None, "%", "exact", date(2021, 9, 30), None),
         ("gross_margin", "actual", 43.4, None, None, "%", "exact", date(2020, 9, 30), None)],
    ),
    (  # a segment's share of sales is no margin, and operating income in dollars no figure; "The composite material
        # segment" opening a sentence names it (Hexcel, January 2021)
        "The composite material segment represented 76% of total sales and generated a negative 6.2% operating margin "
        "compared to 18.8% margin in the prior year period. Total sales decreased 36%, adjusted operating income was "
        "$72 million, and adjusted diluted earnings per share was $0.25.",
        date(2021, 1, 26), 2020, None,
        [("operating_margin", "actual", -6.2, None, None, "%", "exact", date(2020, 12, 31), "composite material"),
         ("operating_margin", "actual", 18.8, None, None, "%", "exact", date(2019, 12, 31), "composite material"),
         ("revenue_growth", "actual", -36.0, None, None, "%", "exact", None, None),
         ("adjusted_eps", "actual", 0.25, None, None, "USD/share", "exact", None, None)],
    ),
    (  # the time said of the amount compared with is not the figure's (FTI Consulting, April 2020; Snap-on, 2022)
        "Revenues of $604.6 million were up $53.3 million or 9.7% compared to revenues of $551.3 million in the "
        "prior-year quarter.",
        date(2020, 4, 23), 2020, None,
        [("revenue", "actual", 604.6e6, None, None, "USD", "exact", date(2020, 3, 31), None),
         ("revenue_growth", "actual", 9.7, None, None, "%", "exact", date(2020, 3, 31), None),
         ("revenue", "actual", 551.3e6, None, None, "USD", "exact", date(2019, 3, 31), None)],
    ),
    ("Gross margin of 36.5% declined 130 basis points from 37.8% in the fourth quarter of 2020, primarily due to the "
     "higher material and other costs.",
     date(2022, 2, 3), 2021, None,
     [("gross_margin", "actual", 36.5, None, None, "%", "exact", None, None),
      ("gross_margin", "actual", -130.0, None, None, "bps", "exact", None, None),
      ("gross_margin", "actual", 37.8, None, None, "%", "exact", date(2020, 12, 31), None)],
    ),
    (  # the same rate on another basis, and no EPS growth (Amphenol, January 2020)
        "This represents a sales increase versus prior year of 0% to 2% in US dollars and 1% to 3% in local currency, "
        "and a decrease versus prior year adjusted diluted EPS of 2% to 4%.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "guidance", None, 0.0, 2.0, "%", "range", None, None),
         ("revenue_growth", "guidance", None, 1.0, 3.0, "%", "range", None, None)],
    ),
    (  # a time said in a clause of its own dates what that clause says (Corning, January 2020)
        "In 2020, we expect year-over-year sales to be down 5% to 10% as the lower level of sales we experienced in the "
        "second half of 2019 continues throughout the first half of 2020.",
        date(2020, 1, 28), 2019, None,
        [("revenue_growth", "guidance", None, -10.0, -5.0, "%", "range", date(2020, 12, 31), None)],
    ),
    (  # an amount that sizes a business is its revenue, of the business the words between name (Corning, January 2020)
        "2019 GPF sales exceeded $250 million and we are well on our way to building a greater than $500 million gasoline "
        "particulate filter business.",
        date(2020, 1, 28), 2019, None,
        [("revenue", "actual", 250e6, 250e6, None, "USD", "at_least", date(2019, 12, 31), "GPF"),
         ("revenue", "guidance", 500e6, 500e6, None, "USD", "at_least", None, "gasoline particulate filter")],
    ),
    ("We are well on our way to building a $500 million plus GPF business by 2023.",
     date(2020, 1, 28), 2019, None,
     [("revenue", "guidance", 500e6, 500e6, None, "USD", "at_least", date(2023, 12, 31), "GPF")],
    ),
    (  # (Jabil, June 2021; "envision" looks ahead)
        "I said, you know, I can envision us being a $40 billion company at some point.",
        date(2021, 6, 17), 2021, None,
        [("revenue", "guidance", 40e9, None, None, "USD", "exact", None, None)],
    ),
    (  # but business bought or booked is not the size of one (Korn Ferry, March 2022)
        "We had another busy quarter as we wrote a record $33.6 billion of new business, which more than offset the "
        "pressure.",
        date(2022, 3, 9), 2022, "revenue",
        [],
    ),
    (  # a capital program's amount is an outlook, whatever else the sentence says (Eversource, November 2021)
        "That growth is largely driven by our $17 billion five-year capital program and continued strong operational "
        "effectiveness throughout the business.",
        date(2021, 11, 4), 2021, None,
        [("capex", "guidance", 17e9, None, None, "USD", "exact", None, None)],
    ),
    (  # what a producer expects to spend on its operating plan is its capex (Comstock Resources, October 2021)
        "Based on our current operating plan for this year, we expect to spend between $590 million to $630 million, "
        "which will include drilling 52.5 net operated Haynesville wells.",
        date(2021, 10, 27), 2021, None,
        [("capex", "guidance", None, 590e6, 630e6, "USD", "range", date(2021, 12, 31), None)],
    ),
    (  # a quarter still ahead said as past is last year's (Life Storage, May 2021)
        "First quarter same-store revenue accelerated significantly again to 7.3% year-over-year, up 240 basis points "
        "from the 4.9% growth produced in the fourth quarter.",
        date(2021, 5, 6), 2021, None,
        [("revenue_growth", "actual", 7.3, None, None, "%", "exact", date(2021, 3, 31), "same-store"),
         ("revenue_growth", "actual", 4.9, None, None, "%", "exact", date(2020, 12, 31), "same-store")],
    ),
    (  # a decline said as a noun with words before it is negative (Amphenol, January 2020)
        "And then for the first quarter, we anticipate a relatively normal seasonal sequential decline of approximately "
        "25% in sales.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "guidance", -25.0, None, None, "%", "approx", date(2020, 3, 31), None)],
    ),
    (  # an organic decline is organic, though "revenue decline" is nearer the amount (Standex, April 2021)
        "This reflects organic revenue decline of 8.2% year-on-year, mostly due to the economic impact of the COVID-19 "
        "pandemic.",
        date(2021, 4, 30), 2021, None,
        [("organic_revenue_growth", "actual", -8.2, None, None, "%", "exact", None, None)],
    ),
    (  # ... but the share of growth an acquisition brought, said in dollars and again as a percentage, is no organic
        # growth (Standex, April 2021)
        "Electronics segment revenue increased $8.7 million or 18.6% year-on-year, reflecting a 3.9% organic growth rate "
        "with strength in the Magnetics product line and $5.9 million from the recent Renco acquisition or approximately "
        "12.6%.",
        date(2021, 4, 30), 2021, None,
        [("revenue_growth", "actual", 18.6, None, None, "%", "exact", None, "Electronics"),
         ("organic_revenue_growth", "actual", 3.9, None, None, "%", "exact", None, "Electronics")],
    ),
    (  # two amounts joined by "and" are two figures, each with its own time (Hexcel, January 2021)
        "Free cash flow for the fourth quarter of 2020 was $104.3 million and $213.7 million for the year.",
        date(2021, 1, 26), 2020, None,
        [("free_cash_flow", "actual", 104.3e6, None, None, "USD", "exact", date(2020, 12, 31), None),
         ("free_cash_flow", "actual", 213.7e6, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # a decline said in dollars, then as a percentage after "or" (Fresh Del Monte, May 2021)
        "For the first quarter of 2021, net sales decreased $30 million or 5% compared with the prior year period.",
        date(2021, 5, 4), 2021, "revenue_growth",
        [("revenue_growth", "actual", -5.0, None, None, "%", "exact", date(2021, 3, 31), None)],
    ),
    (  # words between the decline and the amount (Amphenol, January 2020; MSA Safety, October 2021) ...
        "For the full year 2019, our sales were down slightly from prior year, but were down organically by 9% as the "
        "benefits of our acquisitions completed earlier in the year were offset by the dynamics I just mentioned.",
        date(2020, 1, 22), 2019, None,
        [("organic_revenue_growth", "actual", -9.0, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # the market a measure is said of comes before its basis said after the amount (Amphenol, January 2020)
        "For the full year 2019, our sales in the IT Datacom market were flat from prior year -- prior year in US dollars, "
        "and down by 3% organically.",
        date(2020, 1, 22), 2019, None,
        [("organic_revenue_growth", "actual", -3.0, None, None, "%", "exact", date(2019, 12, 31), "IT Datacom")],
    ),
    (  # a decline said "from prior year" before its "by", and beside what was expected (Amphenol, January 2020)
        "Sales in this market decreased from prior year by a bit more than expected 20% in US dollars and 31% "
        "organically, as we were impacted by reduced demand from both OEMs and operators.",
        date(2020, 1, 22), 2019, "organic_revenue_growth",
        [("organic_revenue_growth", "actual", -31.0, None, None, "%", "exact", None, None)],
    ),
    (  # the verb right after "sales" says the change, however far before the percentage it is (Amphenol, January 2020)
        "Sales in this market decreased from prior year by a bit more than expected 20% in US dollars and 31% "
        "organically, as we were impacted by reduced demand from both OEMs and operators.",
        date(2020, 1, 22), 2019, "revenue_growth",
        [("revenue_growth", "actual", -20.0, None, None, "%", "exact", None, None)],
    ),
    (
        "And sales in the fourth quarter increased by a stronger than anticipated 15% as overall demand from commercial "
        "aircraft manufacturers continued to be robust.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "actual", 15.0, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # a subject that ends a longer name is that name (ALLETE, November 2021)
        "We continue to expect that ALLETE Clean Energy and our corporate other businesses to be at the lower end of our "
        "guidance range of $0.70 to $0.80 per share.",
        date(2021, 11, 3), 2021, None,
        [("eps", "guidance", None, 0.7, 0.8, "USD/share", "range", None, "ALLETE Clean Energy")],
    ),
    (  # a measure said after the amount, with what it represents, is the next amount's: liquidity is no cash (M.D.C.
        # Holdings, April 2021)
        "Our total availability liquidity at the end of the first quarter was over $1.9 billion, with cash and cash "
        "equivalents representing over $750 million of that figure.",
        date(2021, 4, 29), 2021, None,
        [("cash", "actual", 750e6, 750e6, None, "USD", "at_least", date(2021, 3, 31), None)],
    ),
    (  # a running total "so far" is of no quarter, not even the one the sentence opens with (CTS, July 2021)
        "In the last quarter, we generated $0.03 of EPS in savings from our restructuring program announced in the third "
        "quarter of 2020, bringing the total savings to $0.12 of EPS so far.",
        date(2021, 7, 27), 2021, None,
        [("cost_savings", "actual", 0.03, None, None, "USD/share", "exact", date(2021, 6, 30), None),
         ("cost_savings", "actual", 0.12, None, None, "USD/share", "exact", None, None)],
    ),
    (  # "Opco" is the operating company, the whole of it; an "OI margin" is the operating margin, and so is its rise
        # (Snap-on, February 2022)
        "Opco OI margins of 21%, a record high in the midst of multiple challenges, up 90 basis points from last year and "
        "up substantially more from 2019.",
        date(2022, 2, 3), 2021, None,
        [("operating_margin", "actual", 21.0, None, None, "%", "exact", None, None),
         ("operating_margin", "actual", 90.0, None, None, "bps", "exact", None, None)],
    ),
    (  # ... but the margin named right after an amount is that amount's (Snap-on, February 2022)
        "And if you look at our numbers, up, what, 15% -- 13% over pre-pandemic levels, 21% OI margin.",
        date(2022, 2, 3), 2021, None,
        [("operating_margin", "actual", 21.0, None, None, "%", "exact", None, None)],
    ),
    (  # a result "in a quarter" (as transcribed) is the quarter reported (Snap-on, February 2022)
        "Reported sales in a quarter of $1,108.3 million were up 3.2%, including $12.2 million from acquisitions being "
        "offset by $3 million of unfavorable foreign currency exchange.",
        date(2022, 2, 3), 2021, None,
        [("revenue", "actual", 1108.3e6, None, None, "USD", "exact", date(2021, 12, 31), None),
         ("revenue_growth", "actual", 3.2, None, None, "%", "exact", date(2021, 12, 31), None)],
    ),
    (  # PVP, an insurer's present value of new business production, is no revenue, nor its growth revenue growth
        # (Assured Guaranty, February 2020)
        "The year 2019 was both outstanding and transformative for Assured Guaranty with revenue of financial guaranty "
        "business totaling $463 million in PVP, by far our best direct production results since 2009.",
        date(2020, 2, 28), 2019, None,
        [],
    ),
    (
        "Dramatic growth in our direct international infrastructure and global structured finance businesses drove a 65% "
        "year-over-year increase in total direct PVP.",
        date(2020, 2, 28), 2019, None,
        [],
    ),
    (  # a homebuilder's closings are homes, not revenue (Beazer Homes, April 2021)
        "Homebuilding revenue increased about 12% to $547 million on 9% higher closings.",
        date(2021, 4, 29), 2021, None,
        [("revenue_growth", "actual", 12.0, None, None, "%", "approx", None, "Homebuilding"),
         ("revenue", "actual", 547e6, None, None, "USD", "exact", None, "Homebuilding")],
    ),
    (  # what is sold may be named in four words (MSC Industrial, October 2021)
        "Our non-safety and non-janitorial product lines grew 20%, while sales of safety and janitorial products declined "
        "roughly 14%.",
        date(2021, 10, 20), 2021, None,
        [("revenue_growth", "actual", -14.0, None, None, "%", "approx", None, "safety and janitorial products")],
    ),
    (  # the time of what is left out does not date the result (ResMed, April 2021)
        "Excluding the impact of COVID-19-related sales in the prior-year quarter, global device sales declined by 3% in "
        "constant-currency terms.",
        date(2021, 4, 29), 2021, None,
        [("organic_revenue_growth", "actual", -3.0, None, None, "%", "exact", None, None)],
    ),
    (  # what a growth "was increased by" moved it, and is no growth of its own (Charles River, August 2021)
        "Organic revenue growth of 24.1% was increased by approximately 8%, when compared to last year's COVID-19 impact "
        "in the second quarter of 2020.",
        date(2021, 8, 4), 2021, None,
        [("organic_revenue_growth", "actual", 24.1, None, None, "%", "exact", None, None)],
    ),
    (  # a change said "with" a quarter is set against it: neither the change nor the level is that quarter's (A. O.
       # Smith, April 2020)
        "Rest of the World segment sales of $110 million declined 53% with the same quarter in 2019.",
        date(2020, 4, 30), 2020, None,
        [("revenue", "actual", 110e6, None, None, "USD", "exact", None, "Rest of the World"),
         ("revenue_growth", "actual", -53.0, None, None, "%", "exact", None, "Rest of the World")],
    ),
    (  # ... and so is a change "compared to the same quarter of fiscal year '20" (Methode, March 2021)
        "On a weekly run rate basis and excluding the foreign currency impact, net sales were up a solid 7.6%, compared "
        "to the same quarter of fiscal year '20.",
        date(2021, 3, 4), 2021, None,
        [("revenue_growth", "actual", 7.6, None, None, "%", "exact", None, None)],
    ),
    (  # ... but what impacted a margin is not its change (MSA Safety, October 2021; Thermon, November 2020)
        "Gross profit margin was negatively impacted by 120 basis points for deal-related costs and amortization.",
        date(2021, 10, 28), 2021, None,
        [],
    ),
    (
        "And gross margins were positively impacted by 63 bps due to the Canadian Emergency Wage Subsidy program.",
        date(2020, 11, 5), 2021, None,
        [],
    ),
    (  # the same amount for another period is another figure (Northwest Natural, November 2020)
        "For the quarter, we reported a net loss from continuing operations of $18.7 million or $0.61 per share compared "
        "to a net loss of $18.5 million or $0.61 per share for the same period in 2019.",
        date(2020, 11, 5), 2020, None,
        [("eps", "actual", -0.61, None, None, "USD/share", "exact", date(2020, 9, 30), None),
         ("eps", "actual", -0.61, None, None, "USD/share", "exact", date(2019, 9, 30), None)],
    ),
    (  # revenue per contract is no revenue, nor its growth revenue growth (Service Corporation, November 2021)
        "On the core funeral home sales production front, we saw average revenue per contract increase by almost 8% to "
        "over $6,000 as an increasing percentage of our preneed customers are choosing some form of service.",
        date(2021, 11, 3), 2021, None,
        [],
    ),
    (  # a margin that doubled is twice what it was, not a margin of 100% (Fresh Del Monte, May 2021)
        "Avocado gross profit margin doubled during the quarter and achieved the double digits.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # an EBITDAX margin is no operating margin (Comstock Resources, February 2022)
        "Highlighting our attractive cost structure, we achieved a 78% EBITDAX margin, one of the highest in the industry.",
        date(2022, 2, 15), 2021, None,
        [],
    ),
    (  # a segment talked about under its possessive is that segment (Vector Group, August 2021)
        "Now turning to Douglas Elliman's financial performance for the three, six and last 12 months ended June 30, 2021. "
        "For the second quarter of 2021, Douglas Elliman reported net income of $43.2 million and adjusted EBITDA of "
        "$45.3 million.",
        date(2021, 8, 4), 2021, None,
        [("ebitda", "actual", 45.3e6, None, None, "USD", "exact", date(2021, 6, 30), "Douglas Elliman")],
    ),
    (  # the growth of expenses in constant currency is no organic revenue growth (ResMed, April 2021) ...
        "Our SG&A expenses for the third quarter were $160 million, a decrease of 7%, or in constant-currency terms, SG&A "
        "expenses decreased by 11% compared to the prior-year period.",
        date(2021, 4, 29), 2021, None,
        [],
    ),
    (  # ... nor when the basis opens the clause of the amount (ResMed, April 2021) ...
        "R&D expenses for the quarter were $56 million, an increase of 9%, on a constant-currency basis, an increase of 3%.",
        date(2021, 4, 29), 2021, None,
        [],
    ),
    (  # ... nor is a rate of occupancy "organically" (RPT Realty, May 2021) ...
        "So that will be a moving target that will impact occupancy, well, organically, again, 91.5%, 91.5% for the year.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # ... but sales in a market and in local currency are still sales (Amphenol, January 2020)
        "For the full year 2019, our sales in the automotive market grew by 3% in US dollars and 6% in local currency, but "
        "were down by 2% organically.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "actual", 3.0, None, None, "%", "exact", date(2019, 12, 31), "automotive"),
         ("revenue_growth", "actual", 6.0, None, None, "%", "exact", date(2019, 12, 31), "automotive"),
         ("organic_revenue_growth", "actual", -2.0, None, None, "%", "exact", date(2019, 12, 31), "automotive")],
    ),
    (  # ... however many words name the market (Amphenol, January 2020)
        "For the full year 2019, sales in the mobile devices market decreased by 20%, and as we discussed extensively at "
        "the time of our first quarter earnings release, our reduction in sales for both the fourth quarter and the full "
        "year were driven really by changes in available content.",
        date(2020, 1, 22), 2019, None,
        [("revenue_growth", "actual", -20.0, None, None, "%", "exact", date(2019, 12, 31), "mobile devices")],
    ),
    (  # ... and so are sales of a country named by its initials (WESCO, January 2020)
        "Sales were up 10% in the quarter with the U.S. up 11% and Canada down 7%, partly related to the nonrenewal of a "
        "contract that we exited in late 2018.",
        date(2020, 1, 30), 2019, None,
        [("revenue_growth", "actual", 10.0, None, None, "%", "exact", date(2019, 12, 31), None),
         ("revenue_growth", "actual", 11.0, None, None, "%", "exact", date(2019, 12, 31), "U.S."),
         ("revenue_growth", "actual", -7.0, None, None, "%", "exact", date(2019, 12, 31), "Canada")],
    ),
    (  # ... and so are sales to a market's customers, which name the market; what they bounced back from is only the
        # comparison's time (CTS, July 2021) ...
        "Sales to transportation customers bounced back 88% compared with the pandemic-driven lows in the second "
        "quarter of 2020.",
        date(2021, 7, 27), 2021, None,
        [("revenue_growth", "actual", 88.0, None, None, "%", "exact", None, "transportation")],
    ),
    (  # ... and so are revenues of what is named between the amount and the trigger after it (Cinemark, November 2021)
        "Driven by expanded theater openings and increased availability of new film -- new commercial film content, our "
        "third quarter international attendance grew 128% versus 2Q '21 to 9.2 million patrons, which generated $30.2 "
        "million of admissions revenues and $21.6 million in concession revenues.",
        date(2021, 11, 5), 2021, "revenue",
        [("revenue", "actual", 30.2e6, None, None, "USD", "exact", date(2021, 9, 30), "admissions"),
         ("revenue", "actual", 21.6e6, None, None, "USD", "exact", date(2021, 9, 30), "concession")],
    ),
    (  # ... and so is the growth in sales of what is named between the change and the trigger (Lithia Motors, April
        # 2021; "new" only qualifies, and the lists of parts with no trigger of their own say no measure)
        "These increases were driven by a 29% increase in new vehicle sales, a 32% increase in used vehicle sales, a 30% "
        "increase in F&I revenue, and a slight increase in service, body, and parts revenues.",
        date(2021, 4, 28), 2021, "revenue_growth",
        [("revenue_growth", "actual", 29.0, None, None, "%", "exact", None, None),
         ("revenue_growth", "actual", 32.0, None, None, "%", "exact", None, "used vehicle"),
         ("revenue_growth", "actual", 30.0, None, None, "%", "exact", None, "F&I")],
    ),
    (  # ... and so are sales of the products or line of business named between the measure and its verb, but not an
        # amount said after it (Korn Ferry, March 2022)
        "By line of business, fee revenue growth for executive search was up 42% year over year, while RPO and "
        "professional search was up 98%.",
        date(2022, 3, 9), 2022, None,
        [("revenue_growth", "actual", 42.0, None, None, "%", "exact", None, "executive search"),
         ("revenue_growth", "actual", 98.0, None, None, "%", "exact", None, "RPO")],
    ),
    (  # "organic" said inside the measure's words makes it organic; the segments a reason names are not what grew, the
        # core products are (MSA Safety, October 2021)
        "Our core organic product revenue increased 9% and driven by growth across our fire service and industrial PPE "
        "segments, partially offset by lower fixed gas and flame detection business, which was impacted by supply "
        "constraints.",
        date(2021, 10, 28), 2021, None,
        [("organic_revenue_growth", "actual", 9.0, None, None, "%", "exact", None, "core products")],
    ),
    (  # a part of the company that grew grew its sales (Zimmer Biomet, February 2020) ...
        "In Q4, our global knee business grew 4.9% with improved execution in new product launches.",
        date(2020, 2, 4), 2019, None,
        [("revenue_growth", "actual", 4.9, None, None, "%", "exact", date(2019, 12, 31), "global knee")],
    ),
    (  # ... said in a relative clause too (Xylem, October 2020)
        "And we saw continued strength in our treatment business which grew 3% in the quarter.",
        date(2020, 10, 29), 2020, None,
        [("revenue_growth", "actual", 3.0, None, None, "%", "exact", date(2020, 9, 30), "treatment")],
    ),
    (  # ... and so does one it doubles (Sealed Air, August 2021)
        "We're ahead of our plan to double our equipment business in the next three years.",
        date(2021, 8, 4), 2021, None,
        [("revenue_growth", "guidance", 100.0, None, None, "%", "exact", date(2024, 8, 4), "equipment")],
    ),
    (  # ... and the sales opening the next clause are that clause's amount's (CTS, February 2020)
        "Sales to transportation customers declined by 11% and sales to other end markets, increased by 7.9%.",
        date(2020, 2, 4), 2019, None,
        [("revenue_growth", "actual", -11.0, None, None, "%", "exact", None, "transportation"),
         ("revenue_growth", "actual", 7.9, None, None, "%", "exact", None, "other end markets")],
    ),
    (  # what the company earned per share is its earnings per share (Federal Signal, October 2021) ...
        "On an overall GAAP basis, we therefore earned $0.47 per share in Q3 this year compared with $0.41 per share in "
        "Q3 last year.",
        date(2021, 10, 28), 2021, None,
        [("eps", "actual", 0.47, None, None, "USD/share", "exact", date(2021, 9, 30), None),
         ("eps", "actual", 0.41, None, None, "USD/share", "exact", date(2020, 9, 30), None)],
    ),
    (  # ... and what it earned through a part of it is that part's (Eversource, November 2021) ...
        "Our electric transmission business earned $0.40 per share in the third quarter of 2021 compared with earnings "
        "of $0.36 in the third quarter of last year, reflecting a higher level of necessary investment in our "
        "transmission facilities.",
        date(2021, 11, 3), 2021, None,
        [("eps", "actual", 0.40, None, None, "USD/share", "exact", date(2021, 9, 30), "electric transmission"),
         ("eps", "actual", 0.36, None, None, "USD/share", "exact", date(2020, 9, 30), "electric transmission")],
    ),
    (  # ... named with an aside, or the parent's (Eversource, November 2021)
        "Our water distribution business, Aquarion, earned $0.05 per share in the third quarter of 2021 compared with "
        "earnings of $0.07 in the third quarter of 2020. Our parent and other earned $0.01 per share in the third "
        "quarter of 2021 compared with earnings of $0.03 in the third quarter of 2020.",
        date(2021, 11, 3), 2021, None,
        [("eps", "actual", 0.05, None, None, "USD/share", "exact", date(2021, 9, 30), "water distribution"),
         ("eps", "actual", 0.07, None, None, "USD/share", "exact", date(2020, 9, 30), "water distribution"),
         ("eps", "actual", 0.01, None, None, "USD/share", "exact", date(2021, 9, 30), "parent and other"),
         ("eps", "actual", 0.03, None, None, "USD/share", "exact", date(2020, 9, 30), "parent and other")],
    ),
    (  # "last year in the second quarter" is that quarter of last year (Comfort Systems, April 2021)
        "We earned $1.08 last year in the second quarter.",
        date(2021, 4, 29), 2021, None,
        [("eps", "actual", 1.08, None, None, "USD/share", "exact", date(2020, 6, 30), None)],
    ),
    (  # "grew" says growth as "increased" does (Cigna, February 2022) ...
        "We grew adjusted revenues by 14% in 2021 as Evernorth's corporate clients, health plans, governmental agencies, "
        "and healthcare delivery system partners increasingly recognized the value of our services.",
        date(2022, 2, 3), 2021, None,
        [("revenue_growth", "actual", 14.0, None, None, "%", "exact", date(2021, 12, 31), None)],
    ),
    (  # ... and two capitalised words opening the sentence name the part that grew (Xylem, October 2020)
        "Western Europe grew 2% in the quarter as countries reopened and activity resumed, with revenue growing in each of "
        "our end markets with the exception of industrial.",
        date(2020, 10, 29), 2020, None,
        [("revenue_growth", "actual", 2.0, None, None, "%", "exact", date(2020, 9, 30), "Western Europe")],
    ),
    (  # ... but grown reserves are no sales, nor is their value revenue (Comstock Resources, February 2022)
        "On the wells we put to sales at an average IP rate of 23 million cubic feet equivalent per day, we grew our SEC "
        "proved reserves by 9% to 6.1 Tcfe with a PV-10 value of $6.8 billion.",
        date(2022, 2, 15), 2021, None,
        [],
    ),
    (  # the time said with the amount compared against dates only that amount; the words after the year name what is
        # sold (Hexcel, January 2021)
        "2020 commercial aerospace sales were about $822 million compared to $1.6 billion in 2019, a decline of almost 50%.",
        date(2021, 1, 26), 2020, None,
        [("revenue", "actual", 822e6, None, None, "USD", "approx", date(2020, 12, 31), "commercial aerospace"),
         ("revenue", "actual", 1.6e9, None, None, "USD", "exact", date(2019, 12, 31), "commercial aerospace"),
         ("revenue_growth", "actual", -50.0, None, None, "%", "approx", date(2020, 12, 31), "commercial aerospace")],
    ),
    (  # an organic increase, an organic gain (Snap-on, February 2022)
        "Sales of $4,252 million, up 18.4%, including an organic increase of 15.1% compared to last year and a 14.14% "
        "organic gain over 2019, strong numbers.",
        date(2022, 2, 3), 2021, None,
        [("revenue", "actual", 4252e6, None, None, "USD", "exact", None, None),
         ("revenue_growth", "actual", 18.4, None, None, "%", "exact", None, None),
         ("organic_revenue_growth", "actual", 15.1, None, None, "%", "exact", None, None),
         ("organic_revenue_growth", "actual", 14.14, None, None, "%", "exact", None, None)],
    ),
    (  # a measure said as the reason is not the amount's (Standex, October 2020; Eagle Materials, October 2021)
        "Scientific segment revenue increased approximately $1.9 million or 13% year-on-year, reflecting organic growth in "
        "end markets, especially retail pharmaceutical chains. Operating earnings in the sector increased 39% to $67 "
        "million, reflecting higher net sales prices.",
        date(2020, 10, 29), 2021, None,
        [("revenue_growth", "actual", 13.0, None, None, "%", "exact", None, "Scientific")],
    ),
    (  # ... nor is an amount said in the reason for the measure's own amount (HCA, July 2021; Standex, April 2021,
        # the sentence cut before the percentage the acquisition's $5.9 million is said again as)
        "Inpatient revenues increased 20%, driven by a 17.5% admission growth. Electronics segment revenue increased $8.7 "
        "million or 18.6% year-on-year, reflecting a 3.9% organic growth rate with strength in the Magnetics product "
        "line and $5.9 million from the recent Renco acquisition.",
        date(2021, 7, 22), 2021, None,
        [("revenue_growth", "actual", 20.0, None, None, "%", "exact", None, "Inpatient"),
         ("revenue_growth", "actual", 18.6, None, None, "%", "exact", None, "Electronics"),
         ("organic_revenue_growth", "actual", 3.9, None, None, "%", "exact", None, "Electronics")],
    ),
    (  # an acquisition's sales left out name no subject, and left out first (opening the sentence, or the clause after
        # a level) make the growth organic (CTS, February 2020)
        "In the fourth quarter, our sales declined 4.2% to $115 million, excluding sales from the QTI acquisition, sales "
        "declined 8.8%. Excluding sales from the QTI acquisition, sales declined 2.3% for the year. The integration of "
        "the QTI business is tracking to our plans.",
        date(2020, 2, 4), 2019, None,
        [("revenue_growth", "actual", -4.2, None, None, "%", "exact", date(2019, 12, 31), None),
         ("revenue", "actual", 115e6, None, None, "USD", "exact", date(2019, 12, 31), None),
         ("organic_revenue_growth", "actual", -8.8, None, None, "%", "exact", date(2019, 12, 31), None),
         ("organic_revenue_growth", "actual", -2.3, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # what it doubled is the baseline, not the amount's time (Beazer Homes, April 2021)
        "Interest amortized as a percentage of homebuilding revenue was 4.4% down 20 basis points, and that led to net "
        "income from continuing operations of $24.6 million, yielding earnings per share of $0.81, more than double the "
        "same period last year.",
        date(2021, 4, 29), 2021, "eps",
        [("eps", "actual", 0.81, None, None, "USD/share", "exact", None, None)],
    ),
    (  # what is drawn on a credit facility is borrowed, not free cash flow (Comstock Resources, November 2021)
        "We had $525 million drawn on our revolving credit facility at the end of the quarter and we expect to use our "
        "free cash flow and proceeds from the Bakken sale to further pay down that balance during the rest of the year.",
        date(2021, 11, 2), 2021, None,
        [],
    ),
    (  # net income, tracked only per share, is no revenue however near revenues it is said (Vector Group, August 2021)
        "For the last 12 months ended June 30, 2021, Douglas Elliman reported $1.14 billion in revenues, $83 million in "
        "net income and $92.4 million in adjusted EBITDA.",
        date(2021, 8, 4), 2021, "revenue",
        [("revenue", "actual", 1.14e9, None, None, "USD", "exact", date(2021, 6, 30), "Douglas Elliman")],
    ),
    (  # dividends received are no dividend the company pays, and no buyback either (Loews, November 2021; Worthington,
        # March 2021)
        "During the quarter, as Jim mentioned, we repurchased 6.2 million shares of our common stock for $333 million "
        "and we received about $92 million in dividends from CNA. During the quarter, we received $18 million in "
        "dividends from our unconsolidated JVs.",
        date(2021, 11, 1), 2021, None,
        [("share_repurchase", "actual", 333e6, None, None, "USD", "exact", date(2021, 9, 30), None)],
    ),
    (  # ... nor are dividends paid out of a subsidiary abroad to bring cash home (A. O. Smith, April 2020)
        "Through April we have completed $200 million of dividends out of China and we have repatriated $125 million to "
        "the U.S.",
        date(2020, 4, 28), 2020, None,
        [],
    ),
    (  # ... or by a subsidiary to its holding company (MGIC, August 2021)
        "Second, we paid a $150 million dividend from MGIC to our holding company.",
        date(2021, 8, 4), 2021, None,
        [],
    ),
    (  # the amount a change in the measure comes to is the change, not the level (Boston Beer, April 2021; Vector Group,
        # August 2021)
        "In the first quarter of 2020, we recorded pre-tax COVID-19-related reduction in net revenue and increases in "
        "costs, that total $10 million or $0.60 per diluted share. The $283.8 million increase in revenues was a result of "
        "an increase of $266.8 million in the Real Estate segment and $17 million in the Tobacco segment.",
        date(2021, 4, 22), 2021, "revenue",
        [],
    ),
    (  # ... an improvement in it too (EnerSys, February 2021)
        "So Noah, we expect to have a sequential improvement in our top line compared to the third quarter of about $60 "
        "million to $70 million.",
        date(2021, 2, 11), 2021, None,
        [],
    ),
    (  # an amount left out is a part of the measure, not its level (CTS, February 2020; ResMed, April 2021)
        "Excluding $9.2 million in sales from QTI, sales to other end markets, decreased 5.6%. Excluding the $35 million of "
        "COVID-related ventilator sales in the March 2020 quarter, our team delivered positive sales growth across our "
        "core sleep apnea and respiratory care business this quarter on both the headline and constant-currency basis.",
        date(2020, 2, 4), 2019, None,
        [("revenue_growth", "actual", -5.6, None, None, "%", "exact", None, "other end markets")],
    ),
    (  # ... and so is an amount of money included in the one said before it (Assured Guaranty, February 2020)
        "In the fourth quarter of 2018, net earned premiums in credit-driven revenues were $133 million, including $20 "
        "million in accelerations primarily due to refundings.",
        date(2020, 2, 27), 2019, None,
        [("revenue", "actual", 133e6, None, None, "USD", "exact", date(2018, 12, 31), None)],
    ),
    (  # what an acquisition adds is its contribution, not the company's sales or growth (IDEX, February 2020; Standex,
        # April 2021; Lithia, April 2021)
        "We expect our Velcora acquisition, we will provide $0.01 -- 1% of growth on the top line and $0.03 of benefits "
        "to EPS. The Renco acquisition, which closed in early July, contributed revenue of $5.9 million or a 3.8% offset "
        "to the organic revenue decline. Combined, these acquisitions strengthened our strategic network density in "
        "regions 2, 3, and 6 and are anticipated to generate nearly $3.1 billion in annualized steady state revenues.",
        date(2020, 2, 5), 2020, None,
        [],
    ),
    (  # a net cash position is cash less debt, not the cash balance; "at the end of March" is a month's end (A. O.
        # Smith, April 2020)
        "We had cash balances totaling $552 million and our net cash position was $209 million at the end of March.",
        date(2020, 4, 30), 2020, None,
        [("cash", "actual", 552e6, None, None, "USD", "exact", date(2020, 3, 31), None)],
    ),
    (  # cash received is cash coming in, not the cash balance (Duke Realty, January 2020)
        "We intend to fund growth in 2020 and beyond with $111 million of cash on hand at the end of 2019, $110 million "
        "that we received earlier this month for the final payment on the seller financing from our medical office "
        "portfolio sell, annual funds available for reinvestment after dividends.",
        date(2020, 1, 30), 2019, None,
        [("cash", "actual", 111e6, None, None, "USD", "exact", date(2019, 12, 31), None)],
    ),
    (  # a measure said as "the result of" is the reason's, not the amount's (Vector Group, August 2021)
        "Liggett's second quarter earnings represent a 30% increase over the year ago period and were primarily the "
        "result of higher gross margins associated with higher pricing.",
        date(2021, 8, 4), 2021, None,
        [],
    ),
    (  # an offset to a decline is no growth rate (Standex, October 2020)
        "The Renco acquisition, which closed in early July, contributed revenue of $5.9 million or a 3.8% offset to the "
        "organic revenue decline.",
        date(2020, 10, 29), 2021, "organic_revenue_growth",
        [],
    ),
    (  # repurchases the board authorized are a program's size, not shares bought back (Assured Guaranty, February 2020)
        "The Board also authorized additional share repurchases of $250 million, bringing our current outstanding "
        "authorization to $408 million.",
        date(2020, 2, 28), 2020, None,
        [],
    ),
    (  # what every change in a price would do is a sensitivity, no result (Weyerhaeuser, April 2021)
        "As a reminder for lumber, every $10 change in realizations is approximately $11 million of EBITDA on a "
        "quarterly basis.",
        date(2021, 4, 30), 2021, None,
        [],
    ),
    (  # an outflow of cash is a negative cash flow (DXC, February 2021)
        "Our cash flow from operations totaled an outflow of $187 million, and adjusted free cash flow for the quarter "
        "came in at negative $318 million.",
        date(2021, 2, 3), 2021, None,
        [("operating_cash_flow", "actual", -187e6, None, None, "USD", "exact", date(2020, 12, 31), None),
         ("free_cash_flow", "actual", -318e6, None, None, "USD", "exact", date(2020, 12, 31), None)],
    ),
    (  # a basis said after the next amount is that amount's (ResMed, April 2021); the places said right after the
        # trigger are what the sales are of ...
        "Sales in Europe, Asia, and other markets totaled $272 million, a decrease of 5% or a decrease of 13% in "
        "constant-currency terms.",
        date(2021, 4, 29), 2021, None,
        [("revenue", "actual", 272e6, None, None, "USD", "exact", None, "Europe, Asia, and other markets"),
         ("revenue_growth", "actual", -5.0, None, None, "%", "exact", None, "Europe, Asia, and other markets"),
         ("organic_revenue_growth", "actual", -13.0, None, None, "%", "exact", None, "Europe, Asia, and other markets")],
    ),
    (  # ... and so is a basis said after "or" that opens the next amount's reading of the change (ResMed, April 2021) ...
        "In Europe, Asia, and other markets, device sales totaled $173 million, a decrease of 11% or in constant-currency "
        "terms, an 18% decrease.",
        date(2021, 4, 29), 2021, "revenue_growth",
        [("revenue_growth", "actual", -11.0, None, None, "%", "exact", None, "Europe, Asia, and other markets")],
    ),
    (  # ... also after the time the change is set against (ResMed, August 2020); the markets listed are one part ...
        "In Europe, Asia and other markets, device sales totaled $206 million, an increase of 32% over the prior-year "
        "quarter or in constant currency terms, a 35% increase.",
        date(2020, 8, 6), 2020, "revenue_growth",
        [("revenue_growth", "actual", 32.0, None, None, "%", "exact", date(2020, 6, 30),
          "Europe, Asia and other markets")],
    ),
    (  # ... and a basis said of a "flat" is the flat's (IDEX, February 2020; ResMed, April 2021) ...
        "Full year sales were down 2% and flat organically as well.",
        date(2020, 2, 5), 2019, None,
        [("revenue_growth", "actual", -2.0, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (
        "Masks and other sales in Europe, Asia, and other markets were $99 million, an increase of 9% or flat year over "
        "year in constant-currency terms.",
        date(2021, 4, 29), 2021, "revenue_growth",
        [("revenue_growth", "actual", 9.0, None, None, "%", "exact", None, "Europe, Asia, and other markets")],
    ),
    (  # ... while one opening the sentence, after an adverb, is the first amount's, and of one in a clause set beside it
        # (ResMed, August 2020: the sentences before give both growths as reported) ...
        "Globally, in constant currency terms, device sales increased by 16%, while masks and other sales increased by "
        "3% over the prior-year quarter.",
        date(2020, 8, 6), 2020, None,
        [("organic_revenue_growth", "actual", 16.0, None, None, "%", "exact", date(2020, 6, 30), None),
         ("organic_revenue_growth", "actual", 3.0, None, None, "%", "exact", date(2020, 6, 30), None)],
    ),
    (  # ... as is one said in constant dollars (Sealed Air, August 2021) or from an organic standpoint (Amphenol,
        # January 2020)
        "In constant dollars, net sales increased 20% to $592 million.",
        date(2021, 8, 4), 2021, "organic_revenue_growth",
        [("organic_revenue_growth", "actual", 20.0, None, None, "%", "exact", None, None)],
    ),
    (
        "From an organic standpoint, excluding both acquisitions and currency impacts, sales in the fourth quarter "
        "decreased 8%.",
        date(2020, 1, 22), 2019, None,
        [("organic_revenue_growth", "actual", -8.0, None, None, "%", "exact", date(2019, 12, 31), None)],
    ),
    (  # ... and a list of declines goes on down whatever its first amount was of (MarineMax, January 2021: "in dollars"
        # names no measure)
        "I mean, keep in mind our September quarter we were down roughly 40% in dollars and roughly 40% in December on "
        "an organic basis.",
        date(2021, 1, 28), 2021, None,
        [("organic_revenue_growth", "actual", -40.0, None, None, "%", "approx", date(2020, 12, 31), None)],
    ),
    (  # ... nor one said in a clause on what else there was (LXP, May 2021)
        "Our cash balance at quarter-end was $170 million, including restricted cash and we had $94.5 million sold "
        "forward in our ATM.",
        date(2021, 5, 4), 2021, None,
        [("cash", "actual", 170e6, None, None, "USD", "exact", date(2021, 3, 31), None)],
    ),
    (  # (but what an amount "reflects" is said of it: DuPont, May 2021)
        "At the midpoint of the range provided, we now expect net sales for the year to be about $15.8 billion, which "
        "reflects year-over-year growth of 10%, up from our previous estimate of 8% growth.",
        date(2021, 5, 4), 2021, None,
        [("revenue", "guidance", 15.8e9, None, None, "USD", "approx", date(2021, 12, 31), None),
         ("revenue_growth", "guidance", 10.0, None, None, "%", "exact", date(2021, 12, 31), None),
         ("revenue_growth", "guidance", 8.0, None, None, "%", "exact", date(2021, 12, 31), None)],
    ),
    (  # a subject named in the next clause is that clause's, and sales in a line of business named in lower case are
        # its own, as is the level their change reaches (EnerSys, February 2021; the sentence cut where its next amount,
        # which this test is not about, would come)
        "On a line of business basis, our third quarter net sales in the motive power were down 4% to $304 million, "
        "while Energy Systems net sales were down.",
        date(2020, 11, 5), 2020, None,
        [("revenue_growth", "actual", -4.0, None, None, "%", "exact", date(2020, 9, 30), "motive power"),
         ("revenue", "actual", 304e6, None, None, "USD", "exact", date(2020, 9, 30), "motive power")],
    ),
    (  # a phrase at the end of a hyphenated word is not said: "pre-revenue" (Charles River, August 2021) ...
        "The smaller clients get, particularly our biotech clients, while many of them are pre-revenue, lots of them are "
        "public, and they put $10 billion or $15 billion or $20 billion market caps.",
        date(2021, 8, 4), 2021, None,
        [],
    ),
    (  # ... but "cost-saving" is a phrase of its own (Oxford Industries, March 2021)
        "In total, adjusted SG&A was $93 million lower than in fiscal 2019 and cost-saving measures included a $63 million "
        "reduction in employment costs, a $10 million reduction in occupancy costs, and reductions in variable and other "
        "expenses.",
        date(2021, 3, 31), 2020, None,
        [("cost_savings", "actual", 63e6, None, None, "USD", "exact", None, None)],
    ),
    (  # a change in working capital is no free cash flow (Methode Electronics, March 2021)
        "The strong free cash flow performance was driven by an approximately $40 million favorable change in working "
        "capital in the quarter.",
        date(2021, 3, 2), 2021, None,
        [],
    ),
    (  # sales missed out on are no sales (DuPont, May 2021; the sentence cut before the EBITDA they would have made)
        "So we think it's -- we missed out about 100 million of sales in the quarter.",
        date(2021, 5, 4), 2021, None,
        [],
    ),
    (  # a margin that went from last quarter's to this quarter's: last quarter is the one before the quarter reported
        # (DXC Technology, August 2021, here on a calendar year)
        "These levers have helped us expand our margin going from 7.5% last quarter to 8% this quarter.",
        date(2021, 8, 5), 2021, None,
        [("operating_margin", "actual", 7.5, None, None, "%", "exact", date(2021, 3, 31), None),
         ("operating_margin", "actual", 8.0, None, None, "%", "exact", date(2021, 6, 30), None)],
    ),
    (  # unit sales are no sales, whatever "sales increased" says (Lithia Motors, April 2021) ...
        "Our average selling price increased 6% and unit sales increased 22%.",
        date(2021, 4, 28), 2021, None,
        [],
    ),
    (  # ... nor is the price of homes delivered a number of deliveries (M.D.C. Holdings, April 2021) ...
        "The average selling price of homes delivered during the quarter increased 6% to about $478,000.",
        date(2021, 4, 28), 2021, None,
        [],
    ),
    (  # ... nor is a revenue renewal rate revenue (DHI Group, May 2020)
        "Our Dice customer renewal rate was 67% for the first quarter, down 1 percentage point year-over-year, and our "
        "revenue renewal rate was 80%, which was also down 1 percentage point when compared to the same period last year.",
        date(2020, 5, 5), 2020, None,
        [],
    ),
    (  # nor is an EBITDAC margin, and EBITDAC growth is no revenue growth (Brown & Brown, July 2021)
        "EBITDAC margin for the quarter increased by 510 basis points and EBITDAC grew 55.1% due to the leveraging of "
        "higher organic revenue along with a gain on disposal associated with the sale of certain books of business.",
        date(2021, 7, 26), 2021, None,
        [],
    ),
    (  # what changed revenue by an amount is no revenue (Thermon, November 2020; Fresh Del Monte, May 2021)
        "And FX decreased total revenue by $1.1 million in the quarter.",
        date(2020, 11, 5), 2021, None,
        [],
    ),
    (  # an investment portfolio's loss is no capital spending (Loews, November 2021)
        "The parent company's investment portfolio generated a pre-tax net investment loss of $30 million as compared to "
        "income of $23 million last year.",
        date(2021, 11, 1), 2021, None,
        [],
    ),
    (  # net earnings in dollars are no metric, not the sales said after them (Weyerhaeuser, April 2021)
        "This morning Weyerhaeuser reported first quarter net earnings of $681 million or $0.91 per diluted share, on net "
        "sales of $2.5 billion.",
        date(2021, 4, 30), 2021, None,
        [("eps", "actual", 0.91, None, None, "USD/share", "exact", date(2021, 3, 31), None),
         ("revenue", "actual", 2.5e9, None, None, "USD", "exact", date(2021, 3, 31), None)],
    ),
    (  # a result is not compared with itself: "the fourth quarter of last year" is the one before (CTS, February 2020)
        "Our fourth quarter 2019 earnings were $0.31 per diluted share, adjusted earnings per diluted share were $0.37 "
        "compared to $0.41 in the fourth quarter of last year.",
        date(2020, 2, 4), 2019, None,
        [("eps", "actual", 0.31, None, None, "USD/share", "exact", date(2019, 12, 31), None),
         ("adjusted_eps", "actual", 0.37, None, None, "USD/share", "exact", date(2019, 12, 31), None),
         ("adjusted_eps", "actual", 0.41, None, None, "USD/share", "exact", date(2018, 12, 31), None)],
    ),
    (  # growth said of a measure the taxonomy does not track is not revenue growth (Raytheon, July 2021) ...
        "Commercial aftermarket sales were up 41% in the quarter with legacy large commercial engine shop visits up 56% "
        "and Pratt Canada shop visits up 18%.",
        date(2021, 7, 27), 2021, None,
        [("revenue_growth", "actual", 41.0, None, None, "%", "exact", date(2021, 6, 30), "Commercial aftermarket")],
    ),
    (  # ... nor in the sentence after it (Comstock Resources, October 2021)
        "Our oil and gas sales, including the losses that we realized from our hedges increased by 86% to $394 million "
        "in the third quarter. Adjusted EBITDAX came in at $309 million. That's 109% higher than the third quarter of 2020.",
        date(2021, 10, 28), 2021, None,
        [("revenue_growth", "actual", 86.0, None, None, "%", "exact", date(2021, 9, 30), "oil and gas"),
         ("revenue", "actual", 394e6, None, None, "USD", "exact", date(2021, 9, 30), "oil and gas")],
    ),
    (  # revenue per consultant is no revenue (Korn Ferry, March 2022)
        "Annualized fee revenue production per consultant in the third quarter remained steady at $1.66 million.",
        date(2022, 3, 9), 2022, None,
        [],
    ),
    (  # cash and equivalents is cash; investment securities are neither cash nor capital spending (Evercore, October 2021)
        "Turning to our balance sheet, as of September 30th, we held $479 million in cash and equivalents and $1.3 billion "
        "in investment securities.",
        date(2021, 10, 27), 2021, None,
        [("cash", "actual", 479e6, None, None, "USD", "exact", date(2021, 9, 30), None)],
    ),
    (  # nor are liquid investments (ProAssurance, February 2021)
        "So, at the end of the fourth quarter, we held cash and liquid investments of approximately $260 million outside of "
        "our insurance subsidiaries that are available for use without regulatory approval or restriction.",
        date(2021, 2, 25), 2020, None,
        [],
    ),
    (  # what changed revenue by an amount, with words between, is no revenue (CTS, July 2021)
        "Changes in foreign exchange rates impacted our revenue favorably by approximately $2.7 million.",
        date(2021, 7, 28), 2021, None,
        [],
    ),
    (  # operating earnings in dollars are no revenue (Snap-on, February 2022) ...
        "Operating earnings of $67.2 million decreased $1.3 million from 2020 levels, reflecting the lower revenue "
        "partially offset by lower provisions for credit losses.",
        date(2022, 2, 3), 2021, None,
        [],
    ),
    (  # ... nor is cost of sales (Thermon, November 2020)
        "And $400,000 of this benefit was recorded under cost of sales, while the remainder impacted SG&A.",
        date(2020, 11, 5), 2021, None,
        [],
    ),
    (  # "one year ago" is the quarter reported, a year before (First Industrial, January 2020)
        "In the fourth quarter, diluted EPS was $0.76 versus $0.40 one year ago.",
        date(2020, 1, 23), 2019, None,
        [("eps", "actual", 0.76, None, None, "USD/share", "exact", date(2019, 12, 31), None),
         ("eps", "actual", 0.40, None, None, "USD/share", "exact", date(2018, 12, 31), None)],
    ),
    (  # what a result grew by, said as "growing $50 million", is no level of it (Brown & Brown, July 2021)
        "We experienced another strong quarter of cash flow generation and have delivered $466 million of cash flow "
        "from operations through the first six months of 2021, growing $50 million or 12% as compared to the first six "
        "months of 2020.",
        date(2021, 7, 27), 2021, None,
        [("operating_cash_flow", "actual", 466e6, None, None, "USD", "exact", date(2021, 6, 30), None)],
    ),
    (  # nor is "a decline of $0.15 a share"; the prior-year quarter's EPS is that quarter's (Thermon, November 2020)
        "GAAP EPS for the quarter totaled $0.06 a share compared to the prior year quarter of $0.21, and that's a decline "
        "of $0.15 a share.",
        date(2020, 11, 5), 2021, None,
        [("eps", "actual", 0.06, None, None, "USD/share", "exact", date(2020, 9, 30), None),
         ("eps", "actual", 0.21, None, None, "USD/share", "exact", date(2019, 9, 30), None)],
    ),
    (  # nor "the $0.95 increase at the midpoint" of a guidance (Service Corporation, November 2021)
        "It is primarily driven by an approximate $210 million increase in cash earnings, and these are associated with "
        "the $0.95 increase at the midpoint in today's revised EPS guidance.",
        date(2021, 11, 4), 2021, None,
        [],
    ),
    (  # a bare year a quarter's result is compared with is that quarter of that year (Comfort Systems, April 2021)
        "Overall net income for the first quarter of 2021 was $26 million, or $0.73 per share, as compared to $18 "
        "million, or $0.48 per share in 2020.",
        date(2021, 4, 30), 2021, None,
        [("eps", "actual", 0.73, None, None, "USD/share", "exact", date(2021, 3, 31), None),
         ("eps", "actual", 0.48, None, None, "USD/share", "exact", date(2020, 3, 31), None)],
    ),
    (  # a result set against the prior-year quarter, naming no time of its own, is the quarter reported (FTI
        # Consulting, April 2020) ...
        "Revenues increased 6.2% to $147.6 million compared to the prior-year quarter.",
        date(2020, 4, 30), 2020, None,
        [("revenue_growth", "actual", 6.2, None, None, "%", "exact", date(2020, 3, 31), None),
         ("revenue", "actual", 147.6e6, None, None, "USD", "exact", date(2020, 3, 31), None)],
    ),
    (  # ... and what a segment's EBITDA is compared with is EBITDA, not the segment revenues it is a share of
        "Adjusted segment EBITDA of $21.2 million or 14.4% of segment revenues compared to $31.8 million or 22.9% of "
        "segment revenues in the prior-year quarter.",
        date(2020, 4, 30), 2020, None,
        [("ebitda", "actual", 21.2e6, None, None, "USD", "exact", date(2020, 3, 31), None),
         ("ebitda", "actual", 31.8e6, None, None, "USD", "exact", date(2019, 3, 31), None)],
    ),
    (  # a bare "margins" said of EBITDA is the EBITDA margin, not the operating margin (Sealed Air, August 2021)
        "Adjusted EBITDA in Food of $158 million in Q2 declined 6% compared to last year with margins at 21.5%, down 360 "
        "basis points.",
        date(2021, 8, 3), 2021, None,
        [("ebitda", "actual", 158e6, None, None, "USD", "exact", date(2021, 6, 30), "Food")],
    ),
    (  # "the 2020 period" is the period reported, in 2020; "The company" after a segment's talk is the whole company
        # again (Vector Group, August 2021)
        "The $373 million increase in revenues were primarily attributed to the Real Estate segment. Net income "
        "attributed to Vector Group was $125.3 million or $0.81 per diluted common share compared to $22.5 million or "
        "$0.14 per diluted common share in the 2020 period. The company recorded adjusted EBITDA of $238.6 million "
        "compared to $136.7 million in the prior year.",
        date(2021, 8, 4), 2021, None,
        [("eps", "actual", 0.81, None, None, "USD/share", "exact", None, None),
         ("eps", "actual", 0.14, None, None, "USD/share", "exact", date(2020, 6, 30), None),
         ("ebitda", "actual", 238.6e6, None, None, "USD", "exact", None, None),
         ("ebitda", "actual", 136.7e6, None, None, "USD", "exact", date(2020, 6, 30), None)],
    ),
    (  # "the corresponding 2020 periods" are the periods reported, in 2020 (Vector Group, August 2021)
        "For the three and six months ended June 30, 2021, revenues were $329.5 million and $598 million, respectively, "
        "compared to $312.5 million and $599.6 million for the corresponding 2020 periods.",
        date(2021, 8, 4), 2021, None,
        [("revenue", "actual", 329.5e6, None, None, "USD", "exact", date(2021, 6, 30), None),
         ("revenue", "actual", 598e6, None, None, "USD", "exact", date(2021, 6, 30), None),
         ("revenue", "actual", 312.5e6, None, None, "USD", "exact", date(2020, 6, 30), None),
         ("revenue", "actual", 599.6e6, None, None, "USD", "exact", date(2020, 6, 30), None)],
    ),
    (  # deferred revenue is a balance owed in service, not revenue (DHI Group, May 2020)
        "Deferred revenue at the end of the quarter was $55.5 million, down 9% from a year ago.",
        date(2020, 5, 5), 2020, None,
        [],
    ),
    (  # a backlog of revenue is no revenue (Loews, November 2021)
        "The company currently has $9 billion of revenue backlog with a weighted average contract life of seven years.",
        date(2021, 11, 1), 2021, None,
        [],
    ),
    (  # a part of the growth is no level of revenue (Service Corporation, November 2021)
        "In terms of the breakdown, atneed cemetery revenue generated $20 million or 47% of the growth, driven primarily "
        "this quarter by a higher quality core average sale.",
        date(2021, 11, 4), 2021, None,
        [],
    ),
    (  # buybacks authorized, with no plans to execute them, are not repurchases (EnerSys, February 2021) ...
        "As a reminder, we still have nearly $50 million of share buybacks authorized, but have no immediate plans to "
        "execute any repurchases with perhaps the exception of the modest annual repurchases to offset dilution.",
        date(2021, 2, 3), 2021, None,
        [],
    ),
    (  # ... nor is an authorization raised "to an aggregate of" an amount (Worthington, March 2021)
        "Earlier today, the Board increased the authorization on our stock repurchase program to an aggregate of $10 "
        "million shares.",
        date(2021, 3, 23), 2021, None,
        [],
    ),
    (  # a target the result was above is the target, no floor, whatever the result's tense (Charles River, August 2021)
        "The Biologics Testing business reported another exceptional quarter of strong revenue growth that was well above "
        "the 20% growth target for this business.",
        date(2021, 8, 5), 2021, None,
        [("revenue_growth", "guidance", 20.0, None, None, "%", "exact", None, "Biologics Testing")],
    ),
    (  # an amount the speaker breaks off and says again as a range is no figure (DuPont, May 2021)
        "I think the guidance that we provided essentially assumes a similar quarter for revenue like we saw in 1Q, so "
        "pushing 4 billion between -- around the 3.9 and 4 billion range in the second quarter.",
        date(2021, 5, 4), 2021, None,
        [("revenue", "guidance", None, 3.9e9, 4e9, "USD", "range", date(2021, 6, 30), None)],
    ),
    (  # receivables are no revenue, whatever sales they follow from (DuPont, May 2021)
        "So we were up about 8% in sales that translated to about a 7% increase in AR.",
        date(2021, 5, 4), 2021, None,
        [("revenue_growth", "actual", 8.0, None, None, "%", "approx", None, None)],
    ),
    (  # a sum of capex and other spending is neither (Raytheon Technologies, July 2021; Southwest Gas, November 2021)
        "We're poised to invest about $6 billion of our own money between capital and E&D over the -- each of the next "
        "four years.",
        date(2021, 7, 27), 2021, None,
        [],
    ),
    (
        "We plan to fund the $2.5 billion combined capital investment and stockholder dividends with 50% from operation "
        "cash flows.",
        date(2021, 11, 9), 2021, None,
        [],
    ),
    (  # Owens & Minor, February 2020: revenue taken out of the results (an exited business), lost like a missed one
        "But understand that that's probably $400 million to $450 million of revenue that has come out of our full year "
        "performance on an annual basis, so just noting that.",
        date(2020, 2, 20), 2020, None,
        [],
    ),
    (  # a part of the company said as "<Name> operation" is the subject, as "<Name> segment" is (Standex, October 2020)
        "We have also closed a Pumps operation in Ireland and outsourced the components previously manufactured there "
        "to save approximately $1 million annually.",
        date(2020, 10, 30), 2021, None,
        [("cost_savings", "guidance", 1e6, None, None, "USD", "approx", None, "Pumps")],
    ),
    (  # a part of the company whose growth the sentence said before the figure's window is its subject (Cigna, February
        # 2022)
        "All in, we would expect our Evernorth growth to be within our long-term targeted growth range, meaning at least "
        "4% revenue growth, powered heavily by specialty.",
        date(2022, 2, 3), 2021, None,
        [("revenue_growth", "guidance", 4.0, 4.0, None, "%", "at_least", None, "Evernorth")],
    ),
    (  # years, model names and product versions are not figures
        "In 2024 we will ramp 4680 cells, bring up H100 clusters, refresh the Model 3 and move to Hardware 4.",
        Q1_2024, 2024, None,
        [],
    ),
    (  # savings said right after a sentence about refinancing are interest saved, no cost saving; the capex said next
        # is still read (Spectrum Brands, May 2021)
        "This meaningful step-down compared to our prior range of last year is driven by our successful $900 million "
        "refinancing in February of our senior notes due 2024 and partial refinancing of our senior notes due 2025. On a "
        "full run rate basis, as David mentioned, we expect annualized savings of approximately $18 million. Capital "
        "expenditures are expected to be between $85 million and $95 million.",
        date(2021, 5, 7), 2021, None,
        [("capex", "guidance", None, 85e6, 95e6, "USD", "range", None, None)],
    ),
    (  # what the listeners were expecting is no outlook (Hexcel, January 2021; the transcript gives the analyst's
        # words to the CFO)
        "So in 2015, you guys were expecting $3 billion sales in 2020.",
        date(2021, 1, 26), 2021, None,
        [],
    ),
    (  # an amount scheduled to come online dates money coming in, no event (HCA, July 2021)
        "Capital spending for the quarter was 842 million, and we have approximately 3.8 billion of approved capital in "
        "the pipeline that is scheduled to come online between now and the end of 2023.",
        date(2021, 7, 22), 2021, None,
        [("capex", "actual", 842e6, None, None, "USD", "exact", date(2021, 6, 30), None)],
    ),
    (  # what an investment is in, said before it, is its subject (DTE Energy, October 2021)
        "The second thing that you'll see is, in our capital plan, we've raised our distribution infrastructure investment "
        "from $7 billion to $8 billion in response to our detailed planning that we've put in front of the commission as "
        "it relates to the resiliency, to accommodate the worsening weather patterns, and also to accommodate the "
        "eventuality of the electrification of the transportation fleet.",
        date(2021, 10, 27), 2021, None,
        [("capex", "guidance", 7e9, None, None, "USD", "exact", None, "distribution infrastructure"),
         ("capex", "guidance", 8e9, None, None, "USD", "exact", None, "distribution infrastructure")],
    ),
    (  # core product revenue is the core business's, as against the noncore (MSA Safety, October 2021)
        "While our noncore business was off considerably on the lower level of APR revenues, it was encouraging to see "
        "core product revenues up 19% with 9% organic growth in the quarter.",
        date(2021, 10, 28), 2021, None,
        [("revenue_growth", "actual", 19.0, None, None, "%", "exact", date(2021, 9, 30), "core products"),
         ("organic_revenue_growth", "actual", 9.0, None, None, "%", "exact", date(2021, 9, 30), "core products")],
    ),
]


@pytest.mark.parametrize("text, call_date, fiscal_year, metric, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_hard_phrase_gives_the_full_row(text, call_date, fiscal_year, metric, expected):
    assert rows(text, call_date, fiscal_year, metric) == expected


def test_money_spent_for_acquisitions_is_no_capital_spending():
    """Northwest Natural, November 2020 (the total invested, acquisitions included, is left out of this test)."""
    said = extract("We invested $227 million into the business with $193 million of primarily gas utility, capital "
                   "expenditures, and $38 million for water acquisitions.", date(2020, 11, 5), 2020)
    capex = [f.value for f in said if f.metric == "capex"]
    assert 193e6 in capex and 38e6 not in capex


def test_a_result_for_the_quarter_is_the_fiscal_quarter_reported():
    """MarineMax's fiscal year ends in September: its January call reports on Q1 of fiscal 2021. What
    follows "due largely to" is the reason's subject, not the revenue's."""
    text = "For the quarter, revenue grew 35% to over $411 million due largely to same-store sales growth of 20%."
    assert [(f.metric, f.kind, f.value, f.value_low, f.value_high, f.unit, f.qualifier, f.period_label, f.period_end, f.subject)
            for f in extract(text, date(2021, 1, 28), 2021, fiscal_year_ends=9)] == [
        ("revenue_growth", "actual", 35.0, None, None, "%", "exact", "Q1 FY2021", date(2020, 12, 31), None),
        ("revenue", "actual", 411e6, 411e6, None, "USD", "at_least", "Q1 FY2021", date(2020, 12, 31), None),
        ("revenue_growth", "actual", 20.0, None, None, "%", "exact", "Q1 FY2021", date(2020, 12, 31), "same-store"),
    ]


def test_same_store_sales_growth_said_before_its_words_is_growth_and_unit_growth_is_not():
    """MarineMax, January 2021: "same-store" says whose sales grew (it named another measure before, and the 20% was
    lost); the boats sold, "unit growth", are no sales."""
    said = [(f.metric, f.value, f.subject) for f in extract(
        "This year we had 20% overall same-store sales growth, but our unit growth was 35%.", date(2021, 1, 28), 2021,
        fiscal_year_ends=9)]
    assert said == [("revenue_growth", 20.0, "same-store")]
    said = [(f.metric, f.value, f.subject) for f in extract(
        "So, last year MarineMax and not the industry, but MarineMax had 24% same-store sales growth driven by 24% unit "
        "growth.", date(2021, 1, 28), 2021, fiscal_year_ends=9)]
    assert said == [("revenue_growth", 24.0, "same-store")]


@pytest.mark.parametrize("text, call_date, kinds", [
    # "continued to" is past (Masco, October 2021)
    ("Plumbing growth continued to be strong with sales up 16% against the 13% comp in the third quarter of last year.",
     date(2021, 10, 28), ["actual", "actual"]),
    # "included" is past, whatever the sentence says of the future (Bunge)
    ("This included $118 million of capex for Sugar & Bioenergy, which will not be incurred by Bunge going forward.",
     date(2020, 2, 12), ["actual"]),
    # land "sold" is a result, whatever the question asked about guidance (First Industrial, April 2020)
    ("So, on the first question, sales guidance, so we've sold $40 million.", date(2020, 4, 23), ["actual"]),
    # what a new amount comes "on top of", and what "we'd already had", is had already (MSC Industrial, Spectrum Brands)
    ("On the structural cost front, we expect to deliver roughly $25 million in incremental savings on top of the 40 "
     "million in fiscal 2021.", date(2021, 10, 20), ["guidance", "actual"]),
    ("I think we talked about, as we started the year, an incremental $60 million in savings from GPIP, most of which "
     "we expected this fiscal year on top of the $90 million that we'd already had as we started the year.",
     date(2021, 5, 7), ["guidance", "actual"]),
    # a pro forma amount is today's as if a deal were done, whatever "would" says (RPT Realty, May 2021)
    ("Including the expected proceeds from the remaining RGMZ seed sales, our pro forma cash balance would be about "
     "$250 million.", date(2021, 5, 4), ["actual"]),
    # what an outlook is likened to ("like we saw in 1Q") is no tense of its own (DuPont, May 2021)
    ("I think the guidance that we provided essentially assumes a similar quarter for revenue like we saw in 1Q, so "
     "pushing 4 billion between -- around the 3.9 and 4 billion range in the second quarter.", date(2021, 5, 4),
     ["guidance"]),
    # "we'd" is "we would" (IDEX, February 2020), but "I'd like to highlight" says what comes next in the call (DuPont)
    ("So we'd have about $25 million of cost out.", date(2020, 2, 5), ["guidance"]),
    ("But I'd like to highlight the 7% organic revenue growth that we reported, reflecting broad and strong demand in "
     "key markets such as semiconductors, smartphones, water, residential construction and automotive.",
     date(2021, 5, 4), ["actual"]),
    # what a past act is done "to save" is still to come (Standex, April 2021)
    ("We have also closed a Pumps operation in Ireland and outsourced the components previously manufactured there to "
     "save approximately $1 million annually.", date(2021, 4, 30), ["guidance"]),
    # what "you're talking about", said to an analyst, is what the model should take (Xylem, October 2020)
    ("So again, you're talking about roughly $80 million of kind of ongoing savings there.", date(2020, 10, 29),
     ["guidance"]),
    # a start broken off and said again has the tense of what is said (Methode Electronics, March 2021)
    ("We're now going to -- we're up [Phonetic] over $200 million in cash.", date(2021, 3, 4), ["actual"]),
])
def test_tense_said_before_the_figure_gives_its_kind(text, call_date, kinds):
    assert [f.kind for f in extract(text, call_date)] == kinds


def test_when_a_running_total_started_dates_no_amount():
    """Raytheon Technologies (Q2 2021): "in the quarter" dates the quarter's savings; the total "since the deal closed in
    November of 2018" is of no quarter, and November 2018 is when it started, not its time."""
    said = extract("Collins also achieved nearly $50 million of further acquisition synergies in the quarter, bringing "
                   "total Rockwell Collins acquisition-related savings to nearly $560 million since the deal closed in "
                   "November of 2018.", date(2021, 7, 27), 2021)
    assert [(f.metric, f.kind, f.value, f.period_label) for f in said] == [
        ("cost_savings", "actual", 50e6, "Q2 2021"), ("cost_savings", "actual", 560e6, None)]


@pytest.mark.parametrize("said, call_date, fiscal_year, expected", [
    # Service Corporation International, October 2021: the $60 million is what EBITDA grew by
    ("In addition to the strong adjusted EBITDA growth, which amounted to about $60 million, we also benefited by a "
     "decrease in cash tax payments of about $28 million.", date(2021, 10, 28), 2021, []),
    # Humana, July 2021: the 2020 baseline the growth is measured from is the level
    ("Well, we are maintaining our full year 2021 adjusted EPS guidance of approximately $21.25 to $21.75 at the "
     "midpoint, representing full year adjusted EPS growth of 16% above the 2020 baseline of $18.50 in excess of our "
     "long-term growth target.", date(2021, 7, 28), 2021,
     [("guidance", None, 21.25, 21.75, "FY2021"), ("actual", 18.5, None, None, "FY2020")]),
    # Duke Realty, January 2021: the step the dividend was raised by ...
    ("Yeah, John, we are -- our last increase was in October, we raised our dividend -- our quarterly dividend $0.02 in "
     "October.", date(2021, 1, 28), 2020, []),
    # ... but not the level it was raised to (Comstock, February 2022)
    ("First, our board of directors increased our quarterly dividend to $0.12 per share in the first quarter of 2022.",
     date(2022, 2, 16), 2021, [("actual", 0.12, None, None, "Q1 2022")]),
])
def test_an_amount_the_measure_grew_by_is_no_level(said, call_date, fiscal_year, expected):
    assert [(f.kind, f.value, f.value_low, f.value_high, f.period_label)
            for f in extract(said, call_date, fiscal_year)] == expected


def test_a_full_year_figure_revised_while_the_year_runs_is_its_outlook():
    """DXC Technology (Q1 FY2022, its fiscal year to March): the tax rate "reduced" for the full year is the outlook
    revised to 26% for the whole year (not the year so far), and the revision's step is no level; the interest
    guidance names no metric we track."""
    said = extract("We also updated our FY '22 interest guidance to approximately $180 million, a $20 million "
                   "improvement; and reduced our full-year non-GAAP tax rate by 200 basis points to 26%.",
                   date(2021, 8, 3), 2022, fiscal_year_ends=3)
    assert [(f.metric, f.kind, f.value, f.unit, f.period_label, f.period_end) for f in said] == [
        ("tax_rate", "guidance", 26.0, "%", "FY2022", date(2022, 3, 31))]


def test_a_time_said_as_the_owner_of_an_amount_dates_it_even_after_a_comparison():
    """EnerSys (Q3 FY2021, its fiscal year to March): "the prior year's rate of 16%" is the third quarter's a year
    before, not the quarter reported, though it follows "higher than"."""
    said = extract("Our adjusted effective tax rate of 17% for the third quarter was slightly higher than the prior year's "
                   "rate of 16%, but in line with the prior quarter's rate of 17%.", date(2021, 2, 10), 2021, fiscal_year_ends=3)
    assert [(f.metric, f.kind, f.value, f.period_label, f.period_end) for f in said] == [
        ("tax_rate", "actual", 17.0, "Q3 FY2021", date(2020, 12, 31)),
        ("tax_rate", "actual", 16.0, "Q3 FY2020", date(2019, 12, 31))]


def test_an_amount_a_weak_trigger_names_is_not_the_metric_said_before_it():
    text = "We expect additional gross savings in fiscal '22 of 25 million and additional investments of 15 million."
    figures = extract(text, date(2021, 10, 20), 2021, fiscal_year_ends=8)  # MSC Industrial, fiscal year to August
    assert [(f.metric, f.value, f.period_end) for f in figures] == [("cost_savings", 25e6, date(2022, 8, 31))]


@pytest.mark.parametrize("text, call_date, expected", [
    # Weyerhaeuser, April 2021: the $840 million is earnings, which the taxonomy does not track in dollars
    ("Wood Products contributed $840 million to first quarter earnings and $889 million to adjusted EBITDA.",
     date(2021, 4, 30), [("ebitda", 889e6)]),
    # ResMed, August 2020: the $802 million is cash generated, the dividends are the next amount
    ("During fiscal year 2020, we generated $802 million of cash that allowed us to return $225 million of cash dividends to "
     "you, our shareholders, while also investing in our future with a double-digit increase in R&D, including clinical "
     "research, both digital and in person, as well as design and digital innovation across our sleep apnea, COPD, asthma "
     "and our software as a service businesses.", date(2020, 8, 6), [("dividend", 225e6)]),
])
def test_two_amounts_each_said_to_or_of_something_are_each_named_by_their_own(text, call_date, expected):
    assert [(f.metric, f.value) for f in extract(text, call_date)] == expected


def test_a_metric_named_in_a_clause_after_the_amount_is_not_its_metric():
    # WESCO, January 2020: the 2% is sales growth; the gross margin is what the next clause says the company has
    text = ("So very clearly, looking at the outlook for 2020 with a midpoint of 2% on sales, plus inflation on the SG&A, in "
            "order for us to get that margin improvement at the midpoint, we do have gross margin improvement.")
    assert [f.metric for f in extract(text, date(2020, 1, 30))] == []


@pytest.mark.parametrize("text, call_date, fiscal_year, expected", [
    # DXC, February 2022; FMC, May 2021: an amount said on in words that name nothing new is of the part the amount
    # before it was
    ("Lastly, Modern Workplace revenue was $561 million, and organic revenue was down 16% as compared to prior year.",
     date(2022, 2, 9), 2022, [("revenue", "Modern Workplace"), ("organic_revenue_growth", "Modern Workplace")]),
    ("EMEA sales were down 4% year-over-year and 8% organically.", date(2021, 5, 4), 2021,
     [("revenue_growth", "EMEA"), ("organic_revenue_growth", "EMEA")]),
    # Brunswick, July 2021; Dominion, July 2021: not when the words name another part, before the amount or after it
    # (the part said after it is its own)
    ("Domestic sales grew 14%, with international sales up 17% versus the prior year.", date(2021, 7, 29), 2021,
     [("revenue_growth", "Domestic"), ("revenue_growth", None)]),
    ("In Virginia, weather-normalized sales increased 1.2% year over year in the second quarter and 3.2% in South "
     "Carolina.", date(2021, 7, 30), 2021, [("revenue_growth", "Virginia"), ("revenue_growth", "South Carolina")]),
])
def test_an_amount_said_on_is_of_the_part_the_one_before_was(text, call_date, fiscal_year, expected):
    assert [(f.metric, f.subject) for f in extract(text, call_date, fiscal_year)] == expected


@pytest.mark.parametrize("text, call_date, day", [
    # Korn Ferry, March 2022: the acquisition four months before, not eight months ahead
    ("I would note that the investable cash position is net of $91 million that we used to acquire the Lucas Group "
     "on November 1 and about $22 million for share repurchases in the quarter.", date(2022, 3, 8), date(2021, 11, 1)),
    # Tesla, April 2024: the event three and a half months ahead
    ("We'll talk about this more on August 8.", date(2024, 4, 23), date(2024, 8, 8)),
])
def test_a_day_without_a_year_is_the_nearer_of_its_two_readings(text, call_date, day):
    assert [p.end for p in find_periods(text, CallTime.of(call_date)) if p.start == p.end] == [day]


@pytest.mark.parametrize("text, call_date", [
    ("We are on target to achieve a run rate of 15,000 Driveway shop and sell transactions by year-end.",
     date(2021, 4, 28)),  # Lithia
    ("We quickly mobilized our supply chain and global operations to address and support ventilation needs "
     "worldwide, producing over 150,000 ventilators.", date(2021, 4, 29)),  # ResMed
    ("We've already delivered 1,500-plus rooms in China this year.", date(2021, 2, 11)),  # Hilton
    # Eversource: a gas utility's storage capacity is no energy storage deployed
    ("We naturally expanded them just by the acquisition or the purchase of Columbia Gas of Massachusetts almost "
     "doubling the storage capacity that we have as an entity.", date(2021, 11, 4)),
    # FirstEnergy: a utility's deliveries are of electricity
    ("It's worth noting that total distribution deliveries through the first quarter are consistent with our internal "
     "load forecast, with residential demand 2% higher versus our forecast, while industrial load is down 2%.",
     date(2021, 4, 23)),
])
def test_a_count_of_other_things_is_no_vehicle_delivery_or_storage_figure(text, call_date):
    assert extract(text, call_date) == []


@pytest.mark.parametrize("text, call_date", [
    ("So subscription business was $100 million.", date(2022, 3, 8)),  # Korn Ferry: no FSD price
    ("Our subscription ARR of $130.2 million increased 23% year over year and 9% sequentially from the second quarter.",
     date(2021, 10, 28)),  # SolarWinds: recurring revenue is a measure of its own
    # Masco, McKesson: a result "delivered" is no delivery
    ("Our propane business delivered exceptional growth of more than 45% in the quarter, as paint contractors are "
     "applying top rated Behr paint to more commercial and residential projects.", date(2021, 10, 28)),
    ("In Prescription Technology Solutions, the segment had excellent momentum and delivered an 11% increase to segment "
     "adjusted operating profit in the third quarter.", date(2022, 2, 2)),
    ("But our days supply is calculated at 41-day supply coming off a 17.7 million SAAR run rate for March.",
     date(2021, 4, 21)),  # Lithia: the industry's sales rate, no production rate of its own
])
def test_another_companys_words_name_no_vehicle_maker_metric(text, call_date):
    assert extract(text, call_date) == []


@pytest.mark.parametrize("text, call_date, ticker, metrics", [
    # Lithia (a car dealer), April 2021; ResMed (a device maker), January 2020; Eversource (a utility), November 2021
    ("So there is that looping idea that consumers today in Driveway are having to go back and change information, "
     "whereas what our ultimate state is, is really where the consumer just puts in what it is, we query all 70,000 "
     "vehicles that are in inventory against all 29 APIs with our lenders.", date(2021, 4, 28), "LAD", []),
    ("As you know, that's a very small percentage of compared to the sleep apnea devices, which are more in the sort of 2 "
     "million, 2.5 million on an annualized basis devices that we make across the CPAPs, APAPs and the sleep apnea buy "
     "levels.", date(2020, 1, 30), "RMD", []),
    ("The program is planned to launch January one of 2022, and will support the state's target of having at least "
     "125,000 electric vehicles on the road by the end of 2025.", date(2021, 11, 4), "ES", ["milestone"]),  # the launch
])
def test_only_a_vehicle_maker_reports_a_fleet_or_vehicle_production(text, call_date, ticker, metrics):
    assert [f.metric for f in extract(text, call_date, ticker=ticker)] == metrics


def test_a_vehicle_makers_fleet_is_read_whatever_the_ticker_that_says_so():
    said = "It will be 7 million cars in a year or so and then 10 million."  # Tesla, April 2024
    for ticker in ("TSLA", "RIVN", None):
        assert [(f.metric, f.value) for f in extract(said, Q1_2024, 2024, ticker=ticker)] == [
            ("fleet_size", 7e6), ("fleet_size", 10e6)]


def test_the_base_of_a_share_names_no_amount():
    """Comfort Systems, April 2021: "$93 million, or 13.3% of revenue" is SG&A, not revenue; Snap-on, February 2022:
    "5.5% of organic growth" is that growth; MSA Safety, October 2021: "1.8 times adjusted EBITDA" names no EBITDA."""
    text = ("SG&A expense was $88 million, or 13.2% of revenue for the first quarter of 2021, compared to $93 million, "
            "or 13.3% of revenue for the first quarter of 2020.")
    assert extract(text, date(2021, 4, 27), 2021) == []
    text = ("Volume for the fourth quarter was $392.5 million, up 8.7%, including acquisitions and 5.5% of organic growth "
            "with gains in sales of modern car equipment, increased volume of handheld diagnostics, and the rise of "
            "information and data subscriptions.")
    assert [(f.metric, f.value) for f in extract(text, date(2022, 2, 3), 2021)] == [("organic_revenue_growth", 5.5)]
    # MSA Safety, October 2021: nor is the base of a multiple (the cash is cash)
    text = "We finished the quarter with cash of $117 million and net debt of $495 million or 1.8 times adjusted EBITDA."
    assert [(f.metric, f.value) for f in extract(text, date(2021, 10, 28), 2021)] == [("cash", 117e6)]


def test_a_call_on_an_organic_and_adjusted_basis_says_its_growth_organic_and_its_eps_adjusted():
    """Xylem, October 2020: "all references will be on an organic and adjusted basis, unless otherwise indicated"."""
    basis = ("For purposes of today's call, all references will be on an organic and adjusted basis, unless otherwise "
             "indicated. ")
    said = ("Revenue declined 7% which was better-than-anticipated as we entered the third quarter. We also saw operating "
            "margins expand quarter sequentially to 13% which drove EPS of $0.62, both better than expected.")
    assert [(f.metric, f.value) for f in extract(basis + said, date(2020, 10, 29), 2020)] == [
        ("organic_revenue_growth", -7.0), ("operating_margin", 13.0), ("adjusted_eps", 0.62)]
    assert [f.metric for f in extract(said, date(2020, 10, 29), 2020)] == ["revenue_growth", "operating_margin", "eps"]


def test_cash_flows_provided_by_operations_are_the_operating_cash_flow_not_the_capex_said_after_them():
    # Jabil (fiscal year to August), June 2021
    said = ("Cash flows provided by operations were $585 million in Q3 and capital expenditures net of customer "
            "co-investments total $197 million.")
    assert [(f.metric, f.kind, f.value, f.period_end) for f in extract(said, date(2021, 6, 17), 2021, fiscal_year_ends=8)] == [
        ("operating_cash_flow", "actual", 585e6, date(2021, 5, 31)), ("capex", "actual", 197e6, date(2021, 5, 31))]


def test_a_count_of_shares_is_no_amount_of_money():
    """DXC, February 2022: "$363 million or 10.6 million shares" is one buyback, in dollars and in shares."""
    text = ("In Q3, we repurchased $213 million of common stock, bringing our FY '22 year-to-date repurchases to $363 "
            "million or 10.6 million shares.")
    assert [(f.metric, f.value, f.unit) for f in extract(text, date(2022, 2, 2), 2022, fiscal_year_ends=3)] == [
        ("share_repurchase", 213e6, "USD"), ("share_repurchase", 363e6, "USD")]


def test_a_count_of_shares_is_no_money_with_a_transcribers_note_between():
    """AZZ (fiscal year to February), January 2021: "[phonetic]" stands between the count and "shares"."""
    text = ("On a year-to-date basis, we have repurchased 852,000 million [phonetic] shares at an average price of $36.31 "
            "per share.")
    assert extract(text, date(2021, 1, 7), 2021, fiscal_year_ends=2) == []


def test_an_amount_of_the_growth_and_one_said_again_to_be_split_are_no_figures():
    """FMC, May 2021: "$400 million of this year's revenue growth" is a part of the growth, and "Of that $400 million,
    $180 million is ..." splits the amount guided before; neither is revenue of its own."""
    text = ("We expect new products to contribute $400 million in revenue this year. I just said that $400 million of this "
            "year's revenue growth is coming from products that we've introduced since 2018. Of that $400 million, $180 "
            "million is growth that are coming from products that were launched in 2018.")
    assert [(f.metric, f.kind, f.value, f.period_label, f.subject) for f in extract(text, date(2021, 5, 4), 2021)] == [
        ("revenue", "guidance", 400e6, "FY2021", "new products")]


def test_cash_flow_said_per_share_is_no_eps_said_after_it():
    """Comstock, February 2022: the cash flow said per share is not the earnings said after it."""
    said = "On a per share basis, cash flow has gone from $1.96 to $3.29 and earnings has gone from $0.27 to $1.16."
    assert [(f.metric, f.value) for f in extract(said, date(2022, 2, 16), 2021)] == [("eps", 0.27), ("eps", 1.16)]


@pytest.mark.parametrize("said, call_date, fiscal_year, expected", [
    # Evercore, October 2021
    ("Sitting where we are today, with year-to-date revenues roughly $100 million below last year's full-year record and "
     "nine month EPS about $0.80 above last year's full-year record, let me guide all of you by saying that 2021 will be "
     "another record year in revenues and earnings for Evercore.", date(2021, 10, 27), 2021, []),
    # DXC (fiscal year to March), February 2022: the $650 million is the level
    ("Free cash flow for the quarter was $550 million, an increase of $956 million as compared to prior year and moves "
     "our year-to-date free cash flow to $650 million or $150 million above our full year guidance.",
     date(2022, 2, 2), 2022, [550e6, 650e6]),
])
def test_money_one_amount_is_above_or_below_another_by_is_no_level(said, call_date, fiscal_year, expected):
    assert [f.value for f in extract(said, call_date, fiscal_year, fiscal_year_ends=3 if fiscal_year == 2022 else 12)] \
        == expected


def test_a_benefit_to_eps_or_margin_is_a_part_of_it_not_its_level():
    text = ("We expect our Velcora acquisition, we will provide $0.01 -- 1% of growth on the top line and $0.03 of "
            "benefits to EPS.")  # IDEX, February 2021 (the "$0.01 --" is a slip of the tongue, read as said)
    assert 0.03 not in [f.value for f in extract(text, date(2021, 2, 3), 2020)]
    # Clorox (fiscal year to June), October 2020: nor is a benefit to margin its change
    assert extract("We got a little over 400 basis points of benefit to margin in the Q1.", date(2020, 10, 30), 2021,
                   fiscal_year_ends=6) == []


def test_savings_counted_in_eps_are_savings_not_eps():
    """CTS, July 2021: "$0.03 of EPS in savings" is what the restructuring saved, not the quarter's EPS."""
    said = ("In the last quarter, we generated $0.03 of EPS in savings from our restructuring program announced in the "
            "third quarter of 2020, bringing the total savings to $0.12 of EPS so far.")
    assert [(f.metric, f.value, f.unit) for f in extract(said, date(2021, 7, 27), 2021)] == [
        ("cost_savings", 0.03, "USD/share"), ("cost_savings", 0.12, "USD/share")]


def test_a_benefit_or_loss_inside_eps_is_a_part_of_it_not_its_level():
    # EnerSys (fiscal year to March), February 2021
    said = ("Despite the ongoing challenges caused by COVID-19, the demand for EnerSys products was clear during the period "
            "as we reported strong third quarter fiscal '21 adjusted earnings of $1.27 per diluted share, which included a "
            "$0.10 benefit from the settlement of our claim related to the September 29 fire in our Richmond, Kentucky "
            "facility less $0.03 per share in foreign currency losses.")
    figures = extract(said, date(2021, 2, 4), 2021, fiscal_year_ends=3)
    assert [(f.metric, f.value, f.period_end) for f in figures] == [("adjusted_eps", 1.27, date(2020, 12, 31))]


@pytest.mark.parametrize("said, call_date, fiscal_year, expected", [
    # FMC, May 2021: what currencies added to growth is no growth (nor the headwind expected)
    ("FX was a modest tailwind for revenue growth in Q1 at 1% versus our expectations of a 2% headwind, as the U.S. "
     "dollar weakened against many currencies with the notable exception of the Brazilian reais.", date(2021, 5, 4), 2021,
     []),
    # Best Buy, November 2021: the revenue lost by leaving a country is no revenue (the comparable sales decline is)
    ("This decrease was driven by the loss of approximately $90 million in revenue from exiting Mexico and a comparable "
     "sales decline of 3% in Canada.", date(2021, 11, 23), 2022, [-3.0]),
    # FMC, May 2021: how far above the guidance is no EPS
    ("Adjusted earnings were $1.53 per diluted share in the quarter, a decrease of 17% versus Q1 2020, but also $0.03 "
     "above the midpoint of our guidance range.", date(2021, 5, 4), 2021, [1.53]),
    # FTI Consulting, April 2020: what an item changed EPS by
    ("GAAP EPS included $2.2 million of noncash interest expense related to our convertible notes which decreased EPS "
     "by $0.04.", date(2020, 4, 30), 2020, []),
    # DXC (fiscal year to March), July 2021: what a lower tax rate added
    ("Our Q1 non-GAAP earnings per share was $0.84 or $0.08 higher than the top end of our guidance, benefiting $0.05 "
     "from a lower tax rate.", date(2021, 7, 28), 2022, [0.84]),
    # Federal Signal, October 2021: a part of the year's improvement
    ("In the aggregate, these higher tax benefits represented approximately $0.05 of our year over year EPS "
     "improvement.", date(2021, 10, 28), 2021, []),
    # DHI Group, May 2020: what an impairment took off
    ("This quarter's earnings per share had a $0.16 detriment as a result of the impairment of intangible assets and "
     "equity investments, as well as certain discreet tax and other items.", date(2020, 5, 5), 2020, []),
    # Jabil, June 2021: how far a margin came out above the outlook is no change of it
    ("And in terms of the 30 bps upside on margin, again, I just think it's an indication how we're running the "
     "business.", date(2021, 6, 17), 2021, []),
    # Snap-on, February 2022: what the restructuring added to the tax rate is no change of the rate
    ("Our fourth quarter effective income tax rate of 22.3% compared to 21.8% last year, which includes a 10 basis point "
     "increase related to the restructuring actions.", date(2022, 2, 3), 2021, [22.3, 21.8]),
])
def test_what_moved_a_result_is_not_the_result(said, call_date, fiscal_year, expected):
    assert [f.value for f in extract(said, call_date, fiscal_year)] == expected


def test_a_growth_range_said_again_in_dollars_is_the_level_it_reaches_not_the_change():
    """Clorox (fiscal year to June), November 2020: $7.95 / $7.70 is 1.08 / 1.05, so the dollars are the EPS the
    growth reaches; a change of $0.20 to $0.32 would stand to itself as 8 / 5 does."""
    said = ("Net of these factors, we now expect fiscal year '21 diluted EPS to increase between 5% to 8% or $7.70 to $7.95 "
            "reflecting our assumption for stronger top line performance, partially offset by a rising cost environment.")
    figures = extract(said, date(2020, 11, 2), 2021, fiscal_year_ends=6)
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.unit, f.period_end) for f in figures] == [
        ("eps", "guidance", 7.7, 7.95, "USD/share", date(2021, 6, 30))]
    assert extract(said.replace("$7.70 to $7.95", "$0.20 to $0.32"), date(2020, 11, 2), 2021, fiscal_year_ends=6) == []


def test_a_prior_range_is_guidance_and_the_year_of_the_actual_after_it_is_not_its_year():
    """Standex (fiscal year to June), October 2020: the prior range is the outlook it replaced, and fiscal 2020 dates
    only the actual expenditures said after "and actual"."""
    said = ("And finally, we expect capital expenditures to be approximately $25 million to $28 million compared to a prior "
            "expected range of between $28 million to $30 million and actual expenditures of $19 million in fiscal 2020.")
    figures = extract(said, date(2020, 10, 30), 2021, fiscal_year_ends=6)
    assert [(f.kind, f.value, f.value_low, f.value_high, f.period_end) for f in figures] == [
        ("guidance", None, 25e6, 28e6, None), ("guidance", None, 28e6, 30e6, None),
        ("actual", 19e6, None, None, date(2020, 6, 30))]


def test_a_range_said_after_turning_to_the_outlook_is_guidance_whatever_its_tense():
    """DXC (fiscal year to March), February 2022: "declined" reads as a result, but the speaker has turned to the
    fourth quarter's guidance; the same range said without that turn is a result."""
    outlook = "Turning to the fourth quarter guidance. Revenues between $4.11 billion and $4.15 billion."
    said = " Organic revenue declined, minus 1.2% to minus 1.7%."
    figures = extract(outlook + said, date(2022, 2, 1), 2022, fiscal_year_ends=3)
    assert [(f.metric, f.kind, f.value_low, f.value_high) for f in figures] == [
        ("revenue", "guidance", 4.11e9, 4.15e9), ("organic_revenue_growth", "guidance", -1.7, -1.2)]
    assert [f.kind for f in extract(said, date(2022, 2, 1), 2022, fiscal_year_ends=3)] == ["actual"]


@pytest.mark.parametrize("before, kind", [
    # Comstock Resources, Q3 2021: the plan said before is the tense of the fragment that goes on with it
    ("Our original operating plan, which is what we told you, for this year, expected to provide production growth close "
     "to 10%.", "guidance"),
    ("Revenue was $1.9 billion.", "actual"),
])
def test_a_sentence_going_on_with_the_one_before_takes_its_tense(before, kind):
    said = extract(f"{before} And most importantly, generate in excess of $200 million of free cash flow.",
                   date(2021, 10, 27))
    assert [(f.metric, f.kind, f.value_low, f.qualifier) for f in said if f.metric == "free_cash_flow"] == [
        ("free_cash_flow", kind, 200e6, "at_least")]


@pytest.mark.parametrize("sentence, call_date, fiscal_year, expected", [
    # FMC, May 2021
    ("We reported $1.2 billion in first quarter revenue, which reflects a 4% decrease on a reported basis and a 5% "
     "decrease organically.", date(2021, 5, 4), 2021,
     [("revenue", 1.2e9, date(2021, 3, 31)), ("revenue_growth", -4.0, date(2021, 3, 31)),
      ("organic_revenue_growth", -5.0, None)]),
    # Hexcel, January 2021
    ("Finally, turning to industrial, sales were $232 million in 2020, which was 26.5% lower year over year.",
     date(2021, 1, 28), 2020, [("revenue", 232e6, date(2020, 12, 31)), ("revenue_growth", -26.5, date(2020, 12, 31))]),
    # Snap-on, February 2022: the growth is not of the baseline's time
    ("Sales of $392.5 million compared to $361.1 million a year ago, reflecting a 5.5% organic sales gain.",
     date(2022, 2, 3), 2021, [("revenue", 392.5e6, None), ("revenue", 361.1e6, date(2020, 12, 31)),
                              ("organic_revenue_growth", 5.5, None)]),
])
def test_a_change_said_of_the_amount_just_said_is_of_its_time(sentence, call_date, fiscal_year, expected):
    """(the organic rate after "and" changes the 4%, not the amount, and is left undated as before)"""
    assert [(f.metric, f.value, f.period_end) for f in extract(sentence, call_date, fiscal_year)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # Federal Signal, November 2021: an acquired company's trailing year
    ("Over the last 12 months, Deist has generated revenues of approximately $41 million with a double-digit EBITDA "
     "margin.", [("revenue", 41e6, "TTM Q3 2021", "Deist")]),
    # Brown & Brown, July 2021: the span is of the acquisition activity, not of the organic growth after it
    ("The Retail segment delivered total revenue growth of 28.3%, driven by acquisition activity over the past 12 months "
     "and organic revenue growth of 17.6%, which was driven by growth across all lines of business.",
     [("revenue_growth", 28.3, None, "Retail"), ("organic_revenue_growth", 17.6, None, "Retail")]),
])
def test_the_span_a_sentence_opens_with_dates_its_amount(sentence, expected):
    figures = extract(sentence, date(2021, 11, 2), 2021)
    assert [(f.metric, f.value, f.period_label, f.subject) for f in figures] == expected


@pytest.mark.parametrize("said, call_date, fiscal_year, year_ends, expected", [
    # A. O. Smith, April 2020: the transcript runs the deal's month into the growth said next
    ("Incremental sales of $16 million from the Water-Right acquisition purchased in April 2019 organic growth of 17% in "
     "North America water treatment products and higher water heater volumes drove sales higher.", date(2020, 4, 29), 2020,
     12, [("organic_revenue_growth", 17.0, None)]),
    # Korn Ferry (fiscal year to April), March 2022: the buybacks are the quarter's, not the day's the deal closed on (and
    # what the cash is net of is no cash)
    ("I would note that the investable cash position is net of $91 million that we used to acquire the Lucas Group on "
     "November 1 and about $22 million for share repurchases in the quarter.", date(2022, 3, 9), 2022, 4,
     [("share_repurchase", 22e6, "Q3 FY2022")]),
])
def test_the_time_a_business_was_bought_dates_no_figure(said, call_date, fiscal_year, year_ends, expected):
    assert [(f.metric, f.value, f.period_label) for f in extract(said, call_date, fiscal_year, fiscal_year_ends=year_ends)] \
        == expected


@pytest.mark.parametrize("sentence, call_date, fiscal_year, year_end_month, expected", [
    # AZZ (fiscal year to February), January 2021
    ("As for the year-to-date results, through the third quarter of fiscal '21, we reported year-to-date sales of $643.3 "
     "million, 21.2% below the $816.5 million in sales in the same period last year.", date(2021, 1, 8), 2021, 2,
     [(643.3e6, "YTD Q3 FY2021"), (816.5e6, "YTD Q3 FY2020")]),
    # Northwest Natural, November 2020
    ("For the first nine months of 2020, we reported net income from continuing operations of $24.5 million or $0.80 per "
     "share compared to net income of $27 million or $0.91 per share for the same period last year.",
     date(2020, 11, 5), 2020, 12, [(0.80, "YTD Q3 2020"), (0.91, "YTD Q3 2019")]),
    # Vector Group, August 2021: so is the year's period set against a half
    ("For the six months ended June 30, 2021, Douglas Elliman reported $664.8 million in revenues compared to $298.5 "
     "million in revenues in the 2020 period.", date(2021, 8, 4), 2021, 12, [(664.8e6, "H1 2021"), (298.5e6, "H1 2020")]),
    # AZZ, January 2021; Southwest Gas, November 2021: and so is the prior year's, or the prior-year period, set against
    # the year so far or the trailing year
    ("Our fiscal year 2021 year-to-date gross margin of 22.2% declined 60 basis points from a gross margin of 22.8% from "
     "the prior year.", date(2021, 1, 8), 2021, 2, [(22.2, "YTD Q3 FY2021"), (-60.0, "YTD Q3 FY2021"), (22.8, "YTD Q3 FY2020")]),
    ("For the 12 months ended September 30, 2021 net income was $234 million or $4.02 per diluted share compared to net "
     "income in the prior-year period of $220 million or $3.97 per diluted share.", date(2021, 11, 9), 2021, 12,
     [(4.02, "TTM Q3 2021"), (3.97, "TTM Q3 2020")]),
    # AZZ, January 2021: and so is "last year"
    ("Year-to-date reported operating margin of 6.7% decreased 390 basis points compared to 10.6% last year.",
     date(2021, 1, 8), 2021, 2, [(6.7, "YTD Q3 FY2021"), (-390.0, "YTD Q3 FY2021"), (10.6, "YTD Q3 FY2020")]),
])
def test_the_same_period_set_against_the_year_so_far_is_the_same_months_a_year_before(sentence, call_date, fiscal_year,
                                                                                        year_end_month, expected):
    figures = extract(sentence, call_date, fiscal_year, fiscal_year_ends=year_end_month)
    assert [(f.value, f.period_label) for f in figures
            if f.metric in ("revenue", "eps", "gross_margin", "operating_margin")] == expected


@pytest.mark.parametrize("sentence, call_date, fiscal_year, year_end_month, expected", [
    # Worthington (fiscal year to May), March 2021: not the months said after the next amount
    ("Cash flow from operations was $9 million in the quarter and $234 million for the first nine months of our fiscal "
     "year with free cash flow totaling $169 million in the same period.", date(2021, 3, 23), 2021, 5,
     [(9e6, "Q3 FY2021"), (234e6, "YTD Q3 FY2021"), (169e6, "YTD Q3 FY2021")]),
    # WESCO, January 2020: also past a restated amount ("or 178% of net income")
    ("The company generated free cash flow of $94 million or 178% of net income in the quarter and $180 million or 81% "
     "of net income for the full year.", date(2020, 1, 30), 2019, 12,
     [(94e6, "Q4 2019"), (178.0, "Q4 2019")]),
    # WESCO, January 2020: nor the year of a contract exited, said in the reason
    ("Sales were up 10% in the quarter with the U.S. up 11% and Canada down 7%, partly related to the nonrenewal of a "
     "contract that we exited in late 2018.", date(2020, 1, 30), 2019, 12,
     [(10.0, "Q4 2019"), (11.0, "Q4 2019"), (-7.0, "Q4 2019")]),
    # Raytheon Technologies, July 2021: also past the measure's words, and not the year-to-date said next
    ("We achieved $185 million of incremental gross cost synergies in the quarter, bringing our year-to-date savings to "
     "$390 million.", date(2021, 7, 27), 2021, 12,
     [(185e6, "Q2 2021"), (390e6, "YTD Q2 2021")]),
    # ResMed (fiscal year to June), August 2020: "and" between two nouns after the last amount leads to no other figure
    ("But look, we did obviously sell, as we talked about, and Brett talked about in his remarks, we had an extra 35 "
     "million of sales in the March quarter, our Q3 from ventilator, ventilator masks and we had an extra 125 million in "
     "ventilator and ventilator mask sales in the fourth quarter.", date(2020, 8, 6), 2020, 6,
     [(35e6, "Q3 FY2020"), (125e6, "Q4 FY2020")]),
    # ... but a clause it leads to has a time of its own (BankUnited, October 2021; the "little over 3%" there is a rate
    # Florida's law sets, no figure of the bank's)
    ("I mean, it will be down a little bit in the fourth quarter and the main driver of that is -- probably more down "
     "around the 24% level and the main driver of that is just that the Florida tax rate Florida has just acted a law "
     "that reduces the 2021 tax rate, just a little over 3% and it goes back to normal in 2022.", date(2021, 10, 21),
     2021, 12, [(24.0, "Q4 2021")]),
])
def test_an_amount_said_in_the_quarter_is_of_the_quarter(sentence, call_date, fiscal_year, year_end_month, expected):
    figures = extract(sentence, call_date, fiscal_year, fiscal_year_ends=year_end_month)
    assert [(f.value, f.period_label) for f in figures] == expected


def test_an_amount_said_for_the_quarter_is_not_dated_by_the_month_a_clause_before_names():
    """MSC Industrial (fiscal year to August), October 2021: the margin is the fourth quarter's, not August's, and so is
    its change said right after it."""
    said = ("Supplier pricing moves led us to take another increase in August, and solid realization of our June increase "
            "allowed us to post the gross margin of 42% for the quarter, down just 30 basis points from our fiscal third "
            "quarter, which is less than our typical seasonal drop.")
    assert [(f.metric, f.value, f.period_label) for f in extract(said, date(2021, 10, 20), 2021, fiscal_year_ends=8)] == [
        ("gross_margin", 42.0, "Q4 FY2021"), ("gross_margin", -30.0, "Q4 FY2021")]


def test_the_time_said_in_a_clause_of_its_own_dates_only_that_clauses_amount():
    """Raytheon Technologies, July 2021: last year's 11% is Pratt's, not the 3% set against it."""
    said = ("Military sales were down 3% also on a tough compare given Pratt's military sales were up 11% in the same "
            "period last year.")
    assert [(f.value, f.period_end) for f in extract(said, date(2021, 7, 27), 2021)] == [
        (-3.0, None), (11.0, date(2020, 6, 30))]


@pytest.mark.parametrize("said, call_date, fiscal_year, year_ends, expected", [
    # Assured Guaranty, February 2020
    ("Turning to share repurchases, in the fourth quarter of 2019, we repurchased 3.3 million shares for $160 million, "
     "bringing full year 2019 repurchases to 11.2 million shares for $500 million.", date(2020, 2, 27), 2019, 12,
     [(160e6, "Q4 2019"), (500e6, "FY2019")]),
    # DXC Technology (fiscal year to March), February 2022
    ("In Q3, we repurchased $213 million of common stock, bringing our FY '22 year-to-date repurchases to $363 million "
     "or 10.6 million shares.", date(2022, 2, 2), 2022, 3, [(213e6, "Q3 FY2022"), (363e6, "YTD Q3 FY2022")]),
])
def test_the_time_of_a_running_total_said_next_is_its_own(said, call_date, fiscal_year, year_ends, expected):
    figures = extract(said, call_date, fiscal_year, fiscal_year_ends=year_ends)
    assert [(f.value, f.period_label) for f in figures] == expected


@pytest.mark.parametrize("said, call_date, fiscal_year, expected", [
    # DXC, February 2021
    ("Using our guidance tax rate of 30%, non-GAAP EPS was $0.65.", date(2021, 2, 8), 2021, [("adjusted_eps", 0.65)]),
    # Northwest Natural, November 2020
    ("I'll describe earnings drivers on an after-tax basis using the statutory tax rate of 26.5%.", date(2020, 11, 6), 2020,
     []),
])
def test_a_rate_a_result_is_worked_out_with_is_no_tax_rate(said, call_date, fiscal_year, expected):
    assert [(f.metric, f.value) for f in extract(said, call_date, fiscal_year)] == expected


def test_a_clause_with_a_time_of_its_own_is_not_dated_by_the_year_the_sentence_opens_with():
    """Assured Guaranty, February 2020: the dividend raised "this week" is no 2019 dividend."""
    said = ("During 2019, we returned $74 million in dividends to our shareholders and this week, the Board approved an "
            "11% increase in our quarterly dividend to $0.20 per share.")
    assert [(f.value, f.period_label) for f in extract(said, date(2020, 2, 27), 2019)] == [(74e6, "FY2019"), (0.2, None)]


def test_the_time_said_of_an_amount_in_an_aside_is_not_the_time_of_the_amount_before_it():
    """Charles River, August 2021: last year's COVID-19 impact is what the 8% is related to; the 24.1% growth is not
    last year's."""
    said = ("Organic revenue growth of 24.1%, including 8% related to last year's COVID-19 impact and operating margin "
            "expansion of 350 basis points, were the primary drivers behind earnings-per-share growth share growth of "
            "65.2% to $2.61.")
    assert [(f.metric, f.value, f.period_label) for f in extract(said, date(2021, 8, 5), 2021)] == [
        ("organic_revenue_growth", 24.1, None), ("operating_margin", 350.0, None)]  # nor is the margin's
    # (nor when "compared to last year's COVID-19 impact in the second quarter of 2020", the comparison's time)
    said = ("Organic revenue growth of 24.1% was increased by approximately 8%, when compared to last year's COVID-19 "
            "impact in the second quarter of 2020, with the greatest impact in the Research Models and Services segment.")
    assert [f.period_label for f in extract(said, date(2021, 8, 5), 2021)][:1] == [None]


def test_the_time_said_in_a_relative_clause_dates_only_its_amount():
    """FTI Consulting, April 2020: 2019 is the year Asia Pacific made up 6.6% of revenues; the growth rates around it
    are the quarter's."""
    said = ("Worth noting, while revenues in EMEA and North America increased 22.8% and 8.1% respectively in the quarter, "
            "revenues in Asia Pacific which represented 6.6% of our overall revenues in 2019, declined 14.8%.")
    assert [(f.value, f.period_label) for f in extract(said, date(2020, 4, 23), 2020)] == [
        (22.8, "Q1 2020"), (8.1, "Q1 2020"), (-14.8, "Q1 2020")]


@pytest.mark.parametrize("sentence, call_date, fiscal_year, year_end_month, expected", [
    # Best Buy (fiscal year to January), November 2021; Oxford Industries (to January), March 2021: a percentage set
    # against a share of sales is that share a year or two before, no growth
    ("Online sales were 31% of domestic revenue compared to 16% in Q3 of fiscal '20, growing by more than $2 billion "
     "during that time.", date(2021, 11, 23), 2022, 1, []),
    ("In fiscal 2020, e-commerce sales were $324 million, growing 24% and making up 43% of our total sales, compared to "
     "23% in fiscal 2019.", date(2021, 3, 25), 2020, 1, [("revenue", 324e6), ("revenue_growth", 24.0)]),
])
def test_a_percentage_set_against_a_share_is_a_share(sentence, call_date, fiscal_year, year_end_month, expected):
    figures = extract(sentence, call_date, fiscal_year, fiscal_year_ends=year_end_month)
    assert [(f.metric, f.value) for f in figures] == expected


def test_a_change_said_below_a_year_before_is_a_decline():
    """AZZ (fiscal year to February), January 2021."""
    said = ("On a year-to-date basis, excluding the impact of the $20.3 million of restructuring and impairment charges, "
            "operating margins were 9.8% or 80 basis points below prior year.")
    figures = extract(said, date(2021, 1, 8), 2021, fiscal_year_ends=2)
    assert [(f.metric, f.value, f.unit) for f in figures] == [("operating_margin", 9.8, "%"), ("operating_margin", -80.0, "bps")]


@pytest.mark.parametrize("sentence, call_date, fiscal_year, year_end_month", [
    # Sealed Air, August 2021; ResMed (fiscal year to June), April 2021
    ("In Q2, Food net sales of $737 million were up 6% on a constant dollar basis.", date(2021, 8, 4), 2021, 12),
    ("Excluding these impacts, our Q3 FY '21 revenue increased by 1% in constant-currency terms.", date(2021, 4, 29), 2021, 6),
])
def test_growth_said_after_in_constant_dollars_or_currency_is_organic(sentence, call_date, fiscal_year, year_end_month):
    figures = extract(sentence, call_date, fiscal_year, fiscal_year_ends=year_end_month)
    assert [f.metric for f in figures if f.unit == "%"] == ["organic_revenue_growth"]


def test_a_growth_said_in_dollar_terms_after_an_organic_one_is_the_reported_growth():
    """Philip Morris, October 2021: "on an organic basis" is the 7.6%'s; the 9.1% is said in dollars."""
    said = ("Turning to the headline numbers, our Q3 net revenues grew by plus 7.6% on an organic basis or plus 9.1% in "
            "dollar terms.")
    assert [(f.metric, f.value) for f in extract(said, date(2021, 10, 19), 2021)] == [
        ("organic_revenue_growth", 7.6), ("revenue_growth", 9.1)]


@pytest.mark.parametrize("said, expected", [
    # Philip Morris, October 2021, a few sentences on: it is the EPS that grew, so neither is revenue growth ...
    ("Our adjusted diluted EPS grew plus 15.8% organically and plus 20.4% in dollar terms, also obviously a very "
     "strong result.", []),
    # ... and the growth it represents, named after the first amount, is the EPS's too
    ("Our resulting adjusted diluted EPS of $1.58 represents plus 8.5% organic growth, and plus 11.3% in dollar terms, "
     "a very good performance.", [("adjusted_eps", 1.58)]),
])
def test_growth_said_organically_and_in_dollars_of_a_measure_no_percentage_takes_is_no_figure(said, expected):
    assert [(f.metric, f.value) for f in extract(said, date(2021, 10, 19), 2021)] == expected


@pytest.mark.parametrize("sentence, call_date, fiscal_year, expected", [
    # Evercore, October 2021: the year the amount is more than is no time of it ...
    ("However, I would like to highlight that we achieved a fourth straight quarter of Advisory revenues greater than "
     "$500 million, and our year-to-date advisory revenues of $1.78 billion are more than all of 2020, which was a record "
     "year for us.", date(2021, 10, 27), 2021, [(1.78e9, "YTD Q3 2021")]),
    # ... nor is the year it is twice: its time is "our record December quarter", the quarter that ended in December
    # (MarineMax, January 2021)
    ("Our record December quarter saw both net income and earnings per share more than double with EPS hitting $1.04, "
     "more than twice the level of last year's previous record.", date(2021, 1, 28), 2021, [(1.04, "Q4 2020")]),
])
def test_the_time_an_amount_is_measured_against_is_no_time_of_it(sentence, call_date, fiscal_year, expected):
    figures = extract(sentence, call_date, fiscal_year)
    assert [(f.value, f.period_label) for f in figures if f.metric in ("revenue", "eps")][-1:] == expected


def test_a_half_said_without_its_year_is_of_the_year_the_sentence_names():
    """Corning, January 2020: the first half whose sales grew 11% is 2019's, the year the sentence opens with, not
    2020's, which had only begun."""
    said = ("Corning enter 2019 building on two years of strong growth and that growth continued in the first half, with "
            "sales up 11% and EPS up 24% year-over-year.")
    assert [(f.metric, f.value, f.period_label, f.period_end) for f in extract(said, date(2020, 1, 28), 2019)] == [
        ("revenue_growth", 11.0, "H1 2019", date(2019, 6, 30))]


def test_a_result_on_top_of_last_years_is_set_against_the_quarter_a_year_before():
    """Best Buy (fiscal year to January), November 2021: the 23% is last year's third quarter, not its whole year."""
    said = "And Domestic comparable sales growth was up 2% on top of 23% last year."
    figures = extract(said, date(2021, 11, 23), 2022, fiscal_year_ends=1)
    assert [(f.value, f.period_label) for f in figures] == [(2.0, None), (23.0, "Q3 FY2021")]


def test_a_percentage_comparing_another_measure_is_not_a_figure():
    """Chevron (January 2022): "record free cash flow, 25% greater than our previous high" compares free
    cash flow, which no percentage measures; the 25% is not a synergy saving named earlier, nor anything."""
    sentence = ("By the end of 2021, we had one of our most successful years ever with return on capital employed "
                "approaching 10%, our highest since 2014; the successful integration of Noble Energy, while more than "
                "doubling initial synergy estimates; and record free cash flow, 25% greater than our previous high.")
    figures = extract(sentence, date(2022, 1, 28), 2021)
    assert all(f.kind == "actual" for f in figures)
    assert 25.0 not in [f.value for f in figures]


def test_free_cash_flow_conversion_is_a_ratio_not_free_cash_flow():
    """Amphenol (January 2020), in Q&A: "100% of net income" is how much of it turns into cash, which the free cash flow
    conversion after it names; it is no free cash flow figure (unlike "free cash flow should be around 105% to 110% of
    net income", which says free cash flow itself)."""
    sentence = ("So I would expect that same kind of rough -- you know, within the range of 100% of net income, free "
                "cash flow conversion in the 90s, in mid 90s may be in that range and over 100% coming from an operating "
                "cash flow perspective, which basically is what we would expect over the longer term from a cash flow "
                "perspective.")
    assert extract(sentence, date(2020, 1, 29), 2019) == []
    said = "And free cash flow should be around 105% to 110% of net income."
    assert [(f.metric, f.value_low, f.value_high, f.unit) for f in extract(said, date(2020, 2, 5), 2019)] == [
        ("free_cash_flow", 105.0, 110.0, "%")]


def test_a_margin_of_a_measure_no_metric_takes_is_not_the_margin_said_before():
    """AZZ (fiscal year to February), January 2021: the 15% is an EBITDA margin, which no metric tracks; it is not
    another operating margin for having one said just before it."""
    said = ("I think the margin profile for Infrastructure Solutions, we continue to look at getting to that 10% to 12% "
            "operating margin, 15% EBITDA.")
    assert [(f.metric, f.value_low, f.value_high) for f in extract(said, date(2021, 1, 8), 2021, fiscal_year_ends=2)] == [
        ("operating_margin", 10.0, 12.0)]


@pytest.mark.parametrize("sentence, call_date, fiscal_year, expected", [
    # EnerSys, February 2021; Spectrum Brands, May 2021: the measures a reason names are not the amount's
    ("EPS increased 22% to $1.27 on higher net earnings.", date(2021, 2, 11), 2021,
     [("eps", "actual", 1.27, None, None, "USD/share", "exact", None, None)]),
    ("Adjusted diluted EPS improved to $1.76 driven by operating income growth along with lower shares outstanding.",
     date(2021, 5, 7), 2021, [("adjusted_eps", "actual", 1.76, None, None, "USD/share", "exact", None, None)]),
    # Thermon, November 2020: the rise is adjusted EBITDA's, not the cost reduction's that led to it
    ("Adjusted EBITDA of $10.5 million was down 50% from prior year, but up 661% or $9.1 million from Q1 on improved "
     "volume and cost reduction actions.", date(2020, 11, 5), 2021,
     [("ebitda", "actual", 10.5e6, None, None, "USD", "exact", None, None)]),
    # DuPont, May 2021: nor is a measure named in a reason said before the amount, in a clause of its own (the amount
    # is working capital's, which no metric tracks)
    ("So I would expect on a full-year basis, I might be in right now for working capital to be used, just given the "
     "top line growth as we're expecting, probably more so in the $200 million range.", date(2021, 5, 4), 2021, []),
    # Hexcel, January 2021: a market said after the reason is not what the sales are of
    ("Industrial sales totaled $49.4 million, decreasing 31% compared to the fourth quarter of 2019 on weaker wind and "
     "recreation markets, partially offset by strengthening automotive.", date(2021, 1, 26), 2020,
     [("revenue", "actual", 49.4e6, None, None, "USD", "exact", date(2020, 12, 31), "Industrial")]),
])
def test_what_a_reason_names_is_not_the_amounts_measure(sentence, call_date, fiscal_year, expected):
    assert rows(sentence, call_date, fiscal_year) == expected


@pytest.mark.parametrize("sentence, call_date, fiscal_year, expected", [
    # FTI Consulting, April 2020: a result's change on the quarter before is the reported quarter's
    ("Sequentially, revenues increased 14.7% driven by higher demand for both our business transformation and "
     "transactions and restructuring services in North America and EMEA.", date(2020, 4, 23), 2020,
     [("revenue_growth", "actual", 14.7, None, None, "%", "exact", date(2020, 3, 31), None)]),
    # Xylem, October 2020: so is the level it reached
    ("We also saw operating margins expand quarter sequentially to 13% which drove EPS of $0.62, both better than "
     "expected.", date(2020, 10, 29), 2020,
     [("operating_margin", "actual", 13.0, None, None, "%", "exact", date(2020, 9, 30), None),
      ("eps", "actual", 0.62, None, None, "USD/share", "exact", date(2020, 9, 30), None)]),
    # DXC, February 2021: not when the sentence names another quarter, whose the earlier change is
    ("IT outsourcing revenue was down 1.8% sequentially, an improvement as compared to Q2 where it was down 4.7%.",
     date(2021, 2, 3), 2021,
     [("revenue_growth", "actual", -1.8, None, None, "%", "exact", None, "IT outsourcing"),
      ("revenue_growth", "actual", -4.7, None, None, "%", "exact", None, "IT outsourcing")]),
])
def test_a_sequential_change_is_of_the_quarter_reported_or_under_way(sentence, call_date, fiscal_year, expected):
    assert rows(sentence, call_date, fiscal_year) == expected


@pytest.mark.parametrize("sentence, call_date, fiscal_year, year_end_month, expected", [
    # Masco, October 2021; Comfort Systems, April 2021; Korn Ferry, March 2022 (its fiscal year ends in April)
    ("Finally, we repurchased more than 15.2 million shares in 2021 for $878 million.", date(2021, 10, 28), 2021, 12,
     [("share_repurchase", 878e6, "YTD Q3 2021", date(2021, 9, 30))]),
    ("Our 2021 tax rate was 24.8%, compared to 27.6% in 2020.", date(2021, 4, 27), 2021, 12,
     [("tax_rate", 24.8, "YTD Q1 2021", date(2021, 3, 31)), ("tax_rate", 27.6, "FY2020", date(2020, 12, 31))]),
    ("In addition to investing in M&A and hiring of additional fee earners and execution staff, we have repurchased "
     "approximately $55 million worth of our stock and have paid cash dividends of approximately $20 million so far in "
     "fiscal year '22.", date(2022, 3, 8), 2022, 4,
     [("share_repurchase", 55e6, "YTD Q3 FY2022", date(2022, 1, 31)), ("dividend", 20e6, "YTD Q3 FY2022", date(2022, 1, 31))]),
    # Federal Signal, November 2021: but "for the quarter ... this year" is the quarter of this year
    ("SSG's net sales for the quarter were $49 million this year, up 1% compared to last year.", date(2021, 11, 2), 2021,
     12, [("revenue", 49e6, "Q3 2021", date(2021, 9, 30)), ("revenue_growth", 1.0, "Q3 2021", date(2021, 9, 30))]),
])
def test_a_result_of_a_year_under_way_is_of_the_year_so_far(sentence, call_date, fiscal_year, year_end_month, expected):
    figures = extract(sentence, call_date, fiscal_year, fiscal_year_ends=year_end_month)
    assert [(f.metric, f.value, f.period_label, f.period_end) for f in figures] == expected


@pytest.mark.parametrize("sentence, call_date, fiscal_year, year_end_month, expected", [
    # Snap-on, February 2022; MSC Industrial, October 2021 (its fiscal year ends in August): a result said with no time
    # is the quarter reported, so "last year" it is set against is that quarter a year before
    ("The operating margin of 21.9% improved 300 basis points from 18.9% last year.", date(2022, 2, 3), 2021, 12,
     [(21.9, None, None), (300.0, None, None), (18.9, "Q4 2020", date(2020, 12, 31))]),
    ("Excluding the acquisition-related costs, as well as the restructuring and other related costs, our adjusted "
     "operating margin was 11.7%, versus an adjusted 11.2% in the prior year.", date(2021, 10, 20), 2021, 8,
     [(11.7, None, None), (11.2, "Q4 FY2020", date(2020, 8, 31))]),
    # CTS, July 2021: and "last quarter" the quarter before it
    ("Adjusted earnings per diluted share were $0.52 compared to $0.16 for the same period last year and $0.46 last "
     "quarter.", date(2021, 7, 27), 2021, 12,
     [(0.52, None, None), (0.16, "Q2 2020", date(2020, 6, 30)), (0.46, "Q1 2021", date(2021, 3, 31))]),
    # Cohen & Steers, October 2020: so is "last quarter" set against the quarter reported, named
    ("We reported diluted earnings of $0.16 per share for the third quarter compared to $0.13 last quarter and $0.19 "
     "per share for the third quarter of last year.", date(2020, 10, 28), 2020, 12,
     [(0.16, "Q3 2020", date(2020, 9, 30)), (0.13, "Q2 2020", date(2020, 6, 30)), (0.19, "Q3 2019", date(2019, 9, 30))]),
])
def test_last_year_set_against_a_result_is_the_quarter_reported_a_year_before(sentence, call_date, fiscal_year,
                                                                              year_end_month, expected):
    figures = extract(sentence, call_date, fiscal_year, fiscal_year_ends=year_end_month)
    assert [(f.value, f.period_label, f.period_end) for f in figures] == expected


def test_a_quarterly_result_is_the_quarter_reported():
    # MSA Safety, October 2021: "quarterly" and "finished the quarter" say the quarter; a quarterly dividend is a rate
    said = ("Quarterly revenue of $340 million was up 12% overall and 3% on an organic constant currency basis. We "
            "finished the quarter with cash of $117 million and net debt of $495 million or 1.8 times adjusted EBITDA. "
            "Our board approved a quarterly dividend of $0.44 per share.")
    assert [(f.metric, f.value, f.period_end) for f in extract(said, date(2021, 10, 28), 2021)] == [
        ("revenue", 340e6, date(2021, 9, 30)), ("revenue_growth", 12.0, date(2021, 9, 30)),
        ("organic_revenue_growth", 3.0, date(2021, 9, 30)), ("cash", 117e6, date(2021, 9, 30)), ("dividend", 0.44, None)]
    # Snap-on, February 2022: so does "in the period"
    said = ("Net sales in the period increased 22.6% from $411.7 million in the fourth quarter of 2019, reflecting a 21.5% "
            "organic sales gain and $3.9 million of favorable foreign currency translation.")
    assert [(f.metric, f.value, f.period_end) for f in extract(said, date(2022, 2, 3), 2021)] == [
        ("revenue_growth", 22.6, date(2021, 12, 31)), ("revenue", 411.7e6, date(2019, 12, 31)),
        ("organic_revenue_growth", 21.5, date(2021, 12, 31))]


@pytest.mark.parametrize("sentence, call_date, fiscal_year, expected", [
    # Brunswick, October 2021: set against the same quarter of an earlier year, a change is the quarter reported's
    ("When compared to the third quarter of 2019, sales were up 45%, and adjusted operating margins were up 240 basis "
     "points.", date(2021, 10, 28), 2021,
     [("revenue_growth", 45.0, "Q3 2021"), ("operating_margin", 240.0, "Q3 2021")]),
    # Amphenol, January 2020: "the fourth quarter of last year" read from the call's date is the quarter reported, which
    # no result is set against: the one a year before is meant
    ("Our cable business which comprise the remainder of our sales was down 3% in US dollars and down 1% in local "
     "currencies compared to the fourth quarter of last year.", date(2020, 1, 22), 2019,
     [("revenue_growth", -3.0, "Q4 2019"), ("revenue_growth", -1.0, "Q4 2019")]),
    # Cohen & Steers, October 2020: so is one on the quarter before ("the last quarter", read from the call's date, is
    # the quarter reported, which no result is set against)
    ("Revenues increased 12.7% from the last quarter and decreased 8.4% from the third quarter of last year.",
     date(2020, 10, 28), 2020, [("revenue_growth", 12.7, "Q3 2020"), ("revenue_growth", -8.4, "Q3 2020")]),
    # MSA Safety, October 2021: not a change on "a year ago", which names no quarter
    ("Excluding this, gross profit margin was up a healthy 70 basis points compared to a year ago.", date(2021, 10, 28),
     2021, [("gross_margin", 70.0, None)]),
])
def test_a_change_on_the_same_quarter_of_an_earlier_year_is_the_quarter_reported(sentence, call_date, fiscal_year, expected):
    assert [(f.metric, f.value, f.period_label) for f in extract(sentence, call_date, fiscal_year)] == expected


def test_an_amount_said_after_the_comparison_is_not_the_quarter_reported():
    """Masco (Q3 2021): the 19% comp is the third quarter of 2020's, set against; the 4% growth is the quarter's."""
    said = extract("And our Decorative Architectural segment sales grew 4% against a robust 19% comp from the third "
                   "quarter of 2020.", date(2021, 10, 28), 2021)
    assert [(f.value, f.period_label) for f in said][0] == (4.0, "Q3 2021")
    assert [f.value for f in said][1] == 19.0 and said[1].period_label != "Q3 2021"


def test_a_time_said_of_the_outlook_a_result_is_a_part_of_is_not_the_results():
    """Dominion Energy (Q2 2021): the first half's EPS is half of the full year's guidance."""
    said = extract("For the first half of the year, weather-normal operating EPS of $1.86 represents approximately half "
                   "of our full-year guidance midpoint.", date(2021, 8, 5), 2021)
    assert [(f.metric, f.kind, f.value, f.period_label) for f in said] == [("adjusted_eps", "actual", 1.86, "H1 2021")]


def test_the_business_the_talk_starts_with_owns_its_figures_and_organic_net_sales_are_organic():
    # Spectrum Brands, May 2021 (its fiscal year ends in September)
    said = ("Starting with Hardware & Home Improvement on slide 15. Second quarter reported net sales increased 18.4%, "
            "and organic net sales increased 17.4%.")
    figures = extract(said, date(2021, 5, 7), 2021, fiscal_year_ends=9)
    assert [(f.metric, f.value, f.period_label, f.subject) for f in figures] == [
        ("revenue_growth", 18.4, "Q2 FY2021", "Hardware & Home Improvement"),
        ("organic_revenue_growth", 17.4, "Q2 FY2021", "Hardware & Home Improvement")]


@pytest.mark.parametrize("sentence, call_date, expected", [
    # Snap-on, February 2022: a result's bare year-end is the one just reported
    ("Our year-end cash position of $780 million, compared to $923.4 million at year-end 2020.", date(2022, 2, 3),
     [("actual", 780e6, "end of 2021", date(2021, 12, 31)), ("actual", 923.4e6, "end of 2020", date(2020, 12, 31))]),
    # an outlook's the one ahead
    ("We expect our year-end cash position to be about $1 billion.", date(2021, 7, 29),
     [("guidance", 1e9, "end of 2021", date(2021, 12, 31))]),
])
def test_a_bare_year_end_is_dated_by_the_kind_of_figure(sentence, call_date, expected):
    assert [(f.kind, f.value, f.period_label, f.period_end) for f in extract(sentence, call_date)] == expected


def test_a_segment_given_as_an_example_is_not_what_the_talk_turns_to():
    # MSA Safety, October 2021: the company's margin, said after a segment named as an example
    said = ("We're seeing robust customer demand, especially in the Americas segment. Adjusted operating margin was 15% in "
            "the quarter, which was down year-over-year driven by -- driven primarily by variable compensation resets and "
            "higher selling commissions and discretionary costs.")
    assert [(f.metric, f.value, f.subject) for f in extract(said, date(2021, 10, 28), 2021)] == [
        ("operating_margin", 15.0, None)]



def test_a_segments_talk_ends_with_its_paragraph_unless_the_paragraph_ends_by_turning_to_it():
    # Standex, October 2020: the company's margins, in the paragraph after the segments the impact fell on
    # (spaCy opens the paragraph's first sentence with the line break itself)
    said = ("As we expected, this impact was felt primarily at Engineering Technologies segment due to weakness in the "
            "Aviation end market, and at the Specialty Solutions segment due to weakness in the food service equipment and "
            "hospitality industries.\nOn a sequential basis, gross margin increased 290 basis points reflecting cost "
            "outcome productivity actions and favorable product mix. Our adjusted operating margin was 11% compared to "
            "11.3% a year ago.")
    assert [(f.value, f.subject) for f in extract(said, date(2020, 10, 29), 2021, fiscal_year_ends=6)] == [
        (290.0, None), (11.0, None), (11.3, None)]
    # Snap-on, February 2022: a paragraph that ends by turning to a segment hands it to the next one
    said = ("Turning to the RS&I Group shown on Slide 9.\nSales of $392.5 million compared to $361.1 million a year ago, "
            "reflecting a 5.5% organic sales gain and $12.2 million of acquisition-related sales, partially offset by "
            "$500,000 of unfavorable foreign currency translation.")
    assert [(f.value, f.subject) for f in extract(said, date(2022, 2, 3), 2021)] == [
        (392.5e6, "RS&I Group"), (361.1e6, "RS&I Group"), (5.5, "RS&I Group")]

def test_the_time_of_what_is_left_out_does_not_date_the_figure():
    # IDEX, February 2020: the full year's margins, excluding a third-quarter step up
    sentence = ("For the year, full -- for the year full gross margins expanded 10 basis points, however, excluding the "
                "impact of the third quarter Velcora inventory step up adjusted gross margins expanded 20 basis points to "
                "45.2% driven by price and productivity, more than offsetting the volume and mix pressure and our "
                "continued investments in engineering.")
    figures = extract(sentence, date(2020, 2, 5), 2019)
    assert [(f.metric, f.value, f.unit, f.period_end) for f in figures] == [
        ("gross_margin", 10.0, "bps", date(2019, 12, 31)), ("gross_margin", 20.0, "bps", date(2019, 12, 31)),
        ("gross_margin", 45.2, "%", date(2019, 12, 31))]


def test_the_comparable_period_of_the_prior_year_is_a_baseline_not_the_amounts_time():
    """AZZ (fiscal year to February), January 2021: the cash flow is the year so far, set against last year's."""
    sentence = ("On a year-to-date basis, our net cash provided by operating activities of $59.4 million declined $12.7 "
                "million or 17.6% from the comparable period in the prior year, primarily the impact of lower year-to-date "
                "net income.")
    assert [(f.metric, f.value, f.period_label) for f in extract(sentence, date(2021, 1, 8), 2021, fiscal_year_ends=2)] == [
        ("operating_cash_flow", 59.4e6, "YTD Q3 FY2021")]


def test_the_time_deals_were_done_in_does_not_date_the_growth_after_them():
    """Brown & Brown, July 2021: the past 12 months are when the acquisitions were made."""
    sentence = ("The Wholesale Brokerage segment delivered total revenue growth of 17.7% driven by acquisitions in the past "
                "12 months and organic revenue growth of 12.3%.")
    assert [f.period_label for f in extract(sentence, date(2021, 7, 27), 2021)] == [None, None]


def test_a_share_of_sales_that_rises_is_the_ratio_rising_not_sales():
    # AZZ, January 2021 (its fiscal year ends in February)
    said = "Operating margins of 12.3% of sales increased 80 basis points compared to 11.5% of sales in the prior year."
    assert rows(said, date(2021, 1, 8), 2021) == [
        ("operating_margin", "actual", 12.3, None, None, "%", "exact", None, None),
        ("operating_margin", "actual", 80.0, None, None, "bps", "exact", None, None),
        ("operating_margin", "actual", 11.5, None, None, "%", "exact", date(2020, 12, 31), None)]


def test_what_a_verb_after_an_earlier_amount_changes_is_that_amounts_measure():
    # DXC Technology, February 2022: the 13% is project work's, not the headcount's
    said = "In the quarter, we increased our headcount by 3% and increased project work by 13%."
    assert rows(said, date(2022, 2, 2), 2022) == [
        ("headcount_change", "actual", 3.0, None, None, "%", "exact", date(2021, 12, 31), None)]


@pytest.mark.parametrize("said, segments", [
    # Standex (Q1 FY2021): no "COVID-19. The" business, though "the Engraving segment" is one
    (["The other end markets are down from the effect of COVID-19. The businesses continued to utilize our growth "
      "discipline processes.", "Please turn to slide five for a discussion of the Engraving segment."], {"Engraving"}),
    # McKesson (Q3 FY2022): initials keep their dot
    (["In the U.S. Pharmaceutical segment, we anticipate revenue to increase 8% to 11%"], {"U.S. Pharmaceutical"}),
    # A. O. Smith (Q1 2020): the end of a longer name is none
    (["Rest of the World segment sales of $110 million declined 53% with the same quarter in 2019."], set()),
    # Extra Space (Q1 2021), First Industrial (Q1 2020): nor is the company itself, or a part of the call
    (["Actual results could differ materially from those stated or implied by our forward-looking statements due to "
      "risks and uncertainties associated with the Company's business.",
      "So we apologize in advance for any slight gaps or delays we may experience, particularly when we get to the Q&A "
      "segment of our call."], set()),
])
def test_the_segments_a_call_names_are_parts_of_the_company(said, segments):
    assert own_segments(said, frozenset()) == segments


def test_the_part_of_the_company_an_amount_is_at_is_its_subject():
    # Vector Group, August 2021 (the sentence's full stop is no part of the name)
    said = ("We maintained significant liquidity with cash and cash equivalents of $490 million, including cash of $155 "
            "million at Douglas Elliman and $108 million at Liggett.")
    assert [(f.metric, f.value, f.subject) for f in extract(said, date(2021, 8, 5), 2021)] == [
        ("cash", 490e6, None), ("cash", 155e6, "Douglas Elliman"), ("cash", 108e6, "Liggett")]


def test_the_place_a_change_is_in_is_its_subject():
    # WESCO, January 2020
    said = ("For the full year, sales were up 4%, representing our ninth consecutive year of organic growth despite a 26% "
            "decline in Canada due to the contract nonrenewal.")
    assert [(f.value, f.subject) for f in extract(said, date(2020, 1, 28), 2019)] == [(4.0, None), (-26.0, "Canada")]


@pytest.mark.parametrize("said, call_date, fiscal_year, expected", [
    # RPT Realty, April 2021; CTS, July 2021; Comstock, February 2022: what can be borrowed, or was repaid, is no cash
    ("From a liquidity perspective, we ended the first quarter with a cash balance of $143 million and a fully unused "
     "$350 million unsecured line of credit.", date(2021, 5, 4), 2021, [("cash", 143e6)]),
    ("The combination of a strong balance sheet with a net cash position and access to approximately $250 million "
     "through our credit facility gives us the liquidity to make progress on the right M&A transactions.",
     date(2021, 7, 27), 2021, []),
    ("We also reduced the amount outstanding under our bank credit facility by $265 million with our free cash flow and "
     "asset sale proceeds and improved our leverage ratio to 2.2 times as compared to 3.8 times in 2020.",
     date(2022, 2, 16), 2021, []),
])
def test_a_credit_line_is_no_cash(said, call_date, fiscal_year, expected):
    assert [(f.metric, f.value) for f in extract(said, call_date, fiscal_year)] == expected


def test_special_items_named_right_before_their_amounts_are_no_metric_named_elsewhere():
    # Chevron, January 2022: the gains are no sales, and the pension settlement costs no interest cost savings
    sentence = ("The quarter's results included three special items: asset sale gains of $520 million, primarily on sales "
                "of mature conventional assets in the U.S.; losses on the early retirement of debt of $260 million, which "
                "will result in significant future interest cost savings and pension settlement costs of $82 million.")
    assert extract(sentence, date(2022, 1, 28), 2021) == []


@pytest.mark.parametrize("sentence, call_date, subjects", [
    # A. O. Smith, April 2020; Halliburton, January 2022; Weyerhaeuser, April 2021 (the sentence's first word is part of it)
    ("Rest of the World segment sales of $110 million declined 53% with the same quarter in 2019.", date(2020, 4, 30),
     ["Rest of the World", "Rest of the World"]),
    ("In the Middle East Asia region, revenue increased 16%, resulting from higher completion tool sales and wireline "
     "activity across the region, improved well construction services in Saudi Arabia and Oman, higher software sales "
     "in Kuwait and China, improved project management activity in India, and increased stimulation activity "
     "throughout Asia.", date(2022, 1, 24), ["Middle East Asia"]),
    ("Real Estate ENR contributed $66 million to first quarter earnings and $96 million to adjusted EBITDA.",
     date(2021, 4, 30), ["Real Estate ENR"]),
    # Raytheon Technologies, July 2021: but a word telling the listener what to do is no part of the name
    ("Recall Collins military sales were up 10% in the same period last year.", date(2021, 7, 27), ["Collins"]),
    # Raytheon Technologies, July 2021; ProAssurance, February 2021: an ampersand joins one name, the talk turns to
    ("Shifting to Pratt & Whitney on Slide 6. Sales of $4.3 billion were up 19% on an adjusted basis and up 21% on an "
     "organic basis, primarily driven by the recovery of the commercial aerospace industry.", date(2021, 7, 27),
     ["Pratt & Whitney"] * 3),
    ("The Specialty Property & Casualty segment reported expense ratios of 23.8% and 23% in the fourth quarter and full "
     "year respectively. As a result of organizational structure enhancements, office consolidations and reductions in "
     "staff, we achieved expense savings of approximately $12 million in 2020.", date(2021, 2, 23),
     ["Specialty Property & Casualty"]),
    # Snap-on, February 2022: an abbreviated measure ("OI" for operating income) is no name
    ("And the RS&I gross OI margin of 24.8% compared with a 24.9% and a 26% registered in 2020 and 2010, respectively.",
     date(2022, 2, 3), ["RS&I"] * 3),
    # FTI Consulting, April 2020; Zimmer Biomet, February 2021: so does it a name said right before the figure
    ("In Corporate Finance & Restructuring, revenues increased 29.1% to $207.7 million compared to the prior-year "
     "quarter.", date(2020, 4, 30), ["Corporate Finance & Restructuring"] * 2),
    ("Spine & CMF posted 0.2% revenue growth.", date(2021, 2, 2), ["Spine & CMF"]),
    # EnerSys, February 2021: a subject the taxonomy knows ("energy") that opens a longer name is that name
    ("Energy Systems net sales were down 2% at $337 million.", date(2021, 2, 3), ["Energy Systems"] * 2),
    # ... but not past a clause set against it that opens with another part, even one named in lower case
    ("Energy Systems net sales were down 2% at $337 million, while specialty increased 7% in the third quarter to $109 "
     "million.", date(2021, 2, 11), ["Energy Systems"] * 2 + [None] * 2),
    # DXC, February 2022; Zimmer Biomet, February 2021; ResMed, August 2020: and so do "and" and a list of names
    ("Analytics and Engineering revenue was $545 million.", date(2022, 2, 2), ["Analytics and Engineering"]),
    ("Our Europe, Middle East and Africa team delivered 1.4% revenue growth led by strength in developed markets.",
     date(2021, 2, 2), ["Europe, Middle East and Africa"]),
    ("By product segment, US, Canada and Latin America device sales were $206 million, an increase of 1% over the "
     "prior-year quarter.", date(2020, 8, 6), ["US, Canada and Latin America"] * 2),
    # ResMed, April 2021; Dupont, May 2021; WESCO, January 2020: the places a sentence opens with, or an amount is said in
    ("In Europe, Asia, and other markets, device sales totaled $173 million, a decrease of 11% or in constant-currency "
     "terms, an 18% decrease.", date(2021, 4, 29), ["Europe, Asia, and other markets"] * 3),
    # Halliburton, January 2022: a region named as a list with no "and" is one place
    ("In Europe, Africa, CIS, revenue increased 8% sequentially.", date(2022, 1, 24), ["Europe, Africa, CIS"]),
    ("On a regional basis, organic sales were up 20% in Asia Pacific, our largest region from a sales perspective.",
     date(2021, 5, 4), ["Asia Pacific"]),
    ("Construction grew 2% in the U.S., and Industrial sales were down approximately 2%.", date(2020, 1, 30),
     ["U.S.", "Industrial"]),
    ("By product segment, U.S., Canada, and Latin America device sales were $193 million, a decrease of 2%.",
     date(2021, 4, 29), ["U.S., Canada, and Latin America"] * 2),
    # Halliburton, January 2022: a division named in lower case, its name joined by "and"
    ("Our drilling and evaluation division grew revenue 11%, which outperformed the global rig count growth for the "
     "quarter and delivered over 300 basis points of sequential margin improvement.", date(2022, 1, 24),
     ["drilling and evaluation"] * 2),
    # Masco, October 2021: nor a subject said in a clause of its own after the amount
    ("Operating margin for the quarter was 17.5% as we executed our planned transition to a more normalized level of "
     "SG&A expense to support our brands, innovation and new products.", date(2021, 10, 28), [None]),
    # WESCO, January 2020: a part opening the sentence owns a growth whose basis is said after it
    ("International sales were up 13% on an organic basis driven by growth of more than 20% in both Construction and "
     "Industrial.", date(2020, 1, 30), ["International", None]),
    # ... nor a name inside what is left out (CTS, July 2021; IDEX, February 2020)
    ("Excluding sales from the acquisition of Sensor Scientific, sales were up 52% organically.", date(2021, 7, 27),
     [None]),
    ("For the year, full -- for the year full gross margins expanded 10 basis points, however, excluding the impact of "
     "the third quarter Velcora inventory step up adjusted gross margins expanded 20 basis points to 45.2% driven by "
     "price and productivity.", date(2020, 2, 5), [None] * 3),
    # ... nor a name said after the amount in a clause of its own (Amphenol, January 2020; Dominion, August 2021)
    ("On an organic basis, sales actually declined by 3%, as growth in instrumentation, alternative energy, and medical "
     "was more than offset by moderations in other segments of the industrial market.", date(2020, 1, 22), [None]),
    # (what the sentence opens with as holding the amount is its subject: "The second phase includes")
    ("The second phase includes approximately $669 million in capital investment, which is needed to facilitate and "
     "optimize the integration of distributed energy resources.", date(2021, 8, 6), ["second phase"]),
    # ... but not a currency, nor what describes the thing sold (Amphenol, January 2020; ResMed, April 2021)
    ("Sales were down 3% in U.S. dollars and 2% in local currency as compared to the fourth quarter of 2018.",
     date(2020, 1, 29), [None]),
    ("In the June 2020 quarter, we recognized $125 million in COVID-related ventilator sales.", date(2021, 4, 29), [None]),
    # DHI Group, May 2020: a name ending in "s" owns what follows its apostrophe
    ("ClearanceJobs' first quarter revenue was $6.9 million, increase of 4% sequentially and 19% year-over-year.",
     date(2020, 5, 5), ["ClearanceJobs"] * 3),
    # Brunswick, October 2021; Clorox, November 2020: a segment whose name holds "and" (but a list of segments is no name)
    ("In our Parts and Accessories segment, revenues increased 7%, and adjusted operating earnings were up 2% versus the "
     "third quarter of 2020.", date(2021, 10, 28), ["Parts and Accessories"]),
    ("In our Health and Wellness segment, Q1 sales were up 28%, reflecting double digit growth in all three businesses.",
     date(2020, 11, 2), ["Health and Wellness"]),
    ("This next slide shows the results in our Heavy Materials sector, which includes our Cement and Concrete and "
     "Aggregate segments. Revenue in the sector increased 5%.", date(2021, 7, 29), [None]),
    # Allete, November 2021: but not a place the named are in
    ("In total, Oklahoma-based Caddo and Diamond Spring projects represent over $800 million of investment.",
     date(2021, 11, 2), ["Caddo and Diamond Spring"]),
    # AZZ, January 2021; Hexcel, January 2021; Service Corporation, November 2021; SolarWinds, November 2021: the words a
    # sentence opens with name what is sold, less those that say only the time or basis (a hyphenated word is one word)
    ("Hot-dip galvanizing sales were down 8.8% from the same quarter last year.", date(2021, 1, 8), ["Hot-dip galvanizing"]),
    ("Fourth quarter aerospace sales were down 66% compared to Q4 2019.", date(2021, 1, 26), ["aerospace"]),
    ("Total comparable funeral revenues grew $70 million or 14%, primarily due to improvements in the sales average.",
     date(2021, 11, 4), ["funeral"]),
    ("The maintenance revenue was $120 million in the third quarter, which is up slightly from the prior year.",
     date(2021, 11, 2), ["maintenance"]),
    ("Third quarter subscription revenue was $32.3 million, up the 20% year over year.", date(2021, 11, 2),
     ["subscription", "subscription"]),
    # ... and "Our" opens a part's name as before (Comfort Systems, April 2021)
    ("Our electrical gross margins improved from 5.5% in the first quarter of 2020 to 14.7% this year.", date(2021, 4, 30),
     ["electrical", "electrical"]),
])
def test_a_name_of_several_capitalised_words_is_the_whole_subject(sentence, call_date, subjects):
    assert [f.subject for f in extract(sentence, call_date)] == subjects


@pytest.mark.parametrize("sentence, call_date, expected", [
    (  # Halliburton, January 2022: the division named lower-case (a sequential outlook: the quarter under way)
        "In our drilling and evaluation division, we expect revenue to decrease in the mid-single digits "
        "sequentially, while margins are expected to be flat to down 50 basis points.",
        date(2022, 1, 24),
        [("operating_margin", "guidance", None, -50.0, 0.0, "bps", "range", date(2022, 3, 31), "drilling and evaluation")],
    ),
    (  # Southwest Gas, November 2021: the operations, the utility, the business
        "At the regulated natural gas utility, we expect capital expenditures to be approximately $3.5 billion over "
        "the five years ending in 2025.",
        date(2021, 11, 9),
        [("capex", "guidance", 3.5e9, None, None, "USD", "approx", date(2025, 12, 31), "regulated natural gas utility")],
    ),
    (
        "At the infrastructure services business, we expect revenues to increase 27% to 33% in 2022 with a full "
        "year of Riggs Distler operations.",
        date(2021, 11, 9),
        [("revenue_growth", "guidance", None, 27.0, 33.0, "%", "range", date(2022, 12, 31), "infrastructure services")],
    ),
    (  # "in our core business": not the whole company, but its core as against the rest
        "In our core business, we expect revenue to grow 5% next year.",
        date(2021, 11, 9),
        [("revenue_growth", "guidance", 5.0, None, None, "%", "exact", date(2022, 12, 31), "core business")],
    ),
    (  # Hexcel, January 2021: two words opening the sentence before the measure name the part
        "Commercial aerospace sales of $126.7 million decreased 67% compared to the fourth quarter of 2019 as destocking "
        "continued to impact our sales.",
        date(2021, 1, 26),
        [("revenue", "actual", 126.7e6, None, None, "USD", "exact", date(2020, 12, 31), "Commercial aerospace"),
         ("revenue_growth", "actual", -67.0, None, None, "%", "exact", date(2020, 12, 31), "Commercial aerospace")],
    ),
    (  # ... or three (Hexcel, January 2021; DXC, August 2021)
        "Space and defense sales for 2020 grew nominally to $448 million compared to $445 million in 2019. Cloud and "
        "security revenue was $549 million, up 4.9% as compared to the prior year.",
        date(2021, 1, 26),
        [("revenue", "actual", 448e6, None, None, "USD", "exact", date(2020, 12, 31), "Space and defense"),
         ("revenue", "actual", 445e6, None, None, "USD", "exact", date(2019, 12, 31), "Space and defense"),
         ("revenue", "actual", 549e6, None, None, "USD", "exact", None, "Cloud and security"),
         ("revenue_growth", "actual", 4.9, None, None, "%", "exact", None, "Cloud and security")],
    ),
    (  # ... or an owner, whatever it is written like (Federal Signal, October 2021)
        "ESG's adjusted EBITDA for the quarter was $42.7 million compared to $43.9 million last year. SSG's net sales "
        "for the quarter were $49 million this year, up 1% compared to last year.",
        date(2021, 10, 28),
        [("ebitda", "actual", 42.7e6, None, None, "USD", "exact", date(2021, 9, 30), "ESG"),
         ("ebitda", "actual", 43.9e6, None, None, "USD", "exact", date(2020, 9, 30), "ESG"),
         ("revenue", "actual", 49e6, None, None, "USD", "exact", date(2021, 9, 30), "SSG"),
         ("revenue_growth", "actual", 1.0, None, None, "%", "exact", date(2021, 9, 30), "SSG")],
    ),
    (  # ... or the part that contributed them all (Weyerhaeuser, April 2021)
        "Wood Products contributed $840 million to first quarter earnings and $889 million to adjusted EBITDA.",
        date(2021, 4, 30),
        [("ebitda", "actual", 889e6, None, None, "USD", "exact", date(2021, 3, 31), "Wood Products")],
    ),
    (  # ... or an acronym (DXC, February 2021; Sysco, February 2022)
        "ITO revenues declined 17.7% year over year due to the previously disclosed runoffs and terminations. SYGMA "
        "sales were up 16.5% versus fiscal 2021 and up 15.3% versus fiscal 2019.",
        date(2021, 2, 3),
        [("revenue_growth", "actual", -17.7, None, None, "%", "exact", None, "ITO"),
         ("revenue_growth", "actual", 16.5, None, None, "%", "exact", None, "SYGMA"),
         ("revenue_growth", "actual", 15.3, None, None, "%", "exact", None, "SYGMA")],
    ),
    (  # ... or words ending in "-ing" that name what is sold, not a verb (DXC, August 2021)
        "Analytics and engineering revenues were $482 million, up 12.9% as compared to prior year. IT outsourcing "
        "revenue was $1.13 billion, down 9% as compared to prior year.",
        date(2021, 8, 3),
        [("revenue", "actual", 482e6, None, None, "USD", "exact", None, "Analytics and engineering"),
         ("revenue_growth", "actual", 12.9, None, None, "%", "exact", None, "Analytics and engineering"),
         ("revenue", "actual", 1.13e9, None, None, "USD", "exact", None, "IT outsourcing"),
         ("revenue_growth", "actual", -9.0, None, None, "%", "exact", None, "IT outsourcing")],
    ),
    (  # ... or "our" with the part's lower-case name, but not "our fee revenue", the whole company's (Comfort Systems,
        # April 2021, whose "of 2020 to 14.7%" is no range; Korn Ferry, September 2020)
        "Our electrical gross margins improved from 5.5% in the first quarter of 2020 to 14.7% this year. For the first "
        "quarter of fiscal year '21, our fee revenue was $344 million.",
        date(2021, 4, 29),
        [("gross_margin", "actual", 5.5, None, None, "%", "exact", date(2020, 3, 31), "electrical"),
         ("gross_margin", "actual", 14.7, None, None, "%", "exact", date(2021, 3, 31), "electrical"),
         ("revenue", "actual", 344e6, None, None, "USD", "exact", date(2021, 3, 31), None)],
    ),
    (  # ... and so may a clause, lower-case; "fee revenue" is the fees of the part (Korn Ferry, March 2022)
        "RPO fee revenue grew approximately 68% year over year and 3% sequentially, while professional search revenue "
        "was up approximately 150% year over year, and up 67% sequentially.",
        date(2022, 3, 9),
        [("revenue_growth", "actual", 68.0, None, None, "%", "approx", date(2021, 12, 31), "RPO"),
         ("revenue_growth", "actual", 3.0, None, None, "%", "exact", date(2021, 12, 31), "RPO"),
         ("revenue_growth", "actual", 150.0, None, None, "%", "approx", date(2021, 12, 31), "professional search"),
         ("revenue_growth", "actual", 67.0, None, None, "%", "exact", date(2021, 12, 31), "professional search")],
    ),
    (  # ... or the clause after a short opening phrase (Hexcel, January 2021; SolarWinds, November 2021)
        "On a positive note, space and defense sales increased almost 4% compared to Q4 2019.",
        date(2021, 1, 26),
        [("revenue_growth", "actual", 4.0, None, None, "%", "approx", date(2020, 12, 31), "space and defense")],
    ),
    (
        "For the third quarter, license revenue was $29.2 million, which represents a decline of approximately 26% as "
        "compared to the third quarter of 2020.",
        date(2021, 11, 2),
        [("revenue", "actual", 29.2e6, None, None, "USD", "exact", date(2021, 9, 30), "license"),
         ("revenue_growth", "actual", -26.0, None, None, "%", "approx", date(2021, 9, 30), "license")],
    ),
    (  # ... a hyphenated name too, but not a time said before it (Spectrum Brands, May 2021; Evercore, October 2021)
        "And our e-commerce sales grew nearly 43%.",
        date(2021, 5, 7),
        [("revenue_growth", "actual", 43.0, None, None, "%", "approx", None, "e-commerce")],
    ),
    (
        "However, I would like to highlight that we achieved a fourth straight quarter of Advisory revenues greater than "
        "$500 million, and our year-to-date advisory revenues of $1.78 billion are more than all of 2020, which was a "
        "record year for us.",
        date(2021, 10, 27),
        [("revenue", "actual", 500e6, 500e6, None, "USD", "at_least", None, "Advisory"),
         ("revenue", "actual", 1.78e9, None, None, "USD", "exact", date(2021, 9, 30), "advisory")],
    ),
])
def test_a_sentence_opening_with_a_part_of_the_company_is_about_it(sentence, call_date, expected):
    assert rows(sentence, call_date, call_date.year) == expected


@pytest.mark.parametrize("talk, call_date, fiscal_year, expected", [
    (  # Snap-on, February 2022: the Tools Group's slide, over three paragraphs, until the next slide
        "The operating margin of 14%, compared to 15.4% a year ago. Turning now to Slide 8. Sales in the Snap-on Tools "
        "Group of $504.8 million increased 2% from $494.9 million in 2020, reflecting a 1.6% organic sales gain and $2 "
        "million of favorable foreign currency translation.\n"
        "Net sales in the period increased 22.6% from $411.7 million in the fourth quarter of 2019, reflecting a 21.5% "
        "organic sales gain and $3.9 million of favorable foreign currency translation. Gross margin of 43.9% in the "
        "quarter improved 100 basis points from last year, primarily due to the higher sales volumes.\n"
        "Operating earnings for the Snap-on tools group of $110.5 million, compared to $93.6 million last year. The "
        "operating margin of 21.9% improved 300 basis points from 18.9% last year. Turning to the RS&I Group shown on "
        "Slide 9.",
        date(2022, 2, 3), 2021,
        [(14.0, None), (15.4, None)] + [(value, "Snap-on Tools Group") for value in
                                        (504.8e6, 2.0, 494.9e6, 1.6, 22.6, 411.7e6, 21.5, 43.9, 100.0, 21.9, 300.0, 18.9)],
    ),
    (  # Xylem, October 2020: a segment's orders, then its revenue and margin; a lower-case one on the next slide
        "Please turn to Slide 6, and I'll review third-quarter results by segment. Water Infrastructure orders declined "
        "5%. Order trends in our wastewater utility businesses continued to be solid. Treatment orders were up 20%.\n"
        "Wastewater transport orders down 9% for the quarter would have been up mid-single digits but for lapping the "
        "large deal we won last year in India. Segment revenues declined 2% in the quarter compared to the prior year.\n"
        "Operating margin in the quarter was 18.5%, down modestly year over year from higher inflation, lower volumes and "
        "unfavorable mix.\n"
        "Now please turn to Slide 7. Orders in the applied water segment declined 1% in the quarter, and revenues "
        "declined 4%. Operating margin in the segment was 15.9%.",
        date(2020, 10, 29), 2020,
        [(-2.0, "Water Infrastructure"), (18.5, "Water Infrastructure"), (-4.0, "applied water"),
         (15.9, "applied water")],
    ),
])
def test_the_part_a_slide_opens_with_is_the_subject_until_the_next_slide(talk, call_date, fiscal_year, expected):
    assert [(f.value if f.value is not None else f.value_low, f.subject)
            for f in extract(talk, call_date, fiscal_year)] == expected


def test_an_amount_said_for_the_total_company_has_no_subject():
    """Philip Morris, October 2021: the 7.6% is the whole company's growth, not RRP's."""
    said = ("Most notable was the continued excellent growth of IQOS, driving plus 33% Q3 organic growth in RRP net revenue "
            "and plus 7.6% for total PMI.")
    total = extract(said, date(2021, 10, 19), 2021)[-1]
    assert (total.metric, total.value, total.subject) == ("organic_revenue_growth", 7.6, None)


@pytest.mark.parametrize("sentence, call_date", [
    # Snap-on, February 2022; DXC, August 2021 and February 2021: a word and the verb or preposition after it name no part
    ("Sales rising organically over pre-pandemic levels by 13%, with the last four periods up organically 8%, 9%, 11%, "
     "and 13% expanding the gain over 2019, demonstrating a positive second derivative.", date(2022, 2, 3)),
    ("Starting with organic growth progression, we went from approximately 10% decline in the first three quarters of "
     "FY '21 to down 6.5% in Q4.", date(2021, 8, 3)),
    ("Concerning adjusted EBIT margin, we delivered 7%, also higher than the top end of our guidance.", date(2021, 2, 3)),
    # RPT Realty, April 2021: nor a name inside what the amount counts in
    ("Including the expected proceeds from the remaining RGMZ seed sales, our pro forma cash balance would be about "
     "$250 million.", date(2021, 4, 29)),
    # AZZ, January 2021: nor what a period's results are called
    ("Year-to-date reported operating margin of 6.7% decreased 390 basis points compared to 10.6% last year.",
     date(2021, 1, 8)),
    # Amphenol, January 2020: nor does a contraction's "'s"
    ("There's no question that 2019 was a challenging year in this market as our sales declined by 7% from prior year "
     "on reduced levels of operator capital spending.", date(2020, 1, 22)),
    # MarineMax, January 2021; DXC, February 2022; Amphenol, January 2020: nor does a clause's pronoun, verb or participle
    ("Our gross profit dollars increased over $43 million, while our gross margin rose 370 basis points to 30%.",
     date(2021, 1, 28)),
    ("To put this all in context, we expect to spend $500 million less on restructuring and TSI spend than last year, "
     "while expanding margins by over 200 basis points.", date(2022, 2, 2)),
    ("For the full year 2019, our sales were down slightly from prior year, but were down organically by 9% as the "
     "benefits of our acquisitions completed earlier in the year were offset by the dynamics I just mentioned.",
     date(2020, 1, 22)),
])
def test_words_opening_a_sentence_that_name_no_part_are_no_subject(sentence, call_date):
    figures = extract(sentence, call_date)
    assert figures and all(f.subject is None for f in figures)


def test_the_outlook_a_result_is_measured_against_is_the_same_metric():
    """AZZ (fiscal year to February), January 2021: the amount after "in line with our expectations of" is the outlook."""
    sentence = ("Investments in capital equipment to support our business were $8.6 million for the third quarter and "
                "$27.9 million on a year-to-date basis, which are in line with our expectations of spending roughly $35 "
                "million for the year.")
    assert [(f.metric, f.kind, f.value, f.unit, f.qualifier, f.period_end)
            for f in extract(sentence, date(2021, 1, 8), 2021, fiscal_year_ends=2)] == [
        ("capex", "actual", 8.6e6, "USD", "exact", date(2020, 11, 30)),
        ("capex", "actual", 27.9e6, "USD", "exact", date(2020, 11, 30)),
        ("capex", "guidance", 35e6, "USD", "approx", date(2021, 2, 28)),
    ]


def test_a_real_estate_trust_sells_properties_and_invests_in_developments():
    """First Industrial, April 2020: a trust (its management speaks of FFO) has "sales" that are dispositions and an
    "investment" that is a development's budget; the same words in any other call are revenue and capex."""
    ffo = ("Let's start with our EPS and FFO for the first quarter. Excluding these items, FFO remains unchanged at $0.45 "
           "per share. Our NAREIT FFO and FFO before one-times item guidance are both $1.73 to $1.83 per share. ")
    said = ("Through today, we've closed on $40 million of sales this year, on our way to meeting our 2020 sales guidance "
            "range of $125 million to $175 million. Our total investment is estimated to be $82 million with an expected "
            "cash yield of 5.7%.")
    call_date = date(2020, 4, 23)
    assert [f.metric for f in extract(ffo + said, call_date, 2020) if f.metric in ("revenue", "capex")] == []
    assert [f.metric for f in extract(said, call_date, 2020)] == ["revenue", "revenue", "capex"]
    credit_metric = "We target FFO to debt of 14% to 15%, and FFO-to-debt is what the agencies watch. " * 2
    assert [f.metric for f in extract(credit_metric + said, call_date, 2020)
            if f.metric in ("revenue", "capex")] == ["revenue", "revenue", "capex"]


def test_a_banks_bare_margin_is_its_net_interest_margin():
    """Synovus, October 2021: a bank (its management speaks of net interest income and margin) means its net
    interest margin by a bare "margin"; the same words in any other call are the operating margin."""
    bank = ("As shown on Slide 6, net interest income was $385 million, an increase of $3 million from the prior quarter. "
            "The net interest margin continues to be pressured by the liquidity environment. "
            "But the liquidity environment is a notable NIM headwind that we're working against. ")
    said = ("Our outlook for the margin, in general, remains in the same context we discussed last quarter, with a "
            "medium-term margin in the 3% area.")
    call_date = date(2021, 10, 20)
    assert [f.metric for f in extract(bank + said, call_date, 2021)] == []
    assert [(f.metric, f.kind, f.value, f.unit) for f in extract(said, call_date, 2021)] == [
        ("operating_margin", "guidance", 3.0, "%")]


def test_an_amount_of_trillions_is_an_economys_not_the_companys():
    """Masco, October 2021: households' savings, not the company's cost savings."""
    said = ("All statistics say that $2 trillion of more savings as a result of the pandemic that the consumers are sitting "
            "on now.")
    assert extract(said, date(2021, 10, 28), 2021) == []


def test_a_banks_short_term_investments_are_no_capex():
    """Synovus, October 2021: securities that mature within a year, named after "investments", are no capital spent."""
    said = ("But you can also see that we -- our strategy in the securities portfolio evolved a little bit in the third "
            "quarter, and we have about $650 million of investments that have maturities less than one year.")
    assert extract(said, date(2021, 10, 21), 2021) == []


def test_cash_flow_per_share_is_no_eps():
    """Comstock Resources, February 2022: the $0.90 is cash flow per share; only the $0.37 and $0.14 are EPS."""
    said = ("Our cash flow per share during the quarter was $0.90 per share, up from $0.56 in the fourth quarter of 2020, "
            "and adjusted earnings per share was $0.37 per share as compared to $0.14 in the fourth quarter of 2020.")
    assert [(f.metric, f.value) for f in extract(said, date(2022, 2, 16), 2021)] == [
        ("adjusted_eps", 0.37), ("adjusted_eps", 0.14)]


def test_industrial_production_is_the_economys_growth_not_the_companys():
    """IDEX, February 2020: the 5% is IDEX's organic growth, the 2.4% industrial production's."""
    said = ("The way I think of it is, if you think about the last three years in total, so '17, '18, '19, we've had "
            "organic growth, it's averaged about 5% when you look at all of those with industrial production, I want to "
            "say around 2.4% or so.")
    assert 2.4 not in [f.value for f in extract(said, date(2020, 2, 5), 2019)]


def test_a_pretax_margin_is_no_operating_margin():
    """Brown & Brown, July 2021: income before income tax as a share of revenue is no operating margin."""
    said = ("Income before income tax margin increased 580 basis points, growing faster than EBITDAC, driven primarily by "
            "amortization and intercompany interest expense growing at a slower rate than EBITDAC.")
    assert extract(said, date(2021, 7, 27), 2021) == []


def test_a_banks_preprovision_net_revenue_is_no_revenue():
    """Synovus, October 2021: pre-provision net revenue is a bank's profit before loan losses, not its sales."""
    said = "This resulted in a 6% increase in adjusted preprovision net revenue quarter on quarter."
    assert extract(said, date(2021, 10, 21), 2021) == []


def test_a_segment_the_call_names_owns_the_figures_said_of_it():
    """Donaldson (fiscal year to July) and Masco: a segment the call names ("our Engine business") may
    open a sentence, and owns the later figures of a sentence about it; the company's sales do not."""
    donaldson = (
        "Before turning to the Industrial segment, I want to make a point about our Engine business in China. "
        "With that, fiscal '22 sales are expected to grow between 5% and 10% with currency translation being "
        "negligible. Engine is also planned to up between 5% and 10% and Industrial is a bit higher at 6% to 11%."
    )
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.unit, f.period_end, f.subject)
            for f in extract(donaldson, date(2021, 8, 31), 2021, fiscal_year_ends=7)] == [
        ("revenue_growth", "guidance", 5.0, 10.0, "%", date(2022, 7, 31), None),
        ("revenue_growth", "guidance", 5.0, 10.0, "%", None, "Engine"),
        ("revenue_growth", "guidance", 6.0, 11.0, "%", None, "Industrial"),
    ]
    masco = (
        "And our Decorative Architectural segment sales grew 4% against a robust 19% comp from the third quarter "
        "of 2020. For full-year 2021, we continue to expect Decorative Architectural sales growth will be in the "
        "range of 2% to 5%, and operating margin to be approximately 19%."
    )
    assert [row for row in rows(masco, date(2021, 10, 28), 2021) if row[1] == "guidance"] == [
        ("revenue_growth", "guidance", None, 2.0, 5.0, "%", "range", date(2021, 12, 31), "Decorative Architectural"),
        ("operating_margin", "guidance", 19.0, None, None, "%", "approx", date(2021, 12, 31), "Decorative Architectural"),
    ]


def test_fiscal_years_follow_the_company_calendar():
    """DXC's fiscal year ends in March: on its call of February 2022 (fiscal Q3), "Q4" is
    January–March 2022 and "FY '24" ends in March 2024; negative ranges are said with "minus"."""
    text = (
        "Operator: Welcome to the DXC Technology Q3 Fiscal 2022 earnings call.\n"
        "Ken Sharp: For Q4, we expect a tax rate of approximately 26%. Organic revenue growth is expected to be "
        "minus 2.2% to minus 2.3%. We remain on track to deliver our FY '24 guidance of $1.5 billion in free cash flow.\n"
    )
    got = call_rows(text, "DXC", "2022Q3", "2022-02-02",
                    "metric", "value", "value_low", "value_high", "period_label", "period_end")
    assert got == [
        ("tax_rate", 26.0, None, None, "Q4 FY2022", date(2022, 3, 31)),
        ("organic_revenue_growth", None, -2.3, -2.2, None, None),
        ("free_cash_flow", 1.5e9, None, None, "FY2024", date(2024, 3, 31)),
    ]


def test_retail_fiscal_years_are_named_by_the_year_they_start_in():
    """Oxford Industries' fiscal 2020 ended on January 30, 2021; on its Q4 call of March 2021 the
    guidance for "fiscal 2021" runs to January 2022. The amount sales increase from is last year's."""
    text = (
        "Operator: Welcome to the Oxford Industries fourth quarter fiscal 2020 earnings call.\n"
        "K. Scott Grassmyer: On an adjusted basis, we returned to profitability in the fourth quarter of fiscal 2020, "
        "and expect adjusted EPS in a range of $0.95 to $1.15 in the first quarter of fiscal 2021, and $2.80 to "
        "$3.20 in the full fiscal year. The full year sales increasing from $749 million in fiscal 2020, to a range "
        "of $940 million to $980 million in fiscal 2021.\n"
    )
    got = call_rows(text, "OXM", "2020Q4", "2021-03-25",
                    "metric", "kind", "value", "value_low", "value_high", "period_label", "period_end")
    assert got == [
        ("adjusted_eps", "guidance", None, 0.95, 1.15, "Q1 FY2021", date(2021, 4, 30)),
        ("adjusted_eps", "guidance", None, 2.8, 3.2, "FY2021", date(2022, 1, 31)),
        ("revenue", "actual", 749e6, None, None, "FY2020", date(2021, 1, 31)),
        ("revenue", "guidance", None, 940e6, 980e6, "FY2021", date(2022, 1, 31)),
    ]


@pytest.mark.parametrize(
    "call_date, fiscal_year, quarter, year_end_month, named_by_start",
    [
        (date(2024, 1, 24), 2023, 4, 12, False),  # Tesla, Q4 2023
        (date(2024, 2, 20), 2023, 4, 12, False),  # a late December reporter: January 31 is not its quarter end
        (date(2024, 1, 12), 2023, 4, 12, False),  # a bank, twelve days after the quarter
        (date(2022, 2, 2), 2022, 3, 3, False),  # DXC, fiscal Q3 2022
        (date(2021, 2, 11), 2021, 3, 3, False),  # EnerSys, fiscal Q3 2021
        (date(2022, 2, 1), 2022, 2, 6, False),  # Sysco, fiscal Q2 2022
        (date(2020, 10, 30), 2021, 1, 6, False),  # Standex, fiscal Q1 2021
        (date(2021, 11, 23), 2022, 3, 1, False),  # Best Buy, whose fiscal 2022 ended in January 2022
        (date(2021, 3, 25), 2020, 4, 1, True),  # Oxford Industries, whose fiscal 2020 ended in January 2021
    ],
)
def test_fiscal_calendar_is_read_off_the_call(call_date, fiscal_year, quarter, year_end_month, named_by_start):
    from pipeline.periods import FiscalCalendar, fiscal_calendar

    assert fiscal_calendar(call_date, fiscal_year, quarter) == FiscalCalendar(year_end_month, named_by_start)


@pytest.mark.parametrize(
    "said, fiscal_year, quarter, quarter_end",
    [
        # EnerSys, fiscal Q3 2021: a 52/53-week quarter that ended on January 3 is December's
        ("set forth in our quarterly report on Form 10-Q for the fiscal quarter ended January 3, 2021, which was",
         2021, 3, date(2020, 12, 31)),
        # Jabil, fiscal Q3 2021: the last annual report's year ended in August, three quarters before
        ("identified in our annual report on Form 10-K for the fiscal year ended August 31, 2020, and other",
         2021, 3, date(2021, 5, 31)),
        # Halliburton, Q4 2021: no 10-Q is filed for a fourth quarter; the 10-K cited is the year before's
        ("Halliburton's Form 10-K for the year ended December 31, 2020, Form 10-Q for the quarter ended September "
         "30th, 2021", 2021, 4, date(2021, 12, 31)),
        ("welcome to the Beazer Homes Earnings Conference Call for the Quarter Ended March 31, 2021.",
         2021, 2, date(2021, 3, 31)),
        # ResMed, fiscal Q3 2021 and Q4 2020: a fiscal quarter named by its last month
        ("as we review results for the March quarter, the third quarter of our fiscal-year 2021", 2021, 3,
         date(2021, 3, 31)),
        ("During Q4, during this June quarter, we produced around 100,000 invasive and noninvasive ventilators",
         2020, 4, date(2020, 6, 30)),
        # Worthington, fiscal Q3 2021: another quarter named by its last month says when this one ended
        ("You typically have positive seasonality in your fourth quarter, your May quarter, and we would expect that",
         2021, 3, date(2021, 2, 28)),
        # Duke Realty's file is named Q4 2020, but the call reports on 2019: no reading fits, none is taken (its
        # opening names the call Q4 2019, which parse believes before the file's name)
        ("Same property NOI growth on a cash basis for the three months and 12 months ended December 31, 2019 was 3.7%",
         2020, 4, None),
    ],
)
def test_a_call_without_a_date_reads_the_quarter_it_reports_on(said, fiscal_year, quarter, quarter_end):
    from pipeline.periods import reported_quarter_end

    assert reported_quarter_end(said, fiscal_year, quarter) == quarter_end


@pytest.mark.parametrize(
    "spoken, value, low, high, qualifier",
    [
        ("35,000", 35000.0, None, None, "exact"),
        ("1K", 1000.0, None, None, "exact"),
        ("50k", 50000.0, None, None, "exact"),
        ("7 million", 7e6, None, None, "exact"),
        ("a quarter million", 250000.0, None, None, "exact"),
        ("$14.4 billion to $14.7 billion", None, 14.4e9, 14.7e9, "range"),
        ("$3.65 to $3.95", None, 3.65, 3.95, "range"),
        ("20% to 30%", None, 20.0, 30.0, "range"),
        ("sub-30k", 30000.0, None, None, "up_to"),
        ("probably 85,000 or thereabouts", 85000.0, None, None, "approx"),
        ("on the order of 5 million", 5e6, None, None, "approx"),
        ("13 to 13 and a half percent", None, 13.0, 13.5, "range"),
        ("down 6% to down 8%", None, -8.0, -6.0, "range"),
        ("minus 1% to 2%", None, -2.0, -1.0, "range"),
        ("the negative 1% to 1% guidance", None, -1.0, 1.0, "range"),  # Synovus, October 2021
        ("as much as $1.5 billion", 1.5e9, None, None, "up_to"),  # Dominion, August 2021
        ("in the neighborhood of 25%", 25.0, None, None, "approx"),  # BankUnited, April 2021
        ("probably more down around the 24% level", 24.0, None, None, "approx"),  # BankUnited, October 2021
        ("exceeding our original target of $200 million", 200e6, None, None, "at_least"),  # Comstock, October 2021
        ("exceed the target $200 million", 200e6, None, None, "at_least"),
        ("EPS next year with a six-handle on it", None, 6.0, 7.0, "range"),  # Jabil, June 2021
        ("in the range of $5.55 tp $5.85", None, 5.55, 5.85, "range"),  # IDEX, January 2020: the transcript's slip
        ("a minimum of 100 million", 100e6, None, None, "at_least"),  # MSC Industrial, October 2021
        ("no less than $5 million", 5e6, None, None, "at_least"),
        ("in the range of 12.3%, plus or minus 30 basis points", None, 12.0, 12.6, "range"),  # MSC Industrial, October 2021
        ("a tax rate of 24%, plus or minus a point", None, 23.0, 25.0, "range"),
        ("revenue of $5 billion plus or minus", 5e9, None, None, "approx"),
        ("So we're now it kind of zero to negative 2%", None, -2.0, 0.0, "range"),  # IDEX, February 2020
        ("comparable sales growth in the range of down 2% to up 1%", None, -2.0, 1.0, "range"),  # Best Buy, November 2021
        # a bound is a word of its own: "recover" holds no "over" (Northwest Natural, November 2020)
        ("we expect to recover $4.4 million through rates", 4.4e6, None, None, "exact"),
        # "about" after talk is what was said (A. O. Smith, April 2020), not how near; "I think about 80%" is near
        ("We were talking about $15 million on the January call", 15e6, None, None, "exact"),
        ("I think about 80% of the deals", 80.0, None, None, "approx"),
        # an amount said to exceed another is at least that (Federal Signal, October 2021; but see below)
        ("used equipment sales exceeding $10 million for the third successive quarter", 10e6, None, None, "at_least"),
        # what "is up to" a level rose to it, no ceiling (DXC, February 2022)
        ("Adjusted EBIT margin is up to 8.7%", 8.7, None, None, "exact"),
        # ... and so is one said to have exceeded or surpassed it (Corning, January 2020; Charles River, August 2021),
        # but not a target exceeded (McKesson, February 2022)
        ("GPF sales exceeded $250 million", 250e6, None, None, "at_least"),
        ("Quarterly revenue surpassed $900 million for the first time", 900e6, None, None, "at_least"),
        ("We exceeded the $500 million guidance", 500e6, None, None, "exact"),
        # a transcriber's note between the number and its scale (Masco, October 2021)
        ("for $878 [Phonetic] million", 878e6, None, None, "exact"),
    ],
)
def test_numbers_as_spoken(spoken, value, low, high, qualifier):
    (q,) = find_quantities(spoken)
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


def test_each_amount_of_a_list_said_down_is_a_decline():
    # Korn Ferry, September 2020; DuPont, May 2021 (named by a decline before them)
    said = ("Consolidated fee revenue in May was down about 34% year-over-year, while June and July were down 27% and 26%, "
            "respectively.")
    assert [f.value for f in extract(said, date(2020, 9, 2), 2021)] == [-34.0, -27.0, -26.0]
    # (three regions for two amounts: which is whose cannot be told, so neither is a region's)
    said = ("Partially offsetting gains in Asia Pacific were organic sales decline in the U.S. and Canada and EMEA of 4 and "
            "2%, respectively.")
    assert [(f.metric, f.value, f.unit, f.subject) for f in extract(said, date(2021, 5, 4), 2021)] == [
        ("organic_revenue_growth", -4.0, "%", None), ("organic_revenue_growth", -2.0, "%", None)]


def test_a_list_going_on_after_a_comma_is_of_the_parts_named_after_each_amount():
    # Korn Ferry (fiscal year to April), September 2020: down each, for the part named after the amount (the last,
    # "Digital was down 2%", said too far from "fee revenue", is not read yet)
    said = ("Specifically, fee revenue in the first quarter, measured at constant currency, was down 37% for Executive "
            "Search, 35% for Professional Search, our Consulting was down 26%, RPO was down 22%, and Digital was down 2%.")
    figures = extract(said, date(2020, 9, 2), 2021, fiscal_year_ends=4)
    assert [(f.metric, f.value, f.period_end, f.subject) for f in figures][:4] == [
        ("organic_revenue_growth", -37.0, date(2020, 7, 31), "Executive Search"),
        ("organic_revenue_growth", -35.0, date(2020, 7, 31), "Professional Search"),
        ("organic_revenue_growth", -26.0, date(2020, 7, 31), "Consulting"),
        ("organic_revenue_growth", -22.0, date(2020, 7, 31), "RPO")]


def test_results_in_quarters_said_without_their_year_are_last_years():
    # O&M, January 2020. (Q1, under way when the call takes place, is still read as this year's: a result can be
    # of the quarter so far, "In the first quarter, our board authorized a quarterly cash dividend".)
    said = "Adjusted EPS increased from $0.02 in Q1 to $0.10 in Q2, then it increased to $0.20 in Q3, and finally to $0.24 in Q4."
    figures = extract(said, date(2020, 1, 28), 2019)
    assert [(f.value, f.period_label) for f in figures][1:] == [(0.10, "Q2 2019"), (0.20, "Q3 2019"), (0.24, "Q4 2019")]


def test_a_person_who_said_it_and_a_change_in_dollars_name_no_figure():
    # AZZ (fiscal year to February), January 2021: "as Tom had noted" names who said it, "a $64.5 million decrease" a change
    said = ("For the third quarter of fiscal year 2021, we reported sales, as Tom had noted, of $226.6 million, a $64.5 "
            "million decrease or 22.2% lower than the third quarter of the prior year.")
    figures = extract(said, date(2021, 1, 8), 2021, fiscal_year_ends=2)
    assert [(f.metric, f.value, f.period_end, f.subject) for f in figures] == [
        ("revenue", 226.6e6, date(2020, 11, 30), None), ("revenue_growth", -22.2, date(2020, 11, 30), None)]


def test_a_change_in_dollars_with_the_measure_between_is_no_level():
    # Snap-on, February 2022: "a $1.6 million organic sales decline" is no revenue of $1.6 million (which period the
    # $364.4 million "last year" is, the sentence leaves to the one before)
    said = ("Sales of $358.7 million decreased from $364.4 million last year, reflecting a $1.6 million organic sales "
            "decline and $4.1 million of unfavorable foreign currency translation.")
    assert [f.value for f in extract(said, date(2022, 2, 3), 2021) if f.metric == "revenue"] == [358.7e6, 364.4e6]


def test_a_bare_number_listed_before_an_amount_is_said_in_its_unit():
    # DuPont, May 2021; but a year is no percentage
    assert [(q.value, q.kind) for q in find_quantities("decline in the U.S. and Canada and EMEA of 4 and 2%, respectively")] \
        == [(4.0, "percent"), (2.0, "percent")]
    assert [q.kind for q in find_quantities("sales grew in 2019 and 5% in 2020")] == ["number", "percent", "number"]
    # and two amounts joined by "and" before "range" are its ends (DuPont, May 2021)
    (q,) = find_quantities("around the 3.9 and 4 billion range")
    assert (q.low, q.high, q.qualifier) == (3.9e9, 4e9, "range")


def test_a_result_and_the_goal_it_met_are_two_figures_of_one_amount():
    """MSC Industrial, October 2021 (fiscal year to August): savings of 40 million against a revised goal of 40 million."""
    text = ("As you can see on Slide 10, our cumulative savings for fiscal year 2021 were 40 million against our original "
            "goal of 25 million and our revised goal of 40 million.")
    assert [(f.metric, f.kind, f.value, f.period_end) for f in extract(text, date(2021, 10, 20), 2021, fiscal_year_ends=8)] == [
        ("cost_savings", "actual", 40e6, date(2021, 8, 31)),
        ("cost_savings", "guidance", 25e6, date(2021, 8, 31)),
        ("cost_savings", "guidance", 40e6, date(2021, 8, 31)),
    ]


def test_an_organic_outlook_said_again_as_revenue_growth_is_still_organic():
    """IDEX, February 2020: the organic range is said first, then again as "revenue" (but not in US dollars)."""
    first = ("So on our operational basis as we look at the year, I would expect market headwinds to persist in the first "
             "half and overall for the year, we expect organic revenue to be flat to down 2%. ")
    again = "So in summary, we're projecting revenue to be flat to down 2% in 2020 and EPS to be in the range of $5.55 tp $5.85."
    in_dollars = "So in summary, we're projecting revenue to be flat to down 2% in US dollars in 2020."
    growth = [(f.metric, f.value_low, f.value_high, f.period_end) for f in extract(first + again, date(2020, 2, 5), 2019)
              if f.unit == "%"]
    assert growth == [("organic_revenue_growth", -2.0, 0.0, date(2020, 12, 31))] * 2
    assert [f.metric for f in extract(first + in_dollars, date(2020, 2, 5), 2019)] == [
        "organic_revenue_growth", "revenue_growth"]


def test_a_guided_range_said_again_is_that_guidance():
    """WESCO, January 2020: the first quarter's growth range, pointed at again in the Q&A ("the guide of 2% to 5%", "the
    2% to 5%"); Amphenol, January 2020: a range said of another measure is not it ("1% to 3% on the EPS")."""
    guided = ("For the first quarter, we are expecting sales growth of 2% to 5%, with operating margins of 3.4% to 3.6%, "
              "approximately in line with prior year and typical seasonality. ")
    again = ("We're right around the midpoint of the guide of 2% to 5% in the month of January to date. And so we feel good "
             "about the 2% to 5%.")
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.period_end) for f in extract(guided + again, date(2020, 1, 30), 2019)
            if f.metric == "revenue_growth"] == [
        ("revenue_growth", "guidance", 2.0, 5.0, date(2020, 3, 31)),
        ("revenue_growth", "guidance", 2.0, 5.0, None),
        ("revenue_growth", "guidance", 2.0, 5.0, None),
    ]
    guided = ("This represents a sales increase versus prior year of 0% to 2% in US dollars and 1% to 3% in local "
              "currency, and a decrease versus prior year adjusted diluted EPS of 2% to 4%. ")
    other = ("If you look at the implied guidance, which is the -- kind of 1% to 3% on the EPS for the full year growth, and "
             "0% to 2% on the revenue growth, what that would really imply is a little bit under our normal kind of "
             "conversion margin going into 2020.")
    assert [(f.value_low, f.value_high) for f in extract(guided + other, date(2020, 1, 22), 2019)
            if f.metric in ("revenue_growth", "organic_revenue_growth")] == [(0.0, 2.0), (1.0, 3.0), (0.0, 2.0)]


def test_the_amount_just_given_said_again_is_the_same_figure():
    """Thermon, November 2020 (fiscal year to March): the annual savings, said again with their time; DXC, February
    2022: a threshold over the cash level just given is no cash figure."""
    given = ("We've identified $1.8 million worth of overhead-related cost reductions. On a future basis, a 12-month "
             "basis, we believe that will be $3.8 million. ")
    again = "So $3.8 million over the next 12 months, of which $1.8 million will be realized."
    assert [(f.metric, f.kind, f.value, f.period_end) for f in extract(given + again, date(2020, 11, 5), 2021,
                                                                        fiscal_year_ends=3) if f.value == 3.8e6] == [
        ("cost_savings", "guidance", 3.8e6, None),
        ("cost_savings", "guidance", 3.8e6, date(2021, 11, 5)),
    ]
    over = ("This formula assumes a debt level of approximately $5 billion and a cash level of $2.5 billion. With debt at "
            "our target debt level, cash over $2.5 billion is excess cash, which we expect to deploy.")
    assert [(f.metric, f.value, f.qualifier) for f in extract(over, date(2022, 2, 9), 2022, fiscal_year_ends=3)] == [
        ("cash", 2.5e9, "exact")]
    # Donaldson, August 2021: a segment's growth in the same range as the company's is the segment's own figure
    segment = ("Before turning to the Industrial segment, I want to make a point about our Engine business in China. "
               "Fiscal '22 sales are expected to grow between 5% and 10% with currency translation being negligible. "
               "Engine is also planned to up between 5% and 10% and Industrial is a bit higher at 6% to 11%.")
    assert [f.subject for f in extract(segment, date(2021, 8, 31), 2021, fiscal_year_ends=7)] == [None, "Engine", "Industrial"]


def test_a_target_an_amount_said_before_exceeded_is_that_target():
    """MSC Industrial, October 2021: the target is no floor when what exceeded it is said; Comstock, November 2021:
    "we anticipate significantly exceeding our original target of $200 million" is one."""
    found = find_quantities("We achieved $40 million of cost savings in fiscal '21, exceeding our original target of 25 million.")
    assert [(q.value, q.qualifier) for q in found if q.has_scale] == [(40e6, "exact"), (25e6, "exact")]
    found = find_quantities("And with the current gas prices, we anticipate significantly exceeding our original target of "
                            "$200 million of free cash flow generation for this year.")
    assert [(q.value, q.qualifier) for q in found] == [(200e6, "at_least")]


def test_a_percentage_then_a_bare_number_is_no_range():
    """Beazer Homes, Q2 2021: "new home orders increased approximately 12% to 1,854" is a growth and a count."""
    found = find_quantities("new home orders increased approximately 12% to 1,854 as our sales pace was up")
    assert [(q.value, q.low, q.high, q.kind) for q in found] == [(12.0, None, None, "percent"), (1854.0, None, None, "number")]


def test_guidance_in_dollars_and_cents_is_per_share():
    """EnerSys, February 2021: the fiscal year ends in March, so the fourth fiscal quarter ends 31 March."""
    text = ("With some of the uncertainty from our election and the pandemic behind us, we currently feel we have "
            "enough visibility to provide guidance in the range of $1.25 to $1.31 in our fourth fiscal quarter.")
    [figure] = extract(text, date(2021, 2, 4), 2021, fiscal_year_ends=3)
    assert (figure.metric, figure.kind, figure.value_low, figure.value_high, figure.unit, figure.qualifier,
            figure.period_label, figure.period_end) == ("eps", "guidance", 1.25, 1.31, "USD/share", "range",
                                                        "Q4 FY2021", date(2021, 3, 31))


CLOROX_FISCAL_Q1_2021 = (date(2020, 11, 2), 2021, 6)  # call date, fiscal year reported on, month the year ends
RESMED_FISCAL_Q3_2021 = (date(2021, 4, 29), 2021, 6)
KORN_FERRY_FISCAL_Q1_2021 = (date(2020, 9, 2), 2021, 4)
THERMON_FISCAL_Q2_2021 = (date(2020, 11, 5), 2021, 3)
METHODE_FISCAL_Q3_2021 = (date(2021, 3, 4), 2021, 4)


@pytest.mark.parametrize("text, call, expected", [
    (  # "the March quarter" is the three months to March, on a fiscal calendar too; "our June quarter last year"
        # is a year before the nearest June (ResMed, April 2021)
        "As a result of recording the reserve, on a GAAP basis, our effective tax rate for the March quarter was 136%.",
        RESMED_FISCAL_Q3_2021,
        [("tax_rate", "actual", 136.0, None, None, "%", "exact", date(2021, 3, 31), None)],
    ),
    (
        "As a reminder, we recorded $35 million COVID-19 generated revenue in our March quarter last year, $125 "
        "million in our June quarter last year, and $40 million in our first quarter of FY '21.",
        RESMED_FISCAL_Q3_2021,
        [("revenue", "actual", 35e6, None, None, "USD", "exact", date(2020, 3, 31), None),
         ("revenue", "actual", 125e6, None, None, "USD", "exact", date(2020, 6, 30), None),  # "COVID-19" is no name
         ("revenue", "actual", 40e6, None, None, "USD", "exact", date(2020, 9, 30), None)],
    ),
    (  # "fiscal year" alone is the current one; the quarter of a reason given after the figure does not date it
        "Turning to our fiscal year outlook; we now anticipate fiscal year sales to grow between 5% to 9%, reflecting "
        "our strong Q1 results, as well as our raised expectations for the balance of the fiscal year, including "
        "double-digit growth in Q2.",
        CLOROX_FISCAL_Q1_2021,
        [("revenue_growth", "guidance", None, 5.0, 9.0, "%", "range", date(2021, 6, 30), None)],
    ),
    (
        "We now expect our fiscal year tax rate to be between 21% to 22%.",
        CLOROX_FISCAL_Q1_2021,
        [("tax_rate", "guidance", None, 21.0, 22.0, "%", "range", date(2021, 6, 30), None)],
    ),
    (  # "the back half of fiscal year '20" is a past half: the expansion lapped is a result
        "For perspective, we expect gross margin expansion in the front half, followed by a contraction over the "
        "balance of the fiscal year, as we lap gross margin expansion of 250 basis points delivered in the back half "
        "of fiscal year '20, driven by strong operating leverage from robust shipment growth during the initial "
        "phases of the pandemic.",
        CLOROX_FISCAL_Q1_2021,
        [("gross_margin", "actual", 250.0, None, None, "bps", "exact", date(2020, 6, 30), None)],
    ),
    (  # savings "targeted" for the fiscal year are guidance
        "They are: First, the safety of our employees and customers; second, aligning cost structure to the level of "
        "incoming business; third, driving continuous improvement programs to achieve the targeted $3.9 million in "
        "savings during the fiscal year; fourth, cash management; and fifth, investing for future growth.",
        THERMON_FISCAL_Q2_2021,
        [("cost_savings", "guidance", 3.9e6, None, None, "USD", "exact", date(2021, 3, 31), None)],
    ),
    (  # the outlook a result came "within" is guidance for the result's year (MSC Industrial, October 2021; its fiscal
        # year ends in August)
        "Our capital expenditures were 16 million in the fourth quarter and for the full year, were 54 million, within "
        "our expected range of 50 to 60 million.",
        (date(2021, 10, 20), 2021, 8),
        [("capex", "actual", 16e6, None, None, "USD", "exact", date(2021, 8, 31), None),
         ("capex", "actual", 54e6, None, None, "USD", "exact", date(2021, 8, 31), None),
         ("capex", "guidance", None, 50e6, 60e6, "USD", "range", date(2021, 8, 31), None)],
    ),
    (  # reducing SG&A by an amount is a saving; the action was taken, but the savings it was taken for are still to
        # come over the fiscal year; an annualized amount has no year of its own
        "In Q1, the team took decisive action to reduce SG&A by $16 million in the fiscal year and just over $17 "
        "million on an annualized basis.",
        THERMON_FISCAL_Q2_2021,
        [("cost_savings", "guidance", 16e6, None, None, "USD", "exact", date(2021, 3, 31), None),
         ("cost_savings", "guidance", 17e6, 17e6, None, "USD", "at_least", None, None)],
    ),
    (  # the quarter said with the metric, of the year said with each amount
        "Third quarter sales were $295.3 million in fiscal year '21 compared to $285.9 million in fiscal year '20, an "
        "increase of $9.4 million or 3.3%.",
        METHODE_FISCAL_Q3_2021,
        [("revenue", "actual", 295.3e6, None, None, "USD", "exact", date(2021, 1, 31), None),
         ("revenue", "actual", 285.9e6, None, None, "USD", "exact", date(2020, 1, 31), None)],
    ),
    (  # "roll that out": the rollout of what was just named, dated by the calendar year
        "As we put it all together, we are very confident that as we get the AirSense 11 from control product launch "
        "to then start to roll that out over this calendar year in the U.S.",
        RESMED_FISCAL_Q3_2021,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "rollout")],
    ),
    (  # "this calendar year" is the calendar's, not the fiscal year ending in June
        "We expect to move to a broader commercial launch of the platform later this calendar year in the U.S.",
        RESMED_FISCAL_Q3_2021,
        [("milestone", "guidance", None, None, None, "date", "exact", date(2021, 12, 31), "platform launch")],
    ),
    (  # "the first quarter of our fiscal year" is one period, not a quarter and a year
        "During the first quarter of our fiscal year, we generated about $344 million in fee revenue, which was down "
        "about 28% in constant currency.",
        KORN_FERRY_FISCAL_Q1_2021,
        [("revenue", "actual", 344e6, None, None, "USD", "approx", date(2020, 7, 31), None)],
    ),
    (  # a tax rate "500 basis points lower" is a change down (Standex, Q1 FY2021)
        "As a result, our tax rate in fiscal '21 is expected to be approximately 22% or 500 basis points lower than "
        "fiscal 2020.",
        (date(2020, 10, 30), 2021, 6),
        [("tax_rate", "guidance", 22.0, None, None, "%", "approx", date(2021, 6, 30), None),
         ("tax_rate", "guidance", -500.0, None, None, "bps", "exact", date(2021, 6, 30), None)],
    ),
    (  # a bare "margins" is the margin named in full just before (Methode Electronics, whose year ends in April)
        "Third quarter gross margins were lower in fiscal year '21 as compared to fiscal year '20, mainly due to premium "
        "freight. Fiscal year '21, third quarter margins were 24.6% as compared to 27.7% in the third quarter of fiscal "
        "year '20.",
        (date(2021, 3, 4), 2021, 4),
        [("gross_margin", "actual", 24.6, None, None, "%", "exact", date(2021, 1, 31), None),
         ("gross_margin", "actual", 27.7, None, None, "%", "exact", date(2020, 1, 31), None)],
    ),
    (  # comparable sales are same-store growth, "down 2% to up 1%" a range, and the quarter of the growth it is
        # "on top of" is that growth's, so the outlook is for the same quarter a year on (Best Buy, November 2021;
        # its fiscal year ends in January)
        "We expect comparable sales growth to be in the range of down 2% to up 1% to last year, which is on top of our "
        "12.6% comparable sales growth in the fourth quarter of last year.",
        (date(2021, 11, 23), 2022, 1),
        [("revenue_growth", "guidance", None, -2.0, 1.0, "%", "range", date(2022, 1, 31), "same-store"),
         ("revenue_growth", "actual", 12.6, None, None, "%", "exact", date(2021, 1, 31), "same-store")],
    ),
    (  # "comps" are comparable sales too, and "up 1% to down 2%" a range (Best Buy, November 2021; "tough comps"
        # are not, see CASES)
        "You know, we're projecting Q4 comps to be up 1% to down 2% compared to last year.",
        (date(2021, 11, 23), 2022, 1),
        [("revenue_growth", "guidance", None, -2.0, 1.0, "%", "range", date(2022, 1, 31), "same-store")],
    ),
    (  # a subject said after the figure, inside another metric's name, is that metric's (Best Buy, November 2021)
        "We expect the following: enterprise revenue in the range of $51.8 billion to $52.3 billion compared to our "
        "previous guide of $51 billion to $52 billion, comparable sales growth of 10.5% to 11.5% compared to our "
        "previous guide of 9% to 11%.",
        (date(2021, 11, 23), 2022, 1),
        [("revenue", "guidance", None, 51.8e9, 52.3e9, "USD", "range", None, None),
         ("revenue", "guidance", None, 51e9, 52e9, "USD", "range", None, None),
         ("revenue_growth", "guidance", None, 10.5, 11.5, "%", "range", None, "same-store"),
         ("revenue_growth", "guidance", None, 9.0, 11.0, "%", "range", None, "same-store")],
    ),
    (  # "the third quarter of fiscal-year 2021" is one period; the cash dividends returned in it were paid
        "During the third quarter of fiscal-year 2021, we generated over $196 million in operating cash, allowing us "
        "to return $57 million in cash dividends to shareholders.",
        RESMED_FISCAL_Q3_2021,
        [("operating_cash_flow", "actual", 196e6, 196e6, None, "USD", "at_least", date(2021, 3, 31), None),
         ("dividend", "actual", 57e6, None, None, "USD", "exact", date(2021, 3, 31), None)],
    ),
])
def test_fiscal_year_phrases(text, call, expected):
    assert expected, "rows are compared for the metrics they name: a sentence with no figure belongs in CASES"
    call_date, fiscal_year, year_ends = call
    figures = [f for f in extract(text, call_date, fiscal_year, fiscal_year_ends=year_ends)
               if f.metric in {row[0] for row in expected}]
    assert [(f.metric, f.kind, f.value, f.value_low, f.value_high, f.unit, f.qualifier, f.period_end, f.subject)
            for f in figures] == expected


@pytest.mark.parametrize("words, call_date, year_end_month, label, end", [
    ("We'll have that mechanism in place hopefully midyear in '22", date(2022, 2, 24), 12, "mid 2022", date(2022, 9, 30)),
    # Southwest Gas: one span over both years
    ("Operating income is expected to be 5.25% to 6.25% of revenues during 2022 and 2023", date(2021, 11, 9), 12,
     "2022-2023", date(2023, 12, 31)),
    ("which hopefully by this time next year, we will be low", date(2021, 10, 21), 12, "~Oct 2022", date(2022, 10, 21)),
    ("We expect to have these wells turn to sales by mid-December", date(2021, 11, 3), 12, "Dec 2021", date(2021, 12, 31)),
    ("our trailing 12 month adjusted EBITDA is now $364 million", date(2021, 3, 23), 5, "TTM Q3 FY2021", date(2021, 2, 28)),
    # ResMed's fiscal year ends in June: "the 2021 calendar year" still ends in December
    ("So we ended the 2021 calendar year with 378,000 lives", date(2022, 2, 4), 6, "CY2021", date(2021, 12, 31)),
    # Brunswick, October 2021: the year up to the quarter reported, or to the months said
    ("We have generated almost $300 million of free cash flow through the first nine months of the year",
     date(2021, 10, 28), 12, "YTD Q3 2021", date(2021, 9, 30)),
    ("We repurchased 6.1 million shares for $299 million during the first six months of 2021", date(2021, 8, 4), 12,
     "YTD Q2 2021", date(2021, 6, 30)),
    # DXC (fiscal year to March), August 2021: the first three quarters of a year said
    ("In terms of quarterly progression, organic revenues declined about 6% to 7% in the first three quarters of FY '21",
     date(2021, 7, 28), 3, "YTD Q3 FY2021", date(2020, 12, 31)),
    # Boston Beer, April 2021: of "two to three years", the later
    ("We expect to complete this transformation over the next two to three years.", date(2021, 4, 22), 12,
     "next 3 years", date(2024, 4, 22)),
    # American Vanguard, November 2020: a multi-year plan's years, counted from this one
    ("If we were to grow at a rate of only 2% per year, we should be at $507 million by year three", date(2020, 11, 5), 12,
     "FY2023", date(2023, 12, 31)),
    ("puts us at a three-year top line target of $604 million", date(2020, 11, 5), 12, "FY2023", date(2023, 12, 31)),
    # Federal Signal, November 2021: the quarter reported, not the year
    ("In the current year quarter, we made adjustments to GAAP earnings per share", date(2021, 11, 2), 12, "Q3 2021",
     date(2021, 9, 30)),
    # Vector Group, August 2021: the year said before the months
    ("For the 2021 six-month period, Douglas Elliman reported net income of $57.1 million", date(2021, 8, 4), 12,
     "YTD Q2 2021", date(2021, 6, 30)),
    ("Capital expenditures year-to-date of $54 million were at our expectations", date(2021, 2, 10), 3, "YTD Q3 FY2021",
     date(2020, 12, 31)),
    # AZZ's fiscal year ends in February: "the prior year third quarter" is one quarter, not a year and a quarter
    ("Diluted EPS of $0.76 per share declined 9.5% compared to the $0.84 per share in the prior year third quarter",
     date(2021, 1, 8), 2, "Q3 FY2020", date(2019, 11, 30)),
    # the months up to a day said ended: the fiscal quarter, year, half or trailing year they are (Jabil, Sysco's
    # 52/53-week year, EnerSys's quarter ended January 3, Korn Ferry, Southwest Gas, American Vanguard)
    ("our annual report on Form 10-K for the fiscal year ended August 31, 2020, and other filings", date(2021, 6, 17), 8,
     "FY2020", date(2020, 8, 31)),
    ("our annual report on Form 10-K for the year ended July 3, 2021, subsequent SEC filings", date(2022, 1, 31), 6,
     "FY2021", date(2021, 6, 30)),
    ("our quarterly report on Form 10-Q for the fiscal quarter ended January 3, 2021", date(2021, 2, 10), 3, "Q3 FY2021",
     date(2020, 12, 31)),
    ("the soon-to-be-filed quarterly report for the quarter ended July 31, 2020", date(2020, 9, 2), 4, "Q1 FY2021",
     date(2020, 7, 31)),
    ("For the 12 months ended September 30, 2021 net income was $234 million", date(2021, 11, 9), 12, "TTM Q3 2021",
     date(2021, 9, 30)),
    ("For the three months ended September 30th, 2020, the Company's net sales decreased by 6%", date(2020, 11, 5), 12,
     "Q3 2020", date(2020, 9, 30)),
    # American Vanguard, November 2020: a six- or nine-month period is the year so far, ended a day or not
    ("With regard to the nine-month period ended September 30th, 2020 compared to", date(2020, 11, 9), 12,
     "YTD Q3 2020", date(2020, 9, 30)),
    ("gross margin performance in the quarter reduced from 38% to 37% and for the nine-month period from 39% to 38%",
     date(2020, 11, 9), 12, "YTD Q3 2020", date(2020, 9, 30)),
    # a month of the year named relative to the call's, with or without "in" (Comstock, October 2021)
    ("with production January of next year", date(2021, 10, 27), 12, "Jan 2022", date(2022, 1, 31)),
    # a year's own full year (EnerSys, February 2021)
    ("Fiscal 2019's full year rate was 17%", date(2021, 2, 11), 3, "FY2019", date(2019, 3, 31)),
    # that many months from the call, the later of two (Boston Properties, January 2020)
    ("This'll play out over the next six to nine months and we'll have a better feel during that time.",
     date(2020, 1, 29), 12, "~Oct 2020", date(2020, 10, 29)),
])
def test_time_phrases_of_the_calendar(words, call_date, year_end_month, label, end):
    when = CallTime.of(call_date, fiscal=FiscalCalendar(year_end_month))
    assert [(p.label, p.end) for p in find_periods(words, when)] == [(label, end)]


def test_two_spans_of_months_ended_a_day_are_each_their_own():
    """Vector Group, August 2021."""
    said = "For the three and six months ended June 30, 2021, revenues were $329.5 million"
    found = find_periods(said, CallTime.of(date(2021, 8, 5)))
    assert [(p.label, p.start, p.end, said[p.span_start : p.span_end]) for p in found] == [
        ("Q2 2021", date(2021, 4, 1), date(2021, 6, 30), "three"),
        ("H1 2021", date(2021, 1, 1), date(2021, 6, 30), "six months ended June 30, 2021")]


def test_the_coming_years_are_no_year():
    """FMC, May 2021: "the coming years" are no one year, as "the coming year" is."""
    said = ("We expect this momentum to continue to accelerate over the coming years, with launches of new active "
            "ingredients and products as well as outcomes from technology partnerships we've established in the past year.")
    assert [f.metric for f in extract(said, date(2021, 5, 4), 2021)] == []
    assert [p.label for p in find_periods("over the coming year", CallTime.of(date(2021, 5, 4)))] == ["FY2022"]


def test_year_over_year_names_no_year():
    """FTI Consulting, April 2020: "The year-over-year decrease" compares, it is not "the year"."""
    said = ("The year-over-year decrease in net income was primarily because the 9.7% growth in revenues did not adequately "
            "offset increased compensation expense related to the 18 and a half percent increase in head count, higher "
            "variable compensation and an increase in SG&A expenses.")
    assert find_periods(said, CallTime.of(date(2020, 4, 23))) == []


def test_two_quarters_said_together_are_both_of_the_year_said():
    when = CallTime.of(date(2021, 5, 6))
    said = "late in the first and second quarters in 2022"
    assert [(p.label, p.end, said[p.span_start : p.span_end]) for p in find_periods(said, when)] == [
        ("Q1 2022", date(2022, 3, 31), "first"), ("Q2 2022", date(2022, 6, 30), "second quarters in 2022")]


def test_a_month_and_year_said_before_quarter_is_the_quarter_that_month_ends():
    """ResMed (fiscal year to June), April 2021: "in September 2020 quarter" is its first quarter of FY2021, not a month."""
    call_date, fiscal_year, year_ends = RESMED_FISCAL_Q3_2021
    figures = extract("And in September 2020 quarter, we recognized $40 million in such revenue.", call_date, fiscal_year,
                      fiscal_year_ends=year_ends)
    assert [(f.value, f.period_label, f.period_start) for f in figures] == [(40e6, "Q1 FY2021", date(2020, 7, 1))]


@pytest.mark.parametrize("said, call, expected", [
    # American Vanguard, November 2020
    ("Through the end of the third quarter of 2020, we had already been on track to sell approximately $22 million in "
     "green products this year, including biologicals.", (date(2020, 11, 9), 2020, 12),
     [("revenue", "guidance", 22e6, None, None, "approx", "FY2020", "green products")]),
    # EnerSys (fiscal year to March), February 2021: "this upcoming fiscal year" is the next one, a quarter from now
    ("So we would expect we ought, in this upcoming fiscal year, sell $50 million to $100 million in our motive power "
     "products, lithium-based.", (date(2021, 2, 11), 2021, 3),
     [("revenue", "guidance", None, 50e6, 100e6, "range", "FY2022", "motive power products")]),
    # RPT Realty, May 2021: a part of a shopping center sold is no revenue, nor is the land an industrial landlord sold
    # (First Industrial, April 2020)
    ("Our expectations are that we could sell up to $75 million of the center to RGMZ, resulting in a significantly "
     "reduced basis for RPT.", (date(2021, 5, 4), 2021, 12), []),
    ("Our experience in the Great Recession, you might remember that we continued to sell $100 million to $200 million a "
     "year in the Great Recession.", (date(2020, 4, 23), 2020, 12), []),
])
def test_products_the_company_expects_to_sell_are_its_revenue(said, call, expected):
    call_date, fiscal_year, year_ends = call
    figures = extract(said, call_date, fiscal_year, fiscal_year_ends=year_ends)
    assert [(f.metric, f.kind, f.value, f.value_low, f.value_high, f.qualifier, f.period_label, f.subject)
            for f in figures] == expected


@pytest.mark.parametrize("said, call, expected", [
    # EnerSys (fiscal year to March), February 2021: next fiscal year sees half of the $20 million a year
    ("So we believe we will begin enjoying about half of the expected $20 million per year of savings next fiscal year, "
     "with the full benefit thereafter.", (date(2021, 2, 11), 2021, 3), [("cost_savings", 20e6, None)]),
    # Spectrum Brands (fiscal year to September), May 2021: nor does the time it was talked about
    ("I think we talked about, as we started the year, an incremental $60 million in savings from GPIP, most of which "
     "we expected this fiscal year.", (date(2021, 5, 7), 2021, 9), [("cost_savings", 60e6, None)]),
    # and all of an amount said with its time is of that time
    ("We expect $7 million of savings, all of which we will see in fiscal 2021.", (date(2020, 10, 30), 2021, 6),
     [("cost_savings", 7e6, "FY2021")]),
])
def test_the_time_a_part_of_an_amount_comes_in_does_not_date_the_amount(said, call, expected):
    call_date, fiscal_year, year_ends = call
    figures = extract(said, call_date, fiscal_year, fiscal_year_ends=year_ends)
    assert [(f.metric, f.value, f.period_label) for f in figures] == expected


def test_an_amount_said_again_with_its_bound_is_one_figure():
    """Zimmer Biomet, February 2020: the 30% margin target restated as a floor in the same breath."""
    figures = extract("We talked about 30% operating margins by 2023, at least 30% operating margin.", date(2020, 2, 4), 2020)
    assert [(f.metric, f.kind, f.value, f.value_low, f.qualifier, f.period_label) for f in figures] == [
        ("operating_margin", "guidance", 30.0, 30.0, "at_least", "FY2023")]


def test_initials_keep_their_last_dot_in_a_heading():
    """McKesson, February 2022: "Let's turn to the U.S. Pharmaceutical segment." is read with the sentence split after
    "U.S."; the segment turned to is "U.S.", not "U.S"."""
    assert segment_heading("Let's turn to the U.S.", frozenset(), None) == "U.S."


@pytest.mark.parametrize("said, segment", [
    # Standex (Q1 FY2021), Xylem (Q3 2020), read as one text where no figure is said
    ("Maybe we could start with Engraving. The Engraving margins were certainly -- rebounded more quickly than we were "
     "expecting.", "Engraving"),
    ("But yeah, just want to start with MCS. Encouraging to see better engagement on the software and SaaS side but just "
     "wanted to understand the profitability and monetization of that.", "MCS"),
    # A. O. Smith (Q1 2020): the whole name, "of the" and all
    ("Rest of the World segment sales of $110 million declined 53% with the same quarter in 2019.", "Rest of the World"),
])
def test_a_heading_is_the_whole_name_within_its_sentence(said, segment):
    assert segment_heading(said, frozenset(), None) == segment


def framings(text: str, call_date: date, fiscal_year: int, fiscal_year_ends: int = 12) -> list[tuple]:
    """(metric, value or low, high, period_end, framing_label, framing_start, framing_end) of each figure."""
    return [(f.metric, f.value if f.value is not None else f.value_low, f.value_high, f.period_end,
             f.framing_label, f.framing_start, f.framing_end)
            for f in extract(text, call_date, fiscal_year, fiscal_year_ends)]


def test_an_outlook_list_is_framed_by_the_heading_before_it_until_the_next_heading():
    """DXC, Q3 FY2022 (fiscal years end in March): a quarter's list, then the year's; the tax rate dates itself."""
    said = ("Turning to the fourth quarter guidance. Revenues between $4.11 billion and $4.15 billion.\n"
            "If exchange rates were at the same level as when we gave guidance last quarter, our fourth quarter revenue "
            "guidance range would be $20 million higher. Organic revenue declined, minus 1.2% to minus 1.7%. Adjusted EBIT "
            "margin in the range of 8.7% to 9%. Non-GAAP diluted earnings per share of $0.98 to $1.03 per share.\n"
            "For Q4, we expect a tax rate of approximately 26%. As we look to the end of FY '22, I would like to update our "
            "current fiscal year guidance. Based on the strengthening U.S. dollar, our revenues are expected to be negatively "
            "impacted by approximately $40 million.\n"
            "We now expect to come in at approximately $16.4 billion. Organic revenue growth range of minus 2.2% to minus "
            "2.3%, which is slightly lower than our previous range. Adjusted EBIT margin, 8.5% to 8.6%.")
    q4 = ("Q4 FY2022", date(2022, 1, 1), date(2022, 3, 31))
    fy = ("FY2022", date(2021, 4, 1), date(2022, 3, 31))
    assert framings(said, date(2022, 2, 2), 2022, 3) == [
        ("revenue", 4.11e9, 4.15e9, None, *q4),
        ("organic_revenue_growth", -1.7, -1.2, None, *q4),
        ("operating_margin", 8.7, 9.0, None, *q4),
        ("adjusted_eps", 0.98, 1.03, None, *q4),
        ("tax_rate", 26.0, None, date(2022, 3, 31), None, None, None),
        ("revenue", 16.4e9, None, None, *fy),
        ("organic_revenue_growth", -2.3, -2.2, None, *fy),
        ("operating_margin", 8.5, 8.6, None, *fy),
    ]


def test_a_dated_outlook_frames_the_undated_one_said_after_it():
    """Amphenol, Q4 2019 (call of January 22, 2020): "This represents ..." is of the first quarter just guided."""
    said = ("For the first quarter, we expect sales in the range of $1.960 billion to $2 billion and adjusted diluted EPS in "
            "the range of $0.85 to $0.87. This represents a sales increase versus prior year of 0% to 2% in US dollars and "
            "1% to 3% in local currency, and a decrease versus prior year adjusted diluted EPS of 2% to 4%.")
    q1 = ("Q1 2020", date(2020, 1, 1), date(2020, 3, 31))
    assert framings(said, date(2020, 1, 22), 2019) == [
        ("revenue", 1.96e9, 2e9, date(2020, 3, 31), None, None, None),
        ("adjusted_eps", 0.85, 0.87, date(2020, 3, 31), None, None, None),
        ("revenue_growth", 0.0, 2.0, None, *q1),
        ("revenue_growth", 1.0, 3.0, None, *q1),
    ]


def test_a_run_rate_is_not_framed_nor_is_anything_after_a_result_for_the_year():
    """Donaldson, Q4 FY2021 (fiscal years end in July): the year's margin frames the change after it, not the
    annualized savings; Corning's "For the full year, sales were up 2%" is a result and frames nothing."""
    said = ("In terms of operating margin, we expect a full year rate between 14.1% and 14.7%. This range implies an "
            "increase of 10 basis points to 70 basis points from the fiscal '21 adjusted operating margin and we expect the "
            "improvement to come from expense leverage.\n"
            "As benefits from pricing compound and costs stabilize, we anticipate gross margin in the second half of fiscal "
            "'22 should be up versus '21. Restructuring action we initiated in fiscal '21 will help reduce the impact a bit. "
            "We continue to expect annualized savings of about $8 million, with about $5 million to $6 million landing in "
            "fiscal '22.")
    fy = ("FY2022", date(2021, 8, 1), date(2022, 7, 31))
    assert framings(said, date(2021, 8, 31), 2021, 7) == [
        ("operating_margin", 14.1, 14.7, date(2022, 7, 31), None, None, None),
        ("operating_margin", 10.0, 70.0, None, *fy),
        ("cost_savings", 8e6, None, None, None, None, None),
        ("cost_savings", 5e6, 6e6, date(2022, 7, 31), None, None, None),
    ]


def test_the_time_of_the_guidance_named_just_before_frames_an_amount_said_without_one():
    """Allete, Q3 2021: the segment's range says no time, so it has no period of its own (the contract), and the 2021 of
    "our 2021 earnings guidance" named just before frames it."""
    fy = ("FY2021", date(2021, 1, 1), date(2021, 12, 31))
    said = ("I'll now turn to our 2021 earnings guidance, which remains unchanged from our original range of $3 to $3.30 per "
            "share. Consistent with our disclosures in the second quarter, we anticipate our regulated operations segment "
            "will be at the higher end of our guidance range of $2.30 to $2.50 per share.")
    assert framings(said, date(2021, 11, 3), 2021) == [("eps", 3.0, 3.3, date(2021, 12, 31), None, None, None),
                                                       ("eps", 2.3, 2.5, None, *fy)]


def test_a_plan_over_years_frames_nothing_and_ends_the_time_set_before():
    """DTE, Q3 2021: "our 2022 outlook and our five-year plan ... through 2026" is no outlook list for 2022 (the EPS
    guidance raised next is 2021's); Corning, Q4 2019: what is said after the goals "From 2020 to 2023 ... compound
    annual" is not 2023's."""
    said = ("As you'll see in our 2022 outlook and our five-year plan, we are on track to deliver 5% to 7% EPS growth "
            "through 2026 and dividend growth in line with our EPS growth. Now, let's turn to slide 5. 2021 is shaping up "
            "to be a very successful year. We are raising the midpoint of our operating EPS guidance from $5.77 to $5.84 "
            "per share.")
    assert framings(said, date(2021, 10, 27), 2021) == [("adjusted_eps", 5.77, None, None, None, None, None),
                                                        ("adjusted_eps", 5.84, None, None, None, None, None)]
    said = ("From 2020 to 2023, we expect to deliver 6% to 8% compound annual sales growth and 12% to 15% compound annual "
            "EPS growth. Expand operating margin and return on invested capital, invest between $10 billion and $12 billion "
            "with a focus on our organic growth and return $8 billion to $10 billion to shareholders through a combination "
            "of dividend increases and opportunistic share repurchases.")
    assert framings(said, date(2020, 1, 28), 2019) == [("revenue_growth", 6.0, 8.0, date(2023, 12, 31), None, None, None),
                                                       ("capex", 10e9, 12e9, None, None, None, None)]


@pytest.mark.parametrize("sentence, call_date, fiscal_year, year_ends, expected", [
    ("Turning to the fourth quarter guidance.", date(2022, 2, 2), 2022, 3, "Q4 FY2022"),  # DXC
    ("As we look to the end of FY '22, I would like to update our current fiscal year guidance.",
     date(2022, 2, 2), 2022, 3, "FY2022"),  # DXC
    ("In terms of guidance for the full year 2021, we are updating our range.", date(2021, 7, 27), 2021, 12, "FY2021"),  # CTS
    # (the outlook's year, not the quarter a deal it assumes closes in) (Cigna)
    ("Also, our full year 2022 outlook assumes that the pending divestiture of Cigna's international life accident and "
     "supplemental benefits businesses will close in the second quarter of 2022, but does not assume any impact from "
     "other business combinations or divestitures that may occur after today.", date(2022, 2, 3), 2021, 12, "FY2022"),
    # a result for the year, and the time a guidance was issued, frame nothing (Corning, Eversource)
    ("For the full year, sales increased 2% to $11.7 billion, net income was $1.6 billion and EPS was $1.76.",
     date(2020, 1, 28), 2019, 12, None),
    ("You can see that we have reiterated the $3.81 to $3.93 EPS guidance that we issued in February.",
     date(2021, 11, 4), 2021, 12, None),
])
def test_a_sentence_frames_the_time_its_outlook_is_for(sentence, call_date, fiscal_year, year_ends, expected):
    when = CallTime.of(call_date, fiscal_year, None, FiscalCalendar(year_ends))
    framing = framing_period(sentence, when)
    assert (framing.label if framing else None) == expected


def test_a_bare_margin_at_an_amount_guided_before_is_that_margin():
    """Corning, January 2020: "margins" said in an answer, with no margin named in full near it, at the very 40% the
    prepared remarks guided gross margin to, is gross margin (it had been read as operating margin, what a bare
    "margins" is most often short for)."""
    text = (
        "Operator: Welcome to the Corning fourth quarter 2019 earnings call.\n"
        "Tony Tripeny: We expect volume in Display and Optical Communications to grow sequentially and year-over-year in "
        "the second half. When that happens, gross margin should improve to approximately 40%.\n"
        "Asiya Merchant: And then just on margins. The 40% inflecting to 40%, is that something we expect in the third "
        "quarter?\n"
        "Tony Tripeny: Okay. And then on margins, you're absolutely right, I mean I think what requires for the margins to "
        "get back to the 40% is the volume increase that we expect in the back half of the year.\n"
    )
    got = call_rows(text, "GLW", "2019Q4", "2020-01-28", "metric", "kind", "value", "period_end")
    assert got == [("gross_margin", "guidance", 40.0, None), ("gross_margin", "guidance", 40.0, date(2020, 12, 31))]


def test_a_bare_margin_answering_a_question_about_gross_margin_is_gross_margin():
    """EnerSys, February 2021 (fiscal years end in March): the question names gross margin and the answer says only
    "margin". The answer's false start ("should be -- it should be") does not cut the margin off from its amount, and
    the change said again "higher than where we are today" in the next sentence is of the same margin."""
    text = (
        "Operator: Our next question comes from Greg Wasikowski with Webber Research.\n"
        "Greg Wasikowski: As a reasonable expectation, can you get 200 basis points of gross margin in the next fiscal "
        "year? Where do you think gross margin could be in fiscal '22?\n"
        "Michael J. Schmidtlein: Well, we still feel like that margin expansion will happen. So I would say -- and there "
        "are -- you got to caveat it with some of this uncertainty in this world, but that margin expansion should be -- "
        "it should be 100 to 200 basis points by the end of next fiscal year. So we ought to exit 2022, 100 to 200 basis "
        "points higher than where we are today.\n"
    )
    got = call_rows(text, "ENS", "2021Q3", "2021-02-04",
                    "metric", "kind", "value_low", "value_high", "unit", "period_end")
    assert got == [("gross_margin", "guidance", 100.0, 200.0, "bps", date(2022, 3, 31))] * 2


def test_a_change_in_bps_pointed_at_is_the_guidance_given_with_it():
    """Thermon, November 2020 (fiscal years end in March): "That 100 BP improvement or more", answering a question about
    it, is the gross-margin guidance the prepared remarks gave with that very amount, and "or more" after the change it
    is said of still makes it a floor."""
    text = (
        "Jay C. Peterson: And looking forward to the second half of this fiscal year, we expect gross margins to improve "
        "by 100 basis points or more due to the benefits of cost reductions.\n"
        "Operator: Our next question comes from Joe Aiken with Stifel.\n"
        "Joe Aiken: Okay, thanks. And then just turning to margins. I think you, Jay, you said you'd expect gross margin "
        "to improve 100 basis points or more in the second half of the year. Is that on a year-over-year basis?\n"
        "Jay C. Peterson: Yeah. That 100 BP improvement or more was on an annual basis.\n"
    )
    got = call_rows(text, "THR", "2021Q2", "2020-11-05",
                    "metric", "kind", "value", "value_low", "unit", "qualifier", "period_end", "turn_index")
    assert got == [("gross_margin", "guidance", 100.0, 100.0, "bps", "at_least", date(2021, 3, 31), 0),
                   ("gross_margin", "guidance", 100.0, 100.0, "bps", "at_least", None, 3)]


def test_a_bare_range_after_a_guided_growth_range_is_that_growth_and_the_range_it_was_is_guidance():
    """IDEX, February 2020: a range said again with no measure and no change word ("bracketed it around plus 2% to
    negative 2%", "kind of zero to negative 2%") is the growth guided just before; "we thought the range was" is the
    outlook as it was, not a result."""
    text = (
        "Andrew Silvernail: Yes, Mike. So I think if you take our top line guide of zero to down 2%, and if you "
        "remember, when we were at the Baird Conference, we bracketed it around plus 2% to negative 2%, right. So "
        "that's kind of been our view for a while. So we're now it kind of zero to negative 2%.\n"
        "Andrew Buscaglia: Yes. I thought you made the comment on the industrial, if you saw industrial, when things "
        "will get worse from here.\n"
        "Andrew Silvernail: Yes. So if -- so, I think I answered when Mike asked the question earlier. If you look at "
        "that guide of zero to negative 2%. So back in the fall, we thought the range was plus 2% to negative 2% "
        "depending upon what happened with the industrials.\n"
    )
    got = call_rows(text, "IEX", "2019Q4", "2020-02-05",
                    "metric", "kind", "value_low", "value_high", "qualifier", "turn_index")
    assert got == [("revenue_growth", "guidance", -2.0, 0.0, "range", 0),
                   ("revenue_growth", "guidance", -2.0, 2.0, "range", 0),
                   ("revenue_growth", "guidance", -2.0, 0.0, "range", 0),
                   ("revenue_growth", "guidance", -2.0, 0.0, "range", 2),
                   ("revenue_growth", "guidance", -2.0, 2.0, "range", 2)]


def test_an_end_of_the_guided_range_said_again_is_that_guidance():
    """Corning, January 2020: "the minus 5% of the range" and "the lower end of the range, the minus 10%" are the ends
    of the sales growth guided in the prepared remarks (not a share "of the range"), framed by its year."""
    text = (
        "Tony Tripeny: In 2020, we expect year-over-year sales to be down 5% to 10% as the lower level of sales we "
        "experienced in the second half of 2019 continues throughout the first half of 2020.\n"
        "Rod Hall: Okay, thank you. And optical visibility.\n"
        "Tony Tripeny: I mean at the minus 5% of the range, that's an indication that we've got certain customer "
        "projects and we're following those closely and if that happens, we'll be closer to that and at the lower end "
        "of the range, the minus 10%, that would be reflective of what some of those projects actually get themselves "
        "pushed out.\n"
    )
    got = call_rows(text, "GLW", "2019Q4", "2020-01-28",
                    "metric", "kind", "value", "value_low", "value_high", "qualifier", "period_end", "framing_end",
                    "turn_index")
    assert got == [("revenue_growth", "guidance", None, -10.0, -5.0, "range", date(2020, 12, 31), None, 0),
                   ("revenue_growth", "guidance", -5.0, None, None, "exact", None, date(2020, 12, 31), 2),
                   ("revenue_growth", "guidance", -10.0, None, None, "exact", None, date(2020, 12, 31), 2)]


def test_the_amount_guided_before_said_as_expected_or_as_talked_about_is_that_guidance():
    """CTS, February 2020: the answer names no measure, but "over 100 basis points, as we talked about" and "the
    overall improvement we are expecting is over 100 basis points" say again the gross-margin target of the remarks."""
    text = (
        "Ashish Agrawal: Our target is to improve gross margin by over 100 basis points during the year.\n"
        "John Franzreb: Okay. You're talking to improve the gross margins by 100 basis points this year, how much of "
        "that is revenue dependent and how much of that is mix?\n"
        "Ashish Agrawal: It's going to be dependent in volumes to some extent. So the improvement of our percent -- over "
        "100 basis points, as we talked about is the combination of all those. And as we move forward John, we just "
        "have to drive the overall improvement. We don't take it down into specifically, which action is driving how "
        "much improvement, but the overall improvement we are expecting is over 100 basis points.\n"
    )
    got = call_rows(text, "CTS", "2019Q4", "2020-02-04",
                    "metric", "kind", "value_low", "unit", "qualifier", "period_end", "framing_end", "turn_index")
    assert got == [("gross_margin", "guidance", 100.0, "bps", "at_least", date(2020, 12, 31), None, 0),
                   ("gross_margin", "guidance", 100.0, "bps", "at_least", None, date(2020, 12, 31), 2),
                   ("gross_margin", "guidance", 100.0, "bps", "at_least", None, date(2020, 12, 31), 2)]


@pytest.mark.parametrize("sentence, call, replaced", [
    (  # Spectrum Brands, May 2021 (fiscal year to September)
        "Fiscal 2021 adjusted free cash flow for continuing operations is now expected to be between $260 million and "
        "$280 million, up from the previous range of $250 million to $270 million.",
        (date(2021, 5, 7), 2021, 9), [False, True]),
    (  # DTE Energy, October 2021
        "We are raising the midpoint of our operating EPS guidance from $5.77 to $5.84 per share.",
        (date(2021, 10, 27), 2021, 12), [True, False]),
    (  # CTS, July 2021
        "Our previous guidance was for sales in the range of $445 million to $500 million, and adjusted earnings in the "
        "range of $1.35 to $1.70.",
        (date(2021, 7, 27), 2021, 12), [True, True]),
    (  # Service Corporation International, October 2021
        "As you saw this morning, we are increasing our adjusted cash flow guidance for 2021 by about $150 million. So the "
        "guidance went from $775 million to a newly revised annual guidance range of $850 million to $925 million.",
        (date(2021, 10, 28), 2021, 12), [True, False]),
    (  # DuPont, May 2021
        "For the full-year 2021, we now expect our base tax rate to be in the range of 21 to 22%, down slightly from the "
        "21 to 23% that we previously estimated at the beginning of the year.",
        (date(2021, 5, 4), 2021, 12), [False, True]),
    (  # Beazer Homes, April 2021 (fiscal year to September)
        "Our full-year EBITDA guidance equates to earnings per share above $3 up from last quarter's guidance of at least "
        "$2.50.",
        (date(2021, 4, 29), 2021, 9), [False, True]),
    (  # Sealed Air, August 2021: the earlier range named after its amounts
        "For net sales, we estimate $5.4 billion to $5.5 billion or 10% to 12% as-reported growth and 8% to 10% in constant "
        "dollars compared to our previously provided $5.25 billion to $5.35 billion range.",
        (date(2021, 8, 4), 2021, 12), [False, False, False, True]),
    (  # DXC, February 2022 (fiscal year to March): a guidance the year has already beaten
        "Improve free cash flow. We exceeded the $500 million guidance for FY '22.",
        (date(2022, 2, 2), 2022, 3), [True]),
    (  # MSC Industrial, October 2021 (fiscal year to August): the original goal, not the revised one
        "As you can see on Slide 10, our cumulative savings for fiscal year 2021 were 40 million against our original goal "
        "of 25 million and our revised goal of 40 million.",
        (date(2021, 10, 20), 2021, 8), [True, False]),
    (  # Spectrum Brands, May 2021: a target raised "of" one amount to another
        "Our F '21 savings are running ahead of previous projections, and we are now raising our total gross savings target "
        "of $150 million to at least $200 million by the end of fiscal 2022.",
        (date(2021, 5, 7), 2021, 9), [True, False]),
    (  # ALLETE, November 2021: unchanged, the original range is still the guidance
        "I'll now turn to our 2021 earnings guidance, which remains unchanged from our original range of $3 to $3.30 per "
        "share.",
        (date(2021, 11, 2), 2021, 12), [False]),
])
def test_a_guidance_the_call_replaces_is_marked_superseded(sentence, call, replaced):
    call_date, fiscal_year, year_ends = call
    said = [f for f in extract(sentence, call_date, fiscal_year, fiscal_year_ends=year_ends) if f.kind == "guidance"]
    assert [f.superseded for f in said] == replaced


def test_an_amount_called_within_the_guidance_just_given_is_that_guidance_rounded():
    """IDEX, January 2020: "call it 5%-ish" names no measure, but lies within the 5% to 6% organic growth the answer
    just gave; the 6% the answer then hopes to get to is no guidance of its own."""
    text = (
        "Operator: Our next question comes from Matt Summerville with D.A. Davidson.\n"
        "Matt Summerville: Can you maybe talk about what kind of organic growth rates you think you'll experience in "
        "life science and the pharma business in 2020?\n"
        "Andrew Silvernail: Yes. So, I think generally you're looking at 5% to 6% Matt. If you look at the combination "
        "of what we would call IDEX Health & Science LLC, which is Life Science and MPT which is principally going into "
        "food -- pharma and food. So I think with those two combined, you're looking at, call it 5%-ish, maybe a little "
        "bit better if you can get to 6% which I'd have to back into the math.\n"
    )
    got = call_rows(text, "IEX", "2019Q4", "2020-01-30", "metric", "kind", "value", "value_low", "value_high", "qualifier")
    assert got == [("organic_revenue_growth", "guidance", None, 5.0, 6.0, "range"),
                   ("organic_revenue_growth", "guidance", 5.0, None, None, "approx")]


def test_a_rate_said_to_be_the_same_is_the_rate_just_given():
    """Halliburton, January 2022: the next quarter's tax rate is "approximately the same" as the 23% the turn just gave.
    A rate the same as something else is not the last figure said again."""
    text = (
        "Operator: I would now like to turn the call over to Lance Loeffler, Chief Financial Officer.\n"
        "Lance Loeffler: Our normalized effective tax rate for the fourth quarter came in at approximately 23%. Based "
        "on our anticipated geographic earnings mix, we expect our 2022 first quarter effective tax rate to be "
        "approximately the same. We expect our 2022 full year effective tax rate to remain the same as last year's.\n"
    )
    got = call_rows(text, "HAL", "2021Q4", "2022-01-24", "metric", "kind", "value", "unit", "qualifier", "period_label")
    assert got == [("tax_rate", "actual", 23.0, "%", "approx", "Q4 2021"),
                   ("tax_rate", "guidance", 23.0, "%", "approx", "Q1 2022")]


def test_the_range_a_guidance_came_down_from_is_the_guidance_it_replaces():
    """Chevron, January 2022: "come down from $19 billion to $22 billion" is no fall from 19 to 22, but the capex range
    before the one just given; it is the guidance the call replaces."""
    said = extract("And our belief going forward, our capital guidance going forward is $15 billion to $17 billion for the "
                   "next five years. It has come down from $19 billion to $22 billion pre-COVID.", date(2022, 1, 28))
    assert [(f.metric, f.kind, f.value_low, f.value_high, f.qualifier, f.superseded) for f in said] == [
        ("capex", "guidance", 15e9, 17e9, "range", False),
        ("capex", "guidance", 19e9, 22e9, "range", True)]


def test_the_rate_a_year_names_is_the_tax_rate_the_turn_is_on_and_a_years_full_year_is_that_year():
    """EnerSys, February 2021 (fiscal year to March): "Fiscal 2019's full year rate" and "our fiscal 2020 rate" are the
    tax rates of those years, not of the year under way."""
    text = (
        "Michael J. Schmidtlein: Our adjusted effective tax rate of 17% for the third quarter was slightly higher than "
        "the prior year's rate of 16%, but in line with the prior quarter's rate of 17%. Fiscal 2019's full year rate "
        "was 17%, while our fiscal 2020 rate was 18%, which is consistent with our current expectations for fiscal "
        "2021.\n"
        "David M. Shaffer: Thanks, Mike.\n"
    )
    got = call_rows(text, "ENS", "2021Q3", "2021-02-11", "metric", "kind", "value", "period_end")
    assert got == [("tax_rate", "actual", 17.0, date(2020, 12, 31)), ("tax_rate", "actual", 16.0, date(2019, 12, 31)),
                   ("tax_rate", "actual", 17.0, date(2019, 3, 31)), ("tax_rate", "actual", 18.0, date(2020, 3, 31))]


def test_a_margin_said_to_stay_up_around_a_level_is_its_outlook():
    """AZZ, January 2021: after the galvanizing margins "north of 25%" and "sustaining north of 23%", "staying up
    around 25%" is the margin kept from here on, an outlook of the same margin (not a result, not no figure)."""
    text = (
        "Noelle Dilts: Okay. Great. And then just shifting over to Metal Coatings, any comments that you have on -- I "
        "guess, I ask every quarter -- any markets that were particularly strong, or those that were particularly weak?\n"
        "Thomas E. Ferguson: We do love our Metal Coatings sites. The galvanizing team did outstandingly well, keeping "
        "their facilities open and productive and efficient. So, their margins were north of 25%, even probably close or "
        "in the 26% range for the quarter. So, we feel pretty good about the supply demand balance in galvanizing and "
        "feel good about our team's ability to respond to it. So, yes, we -- I continue to believe sustaining north of "
        "23%. But my COO of Metal Coatings doesn't like when I say staying up around 25%, but they've demonstrated "
        "they're pretty good at doing that.\n"
    )
    got = call_rows(text, "AZZ", "2021Q3", "2021-01-08", "metric", "kind", "value", "qualifier")
    assert got[-2:] == [("operating_margin", "guidance", 23.0, "at_least"), ("operating_margin", "guidance", 25.0, "approx")]


def test_the_range_said_again_in_a_statement_with_a_tag_is_that_guidance_and_what_the_listeners_sum_gives_is_none():
    """Zimmer Biomet, February 2020: "If you took the range that we discussed, $200 million to $300 million by 2023, ...,
    right?" is a statement with a tag, not a question, and says the savings guidance again; the 30% "you could
    effectively get to" is the listener's own arithmetic, no figure."""
    text = (
        "Suky Upadhyay: We estimate that these activities will generate gross annual adjusted pre-tax operating expense "
        "savings of approximately $200 million to $300 million by the end of 2023.\n"
        "Kristen Stewart: So I'm just trying to understand what kind of the base business is doing absent this "
        "restructuring charge or charges and savings.\n"
        "Suky Upadhyay: Yes, sure. So you're right, Kristen. If you took the range that we discussed, $200 million to "
        "$300 million by 2023, and you dropped all that to margin, you could effectively get to 30%, right? Your math is "
        "right on.\n"
    )
    got = call_rows(text, "ZBH", "2019Q4", "2020-02-04", "metric", "kind", "value_low", "value_high", "period_end",
                    "turn_index")
    assert got == [("cost_savings", "guidance", 200e6, 300e6, date(2023, 12, 31), 0),
                   ("cost_savings", "guidance", 200e6, 300e6, date(2023, 12, 31), 2)]


def test_an_amount_invested_in_this_project_is_in_what_the_turn_said_the_investment_is_in():
    """Masco, October 2021: "this project" is the new manufacturing facility in Serbia the turn said Hansgrohe plans to
    invest in, two sentences before."""
    text = (
        "Keith Allman: To support our continued international growth, Hansgrohe recently announced plans to invest in a "
        "new manufacturing facility in Serbia. This additional capacity will enable further growth and further strengthen "
        "Hansgrohe's capabilities to serve its customers. We plan to invest approximately $100 million in this project "
        "over the next three years.\n"
        "John Sznewajs: Thanks, Keith.\n"
    )
    got = call_rows(text, "MAS", "2021Q3", "2021-10-28", "metric", "kind", "value", "period_end", "subject")
    assert got == [("capex", "guidance", 100e6, date(2024, 10, 28), "manufacturing facility in Serbia")]

