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
        response.headers.setdefault(
            header,
            build_policy(
                ADMIN_POLICY if is_admin else PUBLIC_POLICY,
                request.csp_nonce,
                extra=settings.CSP_EXTRA_SOURCES,
                overrides={"frame-ancestors": FRAME_ANCESTORS.get(frame_option, ["'none'"])},
                upgrade_insecure=settings.SECURE_SSL_REDIRECT,
            ),
        )
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        response.headers.setdefault("X-Permitted-Cross-Domain-Policies", "none")
        if is_admin:
            # Public pages, media and the API may be embedded or read by other city sites.
            response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
