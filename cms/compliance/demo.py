"""For demo content: an example test reading, so demo Leichte Sprache pages can pass the gate.

Call before publishing a de-x-ls page in a demo loader. The reading is labelled as an example: a
real site records real test readings (admin: Test readings, or the side panel's link).
"""

from __future__ import annotations

import datetime

from wagtail.models import Page

from .models import TestReading
from .store import check_revision, refresh_page

EXAMPLE_READERS = "Beispiel-Prüfgruppe (Demo-Inhalt)"


def record_example_test_reading(page: Page, read_on: datetime.date | None = None) -> TestReading:
    """A passed test reading of the page's current draft, marked as demo data in readers and notes."""
    revision = page.latest_revision or page.save_revision()
    reading, _created = TestReading.objects.update_or_create(
        page=page,
        content_hash=check_revision(revision).content_hash,
        defaults={
            "revision": revision,
            "readers": EXAMPLE_READERS,
            "read_on": read_on or datetime.date.today(),
            "result": TestReading.Result.PASSED,
            "notes": "Beispiel für die Demo. Keine echte Prüfung durch Prüflesende.",
        },
    )
    refresh_page(page)
    return reading
