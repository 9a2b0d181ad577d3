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

Where no admin hook has asked for the verdict before (a publish in code, the APIs, wagtail-localize,
scheduled publishing), ``check()`` starts the checks and the verdict is given at the page's save
(``DeferredVerdict``): the check worker checks the rendered page while Wagtail's own steps run, in a
transaction that a refusal takes back.

Both actions run with ``in_gated_action`` set, so the save guard (guard.py) knows that a page made
live inside them has been vetted. ``override(user, reason)`` publishes despite findings in code,
for users with the permission, and logs it like the editor's override.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.utils import timezone
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision

from .explain import error_dict
from .models import ComplianceReport
from .profiles import request_memo
from .store import Assessment, assess_page, revision_assessment, start_revision_assessment

logger = logging.getLogger(__name__)

OVERRIDE_ACTION = "compliance.override"
OVERRIDE_PERMISSION = "compliance.publish_despite_findings"
BLOCKED_ACTION = "compliance.blocked"
# Set by the middleware so a refusal deep inside a view can still tell the editor why.
refusal_listeners: ContextVar[list | None] = ContextVar("compliance_refusal_listeners", default=None)
# Set by the middleware where one request publishes several pages after commit (wagtail-localize
# sync): a refused page is reported to the listeners and skipped, so the others still publish.
collect_refusals: ContextVar[bool] = ContextVar("compliance_collect_refusals", default=False)
# True while a publish or copy action runs: what it makes live has passed its check().
in_gated_action: ContextVar[bool] = ContextVar("compliance_in_gated_action", default=False)


@dataclass(frozen=True)
class Override:
    """Publish despite findings. ``user`` None means the user of the publish action (the API paths)."""

    reason: str
    user: Any = None


active_override: ContextVar[Override | None] = ContextVar("compliance_override", default=None)
# The new report of a revision the publish action lets through: written at the page's own save
# (guard.py), once the verdict is final, or right after the action, not before the verdict.
pending_report: ContextVar[ComplianceReport | bool | None] = ContextVar(
    "compliance_pending_report", default=None
)


class ComplianceError(ValidationError):
    """Publishing refused: the revision breaks rules of its language variant."""

    def __init__(self, assessment: Assessment, page: Page):
        self.assessment = assessment
        self.page = page
        super().__init__(error_dict(assessment, page))


def assessment_for(revision: Revision, page: Page | None = None, save: bool = True) -> Assessment:
    """``page``: the revision's content as an object, when the caller has it (saves a deserialisation).
    Within a request an assessment is made once (the editor hook, then the publish action); a new
    report left unsaved (``save=False``) is saved by whoever decides: the publish action with the
    page, a refusal on its own."""
    assessment = remembered(revision)
    if assessment is not None:
        if save and assessment.stored.pk is None:
            assessment.stored.save()
        return assessment
    assessment = revision_assessment(revision, page=page, save=save)
    remember(revision, assessment)
    return assessment


def remembered(revision: Revision) -> Assessment | None:
    """The revision's assessment made earlier in this request, if any."""
    memo = request_memo.get()
    return None if memo is None else memo.get(("assessment", revision.pk))


def remember(revision: Revision, assessment: Assessment) -> None:
    memo = request_memo.get()
    if memo is not None:
        memo[("assessment", revision.pk)] = assessment


def overridden(revision: Revision) -> bool:
    return PageLogEntry.objects.filter(
        page_id=revision.object_id, revision_id=revision.pk, action=OVERRIDE_ACTION
    ).exists()


def enforce(
    revision: Revision, page: Page | None = None, user: Any = None, content: Page | None = None
) -> Assessment:
    """Raise ComplianceError unless the revision may go live; return the assessment otherwise.
    ``page`` names the page in messages, ``user`` publishes, ``content`` is ``revision.as_object()``
    when the caller has it already (the publish action), so it is not deserialised again."""
    defer = pending_report.get() is False  # the publish action saves a new report with the page
    assessment = assessment_for(revision, content, save=not defer)
    return decide(assessment, revision, page or content, user)


def decide(
    assessment: Assessment, revision: Revision, page: Page | None, user: Any, *, keep_refusal: bool = True
) -> Assessment:
    """The rest of ``enforce``. ``keep_refusal=False``: a refusal's new report is left for the
    caller to save (after the transaction a refusal takes back)."""
    if (
        assessment.publishable
        or overridden(revision)
        or apply_override(page or revision.as_object(), revision, assessment, user)
    ):
        if assessment.stored.pk is None:
            pending_report.set(assessment.stored)
        return assessment
    if keep_refusal and assessment.stored.pk is None:
        assessment.stored.save()  # a refusal keeps its report
    refuse(assessment, page or revision.as_object())


