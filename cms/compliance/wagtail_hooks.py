"""Registration only; the behaviour lives in gate.py, hooks.py, views.py, panels.py, reports.py."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import hooks as handlers
from . import logs, urls
from .reports import CompliancePanel
from .viewsets import test_reading_viewset

hooks.register("before_publish_page", handlers.before_publish_page)
hooks.register("before_bulk_action", handlers.before_bulk_action)
hooks.register("before_copy_page", handlers.before_copy_page)
hooks.register("register_log_actions", logs.register)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("compliance/", include(urls, namespace="compliance"))]


@hooks.register("register_admin_viewset")
def register_test_reading_viewset():
    return test_reading_viewset


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Comprehensibility and accessibility"), reverse("compliance:report"), icon_name="tasks", order=650
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panel(request, panels):
    panels.append(CompliancePanel())


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(
        content_type__app_label="compliance",
        codename__in=[
            "publish_despite_findings",
            "mark_findings_fine",
            "add_testreading",
            "change_testreading",
        ],
    )
