"""Admin views for checker tokens: create shows the token once, delete means revoke."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import CheckerToken


class TokenCreateView(generic.CreateView):
    def save_instance(self) -> CheckerToken:
        token, self.plaintext = CheckerToken.issue(self.form.cleaned_data["name"])
        return token

    def save_action(self) -> HttpResponse:
        # Rendered, never redirected: the plaintext must not travel through a session message.
        context = self.get_context_data(form=self.form, token=self.object, plaintext=self.plaintext)
        context["page_subtitle"] = self.object.name
        return TemplateResponse(self.request, "checker_api/token_created.html", context)


class TokenRevokeView(generic.DeleteView):
    template_name = "checker_api/confirm_revoke.html"
    page_title = _("Revoke token")
    success_message = _("Token “%(object)s” revoked.")
    confirmation_message = _("Revoke this token? Clients that use it get “401 Unauthorized” at once.")

    def get_queryset(self):  # a revoked token cannot be revoked again
        return super().get_queryset().filter(revoked_at__isnull=True)

    def delete_action(self) -> None:
        self.object.revoke()


class CheckerTokenViewSet(ModelViewSet):
    model = CheckerToken
    icon = "key"
    menu_label = _("Checker tokens")
    add_to_settings_menu = True
    form_fields = ["name"]
    list_display = ["name", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = []
    search_fields = ["name"]
    copy_view_enabled = False
    add_view_class = TokenCreateView
    delete_view_class = TokenRevokeView
