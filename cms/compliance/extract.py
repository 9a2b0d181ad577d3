"""Page -> text units: every editor-written text of any page model, with the field path it lives at.

The walk is generic: model fields, inline child objects (InlinePanel) and StreamField blocks are
dispatched on their class through lookup tables (most specific class in the MRO wins), so a new
page type or block type needs no code here unless it is a new *kind* of content.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from .units import DOCUMENT, HTML, IMAGE, TEXT, Unit, html_to_text

# Fields of Wagtail's Page that editors write; the rest of Page is bookkeeping.
PAGE_TEXT_FIELDS = ("title", "seo_title", "search_description")
DOCUMENT_LINK = re.compile(r'<a\b[^>]*\blinktype="document"[^>]*\bid="(\d+)"', re.I)


def image_unit(
    path: str, image: AbstractImage | None, alt: str | None, decorative: bool = False
) -> Unit | None:
    if image is None:
        return None
    alt_value = "" if decorative else (alt if alt is not None else image.default_alt_text)
    src = image.file.name.rsplit("/", 1)[-1] if image.file else ""
    markup = f'<img src="{html_lib.escape(src)}" alt="{html_lib.escape(alt_value or "")}">'
    if not decorative and not alt_value:
        markup = f'<img src="{html_lib.escape(src)}">'
    # the alt text is read to the page's readers: it is checked as text of the page's language too
    return Unit(path, IMAGE, text=(alt_value or "").strip(), html=markup, obj=image)


def rich_text_units(path: str, raw: str) -> Iterator[Unit]:
    raw = str(raw or "")
    if not raw.strip():
        return
    yield Unit(path, HTML, text=html_to_text(raw), html=expand_db_html(raw))
    yield from document_link_units(path, raw)


def document_link_units(path: str, raw: str) -> Iterator[Unit]:
    from wagtail.documents import get_document_model

    ids = [int(found) for found in DOCUMENT_LINK.findall(raw)]
    if not ids:  # no query for the many rich texts without a document link
        return
    for document in get_document_model().objects.filter(pk__in=ids):
        yield document_unit(path, document)


def document_unit(path: str, document: AbstractDocument) -> Unit:
    return Unit(path, DOCUMENT, text=document.title, obj=document, source_hash=document.file_hash or "")


# --- StreamField blocks ------------------------------------------------------------------------


def walk_block(block: blocks.Block, value: Any, path: str) -> Iterator[Unit]:
    handler = lookup(BLOCK_HANDLERS, type(block))
    if handler is not None and value is not None:
        yield from handler(block, value, path)


def _struct(block: blocks.StructBlock, value: Any, path: str) -> Iterator[Unit]:
    for name, child in block.child_blocks.items():
        yield from walk_block(child, value.get(name), f"{path}.{name}")


def _list(block: blocks.ListBlock, value: Any, path: str) -> Iterator[Unit]:
    for index, item in enumerate(value):
        yield from walk_block(block.child_block, item, f"{path}[{index}]")


def _stream(block: blocks.StreamBlock, value: Any, path: str) -> Iterator[Unit]:
    for index, child in enumerate(value):
        yield from walk_block(child.block, child.value, f"{path}[{index}]")


def _text_block(block: blocks.Block, value: Any, path: str) -> Iterator[Unit]:
    if str(value).strip():
        yield Unit(path, TEXT, text=str(value).strip())


def _rich_text_block(block: blocks.Block, value: Any, path: str) -> Iterator[Unit]:
    yield from rich_text_units(path, getattr(value, "source", value))


def _image_block(block: blocks.Block, value: Any, path: str) -> Iterator[Unit]:
    unit = image_unit(
        path, value, getattr(value, "contextual_alt_text", None), getattr(value, "decorative", False)
    )
    if unit:
        yield unit


def _document_block(block: blocks.Block, value: Any, path: str) -> Iterator[Unit]:
    yield document_unit(path, value)


def _skip(block: blocks.Block, value: Any, path: str) -> Iterator[Unit]:
    return iter(())


def _table_block(block: blocks.Block, value: Any, path: str) -> Iterator[Unit]:
    markup = str(block.render(value))
    yield Unit(path, HTML, text=html_to_text(markup), html=markup)


BLOCK_HANDLERS: dict[type, Callable[[Any, Any, str], Iterator[Unit]]] = {
    blocks.StructBlock: _struct,
    blocks.ListBlock: _list,
    blocks.StreamBlock: _stream,
    blocks.CharBlock: _text_block,
    blocks.TextBlock: _text_block,
    blocks.BlockQuoteBlock: _text_block,
    blocks.RichTextBlock: _rich_text_block,
    ImageBlock: _image_block,
    ImageChooserBlock: _image_block,
    DocumentChooserBlock: _document_block,
    blocks.FieldBlock: _skip,  # dates, numbers, choices, URLs, page choosers: nothing an editor writes
    blocks.StaticBlock: _skip,
}
try:  # optional contrib app
    from wagtail.contrib.table_block.blocks import TableBlock

    BLOCK_HANDLERS[TableBlock] = _table_block
except ImportError:  # pragma: no cover
    pass


# --- model fields ------------------------------------------------------------------------------


def _char_field(field: models.Field, value: Any, path: str) -> Iterator[Unit]:
    if field.choices or not isinstance(value, str) or not value.strip():
        return
    yield Unit(path, TEXT, text=value.strip())


def _rich_text_field(field: models.Field, value: Any, path: str) -> Iterator[Unit]:
    yield from rich_text_units(path, value)


def _stream_field(field: models.Field, value: Any, path: str) -> Iterator[Unit]:
    yield from _stream(field.stream_block, value or [], path)


def _foreign_key(field: models.Field, value: Any, path: str) -> Iterator[Unit]:
    if isinstance(value, AbstractImage):
        unit = image_unit(path, value, None)
        if unit:
            yield unit
    elif isinstance(value, AbstractDocument):
        yield document_unit(path, value)


FIELD_HANDLERS: dict[type, Callable[[Any, Any, str], Iterator[Unit]]] = {
    RichTextField: _rich_text_field,
    StreamField: _stream_field,
    models.CharField: _char_field,
    models.TextField: _char_field,
    models.ForeignKey: _foreign_key,
    models.SlugField: _skip,
    models.URLField: _skip,
    models.EmailField: _skip,
}


def lookup(table: dict[type, Callable], cls: type) -> Callable | None:
    return next((table[klass] for klass in cls.__mro__ if klass in table), None)


def content_fields(model: type[models.Model]) -> Iterator[models.Field]:
    """Concrete fields an editor writes: those a page model adds, plus Page's own text fields."""
    base_fields = {f.name for f in Page._meta.concrete_fields} if issubclass(model, Page) else set()
    for field in model._meta.concrete_fields:
        if field.name in PAGE_TEXT_FIELDS or (field.name not in base_fields and not field.primary_key):
            yield field


