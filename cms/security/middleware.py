"""Security headers for every response: CSP with a nonce, Permissions-Policy, isolation headers.

Django's SecurityMiddleware already sets X-Content-Type-Options, Referrer-Policy and
Cross-Origin-Opener-Policy (from the ``SECURE_*`` settings); this adds what Django 5.2 lacks.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from . import nonce as nonce_context
from .policy import ADMIN_POLICY, PERMISSIONS_POLICY, PUBLIC_POLICY, build_permissions_policy, build_policy

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# CSP frame-ancestors per X-Frame-Options value, so both headers always agree.
FRAME_ANCESTORS = {"SAMEORIGIN": ["'self'"], "DENY": ["'none'"]}


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.permissions_policy = build_permissions_policy(PERMISSIONS_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.csp_nonce = secrets.token_urlsafe(18)
        token = nonce_context.current.set(request.csp_nonce)
        try:
            response = self.get_response(request)
        finally:
            nonce_context.current.reset(token)
        self.add_headers(request, response)
        return response

    def add_headers(self, request: HttpRequest, response: HttpResponse) -> None:
        is_admin = request.path.startswith(ADMIN_PREFIXES)
        frame_option = response.headers.get("X-Frame-Options", "").upper()
        header = (
            "Content-Security-Policy-Report-Only" if settings.CSP_REPORT_ONLY else "Content-Security-Policy"
        )
        ancestors = FRAME_ANCESTORS.get(frame_option, ["'none'"])
        if header in response.headers:
            # A response rendered by an inner request keeps its policy (Wagtail's preview renders the
            # page through the middleware chain again, as a public page), but who may frame it is
            # decided by the outer response's X-Frame-Options.
            response.headers[header] = with_frame_ancestors(response.headers[header], ancestors)
        else:
            response.headers[header] = build_policy(
                ADMIN_POLICY if is_admin else PUBLIC_POLICY,
                request.csp_nonce,
                extra=settings.CSP_EXTRA_SOURCES,
                overrides={"frame-ancestors": ancestors},
                upgrade_insecure=settings.SECURE_SSL_REDIRECT,
            )
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        response.headers.setdefault("X-Permitted-Cross-Domain-Policies", "none")
        if is_admin:
            # Public pages, media and the API may be embedded or read by other city sites.
            response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")


def with_frame_ancestors(policy: str, sources: list[str]) -> str:
    """The policy with its frame-ancestors directive set to ``sources``."""
    parts = [part.strip() for part in policy.split(";") if part.strip()]
    kept = [part for part in parts if part.split()[0] != "frame-ancestors"]
    return "; ".join([*kept, " ".join(["frame-ancestors", *sources])])
