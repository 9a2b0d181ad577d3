"""The plan itself and the pages that explain it: principles, FAQ, events, downloads."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES, DownloadBlock, FaqBlock, FigureBlock, HeadingBlock
from cms.core.models import ContentPageMixin
from cms.plan.blocks import GoalBlock, PlanSectionBlock, PrincipleBlock, working_group_chooser
from cms.plan.models.measures import FieldOfActionPage, MeasurePage
from cms.plan.progress import ProgressSummary, rollup
from cms.plan.serializers import SummaryField

BASE_SEARCH_FIELDS = Page.search_fields + ContentPageMixin.search_fields


class PlanPage(ContentPageMixin, Page):
    """The action plan: its facts (validity, adoption, binding force), goals, and how to get it."""

    valid_from = models.PositiveSmallIntegerField(_("valid from (year)"))
    valid_until = models.PositiveSmallIntegerField(_("valid until (year)"))
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    adopted_by = models.CharField(_("adopted by"), max_length=200, blank=True)
    is_binding = models.BooleanField(_("binding"), default=False)
    binding_note = models.TextField(_("binding force"), blank=True)
    audiences = StreamField(
        [("audience", blocks.CharBlock(label=_("audience")))], blank=True, verbose_name=_("audiences")
    )
    authors = RichTextField(_("authors"), blank=True, features=RICH_TEXT_FEATURES)
    goals = StreamField([("goal", GoalBlock())], blank=True, verbose_name=_("overarching goals"))
    body = StreamField(PlanSectionBlock(), blank=True, verbose_name=_("sections"))
    coordination_group = models.ForeignKey(
        "plan.CoordinationGroup",
        verbose_name=_("coordination group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    working_groups = StreamField(
        [("working_group", working_group_chooser())], blank=True, verbose_name=_("working groups")
    )
    contact_email = models.EmailField(_("e-mail address for orders and questions"), blank=True)
    ordering = RichTextField(_("ordering"), blank=True, features=RICH_TEXT_FEATURES)
    downloads = StreamField([("download", DownloadBlock())], blank=True, verbose_name=_("downloads"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("adopted_by")]),
                FieldPanel("is_binding"),
                FieldPanel("binding_note"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("audiences"),
        FieldPanel("authors"),
        FieldPanel("goals"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("coordination_group"), FieldPanel("working_groups")], heading=_("Implementation")
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("ordering"), FieldPanel("downloads")],
            heading=_("Ordering and downloads"),
        ),
    ]
    search_fields = [*BASE_SEARCH_FIELDS, index.SearchField("goals"), index.SearchField("body")]
    api_fields = [
        *ContentPageMixin.api_fields,
        APIField("valid_from"),
        APIField("valid_until"),
        APIField("adopted_on"),
        APIField("adopted_by"),
        APIField("is_binding"),
        APIField("binding_note"),
        APIField("audiences"),
        APIField("authors"),
        APIField("goals"),
        APIField("body"),
        APIField("coordination_group", serializer=SummaryField()),
        APIField("working_groups"),
        APIField("contact_email"),
        APIField("ordering"),
        APIField("downloads"),
        APIField("progress", serializer=SummaryField(source="progress_summary")),
    ]
    parent_page_types = ["core.HomePage"]
    subpage_types = [
        "plan.FieldOfActionPage",
        "plan.PrinciplesPage",
        "plan.FaqPage",
        "plan.ParticipationEventPage",
        "plan.DownloadsPage",
        "core.ContentPage",
    ]

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def clean(self) -> None:
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The plan cannot end before it starts.")})

    @property
    def validity(self) -> str:
        return f"{self.valid_from}–{self.valid_until}"

    def fields_of_action(self):
        return FieldOfActionPage.objects.child_of(self).live().specific()

    def other_pages(self):
        """Child pages other than the fields of action (FAQ, principles, events, downloads)."""
        return self.get_children().live().not_type(FieldOfActionPage).specific()

    def measures(self):
        return MeasurePage.objects.descendant_of(self).live().specific()

    def progress_summary(self) -> ProgressSummary:
        return rollup(self.measures())


class PrinciplesPage(ContentPageMixin, Page):
    """The plan's rules (guidelines) for integration."""

    principles = StreamField([("principle", PrincipleBlock())], blank=True, verbose_name=_("principles"))
    figures = StreamField(
        [("figure", FigureBlock()), ("download", DownloadBlock())], blank=True, verbose_name=_("pictures")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("principles"),
        FieldPanel("figures"),
    ]
    search_fields = [*BASE_SEARCH_FIELDS, index.SearchField("principles")]
    api_fields = [*ContentPageMixin.api_fields, APIField("principles"), APIField("figures")]
    parent_page_types = ["plan.PlanPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("principles")
        verbose_name_plural = _("principles pages")


class FaqPage(ContentPageMixin, Page):
    """Questions and answers about the plan."""

    questions = StreamField(
        [("heading", HeadingBlock()), ("faq", FaqBlock())], blank=True, verbose_name=_("questions")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    search_fields = [*BASE_SEARCH_FIELDS, index.SearchField("questions")]
    api_fields = [*ContentPageMixin.api_fields, APIField("questions")]
    parent_page_types = ["plan.PlanPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("FAQ page")
        verbose_name_plural = _("FAQ pages")


class DownloadsPage(ContentPageMixin, Page):
    """Every file of the plan, grouped, with how to order printed copies."""

    sections = StreamField(
        [("heading", HeadingBlock()), ("download", DownloadBlock())], blank=True, verbose_name=_("downloads")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("sections")]
    search_fields = [*BASE_SEARCH_FIELDS, index.SearchField("sections")]
    api_fields = [*ContentPageMixin.api_fields, APIField("sections")]
    parent_page_types = ["plan.PlanPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("downloads page")
        verbose_name_plural = _("downloads pages")
