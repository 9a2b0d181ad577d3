"""The preview endpoint (/api/v2/preview/?token=…) and the admin view that issues its tokens."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from rest_framework.response import Response
from wagtail.models import Page

from .preview import PreviewTokenError, issue_preview_token, page_id_from_token
from .relations import PageRelations
from .views import ContentPagesAPIViewSet


class PagePreviewAPIViewSet(ContentPagesAPIViewSet):
    """The latest revision of one page, in the same shape as the pages endpoint's detail view."""

    known_query_parameters = ContentPagesAPIViewSet.known_query_parameters.union(["token"])
    name = "preview"

    def preview_view(self, request: HttpRequest) -> Response:
        if "token" not in request.GET:
            return Response({"message": "missing query parameter: token"}, status=400)
        try:
            page_id = page_id_from_token(request.GET["token"])
        except PreviewTokenError as error:
            return Response({"message": error.message}, status=401)
        page = get_object_or_404(Page, pk=page_id).specific
        revision = page.latest_revision
        self._cached_object = revision.as_object() if revision else page
        self.relations = PageRelations.load(
            request, [self._cached_object], self.get_base_queryset(), {page.pk: revision and revision.pk}
        )
        response = Response(self.serialise([self._cached_object], many=False))
        response["Cache-Control"] = "private, no-store"
        return response

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "preview_view"}), name="preview")]


def issue_preview_link(request: HttpRequest, page_id: int) -> HttpResponse:
    """For editors: a token for this page, sent on to the front end when one is configured."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    token = issue_preview_token(page.pk)
    if settings.HEADLESS_PREVIEW_URL:
        return redirect(settings.HEADLESS_PREVIEW_URL.format(token=token, page_id=page.pk))
    api_url = (
        request.build_absolute_uri(reverse("wagtailapi:preview:preview")) + "?" + urlencode({"token": token})
    )
    return JsonResponse(
        {"token": token, "api_url": api_url, "expires_in": settings.HEADLESS_PREVIEW_MAX_AGE_SECONDS}
    )
