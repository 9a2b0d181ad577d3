"""Admin for the plan's snippets: one menu group "Aktionsplan"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.plan.models import CoordinationGroup, ResponsibleOffice, WorkingGroup


class ResponsibleOfficeViewSet(SnippetViewSet):
    model = ResponsibleOffice
    icon = "home"
    list_display = ["name", "email"]
    search_fields = ["name"]


class WorkingGroupViewSet(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    list_display = ["name", "topic"]


class CoordinationGroupViewSet(SnippetViewSet):
    model = CoordinationGroup
    icon = "group"


class PlanSnippetGroup(SnippetViewSetGroup):
    menu_label = _("Action plan")
    menu_icon = "list-ul"
    menu_name = "action-plan"
    items = (ResponsibleOfficeViewSet, WorkingGroupViewSet, CoordinationGroupViewSet)


register_snippet(PlanSnippetGroup)
