"""The pages endpoint of the content API: Wagtail's, plus translations, compliance and bulk loading."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from .fields import ComplianceField, ContentPageSerializer, TranslationsField
from .queryset import optimise
from .relations import PageRelations
from .richtext import expand_in_bulk


class ContentPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = ContentPageSerializer
    meta_fields = [
        *PagesAPIViewSet.meta_fields,
        APIField("translations", serializer=TranslationsField()),
        APIField("compliance", serializer=ComplianceField()),
    ]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "translations", "compliance"]

    def initial(self, request, *args, **kwargs) -> None:
        super().initial(request, *args, **kwargs)
        # Display HTML (the default) is produced in bulk after serialising (richtext.py). Rich
        # text blocks read ?rich_text_format= from the request themselves, so the request says
        # db_html to every serialiser and block.
        self.expand_rich_text = request.GET.get("rich_text_format", "html") == APIRichText.FORMAT_HTML
        if self.expand_rich_text:
            query = request._request.GET.copy()
            query["rich_text_format"] = APIRichText.FORMAT_DB_HTML
            request._request.GET = query

    def serialise(self, pages: list[Page], many: bool) -> Any:
        data = self.get_serializer(pages if many else pages[0], many=many).data
        if self.expand_rich_text:
            expand_in_bulk(zip(pages, data if many else [data], strict=True))
        return data

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
        return self.get_paginated_response(self.serialise(pages, many=True))

    def detail_view(self, request: HttpRequest, pk: int) -> Response:
        page = self.get_object()
        self.relations = PageRelations.load(request, [page], self.get_base_queryset())
        return Response(self.serialise([page], many=False))
