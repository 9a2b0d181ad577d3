"""Who gets through to the checker: tokens, revoked tokens, admin sessions, everyone else."""

import pytest
from django.contrib.auth.models import Permission

from cms.checker_api.models import CheckerToken, token_digest

# A body that is wrong on purpose: whoever gets past authentication is told 400, not 401,
# so these tests say nothing about the checkers themselves.
MISSING_PROFILE = {"text": "Der Rat hat den Plan beschlossen."}


def post(client, **headers):
    return client.post("/api/check/", MISSING_PROFILE, content_type="application/json", **headers)


@pytest.mark.django_db
def test_without_credentials_is_401_with_json_and_challenge(client):
    response = post(client)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert "Bearer" in response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.django_db
def test_unknown_token_is_401(client, token):
    assert post(client, HTTP_AUTHORIZATION=f"Bearer {token}x").status_code == 401
    assert post(client, HTTP_AUTHORIZATION="Bearer chk_not-a-token").status_code == 401
    assert post(client, HTTP_AUTHORIZATION=f"Token {token}").status_code == 401


def test_valid_token_passes(client, bearer):
    assert post(client, **bearer).status_code == 400


def test_revoked_token_is_401(client, token, bearer):
    CheckerToken.objects.get(name="ci-stadtportal").revoke()
    assert post(client, **bearer).status_code == 401


def test_only_the_digest_is_stored(token):
    stored = CheckerToken.objects.get(name="ci-stadtportal")
    assert stored.digest == token_digest(token)
    assert token not in {stored.digest, stored.prefix, stored.name}
    assert token.startswith(stored.prefix)


def test_use_is_recorded(client, bearer):
    post(client, **bearer)
    assert CheckerToken.objects.get(name="ci-stadtportal").last_used_at is not None


def test_admin_session_passes(client, admin_user):
    client.force_login(admin_user)
    assert post(client).status_code == 400


def test_admin_session_needs_csrf_token(admin_user):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(admin_user)
    response = post(strict)
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_session_without_admin_access_is_401(client, django_user_model):
    visitor = django_user_model.objects.create_user("besucher", password="pw")
    client.force_login(visitor)
    assert post(client).status_code == 401
    visitor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    visitor = django_user_model.objects.get(pk=visitor.pk)
    client.force_login(visitor)
    assert post(client).status_code == 400
