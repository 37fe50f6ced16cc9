"""Earnings-call analytics: transcripts → speaker turns → guidance figures → DuckDB."""

__version__ = "0.1.0"
