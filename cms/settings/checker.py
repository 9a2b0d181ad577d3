"""Only the checker service (/api/check/, /api/docs): no pages, no admin, no sessions.

Stateless apart from the token table and the shared cache, so any number of instances can run
behind a load balancer. Selected by DJANGO_SETTINGS_MODULE=cms.settings.checker, or CHECKER_ONLY=1
with the project's gunicorn.conf.py.
"""

from .production import *  # noqa: F403

INSTALLED_APPS = [
    "cms.checker_api",
    "ninja",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Kept although the API views are CSRF-exempt (bearer tokens only): they cost nothing and
    # protect whatever gets mounted here later.
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "cms.checker_api.urls"
STATICFILES_DIRS = []
# No editor preview here, so nothing needs to be framed.
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = []
# No content here, so no glossary: the checks use the profiles' own word lists.
COMPLIANCE_GLOSSARY = None
