"""Discounted free cash flow: the value of an FCF path at a rate, and the rate that gives a price.

The valuation date is the start of the path's second year (the post values Tesla in
January 2026 with 2025 as its first column): the first year's FCF counts undiscounted,
year t of the path is discounted t − 1 periods, and after the last year FCF grows
forever at the perpetual growth rate (a Gordon terminal value).
"""

from __future__ import annotations

from collections.abc import Sequence


def value_at(fcf: Sequence[float], discount_rate: float, perpetual_growth: float) -> float:
    """Present value of the yearly FCF plus the terminal value after the last year."""
    if discount_rate <= perpetual_growth:
        raise ValueError("the discount rate must exceed the perpetual growth rate")
    factor = 1 + discount_rate
    explicit = sum(cash / factor**t for t, cash in enumerate(fcf))
    terminal = fcf[-1] * (1 + perpetual_growth) / (discount_rate - perpetual_growth)
    return explicit + terminal / factor ** (len(fcf) - 1)


def implied_discount_rate(
    fcf: Sequence[float], market_cap: float, perpetual_growth: float, ceiling: float = 10.0
) -> float | None:
    """The discount rate at which `value_at` equals `market_cap`, or None if no rate up to `ceiling` does.

    With positive FCF the value falls steadily from infinity (just above the growth
    rate) as the rate rises, so bisection finds the single crossing.
    """
    if fcf[-1] <= 0:
        return None
    low, high = perpetual_growth + 1e-12, ceiling
    if value_at(fcf, high, perpetual_growth) > market_cap:
        return None
    while high - low > 1e-12:
        middle = (low + high) / 2
        if value_at(fcf, middle, perpetual_growth) > market_cap:
            low = middle
        else:
            high = middle
    return (low + high) / 2
