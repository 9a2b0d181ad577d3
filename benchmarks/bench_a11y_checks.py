"""Speed of a11y_checks on a 2,000-word content page (about 20 KB), side by side with parsing it
with BeautifulSoup alone and with axe-core's ``axe.run`` in headless Chromium.

Run: ``python benchmarks/bench_a11y_checks.py``. Targets: check_html at most 3x the lxml parse,
and at least 25x faster than axe.run on the page (each side starts from the page's markup on
every run: check_html parses it, Chromium loads it). The browser part needs /usr/bin/chromium (or CHROMIUM) and
axe-core (``node_modules/axe-core`` in the repository, or AXE_CORE pointing at axe.min.js).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bs4 import BeautifulSoup  # noqa: E402

from a11y_checks import check_html  # noqa: E402

_PARAGRAPHS = (
    "Der Aktionsplan ist ein Arbeitsplan der Stadtverwaltung für die Integration von zugewanderten Menschen. "
    "Er beschreibt, wie Menschen aus anderen Ländern in unserer Stadt ankommen und teilhaben können, und er gilt "
    "von 2022 bis 2026.",
    "Integration heißt, dass Menschen mit Migrationsgeschichte gleichberechtigt am gesellschaftlichen, sozialen, "
    "rechtlichen, wirtschaftlichen, kulturellen und politischen Leben teilnehmen.",
    "Im Aktionsplan stehen konkrete Ziele und Maßnahmen für verschiedene Handlungsfelder, zum Beispiel Arbeit, "
    "Wohnen, Schule, Gesundheit und Sport. Jede Maßnahme nennt, wer verantwortlich ist und bis wann sie umgesetzt wird.",
    "Die Integrations- und Ausländerbeauftragte hat den Plan gemeinsam mit Vereinen, Migrantenorganisationen und "
    "Fachleuten der Verwaltung geschrieben. Viele Bürgerinnen und Bürger haben in Werkstätten Vorschläge gemacht.",
)


def content_page(words: int = 2000) -> str:
    """A realistic content page: sections with headings, paragraphs, lists, links, images, a table."""
    parts = [
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Aktionsplan Integration</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
        '<a href="#inhalt">Zum Inhalt</a><nav><a href="/">Start</a> <a href="/plan">Aktionsplan</a></nav>'
        '<main id="inhalt"><h1>Aktionsplan Integration 2022–2026</h1>'
    ]
    count = section = 0
    while count < words:
        section += 1
        parts.append(f"<h2>Handlungsfeld {section}: Teilhabe und Bildung</h2>")
        for paragraph in _PARAGRAPHS:
            parts.append(
                f'<p>{paragraph} <a href="/massnahmen/{section}">Maßnahmen im Handlungsfeld {section}</a>.</p>'
            )
            count += len(paragraph.split()) + 4
        parts.append(
            f'<figure><img src="/media/bild-{section}.jpg" alt="Menschen beim Sprachcafé in Stadtteil {section}">'
            "<figcaption>Sprachcafé in der Stadtbibliothek</figcaption></figure>"
        )
        parts.append(
            "<h3>Ziele</h3><ul><li>Mehr Sprachkurse in allen Stadtteilen</li><li>Beratung in zehn Sprachen</li>"
            "<li>Mehr Fachkräfte mit Migrationsgeschichte in der Verwaltung</li></ul>"
        )
        parts.append(
            "<table><caption>Stand der Maßnahmen</caption><tr><th>Maßnahme</th><th>Stand</th></tr>"
            "<tr><td>Sprachkurse</td><td>begonnen</td></tr><tr><td>Beratung</td><td>umgesetzt</td></tr></table>"
        )
        parts.append(f'<p><a href="/media/aktionsplan-{section}.pdf">Kurzfassung (PDF, 1,2 MB)</a></p>')
        count += 40
    parts.append("</main></body></html>")
    return "".join(parts)


def median_ms(function, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds (CPU time is steadier on a shared machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


_TIMED_RUN = (
    "async () => { const t = performance.now(); await axe.run(document); return performance.now() - t; }"
)


def axe_ms(html: str, repeat: int) -> tuple[float, float] | str:
    """Median ms of ``axe.run(document)``: on a freshly loaded copy of the page each time, and
    repeated on one loaded page.

    The first figure is the comparison: check_html parses the page anew on every call, and axe on
    a new page has to compute styles and layout anew too. Repeated runs on one document reuse the
    browser's layout and are shown for completeness. axe's script is injected before each load
    and warmed up once, so neither figure includes compiling it.
    """
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    axe = Path(os.environ.get("AXE_CORE") or ROOT / "node_modules" / "axe-core" / "axe.min.js")
    if not Path(chromium).exists():
        return f"skipped: no Chromium at {chromium}"
    if not axe.exists():
        return f"skipped: axe-core not found at {axe} (npm install axe-core, or set AXE_CORE)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "skipped: playwright is not installed"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.add_init_script(path=str(axe))
        # Served from an intercepted URL, so every load is a real navigation (init scripts run).
        page.route(
            "http://bench.test/**",
            lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
        )
        page.goto("http://bench.test/warm-up")
        page.evaluate(_TIMED_RUN)
        fresh = []
        for number in range(repeat):
            page.goto(f"http://bench.test/{number}")
            fresh.append(page.evaluate(_TIMED_RUN))
        repeated = [page.evaluate(_TIMED_RUN) for _ in range(repeat)]
        browser.close()
    return statistics.median(fresh), statistics.median(repeated)


def main() -> int:
    html = content_page()
    words = len(BeautifulSoup(html, "lxml").get_text(" ").split())
    print(
        f"page: {len(html.encode()) / 1024:.1f} KB, {words} words; load average {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} CPUs (wall times grow with load, CPU times much less)"
    )
    check_html(html, fragment=False)  # warm-up: rule modules, language tables
    repeat = 50
    parse_lxml = median_ms(lambda: BeautifulSoup(html, "lxml"), repeat)
    parse_py = median_ms(lambda: BeautifulSoup(html, "html.parser"), repeat)
    check = median_ms(lambda: check_html(html, fragment=False), repeat)
    report = check_html(html, fragment=False)
    print("median of", repeat, "runs            wall ms   CPU ms")
    print(f"BeautifulSoup parse, lxml:        {parse_lxml[0]:7.2f}  {parse_lxml[1]:7.2f}")
    print(f"BeautifulSoup parse, html.parser: {parse_py[0]:7.2f}  {parse_py[1]:7.2f}")
    print(
        f"check_html ({report.metrics['rules_run']} rules, one parse):  {check[0]:7.2f}  {check[1]:7.2f}"
        f"   ({len(report.findings)} findings)"
    )
    print(
        f"check_html / lxml parse: {check[0] / parse_lxml[0]:.1f}x wall, {check[1] / parse_lxml[1]:.1f}x CPU"
        " (target <= 3x)"
    )
    axe = axe_ms(html, repeat=10)
    if isinstance(axe, str):
        print(f"axe.run in headless Chromium: {axe}")
    else:
        fresh, repeated = axe
        print(
            f"axe.run, page loaded anew:        {fresh:7.2f} ms wall = {fresh / check[0]:.0f}x the time of check_html"
            " (target >= 25x)"
        )
        print(
            f"axe.run, again on the same page:  {repeated:7.2f} ms wall = {repeated / check[0]:.0f}x"
            " (layout already computed)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
