"""Pages every page's header and footer link to (home pages, accessibility statement, guides),
read once per request and kept across requests.

Looking them up costs a query each on every page view and in every check of the compliance gate,
which renders the page. What is kept is dropped when it may have changed: a kept kind of page or a
home page is published or unpublished, any page is moved, renamed (slug) or deleted (URLs below it
change), a site or locale is saved. The drop is a new generation in the shared cache, which every
process compares before it trusts its copy; where the cache is not shared between processes
(LocMemCache), another process reads anew after ``SITE_DATA_CACHE_SECONDS`` (60) at the latest.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest

T = TypeVar("T")
GENERATION_KEY = "core:site-data-generation"
_kept: dict[tuple, tuple[str, float, Any]] = {}
_kept_lock = threading.Lock()
_watched: set[type] = set()


def per_request(request: HttpRequest | None, key: tuple, read: Callable[[], T]) -> T:
    """``read()`` once per request (several template tags ask for the same pages)."""
    if request is None:
        return read()
    kept = request.__dict__.setdefault("_site_data", {})
    if key not in kept:
        kept[key] = read()
    return kept[key]


def generation() -> str:
    current = cache.get(GENERATION_KEY)
    if current is None:  # never set, or evicted: a new one, so no process trusts an old copy
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        current = cache.get(GENERATION_KEY) or ""
    return current


def watch(*page_models: type) -> None:
    """Publishing or unpublishing a page of these types drops what is kept (call in ``ready()``, so
    every process knows it before any of them keeps something)."""
    _watched.update(page_models)


def kept(key: tuple, read: Callable[[], T]) -> T:
    """``read()``, kept across requests until a watched page, a home page or the tree changes.

    What ``read()`` returns is shared by all requests of the process: never modify it."""
    current = generation()
    with _kept_lock:
        entry = _kept.get(key)
    if entry and entry[0] == current and time.monotonic() - entry[1] < seconds():
        return entry[2]
    value = read()
    with _kept_lock:
        _kept[key] = (current, time.monotonic(), value)
    return value


def seconds() -> float:
    return getattr(settings, "SITE_DATA_CACHE_SECONDS", 60)


def forget() -> None:
    """This process's copies only (tests; the generation tells other processes)."""
    with _kept_lock:
        _kept.clear()


def changed(*args, **kwargs) -> None:
    """A signal receiver: drop what is kept, now and again once the change is committed (a process
    that read the rows in between kept the old ones under the first new generation only)."""
    forget()
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, uuid.uuid4().hex, None))


def page_published_or_unpublished(sender: type, instance: Any, **kwargs) -> None:
    if isinstance(instance, tuple(_watched)) or is_home(instance):
        changed()


def page_deleted(sender: type, instance: Any, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        changed()


def is_home(page: Any) -> bool:
    """A site's root page or one of its translations (the language's home page)."""
    from wagtail.models import Site

    return Site.objects.filter(root_page__translation_key=page.translation_key).exists()


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    page_published.connect(page_published_or_unpublished, dispatch_uid="site-data-published")
    page_unpublished.connect(page_published_or_unpublished, dispatch_uid="site-data-unpublished")
    page_slug_changed.connect(changed, dispatch_uid="site-data-slug")
    post_page_move.connect(changed, dispatch_uid="site-data-move")
    post_delete.connect(page_deleted, dispatch_uid="site-data-page-deleted")
    for label in ("wagtailcore.Site", "wagtailcore.Locale"):
        post_save.connect(changed, sender=label, dispatch_uid=f"site-data-{label}")
        post_delete.connect(changed, sender=label, dispatch_uid=f"site-data-{label}-deleted")
