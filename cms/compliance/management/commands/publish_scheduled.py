"""Wagtail's publish_scheduled, except that a revision the gate refuses is logged and skipped.

Wagtail publishes due revisions one after another; a refusal raised in the middle would end the
run. Blocked revisions are held back (their go-live time cleared for the length of the run and
restored afterwards), so the run continues and a held revision goes live on a later run once it
passes, e.g. after a mark or a change of rules.
"""

from __future__ import annotations

import logging

from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from cms.compliance.gate import ComplianceError, enforce

logger = logging.getLogger("cms.compliance")


class Command(WagtailCommand):
    help = "Publish scheduled pages and unpublish expired ones; skip (and log) pages the compliance gate refuses."

    def handle(self, *args, **options) -> None:
        held = self.hold_blocked_revisions()
        try:
            super().handle(*args, **options)
        finally:
            for revision_id, go_live_at in held.items():
                Revision.objects.filter(pk=revision_id).update(approved_go_live_at=go_live_at)

    def hold_blocked_revisions(self) -> dict[int, object]:
        held = {}
        due = Revision.objects.page_revisions().filter(approved_go_live_at__lt=timezone.now())
        for revision in due:
            try:
                enforce(revision)
            except ComplianceError as error:
                title = revision.object_str or revision.content.get("title", "")
                message = (
                    f"Not published (compliance gate): page {revision.object_id} “{title}”: "
                    + "; ".join(error.messages)
                )
                logger.warning(message)
                self.stderr.write(message)
                held[revision.pk] = revision.approved_go_live_at
        Revision.objects.filter(pk__in=held).update(approved_go_live_at=None)
        return held
