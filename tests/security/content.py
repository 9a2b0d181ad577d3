"""A small site in three locales, linked through wagtail-localize, with revisions, logs and media.

The texts pass the compliance gate of their locale; Leichte Sprache pages get a recorded test
reading before they are published, as the gate requires.
"""

from __future__ import annotations

import datetime
import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.compliance.models import TestReading
from cms.compliance.store import check_revision
from cms.core.models import ContentPage, HomePage

LOCALES = ("de", "en", "de-x-ls")
TEXTS = {
    "de": ("Die Stadt hilft neuen Menschen. Sie lernen Deutsch. Sie finden Arbeit.", "Arbeit"),
    "en": ("The city helps new people. They learn German. They find work.", "Work"),
    "de-x-ls": ("Die Stadt hilft neuen Menschen. Sie lernen Deutsch. Sie finden Arbeit.", "Arbeit"),
}


def locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LOCALES}


def root_page() -> Page:
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def publish(page: Page, user) -> Page:
    """Publish the page's current content through the gate (with a test reading for de-x-ls)."""
    revision = page.save_revision(user=user, log_action=True)
    if page.locale.language_code == "de-x-ls":
        TestReading.objects.create(
            page=page,
            revision=revision,
            content_hash=check_revision(revision).content_hash,
            readers="Prüfgruppe Leichte Sprache",
            read_on=datetime.date(2026, 11, 20),
            result=TestReading.Result.PASSED,
            recorded_by=user,
        )
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def translate(page: Page, locale: Locale, user) -> Page:
    """Translate through wagtail-localize as a translator would: every segment, then publish."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    german_intro, german_child = TEXTS["de"]
    target_intro, target_child = TEXTS[locale.language_code]
    wording = {german_intro: target_intro, german_child: target_child}
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": wording.get(segment.string.data, segment.string.data)},
        )
    translation.save_target(user=user, publish=False)
    return publish(page.get_translation(locale).specific, user)


def build_three_trees(user) -> dict[str, Page]:
    """A start page and one child per locale; the German child has a draft on top of its live version."""
    by_code = locales()
    intro, child_title = TEXTS["de"]
    home = root_page().add_child(
        instance=HomePage(
            title="Aktionsplan", slug="aktionsplan", locale=by_code["de"], intro=f"<p>{intro}</p>"
        )
    )
    publish(home, user)
    child = home.add_child(
        instance=ContentPage(title=child_title, slug="arbeit", locale=by_code["de"], intro=f"<p>{intro}</p>")
    )
    publish(child, user)
    pages = {"de": home, "de/arbeit": child}
    for code in ("en", "de-x-ls"):
        pages[code] = translate(home, by_code[code], user)
        pages[f"{code}/arbeit"] = translate(child, by_code[code], user)
    child.title = "Arbeit und Ausbildung"
    child.save_revision(user=user, log_action=True)
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
