"""Within one request a locale's rules and a revision's assessment are read once; outside a request,
and after the rules are saved, nothing stale is kept."""

import pytest
from wagtail.models import Site

from cms.compliance.gate import assessment_for
from cms.compliance.models import ComplianceSettings, LocaleRules
from cms.compliance.profiles import memo_scope, rules_for

from .conftest import make_article

pytestmark = pytest.mark.django_db


def test_rules_and_assessment_are_read_once_in_a_scope(home, django_assert_num_queries):
    page = make_article(home)
    revision = page.save_revision()
    with memo_scope():
        rules = rules_for(page)
        first = assessment_for(revision)
        with django_assert_num_queries(0):
            assert rules_for(page) is rules
            assert assessment_for(revision) is first


def test_without_a_scope_a_change_of_rules_counts_at_once(home):
    page = make_article(home)
    assert rules_for(page).threshold is None
    settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))
    LocaleRules.objects.create(settings=settings, locale=page.locale, threshold=15)
    assert rules_for(page).threshold == 15


def test_saving_the_rules_forgets_what_the_request_read(home, django_capture_on_commit_callbacks):
    page = make_article(home)
    with memo_scope():
        assert rules_for(page).threshold is None
        # one transaction, as the admin's form saves the settings and their rows
        with django_capture_on_commit_callbacks(execute=True):
            settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))
            LocaleRules.objects.create(settings=settings, locale=page.locale, threshold=15)
        assert rules_for(page).threshold == 15


def test_rules_are_kept_across_requests_until_a_source_changes(home, django_assert_num_queries):
    """Outside a request scope the rules are still read once per process: no query on the next page."""
    from cms.accessibility.glossary import GlossaryTerm

    page = make_article(home)
    other = make_article(home, title="Zweite Seite")
    first = rules_for(page)
    with django_assert_num_queries(0):
        assert rules_for(other) is first
    GlossaryTerm.objects.create(term="Integrations·beirat", explanation="Eine Gruppe.", locale=page.locale)
    assert "integrations·beirat" in rules_for(page).glossary  # casefolded
    settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))
    row = LocaleRules.objects.create(settings=settings, locale=page.locale, threshold=12)
    assert rules_for(page).threshold == 12
    row.delete()
    assert rules_for(page).threshold is None


def test_another_process_saving_the_rules_is_seen_through_the_shared_generation(home):
    """A save in another process (simulated: rows written without signals, then the generation in the
    shared cache changed as that process's receiver does) is seen at the next check here."""
    from cms.compliance import profiles

    page = make_article(home)
    settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))  # saved: new generation
    assert rules_for(page).threshold is None
    LocaleRules.objects.bulk_create([LocaleRules(settings=settings, locale=page.locale, threshold=9)])
    assert rules_for(page).threshold is None  # kept: nothing said the rows changed
    profiles.results_cache().set(profiles.RULES_GENERATION_KEY, "set-by-another-process", None)
    assert rules_for(page).threshold == 9


def test_kept_rules_expire_where_the_cache_is_not_shared(home, monkeypatch):
    """With a per-process cache no generation reaches this process: the copy expires after
    COMPLIANCE_RULES_CACHE_SECONDS."""
    from cms.compliance import profiles

    page = make_article(home)
    settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))  # saved: new generation
    assert rules_for(page).threshold is None
    LocaleRules.objects.bulk_create([LocaleRules(settings=settings, locale=page.locale, threshold=9)])
    now = profiles.time.monotonic()
    monkeypatch.setattr(profiles.time, "monotonic", lambda: now + profiles.rules_cache_seconds() - 1)
    assert rules_for(page).threshold is None
    monkeypatch.setattr(profiles.time, "monotonic", lambda: now + profiles.rules_cache_seconds() + 1)
    assert rules_for(page).threshold == 9


def test_the_page_is_rendered_for_its_check_as_served_without_the_site_query(home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.compliance.checks import render
    from cms.core.models import ContentPage

    # the site's own templates look the site up (language links, header)
    page = home.add_child(instance=ContentPage(title="Wohnen", slug="wohnen", live=False))
    served = page.make_preview_request().content.decode()
    assert render(page) == served
    with CaptureQueriesContext(connection) as queries:
        assert render(page) == served
    assert not [q for q in queries.captured_queries if "wagtailcore_site" in q["sql"]]


def test_saving_a_site_drops_its_kept_row(home):
    from cms.compliance.profiles import site_for

    page = make_article(home)
    assert site_for(page).site_name == ""
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Aktionsplan"
    site.save()
    assert site_for(page).site_name == "Aktionsplan"
    assert site_for(page) is not site_for(page)  # a new instance for each request
