"""The two bundled Tesla calls against speaker sequences written down by hand (tests/gold/*.turns.tsv)."""

from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from corpus import SEEDS, needs_seeds
from pipeline.parse import parse_file
from conftest import ROOT, TRANSCRIPTS

GOLD = ROOT / "tests" / "gold"

CALLS = {
    "TSLA-2023Q4": (TRANSCRIPTS / "q4-2023.txt", "motley_page", date(2024, 1, 24)),
    "TSLA-2024Q1": (TRANSCRIPTS / "q1-2024.txt", "motley_flat", date(2024, 4, 23)),
}

# Speaker markers as printed in the transcripts (not speech), written down from the pages.
MARKERS = [
    "Elon Musk -- Chief Executive Officer and Product Architect",
    "Vaibhav Taneja -- Chief Financial Officer",
    "Lars Moravy -- Vice President, Vehicle Engineering",
    "Ashok Elluswamy -- Director, Autopilot Software",
    "Pierre Ferragu -- New Street Research -- Analyst",
    "Adam Jonas -- Morgan Stanley -- Analyst",
    "Dan Levy -- Barclays -- Analyst",
    "Colin Langan -- Wells Fargo Securities -- Analyst",
    "Tony Sacconaghi -- AllianceBernstein -- Analyst",
    "Alex Potter -- Piper Sandler -- Analyst",
    "Mark Delaney -- Goldman Sachs -- Analyst",
    "George Gianarikas -- Canaccord Genuity -- Analyst",
    "Colin Rusch -- Oppenheimer and Company -- Analyst",
    "Shreyas Patil -- Wolfe Research -- Analyst",
]


def gold(call_id: str) -> list[dict]:
    with open(GOLD / f"{call_id}.turns.tsv", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("call_id", CALLS)
def test_speaker_sequence_roles_and_sections_match_the_hand_written_gold(call_id):
    path, layout, call_date = CALLS[call_id]
    call = parse_file(path)
    expected = gold(call_id)
    assert call.call_id == call_id and call.source_format == layout and call.meta.call_date == call_date
    assert call.meta.company == "Tesla" and call.meta.ticker == "TSLA"
    got = [(t.turn_index, t.speaker, t.role, t.section) for t in call.turns]
    assert got == [(int(g["index"]), g["speaker"], g["role"], g["section"]) for g in expected]
    for turn, row in zip(call.turns, expected):
        assert turn.text.startswith(row["first_words"]), (turn.turn_index, turn.text[:80], row["first_words"])


@pytest.mark.parametrize("call_id", CALLS)
def test_offsets_point_at_each_turns_words_in_the_source(call_id):
    path = CALLS[call_id][0]
    source = path.read_text(encoding="utf-8")
    for turn in parse_file(path).turns:
        first_paragraph = turn.text.split("\n")[0]
        assert source[turn.char_start : turn.char_start + len(first_paragraph)] == first_paragraph
        assert source[turn.char_end - 1] == turn.text[-1]


def _words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


@pytest.mark.parametrize("call_id", CALLS)
def test_no_speech_is_lost(call_id):
    """Everything between the first turn and the end of the call, less speaker markers and
    page furniture, is in the turns, word for word and in order."""
    path = CALLS[call_id][0]
    call = parse_file(path)
    source = path.read_text(encoding="utf-8").replace("\u00a0", " ")
    body = source[call.turns[0].char_start : call.turns[-1].char_end]
    body = re.sub(r"10 stocks we like better than Tesla.*?\*Stock Advisor returns as of January 22, 2024", " ", body, flags=re.S)
    for marker in MARKERS:
        body = body.replace(marker, " ")
    body = re.sub(r"(?m)^(Martin Viecha|Unknown speaker)\s", " ", body)
    body = re.sub(r"([.?!\]])\s+(Martin Viecha|Unknown speaker)(?=\s)", r"\1 ", body)
    spoken = " ".join(t.text for t in call.turns)
    assert _words(spoken) == _words(body)


@needs_seeds
def test_the_q4_call_is_found_inside_the_korean_blog_compilation():
    whole = parse_file(SEEDS / "000_5abf71b8d1641cb7.txt")
    bundled = parse_file(TRANSCRIPTS / "q4-2023.txt")
    assert whole.call_id == "TSLA-2023Q4" and whole.meta.call_date == date(2024, 1, 24)
    assert [(t.speaker, t.role, t.section, t.text) for t in whole.turns] == [
        (t.speaker, t.role, t.section, t.text) for t in bundled.turns
    ]


@needs_seeds
def test_the_bundled_q1_call_is_the_seed_byte_for_byte():
    assert (TRANSCRIPTS / "q1-2024.txt").read_bytes() == (SEEDS / "003_8a2b0ef1bec22bbd.txt").read_bytes()
