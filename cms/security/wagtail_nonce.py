"""Give the inline scripts that Wagtail writes from Python the response's CSP nonce.

Wagtail's chooser widgets (page, image, document, snippet, task choosers outside StreamField)
append ``<script>…init…</script>`` to their HTML in ``BaseChooser.render``. Without the nonce the
admin's CSP would block them and the choosers would not work. Templates with inline scripts are
overridden in ``cms/security/templates`` instead; ``tests/security/test_headers.py`` fails when
an upgrade adds an inline script anywhere else.
"""

from __future__ import annotations

from functools import wraps

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import nonce

CHOOSER_SCRIPT = "<script>"


def add_nonce_to_chooser_scripts() -> None:
    from wagtail.admin.widgets.chooser import BaseChooser

    if getattr(BaseChooser.render, "adds_csp_nonce", False):
        return
    original_render = BaseChooser.render

    @wraps(original_render)
    def render(self, *args, **kwargs):
        html = str(original_render(self, *args, **kwargs))
        # Only the script Wagtail appended last; the widget markup before it is escaped.
        head, script, tail = html.rpartition(CHOOSER_SCRIPT)
        if not script or not nonce.current.get():
            return mark_safe(html)  # unchanged output of Wagtail's render()
        return mark_safe(f'{head}<script nonce="{escape(nonce.current.get())}">{tail}')

    render.adds_csp_nonce = True
    BaseChooser.render = render
