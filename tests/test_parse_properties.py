"""The parser never crashes: any text gives turns or a clear PipelineError."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import PipelineError
from pipeline.parse import parse

SPEAKERS = st.sampled_from(["Operator", "Elon Musk -- CEO", "Jane Roe:", "A - Travis Axelrod:", "Prepared Remarks:",
                            "Call participants:", "Duration: 5 minutes", "{", "[", " -- ", "\u00a0--\u00a0"])
PIECES = st.one_of(st.text(max_size=80), SPEAKERS)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=25), st.sampled_from(["\n", " ", "\n\n"]))
def test_parse_returns_turns_or_a_clear_error(pieces, joiner):
    text = joiner.join(pieces)
    try:
        call = parse(text, ticker="XYZ", quarter="2024Q1")
    except PipelineError as exc:
        assert str(exc)
        return
    assert call.turns
    for turn in call.turns:
        assert turn.text.strip() and turn.role in ("executive", "analyst", "operator", "host", "unknown")
        assert 0 <= turn.char_start <= turn.char_end <= len(text)
