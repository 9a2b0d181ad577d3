"""Throughput and latency of the content API and the checker service under gunicorn.

    python benchmarks/bench_api.py            # or: make bench

Builds a demo site with 1,000 measure pages per locale (`load_demo`, then `grow_demo`) in a
scratch SQLite database, starts gunicorn with 2 workers on a free port of 127.0.0.1, and runs
16 concurrent clients for 20 s against each endpoint: the list of measures (limit=20) and a page
detail, each beside Wagtail's plain pages endpoint on the same data, and POST /api/check/ with a
2,000-word page. Prints requests/s and p50/p95 latency. Environment: BENCH_SECONDS,
BENCH_CLIENTS, BENCH_DIR (where the database is kept between runs), BENCH_CACHE_URL.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("BENCH_SECONDS", "20"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "16"))
WORKERS = 2
MEASURES_PER_LOCALE = 1000
CHECK_WORDS = 2000
TARGET_SHARE = 0.8  # our endpoints should reach 80 % of the plain endpoint's requests/s
LIST_FIELDS = "status,progress,effective_progress,responsible_office,start_date,end_date"

FACTS_SCRIPT = f"""
import json, random, re
import django
django.setup()
from wagtail.models import Page
from cms.plan.models import MeasurePage
measures = list(MeasurePage.objects.live().filter(locale__language_code="de").values_list("id", flat=True))
random.seed(1)
parts, words = [], 0
for page in Page.objects.live().filter(locale__language_code="de").specific().order_by("path"):
    for name in ("intro", "description", "body"):
        value = getattr(page, name, None)
        html = value if isinstance(value, str) else (str(value.render_as_block()) if value else "")
        text = re.sub(r"<[^>]+>", " ", html)
        if len(text.split()) < 5:
            continue
        parts.append(f"<h2>{{page.title}}</h2>" + html)
        words += len(text.split())
    if words >= {CHECK_WORDS}:
        break
print(json.dumps({{"measures": random.sample(measures, 200), "html": "\\n".join(parts), "words": words}}))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_url() -> str:
    if "BENCH_CACHE_URL" in os.environ:
        return os.environ["BENCH_CACHE_URL"]
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return ""
    return "redis://127.0.0.1:6379/13"


def environment(workdir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.api_settings",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "BENCH_STATIC_ROOT": str(workdir / "static"),
        "CACHE_URL": redis_url(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "CHECKER_RATE_LIMIT": "1000000/min",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESSLOG": "",
        "GUNICORN_MAX_REQUESTS": "0",
        "PYTHONPATH": str(ROOT),
    }


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare(env: dict[str, str]) -> tuple[dict, str]:
    started = time.perf_counter()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "load_demo")
    manage(env, "grow_demo", "--measures", str(MEASURES_PER_LOCALE))
    token = manage(env, "checker_token", "create", f"bench-{secrets.token_hex(4)}").strip().splitlines()[-1]
    facts = subprocess.run(
        [sys.executable, "-c", FACTS_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    print(f"data ready in {time.perf_counter() - started:.0f} s", flush=True)
    return json.loads(facts.stdout), token


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    seconds: float = SECONDS

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, share: float) -> float:
        if len(self.latencies) < 2:
            return float("nan")
        return statistics.quantiles(self.latencies, n=100)[round(share * 100) - 1] * 1000

    def line(self) -> str:
        return (
            f"{self.name:<34} {self.rate:8.1f} req/s   p50 {self.percentile(0.5):7.1f} ms"
            f"   p95 {self.percentile(0.95):7.1f} ms   failed {self.failures}"
        )


async def send(port: int, raw: bytes) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    await writer.drain()
    response = await reader.read()
    writer.close()
    return int(response[9:12])


async def load(name: str, port: int, requests: list[bytes], seconds: float = SECONDS) -> Result:
    result = Result(name, seconds=seconds)
    deadline = time.perf_counter() + seconds

    async def client(number: int) -> None:
        index = number
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                status = await send(port, requests[index % len(requests)])
            except OSError:
                status = 0
            if status == 200:
                result.latencies.append(time.perf_counter() - started)
            else:
                result.failures += 1
            index += CLIENTS

    await asyncio.gather(*(client(number) for number in range(CLIENTS)))
    return result


def get(path: str, params: dict | None = None) -> bytes:
    target = f"{path}?{urlencode(params)}" if params else path
    return f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n".encode()


def post_json(path: str, payload: dict, token: str) -> bytes:
    body = json.dumps(payload).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {token}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


def scenarios(facts: dict, token: str) -> list[tuple[str, list[bytes]]]:
    rng = random.Random(7)
    offsets = [rng.randrange(0, MEASURES_PER_LOCALE - 20) for _ in range(200)]
    listing = [
        {"type": "plan.MeasurePage", "locale": "de", "limit": 20, "offset": o, "fields": LIST_FIELDS}
        for o in offsets
    ]
    return [
        ("measures list, ours", [get("/api/v2/pages/", params) for params in listing]),
        ("measures list, plain Wagtail", [get("/api/plain/pages/", params) for params in listing]),
        ("page detail, ours", [get(f"/api/v2/pages/{pk}/") for pk in facts["measures"]]),
        ("page detail, plain Wagtail", [get(f"/api/plain/pages/{pk}/") for pk in facts["measures"]]),
        (
            f"POST /api/check/ ({facts['words']} words)",
            [post_json("/api/check/", {"profile": "de", "html": facts["html"]}, token)],
        ),
    ]


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    """The project's gunicorn.conf.py with sync workers on 127.0.0.1:port."""
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--workers", str(workers)]
    return subprocess.Popen([*command, "--bind", f"127.0.0.1:{port}"], cwd=ROOT, env=env)


def wait_until_up(port: int, server: subprocess.Popen) -> None:
    for _ in range(120):
        if server.poll() is not None:
            sys.exit("gunicorn exited during start-up")
        try:
            if asyncio.run(send(port, get("/api/openapi.json"))) == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit("gunicorn did not answer within 60 s")


def main() -> None:
    workdir = Path(os.environ.get("BENCH_DIR", "/tmp/aktionsplan-bench"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = environment(workdir)
    facts, token = prepare(env)
    port = free_port()
    server = start_gunicorn(env, port, WORKERS)
    try:
        wait_until_up(port, server)
        print(
            f"gunicorn {WORKERS} sync workers on 127.0.0.1:{port}, {CLIENTS} clients, {SECONDS:g} s per endpoint, "
            f"{MEASURES_PER_LOCALE} measures per locale, cache {env['CACHE_URL'] or 'local memory'}",
            flush=True,
        )
        results = {}
        for name, requests in scenarios(facts, token):
            asyncio.run(load(name, port, requests, seconds=2))  # warm-up
            results[name] = asyncio.run(load(name, port, requests))
            print(results[name].line(), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    for kind in ("measures list", "page detail"):
        ours, plain = results[f"{kind}, ours"], results[f"{kind}, plain Wagtail"]
        share = ours.rate / plain.rate if plain.rate else float("nan")
        verdict = "meets" if share >= TARGET_SHARE else "misses"
        print(
            f"{kind}: ours at {share:.0%} of plain Wagtail's requests/s ({verdict} the {TARGET_SHARE:.0%} target)"
        )


if __name__ == "__main__":
    main()
