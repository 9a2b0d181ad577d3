"""The action plan's content model, one module per concern."""

from cms.plan.models.documents import DocumentKind, DocumentLanguage, PlanDocument
from cms.plan.models.events import ParticipationEventPage
from cms.plan.models.measures import FieldOfActionPage, MeasurePage
from cms.plan.models.plan import DownloadsPage, FaqPage, PlanPage, PrinciplesPage
from cms.plan.models.snippets import CoordinationGroup, ResponsibleOffice, WorkingGroup

__all__ = [
    "CoordinationGroup",
    "DocumentKind",
    "DocumentLanguage",
    "DownloadsPage",
    "FaqPage",
    "FieldOfActionPage",
    "MeasurePage",
    "ParticipationEventPage",
    "PlanDocument",
    "PlanPage",
    "PrinciplesPage",
    "ResponsibleOffice",
    "WorkingGroup",
]
