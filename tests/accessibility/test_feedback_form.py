import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from cms.accessibility import spam
from cms.accessibility.models import AccessibilityStatementPage, SiteGuidePage

REPORT = "Der Link „Broschüre“ auf der Startseite ist mit der Tastatur nicht erreichbar."


def post(client, page, **overrides):
    names = [f.clean_name for f in page.form_fields.all()]
    data = {names[0]: REPORT, names[1]: "https://example.org/de/", names[2]: "", "website": ""}
    data["form_started"] = spam.issue_token(now=time.time() - 30)
    data.update(overrides)
    return client.post(page.url, data)


@pytest.fixture
def statement(demo):
    return AccessibilityStatementPage.objects.get(locale__language_code="de")


@pytest.mark.django_db
def test_a_report_is_stored_without_the_guard_fields_and_mailed(client, statement):
    response = post(client, statement)
    assert response.status_code == 200
    assert "Danke für Ihre Meldung" in response.content.decode()
    submission = FormSubmission.objects.get(page=statement)
    assert REPORT in submission.form_data.values()
    assert "website" not in submission.form_data and "form_started" not in submission.form_data
    assert len(mail.outbox) == 1 and REPORT in mail.outbox[0].body
    assert "form_started" not in mail.outbox[0].body


@pytest.mark.django_db
def test_too_fast_is_refused_with_a_message_and_keeps_the_input(client, statement):
    response = post(client, statement, form_started=spam.issue_token())
    html = response.content.decode()
    assert not FormSubmission.objects.exists()
    assert 'class="error-summary" role="alert"' in html
    assert REPORT in html  # nothing typed is lost
    assert "<title>Error" in html or "<title>Fehler" in html


@pytest.mark.django_db
def test_filled_honeypot_is_refused(client, statement):
    post(client, statement, website="http://spam.example")
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["", "forged-token", spam.issue_token(now=time.time() - 3 * 24 * 3600)])
def test_missing_forged_or_expired_start_time_is_refused(client, statement, token):
    response = post(client, statement, form_started=token)
    assert not FormSubmission.objects.exists()
    # The re-shown form carries a fresh start time, so it can simply be sent again.
    fresh = response.context["form"]["form_started"].value()
    assert spam.token_age(spam.issue_token()) is not None
    assert 'name="form_started"' in response.content.decode() and fresh is not None


@pytest.mark.django_db
def test_oversized_text_gets_a_field_error_linked_from_the_summary(client, statement):
    field = statement.form_fields.first()
    response = post(client, statement, **{field.clean_name: "x" * (spam.MULTI_LINE_MAX + 1)})
    html = response.content.decode()
    assert not FormSubmission.objects.exists()
    assert f'href="#id_{field.clean_name}"' in html
    assert 'aria-invalid="true"' in html


@pytest.mark.django_db
def test_required_description_missing_is_a_field_error(client, statement):
    field = statement.form_fields.first()
    response = post(client, statement, **{field.clean_name: ""})
    assert response.context["form"].errors[field.clean_name]


@pytest.mark.django_db
def test_submissions_are_listed_in_the_admin(client, statement):
    post(client, statement)
    admin = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(admin)
    response = client.get(f"/admin/forms/submissions/{statement.pk}/")
    assert response.status_code == 200
    assert "Broschüre" in response.content.decode()


@pytest.mark.django_db
def test_glossary_is_listed_in_the_admin(client, statement):
    admin = get_user_model().objects.create_superuser("editor2", "e2@example.org", "pw")
    client.force_login(admin)
    listing = client.get("/admin/snippets/accessibility/glossaryterm/")
    assert listing.status_code == 200 and "Aktionsplan" in listing.content.decode()


@pytest.mark.django_db
def test_accessibility_pages_open_in_the_editor(client, statement):
    admin = get_user_model().objects.create_superuser("editor3", "e3@example.org", "pw")
    client.force_login(admin)
    for page in [*AccessibilityStatementPage.objects.all(), *SiteGuidePage.objects.all()]:
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page
