"""Serializer fields that read what the view loaded in bulk (see relations.PageRelations)."""

from __future__ import annotations

from typing import Any

from rest_framework.fields import Field
from wagtail.api.v2.serializers import PageSerializer
from wagtail.models import Page


class RelationsField(Field):
    """Base: a read-only field computed from the page (and what the view loaded for it)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance: Page) -> Page:
        return instance


class HtmlUrlField(RelationsField):
    """Wagtail's html_url, with the site root paths cached on the request instead of read from
    the cache once per page."""

    def to_representation(self, page: Page) -> str | None:
        return page.get_full_url(self.context["request"])


class TranslationsField(RelationsField):
    """`[{"locale": "en", "id": 12, "url": "https://…/en/…"}]`: the other live language versions."""

    def to_representation(self, page: Page) -> list[dict[str, Any]]:
        return self.context["view"].relations.translations_of(page)


class ComplianceField(RelationsField):
    """`{"score", "passed", "errors", "warnings"}` (+ `test_reading_done` for de-x-ls) from the
    report the gate stored for the live revision; `null` when none is stored."""

    def to_representation(self, page: Page) -> dict[str, Any] | None:
        return self.context["view"].relations.compliance_of(page)


class ContentPageSerializer(PageSerializer):
    html_url = HtmlUrlField()
