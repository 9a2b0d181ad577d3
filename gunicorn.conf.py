"""gunicorn settings: `gunicorn` in the project root picks this file up.

Everything can be overridden from the environment (or on the command line), so the same file
serves a full app server and a checker-only instance (CHECKER_ONLY=1).
"""

import multiprocessing
import os

if os.environ.get("CHECKER_ONLY", "").lower() in {"1", "true", "yes", "on"}:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.checker")
else:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Sync workers run each request in the main thread, where the checker's SIGALRM time limit works;
# the checks are CPU-bound, so threads would not add throughput anyway.
worker_class = "sync"
# Backstop above the checker's own limit (CHECKER_TIME_LIMIT_SECONDS, default 20 s).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak in a parser cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Load the app once in the master: workers fork with the word lists already in memory.
preload_app = True
# Trust X-Forwarded-* only from the load balancer's addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None  # empty: no access log
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
