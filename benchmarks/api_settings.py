"""Settings for bench_api.py: production settings plus Wagtail's plain pages endpoint to compare with."""

import os

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.api_urls"
# collectstatic goes to the scratch directory, not into the checkout.
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
