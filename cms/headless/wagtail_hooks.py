from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from .links import BulkPageLinkHandler
from .preview_views import issue_preview_link


@hooks.register("register_admin_urls")
def register_preview_link_url():
    return [path("headless/preview/<int:page_id>/", issue_preview_link, name="headless_preview_link")]


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def preview_link_button(page, user, view_name=None, next_url=None):
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Headless preview"),
            reverse("headless_preview_link", args=[page.pk]),
            icon_name="link-external",
            attrs={"target": "_blank", "rel": "noopener"},
            priority=45,
        )


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own page link handler
def register_bulk_page_links(features) -> None:
    features.register_link_type(BulkPageLinkHandler)
