"""Documents that say what they are: language variant, accessibility, kind."""

from pathlib import PurePosixPath

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index


class DocumentLanguage(models.TextChoices):
    GERMAN = "de", "Deutsch"
    ENGLISH = "en", "English"
    EASY_GERMAN = "de-x-ls", "Leichte Sprache"
    PLAIN_GERMAN = "de-x-es", _("plain German (einfache Sprache)")
    OTHER = "other", _("other / several")


class DocumentKind(models.TextChoices):
    BROCHURE = "brochure", _("brochure")
    PICTURE = "picture", _("picture")
    PRESENTATION = "presentation", _("presentation")
    WORKING_PAPER = "working_paper", _("working paper")
    OTHER = "other", _("other")


class PlanDocument(AbstractDocument):
    """A file of the plan. Readers learn before they click whether they can read it."""

    language = models.CharField(
        _("language variant"),
        max_length=10,
        choices=DocumentLanguage.choices,
        default=DocumentLanguage.GERMAN,
    )
    accessible = models.BooleanField(
        _("accessible"),
        default=False,
        help_text=_("Only tick this when the file is tagged, titled and has its language set (PDF/UA)."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.OTHER
    )

    admin_form_fields = (*Document.admin_form_fields, "language", "accessible", "kind")
    search_fields = [
        *AbstractDocument.search_fields,
        index.FilterField("language"),
        index.FilterField("kind"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def file_type(self) -> str:
        return PurePosixPath(self.file.name).suffix.lstrip(".").upper()

    def api_summary(self) -> dict:
        return {
            "id": self.pk,
            "title": self.title,
            "url": self.url,
            "file_type": self.file_type,
            "file_size": self.get_file_size(),
            "language": self.language,
            "accessible": self.accessible,
            "kind": self.kind,
        }
