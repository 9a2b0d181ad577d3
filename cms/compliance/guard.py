"""The save guard: a page made live by saving it, outside the gated actions, is checked too.

``parent.add_child(instance=SomePage(..., live=True))`` or ``page.live = True; page.save()`` make a
page live without ``PublishPageRevisionAction``, so its ``check()`` never runs. A ``pre_save``
receiver for every Page model checks the instance's content when it is created live or flips from
not live to live, and raises the gate's ``ComplianceError`` (nothing is saved) when it fails.

Not guarded: saves inside the gated publish and copy actions (their ``check()`` has vetted the
content, or the publish action's verdict is given at this very save, see ``gate.DeferredVerdict``;
``gate.in_gated_action``), fixture loading (``raw``: ``loaddata``, ``restore_site``), the
tree root, an alias of a live source in the same locale (it shows the source's vetted content),
and ``QuerySet.update()``, which sends no signals at all.

Saved as a draft instead of refused: a page created live by Wagtail's create view (it saves the
page live before it publishes it; the publish action that follows decides), and an alias created
live in another locale than its source (Wagtail's placeholder for an untranslated parent when
wagtail-localize translates a page), so translating keeps working and nothing unchecked goes live.
"""

from __future__ import annotations

import copy
from contextvars import ContextVar
from typing import Any

from django.db.models.signals import post_save, pre_save
from wagtail.admin.views.pages.create import CreateView
from wagtail.models import Page

from .gate import (
    apply_override,
    give_deferred_verdict,
    in_gated_action,
    record_override,
    refuse,
    save_pending_report,
)
from .store import assess_page

# Set around Wagtail's create-and-publish: a page created live there is saved as a draft first.
drafts_first: ContextVar[bool] = ContextVar("compliance_drafts_first", default=False)


def becomes_live(instance: Page, update_fields: Any) -> bool:
    """Created live, or saved live over a row that is not live."""
    if not instance.live or (update_fields is not None and "live" not in update_fields):
        return False
    if instance.pk is None:
        return True
    was_live = Page.objects.filter(pk=instance.pk).values_list("live", flat=True).first()
    return not was_live


def content_of(instance: Page) -> Page:
    """The specific page to check: a base ``Page`` instance saved live gets its specific fields from
    the database and its own values of Wagtail's Page fields (those this save writes)."""
    specific_class = instance.specific_class
    if instance.pk is None or specific_class is None or isinstance(instance, specific_class):
        # a copy: checking caches things on the page (its site's root paths) that the saved page
        # must work out afresh, e.g. once its site exists
        return copy.copy(instance)
    page = instance.specific
    for field in Page._meta.concrete_fields:
        setattr(page, field.attname, getattr(instance, field.attname))
    return page


def alias_source(instance: Page) -> dict | None:
    if not instance.alias_of_id:
        return None
    return Page.objects.filter(pk=instance.alias_of_id).values("live", "locale_id").first()


def mirrors_live_source(source: dict | None, instance: Page) -> bool:
    """An alias in its source's locale shows the source's live content, which went through the gate."""
    return bool(source and source["live"] and source["locale_id"] == instance.locale_id)


def guard_live_save(
    sender: type, instance: Any, raw: bool = False, update_fields: Any = None, **kwargs
) -> None:
    if raw or not isinstance(instance, Page):
        return
    if in_gated_action.get():
        # the publish action's verdict, if it waited for this save: before the row is written
        give_deferred_verdict(instance.pk)
        save_pending_report(instance.pk)  # the verdict is final: the report goes with the page
        return
    if instance.depth == 1:
        return
    if not becomes_live(instance, update_fields):
        return
    source = alias_source(instance)
    if mirrors_live_source(source, instance):
        return
    if instance.pk is None and (drafts_first.get() or source is not None):
        # Created as a draft instead: by the create view, which publishes it through the gate next;
        # or an alias in another locale (Wagtail makes one for each untranslated parent when
        # wagtail-localize translates a page), which would show text never checked in that locale.
        instance.live, instance.has_unpublished_changes = False, True
        return
    page = content_of(instance)
    assessment = assess_page(page)
    if assessment.publishable:
        return
    if instance.pk is not None and apply_override(page, page.latest_revision, assessment, None):
        return
    if instance.pk is None and apply_override(page, None, assessment, None, log_it=False):
        # logged once the page has an id (post_save below)
        instance._compliance_override_pending = assessment
        return
    refuse(assessment, page)


def log_pending_override(sender: type, instance: Any, created: bool = False, **kwargs) -> None:
    assessment = getattr(instance, "_compliance_override_pending", None)
    if assessment is None:
        return
    del instance._compliance_override_pending
    from .gate import active_override

    current = active_override.get()
    if current is not None:
        record_override(instance, None, assessment, current.user, current.reason)


def _drafts_first(original):
    def publish_action(self):
        token = drafts_first.set(True)
        try:
            return original(self)
        finally:
            drafts_first.reset(token)

    publish_action.compliance_gate = True
    publish_action.__wrapped__ = original
    return publish_action


def install() -> None:
    pre_save.connect(guard_live_save, dispatch_uid="compliance-live-save-guard")
    post_save.connect(log_pending_override, dispatch_uid="compliance-live-save-override")
    if not getattr(CreateView.publish_action, "compliance_gate", False):
        CreateView.publish_action = _drafts_first(CreateView.publish_action)
