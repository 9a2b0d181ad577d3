"""Who may call the checker: a bearer token, or an editor logged in to the Wagtail admin."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from .models import CheckerToken


class CheckerTokenAuth(HttpBearer):
    """`Authorization: Bearer chk_…`; request.auth becomes the CheckerToken."""

    def authenticate(self, request: HttpRequest, token: str) -> CheckerToken | None:
        return CheckerToken.authenticate(token)


class AdminSessionAuth(APIKeyCookie):
    """The admin session of a user who may use the Wagtail admin (the editor panel's own calls).

    CSRF is checked only once a session user is found, so a client without any credentials gets
    401 rather than a CSRF 403.
    """

    param_name = settings.SESSION_COOKIE_NAME

    def __call__(self, request: HttpRequest) -> Any:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
            return None
        if check_csrf(request) is not None:
            raise HttpError(403, "CSRF check failed: send the csrftoken cookie value as X-CSRFToken.")
        return user

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:  # pragma: no cover
        raise NotImplementedError("__call__ handles the session directly")


def client_key(auth: Any) -> str:
    """The identity a rate limit counts against: one bucket per token or per admin user."""
    if isinstance(auth, CheckerToken):
        return f"token:{auth.pk}"
    return f"user:{auth.pk}"
