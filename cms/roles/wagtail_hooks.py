"""Translators edit snippets only in their own locale (Wagtail's snippet permissions are per model)."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import TranslatableMixin

from .locales import may_edit_locale


def locale_code(instance) -> str | None:
    return instance.locale.language_code if isinstance(instance, TranslatableMixin) else None


# Runs before wagtail-localize's own before_edit_snippet hook, which opens its translation editor.
@hooks.register("before_edit_snippet", order=-100)
def refuse_editing_snippets_of_other_locales(request, instance):
    if isinstance(instance, TranslatableMixin) and not may_edit_locale(request.user, locale_code(instance)):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-100)
def refuse_deleting_snippets_of_other_locales(request, instances):
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and not may_edit_locale(
            request.user, locale_code(instance)
        ):
            raise PermissionDenied


@hooks.register("before_create_snippet", order=-100)
def refuse_creating_snippets_in_other_locales(request, model):
    if issubclass(model, TranslatableMixin) and not may_edit_locale(request.user, request.GET.get("locale")):
        raise PermissionDenied
