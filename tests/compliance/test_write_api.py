"""Wagtail 8's write API (v3) publishes through the same action: a refusal is a 422 with the reasons."""

import pytest
from wagtail.models import APIToken, Page

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.compliance.api_v3_urls")]


def test_api_v3_publish_action(client, admin_user, home):
    _token, plaintext = APIToken.create_token(user=admin_user, name="Redaktionssystem")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    blocked = make_article(home, title="Lang", summary=f"<p>{LONG_SENTENCE}</p>")
    blocked.save_revision()
    response = client.post(f"/api/v3/pages/{blocked.pk}/actions/publish/", **headers)
    assert response.status_code == 422
    assert "Summary" in response.content.decode()
    assert not Page.objects.get(pk=blocked.pk).live

    fine = make_article(home, title="Kurz", summary=f"<p>{GOOD_TEXT}</p>")
    fine.save_revision()
    assert client.post(f"/api/v3/pages/{fine.pk}/actions/publish/", **headers).status_code == 200
    assert Page.objects.get(pk=fine.pk).live
