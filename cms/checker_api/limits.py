"""The service's limits: request size, requests per client and window, seconds per check."""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from .auth import client_key
from .errors import CheckTimeout, PayloadTooLarge

PERIODS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hour": 3600, "d": 86400, "day": 86400}


@dataclass(frozen=True)
class Rate:
    requests: int
    seconds: int

    @classmethod
    def parse(cls, value: str) -> Rate:
        """'120/min' -> 120 requests per 60 seconds."""
        count, _, period = value.partition("/")
        return cls(requests=int(count), seconds=PERIODS[period.strip()])


class ClientRateThrottle(BaseThrottle):
    """Fixed-window counter per token or admin user in the shared cache (Redis in production), so
    the limit holds across every app server behind the load balancer."""

    def __init__(self) -> None:
        self._local = threading.local()  # one throttle object serves every thread of a worker

    def allow_request(self, request: HttpRequest) -> bool:
        rate = Rate.parse(settings.CHECKER_RATE_LIMIT)
        now = time.time()
        window = int(now // rate.seconds)
        key = f"checker-rate:{client_key(request.auth)}:{window}"
        cache.add(key, 0, timeout=rate.seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr: this request opens the window
            cache.set(key, 1, timeout=rate.seconds + 1)
            count = 1
        self._local.wait = (window + 1) * rate.seconds - now
        return count <= rate.requests

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
