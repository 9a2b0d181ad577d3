"""Settings shared by every environment; everything site-specific comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms.core",
    "cms.plan",
    "cms.compliance",  # before wagtail: its publish_scheduled skips (and logs) blocked revisions
    "cms.checker_api",
    "cms.headless",
    "cms.accessibility",
    "cms.monitoring",
    "cms.roles",
    "cms.security",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.security.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.compliance.middleware.ComplianceMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_from_url(url: str, prefix: str = "") -> dict:
    if url.startswith(("redis://", "rediss://")):
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": prefix or "default"}


CACHES = {
    "default": cache_from_url(os.environ.get("CACHE_URL", "")),
    # Checker results by rules, text and markup: shared by all app servers when Redis is given.
    "compliance": cache_from_url(os.environ.get("CACHE_URL", ""), prefix="compliance"),
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Leichte Sprache uses the private-use tag de-x-ls: screen readers read it as German
# (not "de-LS": LS is the region code of Lesotho).
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("de-x-ls", "Leichte Sprache"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# A new translation starts as a draft; nothing reaches en or de-x-ls untranslated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = _("Aktionsplan Integration")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_MODEL = "plan.PlanDocument"
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "pptx", "png", "jpg", "svg", "txt", "csv"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# Draft preview for a headless front end: token lifetime, and the front end's preview URL
# ("https://app.example.org/preview?token={token}"); empty = the admin shows the API link.
HEADLESS_PREVIEW_MAX_AGE_SECONDS = int(os.environ.get("HEADLESS_PREVIEW_MAX_AGE_SECONDS", "3600"))
HEADLESS_PREVIEW_URL = os.environ.get("HEADLESS_PREVIEW_URL", "")
WAGTAILAPI_LIMIT_MAX = 100

# Checker service (/api/check/): limits per request and per client.
CHECKER_MAX_BODY_BYTES = int(os.environ.get("CHECKER_MAX_BODY_BYTES", 2 * 1024 * 1024))
CHECKER_MAX_PDF_BYTES = int(os.environ.get("CHECKER_MAX_PDF_BYTES", 20 * 1024 * 1024))
CHECKER_RATE_LIMIT = os.environ.get("CHECKER_RATE_LIMIT", "120/min")
CHECKER_TIME_LIMIT_SECONDS = float(os.environ.get("CHECKER_TIME_LIMIT_SECONDS", "20"))

# Background work (the compliance re-check after a change of rules, Wagtail's own index updates) is
# queued in the database and run by `manage.py db_worker` (`make run` starts one). TASKS_BACKEND=
# immediate runs each task inside the request that queues it instead: tests, or a single process.
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_tasks_backend = os.environ.get("TASKS_BACKEND", "database")
if _tasks_backend not in TASKS_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, not {_tasks_backend!r}"
    )
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[_tasks_backend]}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "pikepdf": {"level": "WARNING"},
    },
}

# Security (cms.security): CSP and headers per response; see cms/security/policy.py.
# No third-party requests from the admin: no Gravatar avatars, no update check against wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
CSP_EXTRA_SOURCES: dict[str, list[str]] = {}

# The words the site's glossary explains count as explained for the plain-language checks.
COMPLIANCE_GLOSSARY = "cms.accessibility.glossary.glossary_for"
# Saving an explained word changes the rules the checker applies (it counts the word as explained).
COMPLIANCE_RULES_MODELS = ["accessibility.GlossaryTerm"]
# Submissions per client to public form pages (feedback form); see cms/security/wagtail_hooks.py.
FORM_RATE_LIMIT = os.environ.get("FORM_RATE_LIMIT", "10/hour")
# Behind a trusted reverse proxy: the header carrying the client address, e.g. HTTP_X_REAL_IP.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
