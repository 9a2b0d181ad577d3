"""The live check reads the editor's form as Wagtail's editor posts it: for every page type of the
demo site, the unchanged form is judged as the gate judges the saved page."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from cms.compliance.checks import run_checks
from cms.compliance.profiles import rules_for
from tests.demo_fixture import demo, demo_site  # noqa: F401

from .editor_form import editor_post_data

pytestmark = pytest.mark.django_db


def one_page_per_type() -> list[Page]:
    pages = {}
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault((type(page), page.locale.language_code), page)
    return list(pages.values())


@pytest.mark.usefixtures("demo")
def test_unchanged_editor_form_is_judged_like_the_saved_page(client):
    admin_user = get_user_model().objects.create_superuser("chefin", "c@example.org", "pw")
    client.force_login(admin_user)
    checked, findings = 0, 0
    for page in one_page_per_type():
        page = page.get_latest_revision_as_object()
        url = reverse("compliance:check_edit", args=[page.pk])
        result = client.post(url, editor_post_data(page, admin_user)).json()
        assert result["is_valid"], (page, result["html"])
        report = run_checks(page, rules_for(page)).report
        expected = sorted((f.severity, f.excerpt[:300]) for f in report.findings if f.severity != "info")
        got = sorted((h["severity"], h["excerpt"]) for h in result["highlights"])
        assert result["errors"] == len(report.errors), (page, result["html"])
        assert got == expected, page
        checked, findings = checked + 1, findings + len(got)
    # every page type in every language, and real findings among them (not only empty pages)
    assert checked >= 10 and findings >= 5, (checked, findings)
