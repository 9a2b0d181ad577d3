import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Site

from cms.accessibility.demo import home_pages, load_accessibility_demo


@pytest.fixture
def homes(db) -> dict:
    """The start pages of all three language trees, as the demo loader leaves them."""
    call_command("load_demo", stdout=io.StringIO())
    root = Site.objects.get(is_default_site=True).root_page.specific
    for code in ("en", "de-x-ls"):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if root.get_translation_or_none(locale) is None:
            root.copy_for_translation(locale).save_revision().publish()
    return home_pages()


@pytest.fixture
def demo(homes) -> dict:
    load_accessibility_demo()
    return homes
