"""Speed of plainlanguage.analyze on a 2,000-word German page under de-x-ls.

    python benchmarks/bench_plainlanguage.py

Prints the median time per call (wall clock and CPU time of this process, which is steadier on a
shared machine), the same with all per-word caches emptied before every call (every word new),
textstat's German Flesch alone on the same pages (with its hyphenation cache as it is, and emptied
before every call), the ratios, and a cold start (import and first call in a fresh interpreter).
Every call gets a new page, so no whole-text cache can help. The empty-cache ratio is given against
textstat as it runs (its word cache warm) too, which is the stricter of the two comparisons.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 30
PAGE_WORDS = 2000

SENTENCES = """Der Aktionsplan Integration ist ein Arbeitsplan für die Stadtverwaltung Dresden.
In diesem Plan geht es darum, wie Menschen aus anderen Ländern in unserer Stadt gut leben können.
Integration heißt, dass Menschen mit Migrationsgeschichte gleichberechtigt am gesellschaftlichen Leben teilnehmen.
Der Stadtrat hat den Aktionsplan am 23. Juni 2022 nach einer langen Beteiligung beschlossen.
Vorher gab es schon verschiedene Integrationskonzepte, die z. B. Sprachkurse und Beratung regelten.
Die Integrations- und Ausländerbeauftragte koordiniert die Umsetzung der Maßnahmen gemeinsam mit den Ämtern.
Für jedes Handlungsfeld gibt es Ziele, Maßnahmen, Zuständigkeiten und einen Zeitplan bis 2026.
Die Arbeitsgruppen treffen sich mehrmals im Jahr und berichten dem Integrationsbeirat über den Stand.
Wer Fragen zum Aktionsplan hat, kann sich an die Geschäftsstelle im Rathaus wenden.
Die Kindertagesstätten sollen mehr Fachkräfte mit interkultureller Kompetenz einstellen.
Eltern ohne Deutschkenntnisse bekommen bei Elternabenden eine Sprachmittlung.
An den Schulen werden Vorbereitungsklassen ausgebaut, damit Kinder schneller Deutsch lernen.
Das Jobcenter und die Agentur für Arbeit beraten Zugewanderte bei der Anerkennung ihrer Berufsabschlüsse.
Viele Menschen finden nur schwer eine Wohnung, weil die Mieten in den letzten Jahren stark gestiegen sind.
Die Stadt unterstützt deshalb Projekte, die Vermieterinnen und Vermieter mit Wohnungssuchenden zusammenbringen.
Im Gesundheitsbereich sollen Informationen in mehreren Sprachen angeboten werden.
Sportvereine öffnen ihre Angebote für Geflüchtete und gewinnen neue Mitglieder.
Die Volkshochschule bietet Integrationskurse am Vormittag, am Abend und am Wochenende an.
Migrantenorganisationen werden bei der Planung von Stadtteilfesten beteiligt.
Der Bericht über die Umsetzung wird jedes Jahr im Internet veröffentlicht.
Die Verwaltung prüft regelmäßig, ob die Maßnahmen wirken, und passt sie bei Bedarf an.
Ehrenamtliche Patinnen und Paten begleiten neu Zugewanderte bei Behördengängen.
Rund 560.000 Menschen leben in Dresden, etwa 10 % von ihnen haben eine ausländische Staatsangehörigkeit.
In der Stadtbibliothek gibt es Bücher in vielen Sprachen und einen Gesprächskreis für Deutschlernende.
Die Antidiskriminierungsstelle hilft Menschen, die wegen ihrer Herkunft benachteiligt werden.
Alle Bürgerinnen und Bürger sind eingeladen, ihre Ideen für das Zusammenleben einzubringen.""".splitlines()


def page(number: int) -> str:
    """A new 2,000-word page: the sentences in a new order, paragraphs of four, numbered."""
    rng = random.Random(number)
    sentences, words = [], 0
    while words < PAGE_WORDS:
        batch = SENTENCES[:]
        rng.shuffle(batch)
        for sentence in batch:
            if words >= PAGE_WORDS:
                break
            sentences.append(sentence)
            words += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return f"Seite {number}\n\n" + "\n\n".join(paragraphs)


Measurement = tuple[Callable[[str], object], list[str], Callable[[], None] | None]  # call, texts, before


def timed(*measurements: Measurement) -> list[tuple[float, float]]:
    """Median (wall, CPU) ms per call of each measurement, taken in turns page by page.

    Taking turns gives every measurement the same share of the machine's ups and downs, so the
    ratios stay fair on a shared machine.
    """
    wall: list[list[float]] = [[] for _ in measurements]
    cpu: list[list[float]] = [[] for _ in measurements]
    for run in range(min(len(texts) for _, texts, _ in measurements)):
        for index, (function, texts, before) in enumerate(measurements):
            if before:
                before()
            start_wall, start_cpu = time.perf_counter(), time.process_time()
            function(texts[run])
            cpu[index].append(time.process_time() - start_cpu)
            wall[index].append(time.perf_counter() - start_wall)
    return [
        (statistics.median(w) * 1000, statistics.median(c) * 1000) for w, c in zip(wall, cpu, strict=True)
    ]


def clear_word_caches() -> None:
    """Empty every per-word cache of the package (the frequency tables stay loaded)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("plainlanguage"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                    if value.cache_info().maxsize is not None:  # not the load-once tables
                        value.cache_clear()


def clear_textstat_caches() -> None:
    """Empty textstat's per-word hyphenation cache (pyphen) and its per-text caches."""
    import pyphen

    for dictionary in pyphen.hdcache.values():
        dictionary.cache.clear()
    for module in [m for n, m in list(sys.modules.items()) if n.startswith("textstat")]:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                value.cache_clear()


def cold_start() -> float:
    code = (
        "import time; t = time.perf_counter(); from plainlanguage import analyze; "
        "import benchmarks.bench_plainlanguage as b; analyze(b.page(0), profile='de-x-ls'); "
        "print(time.perf_counter() - t)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return float(result.stdout.strip()) * 1000


def main() -> int:
    import textstat

    from plainlanguage import analyze

    textstat.set_lang("de")
    analyze(page(-1), profile="de-x-ls")  # load the dictionaries once, as a running site has
    words = len(page(1).split())

    def ours_call(text: str) -> object:
        return analyze(text, profile="de-x-ls")

    ours, flesch = timed(
        (ours_call, [page(n) for n in range(1, RUNS + 1)], None),
        (textstat.flesch_reading_ease, [page(n) for n in range(2001, 2001 + RUNS)], None),
    )
    # Every cache emptied before each call: every word is new to both.
    cold_words, flesch_empty = timed(
        (ours_call, [page(n) for n in range(1001, 1001 + RUNS)], clear_word_caches),
        (textstat.flesch_reading_ease, [page(n) for n in range(3001, 3001 + RUNS)], clear_textstat_caches),
    )
    print(f"page: {words} words, {RUNS} new pages per measurement")
    print(
        f"analyze de-x-ls             median {ours[0]:6.1f} ms wall, {ours[1]:6.1f} ms CPU  (target <= 25 ms)"
    )
    print(f"  with empty word caches    median {cold_words[0]:6.1f} ms wall, {cold_words[1]:6.1f} ms CPU")
    print(f"textstat German Flesch      median {flesch[0]:6.1f} ms wall, {flesch[1]:6.1f} ms CPU")
    print(f"  with empty word caches    median {flesch_empty[0]:6.1f} ms wall, {flesch_empty[1]:6.1f} ms CPU")
    print(f"ratio analyze / Flesch      {ours[1] / flesch[1]:.1f}x CPU (target <= 5x)")
    print(
        f"  empty word caches         {cold_words[1] / flesch[1]:.1f}x CPU against Flesch as it runs, "
        f"{cold_words[1] / flesch_empty[1]:.1f}x against Flesch with its caches emptied too"
    )
    print(f"cold start (import + first call, fresh process): {cold_start():.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
