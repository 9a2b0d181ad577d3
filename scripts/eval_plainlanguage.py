"""Measure plainlanguage on the public evaluation data (read by path, never copied).

    python scripts/eval_plainlanguage.py            # EVAL_DIR overrides ../shared/eval

Prints each figure next to its target and the baselines (textstat's German Flesch, LIX, sentence
length, LanguageTool's 12-word rule).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plainlanguage import analyze  # noqa: E402
from plainlanguage.text import build_document  # noqa: E402

DEFAULT_EVAL_DIR = ROOT / ".." / "shared" / "eval"


def eval_dir() -> Path:
    return Path(os.environ.get("EVAL_DIR", DEFAULT_EVAL_DIR)).resolve()


# --- statistics (no numpy here) -------------------------------------------------------------


def ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else 0.0


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    return pearson(ranks(x), ranks(y))


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability that a positive scores higher than a negative (ties count half)."""
    values = list(positives) + list(negatives)
    rank = ranks(values)
    n_pos, n_neg = len(positives), len(negatives)
    rank_sum = sum(rank[:n_pos])
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


# --- data ----------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def easy_language_rows(rows: Iterable[dict]) -> list[dict]:
    return [row for row in rows if not str(row.get("variety", "")).startswith("learner_")]


# --- baselines -----------------------------------------------------------------------------


def textstat_de() -> tuple[Callable[[str], float], Callable[[str], float]]:
    import textstat

    textstat.set_lang("de")
    return textstat.flesch_reading_ease, textstat.lix


def words_per_sentence(text: str) -> float:
    document = build_document(text, "de")
    return sum(s.words for s in document.sentences) / max(1, len(document.sentences))


def word_count(text: str) -> int:
    return sum(s.words for s in build_document(text, "de").sentences)


def longest_sentence(text: str) -> int:
    return max((s.words for s in build_document(text, "de").sentences), default=0)


# --- figures -------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # figure, ours, target, baselines


def score(text: str, profile: str = "de") -> float:
    return analyze(text, profile=profile).score or 0.0


def textcomplexity(directory: Path) -> list[Row]:
    rows = read_csv(directory / "textcomplexityde.csv")
    texts = [row["sentence"] for row in rows]
    inverse_mos = [-float(row["mos"]) for row in rows]
    flesch, lix = textstat_de()
    ours = spearman([score(t) for t in texts], inverse_mos)
    base = {
        "length": spearman([-word_count(t) for t in texts], inverse_mos),
        "Flesch": spearman([flesch(t) for t in texts], inverse_mos),
        "LIX": spearman([-lix(t) for t in texts], inverse_mos),
    }
    figures = [("TextComplexityDE Spearman(score, -mos)", f"{ours:.3f}", ">= 0.80", _fmt(base))]
    parallel = read_csv(directory / "textcomplexityde_parallel.csv")
    figures.append(_parallel(parallel))
    return figures


def _parallel(rows: list[dict]) -> Row:
    pairs = [
        (row["original"], row["simplification"]) for row in rows if row.get("simplification", "").strip()
    ]
    wins = sum(score(simple) > score(original) for original, simple in pairs)
    total = len(pairs)
    return (
        "TextComplexityDE parallel: simplification scores easier",
        f"{wins / max(1, total):.1%}",
        "-",
        f"n={total}",
    )


def documents(directory: Path) -> list[Row]:
    rows = easy_language_rows(read_jsonl(directory / "de_plain_docs.jsonl"))
    flesch, _ = textstat_de()
    by_label: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_label[row["label"]].append(row["text"])
    ours = {label: [score(t) for t in texts] for label, texts in by_label.items()}
    base = {label: [flesch(t) for t in texts] for label, texts in by_label.items()}
    figures = []
    for easy, target in (("leichte_sprache", ">= 0.99"), ("einfach", ">= 0.85")):
        figures.append(
            (
                f"documents AUC {easy} vs standard",
                f"{auc(ours[easy], ours['standard']):.3f}",
                target,
                f"Flesch {auc(base[easy], base['standard']):.3f}",
            )
        )
    return figures


