"""Fixtures for the security tests: users, a minimal tree and a headless Chromium."""

import pytest
from wagtail.models import Locale, Page

from cms.core.models import HomePage

ADMIN_PASSWORD = "pw-Chefin-2026"

# Records every CSP violation and every script a test injects would run.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
});
"""


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chefin", "chefin@example.org", ADMIN_PASSWORD)


@pytest.fixture
def home_de(db):
    locale = Locale.objects.get_or_create(language_code="de")[0]
    # Transactional tests (the browser ones) start from an empty database, without Wagtail's root.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    return home or root.add_child(instance=HomePage(title="Aktionsplan", slug="aktionsplan", locale=locale))


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(locale="de-DE", timezone_id="Europe/Berlin")
    context.add_init_script(RECORD_VIOLATIONS)
    context.set_default_timeout(60_000)  # the machine is shared: slow is not broken
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def log_in(page, base_url: str, username: str, password: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
