"""Token management: the command line and the admin."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from cms.checker_api.models import CheckerToken


def run(*args: str) -> str:
    out = StringIO()
    call_command("checker_token", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_create_prints_the_token_alone_on_its_last_line(client):
    plaintext = run("create", "ci-stadtportal").rstrip("\n").splitlines()[-1]
    assert re.fullmatch(r"chk_[A-Za-z0-9_-]{43}", plaintext)
    assert CheckerToken.authenticate(plaintext).name == "ci-stadtportal"
    response = client.post(
        "/api/check/", {}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {plaintext}"
    )
    assert response.status_code == 400  # authenticated; the empty body is the problem


@pytest.mark.django_db
def test_revoke_and_create_again_under_the_same_name():
    first = run("create", "redaktionsskript").splitlines()[-1]
    assert "revoked" in run("revoke", "redaktionsskript")
    assert CheckerToken.authenticate(first) is None
    second = run("create", "redaktionsskript").splitlines()[-1]
    assert CheckerToken.authenticate(second) is not None
    listing = run("list")
    assert listing.count("redaktionsskript") == 2 and "active" in listing and first not in listing


@pytest.mark.django_db
def test_errors_are_command_errors():
    run("create", "ci")
    with pytest.raises(CommandError, match="active already"):
        run("create", "ci")
    with pytest.raises(CommandError, match="No active token"):
        run("revoke", "unbekannt")


@pytest.mark.django_db
def test_admin_lists_creates_once_and_revokes(client, admin_user):
    client.force_login(admin_user)
    index = reverse("checker_tokens:index")
    page = client.get(index)
    assert page.status_code == 200
    assert "Prüfdienst-Tokens" in page.content.decode()  # the admin speaks German by default

    created = client.post(reverse("checker_tokens:add"), {"name": "Stadtportal"})
    assert created.status_code == 200
    plaintext = re.search(r'value="(chk_[^"]+)"', created.content.decode()).group(1)
    token = CheckerToken.authenticate(plaintext)
    assert token.name == "Stadtportal"
    listing = client.get(index).content.decode()
    assert "Stadtportal" in listing and plaintext not in listing

    revoke = reverse("checker_tokens:delete", args=[token.pk])
    confirm = client.get(revoke)
    assert confirm.status_code == 200 and f'action="{revoke}"' in confirm.content.decode()
    client.post(revoke)
    assert CheckerToken.authenticate(plaintext) is None
    assert CheckerToken.objects.filter(pk=token.pk).exists()  # kept for the record
    assert client.get(revoke, follow=True).status_code == 404


@pytest.mark.django_db
def test_admin_refuses_a_second_active_token_of_the_same_name(client, admin_user):
    CheckerToken.issue("Stadtportal")
    client.force_login(admin_user)
    response = client.post(reverse("checker_tokens:add"), {"name": "Stadtportal"})
    assert CheckerToken.objects.filter(name="Stadtportal").count() == 1
    assert response.status_code == 200 and b"chk_" not in response.content
