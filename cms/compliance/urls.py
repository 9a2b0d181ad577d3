from django.urls import path

from .reports import ComplianceReportView
from .views import LiveCheckOnCreateView, LiveCheckOnEditView, MarkFindingView, TranslationCheckView

app_name = "compliance"
urlpatterns = [
    path("check/<int:page_id>/", LiveCheckOnEditView.as_view(), name="check_edit"),
    path(
        "check/add/<str:content_type_app_name>/<str:content_type_model_name>/<int:parent_page_id>/",
        LiveCheckOnCreateView.as_view(),
        name="check_create",
    ),
    path("translation/<int:translation_id>/", TranslationCheckView.as_view(), name="check_translation"),
    path("mark/<int:page_id>/", MarkFindingView.as_view(), name="mark"),
    path("report/", ComplianceReportView.as_view(), name="report"),
    path("report/results/", ComplianceReportView.as_view(results_only=True), name="report_results"),
]
