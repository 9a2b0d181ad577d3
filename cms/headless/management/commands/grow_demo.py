"""Benchmark data: grow the demo to N measure pages per locale (default 1,000), idempotently.

Each new measure copies the content of a demo measure of its locale, is live with a revision,
shares a translation key with its siblings in the other locales, and gets a copy of the stored
compliance report, so the API serves what it serves on a real site. No checker runs.
"""

from __future__ import annotations

import uuid

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from wagtail.models import Locale, Page

BATCH = 100
SLUG_PREFIX = "bench-measure-"


class Command(BaseCommand):
    help = "Grow the demo site to N measure pages per locale for benchmarks (run load_demo first)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--measures", type=int, default=1000, help="measure pages per locale (default 1000)"
        )

    def handle(self, *args, measures: int, **options) -> None:
        measure_model = apps.get_model("plan", "MeasurePage")
        templates = {
            locale.language_code: measure_model.objects.live().filter(locale=locale).order_by("path").first()
            for locale in Locale.objects.all()
        }
        templates = {code: page for code, page in templates.items() if page is not None}
        if "de" not in templates:
            raise CommandError("No live German measure to copy: run `manage.py load_demo` first.")
        existing = measure_model.objects.filter(locale__language_code="de").count()
        start = measure_model.objects.filter(slug__startswith=SLUG_PREFIX, locale__language_code="de").count()
        missing = max(0, measures - existing)
        for batch_start in range(0, missing, BATCH):
            with transaction.atomic():
                for number in range(start + batch_start, start + min(batch_start + BATCH, missing)):
                    key = uuid.uuid4()
                    for template in templates.values():
                        add_copy(template, number, key)
            self.stdout.write(f"{min(batch_start + BATCH, missing)}/{missing} measures per locale")
        counts = {
            code: measure_model.objects.filter(locale__language_code=code).count() for code in templates
        }
        self.stdout.write(f"Measure pages per locale: {counts}")


def add_copy(template: Page, number: int, translation_key: uuid.UUID) -> Page:
    model = type(template)
    content = {
        field.attname: getattr(template, field.attname)
        for field in model._meta.local_concrete_fields
        if not field.primary_key
    }
    page = model(
        **content,
        title=f"{template.title} ({number + 1})",
        slug=f"{SLUG_PREFIX}{number + 1}",
        locale_id=template.locale_id,
        translation_key=translation_key,
        live=True,
    )
    template.get_parent().add_child(instance=page)
    revision = page.save_revision(log_action=False, clean=False)
    now = timezone.now()
    page.live_revision = revision
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = now
    page.save(
        update_fields=["live_revision", "has_unpublished_changes", "first_published_at", "last_published_at"],
        clean=False,
    )
    copy_stored_report(template, page, revision)
    return page


def copy_stored_report(template: Page, page: Page, revision: Model) -> None:
    if not apps.is_installed("cms.compliance") or template.live_revision_id is None:
        return
    report_model = apps.get_model("compliance", "ComplianceReport")
    report = report_model.objects.filter(revision_id=template.live_revision_id).first()
    if report is not None:
        report.pk = None
        report.revision, report.page = revision, page
        report.save()
