"""Layouts, names, roles, sections and metadata on small transcripts shaped like real ones."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline.errors import PipelineError
from pipeline.parse import detect_layout, parse

API_CONTENT = """Operator: Good afternoon and welcome to Tesla's Third Quarter 2024 Q&A webcast. I will now hand over to Travis.
A - Travis Axelrod: Thanks. Our first question comes from Pierre Ferragu from New Street Research.
Q - Ferragu Pierre: Thank you. How should we think about the Cybercab ramp?
A - Elon Musk: We expect volume production in 2026.
It will take time to ramp.
A - Travis Axelrod: Next question comes from Adam Jonas with Morgan Stanley.
Q - Adam Jonas: Hi. What about "Semi"?
A - Vaibhav Taneja: Semi is on track.
"""


def test_colon_layout_maps_prefixes_and_inverted_names_and_infers_roles():
    call = parse(API_CONTENT, ticker="TSLA", quarter="2024Q3")
    assert call.source_format == "colon"
    people = [(t.speaker, t.role, t.section) for t in call.turns]
    assert people == [
        ("Operator", "operator", "prepared"),
        ("Travis Axelrod", "host", "qa"),
        ("Pierre Ferragu", "analyst", "qa"),
        ("Elon Musk", "executive", "qa"),
        ("Travis Axelrod", "host", "qa"),
        ("Adam Jonas", "analyst", "qa"),
        ("Vaibhav Taneja", "executive", "qa"),
    ]
    assert call.turns[2].affiliation == "New Street Research"
    assert call.turns[5].affiliation == "Morgan Stanley"
    assert call.turns[3].text == "We expect volume production in 2026.\nIt will take time to ramp."


def test_api_json_takes_metadata_from_its_fields_and_offsets_point_into_the_file():
    source = json.dumps({"symbol": "TSLA", "year": 2024, "quarter": 3, "date": "2024-10-23 17:30:00", "content": API_CONTENT})
    call = parse(source)
    assert call.source_format == "json_api" and call.call_id == "TSLA-2024Q3"
    assert call.meta.call_date == date(2024, 10, 23)
    answer = call.turns[3]
    # The JSON file escapes the newline as \n: offsets still land on the words.
    second = answer.text.index("It will")
    assert source[answer.source_offset(second) : answer.source_offset(second) + 7] == "It will"
    quoted = call.turns[5]
    at = quoted.text.index("Semi")
    assert source[quoted.source_offset(at) : quoted.source_offset(at) + 4] == "Semi"


def test_corpus_json_shape_keeps_sections_and_titles_from_participants():
    source = json.dumps(
        {
            "prepared_remarks": [{"speaker": "Operator", "speech": "Welcome to the Q2 2021 Example Corp call."},
                                 {"speaker": "Jane Roe", "speech": "Revenue grew 10%."}],
            "q_and_a": [{"speaker": "John Doe", "speech": "What about margins?"},
                        {"speaker": "Jane Roe", "speech": "Up."}],
            "participants": ["Jane Roe--Chief Financial Officer", "John Doe--Big Bank -- Analyst"],
        }
    )
    call = parse(source, source_name="EXC_q2_2021.json")
    assert call.call_id == "EXC-2021Q2"
    assert [(t.speaker, t.title, t.affiliation, t.role, t.section) for t in call.turns] == [
        ("Operator", None, None, "operator", "prepared"),
        ("Jane Roe", "Chief Financial Officer", None, "executive", "prepared"),
        ("John Doe", "Analyst", "Big Bank", "analyst", "qa"),
        ("Jane Roe", "Chief Financial Officer", None, "executive", "qa"),
    ]


PAGE = """Example Corp (EXC 1.20%)
Q2 2021 Earnings Call
Jul 28, 2021, 9:00 a.m. ET

Prepared Remarks:

Operator

Welcome. [Operator Instructions]

Jane Roe -- Chief Financial Officer

Revenue was $1.2 billion.

Questions and Answers:

Operator

Our first question comes from John Doe with Big Bank.

John Doe -- Big Bank -- Analyst

Let's go to Jane Roe from the finance team?

Jane Roe -- Chief Financial Officer

Sure.

Duration: 30 minutes

Call participants:

Jane Roe -- Chief Financial Officer

John Doe -- Big Bank -- Analyst
"""


def test_page_layout_with_headers():
    call = parse(PAGE)
    assert call.source_format == "motley_page" and call.call_id == "EXC-2021Q2"
    assert call.meta.company == "Example Corp" and call.meta.call_date == date(2021, 7, 28)
    assert [(t.speaker, t.section) for t in call.turns] == [
        ("Operator", "prepared"), ("Jane Roe", "prepared"), ("Operator", "qa"), ("John Doe", "qa"), ("Jane Roe", "qa")
    ]


def test_flattened_page_does_not_take_names_in_speech_for_turns():
    flat = " ".join(line for line in PAGE.split("\n") if line.strip())
    assert detect_layout(flat) == "motley_flat"
    call = parse(flat)
    assert [t.speaker for t in call.turns] == ["Operator", "Jane Roe", "Operator", "John Doe", "Jane Roe"]
    assert call.turns[3].text == "Let's go to Jane Roe from the finance team?"


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Tesla (TSLA -1.74%)Q1 2024 Earnings CallApr 23, 2024, 5:30 p.m. ET", ("TSLA", 2024, 1, date(2024, 4, 23))),
        ("Welcome to Tesla's Third Quarter 2024 Q&A webcast. TSLA earnings call for the period ending September 30, 2024.",
         ("TSLA", 2024, 3, None)),
    ],
)
def test_call_metadata_from_the_text(header, expected):
    call = parse(header + "\n\nPrepared Remarks:\n\nElon Musk -- CEO\n\nHello.\n")
    meta = call.meta
    assert (meta.ticker, meta.fiscal_year, meta.fiscal_quarter, meta.call_date) == expected


def test_overrides_win_and_bad_overrides_are_refused():
    call = parse(PAGE, ticker="ABC", quarter="2022Q4", call_date="2023-01-30")
    assert call.call_id == "ABC-2022Q4" and call.meta.call_date == date(2023, 1, 30)
    with pytest.raises(PipelineError, match="--quarter"):
        parse(PAGE, quarter="Q4-22")


def test_text_without_turns_is_a_clear_error():
    with pytest.raises(PipelineError, match="no speaker turns"):
        parse("Just a paragraph about the weather.\nAnother line.")
