"""The pages endpoint of the content API: Wagtail's, plus translations, compliance and bulk loading."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.views import PagesAPIViewSet

from .fields import ComplianceField, ContentPageSerializer, TranslationsField
from .queryset import optimise
from .relations import PageRelations


class ContentPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = ContentPageSerializer
    meta_fields = [
        *PagesAPIViewSet.meta_fields,
        APIField("translations", serializer=TranslationsField()),
        APIField("compliance", serializer=ComplianceField()),
    ]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "translations", "compliance"]

    def get_base_queryset(self) -> QuerySet:
        # Wagtail builds it from view restrictions and sites; once per request is enough.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset

    def get_queryset(self) -> QuerySet:
        queryset = super().get_queryset()
        return optimise(queryset, self.get_body_fields_names(queryset.model))

    def listing_view(self, request: HttpRequest) -> Response:
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        pages = list(self.paginate_queryset(queryset))
        self.relations = PageRelations.load(request, pages, self.get_base_queryset())
        serializer = self.get_serializer(pages, many=True)
        return self.get_paginated_response(serializer.data)

    def detail_view(self, request: HttpRequest, pk: int) -> Response:
        self.relations = PageRelations.load(request, [self.get_object()], self.get_base_queryset())
        return super().detail_view(request, pk)
