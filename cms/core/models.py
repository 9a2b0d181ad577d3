"""Site-wide pages and the behaviour every content page shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import BodyStreamBlock

INTRO_FEATURES = ["bold", "italic", "link", "document-link"]


class ContentPageMixin(models.Model):
    """A short summary shown first on the page and in the API; every content page has one.

    An abstract mixin rather than a swapped base Page model: wagtail-localize does not support
    Wagtail 8's swappable Page.
    """

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    search_fields = [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True


class HomePage(ContentPageMixin, Page):
    """The start page of one language tree."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + ContentPageMixin.search_fields + [index.SearchField("body")]
    api_fields = [*ContentPageMixin.api_fields, APIField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["core.ContentPage", "plan.PlanPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ContentPage(ContentPageMixin, Page):
    """A generic page: news, an accessibility statement, anything without its own structure."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + ContentPageMixin.search_fields + [index.SearchField("body")]
    api_fields = [*ContentPageMixin.api_fields, APIField("body")]
    parent_page_types = ["core.HomePage", "core.ContentPage", "plan.PlanPage"]
    subpage_types = ["core.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
