"""Progress at a glance: SVG charts with the same figures as a table, and the measure filters."""

from django import template
from django.utils.translation import gettext as _

from cms.monitoring.charts import percent_text, progress_chart, status_chart
from cms.monitoring.filters import filter_measures

register = template.Library()


@register.inclusion_tag("monitoring/status_summary.html")
def status_summary(summary, id_prefix: str, title: str = "") -> dict:
    """Measures by status and the rolled-up progress of one field of action (or any set)."""
    title = title or _("Measures by status")
    return {
        "summary": summary,
        "chart": status_chart(summary, title) if summary.total else None,
        "progress_text": percent_text(summary.progress),
        "id_prefix": id_prefix,
        "title": title,
    }


@register.inclusion_tag("monitoring/plan_progress.html")
def plan_progress(plan, id_prefix: str = "plan-progress") -> dict:
    """Per field of action and for the whole plan: measures by status and the rolled-up progress."""
    fields = [(field, field.specific.progress_summary()) for field in plan.fields_of_action()]
    overall = plan.progress_summary()
    title = _("Progress per field of action")
    return {
        "rows": [(field, summary, percent_text(summary.progress)) for field, summary in fields],
        "overall": overall,
        "overall_text": percent_text(overall.progress),
        "statuses": overall.status_rows(),
        "chart": progress_chart([(field.title, summary) for field, summary in fields], title)
        if fields
        else None,
        "id_prefix": id_prefix,
        "title": title,
    }


@register.simple_tag(takes_context=True)
def measure_listing(context: template.Context, plan):
    request = context.get("request")
    return filter_measures(plan, request.GET if request is not None else {})


@register.simple_tag
def status_cells(summary) -> list[int]:
    return [count for _key, _label, count in summary.status_rows()]
