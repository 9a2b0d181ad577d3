import pytest
from django.core.cache import cache

from cms.checker_api.models import CheckerToken


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def token(db) -> str:
    return CheckerToken.issue("ci-stadtportal")[1]


@pytest.fixture
def bearer(token) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("redaktion", "redaktion@example.org", "pw")


LOCALES = ("de", "en", "de-x-ls")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def homes(db):
    """One start page per locale, translations of each other, the German one the site root."""
    from wagtail.models import Locale, Page, Site

    from cms.core.models import HomePage

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LOCALES}
    root = Page.get_first_root_node()
    home_de = publish(
        root.add_child(instance=HomePage(title="Aktionsplan Integration", slug="start", locale=locales["de"]))
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home_de}
    )
    homes = {"de": home_de}
    for code in LOCALES[1:]:
        homes[code] = publish(home_de.copy_for_translation(locales[code]))
    return homes


def add_page(parent, title: str, slug: str, *, live: bool = True, intro: str = ""):
    from cms.core.models import HomePage

    page = parent.add_child(instance=HomePage(title=title, slug=slug, intro=intro, live=live))
    return publish(page) if live else page
