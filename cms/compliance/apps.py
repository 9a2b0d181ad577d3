from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# What the rules of a locale are read from (profiles.rules_for keeps them across requests).
RULES_SOURCES = (
    "compliance.ComplianceSettings",
    "compliance.LocaleRules",
    "wagtailcore.Locale",
    "wagtailcore.Site",
)


class ComplianceConfig(AppConfig):
    name = "cms.compliance"
    label = "compliance"
    verbose_name = _("Compliance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The veto sits in PublishPageRevisionAction.check(), the one place every publish path meets.
        from django.conf import settings
        from django.core.signals import setting_changed
        from django.db.models.signals import post_delete, post_save

        from . import gate, guard, panels
        from .models import ComplianceSettings
        from .profiles import rules_changed
        from .tasks import recheck_after_rules_change

        gate.install()
        guard.install()  # pages made live by a plain save()
        panels.install()
        post_save.connect(
            recheck_after_rules_change, sender=ComplianceSettings, dispatch_uid="compliance-recheck"
        )
        # The site's own sources (e.g. its glossary model): COMPLIANCE_RULES_MODELS.
        site_sources = tuple(getattr(settings, "COMPLIANCE_RULES_MODELS", ()))
        for label in (*RULES_SOURCES, *site_sources):
            for signal in (post_save, post_delete):
                signal.connect(rules_changed, sender=label, dispatch_uid=f"compliance-rules-{label}")
        # Stored reports made under the old rules are re-checked (locales and sites change what
        # rules apply only through these rows, so they need no re-check of their own).
        for label in ("compliance.LocaleRules", *site_sources):
            for signal in (post_save, post_delete):
                signal.connect(
                    recheck_after_rules_change, sender=label, dispatch_uid=f"compliance-recheck-{label}"
                )
        setting_changed.connect(forget_rules_on_setting_change, dispatch_uid="compliance-rules-settings")


def forget_rules_on_setting_change(setting: str, **kwargs) -> None:
    """Tests that override COMPLIANCE_* settings (glossary, cache time) get rules read anew."""
    if setting.startswith("COMPLIANCE_"):
        from .profiles import rules_changed

        rules_changed()
