"""The publish veto, in the one place every regular publish path meets.

Every way Wagtail publishes a page revision (editor, create, bulk action, workflow approval,
scheduled publishing, admin API, API v3, wagtail-localize publish and sync, ``revision.publish()``
in code) ends in ``PublishPageRevisionAction.execute()``, which calls ``check()`` before it writes
anything, even with ``skip_permission_checks=True``. The gate extends that ``check()``: a
subclass registered in the action registry would miss ``Page.publish()`` and the edit view, which
import the class directly. Copying with "publish copies" makes the copy live without that action,
so ``CopyPageAction.check()`` gets the same veto. The veto raises ``ComplianceError``, a
``ValidationError`` in dict form ({field: [messages]}) as wagtail-localize and the APIs expect;
hooks and a middleware turn it into an editor message (see hooks.py, middleware.py).
"""

from __future__ import annotations

import logging
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import Page, PageLogEntry, Revision

from .explain import error_dict
from .store import Assessment, assess, assess_page, check_revision

logger = logging.getLogger(__name__)

OVERRIDE_ACTION = "compliance.override"
BLOCKED_ACTION = "compliance.blocked"
# Set by the middleware so a refusal deep inside a view can still tell the editor why.
refusal_listeners: ContextVar[list | None] = ContextVar("compliance_refusal_listeners", default=None)


class ComplianceError(ValidationError):
    """Publishing refused: the revision breaks rules of its language variant."""

    def __init__(self, assessment: Assessment, page: Page):
        self.assessment = assessment
        self.page = page
        super().__init__(error_dict(assessment, page))


def assessment_for(revision: Revision) -> Assessment:
    return assess(check_revision(revision))


def overridden(revision: Revision) -> bool:
    return PageLogEntry.objects.filter(
        page_id=revision.object_id, revision_id=revision.pk, action=OVERRIDE_ACTION
    ).exists()


def enforce(revision: Revision, page: Page | None = None) -> Assessment:
    """Raise ComplianceError unless the revision may go live; return the assessment otherwise."""
    assessment = assessment_for(revision)
    if assessment.publishable or overridden(revision):
        return assessment
    refuse(assessment, page or revision.as_object())


def enforce_page(page: Page) -> Assessment:
    """The veto for a page that has no revision yet (e.g. the source of a copy): check it as it is."""
    assessment = assess_page(page)
    if assessment.publishable:
        return assessment
    refuse(assessment, page)


def refuse(assessment: Assessment, page: Page) -> None:
    logger.info("publish of page %s refused by the compliance gate", page.pk)
    error = ComplianceError(assessment, page)
    for listener in refusal_listeners.get() or []:
        listener(error)
    raise error


def _publish_check(original):
    def check(self: PublishPageRevisionAction, skip_permission_checks: bool = False):
        original(self, skip_permission_checks=skip_permission_checks)
        enforce(self.revision, self.object)

    check.__wrapped__ = original
    return check


def _copy_check(original):
    def check(self: CopyPageAction, skip_permission_checks: bool = False):
        original(self, skip_permission_checks=skip_permission_checks)
        if self.keep_live:
            for page in pages_made_live_by_copy(self.page, self.recursive):
                revisions = revisions_made_live_by_copy(page)
                for revision in revisions:
                    enforce(revision, page.specific)
                if not revisions:
                    enforce_page(page.specific)

    check.__wrapped__ = original
    return check


def pages_made_live_by_copy(page: Page, recursive: bool) -> list[Page]:
    """A copy with "publish copies" is live wherever its source is live; the live content is copied."""
    pages = list(page.get_descendants(inclusive=True).live()) if recursive else [page] if page.live else []
    return pages


def revisions_made_live_by_copy(page: Page) -> list[Revision]:
    """The copy serves the source's live content but records its latest revision as live: check both.
    None for a page without revisions: then the page itself is checked (a check never saves one)."""
    revisions = {page.live_revision, page.latest_revision} - {None}
    return sorted(revisions, key=lambda revision: revision.pk)


def install() -> None:
    """Extend the actions' check() once per process (idempotent for test runners that reload apps)."""
    for action, wrapper in ((PublishPageRevisionAction, _publish_check), (CopyPageAction, _copy_check)):
        if not getattr(action.check, "compliance_gate", False):
            action.check = wrapper(action.check)
            action.check.compliance_gate = True
