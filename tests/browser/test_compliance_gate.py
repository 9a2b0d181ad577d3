"""An editor in the Leichte Sprache tree: publish refused, findings in the side panel, fix, publish.

Real Chromium (Debian's, /usr/bin/chromium) through Playwright; skipped where either is missing.
The page was imported with an image without alt text and a 40-word sentence. Wagtail 8 itself
refuses an image block without alt text in the editor's form, so that finding comes from Wagtail's
validation; the gate refuses the sentence (the gate's own image check covers content that does not
pass through the form: see tests/compliance/test_gate_core.py).
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page

from tests.compliance.conftest import home, locales, ls_home, make_article  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FORTY_WORDS = (
    "Die Stadt hat beschlossen, dass alle neu zugewanderten Menschen, die in der Stadt wohnen und eine "
    "Arbeit suchen, zusätzlich zu den bisherigen Angeboten eine umfassende Beratung durch die zuständigen "
    "Stellen der Verwaltung erhalten sollen, wenn sie das selbst gerne wünschen."
)
SHORT = "Die Stadt hilft neuen Menschen. Sie bekommen Beratung. Die Beratung ist kostenlos."


@pytest.fixture
def chromium(browser):
    """A tab in the shared headless Chromium, wide enough for the editor and its side panel."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="de-DE")
    yield context.new_page()
    context.close()


def publish(tab) -> None:
    tab.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    tab.locator('button[name="action-publish"]').click()
    tab.wait_for_load_state("networkidle")


def test_editor_sees_findings_fixes_them_and_publishes(live_server, chromium, request):
    tree = request.getfixturevalue("ls_home")
    assert len(FORTY_WORDS.split()) == 40
    get_user_model().objects.create_superuser("redakteurin", "r@example.org", "geheim-123")
    if not Collection.get_first_root_node():  # transactional tests flush the one the migrations made
        Collection.add_root(name="Root")
    image = get_image_model().objects.create(
        title="Rathaus", file=get_test_image_file(filename="rathaus.png")
    )
    body = [{"type": "image", "value": {"image": image.pk, "decorative": False, "alt_text": ""}}]
    page = make_article(tree, title="Beratung", summary=f"<p>{FORTY_WORDS}</p>", body=json.dumps(body))
    page.save_revision()
    tab = chromium
    tab.goto(live_server.url + "/admin/login/")
    tab.fill("#id_username", "redakteurin")
    tab.fill("#id_password", "geheim-123")
    tab.click("button[type=submit]")
    edit_url = f"{live_server.url}/admin/pages/{page.pk}/edit/"
    tab.goto(edit_url)

    # 1. The image without alt text: Wagtail's own form validation asks for it.
    publish(tab)
    assert tab.locator(".error-message, .help-critical").first.is_visible()
    tab.locator('input[name$="alt_text"]').fill("Das Rathaus von Dresden")

    # 2. The 40-word sentence: the gate refuses, names the field, keeps the draft.
    publish(tab)
    message = tab.locator(".messages").inner_text()
    assert "nicht veröffentlicht" in message and "Summary" in message
    assert not Page.objects.get(pk=page.pk).live
    assert "Rathaus von Dresden" in json.dumps(Page.objects.get(pk=page.pk).get_latest_revision().content)

    # 3. The side panel shows the finding while the editor works.
    tab.locator('[data-side-panel-toggle="compliance"]').click()
    panel = tab.locator('[data-side-panel="compliance"]')
    panel.locator(".compliance-finding--error").first.wait_for(timeout=20000)
    assert "Summary" in panel.inner_text()

    # 4. Fix: short sentences; the panel's live check clears the errors.
    editor = tab.locator('[data-contentpath="summary"] [contenteditable="true"]')
    editor.click()
    tab.keyboard.press("Control+A")
    tab.keyboard.type(SHORT)
    tab.wait_for_function(
        "() => document.querySelector('[data-compliance-errors]')?.textContent.trim() === '0'", timeout=20000
    )

    # 5. Leichte Sprache needs a test reading of this text: save the draft, record it, publish.
    tab.locator("footer button.action-save").first.click()
    tab.wait_for_load_state("networkidle")
    tab.goto(live_server.url + reverse("compliance_testreading:add") + f"?page={page.pk}")
    tab.fill("#id_readers", "Prüfgruppe Leichte Sprache")
    tab.fill("#id_read_on", "2026-11-20")
    tab.select_option("#id_result", "passed")
    tab.locator("form button[type=submit]").last.click()
    tab.wait_for_load_state("networkidle")
    tab.goto(edit_url)
    publish(tab)
    assert Page.objects.get(pk=page.pk).live, tab.locator(".messages").inner_text()
