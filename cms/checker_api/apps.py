from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckerApiConfig(AppConfig):
    name = "cms.checker_api"
    label = "checker_api"
    verbose_name = _("Checker service")
    default_auto_field = "django.db.models.BigAutoField"
