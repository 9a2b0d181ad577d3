"""Load: the public pages and the content API under 32 concurrent clients for 60 s.

    python benchmarks/bench_load.py            # or: make bench

Builds the demo site (`migrate`, `collectstatic`, `load_demo`) in a scratch SQLite database,
starts gunicorn (production settings, 2 sync workers) on a free port of 127.0.0.1 and runs
32 clients for 60 s against a mix of every live page in de, en and de-x-ls and the content API
(lists per locale, page details). Prints requests/s, p50/p95 latency and the error count, overall
and per kind. Environment: BENCH_SECONDS, BENCH_CLIENTS, BENCH_DIR, BENCH_CACHE_URL.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import secrets
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_api import (
    Result,
    free_port,
    get,
    manage,
    redis_url,
    send,
    start_gunicorn,
    wait_until_up,
)

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "32"))
WORKERS = 2

URLS_SCRIPT = """
import json
import django
django.setup()
from wagtail.models import Page
pages = Page.objects.live().filter(depth__gt=1).specific()
print(json.dumps({
    "pages": [page.url for page in pages if page.url],
    "ids": [page.pk for page in pages],
}))
"""


def environment(workdir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "CACHE_URL": os.environ.get("BENCH_CACHE_URL", redis_url()),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESSLOG": "",
        "GUNICORN_MAX_REQUESTS": "0",
        "PYTHONPATH": str(ROOT),
    }


def requests_mix(env: dict[str, str]) -> list[tuple[str, bytes]]:
    facts = json.loads(
        subprocess.run(
            [sys.executable, "-c", URLS_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    rng = random.Random(11)
    html = [
        ("page", get(url).replace(b"Accept: application/json", b"Accept: text/html"))
        for url in facts["pages"]
    ]
    api = [
        ("api list", get("/api/v2/pages/", {"locale": code, "limit": 20})) for code in ("de", "en", "de-x-ls")
    ]
    api += [
        ("api detail", get(f"/api/v2/pages/{pk}/"))
        for pk in rng.sample(facts["ids"], min(60, len(facts["ids"])))
    ]
    mix = html + api * max(1, len(html) // len(api))
    rng.shuffle(mix)
    return mix


async def load(port: int, mix: list[tuple[str, bytes]], seconds: float) -> dict[str, Result]:
    results: dict[str, Result] = defaultdict(lambda: Result("", seconds=seconds))
    deadline = time.perf_counter() + seconds

    async def client(number: int) -> None:
        index = number
        while time.perf_counter() < deadline:
            kind, raw = mix[index % len(mix)]
            started = time.perf_counter()
            try:
                status = await send(port, raw)
            except (OSError, ValueError):
                status = 0
            for name in (kind, "all"):
                if status == 200:
                    results[name].latencies.append(time.perf_counter() - started)
                else:
                    results[name].failures += 1
            index += CLIENTS

    await asyncio.gather(*(client(number) for number in range(CLIENTS)))
    for name, result in results.items():
        result.name = name
    return results


def main() -> None:
    workdir = Path(os.environ.get("BENCH_DIR", "/tmp/aktionsplan-load"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = environment(workdir)
    started = time.perf_counter()
    manage(env, "migrate", "--noinput", "-v0")
    # Static files first: the gate renders each page while load_demo publishes it.
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "load_demo")
    mix = requests_mix(env)
    print(f"data ready in {time.perf_counter() - started:.0f} s: {len(mix)} requests in the mix", flush=True)
    port = free_port()
    server = start_gunicorn(env, port, WORKERS)
    try:
        wait_until_up(port, server)
        print(
            f"gunicorn {WORKERS} sync workers on 127.0.0.1:{port}, {CLIENTS} clients, {SECONDS:g} s",
            flush=True,
        )
        asyncio.run(load(port, mix, seconds=3))  # warm-up
        results = asyncio.run(load(port, mix, SECONDS))
    finally:
        server.terminate()
        server.wait(timeout=30)
    for name in ("all", "page", "api list", "api detail"):
        print(results[name].line(), flush=True)
    errors = results["all"].failures
    print(f"errors: {errors}")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
