"""Fixtures shared by every part of the suite: the real browser (Debian's Chromium via Playwright)."""

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# there unless told that this (single-threaded test) use is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def skip_or_fail(reason: str) -> None:
    """Skip where the browser is missing; CI sets REQUIRE_BROWSER=1 so a missing browser fails there."""
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        skip_or_fail(f"Chromium not installed at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("Playwright for Python is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    """Each test starts with nothing cached: checked content, kept rules, rate-limit counters and
    Wagtail's site root paths refer to rows an earlier test rolled back (ids are reused)."""
    from django.conf import settings
    from django.core.cache import caches

    from cms.compliance.pipeline import clear_fragment_cache
    from cms.compliance.profiles import forget_kept_rules
    from cms.core import site_data

    def clear() -> None:
        for alias in settings.CACHES:
            caches[alias].clear()
        clear_fragment_cache()
        forget_kept_rules()
        site_data.forget()

    clear()
    yield
    clear()
    from cms.compliance import worker_client

    # every check that asked the worker read its answer: nothing leaves it busy for the next one
    assert worker_client._worker._lock.acquire(timeout=5), "a check left the check worker busy"
    worker_client._worker._lock.release()


@pytest.fixture(autouse=True)
def live_server_requests_finished(request) -> Iterator[None]:
    """A live-server test ends only when the server has answered every request it took.

    The browser fixtures close their tabs first; a request the tab sent just before (a debounced
    check, the preview) may still run in the server's thread, which shares the test's in-memory
    SQLite connection: the flush that ends the test would meet it there ("couldn't be flushed").
    """
    yield
    if "live_server" not in request.fixturenames:
        return
    deadline = time.monotonic() + 30
    for thread in threading.enumerate():
        # socketserver.ThreadingMixIn names each request's thread after its target.
        if thread.name.endswith("(process_request_thread)"):
            thread.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture(scope="module", autouse=True)
def migrated_state_snapshot(request) -> Iterator[None]:
    """For modules with live-server (transactional) tests: a copy of the migrated database.

    Each transactional test ends with a flush that drops what migrations created (root page, root
    collection, default site); serialized_rollback restores it from a copy Django keeps on the
    connection object. When earlier modules replaced the connection, that copy is gone: take it
    again (every earlier test rolled back, so the database is as migrations left it), and put it
    back after the module's last flush so later modules find the migrated state.
    """
    module_items = [item for item in request.session.items if item.module is request.module]
    transactional = any(
        (marker := item.get_closest_marker("django_db")) is not None and marker.kwargs.get("transaction")
        for item in module_items
    )
    if not transactional:
        yield
        return
    request.getfixturevalue("django_db_setup")
    django_db_blocker = request.getfixturevalue("django_db_blocker")
    with django_db_blocker.unblock():
        if not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        snapshot = connection._test_serialized_contents
    yield
    with django_db_blocker.unblock():
        # Empty first: a flush without serialized rollback lets post_migrate recreate content types.
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(snapshot)
        # The flush reset PostgreSQL's id sequences; the restored rows keep their ids.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)
