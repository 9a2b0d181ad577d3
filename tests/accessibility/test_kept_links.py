"""The pages every header and footer links to are read once and kept across requests, and a change
of any of them shows on the next page view."""

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.accessibility.models import AccessibilityStatementPage, SiteGuidePage
from cms.core import site_data
from cms.core.models import HomePage
from cms.plan.models import PlanPage

STATEMENT_TABLE = AccessibilityStatementPage._meta.db_table


def view(url: str) -> tuple[BeautifulSoup, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser"), [query["sql"] for query in queries]


def footer_links(soup: BeautifulSoup) -> dict[str, str]:
    return {link.get_text(strip=True): link["href"] for link in soup.select("nav.footer-links a")}


def test_the_second_view_reads_header_and_footer_pages_from_what_is_kept(demo):
    url = PlanPage.objects.get(locale__language_code="en").url
    first, first_queries = view(url)
    second, second_queries = view(url)
    assert footer_links(first) == footer_links(second), footer_links(first)
    assert footer_links(second)["Accessibility statement"] == "/en/accessibility/", footer_links(second)
    assert any(STATEMENT_TABLE in sql for sql in first_queries)
    assert not any(STATEMENT_TABLE in sql for sql in second_queries)
    assert len(second_queries) < len(first_queries)


def test_a_published_title_and_slug_show_on_the_next_view(demo):
    url = PlanPage.objects.get(locale__language_code="de").url
    view(url)
    statement = AccessibilityStatementPage.objects.get(locale__language_code="de")
    statement.title = "Erklärung zur Barrierefreiheit der Website"
    statement.slug = "erklaerung-barrierefreiheit"
    statement.save_revision().publish()
    links = footer_links(view(url)[0])
    assert links["Erklärung zur Barrierefreiheit der Website"] == "/de/erklaerung-barrierefreiheit/"


def test_an_unpublished_guide_leaves_the_footer(demo):
    url = PlanPage.objects.get(locale__language_code="en").url
    assert "Information in sign language" in footer_links(view(url)[0])
    SiteGuidePage.objects.get(locale__language_code="en").unpublish()
    assert "Information in sign language" not in footer_links(view(url)[0])


def test_a_renamed_home_page_shows_in_the_header(demo):
    url = PlanPage.objects.get(locale__language_code="en").url
    assert view(url)[0].select_one("a.site-name").get_text(strip=True) == "Integration in Dresden"
    home = HomePage.objects.get(locale__language_code="en")
    home.title = "Integration in the city of Dresden"
    home.save_revision().publish()
    assert view(url)[0].select_one("a.site-name").get_text(strip=True) == "Integration in the city of Dresden"


def test_a_change_saved_by_another_process_is_seen_through_the_shared_generation(demo):
    """Simulated: the rows change without signals here, then the generation in the shared cache
    changes as the other process's receiver sets it."""
    url = PlanPage.objects.get(locale__language_code="en").url
    view(url)
    AccessibilityStatementPage.objects.filter(locale__language_code="en").update(title="Statement")
    assert "Accessibility statement" in footer_links(view(url)[0])  # kept: nothing said it changed
    cache.set(site_data.GENERATION_KEY, "set-by-another-process", None)
    assert "Statement" in footer_links(view(url)[0])


def test_what_is_kept_expires_where_the_cache_is_not_shared(demo, monkeypatch):
    url = PlanPage.objects.get(locale__language_code="en").url
    view(url)
    AccessibilityStatementPage.objects.filter(locale__language_code="en").update(title="Statement")
    now = site_data.time.monotonic()
    monkeypatch.setattr(site_data.time, "monotonic", lambda: now + site_data.seconds() + 1)
    assert "Statement" in footer_links(view(url)[0])
