"""Bad input in the admin gets an error next to the field, and nothing is saved."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail import blocks
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.plan.blocks import EventDateBlock
from cms.plan.models import MeasurePage, PlanPage, ResponsibleOffice


@pytest.fixture
def admin_client(client, demo):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "secret-password")
    client.force_login(user)
    return client


def measure_form(page: MeasurePage, **overrides) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro),
        "description": rich_text(page.description),
        "responsible_office": str(page.responsible_office_id),
        "partners": streamfield([]),
        "start_date": "2022-09-01",
        "end_date": "2026-12-31",
        "status": "in_progress",
        "progress": "40",
        "weight": "1",
        "indicators": streamfield([]),
        "timeline": streamfield([]),
        "is_example": "on",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def plan_form(page: PlanPage, **overrides) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro),
        "valid_from": "2022",
        "valid_until": "2026",
        "adopted_on": "2022-06-23",
        "adopted_by": page.adopted_by,
        "is_binding": "on",
        "binding_note": page.binding_note,
        "audiences": streamfield([]),
        "authors": rich_text(page.authors),
        "goals": streamfield([]),
        "body": streamfield([]),
        "coordination_group": str(page.coordination_group_id),
        "working_groups": streamfield([]),
        "contact_email": "auslaenderbeauftragte@dresden.de",
        "ordering": rich_text(page.ordering),
        "downloads": streamfield([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def german_measure() -> MeasurePage:
    return MeasurePage.objects.get(locale__language_code="de", slug="vielfalt-der-beschaeftigten")


def post_edit(client, page, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_valid_measure_form_saves(admin_client):
    measure = german_measure()
    response = post_edit(admin_client, measure, measure_form(measure, progress="60"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[measure.pk])
    measure.refresh_from_db()
    assert measure.get_latest_revision_as_object().progress == 60


@pytest.mark.parametrize("progress", ["101", "-5", "viel"])
def test_progress_out_of_range_is_a_field_error(admin_client, progress):
    measure = german_measure()
    response = post_edit(admin_client, measure, measure_form(measure, progress=progress))
    assert response.status_code == 200
    assert "progress" in response.context["form"].errors
    measure.refresh_from_db()
    assert measure.progress == 40


def test_end_before_start_is_a_field_error(admin_client):
    measure = german_measure()
    response = post_edit(
        admin_client, measure, measure_form(measure, start_date="2024-01-01", end_date="2023-01-01")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["end_date"]
    measure.refresh_from_db()
    assert measure.end_date.isoformat() == "2026-12-31"


def test_plan_with_invalid_email_and_reversed_years_gets_field_errors(admin_client):
    plan = PlanPage.objects.get(locale__language_code="de")
    assert post_edit(admin_client, plan, plan_form(plan)).status_code == 302
    response = post_edit(
        admin_client, plan, plan_form(plan, contact_email="auslaenderbeauftragte(at)dresden")
    )
    assert response.status_code == 200
    assert "contact_email" in response.context["form"].errors
    response = post_edit(admin_client, plan, plan_form(plan, valid_from="2026", valid_until="2022"))
    assert response.status_code == 200
    assert "valid_until" in response.context["form"].errors


def test_office_snippet_rejects_invalid_email(admin_client):
    office = ResponsibleOffice.objects.get(
        locale__language_code="de", email="auslaenderbeauftragte@dresden.de"
    )
    url = reverse("wagtailsnippets_plan_responsibleoffice:edit", args=[office.pk])
    form = {"name": office.name, "email": "kein-e-mail", "phone": "", "website": ""}
    response = admin_client.post(url, form)
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    office.refresh_from_db()
    assert office.email == "auslaenderbeauftragte@dresden.de"
    assert admin_client.post(url, {**form, "email": "integration@dresden.de"}).status_code == 302


def test_event_date_ending_before_it_starts_is_rejected():
    block = EventDateBlock()
    value = block.to_python({"date": "2021-06-27", "start_time": "16:00:00", "end_time": "10:00:00"})
    with pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(value)
    assert "end_time" in error.value.block_errors


def test_translators_get_the_right_editor(admin_client):
    """English opens in wagtail-localize's translation editor; Leichte Sprache in Wagtail's own editor."""
    editors = {}
    for code in ("de", "en", "de-x-ls"):
        plan = PlanPage.objects.get(locale__language_code=code)
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[plan.pk]))
        assert response.status_code == 200
        editors[code] = "wagtail_localize/admin/edit_translation.html" in {t.name for t in response.templates}
    assert editors == {"de": False, "en": True, "de-x-ls": False}


def test_every_page_type_and_snippet_has_a_working_admin_form(admin_client):
    plan = PlanPage.objects.get(locale__language_code="de")
    field = plan.fields_of_action().first()
    create_views = [
        ("plan", "fieldofactionpage", plan),
        ("plan", "principlespage", plan),
        ("plan", "faqpage", plan),
        ("plan", "participationeventpage", plan),
        ("plan", "downloadspage", plan),
        ("core", "contentpage", plan),
        ("plan", "measurepage", field),
    ]
    for app_label, model_name, parent in create_views:
        url = reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.pk])
        assert admin_client.get(url).status_code == 200, model_name
    for model_name in ("responsibleoffice", "workinggroup", "coordinationgroup"):
        assert admin_client.get(reverse(f"wagtailsnippets_plan_{model_name}:add")).status_code == 200
    assert admin_client.get(reverse("wagtaildocs:add_multiple")).status_code == 200
