"""Production settings pass Django's deployment checks; the checker-only mode serves only the checker."""

import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


# Only what the process needs: variables other tests or the shell set must not leak in.
BASE_ENV = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}


def run_django(settings: str, tmp_path: Path, *args: str, env: dict[str, str] | None = None):
    environment = {
        **BASE_ENV,
        "DJANGO_SETTINGS_MODULE": settings,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "aktionsplan.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("settings", ["cms.settings.production", "cms.settings.checker"])
def test_check_deploy_is_clean(settings, tmp_path):
    result = run_django(settings, tmp_path, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key(tmp_path):
    result = run_django("cms.settings.production", tmp_path, "manage.py", "check", env={"SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_redis_cache_from_cache_url(tmp_path):
    script = "import django; django.setup(); from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    result = run_django(
        "cms.settings.production", tmp_path, "-c", script, env={"CACHE_URL": "redis://127.0.0.1:6379/3"}
    )
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache", result.stderr


CHECKER_ONLY_SCRIPT = textwrap.dedent(
    """
    import django
    django.setup()
    from django.core.management import call_command
    from django.test import Client
    call_command("migrate", verbosity=0)
    from cms.checker_api.models import CheckerToken
    token = CheckerToken.issue("lb-probe")[1]
    client = Client(HTTP_HOST="aktionsplan.example.org")
    auth = {"HTTP_AUTHORIZATION": "Bearer " + token}
    print(client.post("/api/check/", {"profile": "xx"}, content_type="application/json", secure=True, **auth).status_code)
    print(client.get("/api/openapi.json", secure=True).status_code)
    print(client.get("/api/v2/pages/", secure=True).status_code)
    print(client.get("/admin/", secure=True).status_code)
    """
)


def test_checker_only_serves_the_checker_and_nothing_else(tmp_path):
    result = run_django("cms.settings.checker", tmp_path, "-c", CHECKER_ONLY_SCRIPT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["400", "200", "404", "404"]


def test_gunicorn_config_selects_checker_settings(tmp_path):
    script = (
        "import runpy, os; runpy.run_path('gunicorn.conf.py'); print(os.environ['DJANGO_SETTINGS_MODULE'])"
    )
    environment = dict(BASE_ENV)
    for flag, expected in (("1", "cms.settings.checker"), ("", "cms.settings.production")):
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**environment, "CHECKER_ONLY": flag},
            capture_output=True,
            text=True,
        )
        assert result.stdout.strip() == expected, result.stderr
