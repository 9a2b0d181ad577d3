"""Site-wide pages and the behaviour every content page shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

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

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = Page.search_fields + ContentPageMixin.search_fields
    api_fields = ContentPageMixin.api_fields

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
