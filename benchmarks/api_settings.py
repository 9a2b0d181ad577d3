"""Settings for bench_api.py: production settings plus Wagtail's plain pages endpoint to compare with."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.api_urls"
