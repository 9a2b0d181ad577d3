"""Live findings in the browser: the translator's region in wagtail-localize's editor, and the
summary and marks next to Wagtail's preview.

Real Chromium (Debian's) through Playwright; skipped where either is missing.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail_localize.models import StringTranslation

from tests.compliance.conftest import GOOD_TEXT, LONG_SENTENCE, home, locales, make_article  # noqa: F401
from tests.compliance.test_localize_paths import ENGLISH_LONG
from tests.compliance.test_translation_findings import start_translation, translate

from .conftest import run_axe, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ENGLISH_SHORT = "The city helps new people. They learn German. They find work."
WAIT_MS = 30000


@pytest.fixture
def tab(browser, live_server, request):
    """A logged-in German-speaking editor's tab in the shared headless Chromium."""
    request.getfixturevalue("home")
    get_user_model().objects.create_superuser("redakteurin", "r@example.org", "geheim-123")
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="de-DE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "redakteurin")
    page.fill("#id_password", "geheim-123")
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    yield page
    context.close()


def test_translator_sees_the_findings_while_translating(live_server, tab, request):
    locale = request.getfixturevalue("locales")["en"]
    translation = start_translation(request.getfixturevalue("home"), locale)
    translate(translation, {"Neue Angebote": "New services", GOOD_TEXT: ENGLISH_LONG})
    target = translation.get_target_instance()
    tab.goto(f"{live_server.url}/admin/pages/{target.pk}/edit/")

    region = tab.locator("aside[data-compliance-translation]")
    region.wait_for()
    assert region.get_attribute("aria-labelledby") == "compliance-translation-title"
    # placed above wagtail-localize's segment editor
    assert tab.evaluate(
        "() => document.querySelector('[data-compliance-translation]').nextElementSibling"
        ".classList.contains('js-translation-editor')"
    )
    status = region.locator("[data-compliance-status]")
    assert status.get_attribute("aria-live") == "polite"
    tab.wait_for_function(
        "() => /[1-9]\\d* Fehler/.test(document.querySelector('[data-compliance-status]').textContent)",
        timeout=WAIT_MS,
    )
    assert "Summary" in region.inner_text() and "administration" in region.inner_text()
    screenshot(tab, "translation-findings")
    violations = [v for v in run_axe(tab) if "compliance" in str(v["nodes"])]
    assert not violations, violations

    # The translator fixes the segment in wagtail-localize's editor: its save refreshes the findings.
    segment = tab.locator(".js-translation-editor li", has=tab.locator("h3", has_text="Summary")).first
    segment.get_by_role("button", name="Bearbeiten").click()
    segment.locator("textarea").fill(ENGLISH_SHORT)
    segment.get_by_role("button", name="Speichern").click()
    tab.wait_for_function(  # well before the half-minute refresh: it is the save that triggers it
        "() => / 0 Fehler/.test(document.querySelector('[data-compliance-status]').textContent)",
        timeout=15000,
    )
    assert StringTranslation.objects.filter(locale=locale, data=ENGLISH_SHORT).exists()
    assert "administration" not in region.inner_text()

    # "Prüfen" checks on request and says the result again.
    tab.evaluate("() => { document.querySelector('[data-compliance-status]').textContent = ''; }")
    region.get_by_role("button", name="Prüfen").click()
    tab.wait_for_function(
        "() => / 0 Fehler/.test(document.querySelector('[data-compliance-status]').textContent)",
        timeout=WAIT_MS,
    )


def test_preview_shows_the_summary_and_marks_the_finding(live_server, tab, request):
    page = make_article(request.getfixturevalue("home"), summary=f"<p>{LONG_SENTENCE}</p>")
    page.save_revision()
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    tab.locator('[data-side-panel-toggle="preview"]').click()
    preview = tab.locator('[data-side-panel="preview"]')
    summary = preview.locator("[data-compliance-preview-summary]")
    summary.wait_for()
    assert summary.get_attribute("role") == "status"
    tab.wait_for_function(
        "() => /[1-9]\\d* Fehler/.test(document.querySelector('[data-compliance-preview-summary]').textContent)",
        timeout=WAIT_MS,
    )
    frame = tab.frame_locator("#w-preview-iframe")
    marked = frame.locator('[data-compliance-finding="error"]').first
    marked.wait_for(timeout=WAIT_MS)
    assert "Stadtverwaltung" in marked.inner_text()
    badge = frame.locator("[data-compliance-badge]").first
    assert badge.inner_text().startswith("Fehler")  # said in words, not by colour alone
    screenshot(tab, "preview-findings")

    # Switching the marks off clears them; the button opens the findings panel.
    preview.get_by_label("Fundstellen in der Vorschau markieren").uncheck()
    assert frame.locator("[data-compliance-finding]").count() == 0
    preview.get_by_role("button", name="Fundstellen anzeigen").click()
    tab.locator('[data-side-panel="compliance"]').wait_for(state="visible")
