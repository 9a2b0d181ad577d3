"""Which locales' translatable snippets a user may edit, from the roles of their groups.

Wagtail's snippet permissions are per model, not per locale; without this a translator with
"change working group" could edit the German original too.
"""

from __future__ import annotations

from django.conf import settings

from .definitions import ALL, ROLES_BY_NAME


def snippet_locales_for(user) -> set[str] | None:
    """The locale codes the user may edit; None when no managed role limits them."""
    if user.is_superuser:
        return None
    roles = [
        ROLES_BY_NAME[name] for name in user.groups.values_list("name", flat=True) if name in ROLES_BY_NAME
    ]
    if not roles:
        return None
    codes = {code for role in roles for code in role.snippet_locales}
    return None if ALL in codes else codes


def may_edit_locale(user, language_code: str | None) -> bool:
    allowed = snippet_locales_for(user)
    return allowed is None or (language_code or settings.LANGUAGE_CODE) in allowed
