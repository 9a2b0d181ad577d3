import pytest
from django.core.cache import cache

from cms.checker_api.models import CheckerToken


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def token(db) -> str:
    return CheckerToken.issue("ci-stadtportal")[1]


@pytest.fixture
def bearer(token) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "pw")
