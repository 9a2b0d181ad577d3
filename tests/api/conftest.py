import pytest

from cms.checker_api.models import CheckerToken


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
# Short, plain sentences: content the compliance gate lets through in each language variant.
PLAIN_TEXT = {
    "de": "Die Stadt hilft neuen Menschen. Sie lernen Deutsch. Sie finden Arbeit.",
    "en": "The city helps new people. They learn German. They find work.",
    "de-x-ls": "Die Stadt hilft neuen Menschen. Sie lernen Deutsch. Sie finden Arbeit.",
}
TITLES = {
    "de": "Aktionsplan Integration",
    "en": "Integration action plan",
    "de-x-ls": "Aktionsplan Integration",
}


def publish(page):
    """Publish through the gate; Leichte Sprache first gets its test reading, as the gate requires."""
    import datetime

    from cms.compliance.models import TestReading
    from cms.compliance.store import check_revision

    revision = page.save_revision()
    if page.locale.language_code == "de-x-ls":
        TestReading.objects.create(
            page=page,
            revision=revision,
            content_hash=check_revision(revision).content_hash,
            readers="Prüfgruppe Leichte Sprache",
            read_on=datetime.date(2026, 11, 20),
            result=TestReading.Result.PASSED,
        )
    revision.publish()
    page.refresh_from_db()
    return page


def translate(page, code: str, **content):
    """A translation of `page` in locale `code`, with its own content, published."""
    from wagtail.models import Locale

    translation = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    for name, value in content.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


@pytest.fixture
def homes(db):
    """One start page per locale, translations of each other, the German one the site root."""
    from wagtail.models import Locale, Page, Site

    from cms.core.models import HomePage

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LOCALES}
    root = Page.get_first_root_node()
    home_de = root.add_child(
        instance=HomePage(
            title=TITLES["de"], slug="start", locale=locales["de"], intro=f"<p>{PLAIN_TEXT['de']}</p>"
        )
    )
    home_de = publish(home_de)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home_de}
    )
    homes = {"de": home_de}
    for code in LOCALES[1:]:
        homes[code] = translate(home_de, code, title=TITLES[code], intro=f"<p>{PLAIN_TEXT[code]}</p>")
    return homes


def add_page(parent, title: str, slug: str, *, live: bool = True, intro: str = ""):
    from cms.core.models import HomePage

    intro = intro or f"<p>{PLAIN_TEXT[parent.locale.language_code]}</p>"
    page = parent.add_child(instance=HomePage(title=title, slug=slug, intro=intro, live=False))
    return publish(page) if live else page
