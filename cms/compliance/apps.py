from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "cms.compliance"
    label = "compliance"
    verbose_name = _("Compliance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The veto sits in PublishPageRevisionAction.check(), the one place every publish path meets.
        from . import gate, panels

        gate.install()
        panels.install()
