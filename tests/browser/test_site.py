"""Every demo page in every locale in real Chromium: axe-core, 320 px, landmarks, headings, keyboard."""

import io
from itertools import pairwise

import pytest
from django.core.management import call_command
from wagtail.models import Page

from .conftest import describe_violations, run_axe, screenshot, tab_through

# The flush after each live-server test drops what migrations created (root page, root collection,
# locales): serialized_rollback restores it (see tests/conftest.py, migrated_state_snapshot).
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LOCALES = ("de", "en", "de-x-ls")

STRUCTURE_PROBE = """() => {
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        .filter(h => h.getClientRects().length).map(h => Number(h.tagName[1]));
    const skipped = headings.some((level, i) => i > 0 && level > headings[i - 1] + 1);
    return {
        h1: document.querySelectorAll('h1').length,
        first_heading: headings[0],
        skipped_level: skipped,
        main: document.querySelectorAll('main').length,
        banner: document.querySelectorAll('body > header').length,
        contentinfo: document.querySelectorAll('body > footer').length,
        lang: document.documentElement.lang,
        scroll_width: document.documentElement.scrollWidth,
        switcher: [...document.querySelectorAll('.language-switcher a')].map(a => [a.lang, a.textContent.trim()]),
    };
}"""


def load_demo() -> None:
    call_command("load_demo", stdout=io.StringIO())


def demo_pages(live_server, code: str) -> list[tuple[str, str]]:
    """(url, page type) of every live demo page in one locale, after ``load_demo``."""
    load_demo()
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code=code).specific()
    found = [(live_server.url + page.url, type(page).__name__) for page in pages]
    assert found, f"no demo pages in {code}"
    return found


def demo_urls(live_server, code: str) -> list[str]:
    return [url for url, _type in demo_pages(live_server, code)]


@pytest.mark.parametrize("code", LOCALES)
def test_every_demo_page_passes_axe_and_fits_320px(live_server, page, code):
    problems = []
    photographed: set[str] = set()
    for url, page_type in demo_pages(live_server, code):
        page.set_viewport_size({"width": 1280, "height": 900})
        response = page.goto(url)
        assert response.status == 200, url
        if page_type not in photographed:  # one screenshot per page type and variant, for review
            photographed.add(page_type)
            screenshot(page, f"{code}-{page_type}")
        violations = run_axe(page)
        if violations:
            problems.append(describe_violations(url, violations))
        facts = page.evaluate(STRUCTURE_PROBE)
        assert facts["h1"] == 1 and facts["first_heading"] == 1, (url, facts)
        assert not facts["skipped_level"], (url, "heading level skipped")
        assert (facts["main"], facts["banner"], facts["contentinfo"]) == (1, 1, 1), (url, facts)
        assert facts["lang"] == code, url
        assert facts["switcher"] == [["de", "Deutsch"], ["en", "English"], ["de-x-ls", "Leichte Sprache"]], (
            url
        )
        page.set_viewport_size({"width": 320, "height": 640})
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if page_type == "PlanPage":
            screenshot(page, f"{code}-{page_type}-320px")
        if width > 320:
            problems.append(f"{url}: horizontal scrolling at 320 px (scrollWidth {width})")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LOCALES)
def test_start_page_by_keyboard(live_server, page, code):
    url = demo_urls(live_server, code)[0]
    page.goto(url)
    stops = tab_through(page)
    assert stops, "nothing focusable"
    assert stops[0]["href"] == "#main", "the skip link comes first"
    assert all(stop["visible_focus"] for stop in stops), [s for s in stops if not s["visible_focus"]]
    assert all(stop["on_screen"] for stop in stops), [s for s in stops if not s["on_screen"]]
    # Items side by side (the header row) overlap vertically; a stop wholly above the last one is
    # a jump back up the page.
    jumps = [(a["text"], b["text"]) for a, b in pairwise(stops) if b["bottom"] <= a["top"]]
    assert not jumps, ("focus order jumps up the page", jumps)
    page.goto(url)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.goto(url)
    screenshot(page, f"start-{code}")


@pytest.mark.parametrize("code", LOCALES)
def test_pages_read_without_javascript(live_server, page_without_js, code):
    for url in demo_urls(live_server, code)[:6]:
        page_without_js.goto(url)
        text = page_without_js.evaluate("() => document.querySelector('main').innerText")
        title = page_without_js.title()
        assert len(text.strip()) > 20 and title, url


FEEDBACK_URL = {
    "de": "/de/barrierefreiheit/",
    "en": "/en/accessibility/",
    "de-x-ls": "/de-x-ls/barrierefreiheit/",
}


@pytest.mark.parametrize("code", LOCALES)
def test_barrier_report_by_keyboard_with_errors_then_success(live_server, page, code):
    load_demo()
    page.goto(live_server.url + FEEDBACK_URL[code])
    # Sent at once and empty: refused, with an error summary that links to the field.
    page.locator("form.feedback-form button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.title().startswith(("Fehler", "Error"))
    assert not run_axe(page), describe_violations("feedback errors", run_axe(page))
    screenshot(page, f"{code}-feedback-errors")
    summary.locator("a").first.focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("() => document.activeElement.tagName.toLowerCase()")
    assert focused == "textarea"  # the link leads straight into the field
    page.keyboard.type("Die Tabelle auf der Seite Wohnen ist mit dem Screenreader schwer zu lesen.")
    page.wait_for_timeout(3200)  # a person takes longer than the minimum fill time
    page.locator("form.feedback-form button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".error-summary").count() == 0
    assert page.locator("h1").inner_text()
    assert page.evaluate("() => document.querySelector('.form-honeypot') === null")
