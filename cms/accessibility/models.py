"""The accessibility statement with its feedback form, and the site guide (Leichte Sprache, DGS)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import KnownBarrierBlock, SiteGuideStreamBlock
from .glossary import GlossaryTerm  # noqa: F401  (registers the model with the app)
from .spam import SpamProtectedFormBuilder

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ul", "ol"]


class ConformanceStatus(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class FeedbackFormField(AbstractFormField):
    page = ParentalKey("AccessibilityStatementPage", on_delete=models.CASCADE, related_name="form_fields")


class AccessibilityStatementPage(AbstractEmailForm):
    """Erklärung zur Barrierefreiheit (BITV 2.0 § 7) with a feedback form for reporting barriers.

    The sections follow the EU model statement: status, non-accessible content, how the statement
    was prepared, feedback and contact, enforcement (Schlichtungsverfahren). Submissions are stored
    as Wagtail form submissions and listed in the admin.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    scope = models.CharField(
        _("scope"),
        max_length=255,
        help_text=_("Which site this statement covers, e.g. the address of the site."),
    )
    conformance_status = models.CharField(
        _("status of compliance"), max_length=10, choices=ConformanceStatus.choices
    )
    conformance_details = RichTextField(_("details on the status"), blank=True, features=TEXT_FEATURES)
    known_barriers = StreamField(
        [("barrier", KnownBarrierBlock())], verbose_name=_("content that is not accessible"), blank=True
    )
    prepared_on = models.DateField(_("statement prepared on"))
    last_reviewed_on = models.DateField(_("statement last reviewed on"))
    preparation_method = RichTextField(
        _("how the statement was prepared"), features=TEXT_FEATURES, help_text=_("Self-assessment or test.")
    )
    feedback_intro = RichTextField(_("feedback and contact"), features=TEXT_FEATURES)
    contact = RichTextField(_("contact details"), features=TEXT_FEATURES)
    enforcement = RichTextField(_("enforcement procedure"), features=TEXT_FEATURES)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=TEXT_FEATURES)

    form_builder = SpamProtectedFormBuilder

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("scope"),
        MultiFieldPanel(
            [FieldPanel("conformance_status"), FieldPanel("conformance_details")],
            heading=_("Status of compliance"),
        ),
        FieldPanel("known_barriers"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("last_reviewed_on")]),
                FieldPanel("preparation_method"),
            ],
            heading=_("Preparation of the statement"),
        ),
        FieldPanel("feedback_intro"),
        FieldPanel("contact"),
        InlinePanel("form_fields", label=_("Feedback form fields")),
        FieldPanel("thank_you_text"),
        FieldPanel("enforcement"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]), FieldPanel("subject")],
            heading=_("E-mail on new feedback"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("conformance_details"),
        index.SearchField("feedback_intro"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("scope"),
        APIField("conformance_status"),
        APIField("conformance_details"),
        APIField("known_barriers"),
        APIField("prepared_on"),
        APIField("last_reviewed_on"),
        APIField("preparation_method"),
        APIField("feedback_intro"),
        APIField("contact"),
        APIField("enforcement"),
    ]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")


class SiteGuidePage(Page):
    """Explanations of the site's content and navigation, in Leichte Sprache and in DGS (BITV 2.0 § 4)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    body = StreamField(SiteGuideStreamBlock(), verbose_name=_("explanations"), blank=True)
    teaser = RichTextField(
        _("teaser on the start page"),
        blank=True,
        features=["bold", "link"],
        help_text=_("One or two short sentences shown on the start page with a link here."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("teaser"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("teaser"), APIField("body")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("site guide (Leichte Sprache, sign language)")
        verbose_name_plural = _("site guides")

    @property
    def sign_language_videos(self) -> list[blocks.StructValue]:
        return [block.value for block in self.body if block.block_type == "sign_language_video"]
