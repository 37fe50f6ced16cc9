"""How figures read to an analyst: "$10.0B", "≥ 75%", "35,000 units", "H2 2025"."""

from __future__ import annotations

_SYMBOL = {"at_least": "≥ ", "up_to": "≤ ", "approx": "~"}


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit.startswith("USD"):
        suffix = unit[3:]
        size = abs(value)
        for scale, letter in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
            if size >= scale:
                return f"{'-' if value < 0 else ''}${size / scale:,.2f}{letter}{suffix}".replace(".00", "")
        said = f"{'-' if value < 0 else ''}${size:,.2f}{suffix}"
        return said if suffix == "/share" else said.replace(".00", "")  # (a per-share amount keeps its cents: "$4.00/share")
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "%":
        return f"{number}%"
    if unit == "x":
        return f"{number}x"
    return f"{number} {unit}"


def figure_value(row: dict) -> str:
    """The figure as said: a range, a bound, an approximate or exact amount, or a date."""
    unit = row["unit"]
    if unit == "date":
        return str(row.get("period_label") or row.get("period_end") or "")
    if row["qualifier"] == "range":
        return f"{amount(row['value_low'], unit)} – {amount(row['value_high'], unit)}"
    return _SYMBOL.get(row["qualifier"], "") + amount(row["value"], unit)


def period_text(label: str | None, framed: bool) -> str | None:
    """A period as said; one the turn set before the sentence ("Turning to the fourth quarter guidance.") is marked,
    since the evidence quote alone does not date the figure."""
    return f"{label} (from context)" if label and framed else label
