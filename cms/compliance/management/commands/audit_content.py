"""manage.py audit_content [--locale L] [--json] [--force]: re-check the whole site, with a summary."""

from __future__ import annotations

import json
import time

from django.core.management.base import BaseCommand, CommandParser
from wagtail.models import Page

from cms.compliance.audit import audit, pages_to_audit


class Command(BaseCommand):
    help = "Check every page's latest revision (plain language and accessibility) and print a summary."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--locale", help="only pages of this language code, e.g. de-x-ls")
        parser.add_argument("--json", action="store_true", help="print the summary as JSON")
        parser.add_argument(
            "--force", action="store_true", help="run the checkers even where a report is stored"
        )

    def handle(self, *args, **options) -> None:
        as_json, force = options["json"], options["force"]
        pages = pages_to_audit(options.get("locale"))
        total = pages.count()
        started = time.perf_counter()

        def progress(index: int, page: Page) -> None:
            # On stderr, so --json output stays clean; a bar on a terminal, a line per tenth otherwise.
            width = 30
            done = int(width * index / max(total, 1))
            line = f"[{'#' * done}{'.' * (width - done)}] {index}/{total} {page.title[:40]}"
            if self.stderr.isatty():
                self.stderr.write(f"\r{line:<90}", ending="\n" if index == total else "")
            elif index == total or index % max(total // 10, 1) == 0:
                self.stderr.write(line)

        summary = audit(pages, force=force, progress=progress)
        seconds = time.perf_counter() - started
        data = {**summary.to_dict(), "seconds": round(seconds, 2)}
        data["pages_per_second"] = round(summary.pages / seconds, 2) if seconds else None
        if as_json:
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        self.stdout.write(
            f"{summary.pages} pages in {seconds:.1f} s: {summary.passed} pass, {summary.blocked} blocked, "
            f"{summary.needs_test_reading} wait for a test reading, {summary.checker_failed} with checker failures"
        )
        for code, counts in data["by_locale"].items():
            self.stdout.write(
                f"  {code:8} " + ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))
            )
        for row in summary.worst:
            if row["state"] != "passed":
                self.stdout.write(
                    f"  ! {row['locale']:8} {row['title'][:50]:50} score {row['score']} errors {row['errors']}"
                )
