"""The admin works under its Content Security Policy: no violations, editors and choosers run."""

import pytest

from .conftest import ADMIN_PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations")


def test_admin_pages_load_without_csp_violations(live_server, browser_page, superuser, home_de):
    page = browser_page
    log_in(page, live_server.url, superuser.username, ADMIN_PASSWORD)
    paths = [
        "/admin/",
        f"/admin/pages/{home_de.pk}/",
        f"/admin/pages/{home_de.pk}/edit/",
        f"/admin/pages/add/core/contentpage/{home_de.pk}/",
        f"/admin/pages/add/plan/planpage/{home_de.pk}/",
        "/admin/snippets/plan/responsibleoffice/add/",
        "/admin/snippets/plan/workinggroup/add/",
        f"/admin/pages/{home_de.pk}/history/",
        f"/admin/localize/submit/page/{home_de.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/snippets/",
        "/admin/users/",
        "/admin/groups/new/",
        "/admin/reports/site-history/",
    ]
    seen = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        assert response.status < 400, path
        seen[path] = violations(page)
    assert {path: found for path, found in seen.items() if found} == {}


def test_rich_text_editor_and_scheduling_widgets_initialise(live_server, browser_page, superuser, home_de):
    page = browser_page
    log_in(page, live_server.url, superuser.username, ADMIN_PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{home_de.pk}/edit/")
    page.wait_for_load_state("networkidle")
    # Draftail is started by Wagtail's bundled script, the date-time pickers by nonce'd inline scripts.
    assert page.locator(".Draftail-Editor").count() >= 1
    assert page.evaluate("typeof window.initDateTimeChooser") == "function"
    # Each nonce'd init script attaches one jQuery date-time picker (go-live and expiry dates).
    assert page.locator(".xdsoft_datetimepicker").count() >= 2
    assert violations(page) == []


def test_page_chooser_opens_in_the_group_permission_form(live_server, browser_page, superuser, home_de):
    page = browser_page
    log_in(page, live_server.url, superuser.username, ADMIN_PASSWORD)
    page.goto(f"{live_server.url}/admin/groups/new/")
    page.wait_for_load_state("networkidle")
    page.click("#id_page_permissions-ADD")
    # The chooser's init script comes from BaseChooser.render (Python), nonce added by cms.security.
    page.locator("#id_page_permissions-0-page-chooser button.chooser__choose-button").click()
    page.wait_for_selector(".modal-content", timeout=10_000)
    page.wait_for_load_state("networkidle")
    assert page.locator(".modal-content").count() == 1
    assert violations(page) == []
