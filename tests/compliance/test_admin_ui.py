"""The editor's side panel and live check, marks, test readings, report and dashboard."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile

import a11y_checks
from checkreport import Finding, Text
from cms.compliance.checks import CHECKER_FAILED
from cms.compliance.gate import OVERRIDE_ACTION, ComplianceError
from cms.compliance.models import ComplianceReport, FindingMark
from cms.compliance.models import TestReading as Reading
from cms.compliance.store import assess, check_revision, text_hash_for
from tests.compliance.test_publish_paths import BLOCKED, FINE, form

from .conftest import make_article, mark_fine
from .test_gate_core import ONE_LONG_SENTENCE

pytestmark = pytest.mark.django_db


def test_edit_view_shows_the_side_panel(client, admin_user, home):
    page = make_article(home, summary=BLOCKED)
    page.save_revision()
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    html = response.content.decode()
    assert 'data-side-panel="compliance"' in html
    assert reverse("compliance:check_edit", args=[page.pk]) in html
    assert "compliance/side_panel.js" in html
    assert 'name="compliance_override_reason" form="page-edit-form"' in html


def test_create_view_shows_the_side_panel(client, admin_user, home):
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:add", args=["testapp", "articlepage", home.pk]))
    assert 'data-side-panel="compliance"' in response.content.decode()


def test_live_check_reports_unsaved_content_with_field_in_admin_language(client, editor, home):
    page = make_article(home)
    client.force_login(editor)
    url = reverse("compliance:check_edit", args=[page.pk])
    data = form("Neue Angebote", BLOCKED, page.slug)
    german = client.post(url, data, HTTP_ACCEPT_LANGUAGE="de").json()
    assert german["is_valid"] and german["errors"] >= 1 and not german["passed"]
    assert "Summary" in german["html"] and "Fehler" in german["html"]
    assert ComplianceReport.objects.count() == 0  # unsaved content is never stored

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    english = client.post(url, form("Neue Angebote", FINE, page.slug)).json()
    assert english["errors"] == 0 and "Errors" in english["html"] and "Fehler" not in english["html"]


def test_live_check_on_create_uses_the_parent_locale(client, admin_user, ls_home):
    client.force_login(admin_user)
    url = reverse("compliance:check_create", args=["testapp", "articlepage", ls_home.pk])
    result = client.post(url, form("Hilfe", BLOCKED, "hilfe")).json()
    assert result["is_valid"] and result["errors"] >= 1


def test_mark_finding_needs_permission_and_a_reason(client, editor, admin_user, home):
    page = make_article(home, summary=ONE_LONG_SENTENCE)
    revision = page.save_revision()
    check_revision(revision)
    client.force_login(admin_user)
    panel = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "data-compliance-mark" in panel
    stored = ComplianceReport.objects.get(revision=revision)
    finding = stored.report.errors[0]
    data = {
        "rule": finding.rule,
        "excerpt": finding.excerpt,
        "field": finding.field,
        "text_hash": stored.data["unit_hashes"][finding.field],
    }
    url = reverse("compliance:mark", args=[page.pk])

    client.force_login(editor)
    assert client.post(url, {**data, "reason": "Zitat"}).status_code != 200
    assert not FindingMark.objects.exists()
    client.force_login(admin_user)
    assert client.post(url, data).status_code == 400
    assert client.post(url, {**data, "reason": "Wörtliches Zitat aus dem Stadtratsbeschluss"}).json()["ok"]
    assert FindingMark.objects.filter(page=page).count() == 1
    assert PageLogEntry.objects.filter(page=page, action="compliance.mark").exists()
    revision.publish()
    assert Page.objects.get(pk=page.pk).live


def test_record_test_reading_for_the_current_content(client, admin_user, ls_home):
    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p>")
    revision = page.save_revision()
    client.force_login(admin_user)
    add_url = reverse("compliance_testreading:add")
    assert client.get(add_url + f"?page={page.pk}").status_code == 200
    response = client.post(
        add_url,
        {
            "page": page.pk,
            "readers": "Prüfgruppe Leben",
            "read_on": "2026-11-20",
            "result": "passed",
            "notes": "Alles verstanden.",
        },
    )
    assert response.status_code == 302
    reading = Reading.objects.get(page=page)
    assert reading.recorded_by == admin_user and reading.revision == revision
    assert ComplianceReport.objects.get(revision=revision).test_reading_done
    revision.publish()
    assert Page.objects.get(pk=page.pk).live


def test_report_lists_pages_filters_and_exports(client, admin_user, home, ls_home):
    good = make_article(home, title="Gut")
    good.save_revision().publish()
    for parent, title in ((home, "Schlecht"), (ls_home, "Schwer")):
        check_revision(make_article(parent, title=title, summary=BLOCKED).save_revision())
    make_article(home, title="Ungeprüft").save_revision()
    client.force_login(admin_user)
    assert client.get(reverse("compliance:report")).status_code == 200
    results = reverse("compliance:report_results")

    def titles(**filters) -> set[str]:
        html = client.get(results, filters).content.decode()
        return {title for title in ("Gut", "Schlecht", "Schwer", "Ungeprüft") if f">{title}</a>" in html}

    assert titles() >= {"Gut", "Schlecht", "Schwer", "Ungeprüft"}
    assert titles(state="blocked") == {"Schlecht", "Schwer"}
    assert titles(state="blocked", locale="de") == {"Schlecht"}
    assert titles(state="passed") == {"Gut"}
    assert "Ungeprüft" in titles(state="unchecked")
    schlecht = Page.objects.get(title="Schlecht")
    log(
        instance=schlecht.specific,
        action=OVERRIDE_ACTION,
        user=admin_user,
        revision=schlecht.latest_revision,
        data={"reason": "Zitat aus dem Beschluss", "findings": []},
    )
    assert titles(state="overridden") == {"Schlecht"}
    assert "trotz Befunden veröffentlicht" in client.get(results, {"state": "overridden"}).content.decode()
    csv = client.get(reverse("compliance:report"), {"export": "csv"})
    body = b"".join(csv.streaming_content) if csv.streaming else csv.content
    assert csv.status_code == 200 and "Schlecht" in body.decode()
    xlsx = client.get(reverse("compliance:report"), {"export": "xlsx"})
    assert xlsx.status_code == 200 and "spreadsheetml" in xlsx["Content-Type"]


def test_dashboard_panel_shows_share_per_locale(client, admin_user, home):
    make_article(home, title="Gut").save_revision().publish()
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    # the start page is live but was never checked: it does not count as passing
    assert "compliance-dashboard-title" in html and "% (1)</td>" in html


def test_a_failed_check_can_never_be_marked_fine(client, admin_user, home, monkeypatch, settings):
    def broken(*args, **kwargs):
        raise RuntimeError("rule table missing")

    settings.COMPLIANCE_CHECK_WORKER = False  # the checker is broken in this process
    monkeypatch.setattr(a11y_checks, "check_html", broken)
    page = make_article(home)
    revision = page.save_revision()
    stored = check_revision(revision)
    failed = [f for f in stored.report.errors if f.rule == CHECKER_FAILED and f.field]
    assert failed, "the failure is reported at the field it happened in"
    client.force_login(admin_user)
    panel = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert f'data-rule="{CHECKER_FAILED}"' not in panel

    finding = failed[0]
    data = {
        "rule": finding.rule,
        "excerpt": finding.excerpt,
        "field": finding.field,
        "text_hash": text_hash_for(stored, finding),
        "reason": "Sieht gut aus",
    }
    response = client.post(reverse("compliance:mark", args=[page.pk]), data)
    assert response.status_code == 400 and not FindingMark.objects.exists()
    # even a mark that got into the table some other way does not unblock a failed check
    FindingMark.objects.create(page=page, user=admin_user, **data)
    assert finding in assess(stored).blocking
    with pytest.raises(ComplianceError):
        revision.publish()
    assert not Page.objects.get(pk=page.pk).live


def test_marks_are_accepted_only_for_findings_of_the_latest_report(client, admin_user, home):
    page = make_article(home, summary=ONE_LONG_SENTENCE)
    revision = page.save_revision()
    client.force_login(admin_user)
    url = reverse("compliance:mark", args=[page.pk])
    invented = {
        "rule": "sentence-too-long",
        "excerpt": "Ein Satz, den es nicht gibt.",
        "field": "summary",
        "text_hash": "0" * 16,
        "reason": "vorsorglich",
    }
    assert client.post(url, invented).status_code == 400  # no stored report yet
    stored = check_revision(revision)
    finding = stored.report.errors[0]
    assert client.post(url, {**invented, "rule": finding.rule}).status_code == 400
    real = {**invented, "rule": finding.rule, "excerpt": finding.excerpt, "field": finding.field}
    assert client.post(url, {**real, "text_hash": stored.data["unit_hashes"][finding.field]}).json()["ok"]
    assert FindingMark.objects.filter(page=page).count() == 1


def test_a_draft_missing_only_its_test_reading_is_blocked_everywhere(client, admin_user, ls_home):
    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>")
    revision = page.save_revision()
    stored = check_revision(revision)
    assert stored.errors == 0 and not assess(stored).publishable
    assert not stored.passed and not stored.publishable
    client.force_login(admin_user)
    results = reverse("compliance:report_results")
    assert ">Hilfe</a>" in client.get(results, {"state": "blocked"}).content.decode()
    assert ">Hilfe</a>" not in client.get(results, {"state": "passed"}).content.decode()


def test_report_and_export_list_only_pages_the_user_may_change(client, home):
    check_revision(make_article(home, title="Entwurf", summary=BLOCKED).save_revision())
    reader = get_user_model().objects.create_user("leser", password="pw", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    response = client.get(reverse("compliance:report_results"))
    html = response.content.decode()
    assert response.status_code == 200
    assert ">Entwurf</a>" not in html and ">Start</a>" not in html
    csv = client.get(reverse("compliance:report"), {"export": "csv"})
    body = b"".join(csv.streaming_content) if csv.streaming else csv.content
    assert "Entwurf" not in body.decode() and "Start" not in body.decode()


def test_panel_marks_page_level_findings_with_the_gates_hash_and_counts_what_blocks(client, admin_user, home):
    page = make_article(home, summary=ONE_LONG_SENTENCE)
    revision = page.save_revision()
    stored = check_revision(revision)
    # a finding of the rendered page as a whole, as the template check reports it
    page_level = Finding(
        rule="heading-order",
        severity="error",
        message=Text(de="Überschrift übersprungen.", en="Heading level skipped."),
        excerpt="<h4>Termine</h4>",
    )
    report = stored.report
    report.findings.append(page_level)
    stored.data["report"] = report.to_dict()
    stored.save()
    sentence = next(f for f in report.errors if f.field)
    mark_fine(stored, [sentence], admin_user, "Gesetzestext")
    client.force_login(admin_user)
    panel = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'data-rule="heading-order" data-excerpt="&lt;h4&gt;Termine&lt;/h4&gt;"' in panel
    assert f'data-text-hash="{stored.content_hash}"' in panel
    blocking = len(assess(stored).blocking)
    assert blocking == len(report.errors) - 1
    assert f"<dd data-compliance-errors>{blocking}</dd>" in panel


def test_published_despite_findings_means_the_live_or_latest_revision(client, admin_user, home):
    page = make_article(home, title="Korrigiert", summary=BLOCKED)
    blocked = page.save_revision()
    log(instance=page, action=OVERRIDE_ACTION, user=admin_user, revision=blocked, data={"reason": "Eilig"})
    blocked.publish()
    client.force_login(admin_user)
    results = reverse("compliance:report_results")
    assert ">Korrigiert</a>" in client.get(results, {"state": "overridden"}).content.decode()

    page = Page.objects.get(pk=page.pk).specific
    page.summary = FINE
    page.save_revision().publish()  # the findings are fixed: the override is history now
    assert ">Korrigiert</a>" not in client.get(results, {"state": "overridden"}).content.decode()


def test_preview_panel_carries_the_findings_summary(client, admin_user, home):
    page = make_article(home, summary=ONE_LONG_SENTENCE)
    check_revision(page.save_revision())
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    preview = html[html.index('data-side-panel="preview"') : html.index('data-side-panel="checks"')]
    assert "w-preview__iframe" in preview  # still Wagtail's preview
    assert "data-compliance-preview-summary" in preview and "1 error" in preview
    assert "compliance/preview.js" in html
    response = client.get(reverse("wagtailadmin_pages:add", args=["testapp", "articlepage", home.pk]))
    assert "data-compliance-preview-summary" in response.content.decode()


def test_live_check_answers_with_a_summary_and_what_the_preview_marks(client, editor, home):
    page = make_article(home)
    client.force_login(editor)
    url = reverse("compliance:check_edit", args=[page.pk])
    hier = '<p>Alle Termine finden Sie <a href="https://example.org/termine">hier</a>.</p>'
    result = client.post(
        url, form("Neue Angebote", BLOCKED + hier, page.slug), HTTP_ACCEPT_LANGUAGE="en"
    ).json()
    assert result["errors"] >= 1 and "error" in result["summary"]
    marked = {(h["severity"], h["excerpt"]) for h in result["highlights"]}
    assert any(severity == "error" and "Stadtverwaltung" in excerpt for severity, excerpt in marked)
    assert any(">hier</a>" in excerpt for _severity, excerpt in marked)
    assert all(h["label"] and h["message"] for h in result["highlights"])


def test_live_check_passes_only_what_the_gate_would_publish(client, admin_user, home, ls_home):
    client.force_login(admin_user)
    # Leichte Sprache without a test reading of this content: no error, and still not publishable
    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>")
    url = reverse("compliance:check_edit", args=[page.pk])
    result = client.post(
        url, form("Hilfe", "<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>", page.slug)
    ).json()
    assert result["errors"] == 0 and result["passed"] is False

    # a finding marked "checked, fine" no longer keeps the content from passing (the block keys are
    # those the editor keeps once a page was saved from its form)
    summary = ONE_LONG_SENTENCE.replace("<p>", '<p data-block-key="a1">', 1).replace(
        "<p>", '<p data-block-key="b2">', 1
    )
    article = make_article(home, summary=summary)
    stored = check_revision(article.save_revision())
    url = reverse("compliance:check_edit", args=[article.pk])
    assert client.post(url, form(article.title, summary, article.slug)).json()["passed"] is False
    mark_fine(stored, assess(stored).blocking, admin_user, "Zitat")
    assert client.post(url, form(article.title, summary, article.slug)).json()["passed"] is True


def record_reading(client, page, result="passed", readers="Prüfgruppe Leben"):
    return client.post(
        reverse("compliance_testreading:add"),
        {"page": page.pk, "readers": readers, "read_on": "2026-11-20", "result": result, "notes": ""},
    )


def test_a_corrected_or_deleted_test_reading_changes_the_verdict_and_the_history(client, admin_user, ls_home):
    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>")
    revision = page.save_revision()
    client.force_login(admin_user)
    assert record_reading(client, page).status_code == 302
    reading = Reading.objects.get(page=page)
    assert ComplianceReport.objects.get(revision=revision).passed

    # a later draft exists; the correction stays with the page and the content that was read
    page.title = "Hilfe im Amt"
    page.save_revision()
    other = make_article(ls_home, title="Andere Seite", summary="<p>Die Stadt hilft.</p>")
    edit = reverse("compliance_testreading:edit", args=[reading.pk])
    assert client.get(edit).status_code == 200
    response = client.post(
        edit,
        {
            "page": other.pk,  # the form does not take another page
            "readers": "Prüfgruppe Leben",
            "read_on": "2026-11-20",
            "result": "failed",
            "notes": "",
        },
    )
    assert response.status_code == 302
    reading.refresh_from_db()
    assert reading.page_id == page.pk and reading.revision_id == revision.pk and reading.result == "failed"
    assert not ComplianceReport.objects.get(revision=revision).passed

    client.post(
        edit,
        {
            "page": page.pk,
            "readers": "Prüfgruppe Leben",
            "read_on": "2026-11-20",
            "result": "passed",
            "notes": "",
        },
    )
    assert ComplianceReport.objects.get(revision=revision).passed
    assert client.post(reverse("compliance_testreading:delete", args=[reading.pk])).status_code == 302
    assert not Reading.objects.exists()
    assert not ComplianceReport.objects.get(revision=revision).passed
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Prüflesung durch Prüfgruppe Leben berichtigt: nicht verstanden, braucht Änderungen" in history
    assert "Prüflesung durch Prüfgruppe Leben gelöscht (war: verstanden, bestanden)" in history


def test_test_readings_only_for_pages_the_user_may_edit(client, ls_home):
    from django.contrib.auth.models import Group

    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p>")
    page.save_revision()
    clerk = get_user_model().objects.create_user("pruefung", password="pw", is_staff=True)
    group = Group.objects.create(name="Prüfung")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="add_testreading")
    )
    clerk.groups.add(group)
    client.force_login(clerk)
    response = record_reading(client, page)
    assert response.status_code == 200 and not Reading.objects.exists()
    assert "nur für Seiten erfassen, die Sie bearbeiten dürfen" in response.content.decode()


def test_report_names_who_overrode_and_why_and_filters_by_section_and_test_reading(
    client, admin_user, home, ls_home
):
    from cms.compliance.gate import override

    news = make_article(home, title="Aktuelles", slug="aktuelles")
    make_article(news, title="Gut").save_revision().publish()
    overridden = make_article(home, title="Beschluss", summary=BLOCKED)
    with override(admin_user, "Wörtlicher Stadtratsbeschluss"):
        overridden.save_revision(user=admin_user).publish(user=admin_user)
    hilfe = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p>")
    check_revision(hilfe.save_revision())
    client.force_login(admin_user)
    results = reverse("compliance:report_results")

    html = client.get(results, {"state": "overridden"}).content.decode()
    assert ">Beschluss</a>" in html and "von chef: „Wörtlicher Stadtratsbeschluss“" in html
    csv = client.get(reverse("compliance:report"), {"export": "csv", "state": "overridden"})
    body = (b"".join(csv.streaming_content) if csv.streaming else csv.content).decode()
    assert "Wörtlicher Stadtratsbeschluss" in body and "chef" in body and "Begründung der Freigabe" in body

    def titles(**filters) -> set[str]:
        html = client.get(results, filters).content.decode()
        return {t for t in ("Aktuelles", "Gut", "Beschluss", "Hilfe") if f">{t}</a>" in html}

    assert titles(section=Page.objects.get(pk=news.pk).path) == {"Aktuelles", "Gut"}
    assert titles(state="needs_test_reading") == {"Hilfe"}


def test_dashboard_lists_the_live_pages_with_most_errors(client, admin_user, home):
    from cms.compliance.gate import override

    make_article(home, title="Gut").save_revision().publish()
    worst = make_article(home, title="Beschluss", summary=BLOCKED + BLOCKED.replace("Die ", "Unsere "))
    with override(admin_user, "Zitat"):
        worst.save_revision(user=admin_user).publish(user=admin_user)
    check_revision(make_article(home, title="Entwurf", summary=BLOCKED).save_revision())  # not live
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index("compliance-dashboard-title") :]
    assert ">Beschluss</a> (de): 2 Fehler" in panel
    assert ">Gut</a>" not in panel and ">Entwurf</a>" not in panel
    # of the live pages (start pages, never checked, do not pass) one passes
    total = Page.objects.live().filter(depth__gt=1).count()
    assert f"<td>{total}</td><td>{round(100 / total)} % (1)</td>" in panel