class DeferredVerdict:
    """The publish action's verdict, given at the page's save instead of in ``check()``.

    Between ``check()`` and the page's save Wagtail reads the previous revision, validates the page
    and resets the revisions' go-live dates; meanwhile the check worker checks the rendered page and
    its text (see checks.start_checks_of), so the publish waits for the slower of the two instead of
    their sum. The verdict comes in the page's ``pre_save``, before the row is written: of the save
    signals' receivers only those connected before the gate's (Wagtail's, which sets a new page's
    locale) have run, ``post_save`` and ``page_published`` have not. Wagtail's steps until then run
    in a transaction (``_publish_in_transaction``): a refusal takes back what they wrote; a publish
    let through is committed at the verdict, and the rest runs as it does without the gate."""

    def __init__(self, revision: Revision, content: Page, user: Any) -> None:
        self.revision, self.content, self.user = revision, content, user
        self.page_id = content.pk
        self.assessment: Assessment | None = None
        self.given = False
        self._transaction: transaction.Atomic | None = None
        # the report is saved with the page (or after the refusal, by _publish_in_transaction)
        self._pending = start_revision_assessment(revision, page=content, save=False, page_in_worker=True)

    @property
    def settled(self) -> bool:
        """Known without waiting (a current stored report, a kept result): given at once then."""
        return self._pending.settled

    def give(self, *, keep_refusal: bool = False) -> None:
        """Raise ComplianceError if the revision may not go live (once; later calls do nothing).
        ``keep_refusal``: save a refusal's new report here (outside the transaction)."""
        if self.given:
            return
        self.given = True
        self.assessment = self._pending.result()
        remember(self.revision, self.assessment)
        decide(self.assessment, self.revision, self.content, self.user, keep_refusal=keep_refusal)
        # let through: what Wagtail wrote so far is committed; the page's save and all after it run
        # as they do without the gate
        self.end_transaction()

    def begin_transaction(self, using: str) -> None:
        """Around Wagtail's steps until the verdict (``_publish_in_transaction``)."""
        self._transaction = transaction.atomic(using=using)
        self._transaction.__enter__()

    def end_transaction(self, error: BaseException | None = None) -> None:
        """Commit (or, with ``error``, take back) Wagtail's writes before the verdict; once."""
        atomic, self._transaction = self._transaction, None
        if atomic is not None:
            if error is None:
                atomic.__exit__(None, None, None)
            else:
                atomic.__exit__(type(error), error, error.__traceback__)

    def abandon(self) -> None:
        """The publish ended without the verdict (it failed before the page's save)."""
        if not self.given:
            self.given = True
            self._pending.abandon()


@dataclass
class VerdictSlot:
    """Where a publish action's ``check()`` leaves a deferred verdict (set by its ``execute()``)."""

    action: PublishPageRevisionAction
    verdict: DeferredVerdict | None = None


verdict_slot: ContextVar[VerdictSlot | None] = ContextVar("compliance_verdict_slot", default=None)


def give_deferred_verdict(page_id: int | None) -> None:
    """At the save of ``page_id`` inside a publish action (guard.py): its deferred verdict, if any."""
    slot = verdict_slot.get()
    if slot is not None and slot.verdict is not None and slot.verdict.page_id == page_id:
        slot.verdict.give()


def defers_verdict(action: PublishPageRevisionAction) -> bool:
    """Defer where the verdict is not known yet and the publish is now: a scheduled publish writes
    the revision's go-live date, with signals, before it would save the page."""
    slot = verdict_slot.get()
    if slot is None or slot.action is not action or action.object.pk is None:
        return False
    go_live_at = action.object.go_live_at
    if go_live_at and go_live_at > timezone.now():
        return False
    return remembered(action.revision) is None


def save_pending_report(page_id: int | None = None) -> None:
    """Write the report the publish action deferred (for ``page_id``, or whichever is pending)."""
    stored = pending_report.get()
    if stored and stored.pk is None and page_id in (None, stored.page_id):
        stored.save()


def enforce_page(page: Page, user: Any = None) -> Assessment:
    """The veto for a page that has no revision yet (e.g. the source of a copy): check it as it is."""
    assessment = assess_page(page)
    if assessment.publishable or (page.pk and apply_override(page, None, assessment, user)):
        return assessment
    refuse(assessment, page)


