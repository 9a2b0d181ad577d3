"""Test settings: fast hashing, in-memory media, local cache."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key-not-for-production"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="aktionsplan-test-media-")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Emptied before each test with the other caches (tests/conftest.py): ids of rolled-back rows repeat.
    "compliance": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "compliance"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run where they are queued, so a test sees their effect (the worker has a test of its own).
TASKS = {"default": {"BACKEND": TASKS_BACKENDS["immediate"]}}  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Page models of a second, unrelated site: the compliance plugin is tested against them too.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.testapp"]  # noqa: F405
# Test runs post many forms from 127.0.0.1; tests of the limit itself set their own rate.
FORM_RATE_LIMIT = "100000/hour"