@cache
def page_relations() -> set[str]:
    """Child relations of Wagtail's Page itself (comments, restrictions): not page content."""
    return {relation.get_accessor_name() for relation in get_all_child_relations(Page)}


def walk_object(obj: models.Model, prefix: str = "") -> Iterator[Unit]:
    for field in content_fields(type(obj)):
        handler = lookup(FIELD_HANDLERS, type(field))
        if handler is None:
            continue
        if isinstance(field, models.ForeignKey):
            value = getattr(obj, field.name, None)
        else:
            value = field.value_from_object(obj)
        yield from handler(field, value, f"{prefix}{field.name}")
    skipped = page_relations() if isinstance(obj, Page) else set()
    for relation in get_all_child_relations(type(obj)):
        name = relation.get_accessor_name()
        if name in skipped:
            continue
        for index, child in enumerate(getattr(obj, name).all()):
            yield from walk_object(child, f"{prefix}{name}[{index}].")


def extract(page: Page) -> list[Unit]:
    """All units of a page (specific instance, e.g. ``revision.as_object()``), in form order."""
    return list(walk_object(page))


def content_hash(units: list[Unit]) -> str:
    digest = hashlib.sha256()
    for unit in units:
        digest.update(f"{unit.path}\0{unit.hash}\n".encode())
    return digest.hexdigest()[:32]
