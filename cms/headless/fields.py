"""Serializer fields that read what the view loaded in bulk (see relations.PageRelations)."""

from __future__ import annotations

from typing import Any

from rest_framework.fields import Field
from wagtail.models import Page


class RelationsField(Field):
    """Base: the value comes from `view.relations`, filled once per request."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance: Page) -> Page:
        return instance


class TranslationsField(RelationsField):
    """`[{"locale": "en", "id": 12, "url": "https://…/en/…"}]`: the other live language versions."""

    def to_representation(self, page: Page) -> list[dict[str, Any]]:
        return self.context["view"].relations.translations_of(page)


class ComplianceField(RelationsField):
    """`{"score", "passed", "errors", "warnings"}` (+ `test_reading_done` for de-x-ls) from the
    report the gate stored for the live revision; `null` when none is stored."""

    def to_representation(self, page: Page) -> dict[str, Any] | None:
        return self.context["view"].relations.compliance_of(page)
