"""The safety net for admin paths without a hook (workflow approval, wagtail-localize publish and sync),
and the override reason of the publish APIs.

A refusal there either surfaces as an exception (workflow approval runs in a transaction, so the
approval is rolled back and the draft stays) or is caught by the view and reduced to a generic
message (wagtail-localize). The middleware tells the editor which findings block, in both cases.
wagtail-localize's "sync" publishes every translation after commit, one after the other: there a
refusal is reported and skipped (``collect_refusals``), so each refused translation is named and
the compliant ones publish.

The admin API and API v3 publish actions take ``{"override_reason": "..."}`` as JSON body: for a
user with the override permission the publish goes through and is logged; for anyone else the
refusal stands (HTTP 400 / 422).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from .gate import ComplianceError, Override, active_override, collect_refusals, refusal_listeners
from .hooks import refusal_message
from .profiles import memo_scope

# Views (namespaced URL names) whose publish may carry an override reason in a JSON body.
API_PUBLISH_VIEWS = {"wagtailadmin_api:pages:action", "wagtailapi_v3:pages_actions_publish"}
SYNC_VIEWS = {"wagtail_localize:update_translations"}
OVERRIDE_KEY = "override_reason"


def api_override_reason(request: HttpRequest) -> str:
    if request.resolver_match.kwargs.get("action_name", "publish") != "publish":
        return ""
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return ""
    reason = data.get(OVERRIDE_KEY) if isinstance(data, dict) else None
    return reason.strip() if isinstance(reason, str) else ""


class ComplianceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # What a request sets (an override, collecting refusals) ends with the request.
        override_token, collect_token = active_override.set(None), collect_refusals.set(False)
        try:
            if getattr(request, "is_dummy", False) or not hasattr(request, "_messages"):
                return self.get_response(request)
            token = refusal_listeners.set(
                [lambda error: refusal_message(request, error.page, error.assessment)]
            )
            try:
                with memo_scope():
                    return self.get_response(request)
            finally:
                refusal_listeners.reset(token)
        finally:
            collect_refusals.reset(collect_token)
            active_override.reset(override_token)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        if request.method != "POST" or request.resolver_match is None:
            return None
        view_name = request.resolver_match.view_name
        if view_name in SYNC_VIEWS:
            collect_refusals.set(True)
        elif view_name in API_PUBLISH_VIEWS:
            reason = api_override_reason(request)
            if reason:
                # The user is the publish action's (API v3 authenticates inside the view); the
                # permission is checked there, so without it the refusal stands.
                active_override.set(Override(reason=reason))
        return None

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, ComplianceError) or not hasattr(request, "_messages"):
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        refusal_message(request, exception.page, exception.assessment)
        if exception.page.pk is None:  # a page refused before it was saved (guard.py): nothing to edit
            return redirect(reverse("wagtailadmin_home"))
        target = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's modal workflow dialogs follow a redirect given in their JSON answer.
            return JsonResponse({"step": "success", "redirect": target})
        return redirect(target)
