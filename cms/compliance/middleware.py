"""The safety net for admin paths without a hook (workflow approval, wagtail-localize publish and sync).

A refusal there either surfaces as an exception (workflow approval runs in a transaction, so the
approval is rolled back and the draft stays) or is caught by the view and reduced to a generic
message (wagtail-localize). The middleware tells the editor which findings block, in both cases.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from .gate import ComplianceError, refusal_listeners
from .hooks import refusal_message


class ComplianceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if getattr(request, "is_dummy", False) or not hasattr(request, "_messages"):
            return self.get_response(request)
        token = refusal_listeners.set([lambda error: refusal_message(request, error.page, error.assessment)])
        try:
            return self.get_response(request)
        finally:
            refusal_listeners.reset(token)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, ComplianceError) or not hasattr(request, "_messages"):
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        refusal_message(request, exception.page, exception.assessment)
        target = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's modal workflow dialogs follow a redirect given in their JSON answer.
            return JsonResponse({"step": "success", "redirect": target})
        return redirect(target)
