"""The 99 real calls of ../shared/corpus: as JSON they equal the gold turns; rendered into
the three text layouts, at least 99% of gold turns come back with the same speaker and text."""

from __future__ import annotations

import difflib

import pytest

from corpus import call_identity, corpus_files, gold_turns, load, needs_corpus, render_colon, render_flat, render_page
from pipeline.parse import parse

pytestmark = needs_corpus


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_json_corpus_equals_the_gold_turns(path):
    ticker, year, quarter = call_identity(path)
    call = parse(path.read_text(encoding="utf-8"), source_name=path.name)
    assert call.source_format == "json_corpus"
    assert (call.meta.ticker, call.meta.fiscal_year, call.meta.fiscal_quarter) == (ticker, year, quarter)
    assert [(t.speaker, t.text, t.section) for t in call.turns] == gold_turns(load(path))


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
