"""Background work: re-check every page after the rules changed (django-tasks, TASKS setting)."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from .audit import audit, pages_to_audit
from .profiles import request_memo


@task()
def recheck_pages(language_code: str | None = None) -> dict:
    """Stored reports made under other rules are stale; check the latest revisions again."""
    return audit(pages_to_audit(language_code)).to_dict()


def recheck_after_rules_change(sender, instance=None, **kwargs) -> None:
    """Connected to changes of the rules (the Compliance settings, a locale's rules, the site's own
    sources such as its glossary): queue the re-check once the rows are committed, once per
    transaction however many rows it changes."""
    # Django's pending callbacks of this transaction: (savepoint ids, callback, robust)
    pending = transaction.get_connection().run_on_commit
    if not any(entry[1] is _recheck for entry in pending):
        transaction.on_commit(_recheck)


def _recheck() -> None:
    memo = request_memo.get()
    if memo is not None:
        memo.clear()  # rules read earlier in this request are the old ones
    recheck_pages.enqueue()
