"""A small site in three locales, linked through wagtail-localize, with revisions, logs and media."""

from __future__ import annotations

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from cms.core.models import HomePage

LOCALES = ("de", "en", "de-x-ls")


def locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LOCALES}


def root_page() -> Page:
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def translate(page: Page, locale: Locale, user) -> Page:
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(user=user, publish=True)
    return page.get_translation(locale)


def build_three_trees(user) -> dict[str, Page]:
    """German home and one child page, both translated into en and de-x-ls and published.

    Call inside ``django_capture_on_commit_callbacks(execute=True)``: wagtail-localize publishes
    on commit.
    """
    by_code = locales()
    home = root_page().add_child(
        instance=HomePage(
            title="Aktionsplan Integration",
            slug="aktionsplan",
            locale=by_code["de"],
            intro="<p>Der Plan der Stadt für ein gutes Zusammenleben.</p>",
        )
    )
    home.save_revision(user=user, log_action=True).publish(user=user)
    child = home.add_child(
        instance=HomePage(
            title="Arbeit", slug="arbeit", locale=by_code["de"], intro="<p>Arbeit für alle.</p>"
        )
    )
    revision = child.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    child.title = "Arbeit und Ausbildung"
    child.save_revision(user=user, log_action=True)  # a draft on top of the live version
    pages = {"de": home, "de/arbeit": child}
    for code in ("en", "de-x-ls"):
        pages[code] = translate(home, by_code[code], user)
        pages[f"{code}/arbeit"] = translate(child, by_code[code], user)
    return pages


def add_media(user) -> None:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), (200, 30, 30)).save(buffer, format="PNG")
    get_image_model().objects.create(
        title="Bild der Handlungsfelder",
        file=ContentFile(buffer.getvalue(), name="handlungsfelder.png"),
        uploaded_by_user=user,
    )
    get_document_model().objects.create(
        title="Aktionsplan (Kurzfassung)",
        file=ContentFile(b"%PDF-1.4\n% Aktionsplan Integration 2022-2026\n", name="aktionsplan.pdf"),
        uploaded_by_user=user,
    )
