"""A fixed-window rate limit in the cache (shared by all app servers when the cache is Redis)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

UNITS = {
    "second": 1,
    "sec": 1,
    "s": 1,
    "minute": 60,
    "min": 60,
    "m": 60,
    "hour": 3600,
    "h": 3600,
    "day": 86400,
    "d": 86400,
}


@dataclass(frozen=True)
class Rate:
    requests: int
    seconds: int

    @classmethod
    def parse(cls, value: str) -> Rate:
        """ "10/hour" -> Rate(10, 3600)"""
        count, _, unit = value.partition("/")
        return cls(int(count), UNITS[unit.strip().lower()])


def hit(bucket: str, rate: Rate, now: float | None = None) -> tuple[bool, int]:
    """Count one request; return whether it is within the rate and the seconds until the window ends."""
    now = time.time() if now is None else now
    window = int(now // rate.seconds)
    key = f"ratelimit:{bucket}:{window}"
    cache.add(key, 0, timeout=rate.seconds + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=rate.seconds + 1)
        count = 1
    return count <= rate.requests, max(1, rate.seconds - int(now) % rate.seconds)


def client_address(request: HttpRequest) -> str:
    """The client's address; behind a trusted proxy, from the header it sets (CLIENT_IP_HEADER)."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "unknown")
