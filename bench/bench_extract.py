"""Figure-extraction speed on one core, and a side-by-side with quantulum3 on Tesla's Q1 2024 call.

    .venv/bin/python bench/bench_extract.py

quantulum3 is not a project dependency; without it the side-by-side is skipped. Install it with
    .venv/bin/pip install -r bench/requirements.txt
"""

from __future__ import annotations

import re

from common import ROOT, corpus_files, load_warning, measure, one_core, per_second, print_machine, report, words

from pipeline.extract import extract, extract_call
from pipeline.parse import parse_file
from pipeline.records import MANAGEMENT_ROLES

TESLA = {"Tesla Q4 2023": ROOT / "transcripts" / "q4-2023.txt", "Tesla Q1 2024": ROOT / "transcripts" / "q1-2024.txt"}
PHRASES = ("35,000 H100", "1K a week")
INSTALL = "install it with `.venv/bin/pip install -r bench/requirements.txt`"


def management_texts(calls) -> list[str]:
    return [turn.text for call in calls for turn in call.turns if turn.role in MANAGEMENT_ROLES]


def extract_all(calls) -> list:
    return [figure for call in calls for figure in extract_call(call)]


def sentence_with(phrase: str, texts: list[str]) -> str:
    pattern = re.compile(rf"[^.?!]*{re.escape(phrase)}[^.?!]*[.?!]?")
    return next(m.group().strip() for text in texts if (m := pattern.search(text)))


def throughput(spacy_seconds: float) -> dict:
    """extract_call over the Tesla calls and the corpus: each benchmark's (calls, seconds, figures, words)."""
    sets = {name: [parse_file(path)] for name, path in TESLA.items()}
    corpus_calls = [parse_file(path) for path in corpus_files()]
    sets[f"{len(corpus_calls)} corpus calls"] = corpus_calls
    results, rows = {}, [("one-time spaCy load (blank English + matchers)", "", "", f"{spacy_seconds:.2f}", "", "")]
    for name, calls in sets.items():
        seconds, figures = measure(extract_all, calls)
        n = words(management_texts(calls))
        results[name] = (calls, seconds, figures, n)
        rows.append((name, len(calls), f"{n:,}", f"{seconds:.3f}", len(figures), per_second(n, seconds)))
    report("extract_call, management turns, one core (best of 3)",
           ("benchmark", "calls", "management words", "seconds", "figures", "words/s"), rows)
    return results


def side_by_side(call, spacy_seconds: float, extract_seconds: float, figures: list, n: int) -> None:
    try:
        from quantulum3 import classifier, parser
    except ImportError:
        print(f"\nquantulum3 is not installed: skipping the side-by-side ({INSTALL}).")
        return
    texts = management_texts([call])
    try:
        load_seconds, _ = measure(parser.parse, PHRASES[1], runs=1)  # the first parse loads units and the classifier
    except Exception as exc:  # e.g. a scikit-learn that cannot unpickle quantulum3's bundled classifier
        print(f"\nquantulum3 does not load ({type(exc).__name__}: {exc}): skipping the side-by-side ({INSTALL}).")
        return
    seconds, quantities = measure(lambda: [q for text in texts for q in parser.parse(text)])
    mode = "with" if classifier.USE_CLF else "without"
    report(f"Tesla Q1 2024 management turns ({n:,} words), one core (best of 3)",
           ("extractor", "load (s)", "seconds", "found", "words/s"), [
               ("pipeline extract_call", f"{spacy_seconds:.2f}", f"{extract_seconds:.3f}", f"{len(figures)} figures",
                per_second(n, extract_seconds)),
               (f"quantulum3 parser.parse ({mode} its unit classifier)", f"{load_seconds:.2f}", f"{seconds:.3f}",
                f"{len(quantities)} quantities", per_second(n, seconds)),
           ],
           f"extract_call speed / quantulum3 speed = {seconds / extract_seconds:.1f}x. The counts differ in kind: "
           "extract_call keeps only numbers tied to a metric (guidance figures and actuals); quantulum3 returns every "
           "quantity it reads, durations such as `a week` included.")

    modes = [True, False] if classifier.USE_CLF else [False]
    sentences = [sentence_with(phrase, texts) for phrase in PHRASES]
    rows = [(f"`{phrase}`", pipeline_reading(sentence, call),
             *(quantulum3_reading(parser, classifier, sentence, m) for m in modes))
            for phrase, sentence in zip(PHRASES, sentences)]
    report("Readings of the same sentence",
           ("phrase", "pipeline extract", *(f"quantulum3 {'with' if m else 'without'} classifier" for m in modes)),
           rows, "\n".join(f"- {sentence}" for sentence in sentences))


def pipeline_reading(sentence: str, call) -> str:
    readings = []
    for f in extract(sentence, call.meta.call_date, call.meta.fiscal_year):
        values = (f.value,) if f.value is not None else (f.value_low, f.value_high)
        readings.append(f"{f.metric} = {' to '.join(f'{v:g}' for v in values if v is not None)} {f.unit} ({f.kind})")
    return "; ".join(readings) or "(no figure)"


def quantulum3_reading(parser, classifier, sentence: str, use_classifier: bool) -> str:
    saved, classifier.USE_CLF = classifier.USE_CLF, use_classifier
    try:
        return "; ".join(f"`{q.surface}` = {q.value:g} {q.unit.name}" for q in parser.parse(sentence))
    finally:
        classifier.USE_CLF = saved


def main() -> None:
    warning = load_warning()
    with one_core():
        spacy_seconds, _ = measure(extract, "", runs=1)  # the first call loads spaCy and builds the matchers
        print_machine(warning)
        results = throughput(spacy_seconds)
        calls, seconds, figures, n = results["Tesla Q1 2024"]
        side_by_side(calls[0], spacy_seconds, seconds, figures, n)


if __name__ == "__main__":
    main()
