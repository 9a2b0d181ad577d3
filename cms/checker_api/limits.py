"""The service's limits: request size, requests per client and window, seconds per check."""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from cms.security.ratelimit import Rate, hit

from .auth import client_key
from .errors import CheckTimeout, PayloadTooLarge


class ClientRateThrottle(BaseThrottle):
    """Fixed-window counter per token or admin user in the shared cache (Redis in production), so
    the limit holds across every app server behind the load balancer."""

    def __init__(self) -> None:
        self._local = threading.local()  # one throttle object serves every thread of a worker

    def allow_request(self, request: HttpRequest) -> bool:
        allowed, retry_after = hit(
            f"checker:{client_key(request.auth)}", Rate.parse(settings.CHECKER_RATE_LIMIT)
        )
        self._local.wait = retry_after
        return allowed

    def wait(self) -> float | None:
        return max(1, math.ceil(getattr(self._local, "wait", 1)))


def ensure_body_within(request: HttpRequest, limit: int) -> None:
    """Refuse before reading the body when the declared length is over the limit."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        raise PayloadTooLarge(limit)


def read_body(request: HttpRequest, limit: int) -> bytes:
    """The body, at most `limit` bytes; a chunked request has no length to refuse it by in advance."""
    ensure_body_within(request, limit)
    body = request.body
    if len(body) > limit:
        raise PayloadTooLarge(limit)
    return body


class _Expired(BaseException):
    """Raised from the alarm; a BaseException, so the checkers' own `except Exception` guards (which
    keep one broken rule from failing a whole check) cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop a check that runs longer than `seconds`.

    Uses SIGALRM, which only the main thread may set: that is where gunicorn's sync workers run
    requests. In other threads (runserver, gthread workers) the check runs unbounded and the
    server's own worker timeout is the backstop.
    """
    usable = (
        seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise CheckTimeout(seconds) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
