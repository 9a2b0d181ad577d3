from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "cms.security"
    label = "security"
    verbose_name = _("Security")

    def ready(self) -> None:
        from .wagtail_nonce import add_nonce_to_chooser_scripts

        add_nonce_to_chooser_scripts()
