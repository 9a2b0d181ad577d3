"""Within one request a locale's rules and a revision's assessment are read once; outside a request,
and after the rules are saved, nothing stale is kept."""

import pytest
from wagtail.models import Site

from cms.compliance.gate import assessment_for
from cms.compliance.models import ComplianceSettings, LocaleRules
from cms.compliance.profiles import memo_scope, rules_for
from cms.compliance.tasks import recheck_after_rules_change

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
        settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))
        LocaleRules.objects.create(settings=settings, locale=page.locale, threshold=15)
        with django_capture_on_commit_callbacks(execute=True):
            recheck_after_rules_change(ComplianceSettings, settings)
        assert rules_for(page).threshold == 15
