"""The 99 real calls of ../shared/corpus: as JSON they equal the gold turns; rendered into
the three text layouts, at least 99% of gold turns come back with the same speaker and text."""

from __future__ import annotations

import difflib
from datetime import date

import pytest

from corpus import CORPUS, call_identity, corpus_files, gold_turns, load, needs_corpus, render_colon, render_flat, render_page
from pipeline.parse import parse

pytestmark = needs_corpus


def _norm(text: str) -> str:
    return " ".join(text.split())


# Files whose name says Q4 2020 but whose call is Q4 2019, read by hand from each operator's or host's
# welcome ("welcome to the WESCO Fourth Quarter and Full Year 2019 Earnings Conference Call"): the call
# says what it is, and that is believed before the file's name.
NAMED_FOR_THE_WRONG_YEAR = {
    "AGO_q4_2020": "our fourth quarter and year-end 2019 financial results conference call",
    "APH_q4_2020": "welcome you to our fourth quarter 2019 conference call",
    "BG_q4_2020": "the Bunge Ltd. Fourth Quarter 2019 Earnings Release and Conference Call",
    "BXP_q4_2020": "Boston Properties' Fourth Quarter 2019 Earnings Call",
    "CTS_q4_2020": "CTS Corporation Fourth Quarter and Full Year 2019 Earnings Call",
    "DRE_q4_2020": "our fourth quarter and year end 2019 earnings call",
    "GLW_q4_2020": "the Corning Incorporated Quarter Four 2019 Earnings Call",
    "HLT_q4_2020": "the Hilton fourth-quarter and full-year 2019 earnings conference call",
    "IEX_q4_2020": "IDEX Corporation's Fourth Quarter 2019 Earnings Conference Call",
    "OMI_q4_2020": "the Owens & Minor fourth quarter and full year 2019 earnings call",
    "WCC_q4_2020": "the WESCO Fourth Quarter and Full Year 2019 Earnings Conference Call",
    "ZBH_q4_2020": "the Zimmer Biomet fourth-quarter 2019 earnings conference call",
}


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_json_corpus_equals_the_gold_turns(path):
    ticker, year, quarter = call_identity(path)
    source = path.read_text(encoding="utf-8")
    call = parse(source, source_name=path.name)
    assert call.source_format == "json_corpus"
    if path.stem in NAMED_FOR_THE_WRONG_YEAR:
        assert NAMED_FOR_THE_WRONG_YEAR[path.stem] in source
        year -= 1
    assert (call.meta.ticker, call.meta.fiscal_year, call.meta.fiscal_quarter) == (ticker, year, quarter)
    assert [(t.speaker, t.text, t.section) for t in call.turns] == gold_turns(load(path))


@pytest.mark.parametrize("stem, said, call_date", [
    ("ZBH_q4_2020", "this conference is being recorded today, February 4, 2020", date(2020, 2, 4)),
    ("FR_q4_2019", "accurate only as of today's date, Thursday, February 13, 2020", date(2020, 2, 13)),
    ("PRA_q4_2020", "The content of this call is accurate only on February 23, 2021", date(2021, 2, 23)),
    ("EXR_q1_2021", "represent management's estimates as of today, April 29, 2021", date(2021, 4, 29)),
])
def test_a_call_that_says_the_date_it_is_held_on_is_dated_by_it(stem, said, call_date):
    source = (CORPUS / f"{stem}.json").read_text(encoding="utf-8")
    assert said in source
    assert parse(source, source_name=f"{stem}.json").meta.call_date == call_date


@pytest.mark.parametrize("stem, said, company", [
    ("VGR_q2_2021", "Welcome to Vector Group Ltd. Second Quarter 2021", "Vector Group Ltd."),
    ("AAT_q3_2021", "Welcome to American Assets Trust Third Quarter 2021", "American Assets Trust"),
    ("CVX_q4_2021", "welcome to Chevron's fourth quarter 2021 earnings", "Chevron"),
    ("BXP_q4_2020", "Boston Properties' Fourth Quarter", "Boston Properties"),
    ("CI_q4_2021", "thank you for standing by for Cigna's fourth quarter", "Cigna"),
    ("FR_q1_2020", "welcome everyone to the First Industrial First Quarter", "First Industrial"),
    # a welcome that names the company only after the quarter names none
    ("SEE_q2_2021", "welcome to the Second Quarter 2021 Sealed Air Earnings", None),
])
def test_the_company_is_the_one_the_operator_welcomes_to_its_call(stem, said, company):
    source = (CORPUS / f"{stem}.json").read_text(encoding="utf-8")
    assert said.lower() in source.lower()
    assert parse(source, source_name=f"{stem}.json").meta.company == company


RENDERERS = {
    "motley_page": lambda call, ident: render_page(call, *ident),
    "motley_flat": lambda call, ident: render_flat(call, *ident),
    "colon": lambda call, ident: render_colon(call),
}


@pytest.mark.parametrize("layout", RENDERERS)
def test_rendered_layouts_give_back_at_least_99_percent_of_gold_turns(layout):
    recovered = total = 0
    worst = []
    for path in corpus_files():
        call = load(path)
        ident = call_identity(path)
        text = RENDERERS[layout](call, ident)
        parsed = parse(text, source_name=path.stem + ".txt", ticker=ident[0], quarter=f"{ident[1]}Q{ident[2]}")
        assert parsed.source_format == layout
        expected = [(speaker, _norm(speech)) for speaker, speech, _ in gold_turns(call)]
        got = [(t.speaker, _norm(t.text)) for t in parsed.turns]
        matcher = difflib.SequenceMatcher(a=expected, b=got, autojunk=False)
        same = sum(block.size for block in matcher.get_matching_blocks())
        recovered += same
        total += len(expected)
        if same < len(expected):
            worst.append((path.stem, len(expected) - same))
    share = recovered / total
    print(f"{layout}: {recovered}/{total} gold turns recovered ({share:.4%}); misses: {worst}")
    assert share >= 0.99
