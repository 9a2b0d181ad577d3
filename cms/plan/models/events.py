"""Participation events: when they took place, who came, what the groups worked out."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES, DownloadBlock, FigureBlock
from cms.core.models import ContentPageMixin
from cms.plan.blocks import EventDateBlock, EventResultBlock, EventWorkingGroupBlock


class ParticipationEventPage(ContentPageMixin, Page):
    """A public participation event (or a series of them) and its results."""

    motto = models.CharField(_("motto"), max_length=200, blank=True)
    dates = StreamField([("date", EventDateBlock())], verbose_name=_("dates"))
    participant_count = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    participant_count_is_approximate = models.BooleanField(_("number is approximate"), default=False)
    report = RichTextField(_("report"), blank=True, features=RICH_TEXT_FEATURES)
    working_groups = StreamField(
        [("working_group", EventWorkingGroupBlock())], blank=True, verbose_name=_("working groups")
    )
    results = StreamField([("result", EventResultBlock())], blank=True, verbose_name=_("results"))
    pictures = StreamField([("figure", FigureBlock())], blank=True, verbose_name=_("pictures"))
    presentations = StreamField([("download", DownloadBlock())], blank=True, verbose_name=_("presentations"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("motto"),
                FieldPanel("dates"),
                FieldRowPanel(
                    [FieldPanel("participant_count"), FieldPanel("participant_count_is_approximate")]
                ),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("report"),
        FieldPanel("working_groups"),
        FieldPanel("results"),
        FieldPanel("pictures"),
        FieldPanel("presentations"),
    ]
    search_fields = [
        *Page.search_fields,
        *ContentPageMixin.search_fields,
        index.SearchField("report"),
        index.SearchField("results"),
    ]
    api_fields = [
        *ContentPageMixin.api_fields,
        APIField("motto"),
        APIField("dates"),
        APIField("participant_count"),
        APIField("participant_count_is_approximate"),
        APIField("report"),
        APIField("working_groups"),
        APIField("results"),
        APIField("pictures"),
        APIField("presentations"),
    ]
    parent_page_types = ["plan.PlanPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("participation event")
        verbose_name_plural = _("participation events")
