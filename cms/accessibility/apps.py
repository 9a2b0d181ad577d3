from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    """What the law asks of a public body's site: statement, feedback, Leichte Sprache, DGS."""

    name = "cms.accessibility"
    label = "accessibility"
    verbose_name = _("Accessibility")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.core import site_data

        from .models import AccessibilityStatementPage, SiteGuidePage

        # every page's footer links to these (see templatetags/accessibility_tags.py)
        site_data.watch(AccessibilityStatementPage, SiteGuidePage)