def sentences(directory: Path) -> list[Row]:
    rows = easy_language_rows(read_jsonl(directory / "de_plain_sentences.jsonl"))
    _, lix = textstat_de()
    easy = [row["text"] for row in rows if row["label"] == "leichte_sprache"]
    standard = [row["text"] for row in rows if row["label"] == "standard"]
    ours = auc([score(t) for t in easy], [score(t) for t in standard])
    base = auc([-lix(t) for t in easy], [-lix(t) for t in standard])
    figures: list[Row] = [
        ("sentences AUC leichte_sprache vs standard", f"{ours:.3f}", ">= 0.90", f"LIX {base:.3f}")
    ]
    easy_errors = [bool(analyze(t, profile="de-x-ls").errors) for t in easy]
    long_standard = [t for t in standard if word_count(t) >= 12]
    found = [bool(analyze(t, profile="de-x-ls").errors) for t in long_standard]
    lt12_false = sum(longest_sentence(t) > 12 for t in easy) / len(easy)
    lt12_found = sum(longest_sentence(t) > 12 for t in long_standard) / len(long_standard)
    figures.append(
        ("de-x-ls: Leichte Sprache sentences with an error", f"{sum(easy_errors) / len(easy):.1%}", "<= 5%",
         f"LT 12-word rule {lt12_false:.1%} (n={len(easy)})")
    )  # fmt: skip
    figures.append(
        ("de-x-ls: standard sentences (12+ words) with an error", f"{sum(found) / len(found):.1%}", ">= 95%",
         f"LT 12-word rule {lt12_found:.1%} (n={len(found)})")
    )  # fmt: skip
    return figures


def languagetool(directory: Path) -> list[Row]:
    rows = read_jsonl(directory / "lt_simple_german.jsonl")
    hits = total = false_marked = marked_correct = 0
    for row in rows:
        if row["marker_start"] is None:
            continue
        report = analyze(row["sentence"], profile="de-x-ls")
        offset = report.text.find(row["marked"]) if row["marked"] else -1
        start, end = (
            (offset, offset + len(row["marked"])) if offset >= 0 else (row["marker_start"], row["marker_end"])
        )
        overlap = any(
            f.severity in ("error", "warning") and f.start < end and f.end > start for f in report.findings
        )
        if row["example_type"] == "incorrect":
            total += 1
            hits += overlap
        else:
            marked_correct += 1
            false_marked += overlap
    return [
        (
            "LanguageTool incorrect examples: marked words found",
            f"{hits / max(1, total):.1%}",
            ">= 85%",
            f"n={total}",
        ),
        (
            "LanguageTool correct examples: marked words flagged",
            f"{false_marked / max(1, marked_correct):.1%}",
            "<= 10%",
            f"n={marked_correct}",
        ),
    ]


def onestop(directory: Path) -> list[Row]:
    rows = read_jsonl(directory / "onestop.jsonl")
    articles: dict[str, dict[int, float]] = defaultdict(dict)
    fk: dict[str, dict[int, float]] = defaultdict(dict)
    for row in rows:
        report = analyze(row["text"], profile="en")
        articles[row["title"]][int(row["level_num"])] = report.score or 0.0
        fk[row["title"]][int(row["level_num"])] = -report.metrics.get("flesch_kincaid_grade", 0.0)
    return [
        (
            "OneStopEnglish: levels ordered by the en score",
            f"{_ordered(articles):.1%}",
            ">= 98%",
            f"FK grade {_ordered(fk):.1%}",
        )
    ]


def _ordered(articles: dict[str, dict[int, float]]) -> float:
    right = total = 0
    for levels in articles.values():
        for low in levels:
            for high in levels:
                if low < high:
                    total += 1
                    right += levels[low] > levels[high]
    return right / max(1, total)


def _fmt(values: dict[str, float]) -> str:
    return ", ".join(f"{name} {value:.3f}" for name, value in values.items())


def main() -> int:
    directory = eval_dir()
    if not (directory / "textcomplexityde.csv").exists():
        print(f"plainlanguage eval: no evaluation data in {directory} (set EVAL_DIR); nothing measured.")
        return 0
    table: list[Row] = []
    for part in (textcomplexity, documents, sentences, languagetool, onestop):
        table.extend(part(directory))
    width = max(len(row[0]) for row in table)
    print(f"{'figure'.ljust(width)}  {'ours':>8}  {'target':>8}  baselines")
    for figure, ours, target, baselines in table:
        print(f"{figure.ljust(width)}  {ours:>8}  {target:>8}  {baselines}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
