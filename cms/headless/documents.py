"""The documents endpoint, with what a reader needs before opening a file."""

from __future__ import annotations

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.documents.api.v2.views import DocumentsAPIViewSet

DOCUMENT_FACTS = [
    APIField("file_type", serializer=serializers.CharField(read_only=True)),
    # get_file_size() fills the stored size once for files saved without it (e.g. in code).
    APIField("file_size", serializer=serializers.IntegerField(source="get_file_size", read_only=True)),
    "language",
    "accessible",
    "kind",
]
FACT_NAMES = [getattr(fact, "name", fact) for fact in DOCUMENT_FACTS]


class PlanDocumentsAPIViewSet(DocumentsAPIViewSet):
    """Type, size, language variant and accessible flag of each file, in listings too."""

    listing_default_fields = [*DocumentsAPIViewSet.listing_default_fields, *FACT_NAMES]

    @classmethod
    def get_body_fields(cls, model):
        facts = [fact for fact in DOCUMENT_FACTS if hasattr(model, getattr(fact, "name", fact))]
        return cls._convert_api_fields([*cls.body_fields, *facts, *getattr(model, "api_fields", ())])

    @classmethod
    def get_listing_default_fields(cls, model):
        available = set(cls.get_available_fields(model))
        return [name for name in cls.listing_default_fields if name in available]
