"""The current response's CSP nonce, readable where no request is in the template context.

Form widgets are rendered by Django's form renderer without the request; the few trusted inline
scripts in Wagtail's widget templates get their nonce from here.
"""

from contextvars import ContextVar

current: ContextVar[str] = ContextVar("csp_nonce", default="")
