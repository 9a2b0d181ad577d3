from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "cms.compliance"
    label = "compliance"
    verbose_name = _("Compliance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The veto sits in PublishPageRevisionAction.check(), the one place every publish path meets.
        from django.db.models.signals import post_save

        from . import gate, guard, panels
        from .models import ComplianceSettings
        from .tasks import recheck_after_rules_change

        gate.install()
        guard.install()  # pages made live by a plain save()
        panels.install()
        post_save.connect(
            recheck_after_rules_change, sender=ComplianceSettings, dispatch_uid="compliance-recheck"
        )
