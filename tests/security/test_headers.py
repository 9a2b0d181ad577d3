"""Security headers and the Content Security Policy on the public site and in the admin."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from cms.security.policy import build_policy

ROOT = Path(__file__).resolve().parents[2]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)
NOT_EXECUTED = re.compile(r'type="(application/json|text/template|application/ld\+json)"', re.I)
EVENT_HANDLER_ATTR = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def csp_nonce(response) -> str:
    (nonce,) = [
        v for v in directives(response["Content-Security-Policy"])["script-src"] if v.startswith("'nonce-")
    ]
    return nonce[len("'nonce-") : -1]


@pytest.fixture
def admin_client(db):
    user = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw-Chefin-2026")
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/login/", "/api/v2/pages/"])
def test_every_response_has_the_hardening_headers(path):
    response = Client().get(path)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    policy = directives(response["Content-Security-Policy"])
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]


@pytest.mark.django_db
def test_scripts_never_inline_or_eval_only_self_and_a_fresh_nonce():
    first, second = Client().get("/admin/login/"), Client().get("/admin/login/")
    for response in (first, second):
        script_src = directives(response["Content-Security-Policy"])["script-src"]
        assert "'unsafe-inline'" not in script_src
        assert "'unsafe-eval'" not in script_src
        assert "'self'" in script_src
    assert csp_nonce(first) != csp_nonce(second)
    assert len(csp_nonce(first)) >= 22


def test_public_policy_allows_no_inline_styles_and_admin_only_styles():
    from cms.security.policy import ADMIN_POLICY, PUBLIC_POLICY

    assert PUBLIC_POLICY["style-src"] == ["'self'"]
    assert "'unsafe-inline'" in ADMIN_POLICY["style-src"]
    assert ADMIN_POLICY["script-src"] == PUBLIC_POLICY["script-src"]


def test_extra_sources_extend_but_overrides_replace():
    header = build_policy(
        {"img-src": ["'self'"], "frame-ancestors": ["'none'"]},
        "abc",
        extra={"img-src": ["https://media.example.org"]},
        overrides={"frame-ancestors": ["'self'"]},
    )
    assert header == "img-src 'self' https://media.example.org; frame-ancestors 'self'"


@pytest.mark.django_db
def test_wagtail_preview_may_be_framed_by_the_admin_only(admin_client):
    from wagtail.models import Locale, Page

    from cms.core.models import HomePage

    locale = Locale.objects.get_or_create(language_code="de")[0]
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Start", slug="start-p", locale=locale)
    )
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/?mode=")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def admin_paths(home_pk: int) -> list[str]:
    return [
        "/admin/",
        f"/admin/pages/{home_pk}/",
        f"/admin/pages/{home_pk}/edit/",
        f"/admin/pages/add/core/contentpage/{home_pk}/",
        f"/admin/pages/add/plan/planpage/{home_pk}/",
        "/admin/snippets/plan/responsibleoffice/",
        "/admin/snippets/plan/responsibleoffice/add/",
        "/admin/snippets/plan/workinggroup/add/",
        f"/admin/pages/{home_pk}/history/",
        f"/admin/localize/submit/page/{home_pk}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/groups/new/",
        "/admin/reports/site-history/",
    ]


@pytest.mark.django_db
def test_every_inline_script_in_admin_pages_carries_this_responses_nonce(admin_client):
    from wagtail.models import Locale, Page

    from cms.core.models import HomePage

    locale = Locale.objects.get_or_create(language_code="de")[0]
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Start", slug="start-n", locale=locale)
    )
    checked = 0
    for path in admin_paths(home.pk):
        response = admin_client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        nonce = csp_nonce(response)
        for match in INLINE_SCRIPT.finditer(html):
            if NOT_EXECUTED.search(match.group(1)):
                continue
            assert f'nonce="{nonce}"' in match.group(1), (path, match.group(0)[:200])
            checked += 1
        assert not EVENT_HANDLER_ATTR.search(html), path
    # The date and date-time widgets of the listing filters and the scheduling dialog.
    assert checked >= 6


def test_every_inline_script_in_wagtail_templates_is_overridden_with_a_nonce():
    """When an upgrade of Wagtail or wagtail-localize adds an inline script, this fails."""
    import wagtail
    import wagtail_localize

    overrides = ROOT / "cms" / "security" / "templates"
    missing = []
    for package in (wagtail, wagtail_localize):
        base = Path(package.__file__).parent
        for template in base.rglob("templates/**/*.html"):
            if "/tests/" in str(template) or "search_promotions" in str(template):
                continue
            for match in INLINE_SCRIPT.finditer(template.read_text()):
                if NOT_EXECUTED.search(match.group(1)) or "json_script" in match.group(0):
                    continue
                name = str(template).split("/templates/", 1)[1]
                override = overrides / name
                if not override.exists() or "csp_nonce" not in override.read_text():
                    missing.append(name)
    assert missing == []


def test_the_only_inline_script_wagtail_writes_from_python_is_the_patched_chooser():
    import wagtail
    import wagtail_localize

    writers = []
    for package in (wagtail, wagtail_localize):
        base = Path(package.__file__).parent
        for source in base.rglob("*.py"):
            relative = str(source.relative_to(base.parent))
            if "/test" in relative or "/migrations/" in relative:
                continue
            code = [line for line in source.read_text().splitlines() if not line.lstrip().startswith("#")]
            if any(re.search(r"""["'][^"']*<script>""", line) for line in code):
                writers.append(relative)
    assert writers == ["wagtail/admin/widgets/chooser.py"]


def production_env(**extra: str) -> dict[str, str]:
    # Not the test run's own variables (the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE).
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="aktionsplan.example.org",
        **extra,
    )
    return env


def test_check_deploy_is_clean_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_are_secure_and_host_only():
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.X_FRAME_OPTIONS, s.SECURE_HSTS_SECONDS > 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django;django.setup();{code}"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == [
        "True",
        "True",
        "True",
        "__Host-sessionid",
        "__Host-csrftoken",
        "DENY",
        "True",
    ], result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    env["SECRET_KEY"] = ""
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_preview_of_edited_content_may_be_framed_by_the_admin(admin_client):
    """Wagtail renders the preview through the middleware chain a second time, as a public page:
    the framing rule must still follow the preview view's X-Frame-Options, or the browser blanks
    the editor's preview panel."""
    from django.urls import reverse
    from wagtail.models import Locale, Page

    from tests.compliance.test_publish_paths import FINE, form
    from tests.testapp.models import ArticlePage

    locale = Locale.objects.get_or_create(language_code="de")[0]
    page = Page.get_first_root_node().add_child(
        instance=ArticlePage(title="Vorschau", slug="vorschau-p", locale=locale, summary=FINE)
    )
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert admin_client.post(url, form("Vorschau", FINE, page.slug)).json()["is_valid"]
    response = admin_client.get(url + "?in_preview_panel=true")
    assert response.status_code == 200 and b"Vorschau" in response.content
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
