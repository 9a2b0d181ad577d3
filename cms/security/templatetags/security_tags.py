from django import template

from cms.security import nonce

register = template.Library()


@register.simple_tag
def csp_nonce() -> str:
    """The nonce for a trusted inline <script> in our own or overridden Wagtail templates."""
    return nonce.current.get()