@contextmanager
def override(user: Any, reason: str) -> Iterator[None]:
    """Publish despite findings in code: ``with override(user, reason): revision.publish(user=user)``.

    Only for a user with ``compliance.publish_despite_findings`` (else PermissionDenied) and with a
    reason. Each refused revision it lets through gets the ``compliance.override`` audit-log entry
    the editor's override writes (user, reason, findings); compliant content publishes as usual.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("an override needs a reason")
    if user is None or not user.has_perm(OVERRIDE_PERMISSION):
        raise PermissionDenied("publishing despite findings needs the permission publish_despite_findings")
    token = active_override.set(Override(reason=reason, user=user))
    try:
        yield
    finally:
        active_override.reset(token)


def apply_override(
    page: Page, revision: Revision | None, assessment: Assessment, user: Any, *, log_it: bool = True
) -> bool:
    """True (and logged) when an override is active for a user who holds the permission."""
    current = active_override.get()
    if current is None:
        return False
    user = current.user or user
    if user is None or not getattr(user, "is_authenticated", False) or not user.has_perm(OVERRIDE_PERMISSION):
        return False
    if log_it:
        record_override(page, revision, assessment, user, current.reason)
    return True


def record_override(
    page: Page, revision: Revision | None, assessment: Assessment, user: Any, reason: str
) -> None:
    log(
        instance=page,
        action=OVERRIDE_ACTION,
        user=user,
        revision=revision,
        data={"reason": reason, **blocking_data(assessment)},
    )


def blocking_data(assessment: Assessment) -> dict:
    """What blocked a revision, as its audit-log entries keep it (override, scheduled refusal)."""
    return {
        "score": assessment.report.score,
        "findings": [finding.to_dict() for finding in assessment.blocking],
        "missing_test_reading": assessment.missing_test_reading,
        "below_threshold": assessment.below_threshold,
    }


def refuse(assessment: Assessment, page: Page) -> None:
    logger.info("publish of page %s refused by the compliance gate", page.pk)
    error = ComplianceError(assessment, page)
    for listener in refusal_listeners.get() or []:
        listener(error)
    raise error


def _publish_check(original):
    def check(self: PublishPageRevisionAction, skip_permission_checks: bool = False):
        original(self, skip_permission_checks=skip_permission_checks)
        # self.object is the revision's content (the action deserialised it already)
        verdict = DeferredVerdict(self.revision, self.object, self.user) if defers_verdict(self) else None
        if verdict is not None and verdict.settled:
            verdict.give(keep_refusal=True)  # nothing to wait for: decided before Wagtail writes
        elif verdict is not None:
            slot = verdict_slot.get()
            if slot.verdict is not None:
                slot.verdict.abandon()  # check() ran twice: the later one decides
            slot.verdict = verdict
        else:
            enforce(self.revision, self.object, self.user, content=self.object)

    check.__wrapped__ = original
    return check


def _publish_in_transaction(original):
    """Wagtail's steps of a publish whose verdict is deferred, in a transaction until the verdict:
    a refusal at the page's save takes back what they wrote before it. A publish let through is
    committed there (``DeferredVerdict.give``): the page's save, ``page_published`` and the rest run
    as they do without the gate."""

    def _publish_revision(self: PublishPageRevisionAction, *args, **kwargs):
        slot = verdict_slot.get()
        verdict = slot.verdict if slot is not None and slot.action is self else None
        if verdict is None:
            return original(self, *args, **kwargs)
        verdict.begin_transaction(router.db_for_write(type(self.object), instance=self.object))
        try:
            result = original(self, *args, **kwargs)
            verdict.give()  # given at the page's save already, unless Wagtail did not save it
        except BaseException as error:
            verdict.end_transaction(error)  # before the verdict: Wagtail's writes taken back
            if isinstance(error, ComplianceError) and error.assessment is verdict.assessment:
                verdict.assessment.stored.save()  # a refusal keeps its report
            raise
        finally:
            verdict.abandon()
        return result

    _publish_revision.__wrapped__ = original
    return _publish_revision


def _copy_check(original):
    def check(self: CopyPageAction, skip_permission_checks: bool = False):
        original(self, skip_permission_checks=skip_permission_checks)
        if self.keep_live:
            for page in pages_made_live_by_copy(self.page, self.recursive):
                revisions = revisions_made_live_by_copy(page)
                for revision in revisions:
                    enforce(revision, page.specific, self.user)
                if not revisions:
                    enforce_page(page.specific, self.user)

    check.__wrapped__ = original
    return check


def _gated_execute(original):
    """Mark the action as gated while it runs; under ``collect_refusals`` a refusal skips the page."""

    def execute(self, *args, **kwargs):
        token = in_gated_action.set(True)
        publishes = isinstance(self, PublishPageRevisionAction)
        # False: "defer a new report" for the publish action (None: do not, e.g. copy)
        report_token = pending_report.set(False if publishes else None)
        slot_token = verdict_slot.set(VerdictSlot(self) if publishes else None)
        try:
            result = original(self, *args, **kwargs)
            save_pending_report()
            return result
        except ComplianceError:
            if collect_refusals.get() and refusal_listeners.get():
                return None  # the listeners have told the editor; the next page may publish
            raise
        finally:
            slot = verdict_slot.get()
            if slot is not None and slot.verdict is not None:
                slot.verdict.abandon()  # check() deferred it, and the publish failed before it
            verdict_slot.reset(slot_token)
            pending_report.reset(report_token)
            in_gated_action.reset(token)

    execute.__wrapped__ = original
    return execute


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
    """Extend the actions' check() and execute() once per process (idempotent for test runners
    that reload apps)."""
    for action, wrapper in ((PublishPageRevisionAction, _publish_check), (CopyPageAction, _copy_check)):
        if not getattr(action.check, "compliance_gate", False):
            action.check = wrapper(action.check)
            action.check.compliance_gate = True
        if not getattr(action.execute, "compliance_gate", False):
            action.execute = _gated_execute(action.execute)
            action.execute.compliance_gate = True
    # on the page action's class itself: Wagtail's snippet publish shares the inherited method
    action = PublishPageRevisionAction
    if not getattr(action._publish_revision, "compliance_gate", False):
        action._publish_revision = _publish_in_transaction(action._publish_revision)
        action._publish_revision.compliance_gate = True
