"""What the gate stores: one report per revision, test readings, "checked, fine" marks, settings.

Reports are keyed by revision so the admin, the reports and the API read results back instead of
re-running the checkers. The summary columns (score, passed, errors, warnings, test_reading_done)
are plain columns so listings and the API can filter and sort on them without parsing JSON;
``passed`` means what the gate means: publishable, a required test reading included.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from checkreport import Report


class ComplianceReport(models.Model):
    """The combined plain-language and accessibility report of one page revision."""

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="compliance_report"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="compliance_reports")
    language_code = models.CharField(_("language"), max_length=20, db_index=True)
    content_hash = models.CharField(max_length=64, db_index=True)
    # Which settings produced the stored severities; a change of rules makes the report stale.
    rules_fingerprint = models.CharField(max_length=64)
    data = models.JSONField(default=dict)
    score = models.FloatField(_("score"), null=True)
    threshold = models.FloatField(_("threshold"), null=True)
    passed = models.BooleanField(_("passed"), default=False, db_index=True)
    errors = models.PositiveIntegerField(_("errors"), default=0)
    warnings = models.PositiveIntegerField(_("warnings"), default=0)
    test_reading_required = models.BooleanField(default=False)
    test_reading_done = models.BooleanField(_("test reading done"), default=False)
    checker_failed = models.BooleanField(default=False)
    checked_at = models.DateTimeField(_("last check"), auto_now=True)

    class Meta:
        verbose_name = _("compliance report")
        verbose_name_plural = _("compliance reports")
        permissions = [
            ("publish_despite_findings", _("Can publish despite findings")),
            ("mark_findings_fine", _("Can mark findings as checked and fine")),
        ]

    def __str__(self) -> str:
        return f"{self.page_id}@{self.revision_id}: {self.score}"

    @property
    def report(self) -> Report:
        return Report.from_dict(self.data["report"])

    @property
    def publishable(self) -> bool:
        # ``passed`` is the gate's answer, a required test reading included
        return self.passed


class FindingMark(models.Model):
    """A finding an authorised user checked and found fine; it stops blocking while its text is unchanged."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="compliance_marks")
    rule = models.CharField(_("rule"), max_length=100)
    excerpt = models.TextField(_("excerpt"))
    # Hash of the text unit the finding was found in: edit that text and the mark no longer applies.
    text_hash = models.CharField(max_length=64)
    field = models.CharField(_("field"), max_length=255, blank=True)
    reason = models.TextField(_("reason"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("finding marked as fine")
        verbose_name_plural = _("findings marked as fine")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "rule", "excerpt", "text_hash"], name="unique_finding_mark"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rule}: {self.excerpt[:40]}"


class TestReading(models.Model):
    """A check by test readers from the target group (DIN SPEC 33429), tied to the content it read."""

    class Result(models.TextChoices):
        PASSED = "passed", _("understood, passed")
        FAILED = "failed", _("not understood, needs changes")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="test_readings")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    content_hash = models.CharField(max_length=64, db_index=True)
    readers = models.CharField(_("test readers"), max_length=255)
    read_on = models.DateField(_("date of the test reading"))
    result = models.CharField(_("result"), max_length=10, choices=Result.choices)
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("test reading")
        verbose_name_plural = _("test readings")
        ordering = ["-read_on", "-recorded_at"]

    def __str__(self) -> str:
        return f"{self.readers} ({self.read_on}): {self.get_result_display()}"

    def clean(self) -> None:
        from .profiles import rules_for

        # A test reading is the target group's check of Leichte Sprache; recording one for a page
        # whose locale does not ask for it would put a false "geprüft" note on it.
        if self.page_id and not rules_for(self.page).require_test_reading:
            raise ValidationError(
                {"page": _("Test readings are recorded only for pages whose language variant requires one.")}
            )


@register_setting(icon="glasses")
class ComplianceSettings(ClusterableModel, BaseSiteSetting):
    """Per-locale rules of the gate. A locale without a row uses the documented defaults (profiles.py)."""

    panels = [InlinePanel("locale_rules", label=_("Rules per language"))]

    class Meta:
        verbose_name = _("Compliance rules")


class LocaleRules(Orderable):
    settings = ParentalKey(ComplianceSettings, on_delete=models.CASCADE, related_name="locale_rules")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    threshold = models.FloatField(
        _("minimum score (0–20)"),
        null=True,
        blank=True,
        help_text=_("Empty: the language profile's own threshold."),
    )
    error_rules = models.TextField(
        _("rules that block (errors)"), blank=True, help_text=_("Rule ids, one per line or comma-separated.")
    )
    warning_rules = models.TextField(_("rules that only warn"), blank=True)
    off_rules = models.TextField(_("rules switched off"), blank=True)
    # Empty means the language's default, so a row added only to change a threshold keeps the
    # test reading DIN SPEC 33429 asks for in Leichte Sprache.
    require_test_reading = models.BooleanField(
        _("require a test reading before publishing"),
        null=True,
        blank=True,
        default=None,
        choices=[(None, _("language default")), (True, _("yes")), (False, _("no"))],
        help_text=_("Language default: Leichte Sprache (de-x-ls) requires one, other languages do not."),
    )

    panels = [
        FieldPanel("locale"),
        FieldPanel("threshold"),
        FieldPanel("error_rules"),
        FieldPanel("warning_rules"),
        FieldPanel("off_rules"),
        FieldPanel("require_test_reading"),
    ]

    class Meta:
        verbose_name = _("rules for one language")
        constraints = [models.UniqueConstraint(fields=["settings", "locale"], name="unique_locale_rules")]

    def __str__(self) -> str:
        return str(self.locale)

    def clean(self) -> None:
        from .profiles import known_rule_ids, parse_rule_ids

        known = known_rule_ids()
        errors = {}
        for column in ("error_rules", "warning_rules", "off_rules"):
            unknown = [rule for rule in parse_rule_ids(getattr(self, column)) if rule not in known]
            if unknown:
                errors[column] = _("Unknown rule ids: %(ids)s") % {"ids": ", ".join(unknown)}
        if errors:
            raise ValidationError(errors)
