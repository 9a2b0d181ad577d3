"""Friendly handling of a refused publish on the admin paths that have a hook.

The veto itself lives in gate.py; these handlers run first where Wagtail offers a hook, so the
editor gets a message that lists each blocking finding and its field, and lands back in the
editor with the draft saved, instead of an error page.
"""

from __future__ import annotations

from django.contrib import messages as django_messages
from django.contrib.messages import constants
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from .explain import summary_lines
from .gate import (
    OVERRIDE_PERMISSION,
    ComplianceError,
    Override,
    active_override,
    assessment_for,
    enforce,
    enforce_page,
    overridden,
    pages_made_live_by_copy,
    record_override,
    revisions_made_live_by_copy,
)
from .store import Assessment, assess_page

__all__ = ["OVERRIDE_FIELD", "OVERRIDE_PERMISSION"]
OVERRIDE_FIELD = "compliance_override_reason"


def refusal_message(request: HttpRequest, page: Page, assessment: Assessment) -> None:
    lines = summary_lines(assessment, page)
    detail = format_html(
        '<ul class="errorlist">{}</ul>', format_html_join("", "<li>{}</li>", ((line,) for line in lines))
    )
    title = _("“%(title)s” was not published: it breaks rules for %(language)s. The draft is saved.") % {
        "title": page.get_admin_display_title(),
        "language": page.locale.get_display_name(),
    }
    reported = request.__dict__.setdefault("_compliance_reported", set())
    key = (page.pk, assessment.stored.revision_id)
    if key not in reported:
        reported.add(key)
        django_messages.add_message(request, constants.ERROR, messages.render(title, [], detail=detail))


def before_publish_page(request: HttpRequest, page: Page) -> HttpResponse | None:
    """Editor publish, create-and-publish, publish after revert: refuse with a message, keep the draft."""
    revision = page.latest_revision
    # The editor has just saved this page object as the revision: it is the content, no need to
    # read the revision back. A new report is saved with the page by the publish action that
    # follows, or below when the publish is refused.
    content = page if revision.object_id == str(page.pk) and type(page) is page.specific_class else None
    assessment = assessment_for(revision, content, save=False)
    if assessment.publishable or overridden(revision):
        return None
    if assessment.stored.pk is None:
        assessment.stored.save()  # a refusal keeps its report
    reason = request.POST.get(OVERRIDE_FIELD, "").strip()
    if reason and request.user.has_perm(OVERRIDE_PERMISSION):
        record_override(page, revision, assessment, request.user, reason)
        return None
    if request.resolver_match and request.resolver_match.view_name == "wagtailadmin_pages:add":
        # The create view saves the new page with live=True before it publishes: take that back.
        Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    refusal_message(request, page, assessment)
    return redirect("wagtailadmin_pages:edit", page.pk)


def before_bulk_action(request: HttpRequest, action_type: str, objects: list, view) -> HttpResponse | None:
    """Bulk publish: refuse the whole action if any selected page or included draft child is blocked.
    A user with the override permission who gave a reason (``compliance_override_reason``, see
    bulk_override.py) publishes them all; each refused page gets its own override log entry."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    reason = request.POST.get(OVERRIDE_FIELD, "").strip()
    if reason and request.user.has_perm(OVERRIDE_PERMISSION):
        # for the rest of this request (the middleware resets it): the publish action logs each one
        active_override.set(Override(reason=reason, user=request.user))
        return None
    include_children = view.cleaned_form.cleaned_data.get("include_descendants", False)
    refused = []
    for page in objects:
        candidates = [page.specific]
        if include_children:
            # as Wagtail's bulk publish does: draft children the user may not publish are skipped
            candidates += [
                child
                for child in page.get_descendants().not_live().specific()
                if child.permissions_for_user(request.user).can_publish()
            ]
        for candidate in candidates:
            revision = candidate.get_latest_revision()
            try:
                # a page without a revision is checked as it is: a refused publish writes nothing
                if revision:
                    enforce(revision, candidate)
                else:
                    enforce_page(candidate)
            except ComplianceError as error:
                refused.append(error)
    if not refused:
        return None
    for error in refused:
        refusal_message(request, error.page, error.assessment)
    messages.error(request, _("Nothing was published. Fix or deselect the pages listed above."))
    return redirect(view.next_url)


def before_copy_page(request: HttpRequest, page: Page) -> HttpResponse | None:
    """Copy with "publish copies": the live copies would skip the publish action, so check here."""
    if request.method != "POST" or not request.POST.get("publish_copies"):
        return None
    recursive = bool(request.POST.get("copy_subpages"))
    for source in pages_made_live_by_copy(page, recursive):
        revisions = revisions_made_live_by_copy(source)
        checked = [(assessment_for(revision), overridden(revision)) for revision in revisions]
        for assessment, override in checked or [(assess_page(source.specific), False)]:
            if not (assessment.publishable or override):
                refusal_message(request, source.specific, assessment)
                messages.error(
                    request, _("Copy without “Publish copies”, fix the page, then publish the copy.")
                )
                return redirect(reverse("wagtailadmin_pages:copy", args=[page.pk]))
    return None
