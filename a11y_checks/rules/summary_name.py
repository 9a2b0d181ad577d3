"""The summary that opens a details element needs a name."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex


def _unnamed_summaries(page: Page) -> Iterator[Hit]:
    for details in page.by_tag.get("details", ()):
        summary = details.find("summary", recursive=False)
        if summary is not None and not page.is_excluded(summary) and not page.name(summary).strip():
            yield Hit(summary)


RULES = (
    Rule(
        id="summary-name",
        kind="html",
        severity="error",
        act=("2t702h",),
        wcag=("4.1.2",),
        title=Text(
            de="Aufklapp-Überschriften haben einen Namen", en="Summary elements have an accessible name"
        ),
        message=Text(
            de="Die <summary> zum Aufklappen hat keinen Text.",
            en="The <summary> that opens the details has no text.",
        ),
        suggestion=Text(
            de="Schreiben Sie in die <summary>, was sich aufklappt.", en="Put in the <summary> what opens."
        ),
        check=_unnamed_summaries,
        bad=(ex("<details><summary></summary><p>Öffnungszeiten: Mo–Fr 8–16 Uhr</p></details>"),),
        good=(ex("<details><summary>Öffnungszeiten</summary><p>Mo–Fr 8–16 Uhr</p></details>"),),
    ),
)
