import pytest
from django.test import Client


@pytest.mark.django_db
def test_admin_login_page_is_german():
    response = Client().get("/admin/login/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    assert 'lang="de"' in response.content.decode()
