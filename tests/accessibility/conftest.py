import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from cms.accessibility.demo import home_pages


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker) -> dict:
    """The full demo (load_demo also loads the accessibility pages), once per module, rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield home_pages()
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths


@pytest.fixture
def demo(demo_site, db) -> dict:
    return demo_site
