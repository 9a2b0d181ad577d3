"""Speed of the Leichte Sprache pass (explained words + one sentence per line) on a long page.

Every Leichte Sprache page runs through it on each request, so it must stay a small part of the
render. Run: ``python benchmarks/bench_easyread.py``. Target: under 30 ms for a usual page of 20
paragraphs (about 400 words) with a glossary of 60 words; the figure for a very long page of 200
paragraphs is printed alongside (no target: such a page should be split for its readers anyway).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
django.setup()

from cms.accessibility.easyread import easy_read  # noqa: E402
from cms.accessibility.glossary import Glossary, GlossaryTerm  # noqa: E402

SENTENCES = (
    "Die Stadt Dresden hat einen Aktions·plan.",
    "Der Aktions·plan ist für die Integration.",
    "Im Handlungs·feld Arbeit gibt es 5 Maßnahmen.",
    "Die Stadt·verwaltung will mehr Vielfalt.",
    "Am 23. Juni 2022 hat der Stadt·rat den Plan beschlossen.",
    "Sie finden hier alle Informationen in Leichter Sprache.",
)
WORDS = ["Aktions·plan", "Integration", "Handlungs·feld", "Maßnahme", "Stadt·rat", "Stadt·verwaltung"]


def page_html(paragraphs: int) -> str:
    parts = []
    for index in range(paragraphs):
        body = " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(4))
        parts.append(f"<h2>Abschnitt {index}</h2><p>{body} <a href='/x/{index}'>Mehr zum Thema</a>.</p>")
    return "".join(parts)


def glossary(size: int) -> Glossary:
    terms = [GlossaryTerm(term=word, explanation="Eine kurze Erklärung. Sie hat 2 Sätze.") for word in WORDS]
    terms += [
        GlossaryTerm(term=f"Wort{n}·teil", explanation="Noch ein Wort.") for n in range(size - len(WORDS))
    ]
    return Glossary(terms)


def median_ms(paragraphs: int, words: Glossary, runs: int = 15) -> tuple[float, int]:
    html = page_html(paragraphs)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        easy_read(html, words, set(), "de-x-ls")
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000, len(html)


def main() -> None:
    words = glossary(60)
    usual, usual_size = median_ms(20, words)
    long, long_size = median_ms(200, words)
    print(
        f"easy-read pass, 20 paragraphs ({usual_size // 1024} KB), 60 glossary words: {usual:.1f} ms median"
    )
    print(f"easy-read pass, 200 paragraphs ({long_size // 1024} KB), 60 glossary words: {long:.1f} ms median")
    print(f"target < 30 ms for the usual page: {'met' if usual < 30 else 'NOT met'}")


if __name__ == "__main__":
    main()
