from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    """The plan's progress at a glance: charts, tables and filters over the measures."""

    name = "cms.monitoring"
    label = "monitoring"
    verbose_name = _("Progress")
