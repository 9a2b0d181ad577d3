"""Wagtail's publish_scheduled, except that a revision the gate refuses is logged and skipped.

Wagtail publishes due revisions one after another, and a refusal raised in the middle would end
the run. This loop is Wagtail's, with each publish on its own: a refused revision is logged and
left exactly as it is (still scheduled), so it goes live on a later run once it passes, e.g. after
a mark or a change of rules. Nothing is written to hold it back, so a run that is killed or
overlaps another cannot lose a schedule.
"""

from __future__ import annotations

import logging

from django.apps import apps
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import DraftStateMixin, Page, PageLogEntry, Revision

from cms.compliance.gate import BLOCKED_ACTION, ComplianceError, blocking_data

logger = logging.getLogger("cms.compliance")


class Command(WagtailCommand):
    help = "Publish scheduled pages and unpublish expired ones; skip (and log) pages the compliance gate refuses."

    def handle(self, *args, **options) -> None:
        if options["dryrun"]:
            super().handle(*args, **options)
            return
        self.unpublish_expired()
        self.publish_due()

    def unpublish_expired(self) -> None:
        models = [Page] + [
            model
            for model in apps.get_models()
            if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
        ]
        for model in models:
            for obj in list(
                model.objects.filter(live=True, expire_at__lt=timezone.now()).order_by("expire_at")
            ):
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")

    def publish_due(self) -> None:
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at")
        for revision in due:
            title = revision.object_str or revision.content.get("title", "")
            where = f"{revision.content_type.model} {revision.object_id} “{title}”"
            try:
                revision.publish(log_action="wagtail.publish.scheduled")
            except ComplianceError as error:
                message = f"Not published (compliance gate): {where}: " + "; ".join(error.messages)
                logger.warning(message)
                self.stderr.write(message)
                record_scheduled_refusal(revision, error)
            except Exception:  # one broken revision must not keep the others from going live
                logger.exception("Not published (error): %s", where)
                self.stderr.write(f"Not published (error, see the log): {where}")


def record_scheduled_refusal(revision: Revision, error: ComplianceError) -> None:
    """Once per revision, in the page's history: the editors see why it did not go live on time."""
    if PageLogEntry.objects.filter(
        page_id=revision.object_id, revision_id=revision.pk, action=BLOCKED_ACTION
    ).exists():
        return
    log(
        instance=error.page,
        action=BLOCKED_ACTION,
        revision=revision,
        data=blocking_data(error.assessment),
    )
