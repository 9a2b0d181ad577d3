"""Per-locale rules from the site settings, the re-check task, audit_content, and the site's own page types."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.compliance.gate import ComplianceError
from cms.compliance.models import ComplianceReport, ComplianceSettings, LocaleRules
from cms.compliance.profiles import rules_for
from cms.plan.models import FaqPage

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article
from .test_gate_core import ONE_LONG_SENTENCE

pytestmark = pytest.mark.django_db


def locale_rules(locale, **values) -> LocaleRules:
    settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))
    return LocaleRules.objects.create(settings=settings, locale=locale, **values)


def test_documented_defaults(home, ls_home):
    assert rules_for(home).require_test_reading is False
    assert rules_for(ls_home).require_test_reading is True
    assert rules_for(home).severities == {} and rules_for(home).threshold is None


def test_a_rule_made_a_warning_no_longer_blocks_and_old_reports_go_stale(
    home, locales, django_capture_on_commit_callbacks
):
    page = make_article(home, summary=ONE_LONG_SENTENCE)
    revision = page.save_revision()
    with pytest.raises(ComplianceError):
        revision.publish()
    before = ComplianceReport.objects.get(revision=revision).rules_fingerprint

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        rules = locale_rules(locales["de"], warning_rules="sentence-too-long")
        rules.settings.save()  # saving the settings queues the re-check of every page
    assert callbacks
    stored = ComplianceReport.objects.get(revision=revision)
    assert stored.rules_fingerprint != before and stored.errors == 0
    revision.publish()
    assert Page.objects.get(pk=page.pk).live


def test_threshold_and_test_reading_are_settings_per_locale(home, ls_home, locales):
    locale_rules(locales["de-x-ls"], require_test_reading=False, threshold=0)
    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>")
    page.save_revision().publish()
    assert Page.objects.get(pk=page.pk).live


def test_unknown_rule_ids_are_refused_with_a_clear_error(home, locales):
    settings = ComplianceSettings.for_site(Site.objects.get(is_default_site=True))
    rules = LocaleRules(
        settings=settings, locale=locales["de"], error_rules="sentence-too-long, no-such-rule"
    )
    with pytest.raises(ValidationError) as caught:
        rules.full_clean()
    assert "no-such-rule" in str(caught.value) and "sentence-too-long" not in str(caught.value)


def test_audit_content_json_summary(home, ls_home, capsys):
    make_article(home, title="Gut").save_revision()
    make_article(home, title="Schlecht", summary=f"<p>{LONG_SENTENCE}</p>").save_revision()
    make_article(ls_home, title="Leicht", summary="<p>Die Stadt hilft.</p>").save_revision()
    call_command("audit_content", "--json")
    summary = json.loads(capsys.readouterr().out)
    assert (
        summary["pages"] == Page.objects.filter(depth__gt=1).count() == 6
    )  # three start pages, three articles
    assert summary["blocked"] >= 1 and summary["needs_test_reading"] >= 1
    assert {"de", "de-x-ls"} <= set(summary["by_locale"])
    assert summary["worst"][0]["title"] == "Schlecht"

    call_command("audit_content", "--locale", "de-x-ls", "--json")
    assert set(json.loads(capsys.readouterr().out)["by_locale"]) == {"de-x-ls"}


def test_gate_holds_for_the_sites_own_page_types(home):
    faq = FaqPage(
        title="Fragen und Antworten",
        slug="fragen",
        locale=home.locale,
        live=False,
        intro=f"<p>{GOOD_TEXT}</p>",
        questions=json.dumps(
            [{"type": "faq", "value": {"question": "Wer hilft?", "answer": f"<p>{LONG_SENTENCE}</p>"}}]
        ),
    )
    home.add_child(instance=faq)
    with pytest.raises(ComplianceError) as caught:
        faq.save_revision().publish()
    assert "questions" in caught.value.error_dict
    assert "Questions" in str(caught.value) or "Fragen" in str(caught.value)

    faq.questions = json.dumps(
        [{"type": "faq", "value": {"question": "Wer hilft?", "answer": f"<p>{GOOD_TEXT}</p>"}}]
    )
    faq.save_revision().publish()
    assert Page.objects.get(pk=faq.pk).live


def test_demo_helper_records_an_example_test_reading(ls_home):
    from cms.compliance.demo import EXAMPLE_READERS, record_example_test_reading

    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>")
    revision = page.save_revision()
    reading = record_example_test_reading(page)
    assert reading.readers == EXAMPLE_READERS and reading.revision == revision
    revision.publish()
    assert Page.objects.get(pk=page.pk).live
