"""The demo site, loaded once per test module and rolled back afterwards."""

import pytest
from django.core.cache import cache
from django.db import transaction

from cms.plan.demo.loader import DemoLoader


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Load the demo in an outer transaction; each test runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = DemoLoader().run()
        yield home
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths


@pytest.fixture
def demo(demo_site, db):
    return demo_site
