"""Builds the demo site from the data modules: German first, then English and Leichte Sprache.

Everything is found again by its natural key (a translation key derived from it, or a file title),
so running the loader twice updates the same objects instead of adding new ones.
"""

import io
import json
import uuid
from importlib import import_module
from typing import Any

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site, TranslatableMixin
from wagtail_localize.models import TranslationSource

from cms.compliance.demo import record_example_test_reading
from cms.plan.demo import files, structure
from cms.plan.demo.linking import link_translation, update_source
from cms.plan.demo.refs import PLACEHOLDER, Ref, translation_key
from cms.plan.models import PlanDocument

SOURCE_LANGUAGE = "de"
# Language code -> data module. Leichte Sprache is rewritten, not translated sentence by sentence.
DATA_MODULES = {"de": "de", "en": "en", "de-x-ls": "de_x_ls"}


def load_data(language_code: str):
    return import_module(f"cms.plan.demo.{DATA_MODULES[language_code]}")


class DemoLoader:
    def __init__(self) -> None:
        self.locales: dict[str, Locale] = {}
        self.documents: dict[str, PlanDocument] = {}
        self.images: dict[str, Any] = {}
        self.snippets: dict[tuple[str, str], models.Model] = {}
        self.pages: dict[tuple[str, str], Page] = {}
        self.sources: dict[tuple[str, str], TranslationSource] = {}
        self.unmatched_strings = 0

    def run(self, languages: tuple[str, ...] = ("de", "en", "de-x-ls")) -> Page:
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in DATA_MODULES}
        self.load_files()
        source = load_data(SOURCE_LANGUAGE)
        for code in languages:
            data = load_data(code)
            for key, model_label in structure.SNIPPETS:
                self.load_snippet(
                    key, model_label, {**source.SNIPPETS[key], **data.SNIPPETS.get(key, {})}, code
                )
            for key, parent_key, model_label in structure.PAGE_TREE:
                self.load_page(
                    key, parent_key, model_label, {**source.PAGES[key], **data.PAGES.get(key, {})}, code
                )
            if code == SOURCE_LANGUAGE:
                # Before the translations: their home pages become siblings of Wagtail's placeholder page.
                set_default_site(self.pages[("home", SOURCE_LANGUAGE)])
        key, parent_key, model_label = structure.DRAFT_PAGE
        self.load_page(key, parent_key, model_label, source.DRAFT, SOURCE_LANGUAGE, publish=False)
        return self.pages[("home", SOURCE_LANGUAGE)]

    # Files ----------------------------------------------------------------------------------

    def load_files(self) -> None:
        for key, spec in structure.DOCUMENTS.items():
            document = PlanDocument.objects.filter(title=spec.title).first()
            if document is None:
                document = PlanDocument(title=spec.title)
                content = (
                    files.labelled_boxes_png(spec.title, spec.png_labels)
                    if spec.png_labels is not None
                    else files.tagged_pdf(spec.title, spec.language, spec.lines)
                )
                document.file.save(f"{key}.{spec.extension}", ContentFile(content), save=False)
            document.language, document.kind, document.accessible = spec.language, spec.kind, spec.accessible
            document.save()
            self.documents[key] = document
        image_model = get_image_model()
        for key, (title, labels) in structure.IMAGES.items():
            image = image_model.objects.filter(title=title).first()
            if image is None:
                content = io.BytesIO(files.labelled_boxes_png(title, labels))
                image = image_model(title=title, file=ImageFile(content, name=f"{key}.png"))
            image.description = f"{title}: {', '.join(labels)}"
            image.save()
            self.images[key] = image

    # Snippets and pages ---------------------------------------------------------------------

    def load_snippet(self, key: str, model_label: str, data: dict, code: str) -> None:
        model = apps.get_model(model_label)
        locale = self.locales[code]
        snippet = model.objects.filter(translation_key=translation_key(key), locale=locale).first()
        if snippet is None:
            snippet = model(translation_key=translation_key(key), locale=locale)
        source = self.snippets.get((key, SOURCE_LANGUAGE))
        self.assign(snippet, data, code, source)
        snippet.save()
        self.snippets[(key, code)] = snippet
        if code != SOURCE_LANGUAGE:
            self.link(("snippet", key), source, snippet, locale)

    def load_page(
        self, key: str, parent_key: str | None, model_label: str, data: dict, code: str, publish: bool = True
    ) -> None:
        model = apps.get_model(model_label)
        locale = self.locales[code]
        source = self.pages.get((key, SOURCE_LANGUAGE))
        page = model.objects.filter(translation_key=translation_key(key), locale=locale).first()
        if page is None and code != SOURCE_LANGUAGE:
            # The translation starts as a copy, so wagtail-localize and Wagtail see it as one.
            page = source.copy_for_translation(locale).specific
        if page is None:
            page = model(translation_key=translation_key(key), locale=locale, live=publish)
            self.assign(page, data, code, source)
            parent = self.pages[(parent_key, code)] if parent_key else Page.get_first_root_node()
            parent.add_child(instance=page)
            changed = True
        else:
            before = content_snapshot(page)
            self.assign(page, data, code, source)
            stale = publish and page.has_unpublished_changes
            changed = content_snapshot(page) != before or page.live != publish or stale
            if changed:
                page.save()
        if changed:  # an unchanged page gets no new revision: a second run leaves no trace
            revision = page.save_revision(clean=True)
            if publish:
                if code == "de-x-ls":
                    # Leichte Sprache goes live only after a test reading; the demo records an example.
                    record_example_test_reading(page)
                revision.publish()
                page.refresh_from_db()
        self.pages[(key, code)] = page
        if code != SOURCE_LANGUAGE:
            self.link(("page", key), source, page, locale)

    def link(
        self, cache_key: tuple[str, str], source: models.Model, target: models.Model, locale: Locale
    ) -> None:
        if cache_key not in self.sources:
            self.sources[cache_key] = update_source(source)
        self.unmatched_strings += link_translation(self.sources[cache_key], target, locale)

    # Field values ---------------------------------------------------------------------------

    def assign(self, instance: models.Model, data: dict, code: str, source: models.Model | None) -> None:
        for name, value in data.items():
            field = instance._meta.get_field(name)
            if isinstance(field, StreamField):
                # Block ids follow the source (translations), else the object's own blocks (re-runs).
                id_sources = [getattr(source, name, None), getattr(instance, name, None)]
                value = self.stream_value(field, value, code, id_sources)
            elif isinstance(field, models.ForeignKey):
                value = self.resolve_instance(value, code)
            else:
                value = field.to_python(self.resolve(value, code))
            setattr(instance, name, value)

    def stream_value(self, field: StreamField, items: list, code: str, id_sources: list) -> Any:
        """Raw stream data whose block ids are taken, by position, from the first stream that fits.

        Same ids as the source keep wagtail-localize's segments aligned; reusing the object's own
        ids makes a second run produce identical content.
        """
        candidates = [list(stream or []) for stream in id_sources]
        raw, used = [], set()
        for index, (block_type, value) in enumerate(items):
            block_id = next(
                (
                    blocks[index].id
                    for blocks in candidates
                    if index < len(blocks)
                    and blocks[index].block_type == block_type
                    and blocks[index].id not in used
                ),
                str(uuid.uuid4()),
            )
            used.add(block_id)
            raw.append({"type": block_type, "value": self.resolve(value, code), "id": block_id})
        return field.to_python(json.dumps(raw, cls=DjangoJSONEncoder))

    def resolve(self, value: Any, code: str) -> Any:
        if isinstance(value, Ref):
            return self.resolve_instance(value, code).pk
        if isinstance(value, dict):
            return {key: self.resolve(item, code) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self.resolve(item, code) for item in value]
        if isinstance(value, str):
            return PLACEHOLDER.sub(
                lambda match: str(self.resolve_instance(Ref(*match.groups()), code).pk), value
            )
        return value

    def resolve_instance(self, value: Any, code: str) -> models.Model | None:
        if value is None or isinstance(value, models.Model):
            if isinstance(value, TranslatableMixin) and not isinstance(value, Page):
                return value.get_translation(self.locales[code])
            return value
        lookups = {
            "document": lambda key: self.documents[key],
            "image": lambda key: self.images[key],
            "snippet": lambda key: self.snippets[(key, code)],
            # Page choosers keep the original; templates show the reader's variant via .localized.
            "page": lambda key: self.pages[(key, SOURCE_LANGUAGE)],
        }
        return lookups[value.kind](value.key)


def content_snapshot(instance: models.Model) -> str:
    return json.dumps(
        decode_embedded_json(instance.serializable_data()), cls=DjangoJSONEncoder, sort_keys=True
    )


def decode_embedded_json(value: Any) -> Any:
    """StreamField values arrive as JSON strings whose key order depends on the database (PostgreSQL's
    jsonb reorders keys); decoded, ``sort_keys`` makes the snapshot the same on every backend."""
    if isinstance(value, dict):
        return {key: decode_embedded_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decode_embedded_json(item) for item in value]
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return decode_embedded_json(json.loads(value))
        except ValueError:
            return value
    return value


def set_default_site(home: Page) -> None:
    """Point the default site at the demo's German home and drop Wagtail's placeholder page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        return
    if site.root_page_id == home.pk:
        return
    old_root = site.root_page
    site.root_page = home
    site.save()
    if old_root.depth == 2 and not old_root.get_children().exists():
        old_root.delete()
