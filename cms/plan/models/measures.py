"""Fields of action and their measures, with status, progress and a timeline."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES, FigureBlock
from cms.core.models import ContentPageMixin
from cms.plan.blocks import GoalBlock, IndicatorBlock, ProgressUpdateBlock
from cms.plan.progress import PRESET_PROGRESS, MeasureStatus, ProgressSummary, rollup
from cms.plan.serializers import SummaryField


class FieldOfActionPage(ContentPageMixin, Page):
    """A field of action (Handlungsfeld) such as work, housing or school, with its goals."""

    goals = StreamField([("goal", GoalBlock())], blank=True, verbose_name=_("goals"))
    figures = StreamField([("figure", FigureBlock())], blank=True, verbose_name=_("pictures"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("goals"), FieldPanel("figures")]
    search_fields = [*Page.search_fields, *ContentPageMixin.search_fields, index.SearchField("goals")]
    api_fields = [
        *ContentPageMixin.api_fields,
        APIField("goals"),
        APIField("figures"),
        APIField("progress", serializer=SummaryField(source="progress_summary")),
    ]
    parent_page_types = ["plan.PlanPage"]
    subpage_types = ["plan.MeasurePage"]

    class Meta:
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")

    def measures(self):
        return MeasurePage.objects.child_of(self).live().specific().select_related("responsible_office")

    def progress_summary(self) -> ProgressSummary:
        return rollup(self.measures())


class MeasurePage(ContentPageMixin, Page):
    """A measure (Maßnahme): who does what until when, how far it has come, and how we know."""

    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    responsible_office = models.ForeignKey(
        "plan.ResponsibleOffice",
        verbose_name=_("responsible office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="measures",
    )
    partners = StreamField(
        [("partner", blocks.CharBlock(label=_("partner")))], blank=True, verbose_name=_("partners")
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MeasureStatus.choices, default=MeasureStatus.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress in per cent"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Leave empty to use the figure the status presets."),
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, help_text=_("How much this measure counts in the roll-up of its field.")
    )
    indicators = StreamField([("indicator", IndicatorBlock())], blank=True, verbose_name=_("indicators"))
    timeline = StreamField(
        [("update", ProgressUpdateBlock())], blank=True, verbose_name=_("progress updates")
    )
    is_example = models.BooleanField(
        _("example"),
        default=False,
        help_text=_("Demo measure drawn from the participation events' results, not from the plan."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("responsible_office"),
                FieldPanel("partners"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Responsibility and period"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("status"), FieldPanel("progress"), FieldPanel("weight")])],
            heading=_("Status"),
        ),
        FieldPanel("indicators"),
        FieldPanel("timeline"),
        FieldPanel("is_example"),
    ]
    search_fields = [
        *Page.search_fields,
        *ContentPageMixin.search_fields,
        index.SearchField("description"),
        index.FilterField("status"),
        index.FilterField("responsible_office"),
    ]
    api_fields = [
        *ContentPageMixin.api_fields,
        APIField("description"),
        APIField("responsible_office", serializer=SummaryField()),
        APIField("partners"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("status_label"),
        APIField("progress"),
        APIField("effective_progress"),
        APIField("weight"),
        APIField("indicators"),
        APIField("timeline"),
        APIField("is_example"),
    ]
    parent_page_types = ["plan.FieldOfActionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot be before the start.")})

    @property
    def status_label(self) -> str:
        return str(self.get_status_display())

    @property
    def effective_progress(self) -> int:
        """The editor's figure, or the one the status presets."""
        return self.progress if self.progress is not None else PRESET_PROGRESS[self.status]

    def timeline_entries(self) -> list:
        """Progress updates, newest first."""
        return sorted((block.value for block in self.timeline), key=lambda value: value["date"], reverse=True)
