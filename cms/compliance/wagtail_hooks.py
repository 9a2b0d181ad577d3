"""Registration only; the behaviour lives in gate.py, hooks.py, views.py, panels.py, reports.py."""

from django.contrib.auth.models import Permission
from wagtail import hooks

from . import hooks as handlers
from . import logs

hooks.register("before_publish_page", handlers.before_publish_page)
hooks.register("before_bulk_action", handlers.before_bulk_action)
hooks.register("before_copy_page", handlers.before_copy_page)
hooks.register("register_log_actions", logs.register)


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(
        content_type__app_label="compliance",
        codename__in=[
            "publish_despite_findings",
            "mark_findings_fine",
            "record_test_reading",
        ],
    )
