"""Per-locale rules from the site settings, the re-check task, audit_content, and the site's own page types."""

import json
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.compliance.gate import ComplianceError
from cms.compliance.models import ComplianceReport, ComplianceSettings, LocaleRules
from cms.compliance.profiles import SITE_SEVERITIES, rules_for
from cms.compliance.store import check_revision
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
    assert rules_for(home).severities == SITE_SEVERITIES and rules_for(home).threshold is None


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


def test_demo_passes_the_gate_and_its_draft_is_refused(locales):
    """load_demo publishes through the gate; its one draft, written like the original page, stays out."""
    import io

    call_command("load_demo", stdout=io.StringIO())
    live = Page.objects.live().filter(depth__gt=2)
    assert live.count() > 40
    assert all(ComplianceReport.objects.get(revision_id=page.live_revision_id).publishable for page in live)
    draft = Page.objects.get(depth__gt=2, live=False)
    with pytest.raises(ComplianceError) as caught:
        draft.get_latest_revision().publish()
    assert "link" in str(caught.value).lower() or "Link" in str(caught.value)


def test_a_leichte_sprache_row_keeps_the_test_reading_unless_switched_off(ls_home, locales):
    row = locale_rules(locales["de-x-ls"], threshold=4)  # added only to change the threshold
    assert rules_for(ls_home).require_test_reading is True
    row.require_test_reading = False
    row.save()
    assert rules_for(ls_home).require_test_reading is False
    english = locale_rules(locales["en"], threshold=4)
    assert english.require_test_reading is None


def explained_words(language_code: str) -> dict[str, str]:
    return (
        {"Aufenthaltserlaubnis": "Ein Papier. Es sagt: Sie dürfen hier wohnen."}
        if language_code == "de-x-ls"
        else {}
    )


def test_words_the_sites_glossary_explains_count_as_explained(ls_home, settings):
    from cms.compliance.checks import run_checks
    from cms.compliance.profiles import rules_for

    page = make_article(ls_home, title="Papiere", summary="<p>Das Amt prüft die Aufenthaltserlaubnis.</p>")
    settings.COMPLIANCE_GLOSSARY = None
    without = run_checks(page, rules_for(page)).report
    assert "compound-unsplit-long" in {f.rule for f in without.findings}
    settings.COMPLIANCE_GLOSSARY = "tests.compliance.test_rules_and_audit.explained_words"
    explained = run_checks(page, rules_for(page)).report
    assert "compound-unsplit-long" not in {f.rule for f in explained.findings}


DENSE_TEXT = (
    "Die Beratungsstelle unterstützt zugewanderte Familien bei Behördengängen und Anträgen. "
    "Mitarbeitende begleiten Ratsuchende zu Terminen im Sozialamt. "
) * 4  # 64 words, no error, a score of about 15 of 20


def test_a_score_below_the_locale_threshold_blocks_a_long_enough_text(home, locales):
    page = make_article(home, title="Beratung", summary=f"<p>{DENSE_TEXT}</p>")
    revision = page.save_revision()
    stored = check_revision(revision)
    assert stored.errors == 0 and stored.score < 17 and stored.passed
    locale_rules(locales["de"], threshold=17)
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    assert "17" in " ".join(caught.value.messages)
    assert not Page.objects.get(pk=page.pk).live


def glossary_term_values(locale, term: str = "Behördengang") -> dict:
    return {
        "locale": locale,
        "term": term,
        "explanation": "Ein Weg zu einem Amt. Dort stellt man zum Beispiel einen Antrag.",
    }


@pytest.fixture
def rechecks(monkeypatch) -> list:
    """The re-checks queued (each still runs): counted to see one per commit."""
    from cms.compliance import tasks

    queued = []
    enqueue = tasks.recheck_pages.enqueue

    def counting(*args, **kwargs):
        queued.append(args)
        return enqueue(*args, **kwargs)

    monkeypatch.setattr(tasks, "recheck_pages", SimpleNamespace(enqueue=counting))
    return queued


# Real commits: the re-check is queued for after the commit, once per transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_changing_a_locale_row_rechecks_the_site(home, locales, rechecks):
    page = make_article(home, title="Beratung", summary=f"<p>{DENSE_TEXT}</p>")
    revision = page.save_revision()
    assert check_revision(revision).passed
    ComplianceSettings.for_site(Site.objects.get(is_default_site=True))
    rechecks.clear()
    locale_rules(locales["de"], threshold=17)  # the row alone, as code or an import would write it
    assert len(rechecks) == 1
    stored = ComplianceReport.objects.get(revision=revision)
    assert not stored.passed and stored.threshold == 17


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_changing_the_glossary_rechecks_the_site_once_per_commit(home, locales, rechecks):
    from django.db import transaction

    from cms.accessibility.models import GlossaryTerm

    page = make_article(home, title="Beratung", summary=f"<p>{DENSE_TEXT}</p>")
    revision = page.save_revision()
    fingerprint = check_revision(revision).rules_fingerprint
    with transaction.atomic():
        GlossaryTerm.objects.create(**glossary_term_values(locales["de"]))
        GlossaryTerm.objects.create(**glossary_term_values(locales["de"], "Sozialamt"))
    assert len(rechecks) == 1
    assert ComplianceReport.objects.get(revision=revision).rules_fingerprint != fingerprint


def test_the_audit_brings_the_live_revision_up_to_date_too(home, locales):
    page = make_article(home, title="Beratung", summary=f"<p>{DENSE_TEXT}</p>")
    live_revision = page.save_revision()
    live_revision.publish()
    page.refresh_from_db()
    page.title = "Beratung neu"
    page.save_revision()  # a newer draft: the live content is another revision
    locale_rules(locales["de"], threshold=17)
    call_command("audit_content", "--json")
    stored = ComplianceReport.objects.get(revision=live_revision)
    assert stored.threshold == 17 and not stored.passed  # what the dashboard reads for the live page


# Real commits: the worker checks its connection as a process of its own does (a test's open
# transaction would look like a broken connection to it on PostgreSQL).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_recheck_waits_in_the_database_for_the_worker(home, locales, settings):
    """As `make run` and production run it: queued by the settings' save, run by `db_worker`."""
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": settings.TASKS_BACKENDS["database"]}}
    page = make_article(home, title="Beratung", summary=f"<p>{DENSE_TEXT}</p>")
    revision = page.save_revision()
    assert check_revision(revision).passed
    with transaction.atomic():  # as the admin's form saves the settings with their rows
        locale_rules(locales["de"], threshold=17).settings.save()
    queued = DBTaskResult.objects.get(task_path="cms.compliance.tasks.recheck_pages")
    assert queued.status == "READY"
    assert ComplianceReport.objects.get(revision=revision).passed  # nothing ran in the request

    call_command("db_worker", "--batch", "--no-startup-delay")
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL" and queued.return_value["blocked"] >= 1
    assert not ComplianceReport.objects.get(revision=revision).passed
