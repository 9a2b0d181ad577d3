"""In a real browser, none of the injected markup runs: no flag set, no dialog, no live handler.

Run twice: with the CSP bypassed (escaping alone must hold) and with it (defence in depth).
"""

import pytest

from .conftest import ADMIN_PASSWORD, log_in
from .injected import build_injected_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Handlers and javascript: URLs that survived into the live DOM (after every script of the page ran).
LIVE_INJECTIONS = """
() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value;
      if (name.startsWith('on') && value.includes('__xss')) found.push(el.tagName + ' ' + name);
      if (['href', 'src', 'action'].includes(name) && value.trim().toLowerCase().startsWith('javascript:'))
        found.push(el.tagName + ' ' + name);
    }
  }
  for (const s of document.querySelectorAll('script')) if (s.textContent.includes('__xss')) found.push('script');
  return found;
}
"""


@pytest.fixture
def injected(superuser, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return build_injected_site(superuser)


def visit(page, url: str) -> dict:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    for element in page.locator("a, button, h1, h2, p").all()[:40]:
        try:
            element.hover(timeout=200)  # would fire an injected onmouseover
        except Exception:
            pass
    return {"flag": page.evaluate("window.__xss"), "live": page.evaluate(LIVE_INJECTIONS)}


@pytest.mark.parametrize("bypass_csp", [True, False], ids=["escaping-alone", "with-csp"])
def test_no_injected_script_runs_on_public_and_admin_pages(
    bypass_csp, browser, live_server, superuser, injected
):
    context = browser.new_context(bypass_csp=bypass_csp, locale="de-DE")
    context.set_default_timeout(60_000)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        results = {}
        for key in ("home", "content", "plan", "field", "measure", "faq", "statement", "en"):
            results[key] = visit(page, live_server.url + injected[key].url)
        log_in(page, live_server.url, superuser.username, ADMIN_PASSWORD)
        for path in (
            f"/admin/pages/{injected['content'].pk}/edit/",
            f"/admin/pages/{injected['home'].pk}/",
            f"/admin/forms/submissions/{injected['statement'].pk}/",
            "/admin/snippets/plan/responsibleoffice/",
            "/admin/compliance/report/",
        ):
            results[path] = visit(page, live_server.url + path)
    finally:
        context.close()
    assert {key: r for key, r in results.items() if r["flag"] is not None or r["live"]} == {}
    assert dialogs == []
